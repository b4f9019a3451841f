package dev.roundup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs for tests, made with PDFBox: one page of text, encrypted ones, and broken ones. */
public final class TestPdfs {

  private TestPdfs() {}

  /** A one-page PDF saying the line. */
  public static byte[] saying(String line) throws IOException {
    return make(line, null);
  }

  /** A one-page PDF encrypted with a user password. */
  public static byte[] encrypted(String line) throws IOException {
    return make(line, "user-password");
  }

  /** Bytes that start like a PDF and are not one. */
  public static byte[] broken() {
    return "%PDF-1.7\nthis is not really a PDF".getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] make(String line, String password) throws IOException {
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
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-password", password,
            new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
