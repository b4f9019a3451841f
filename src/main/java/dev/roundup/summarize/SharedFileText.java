package dev.roundup.summarize;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a file shared in a conversation, so that it counts as part of it: plain text,
 * snippets, Markdown and CSV as they are (UTF-8), PDFs through Apache PDFBox (the first
 * {@value #MAX_PDF_PAGES} pages). Bounded: files over {@value #MAX_BYTES} bytes are not read, and
 * text is cut at {@value #MAX_CHARS} characters. A file that cannot be read says why (too big,
 * encrypted, malformed, unsupported type) and is never fatal. What a file says is data, like any
 * message: it is read, never obeyed.
 */
public final class SharedFileText {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_CHARS = 20_000;
  static final int MAX_PDF_PAGES = 50;
  private static final Set<String> TEXT_TYPES = Set.of("text", "txt", "markdown", "md", "post",
      "csv", "json", "yaml", "xml", "log");

  /** Either the text, or why there is none. */
  public record Result(String text, String whyNotRead) {
    public boolean read() {
      return text != null;
    }
  }

  private SharedFileText() {}

  /**
   * @param filetype Slack's filetype ("pdf", "text", "markdown", …), or null
   * @param mimetype the file's MIME type, or null
   */
  public static Result of(String filetype, String mimetype, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return new Result(null, "too big");
    }
    String type = filetype == null ? "" : filetype.toLowerCase(Locale.ROOT);
    String mime = mimetype == null ? "" : mimetype.toLowerCase(Locale.ROOT);
    if (type.equals("pdf") || mime.equals("application/pdf")) {
      return pdf(bytes);
    }
    if (TEXT_TYPES.contains(type) || mime.startsWith("text/")) {
      return text(bytes);
    }
    return new Result(null, "unsupported type");
  }

  private static Result text(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return new Result(cut(text), null);
    } catch (CharacterCodingException e) {
      return new Result(null, "not UTF-8 text");
    }
  }

  private static Result pdf(byte[] bytes) {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setEndPage(MAX_PDF_PAGES);
      return new Result(cut(stripper.getText(document)), null);
    } catch (InvalidPasswordException e) {
      return new Result(null, "encrypted");
    } catch (IOException | RuntimeException e) {
      return new Result(null, "malformed");
    }
  }

  private static String cut(String text) {
    String t = text.replace("\r\n", "\n").strip();
    return t.length() <= MAX_CHARS ? t : t.substring(0, MAX_CHARS) + " […]";
  }
}
