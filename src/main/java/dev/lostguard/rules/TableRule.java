package dev.lostguard.rules;

import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.TableFacts;
import java.util.List;

/** A rule about a table's definition, independent of the statements that write it. */
public interface TableRule {

  String id();

  List<Verdict> check(TableFacts table, ProjectModel model);
}
