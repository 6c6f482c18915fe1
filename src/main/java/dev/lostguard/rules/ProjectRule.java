package dev.lostguard.rules;

import dev.lostguard.model.ProjectModel;
import java.util.List;

/**
 * A rule that looks at the project as a whole (conflict handling in code, entities, endpoints)
 * rather than at one write statement. Its findings are independent of the statement precedence.
 */
public interface ProjectRule {

  String id();

  List<Verdict> check(ProjectModel model);
}
