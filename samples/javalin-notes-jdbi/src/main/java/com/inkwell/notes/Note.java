package com.inkwell.notes;

public record Note(long id, String title, String body) {}
