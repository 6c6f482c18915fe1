package com.fernhill.inventory;

import static com.fernhill.inventory.db.Tables.STOCK_ITEM;

import java.util.function.Function;
import org.jooq.DSLContext;

/** Stock items through jOOQ's DSL. */
public class StockItemRepository {

  private final DSLContext dsl;

  public StockItemRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The edit form: location and note as the clerk saw them, version checked and bumped, 0 rows is a 409. */
  public void relocate(long id, String location, String note, int version) {
    // ok: update-without-version-check, rowcount-ignored
    int updated = dsl.update(STOCK_ITEM)
        .set(STOCK_ITEM.LOCATION, location)
        .set(STOCK_ITEM.NOTE, note)
        .set(STOCK_ITEM.VERSION, STOCK_ITEM.VERSION.plus(1))
        .where(STOCK_ITEM.ID.eq(id).and(STOCK_ITEM.VERSION.eq(version)))
        .execute();
    if (updated == 0) {
      throw new StaleEditException("stock item " + id + " was changed by someone else");
    }
  }

  /** The inline note editor on the list page: written over whatever is there now. */
  public void annotate(long id, String note) {
    // ruleid: update-without-version-check
    dsl.update(STOCK_ITEM)
        .set(STOCK_ITEM.NOTE, note)
        .where(STOCK_ITEM.ID.eq(id))
        .execute();
  }

  /** The scanner app's move: version checked, but nobody looks at the count. */
  public void move(long id, String location, int version) {
    // ruleid: rowcount-ignored
    dsl.update(STOCK_ITEM)
        .set(STOCK_ITEM.LOCATION, location)
        .set(STOCK_ITEM.VERSION, STOCK_ITEM.VERSION.plus(1))
        .where(STOCK_ITEM.ID.eq(id))
        .and(STOCK_ITEM.VERSION.eq(version))
        .execute();
  }

  /** Picking: a relative decrement, safe without a version. */
  public boolean take(long id, int amount) {
    // ok: update-without-version-check
    return dsl.update(STOCK_ITEM)
        .set(STOCK_ITEM.QUANTITY, STOCK_ITEM.QUANTITY.minus(amount))
        .where(STOCK_ITEM.ID.eq(id).and(STOCK_ITEM.QUANTITY.ge(amount)))
        .execute() == 1;
  }

  /** Shelf labelling stamps one note on every item of a shelf, over notes being edited right now. */
  public int labelShelf(String location, String note) {
    // ruleid: bulk-update-bypasses-version
    return dsl.update(STOCK_ITEM)
        .set(STOCK_ITEM.NOTE, note)
        .where(STOCK_ITEM.LOCATION.eq(location))
        .execute();
  }

  /** Clearing a note inside a transaction: the lambda's context is the DSLContext, no version either. */
  public void clearNote(long id) {
    inTransaction(ctx ->
        // ruleid: update-without-version-check
        ctx.update(STOCK_ITEM)
            .setNull(STOCK_ITEM.NOTE)
            .where(STOCK_ITEM.ID.eq(id))
            .execute());
  }

  private <T> T inTransaction(Function<DSLContext, T> work) {
    return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
  }

  /** Write-off: removes the item even if someone just corrected its count. */
  public void writeOff(long id) {
    // ruleid: delete-without-version-check
    dsl.deleteFrom(STOCK_ITEM).where(STOCK_ITEM.ID.eq(id)).execute();
  }

  /** The nightly supplier feed overwrites notes that clerks edit by hand. */
  public void importNote(long id, String sku, String note) {
    // ruleid: upsert-without-guard
    dsl.insertInto(STOCK_ITEM)
        .set(STOCK_ITEM.ID, id)
        .set(STOCK_ITEM.SKU, sku)
        .set(STOCK_ITEM.NOTE, note)
        .onConflict(STOCK_ITEM.ID)
        .doUpdate()
        .set(STOCK_ITEM.NOTE, note)
        .execute();
  }
}
