package dev.roundup.llm;

/**
 * The model could not answer. The message is a user-facing reason ("LLM timed out after 60 s",
 * "LLM rate-limited") and never holds the API key, prompts or provider response bodies, which may
 * echo the request.
 */
public class LlmException extends Exception {

  /** Why the call failed, coarse enough to pick a user-facing note. */
  public enum Kind {
    TIMEOUT("LLM timed out"),
    RATE_LIMITED("LLM rate-limited"),
    UNAVAILABLE("LLM unavailable"),
    REJECTED("LLM rejected the request"),
    BAD_RESPONSE("LLM gave an unusable answer"),
    /** Not sent: the call would go over a token budget; the message names which. */
    OVER_BUDGET("LLM budget used up");

    private final String shortReason;

    Kind(String shortReason) {
      this.shortReason = shortReason;
    }

    /** A few words for a reader, e.g. "LLM timed out". */
    public String shortReason() {
      return shortReason;
    }
  }

  private final Kind kind;
  private final int httpStatus;
  private final boolean retryable;
  private String providerError = "";

  public LlmException(Kind kind, String message) {
    this(kind, message, -1, false, null);
  }

  public LlmException(
      Kind kind, String message, int httpStatus, boolean retryable, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.httpStatus = httpStatus;
    this.retryable = retryable;
  }

  public Kind kind() {
    return kind;
  }

  /** The provider's HTTP status, or -1 when no response was received. */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The provider's error body (capped), kept so a client can adapt a rejected request. Never
   * part of the message or logs: it may echo the request.
   */
  String providerError() {
    return providerError;
  }

  LlmException withProviderError(String body) {
    this.providerError = body == null ? "" : body.substring(0, Math.min(body.length(), 2_000));
    return this;
  }

  /** Worth another attempt: rate limits, server errors and dropped connections. */
  public boolean retryable() {
    return retryable;
  }
}
