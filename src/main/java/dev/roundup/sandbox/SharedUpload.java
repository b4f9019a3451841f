package dev.roundup.sandbox;

/**
 * A file shared with a message (a PDF, a Markdown file), whose bytes the emulator serves at its
 * {@code url_private} to a request bearing the bot token, as Slack does.
 *
 * @param filetype Slack's filetype ("pdf", "markdown", "text", …)
 */
public record SharedUpload(String id, String name, String filetype, String mimetype, byte[] bytes) {

  public SharedUpload {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
