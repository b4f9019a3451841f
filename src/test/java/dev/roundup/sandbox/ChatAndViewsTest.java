package dev.roundup.sandbox;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewTitle;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.model.Message;
import com.slack.api.model.view.View;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatAndViewsTest {

  private final EmulatorFixture fx = new EmulatorFixture();

  @AfterEach
  void stop() throws Exception {
    fx.close();
  }

  @Test
  void bot_posts_a_placeholder_in_a_thread_then_updates_it_with_blocks() throws Exception {
    String parent = fx.workspace.post("C0ENG", "U0ALICE", "<@U0BOT> summarize please");

    ChatPostMessageResponse posted = fx.bot.chatPostMessage(r -> r
        .channel("C0ENG").threadTs(parent).text("Summarizing 1 message…"));
    assertThat(posted.isOk()).isTrue();
    assertThat(posted.getChannel()).isEqualTo("C0ENG");
    assertThat(posted.getMessage().getBotId()).isEqualTo("B0BOT");
    assertThat(posted.getMessage().getUser()).isEqualTo("U0BOT");
    assertThat(posted.getMessage().getThreadTs()).isEqualTo(parent);

    ChatUpdateResponse updated = fx.bot.chatUpdate(r -> r.channel("C0ENG").ts(posted.getTs())
        .text("Summary").blocks(asBlocks(section(s -> s.text(markdownText("*Summary*"))))));
    assertThat(updated.isOk()).isTrue();

    StoredMessage stored = fx.workspace.message("C0ENG", posted.getTs()).orElseThrow();
    assertThat(stored.text()).isEqualTo("Summary");
    assertThat(stored.edited()).isTrue();
    assertThat(stored.threadTs()).isEqualTo(parent);
    assertThat(JsonParser.parseString(stored.blocks()).getAsJsonArray().get(0).getAsJsonObject()
        .getAsJsonObject("text").get("text").getAsString()).isEqualTo("*Summary*");
    Message inThread = fx.bot.conversationsReplies(r -> r.channel("C0ENG").ts(parent))
        .getMessages().get(1);
    assertThat(inThread.getBlocks()).hasSize(1);
  }

  @Test
  void posting_fails_like_slack_where_the_bot_cannot_post() throws Exception {
    assertThat(fx.bot.chatPostMessage(r -> r.channel("C0DESIGN").text("hi")).getError())
        .isEqualTo("not_in_channel");
    assertThat(fx.bot.chatPostMessage(r -> r.channel("C0NOWHERE").text("hi")).getError())
        .isEqualTo("channel_not_found");
    assertThat(fx.bot.chatPostMessage(r -> r.channel("C0ENG")).getError()).isEqualTo("no_text");
    fx.workspace.archive("C0INCIDENTS");
    assertThat(fx.bot.chatPostMessage(r -> r.channel("C0INCIDENTS").text("hi")).getError())
        .isEqualTo("is_archived");
  }

  @Test
  void updating_a_missing_or_foreign_message_fails() throws Exception {
    String human = fx.workspace.post("C0ENG", "U0ALICE", "mine");

    assertThat(fx.bot.chatUpdate(r -> r.channel("C0ENG").ts("1600000000.000001").text("x")).getError())
        .isEqualTo("message_not_found");
    assertThat(fx.bot.chatUpdate(r -> r.channel("C0ENG").ts(human).text("x")).getError())
        .isEqualTo("cant_update_message");
  }

  @Test
  void posting_to_a_user_id_goes_to_the_direct_message_channel() throws Exception {
    ChatPostMessageResponse posted = fx.bot.chatPostMessage(r -> r.channel("U0DANA").text("digest"));

    assertThat(posted.getChannel()).startsWith("D");
    assertThat(fx.workspace.messages(posted.getChannel())).extracting(StoredMessage::text)
        .containsExactly("digest");
  }

  @Test
  void permalinks_follow_slack_format_with_thread_query_for_replies() throws Exception {
    String parent = fx.workspace.post("C0ENG", "U0ALICE", "parent");
    String reply = fx.workspace.reply("C0ENG", parent, "U0BORIS", "reply");

    String top = fx.bot.chatGetPermalink(r -> r.channel("C0ENG").messageTs(parent)).getPermalink();
    String inThread = fx.bot.chatGetPermalink(r -> r.channel("C0ENG").messageTs(reply)).getPermalink();

    assertThat(top).isEqualTo("https://roundup-sandbox.slack.com/archives/C0ENG/p"
        + parent.replace(".", ""));
    assertThat(inThread).isEqualTo("https://roundup-sandbox.slack.com/archives/C0ENG/p"
        + reply.replace(".", "") + "?thread_ts=" + parent + "&cid=C0ENG");
    assertThat(fx.bot.chatGetPermalink(r -> r.channel("C0ENG").messageTs("1.000001")).getError())
        .isEqualTo("message_not_found");
  }

  @Test
  void ephemeral_messages_are_recorded_and_never_stored() throws Exception {
    var response = fx.bot.chatPostEphemeral(r -> r.channel("C0ENG").user("U0BORIS")
        .text("Try: every Friday at 4pm summarize #eng"));

    assertThat(response.isOk()).isTrue();
    assertThat(response.getMessageTs()).isNotBlank();
    assertThat(fx.emulator.ephemerals()).singleElement().satisfies(e -> {
      assertThat(e.channel()).isEqualTo("C0ENG");
      assertThat(e.user()).isEqualTo("U0BORIS");
      assertThat(e.text()).startsWith("Try:");
    });
    assertThat(fx.workspace.messages("C0ENG")).isEmpty();
    assertThat(fx.bot.chatPostEphemeral(r -> r.channel("C0ENG").user("U0DANA").text("x")).getError())
        .isEqualTo("user_not_in_channel");
  }

  @Test
  void home_views_are_published_and_recorded_per_user() throws Exception {
    View home = view(v -> v.type("home")
        .blocks(asBlocks(section(s -> s.text(markdownText("Your digests"))))));

    var first = fx.bot.viewsPublish(r -> r.userId("U0ALICE").view(home));
    var second = fx.bot.viewsPublish(r -> r.userId("U0ALICE").view(home));

    assertThat(first.isOk()).isTrue();
    assertThat(second.getView().getId()).isEqualTo(first.getView().getId());
    assertThat(fx.emulator.publishedViews()).hasSize(2)
        .allSatisfy(p -> assertThat(p.userId()).isEqualTo("U0ALICE"))
        .allSatisfy(p -> assertThat(p.view()).contains("Your digests"));
    assertThat(fx.bot.viewsPublish(r -> r.userId("U0GHOST").view(home)).getError())
        .isEqualTo("user_not_found");
  }

  @Test
  void views_open_needs_a_trigger_from_slack_and_uses_it_once() throws Exception {
    try (RecordingApp app = new RecordingApp()) {
      fx.emulator.setAppUrl(app.url());
      fx.emulator.slashCommand("U0ALICE", "C0ENG", "/roundup", "new");
      String trigger = HttpForms.parseForm(app.last().body()).get("trigger_id");
      View modal = view(v -> v.type("modal").callbackId("new-task").title(viewTitle(t -> t
          .type("plain_text").text("New task"))));

      var opened = fx.bot.viewsOpen(r -> r.triggerId(trigger).view(modal));
      var reused = fx.bot.viewsOpen(r -> r.triggerId(trigger).view(modal));
      var invented = fx.bot.viewsOpen(r -> r.triggerId("123.456.abc").view(modal));

      assertThat(opened.isOk()).isTrue();
      assertThat(opened.getView().getCallbackId()).isEqualTo("new-task");
      assertThat(reused.getError()).isEqualTo("exchanged_trigger_id");
      assertThat(invented.getError()).isEqualTo("invalid_trigger_id");
      assertThat(fx.emulator.openedViews()).singleElement()
          .satisfies(o -> assertThat(o.triggerId()).isEqualTo(trigger));

      var updated = fx.bot.viewsUpdate(r -> r.viewId(opened.getView().getId())
          .view(view(v -> v.type("modal").callbackId("new-task")
              .title(viewTitle(t -> t.type("plain_text").text("Saved"))))));
      assertThat(updated.getView().getTitle().getText()).isEqualTo("Saved");
    }
  }

  @Test
  void users_info_gives_names_time_zone_and_admin_flag() throws Exception {
    var alice = fx.bot.usersInfo(r -> r.user("U0ALICE")).getUser();

    assertThat(alice.getName()).isEqualTo("alice");
    assertThat(alice.getRealName()).isEqualTo("Alice Moreau");
    assertThat(alice.getTz()).isEqualTo("Europe/Paris");
    assertThat(alice.getTzOffset()).isIn(3600, 7200);
    assertThat(alice.getTzLabel()).containsIgnoringCase("European");
    assertThat(alice.isAdmin()).isTrue();
    assertThat(alice.isBot()).isFalse();
    assertThat(alice.getProfile().getDisplayName()).isEqualTo("alice");
    assertThat(fx.bot.usersInfo(r -> r.user("U0BOT")).getUser().isBot()).isTrue();
    assertThat(fx.bot.usersInfo(r -> r.user("U0GHOST")).getError()).isEqualTo("user_not_found");
  }

  @Test
  void conversations_open_and_channel_names_lead_to_the_same_channels_as_ids() throws Exception {
    String dm = fx.bot.conversationsOpen(r -> r.users(List.of("U0CHEN"))).getChannel().getId();
    fx.bot.chatPostMessage(r -> r.channel(dm).text("your digest"));
    fx.bot.chatPostMessage(r -> r.channel("#eng").text("by name"));

    assertThat(fx.workspace.messages(dm)).extracting(StoredMessage::text).containsExactly("your digest");
    assertThat(fx.workspace.messages("C0ENG")).extracting(StoredMessage::text).containsExactly("by name");
    assertThat(fx.bot.conversationsOpen(r -> r.users(List.of("U0GHOST"))).getError())
        .isEqualTo("user_not_found");
  }
}
