package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class SharedFileTextTest {

  /** A one-page PDF saying the line, made with PDFBox; encrypted with a user password if given. */
  static byte[] pdf(String line, String password) throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(line);
        content.endText();
      }
      if (password != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password,
            new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void a_pdfs_text_is_read() throws Exception {
    SharedFileText.Result r = SharedFileText.of("pdf", "application/pdf",
        pdf("The vendor contract renews on 1 March.", null));
    assertThat(r.read()).isTrue();
    assertThat(r.text()).contains("The vendor contract renews on 1 March.");
  }

  @Test
  void a_broken_pdf_is_malformed_and_an_encrypted_one_says_so() throws Exception {
    byte[] broken = "%PDF-1.7\nthis is not really a PDF".getBytes(StandardCharsets.US_ASCII);
    assertThat(SharedFileText.of("pdf", null, broken).whyNotRead()).isEqualTo("malformed");
    assertThat(SharedFileText.of("pdf", null, pdf("secret", "pw")).whyNotRead())
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
