UPDATE note
   SET title = :title
 WHERE id = :id
