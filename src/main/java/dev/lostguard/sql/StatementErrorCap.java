package dev.lostguard.sql;

import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.ProcessingError;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a script in a dialect JSqlParser does not read (a Dameng or SQL Server dump beside the MySQL
 * one, a graph query language) from filling the report with one error per statement: past
 * {@value #MOST_LISTED} statements that did not parse, the first {@value #LISTED} are listed and one
 * more error, on the line of the next, counts the rest. They fail for the same few reasons, which the
 * first ones show. Time-outs are always listed: they are rare and say something else.
 */
final class StatementErrorCap {

  static final int MOST_LISTED = 5;
  static final int LISTED = 3;

  private StatementErrorCap() {}

  /** {@code errors}, in the order of the file, with the parse errors past the cap folded into one. */
  static List<ProcessingError> apply(List<ProcessingError> errors) {
    long unparsed = errors.stream().filter(e -> e.kind() == ErrorKind.PARSE_SQL).count();
    if (unparsed <= MOST_LISTED) {
      return List.copyOf(errors);
    }
    List<ProcessingError> kept = new ArrayList<>();
    int seen = 0;
    for (ProcessingError error : errors) {
      if (error.kind() != ErrorKind.PARSE_SQL) {
        kept.add(error);
      } else if (++seen <= LISTED) {
        kept.add(error);
      } else if (seen == LISTED + 1) {
        kept.add(new ProcessingError(ErrorKind.PARSE_SQL, error.path(), error.line(),
            "could not parse " + (unparsed - LISTED) + " more SQL statements of this file from here on (" + unparsed
                + " in all, the first " + LISTED + " listed); the statements that parsed are still used",
            null));
      }
    }
    return List.copyOf(kept);
  }
}
