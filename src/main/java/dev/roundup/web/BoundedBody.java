package dev.roundup.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a request body of at most a given size. A declared {@code Content-Length} over the limit is
 * refused before a byte is read; a body sent without one (chunked) is read only up to one byte past
 * the limit. Either way, no more than the limit is ever held in memory.
 */
final class BoundedBody {

  /** The body was larger than allowed. */
  static final class TooLarge extends Exception {
    TooLarge(String message) {
      super(message, null, false, false);
    }
  }

  private BoundedBody() {}

  /**
   * @param declaredLength the request's Content-Length, or -1 when it sent none
   */
  static byte[] read(InputStream in, long declaredLength, int limit) throws IOException, TooLarge {
    if (declaredLength > limit) {
      throw new TooLarge("the body is " + declaredLength + " bytes; the limit is " + limit);
    }
    if (declaredLength >= 0) {
      // The common case: one array of the declared size, filled in place (the servlet container
      // ends the stream at Content-Length). Every acknowledgement reads a body, and a buffer plus
      // a copy per request was garbage the collector pauses the acknowledging threads for.
      byte[] body = new byte[(int) declaredLength];
      int read = in.readNBytes(body, 0, body.length);
      return read == body.length ? body : Arrays.copyOf(body, read);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
    byte[] buffer = new byte[8 * 1024];
    int n;
    while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1L - out.size()))) > 0) {
      out.write(buffer, 0, n);
      if (out.size() > limit) {
        throw new TooLarge("the body is over the limit of " + limit + " bytes");
      }
    }
    return out.toByteArray();
  }
}
