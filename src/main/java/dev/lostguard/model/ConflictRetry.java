package dev.lostguard.model;

/**
 * An optimistic-lock failure retried automatically: a {@code catch} of a conflict exception inside a
 * {@code while}/{@code do}/{@code for} loop that runs the work again, or a spring-retry
 * {@code @Retryable} whose exceptions include one.
 *
 * @param location the {@code @Retryable} annotation, or the loop statement
 * @param method the retried method (annotated, or holding the loop)
 * @param mechanism {@code @Retryable} or {@code loop}
 * @param exception the conflict exception's simple name, as written
 * @param reloadsState the retried code reads fresh state ({@code find*}, {@code load*},
 *     {@code refresh}, ...) before it writes again, or no write is visible in it at all
 * @param inWebController the retry is written in a class annotated as a web controller
 *     ({@code @RestController}, {@code @Controller}, JAX-RS {@code @Path}): user-facing without a
 *     call graph
 */
public record ConflictRetry(
    Location location,
    MethodRef method,
    String mechanism,
    String exception,
    boolean reloadsState,
    boolean inWebController)
    implements CodePattern {

  public static final String RETRYABLE = "@Retryable";
  public static final String LOOP = "loop";
}
