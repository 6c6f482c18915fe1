package dev.lostguard.model;

/**
 * Why a finding is accepted in source: it stays in the report but never counts toward failure.
 *
 * @param reason the text the developer gave, never blank (a directive without one suppresses nothing)
 * @param location the directive: the comment line or the annotation
 */
public record Suppression(SuppressionKind kind, String reason, Location location) {}
