package dev.roundup;

import static org.awaitility.Awaitility.await;

import dev.roundup.ingest.MessageStore;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.StoredMessage;
import dev.roundup.sandbox.Workspace;
import java.time.Duration;

/**
 * A person posts through the emulator and the test goes on once Roundup has stored the message.
 * Message events are stored after their ack, on the work pool, so a digest, a task run or a
 * snapshot made straight after a bare post could read the store before the message is in it.
 */
public final class StoredPosts {

  private StoredPosts() {
  }

  /**
   * Posts {@code text} in {@code channel} (in the thread {@code threadTs} when not null) and waits
   * up to {@code atMost} until the store holds it; answers its ts.
   */
  public static String post(SlackEmulator slack, Workspace workspace, MessageStore store,
      String channel, String threadTs, String person, String text, Duration atMost) {
    slack.userPosts(channel, threadTs, person, text);
    String ts = workspace.messages(channel).stream().filter(m -> text.equals(m.text()))
        .reduce((first, second) -> second).map(StoredMessage::ts).orElseThrow();
    await().atMost(atMost).until(() -> store.find(channel, ts).isPresent());
    return ts;
  }
}
