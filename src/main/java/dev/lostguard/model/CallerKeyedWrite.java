package dev.lostguard.model;

import java.util.List;

/**
 * A MyBatis-Plus write whose row key is given on {@code lines} that may ask who is logged in: the id
 * set on the entity ({@code u.setId(PoetryUtil.getUserId())}), or the id or user id its update wrapper
 * compares ({@code eq(User::getId, bladeUser.getUserId())}), with the lines of the locals read there.
 * The model decides whether one of those lines asks ({@link OwnRecords}); then the row is the caller's own.
 *
 * @param location the write call's name
 * @param method the method the write is written in
 * @param lines where the key's value is computed
 */
public record CallerKeyedWrite(Location location, MethodRef method, List<Integer> lines) implements CodePattern {}
