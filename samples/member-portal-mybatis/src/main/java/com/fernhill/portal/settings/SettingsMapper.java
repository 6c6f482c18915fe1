package com.fernhill.portal.settings;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface SettingsMapper {

  // The member's own settings row, found by who is logged in: nobody else saves it.
  // ok: unversioned-table-update
  @Update("UPDATE member_settings SET email_opt_in = #{form.emailOptIn}, sms_opt_in = #{form.smsOptIn}, digest = #{form.digest} WHERE member_id = #{memberId}")
  int update(@Param("memberId") long memberId, @Param("form") NotificationForm form);
}
