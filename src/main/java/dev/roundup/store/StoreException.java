package dev.roundup.store;

/** A database operation failed; wraps the SQLException with what was being done. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
