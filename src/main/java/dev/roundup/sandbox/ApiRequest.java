package dev.roundup.sandbox;

import java.util.Map;

/** One Web API call as received: the method name, its parameters (form, query or JSON) and token. */
record ApiRequest(String method, Map<String, String> params, String token) {

  ApiRequest {
    params = Map.copyOf(params);
  }

  String required(String name) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      throw SlackError.missing(name);
    }
    return value;
  }

  String optional(String name) {
    String value = params.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  boolean flag(String name) {
    String value = optional(name);
    return "true".equalsIgnoreCase(value) || "1".equals(value);
  }
}
