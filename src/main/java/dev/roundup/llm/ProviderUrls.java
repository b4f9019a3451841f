package dev.roundup.llm;

import okhttp3.HttpUrl;

/** Builds endpoint URLs from a configured base, which people write with or without "/v1". */
final class ProviderUrls {

  private ProviderUrls() {}

  /** {@code base} + "/v1/" + {@code path}, not doubling a "/v1" the base already ends in. */
  static HttpUrl endpoint(String base, String path) {
    if (base == null || base.isBlank()) {
      throw new IllegalArgumentException("LLM base URL is not configured");
    }
    String trimmed = base.trim().replaceAll("/+$", "");
    String url = trimmed.endsWith("/v1") ? trimmed + "/" + path : trimmed + "/v1/" + path;
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException("LLM base URL is not an http(s) URL: " + base);
    }
    return parsed;
  }
}
