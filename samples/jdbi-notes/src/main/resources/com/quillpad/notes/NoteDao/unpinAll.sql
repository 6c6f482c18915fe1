-- Unpinning a selection: JDBI expands <ids> into the bound list.
UPDATE note SET pinned = FALSE WHERE id IN (<ids>)
