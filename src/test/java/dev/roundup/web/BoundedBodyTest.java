package dev.roundup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

  private static final byte[] BODY = "token=x&text=summarize+%23eng".getBytes(StandardCharsets.UTF_8);

  /**
   * Hands out at most three bytes per read, as a network stream may. A plain InputStream (not a
   * ByteArrayInputStream subclass, whose readNBytes trusts one read to return all there is), so
   * everything else it does is InputStream's own, as for the servlet container's stream.
   */
  private static InputStream trickle(byte[] bytes) {
    ByteArrayInputStream all = new ByteArrayInputStream(bytes);
    return new InputStream() {
      @Override
      public int read() {
        return all.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return all.read(b, off, Math.min(len, 3));
      }
    };
  }

  @Test
  void a_declared_body_is_read_whole_however_the_stream_hands_it_out() throws Exception {
    assertThat(BoundedBody.read(trickle(BODY), BODY.length, 1024)).isEqualTo(BODY);
  }

  @Test
  void a_body_shorter_than_declared_is_what_arrived() throws Exception {
    assertThat(BoundedBody.read(trickle(BODY), BODY.length + 10, 1024)).isEqualTo(BODY);
  }

  @Test
  void an_empty_declared_body_is_empty() throws Exception {
    assertThat(BoundedBody.read(trickle(new byte[0]), 0, 1024)).isEmpty();
  }

  @Test
  void a_body_without_a_length_is_read_to_its_end_within_the_limit() throws Exception {
    byte[] big = new byte[20_000];
    Arrays.fill(big, (byte) 'a');
    assertThat(BoundedBody.read(trickle(big), -1, 20_000)).isEqualTo(big);
  }

  @Test
  void over_the_limit_is_refused_declared_or_not() {
    assertThatThrownBy(() -> BoundedBody.read(trickle(BODY), BODY.length, BODY.length - 1))
        .isInstanceOf(BoundedBody.TooLarge.class);
    assertThatThrownBy(() -> BoundedBody.read(trickle(BODY), -1, BODY.length - 1))
        .isInstanceOf(BoundedBody.TooLarge.class);
  }
}
