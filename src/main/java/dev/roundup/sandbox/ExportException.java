package dev.roundup.sandbox;

/** A folder that cannot be read as a Slack export; the message names the file and the problem. */
public final class ExportException extends RuntimeException {

  public ExportException(String message) {
    super(message);
  }

  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
