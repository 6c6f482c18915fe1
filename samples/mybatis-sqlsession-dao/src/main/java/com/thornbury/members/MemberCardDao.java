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
    // ruleid: update-without-version-check
    return sqlSession.update(GENERATED + "updateByPrimaryKeySelective", card.blocked());
  }
}
