package com.thornbury.members;

public record Member(long id, String displayName, String email, String tier, int version) {}
