package dev.roundup.sandbox;

import java.util.List;

/**
 * A file shared in the workspace: a text snippet, whose {@code content} {@code files.info} returns.
 * {@code created} is in epoch seconds; {@code channels} are where it was shared.
 */
public record SlackFile(String id, String name, String title, String filetype, String content,
    String user, long created, List<String> channels) {

  public SlackFile {
    channels = List.copyOf(channels);
  }
}
