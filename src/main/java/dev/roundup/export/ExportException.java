package dev.roundup.export;

/** A file or folder that cannot be read as a Slack export; the message is one line naming it. */
public final class ExportException extends RuntimeException {

  public ExportException(String message) {
    super(message);
  }

  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
