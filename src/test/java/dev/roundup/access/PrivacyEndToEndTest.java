package dev.roundup.access;

import static dev.roundup.access.PrivacyBed.ALICE;
import static dev.roundup.access.PrivacyBed.BORIS;
import static dev.roundup.access.PrivacyBed.DANA;
import static dev.roundup.access.PrivacyBed.ENG;
import static dev.roundup.access.PrivacyBed.GENERAL;
import static dev.roundup.access.PrivacyBed.LEADS;
import static dev.roundup.access.PrivacyBed.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.tasks.Task;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The privacy rule on every entry point, driving the real app through the Slack emulator. For each
 * one: a non-member first, a member of a public channel where that matters, a former member (who
 * left after setting something up), and a private channel sent where its members are not the
 * audience. Each case is refused or filtered with the reason told to the requester, and every
 * test ends by checking that the secret said in the private #leads reached no one outside it.
 * Suggestions, whose entry point is the nightly run rather than a request, have their cases in
 * {@code suggest.SuggestionsEndToEndTest.Guards}, a non-member first.
 */
class PrivacyEndToEndTest {

  private PrivacyBed bed;

  @BeforeEach
  void start() throws Exception {
    bed = new PrivacyBed();
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  private void nothingLeaked() {
    assertThat(bed.placesTheSecretReached()).as("places outside #leads the secret reached").isEmpty();
  }

  @Nested
  class Mentions {

    @Test
    void a_non_member_naming_a_private_channel_is_refused() {
      String reply = bed.mention(BORIS, GENERAL, "summarize <#C0LEADS|leads> 7d");
      assertThat(reply).contains("I can't see <#C0LEADS> for you");
      nothingLeaked();
    }

    @Test
    void a_private_channel_one_is_not_in_is_refused_in_the_words_of_one_that_does_not_exist() {
      // Trying ids must not tell which private channels exist: every path answers both alike.
      assertThat(bed.mention(BORIS, GENERAL, "summarize <#C0LEADS> 7d").replace("C0LEADS", "C0X"))
          .isEqualTo(bed.mention(BORIS, GENERAL, "summarize <#C0NOPE> 7d").replace("C0NOPE", "C0X"));
      assertThat(bed.command(BORIS, "/summarize", "<#C0LEADS> 7d").replace("C0LEADS", "C0X"))
          .isEqualTo(bed.command(BORIS, "/summarize", "<#C0NOPE> 7d").replace("C0NOPE", "C0X"));
      assertThat(bed.command(BORIS, "/task", "every day at 9am remind <#C0LEADS> to stand up")
          .replace("C0LEADS", "C0X")).isEqualTo(bed.command(BORIS, "/task",
              "every day at 9am remind <#C0NOPE> to stand up").replace("C0NOPE", "C0X"));
      // nor which ones are archived
      bed.workspace.addChannel("C0VAULT", "vault", true, ALICE, bed.workspace.botUserId());
      bed.workspace.archive("C0VAULT");
      assertThat(bed.command(BORIS, "/task", "every day at 9am remind <#C0VAULT> to stand up")
          .replace("C0VAULT", "C0X")).isEqualTo(bed.command(BORIS, "/task",
              "every day at 9am remind <#C0NOPE> to stand up").replace("C0NOPE", "C0X"));
      assertThat(bed.command(ALICE, "/task", "every day at 9am remind <#C0VAULT> to stand up"))
          .contains("<#C0VAULT> is archived");
      String forms = bed.submit(BORIS, "task_modal", "", Map.of(
          "task_what", Map.of("what", "summarize <#C0LEADS>"), "task_when", Map.of("when", "every day at 9am")));
      assertThat(forms).isEqualTo(bed.submit(BORIS, "task_modal", "", Map.of(
          "task_what", Map.of("what", "summarize <#C0NOPE>"), "task_when", Map.of("when", "every day at 9am"))));
      nothingLeaked();
    }

    @Test
    void a_non_member_naming_a_public_channel_is_refused_too() {
      String reply = bed.mention(PrivacyBed.DANA, GENERAL, "summarize <#C0ENG|eng> 7d");
      assertThat(reply).contains("You're not a member of <#C0ENG>").doesNotContain("release branch");
      nothingLeaked();
    }

    @Test
    void a_member_summarizing_a_private_channel_into_a_wider_channel_is_refused() {
      String reply = bed.mention(ALICE, GENERAL, "summarize <#C0LEADS|leads> 7d");
      assertThat(reply).contains("<#C0LEADS> is private and not everyone in <#C0GENERAL>");
      nothingLeaked();
    }

    @Test
    void a_member_summarizing_the_private_channel_inside_it_gets_the_summary() {
      String reply = bed.mention(DANA, LEADS, "summarize 7d");
      assertThat(reply).contains("reorg");
      nothingLeaked();
    }
  }

  @Nested
  class SummarizeCommand {

    @Test
    void a_non_member_is_refused_and_a_member_gets_an_answer_only_they_see() {
      assertThat(bed.command(BORIS, "/summarize", "<#C0LEADS|leads> 7d"))
          .contains("I can't see <#C0LEADS> for you").doesNotContain("reorg");
      assertThat(bed.command(DANA, "/summarize", "<#C0ENG|eng> 7d"))
          .contains("You're not a member of <#C0ENG>");
      assertThat(bed.command(ALICE, "/summarize", "<#C0LEADS|leads> 7d")).contains("reorg");
      nothingLeaked();
    }

    @Test
    void in_a_direct_message_it_says_it_reads_no_dms_and_how_to_name_a_channel() {
      String dm = bed.workspace.directChannel(BORIS).id();

      String answer = bed.commandIn(dm, BORIS, "/summarize", "");

      assertThat(answer).contains("I don't read direct messages").contains("/summarize #channel")
          .doesNotContain("invite");
      assertThat(bed.commandIn(dm, BORIS, "/ask", "who owns the pager?"))
          .contains("I don't read direct messages").contains("/ask #channel").doesNotContain("invite");
      // Naming a channel from the DM still goes through the access rule.
      assertThat(bed.commandIn(dm, BORIS, "/summarize", "<#C0LEADS|leads> 7d"))
          .contains("I can't see <#C0LEADS> for you").doesNotContain("reorg");
      nothingLeaked();
    }

    @Test
    void a_former_member_is_refused_as_soon_as_slack_reports_the_leave() {
      assertThat(bed.command(ALICE, "/summarize", "<#C0LEADS|leads> 7d")).contains("reorg");
      bed.slack.userLeaves(LEADS, ALICE);
      // No clock movement: the member_left_channel event itself refreshes the rule.
      await().atMost(WAIT).untilAsserted(() -> assertThat(
          bed.command(ALICE, "/summarize", "<#C0LEADS|leads> 7d")).contains("I can't see <#C0LEADS> for you"));
      bed.slack.userJoins(LEADS, ALICE);
      await().atMost(WAIT).untilAsserted(() -> assertThat(
          bed.command(ALICE, "/summarize", "<#C0LEADS|leads> 7d")).contains("reorg"));
    }
  }

  @Nested
  class TaskCommand {

    @Test
    void a_non_member_cannot_set_up_a_summary_of_a_private_channel() {
      assertThat(bed.command(BORIS, "/task", "every day at 9am summarize <#C0LEADS|leads>"))
          .contains("I can't see <#C0LEADS> for you").doesNotContain("Confirm");
      assertThat(bed.command(BORIS, "/task", "summarize <#C0LEADS|leads> every Friday at 4pm"))
          .contains("I can't see <#C0LEADS> for you");
      assertThat(bed.command(BORIS, "/task", "every day at 9am digest <#C0LEADS|leads>"))
          .contains("I can't see <#C0LEADS> for you");
      assertThat(taskCount()).isZero();
      nothingLeaked();
    }

    @Test
    void a_private_channel_typed_by_name_is_unknown_to_a_non_member_as_a_name_that_names_nothing() {
      String leads = bed.command(BORIS, "/task", "every day at 9am summarize #leads");
      String nothing = bed.command(BORIS, "/task", "every day at 9am summarize #nosuchchannel");
      assertThat(leads).isEqualTo(nothing.replace("nosuchchannel", "leads")).doesNotContain("C0LEADS");
      String remind = bed.command(BORIS, "/task", "every day at 9am remind #leads to send figures");
      assertThat(remind).isEqualTo(bed.command(BORIS, "/task", "every day at 9am remind #nosuchchannel to send figures")
          .replace("nosuchchannel", "leads")).doesNotContain("C0LEADS");
      // a member typing the same name gets the channel
      assertThat(bed.command(ALICE, "/task", "every day at 9am summarize #leads")).contains("<#C0LEADS>", "please check");
      assertThat(taskCount()).isZero();
      nothingLeaked();
    }

    @Test
    void a_non_member_cannot_have_roundup_post_into_a_channel() {
      assertThat(bed.command(BORIS, "/task", "every day at 9am remind <#C0LEADS|leads> to send figures"))
          .contains("I can't see <#C0LEADS> for you");
      assertThat(bed.command(BORIS, "/task",
          "summarize <#C0GENERAL|general> every day at 9am to <#C0LEADS|leads>"))
          .contains("I can't see <#C0LEADS> for you");
      assertThat(taskCount()).isZero();
      nothingLeaked();
    }

    @Test
    void a_member_cannot_send_a_private_channel_where_others_would_read_it() {
      assertThat(bed.command(ALICE, "/task", "summarize <#C0LEADS|leads> every day at 9am to <#C0GENERAL|general>"))
          .contains("<#C0LEADS> is private and not everyone in <#C0GENERAL> is a member of it");
      assertThat(taskCount()).isZero();
      nothingLeaked();
    }

    @Test
    void a_forged_confirmation_is_checked_again_when_clicked() {
      String confirmation = bed.command(BORIS, "/task", "every day at 9am summarize <#C0GENERAL|general>");
      assertThat(confirmation).contains("please check");
      String forged = bed.buttonValue(BORIS, "task_confirm").replace(GENERAL, LEADS);
      assertThat(bed.click(BORIS, "task_confirm", forged)).contains("I can't see <#C0LEADS> for you");
      assertThat(taskCount()).isZero();
      nothingLeaked();
    }

    @Test
    void the_form_refuses_a_channel_its_sender_is_not_in_without_naming_it() {
      String answer = bed.submit(BORIS, "task_modal", "", Map.of(
          "task_what", Map.of("what", "summarize <#C0LEADS|leads>"),
          "task_when", Map.of("when", "every day at 9am")));
      assertThat(answer).contains("errors").contains("see that private channel for you")
          .doesNotContain("leads");
      assertThat(taskCount()).isZero();
      nothingLeaked();
    }

    @Test
    void editing_a_task_to_read_a_private_channel_for_a_wider_channel_is_refused() {
      long id = createTask(ALICE, "every day at 9am summarize <#C0ENG|eng> to <#C0GENERAL|general>");
      String answer = bed.submit(ALICE, "task_modal", String.valueOf(id), Map.of(
          "task_what", Map.of("what", "summarize <#C0LEADS|leads> to <#C0GENERAL|general>"),
          "task_when", Map.of("when", "every day at 9am")));
      assertThat(answer).contains("errors").contains("#leads is private")
          // shown under what the task reads, not under its schedule
          .contains("\"task_what\"").doesNotContain("\"task_when\"");
      assertThat(task(id).targets()).containsExactly(ENG);
      nothingLeaked();
    }

    @Test
    void a_former_member_s_task_is_paused_at_its_next_run_with_the_reason_and_nothing_is_read() {
      long id = createTask(ALICE, "every day at 9am summarize <#C0LEADS|leads>");
      bed.slack.userLeaves(LEADS, ALICE);
      bed.clock.set(task(id).nextRunAt().plusSeconds(5));
      bed.roundup.tasks().runDue();

      assertThat(task(id).paused()).isTrue();
      assertThat(task(id).pauseReason()).contains("none of its channels can be read for you");
      assertThat(bed.dms(ALICE)).anySatisfy(dm -> assertThat(dm).contains("I paused your task " + id)
          .contains("<#C0LEADS> was left out: I can't see it for you"));
      assertThat(bed.dms(ALICE)).noneSatisfy(dm -> assertThat(dm).contains("reorg"));
      assertThat(bed.command(ALICE, "/task", "list")).contains("paused by Roundup");
      // Resuming is checked too: still not a member, still refused.
      assertThat(bed.command(ALICE, "/task", "resume " + id)).contains("can't run")
          .contains("I can't see <#C0LEADS> for you");
      // Run now goes through the same rule.
      assertThat(bed.command(ALICE, "/task", "run " + id)).contains("can't run");
      nothingLeaked();
    }

    @Test
    void a_former_member_s_multi_channel_task_runs_without_the_channel_and_says_so_once() {
      long id = createTask(ALICE, "every day at 9am summarize <#C0LEADS|leads> <#C0ENG|eng>");
      bed.slack.userLeaves(LEADS, ALICE);
      bed.clock.set(task(id).nextRunAt().plusSeconds(5));
      bed.roundup.tasks().runDue();
      bed.posts(ENG, BORIS, "Staging deploy finished without errors.");
      bed.clock.set(task(id).nextRunAt().plusSeconds(5));
      bed.roundup.tasks().runDue();

      assertThat(task(id).paused()).isFalse();
      List<String> dms = bed.dms(ALICE);
      assertThat(dms).anySatisfy(dm -> assertThat(dm).contains("release branch"));
      assertThat(dms).anySatisfy(dm -> assertThat(dm).contains("Staging deploy"));
      assertThat(dms.stream().filter(dm -> dm.contains("ran without some of its channels")))
          .singleElement().satisfies(dm -> assertThat(dm).contains("<#C0LEADS> was left out"));
      assertThat(bed.command(ALICE, "/task", "list")).contains("leaving out");
      nothingLeaked();
    }

    @Test
    void a_task_posting_into_a_channel_its_owner_left_is_paused_and_posts_nothing() {
      long id = createTask(DANA, "every day at 9am remind <#C0LEADS|leads> to send the figures");
      bed.slack.userLeaves(LEADS, DANA);
      bed.clock.set(task(id).nextRunAt().plusSeconds(5));
      bed.roundup.tasks().runDue();

      assertThat(task(id).paused()).isTrue();
      assertThat(task(id).pauseReason()).contains("I can't see <#C0LEADS> for you");
      assertThat(bed.botPostsIn(LEADS)).noneSatisfy(m -> assertThat(m).contains("send the figures"));
      nothingLeaked();
    }

    @Test
    void app_home_run_now_applies_the_rule_and_the_home_shows_why_the_task_stopped() {
      long id = createTask(ALICE, "every day at 9am summarize <#C0LEADS|leads>");
      bed.slack.userLeaves(LEADS, ALICE);
      bed.clickInHome(ALICE, "task_home_run", String.valueOf(id));
      await().atMost(WAIT).until(() -> task(id).paused());
      bed.slack.appHomeOpened(ALICE);
      await().atMost(WAIT).untilAsserted(() -> assertThat(bed.slack.publishedViews())
          .anySatisfy(v -> assertThat(v.view()).contains("paused by Roundup")));
      nothingLeaked();
    }
  }

  @Nested
  class DigestCommand {

    @Test
    void a_non_member_cannot_subscribe_to_a_private_channel_or_post_a_digest_into_it() {
      assertThat(bed.command(BORIS, "/digest", "<#C0LEADS|leads>")).contains("I can't see <#C0LEADS> for you");
      assertThat(bed.command(BORIS, "/digest", "<#C0ENG|eng> to <#C0LEADS|leads>"))
          .contains("I can't see <#C0LEADS> for you");
      assertThat(bed.command(BORIS, "/digest", "list")).contains("no digests");
      nothingLeaked();
    }

    @Test
    void a_private_channel_typed_by_name_is_unknown_to_a_non_member_as_a_name_that_names_nothing() {
      String leads = bed.command(BORIS, "/digest", "#eng #leads");
      assertThat(leads).isEqualTo(bed.command(BORIS, "/digest", "#eng #nosuchchannel").replace("nosuchchannel", "leads"))
          .doesNotContain("C0LEADS");
      String to = bed.command(BORIS, "/digest", "#eng to #leads");
      assertThat(to).isEqualTo(bed.command(BORIS, "/digest", "#eng to #nosuchchannel").replace("nosuchchannel", "leads"))
          .doesNotContain("C0LEADS");
      assertThat(bed.command(BORIS, "/digest", "list")).contains("no digests");
      nothingLeaked();
    }

    @Test
    void the_form_refuses_a_private_channel_for_a_non_member_without_naming_it() {
      String answer = bed.submit(BORIS, "digest_form", "new",
          Map.of("channels", Map.of("value", List.of(LEADS))));
      assertThat(answer).contains("errors").contains("see that private channel for you")
          .doesNotContain("leads");
      nothingLeaked();
    }

    @Test
    void an_org_digest_leaves_out_the_private_channel_and_tells_only_its_owner() {
      assertThat(bed.command(ALICE, "/digest", "<#C0LEADS|leads> <#C0ENG|eng> to <#C0GENERAL|general>"))
          .contains("Digest 1 created").contains("will be left out of that digest");
      bed.clock.advance(Duration.ofDays(5));
      bed.roundup.digests().runDue();
      // The digest and the owner's note go out through the outbound queue, one after the other.
      await().atMost(WAIT).untilAsserted(() -> assertThat(bed.botPostsIn(GENERAL))
          .anySatisfy(m -> assertThat(m).contains("#eng: 1 message")));
      await().atMost(WAIT).untilAsserted(() -> assertThat(bed.dms(ALICE))
          .anySatisfy(m -> assertThat(m).contains("<#C0LEADS> was left out")));
      nothingLeaked();
    }

    @Test
    void a_former_member_s_digest_and_its_preview_leave_the_channel_out() {
      assertThat(bed.command(ALICE, "/digest", "<#C0LEADS|leads> <#C0ENG|eng>")).contains("Digest 1 created");
      bed.slack.userLeaves(LEADS, ALICE);
      assertThat(bed.command(ALICE, "/digest", "preview 1")).doesNotContain("reorg");
      bed.clock.advance(Duration.ofDays(5));
      bed.roundup.digests().runDue();
      await().atMost(WAIT).untilAsserted(() -> assertThat(bed.dms(ALICE))
          .anySatisfy(m -> assertThat(m).contains("#eng: 1 message")
              .contains("<#C0LEADS> was left out: I can't see it for you")));
      assertThat(bed.dms(ALICE)).noneSatisfy(m -> assertThat(m).contains("reorg"));
      nothingLeaked();
    }
  }

  private long createTask(String person, String text) {
    assertThat(bed.command(person, "/task", text)).contains("please check");
    String saved = bed.click(person, "task_confirm", bed.buttonValue(person, "task_confirm"));
    assertThat(saved).contains("saved");
    return Long.parseLong(saved.replaceAll("(?s).*Task (\\d+) saved.*", "$1"));
  }

  private Task task(long id) {
    return bed.roundup.tasks().repository().find(id).orElseThrow();
  }

  private int taskCount() {
    return bed.roundup.tasks().repository().all(100).size();
  }
}
