package dev.roundup.sandbox;

import java.util.List;

/** A Web API failure answered as {@code ok:false} with Slack's error code (HTTP 200, like Slack). */
final class SlackError extends RuntimeException {

  private final String error;
  private final List<String> messages;

  SlackError(String error) {
    this(error, List.of());
  }

  SlackError(String error, List<String> messages) {
    super(error, null, false, false);
    this.error = error;
    this.messages = List.copyOf(messages);
  }

  /** Slack's answer for an absent required parameter. */
  static SlackError missing(String field) {
    return new SlackError("invalid_arguments", List.of("[ERROR] missing required field: " + field));
  }

  String error() {
    return error;
  }

  /** Detail lines Slack puts in {@code response_metadata.messages}. */
  List<String> messages() {
    return messages;
  }
}
