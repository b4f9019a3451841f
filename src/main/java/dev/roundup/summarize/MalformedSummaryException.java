package dev.roundup.summarize;

/** The model's answer holds no JSON object of the summary's shape. */
final class MalformedSummaryException extends Exception {

  MalformedSummaryException(String message) {
    super(message);
  }
}
