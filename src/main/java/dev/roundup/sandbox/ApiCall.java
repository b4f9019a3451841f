package dev.roundup.sandbox;

import java.time.Instant;
import java.util.Map;

/** One recorded Web API call and how the emulator answered it. */
public record ApiCall(String method, Map<String, String> params, int httpStatus, boolean ok,
    String error, Instant at) {

  public ApiCall {
    params = Map.copyOf(params);
  }
}
