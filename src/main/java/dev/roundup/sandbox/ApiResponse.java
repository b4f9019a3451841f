package dev.roundup.sandbox;

import java.util.Map;

/** What the emulator answers an HTTP call with: status, JSON body and extra headers. */
record ApiResponse(int status, String body, Map<String, String> headers) {

  ApiResponse {
    headers = Map.copyOf(headers);
  }
}
