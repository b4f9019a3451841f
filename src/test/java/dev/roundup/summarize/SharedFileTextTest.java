package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.TestPdfs;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SharedFileTextTest {

  @Test
  void a_pdfs_text_is_read() throws Exception {
    SharedFileText.Result r = SharedFileText.of("pdf", "application/pdf",
        TestPdfs.saying("The vendor contract renews on 1 March."));
    assertThat(r.read()).isTrue();
    assertThat(r.text()).contains("The vendor contract renews on 1 March.");
  }

  @Test
  void a_broken_pdf_is_malformed_and_an_encrypted_one_says_so() throws Exception {
    assertThat(SharedFileText.of("pdf", null, TestPdfs.broken()).whyNotRead()).isEqualTo("malformed");
    assertThat(SharedFileText.of("pdf", null, TestPdfs.encrypted("secret")).whyNotRead())
        .isEqualTo("encrypted");
  }

  @Test
  void text_and_markdown_are_read_as_utf8_and_other_types_are_not() {
    assertThat(SharedFileText.of("markdown", "text/markdown",
        "# Plan\nShip on **Tuesday** — café".getBytes(StandardCharsets.UTF_8)).text())
        .isEqualTo("# Plan\nShip on **Tuesday** — café");
    assertThat(SharedFileText.of("png", "image/png", new byte[] {1, 2, 3}).whyNotRead())
        .isEqualTo("unsupported type");
    assertThat(SharedFileText.of("text", null, new byte[] {(byte) 0xC3, 0x28}).whyNotRead())
        .isEqualTo("not UTF-8 text");
  }

  @Test
  void a_file_over_the_limit_is_not_read_and_long_text_is_cut() {
    assertThat(SharedFileText.of("text", null, new byte[SharedFileText.MAX_BYTES + 1])
        .whyNotRead()).isEqualTo("too big");
    String long_ = "word ".repeat(10_000);
    assertThat(SharedFileText.of("text", null, long_.getBytes(StandardCharsets.UTF_8)).text())
        .hasSize(SharedFileText.MAX_CHARS + 4).endsWith(" […]");
  }
}
