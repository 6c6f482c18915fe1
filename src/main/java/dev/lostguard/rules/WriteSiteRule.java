package dev.lostguard.rules;

import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.SiteFacts;
import java.util.Optional;

/**
 * A rule about one write statement. At most one such rule reports a statement: the engine asks them
 * in precedence order and keeps the first verdict.
 */
public interface WriteSiteRule {

  /** The catalog id, kebab-case, never renamed. */
  String id();

  /** The verdict when this rule flags {@code site}; called only for reportable sites. */
  Optional<Verdict> check(SiteFacts site, ProjectModel model);
}
