package dev.roundup.summarize;

/** A conversation file that cannot be read; the message is one line saying why. */
public final class ConversationFileException extends Exception {

  public ConversationFileException(String reason) {
    super(reason);
  }

  public ConversationFileException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
