package dev.lostguard.model;

import java.util.List;

/** A method parameter: its declared type and annotations ({@code @RequestBody}, {@code @RequestHeader}). */
public record ParameterFacts(String name, TypeRef type, List<AnnotationFacts> annotations) {}
