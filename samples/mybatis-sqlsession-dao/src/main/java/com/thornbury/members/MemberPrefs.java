package com.thornbury.members;

public record MemberPrefs(long memberId, boolean newsletter, String theme, int version) {}
