UPDATE note
   SET body = :body, version = version + 1
 WHERE id = :id AND version = :version
