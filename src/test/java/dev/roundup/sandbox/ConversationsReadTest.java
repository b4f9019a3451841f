package dev.roundup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import dev.roundup.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConversationsReadTest {

  private final EmulatorFixture fx = new EmulatorFixture();
  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));

  ConversationsReadTest() {
    fx.workspace.setClock(clock);
  }

  @AfterEach
  void stop() throws Exception {
    fx.close();
  }

  @Test
  void paging_through_2500_replies_with_the_cursor_returns_every_message_in_order() throws Exception {
    String parent = fx.workspace.post("C0ENG", "U0ALICE", "release thread");
    List<String> expected = new ArrayList<>(List.of(parent));
    for (int i = 0; i < 2500; i++) {
      expected.add(fx.workspace.reply("C0ENG", parent, i % 2 == 0 ? "U0BORIS" : "U0CHEN", "r" + i));
    }

    List<Message> all = new ArrayList<>();
    int pages = 0;
    String cursor = null;
    do {
      String page = cursor;
      ConversationsRepliesResponse response = fx.bot.conversationsReplies(r -> r
          .channel("C0ENG").ts(parent).limit(200).cursor(page));
      assertThat(response.isOk()).as(response.getError()).isTrue();
      assertThat(response.getMessages()).hasSizeLessThanOrEqualTo(200);
      all.addAll(response.getMessages());
      cursor = response.getResponseMetadata().getNextCursor();
      assertThat(response.isHasMore()).isEqualTo(!cursor.isEmpty());
      pages++;
    } while (!cursor.isEmpty());

    assertThat(all).extracting(Message::getTs).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo(13);
    assertThat(all.get(0).getReplyCount()).isEqualTo(2500);
    assertThat(all.get(0).getReplyUsers()).containsExactly("U0BORIS", "U0CHEN");
    assertThat(all.get(1).getParentUserId()).isEqualTo("U0ALICE");
    assertThat(all.get(2500).getText()).isEqualTo("r2499");
  }

  @Test
  void replies_use_slack_default_page_of_1000_and_cap_the_limit_at_1000() throws Exception {
    String parent = fx.workspace.post("C0ENG", "U0ALICE", "big thread");
    for (int i = 0; i < 1200; i++) {
      fx.workspace.reply("C0ENG", parent, "U0BORIS", "r" + i);
    }

    ConversationsRepliesResponse byDefault = fx.bot.conversationsReplies(r -> r.channel("C0ENG").ts(parent));
    ConversationsRepliesResponse tooBig = fx.bot.conversationsReplies(r -> r.channel("C0ENG").ts(parent).limit(5000));

    assertThat(byDefault.getMessages()).hasSize(1000);
    assertThat(byDefault.isHasMore()).isTrue();
    assertThat(tooBig.getMessages()).hasSize(1000);
  }

  @Test
  void replies_asked_with_a_reply_ts_return_the_whole_thread() throws Exception {
    String parent = fx.workspace.post("C0ENG", "U0ALICE", "parent");
    String first = fx.workspace.reply("C0ENG", parent, "U0BORIS", "first");
    fx.workspace.reply("C0ENG", parent, "U0CHEN", "second");

    ConversationsRepliesResponse response = fx.bot.conversationsReplies(r -> r.channel("C0ENG").ts(first));

    assertThat(response.getMessages()).extracting(Message::getText)
        .containsExactly("parent", "first", "second");
  }

  @Test
  void history_is_newest_first_top_level_only_and_carries_thread_summaries() throws Exception {
    String a = fx.workspace.post("C0ENG", "U0ALICE", "a");
    String b = fx.workspace.post("C0ENG", "U0BORIS", "b");
    fx.workspace.reply("C0ENG", a, "U0CHEN", "reply to a");
    String c = fx.workspace.post("C0ENG", "U0CHEN", "c");

    ConversationsHistoryResponse response = fx.bot.conversationsHistory(r -> r.channel("C0ENG"));

    assertThat(response.getMessages()).extracting(Message::getTs).containsExactly(c, b, a);
    Message parent = response.getMessages().get(2);
    assertThat(parent.getThreadTs()).isEqualTo(a);
    assertThat(parent.getReplyCount()).isEqualTo(1);
    assertThat(parent.getLatestReply()).isNotBlank();
    assertThat(parent.getReplyUsers()).containsExactly("U0CHEN");
    assertThat(response.getMessages().get(0).getReplyCount()).isNull();
  }

  @Test
  void history_windows_honour_oldest_latest_and_inclusive() throws Exception {
    List<String> ts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ts.add(fx.workspace.post("C0ENG", "U0ALICE", "m" + i));
      clock.advance(Duration.ofMinutes(10));
    }

    ConversationsHistoryResponse exclusive = fx.bot.conversationsHistory(r -> r
        .channel("C0ENG").oldest(ts.get(1)).latest(ts.get(4)));
    ConversationsHistoryResponse inclusive = fx.bot.conversationsHistory(r -> r
        .channel("C0ENG").oldest(ts.get(1)).latest(ts.get(4)).inclusive(true));

    assertThat(exclusive.getMessages()).extracting(Message::getText).containsExactly("m3", "m2");
    assertThat(inclusive.getMessages()).extracting(Message::getText)
        .containsExactly("m4", "m3", "m2", "m1");
  }

  @Test
  void history_pages_walk_backwards_in_time() throws Exception {
    for (int i = 0; i < 7; i++) {
      fx.workspace.post("C0ENG", "U0ALICE", "m" + i);
    }

    List<String> texts = new ArrayList<>();
    String cursor = null;
    do {
      String page = cursor;
      ConversationsHistoryResponse response = fx.bot.conversationsHistory(r -> r
          .channel("C0ENG").limit(3).cursor(page));
      response.getMessages().forEach(m -> texts.add(m.getText()));
      cursor = response.getResponseMetadata().getNextCursor();
    } while (!cursor.isEmpty());

    assertThat(texts).containsExactly("m6", "m5", "m4", "m3", "m2", "m1", "m0");
  }

  @Test
  void a_public_channel_without_the_bot_is_not_in_channel() throws Exception {
    fx.workspace.post("C0DESIGN", "U0CHEN", "mockups");

    assertThat(fx.bot.conversationsHistory(r -> r.channel("C0DESIGN")).getError())
        .isEqualTo("not_in_channel");
  }

  @Test
  void unknown_channels_and_private_channels_without_the_bot_are_channel_not_found() throws Exception {
    fx.workspace.addChannel("C0SECRET", "secret", true, "U0ALICE");

    assertThat(fx.bot.conversationsHistory(r -> r.channel("C0NOPE")).getError())
        .isEqualTo("channel_not_found");
    assertThat(fx.bot.conversationsHistory(r -> r.channel("C0SECRET")).getError())
        .isEqualTo("channel_not_found");
    assertThat(fx.bot.conversationsInfo(r -> r.channel("C0SECRET")).getError())
        .isEqualTo("channel_not_found");
  }

  @Test
  void replies_for_a_missing_or_deleted_message_are_thread_not_found() throws Exception {
    String lonely = fx.workspace.post("C0ENG", "U0ALICE", "soon gone");
    fx.workspace.delete("C0ENG", lonely);

    assertThat(fx.bot.conversationsReplies(r -> r.channel("C0ENG").ts("1700000000.000100")).getError())
        .isEqualTo("thread_not_found");
    assertThat(fx.bot.conversationsReplies(r -> r.channel("C0ENG").ts(lonely)).getError())
        .isEqualTo("thread_not_found");
  }

  @Test
  void a_missing_required_argument_is_invalid_arguments_with_slack_detail() throws Exception {
    ConversationsRepliesResponse response = fx.bot.conversationsReplies(r -> r.channel("C0ENG"));

    assertThat(response.getError()).isEqualTo("invalid_arguments");
    assertThat(response.getResponseMetadata().getMessages())
        .containsExactly("[ERROR] missing required field: ts");
  }

  @Test
  void a_deleted_parent_with_replies_stays_as_a_tombstone() throws Exception {
    String parent = fx.workspace.post("C0ENG", "U0ALICE", "parent");
    String reply = fx.workspace.reply("C0ENG", parent, "U0BORIS", "reply");
    fx.workspace.delete("C0ENG", parent);

    ConversationsRepliesResponse thread = fx.bot.conversationsReplies(r -> r.channel("C0ENG").ts(parent));
    assertThat(thread.getMessages()).extracting(Message::getSubtype).containsExactly("tombstone", null);
    assertThat(thread.getMessages().get(0).getText()).isEqualTo("This message was deleted.");

    fx.workspace.delete("C0ENG", reply);
    assertThat(fx.bot.conversationsHistory(r -> r.channel("C0ENG")).getMessages()).isEmpty();
  }

  @Test
  void edited_messages_carry_the_new_text_and_an_edited_mark() throws Exception {
    String ts = fx.workspace.post("C0ENG", "U0ALICE", "tpyo");
    fx.workspace.edit("C0ENG", ts, "typo");

    Message message = fx.bot.conversationsHistory(r -> r.channel("C0ENG")).getMessages().get(0);

    assertThat(message.getText()).isEqualTo("typo");
    assertThat(message.getEdited()).isNotNull();
    assertThat(message.getEdited().getUser()).isEqualTo("U0ALICE");
  }

  @Test
  void info_members_and_list_describe_channels_as_the_bot_sees_them() throws Exception {
    var info = fx.bot.conversationsInfo(r -> r.channel("C0DESIGN")).getChannel();
    assertThat(info.getName()).isEqualTo("design");
    assertThat(info.isMember()).isFalse();
    assertThat(info.isPrivate()).isFalse();
    fx.workspace.archive("C0INCIDENTS");
    assertThat(fx.bot.conversationsInfo(r -> r.channel("C0INCIDENTS")).getChannel().isArchived()).isTrue();

    var members = fx.bot.conversationsMembers(r -> r.channel("C0GENERAL").limit(2));
    assertThat(members.getMembers()).hasSize(2);
    assertThat(members.getResponseMetadata().getNextCursor()).isNotEmpty();

    var publicOnly = fx.bot.conversationsList(r -> r);
    assertThat(publicOnly.getChannels()).extracting(c -> c.getName())
        .containsExactly("general", "eng", "design", "incidents");
  }

  @Test
  void list_shows_private_channels_only_when_asked_and_only_those_the_bot_is_in() throws Exception {
    fx.workspace.addChannel("C0SECRET", "secret", true, "U0ALICE");
    fx.workspace.archive("C0INCIDENTS");

    var all = fx.bot.conversationsList(r -> r.types(List.of(
        com.slack.api.model.ConversationType.PUBLIC_CHANNEL,
        com.slack.api.model.ConversationType.PRIVATE_CHANNEL)).excludeArchived(true));

    assertThat(all.getChannels()).extracting(c -> c.getName())
        .containsExactly("general", "eng", "design", "leads");
  }
}
