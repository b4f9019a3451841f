package dev.roundup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundup.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkspaceTest {

  private final Workspace ws = Workspace.sample();

  @Test
  void ts_values_come_from_the_clock_and_stay_strictly_increasing_when_it_stands_still() {
    ws.setClock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));

    List<String> ts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ts.add(ws.post("C0ENG", "U0ALICE", "m" + i));
    }

    assertThat(ts.get(0)).isEqualTo("1772442000.000000");
    assertThat(ts).isSortedAccordingTo(TsGenerator::compare).doesNotHaveDuplicates();
    assertThat(ts.get(4)).isEqualTo("1772442000.000004");
  }

  @Test
  void a_clock_moving_back_never_produces_an_older_ts() {
    TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    ws.setClock(clock);
    String first = ws.post("C0ENG", "U0ALICE", "first");
    clock.advance(Duration.ofHours(-1));

    String second = ws.post("C0ENG", "U0ALICE", "second");

    assertThat(TsGenerator.compare(second, first)).isPositive();
  }

  @Test
  void replying_to_a_reply_joins_the_parent_thread() {
    String parent = ws.post("C0ENG", "U0ALICE", "parent");
    String reply = ws.reply("C0ENG", parent, "U0BORIS", "reply");

    String nested = ws.reply("C0ENG", reply, "U0CHEN", "nested");

    assertThat(ws.message("C0ENG", nested).orElseThrow().threadTs()).isEqualTo(parent);
    assertThat(ws.thread("C0ENG", parent)).extracting(StoredMessage::ts)
        .containsExactly(parent, reply, nested);
    assertThat(ws.message("C0ENG", parent).orElseThrow().threadTs()).isEqualTo(parent);
  }

  @Test
  void messages_lists_replies_too_in_ts_order_and_thread_of_a_lone_message_is_itself() {
    String a = ws.post("C0ENG", "U0ALICE", "a");
    String r = ws.reply("C0ENG", a, "U0BORIS", "r");
    String b = ws.post("C0ENG", "U0CHEN", "b");

    assertThat(ws.messages("C0ENG")).extracting(StoredMessage::ts).containsExactly(a, r, b);
    assertThat(ws.thread("C0ENG", b)).extracting(StoredMessage::ts).containsExactly(b);
    assertThat(ws.thread("C0ENG", "1.000001")).isEmpty();
  }

  @Test
  void deleting_a_parent_with_replies_leaves_a_tombstone_until_the_last_reply_goes() {
    String parent = ws.post("C0ENG", "U0ALICE", "parent");
    String reply = ws.reply("C0ENG", parent, "U0BORIS", "reply");

    ws.delete("C0ENG", parent);
    StoredMessage tombstone = ws.message("C0ENG", parent).orElseThrow();
    assertThat(tombstone.isTombstone()).isTrue();
    assertThat(tombstone.user()).isEqualTo("USLACKBOT");
    assertThat(tombstone.text()).isEqualTo(StoredMessage.TOMBSTONE_TEXT);

    ws.delete("C0ENG", reply);
    assertThat(ws.messages("C0ENG")).isEmpty();
  }

  @Test
  void editing_keeps_the_ts_and_marks_the_message_edited() {
    String ts = ws.post("C0ENG", "U0ALICE", "before");

    ws.edit("C0ENG", ts, "after");

    StoredMessage edited = ws.message("C0ENG", ts).orElseThrow();
    assertThat(edited.text()).isEqualTo("after");
    assertThat(edited.edited()).isTrue();
    assertThat(ws.messages("C0ENG")).hasSize(1);
  }

  @Test
  void posting_to_an_archived_or_unknown_channel_is_refused() {
    ws.archive("C0INCIDENTS");

    assertThatThrownBy(() -> ws.post("C0INCIDENTS", "U0ALICE", "x"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ws.post("C0NOPE", "U0ALICE", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void join_and_leave_change_membership() {
    ws.join("C0DESIGN", ws.botUserId());
    assertThat(ws.channel("C0DESIGN").orElseThrow().hasMember("U0BOT")).isTrue();

    ws.leave("C0DESIGN", ws.botUserId());
    assertThat(ws.channel("C0DESIGN").orElseThrow().hasMember("U0BOT")).isFalse();
  }

  @Test
  void the_sample_workspace_has_the_documented_shape() {
    assertThat(ws.teamId()).isEqualTo("T0SANDBOX");
    assertThat(ws.teamDomain()).isEqualTo("roundup-sandbox");
    assertThat(ws.botUserId()).isEqualTo("U0BOT");
    assertThat(ws.botToken()).startsWith("xoxb-");
    assertThat(ws.signingSecret()).hasSize(32);
    assertThat(ws.users()).filteredOn(u -> !u.bot()).hasSize(4)
        .allSatisfy(u -> assertThat(u.realName()).contains(" "))
        .filteredOn(User::admin).hasSize(1);
    assertThat(ws.channels()).extracting(Channel::name)
        .containsExactly("general", "eng", "design", "incidents", "leads");
    assertThat(ws.channel("C0GENERAL")).isPresent();
    assertThat(ws.channels()).filteredOn(Channel::isPrivate).extracting(Channel::name)
        .containsExactly("leads");
    assertThat(ws.channels()).filteredOn(c -> !c.hasMember("U0BOT")).extracting(Channel::name)
        .containsExactly("design");
  }

  @Test
  void two_workspaces_get_different_secrets() {
    assertThat(Workspace.sample().signingSecret()).isNotEqualTo(ws.signingSecret());
    assertThat(Workspace.sample().botToken()).isNotEqualTo(ws.botToken());
  }
}
