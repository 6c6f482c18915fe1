package dev.lostguard.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

/**
 * Parses one statement with JSqlParser on our own daemon threads: the library's default executor
 * leaks a non-daemon thread per failing input, and a JVM that parsed bad SQL would never exit.
 *
 * <p>It tries the strict grammar first (writes need real trees), then variants for backslash escapes,
 * {@code [bracket]} names, MySQL index spellings ({@link MysqlIndexSpellings}) with other dialects' table DDL
 * ({@link TableDdlSpellings}) and columns named like a JSqlParser keyword ({@link KeywordColumns}), and finally
 * accepts an "unsupported statement" for commands that cannot hide a write ({@code LOCK TABLES},
 * {@code SET NAMES}, ...). It never throws.
 */
public final class SqlStatementParser {

  public static final long DEFAULT_TIMEOUT_MILLIS = 5000;

  private static final int MAX_MESSAGE = 200;
  // Words that start a statement we would want a real tree for; an "unsupported" parse is a failure.
  private static final Set<String> NEEDS_TREE = Set.of(
      "UPDATE", "DELETE", "INSERT", "MERGE", "UPSERT", "REPLACE", "CREATE", "ALTER", "DROP", "RENAME",
      "WITH", "DO", "BEGIN", "DECLARE");
  private static final int MAX_NESTING = 300;
  // One thread per processor stays warm; a parse that overran its time limit may keep its thread busy
  // until it finishes, so the pool grows past that instead of letting later statements queue and time out.
  private static final ExecutorService EXECUTOR = new ThreadPoolExecutor(
      Math.max(1, Runtime.getRuntime().availableProcessors()), Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
      new SynchronousQueue<>(), new DaemonThreads());

  private final long timeoutMillis;

  public SqlStatementParser() {
    this(DEFAULT_TIMEOUT_MILLIS);
  }

  public SqlStatementParser(long timeoutMillis) {
    this.timeoutMillis = Math.max(1, timeoutMillis);
  }

  public ParseResult parse(String sql) {
    Placeholders placeholders;
    try {
      placeholders = Placeholders.rewrite(sql == null ? "" : sql);
    } catch (RuntimeException | StackOverflowError e) {
      return new ParseResult(null, Placeholders.rewrite(""), describe(e), false);
    }
    String text = placeholders.sql();
    if (nesting(text) > MAX_NESTING) {
      // The generated parser backtracks on deep nesting for far longer than any time limit.
      return new ParseResult(null, placeholders, "statement nested too deeply", false);
    }
    List<Consumer<CCJSqlParser>> variants = new ArrayList<>();
    variants.add(p -> p.withUnsupportedStatements(false));
    if (text.indexOf('\\') >= 0) {
      variants.add(p -> p.withUnsupportedStatements(false).withBackslashEscapeCharacter(true));
    }
    if (text.indexOf('[') >= 0) {
      variants.add(p -> p.withUnsupportedStatements(false).withSquareBracketQuotation(true));
    }
    String firstFailure = null;
    for (Consumer<CCJSqlParser> variant : variants) {
      Attempt attempt = attempt(text, variant);
      if (attempt.statement != null) {
        return new ParseResult(attempt.statement, placeholders, null, false);
      }
      if (attempt.timedOut) {
        return new ParseResult(null, placeholders, attempt.failure, true);
      }
      firstFailure = firstFailure == null ? attempt.failure : firstFailure;
    }
    String respelled = TableDdlSpellings.respell(MysqlIndexSpellings.respell(text));
    if (!respelled.equals(text)) {
      Attempt attempt = attempt(respelled, p -> p.withUnsupportedStatements(false).withBackslashEscapeCharacter(true));
      if (attempt.statement != null) {
        return new ParseResult(attempt.statement, placeholders, null, false);
      }
    }
    String quoted = KeywordColumns.quote(text);
    if (!quoted.equals(text)) {
      Attempt attempt = attempt(quoted, p -> p.withUnsupportedStatements(false).withBackslashEscapeCharacter(true));
      if (attempt.statement != null) {
        return new ParseResult(attempt.statement, placeholders, null, false);
      }
    }
    if (!NEEDS_TREE.contains(firstWord(text))) {
      Attempt lenient = attempt(text, p -> p.withUnsupportedStatements(true).withBackslashEscapeCharacter(true));
      if (lenient.statement != null) {
        return new ParseResult(lenient.statement, placeholders, null, false);
      }
    }
    return new ParseResult(null, placeholders, firstFailure, false);
  }

  private record Attempt(Statement statement, String failure, boolean timedOut) {}

  private Attempt attempt(String text, Consumer<CCJSqlParser> variant) {
    List<CCJSqlParser> parsers = new ArrayList<>();
    try {
      Statement statement = CCJSqlParserUtil.parse(text, EXECUTOR, p -> {
        synchronized (parsers) {
          parsers.add(p);
        }
        variant.accept(p);
        p.withTimeOut(timeoutMillis);
      });
      if (statement == null || statement instanceof UnsupportedStatement && NEEDS_TREE.contains(firstWord(text))) {
        return new Attempt(null, "statement not supported by the parser", false);
      }
      return new Attempt(statement, null, false);
    } catch (JSQLParserException e) {
      if (isTimeout(e)) {
        // The abandoned parser checks this flag and stops, freeing its pool thread.
        synchronized (parsers) {
          parsers.forEach(p -> p.interrupted = true);
        }
        return new Attempt(null, "timed out after " + timeoutMillis + " ms", true);
      }
      return new Attempt(null, describe(e), false);
    } catch (RuntimeException | StackOverflowError e) {
      return new Attempt(null, describe(e), false);
    }
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException || "Time out occurred.".equals(t.getMessage())) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
      root = root.getCause();
    }
    if (root instanceof StackOverflowError || e.getCause() instanceof StackOverflowError) {
      return "statement nested too deeply";
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    message = message.replaceFirst("^[\\w.]+(Exception|Error):\\s*", "");
    String line = message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    if (line.isEmpty()) {
      line = root.getClass().getSimpleName();
    }
    return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "..." : line;
  }

  private static int nesting(String text) {
    int depth = 0;
    int max = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        max = Math.max(max, ++depth);
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
    return max;
  }

  private static String firstWord(String text) {
    int i = 0;
    while (i < text.length() && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return text.substring(i, j).toUpperCase(Locale.ROOT);
  }

  private static final class DaemonThreads implements ThreadFactory {
    private static final long STACK_BYTES = 16L * 1024 * 1024;
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      // A deeper stack than the default: generated parsers recurse once per nesting level.
      Thread thread = new Thread(null, task, "lostguard-sql-" + count.incrementAndGet(), STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    }
  }
}
