package com.inkwell.notes;

public record Notebook(long id, String name, String color, int version) {}
