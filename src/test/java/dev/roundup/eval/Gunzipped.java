package dev.roundup.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * A gzipped model file's text: the shipped-model tests compare the text, not the gzip bytes
 * around it, which another zlib may compress otherwise.
 */
final class Gunzipped {

  private Gunzipped() {}

  static String text(byte[] zipped) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
