package com.thornbury.members;

import org.mybatis.spring.SqlSessionTemplate;

/** Runs generated statements of MemberCardMapper.xml by id through a SqlSessionTemplate. */
public class MemberCardDao {

  private static final String GENERATED = "com.thornbury.members.MemberCardMapper.";

  private final SqlSessionTemplate sqlSession;

  public MemberCardDao(SqlSessionTemplate sqlSession) {
    this.sqlSession = sqlSession;
  }

  public int block(MemberCard card) {
    // member_cards.version is only copied back by the generated statements, never compared or
    // incremented: no lock, so blocking a card is judged as a status change on an unversioned table.
    // ok: update-without-version-check, unversioned-table-update
    return sqlSession.update(GENERATED + "updateByPrimaryKeySelective", card.blocked());
  }
}
