package com.brightwater.recipes.review;

import com.mongodb.client.result.UpdateResult;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Moderators edit reviews in place with MongoTemplate. */
@Service
public class ReviewModeration {

  private final MongoTemplate mongo;

  public ReviewModeration(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Edits the text the moderator saw: version compared and incremented, no match is a conflict. */
  public void edit(String id, String text, long version) {
    Query query = Query.query(Criteria.where("_id").is(id).and("version").is(version));
    Update update = new Update().set("text", text).inc("version", 1);
    // ok: update-without-version-check, rowcount-ignored
    UpdateResult result = mongo.updateFirst(query, update, Review.class);
    if (result.getModifiedCount() == 0) {
      throw new IllegalStateException("review " + id + " was changed by someone else");
    }
  }

  /** Hiding overwrites the document whatever the author just changed. */
  public void hide(String id) {
    // ruleid: update-without-version-check
    mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("hidden", true), Review.class);
  }

  /** Flags every review of an author, over edits in progress. */
  public long flagAuthor(String author) {
    // ruleid: bulk-update-bypasses-version
    return mongo.updateMulti(Query.query(Criteria.where("author").is(author)), new Update().set("flagged", true),
        Review.class).getModifiedCount();
  }
}
