package dev.lostguard.scan;

import dev.lostguard.model.SourceRole;
import dev.lostguard.model.SqlCall;
import dev.lostguard.model.StringConstant;
import java.util.List;

/**
 * A Java call that runs a MyBatis mapper statement by its id rather than through a mapper interface
 * ({@code sqlSession.update("com.acme.OrderMapper.updateStatus", order)}), the id resolved against the
 * project's constants.
 *
 * @param role the role of the file that makes the call
 * @param id the statement id as the call spells it at run time ({@code namespace.id} or the short id)
 * @param constantsUsed the constants the id was assembled from ({@code NAMESPACE + ".save"})
 */
record StatementIdCall(SqlCall call, SourceRole role, String id, List<StringConstant> constantsUsed) {}
