-- Canned replies are maintained by the team lead in a spreadsheet and synced by this script.

-- ok: update-without-version-check, ineffective-suppression
-- lostguard:ignore update-without-version-check the nightly sync owns canned replies; agents cannot edit them
UPDATE canned_reply SET title = ?, body = ? WHERE id = ?;

-- The directive below once covered an unguarded write that has since been fixed: it suppresses nothing.
-- ok: update-without-version-check
-- ruleid: ineffective-suppression
-- lostguard:ignore update-without-version-check legacy sync
UPDATE canned_reply SET body = ?, version = version + 1 WHERE id = ? AND version = ?;
