package com.thornbury.members;

import java.util.Map;
import org.mybatis.spring.support.SqlSessionDaoSupport;

/** Statements of MemberMapper.xml, run by id: there is no mapper interface. */
public class MemberDao extends SqlSessionDaoSupport {

  private static final String NAMESPACE = "com.thornbury.members.Member";

  public Member find(long id) {
    return getSqlSession().selectOne(NAMESPACE + ".findById", id);
  }

  /** The profile form: guarded, and 0 rows becomes a conflict. */
  public void update(Member member) {
    // ok: update-without-version-check, rowcount-ignored
    int rows = getSqlSession().update(NAMESPACE + ".update", member);
    if (rows == 0) {
      throw new MemberConflictException(member.id());
    }
  }

  /** The email box beside the form writes whatever the page had loaded. */
  public void changeEmail(long id, String email) {
    // ruleid: update-without-version-check
    getSqlSession().update("com.thornbury.members.Member.updateEmail", Map.of("id", id, "email", email));
  }

  /** Guarded by the short id "rename", but a stale rename is never noticed: the count is dropped. */
  public void rename(Member member) {
    // ruleid: rowcount-ignored
    getSqlSession().update("rename", member);
  }
}
