package com.fernhill.portal.member;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface MemberMapper {

  // The member's own profile card: short values the member picks, on the row their login selects.
  // ok: unversioned-table-update
  @Update("UPDATE member SET nickname = #{nickname}, avatar_url = #{avatarUrl}, gender = #{gender}, update_time = now() WHERE id = #{id}")
  int updateProfile(Member member);

  // The member's own "about me" text: long text, so two tabs of the same member can still discard
  // paragraphs the other wrote.
  // ruleid: unversioned-table-update
  @Update("UPDATE member SET bio = #{bio}, update_time = now() WHERE id = #{id}")
  int updateBio(@Param("id") long id, @Param("bio") String bio);

  // Support staff edit any member: two agents, or an agent and the member, overwrite each other.
  // ruleid: unversioned-table-update
  @Update("UPDATE member SET nickname = #{nickname}, level = #{level}, remark = #{remark}, update_time = now() WHERE id = #{id}")
  int updateByStaff(Member member);

  // Staff put the selected members into one segment: the segment is the command's value, and nothing
  // else of those rows is written back.
  // ok: bulk-update-bypasses-version
  @Update({"<script>",
      "UPDATE member SET segment_id = #{segmentId} WHERE id IN",
      "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>",
      "</script>"})
  int assignSegment(@Param("ids") List<Long> ids, @Param("segmentId") long segmentId);

  @Select("SELECT * FROM member WHERE id = #{id}")
  Member findById(long id);

  // Staff's care note: the service compares the update_time the staff's copy had with the stored one
  // and answers 409 when they differ, so a stale note is refused in code (not atomically: the check
  // and this write are two statements).
  // ok: unversioned-table-update
  @Update("UPDATE member SET remark = #{remark}, level = #{level}, update_time = now() WHERE id = #{id}")
  int updateCareNote(@Param("id") long id, @Param("remark") String remark, @Param("level") Integer level);
}
