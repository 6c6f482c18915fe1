package com.ashgrove.inventory.jobs;

import com.ashgrove.inventory.items.StockItemDao;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Applies the bin moves that the slotting tool planned for today. */
@Component
public class BinRebalanceJob {

  record PlannedMove(long itemId, String targetBin) {}

  private final JdbcTemplate jdbc;
  private final StockItemDao items;

  public BinRebalanceJob(JdbcTemplate jdbc, StockItemDao items) {
    this.jdbc = jdbc;
    this.items = items;
  }

  @Scheduled(cron = "0 30 2 * * *")
  public void applyPlannedMoves() {
    List<PlannedMove> moves =
        jdbc.query(
            "SELECT item_id, target_bin FROM bin_move_plan WHERE planned_for <= CURRENT_DATE",
            (rs, rowNum) -> new PlannedMove(rs.getLong("item_id"), rs.getString("target_bin")));
    for (PlannedMove move : moves) {
      items.moveToBin(move.itemId(), move.targetBin());
    }
  }
}
