UPDATE note
   SET pinned = :pinned, version = version + 1
 WHERE id = :id AND version = :version
