package dev.roundup.sandbox.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** The console's page, script and style, served from the jar (nothing comes from the internet). */
final class ConsoleAssets {

  /** Path → resource name and content type; nothing else is served. */
  private static final Map<String, String[]> ASSETS = Map.of(
      "/", new String[] {"index.html", "text/html; charset=utf-8"},
      "/console.js", new String[] {"console.js", "text/javascript; charset=utf-8"},
      "/console.css", new String[] {"console.css", "text/css; charset=utf-8"});

  record Asset(byte[] body, String contentType) {}

  Optional<Asset> find(String path) {
    String[] asset = ASSETS.get(path);
    if (asset == null) {
      return Optional.empty();
    }
    try (InputStream in = ConsoleAssets.class.getResourceAsStream(asset[0])) {
      if (in == null) {
        throw new IllegalStateException("console asset " + asset[0] + " is missing from the jar");
      }
      return Optional.of(new Asset(in.readAllBytes(), asset[1]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
