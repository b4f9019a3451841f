package dev.roundup.sandbox;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded Web API call and how the emulator answered it: the parameters (without the token),
 * the HTTP status, {@code ok} and {@code error}, when, and the JSON body of the answer.
 */
public record ApiCall(String method, Map<String, String> params, int httpStatus, boolean ok,
    String error, Instant at, String response) {

  public ApiCall {
    params = Map.copyOf(params);
  }
}
