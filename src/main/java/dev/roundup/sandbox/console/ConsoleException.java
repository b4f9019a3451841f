package dev.roundup.sandbox.console;

/** A console request that cannot be done, with the HTTP status and the sentence to show. */
final class ConsoleException extends RuntimeException {

  private final int status;

  ConsoleException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }

  static ConsoleException badRequest(String message) {
    return new ConsoleException(400, message);
  }

  static ConsoleException forbidden(String message) {
    return new ConsoleException(403, message);
  }

  static ConsoleException notFound(String message) {
    return new ConsoleException(404, message);
  }
}
