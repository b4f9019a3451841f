package dev.roundup.sandbox;

import java.util.Map;

/**
 * What became of a submitted modal: the app's answer, whether the modal closed, and the errors the
 * app asked to show by input block id ({@code response_action: errors}; the modal stays open).
 */
public record ViewSubmission(Delivery delivery, boolean closed, Map<String, String> errors) {

  public ViewSubmission {
    errors = Map.copyOf(errors);
  }
}
