package dev.roundup.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.sandbox.ApiCall;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.summarize.Point;
import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.Summary;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What tests of several workspaces check on the emulator's record of one workspace (each workspace's
 * calls are recorded on its side of the emulator: the one its token, or the workspace a call with an
 * org-wide token names, belongs to): what Roundup posted there, and that nothing of another
 * workspace went there.
 */
public final class WorkspaceCalls {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Set<String> POSTING = Set.of("chat.postMessage", "chat.update", "chat.postEphemeral");

  /** Echoes each message as a highlight: what a summary covered is plain to see. */
  public static final Summarizer ECHO = (conversation, options) -> new Summary(
      conversation.messages().get(0).text(),
      conversation.messages().stream().map(m -> new Point(m.text(), List.of(m.ts()))).toList(),
      List.of(), List.of(), List.of(),
      new Summary.Stats(conversation.size(), conversation.participants().size()), null);

  private WorkspaceCalls() {}

  /** The texts (and blocks) of the workspace's successful posts and updates. */
  public static List<String> posted(SlackEmulator side) {
    return side.calls().stream().filter(ApiCall::ok).filter(c -> POSTING.contains(c.method()))
        .map(c -> c.params().toString()).toList();
  }

  /** Waits until {@code count} of the workspace's posts say {@code text}; else fails listing its calls. */
  public static void awaitPosts(SlackEmulator side, String text, int count) {
    try {
      await().atMost(WAIT).until(() -> posted(side).stream().filter(t -> t.contains(text)).count() >= count);
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError(side.workspace().teamId() + ": no " + count + " post(s) saying '" + text
          + "'; calls: " + side.calls().stream().map(c -> c.method() + (c.ok() ? "" : " " + c.error()) + " "
              + c.params()).toList(), e);
    }
  }

  /**
   * Every call recorded for the workspace succeeded, none says any of {@code others} (another
   * workspace's ids and words), and something posted there says {@code ownWord}.
   */
  public static void onlyItsOwn(SlackEmulator side, String ownWord, String... others) {
    List<ApiCall> calls = side.calls();
    assertThat(calls).isNotEmpty();
    assertThat(calls).allSatisfy(call -> {
      assertThat(call.ok()).as(call.method() + " " + call.error()).isTrue();
      assertThat(call.params() + " " + call.response()).doesNotContain(others);
    });
    assertThat(posted(side)).anyMatch(text -> text.contains(ownWord));
  }
}
