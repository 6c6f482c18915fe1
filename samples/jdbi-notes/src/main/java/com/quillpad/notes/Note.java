package com.quillpad.notes;

public record Note(long id, String title, String body, boolean pinned, int version) {}
