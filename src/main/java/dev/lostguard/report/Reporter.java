package dev.lostguard.report;

import dev.lostguard.model.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * Renders a finished {@link Report} in one output format. Reporters are siblings of the analysis: they
 * read the report and never change, filter or re-rank what it says.
 *
 * <p>Contract for every implementation:
 *
 * <ul>
 *   <li>The same report gives byte-identical output: no timestamps, no host details, lines end in
 *       {@code \n} whatever the platform.
 *   <li>The output ends with a newline.
 *   <li>{@code out} is written to and flushed, never closed: the caller owns it.
 *   <li>Implementations hold no mutable state, so one instance may serve many reports and threads.
 * </ul>
 */
public interface Reporter {

  /**
   * Writes {@code report} to {@code out}.
   *
   * @param report the scan result, with its lists already in their documented order
   * @param out where the rendering goes; flushed but left open
   * @throws IOException when {@code out} fails
   */
  void write(Report report, Writer out) throws IOException;
}
