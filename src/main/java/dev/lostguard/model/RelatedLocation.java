package dev.lostguard.model;

/** A second place that explains a finding, such as the guarded statement that makes a write look careless. */
public record RelatedLocation(String path, int startLine, String message) {}
