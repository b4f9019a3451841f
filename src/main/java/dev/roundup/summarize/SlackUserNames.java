package dev.roundup.summarize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * User id → display name, read from a Slack export's {@code users.json} (an array of users) or a
 * saved {@code users.list} response. Unknown ids resolve to themselves.
 */
public final class SlackUserNames {

  private SlackUserNames() {}

  /** A resolver that leaves every id as it is. */
  public static Function<String, String> none() {
    return id -> id;
  }

  /**
   * Names from the {@code users.json} beside an export channel folder (in the folder's parent),
   * or beside a single file; ids unresolved when there is none or it cannot be read.
   */
  public static Function<String, String> near(Path conversationPath) {
    // An export keeps users.json at its root, the parent of each channel folder; a saved API
    // response may have one beside it.
    Path base = conversationPath.toAbsolutePath().getParent();
    for (Path candidate : new Path[] {
        base == null ? null : base.resolve("users.json"),
        Files.isDirectory(conversationPath) ? conversationPath.resolve("users.json") : null}) {
      if (candidate != null && Files.isRegularFile(candidate)) {
        return read(candidate);
      }
    }
    return none();
  }

  /** Names from a users file; ids unresolved when it cannot be read. */
  public static Function<String, String> read(Path usersFile) {
    try {
      Map<String, String> names = UserNames.fromUsersFile(
          SlackExport.Json.parse(Files.readAllBytes(usersFile), usersFile.toString()));
      return id -> names.getOrDefault(id, id);
    } catch (IOException | ConversationFileException e) {
      return none();
    }
  }
}
