package com.thornbury.members;

public interface MemberPrefsMapper {
  int save(MemberPrefs prefs);
}
