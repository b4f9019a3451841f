package dev.roundup.sandbox;

/**
 * A file shared with a message (a PDF, a Markdown file), whose bytes the emulator serves at its
 * {@code url_private} to a request bearing the bot token, as Slack does. A file loaded from an
 * export whose content the export does not hold (an export keeps a text file's preview, never a
 * spreadsheet) has no bytes: it is named in its message, with no {@code url_private} to read.
 *
 * @param filetype Slack's filetype ("pdf", "markdown", "text", …)
 * @param bytes    its content, or null when there is none to serve
 */
public record SharedUpload(String id, String name, String filetype, String mimetype, byte[] bytes) {

  public SharedUpload {
    bytes = bytes == null ? null : bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes == null ? null : bytes.clone();
  }

  /** Whether there are bytes to serve at its url_private. */
  public boolean hasContent() {
    return bytes != null;
  }
}
