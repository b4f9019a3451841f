package dev.roundup.digest;

import static dev.roundup.digest.DigestTestBed.ALICE;
import static dev.roundup.digest.DigestTestBed.BORIS;
import static dev.roundup.digest.DigestTestBed.DANA;
import static dev.roundup.digest.DigestTestBed.ENG;
import static dev.roundup.digest.DigestTestBed.INCIDENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.sandbox.Interactions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /digest end to end through the Slack emulator: subscribe, list, preview, edit, delete, refusals. */
class DigestCommandFlowTest {

  private DigestTestBed bed;

  @BeforeEach
  void start() throws Exception {
    bed = new DigestTestBed();
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  @Test
  void subscribing_creates_a_friday_dm_digest_in_the_callers_zone_that_list_shows() {
    String created = bed.command(ALICE, "<#C0ENG|eng> <#C0INCIDENTS|incidents> focus \"billing, risks\"");

    assertThat(created).contains("Digest 1 created").contains("<#C0ENG>").contains("<#C0INCIDENTS>")
        .contains("by DM").contains("Europe/Paris").contains("billing, risks");
    // Default schedule: Friday 16:00 in Alice's zone (Paris), the first one this week.
    assertThat(created).contains("Fri 20 Nov 16:00");

    String list = bed.command(ALICE, "list");
    assertThat(list).contains("1. <#C0ENG>, <#C0INCIDENTS>").contains("next Fri 20 Nov 16:00");
    assertThat(bed.command(BORIS, "list")).contains("no digests");
  }

  @Test
  void schedule_and_destination_options_are_read_in_any_order() {
    String created = bed.command(ALICE, "to <#C0GENERAL|general> <#C0ENG|eng> every monday at 9am");

    assertThat(created).contains("Digest 1 created").contains("posted in <#C0GENERAL>")
        .contains("Mon 23 Nov 09:00");
  }

  @Test
  void preview_builds_the_digest_now_from_what_was_said_this_week() {
    bed.slack.setMessageEvents(true);
    String parent = bed.workspace.post(ENG, ALICE, "Should we ship the billing migration on Thursday?");
    bed.posts(ENG, parent, BORIS, "Yes, the billing migration is ready, I tested it.");
    bed.posts(ENG, null, BORIS, "Lunch anyone?");
    bed.command(ALICE, "<#C0ENG|eng> focus \"billing\"");
    bed.clock.advance(Duration.ofMinutes(5));

    int before = bed.slack.responseUrlPosts().size();
    bed.slack.slashCommand(ALICE, DigestTestBed.GENERAL, "/digest", "preview 1");
    await().atMost(Duration.ofSeconds(20)).until(() -> bed.slack.responseUrlPosts().size() > before);

    String preview = String.join("\n", bed.postsSince(before));
    assertThat(preview).contains("Roundup for").contains("#eng").contains("Focus: billing")
        .contains("billing migration");
    // Items link to their source message.
    assertThat(preview).contains("/archives/C0ENG/p" + parent.replace(".", ""));
  }

  @Test
  void edit_changes_only_what_is_given_and_delete_removes_it() {
    bed.command(ALICE, "<#C0ENG|eng>");

    String edited = bed.command(ALICE, "edit 1 <#C0INCIDENTS|incidents> every tuesday at 10am");
    assertThat(edited).contains("Digest 1 updated").contains("<#C0INCIDENTS>")
        .doesNotContain("<#C0ENG>").contains("by DM");
    assertThat(bed.command(ALICE, "list")).contains("next Tue 17 Nov 10:00");

    assertThat(bed.command(ALICE, "delete 1")).contains("Digest 1 deleted");
    assertThat(bed.command(ALICE, "list")).contains("no digests");
    assertThat(bed.command(ALICE, "delete 1")).contains("no digests");
  }

  @Test
  void a_digest_keeps_its_number_when_another_is_deleted_and_numbers_are_the_owners_alone() {
    long first = number(bed.command(ALICE, "<#C0ENG|eng>"));
    long second = number(bed.command(ALICE, "<#C0INCIDENTS|incidents>"));
    long third = number(bed.command(ALICE, "<#C0ENG|eng> focus \"launches\""));
    assertThat(bed.command(ALICE, "delete " + first)).contains("Digest " + first + " deleted");
    // the one announced as the second is still the second: deleting it leaves the third
    assertThat(bed.command(ALICE, "delete " + second)).contains("Digest " + second + " deleted", "<#C0INCIDENTS>");
    assertThat(bed.command(ALICE, "list")).contains(third + ". <#C0ENG>", "launches").doesNotContain("<#C0INCIDENTS>");
    // another person's digest number is answered as a number that does not exist
    assertThat(bed.command(BORIS, "delete " + third)).contains("no digests");
    long boris = number(bed.command(BORIS, "<#C0GENERAL|general>"));
    assertThat(bed.command(BORIS, "delete " + third)).contains("You have no digest " + third + "; yours are " + boris);
    assertThat(bed.command(ALICE, "list")).contains(third + ". <#C0ENG>");
  }

  @Test
  void a_digest_more_often_than_the_summary_floor_or_with_nothing_it_may_post_is_refused() {
    assertThat(bed.command(ALICE, "<#C0ENG|eng> every minute to <#C0GENERAL|general>"))
        .contains("A recurring digest may run at most every", "Pick a longer interval").doesNotContain("created");
    // Alice is in #leads, but #general's members are not all in it: nothing could be posted
    assertThat(bed.command(ALICE, "<#C0LEADS|leads> to <#C0GENERAL|general>"))
        .contains("<#C0LEADS> is private", "nothing to post there").doesNotContain("created");
    // with one channel that may go there, the other is left out with a note
    assertThat(bed.command(ALICE, "<#C0LEADS|leads> <#C0ENG|eng> to <#C0GENERAL|general>"))
        .contains("created", "left out of that digest");
  }

  @Test
  void a_schedule_said_as_people_say_it_is_understood() {
    assertThat(bed.command(ALICE, "<#C0ENG|eng> daily at 9am")).contains("created", "every day at 9:00 AM");
    assertThat(bed.command(ALICE, "<#C0ENG|eng> mondays at 9am")).contains("created", "every Monday at 9:00 AM");
  }

  @Test
  void the_same_digest_asked_for_twice_is_pointed_at_not_made_again() {
    long first = number(bed.command(ALICE, "<#C0ENG|eng> <#C0INCIDENTS|incidents> focus \"launches and risks\""));

    // the same channels in another order, the same focus in other case and spacing: the same roundup
    String again = bed.command(ALICE, "<#C0INCIDENTS|incidents> <#C0ENG|eng> focus \"Launches  and risks\"");

    assertThat(again).contains("You already have this digest: " + first).doesNotContain("created");
    assertThat(bed.command(ALICE, "list")).contains(first + ". <#C0ENG>").doesNotContain((first + 1) + ". <#");
    // another schedule, another place or another person is another digest
    assertThat(bed.command(ALICE, "<#C0ENG|eng> <#C0INCIDENTS|incidents> focus \"launches and risks\" every monday at 9am"))
        .contains("created");
    assertThat(bed.command(ALICE, "<#C0ENG|eng> <#C0INCIDENTS|incidents> focus \"launches and risks\" to <#C0GENERAL|general>"))
        .contains("created");
    assertThat(bed.command(ALICE, "<#C0ENG|eng> <#C0INCIDENTS|incidents> focus \"risks\""))
        .as("another focus is another digest").contains("created");
    assertThat(bed.command(BORIS, "<#C0ENG|eng> <#C0INCIDENTS|incidents> focus \"launches and risks\"")).contains("created");
  }

  private static long number(String created) {
    assertThat(created).contains("created");
    return Long.parseLong(created.replaceAll("(?s).*Digest (\\d+) created.*", "$1"));
  }

  @Test
  void edit_without_settings_opens_the_form_and_its_submission_saves() {
    bed.command(ALICE, "<#C0ENG|eng>");
    bed.slack.slashCommand(ALICE, DigestTestBed.GENERAL, "/digest", "edit 1");
    await().atMost(Duration.ofSeconds(20)).until(() -> !bed.slack.openedViews().isEmpty());
    assertThat(bed.slack.openedViews().get(0).view()).contains("digest_form")
        .contains("multi_conversations_select").contains("\"initial_conversations\":[\"C0ENG\"]");

    var answer = bed.slack.interaction(Interactions.viewSubmission(ALICE, DigestForm.CALLBACK_ID, "1",
        Map.of("channels", Map.of("value", List.of("C0INCIDENTS")),
            "schedule", Map.of("value", "every wednesday at 8am"),
            "focus", Map.of("value", "outages"))));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(bed.command(ALICE, "list")).contains("<#C0INCIDENTS>").contains("outages")
        .contains("Wed 18 Nov 08:00");
    // The form closed at once; what was saved follows in the person's DM.
    await().atMost(Duration.ofSeconds(20)).until(() -> bed.dms(ALICE).stream()
        .anyMatch(m -> DigestTestBed.content(m).contains("<#C0INCIDENTS>")));
  }

  @Test
  void a_form_with_a_channel_the_caller_is_not_in_is_refused_on_the_form() {
    var answer = bed.slack.interaction(Interactions.viewSubmission(BORIS, DigestForm.CALLBACK_ID, "new",
        Map.of("channels", Map.of("value", List.of("C0LEADS")))));
    assertThat(answer.body()).contains("errors").contains("see that private channel for you").doesNotContain("leads");
  }

  @Test
  void refusals_say_why_and_what_to_do() {
    assertThat(bed.command(ALICE, "every friday at 4pm")).contains("Name at least one channel");
    // Dana is in #design but Roundup is not.
    assertThat(bed.command(DANA, "<#C0DESIGN|design>")).contains("I'm not in <#C0DESIGN>")
        .contains("/invite @roundup");
    // Boris is not in the private #leads.
    assertThat(bed.command(BORIS, "<#C0LEADS|leads>")).contains("I can't see <#C0LEADS> for you");
    assertThat(bed.command(ALICE, "<#C0ENG|eng> every blursday")).contains("can't use that schedule");
    assertThat(bed.command(ALICE, "<#C0ENG|eng> every tomorrow at 3pm")).containsAnyOf(
        "repeating schedule", "can't use that schedule");
    assertThat(bed.command(ALICE, "help")).contains("/digest list").contains("/digest preview");
    assertThat(bed.command(ALICE, "list")).contains("no digests");
  }

  @Test
  void a_refused_schedule_names_the_word_and_gives_examples_a_digest_takes() {
    assertThat(bed.command(ALICE, "<#C0ENG|eng> every wendesday"))
        .contains("can't use that schedule", "'wendesday'", "did you mean Wednesday?", "every friday at 4pm")
        .doesNotContain("tomorrow at 3pm");
  }

  @Test
  void the_app_home_lists_the_callers_digests() {
    bed.command(ALICE, "<#C0INCIDENTS|incidents>");
    bed.slack.appHomeOpened(ALICE);
    await().atMost(Duration.ofSeconds(20)).until(() -> !bed.slack.publishedViews().isEmpty());
    String home = bed.slack.publishedViews().get(bed.slack.publishedViews().size() - 1).view();
    assertThat(home).contains("Your digests").contains(INCIDENTS).contains("next Fri 20 Nov 16:00");
  }

  private String previewText(String user, String text) {
    int before = bed.slack.responseUrlPosts().size();
    bed.slack.slashCommand(user, DigestTestBed.GENERAL, "/digest", text);
    await().atMost(Duration.ofSeconds(20)).until(() -> bed.postsSince(before).stream()
        .anyMatch(p -> p.contains("Roundup for") || p.contains("Nothing was said") || p.contains("no digest")));
    // the notes after the digest come in posts of their own
    await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
    return String.join("\n", bed.postsSince(before));
  }

  @Test
  void the_preview_of_a_channel_digest_shows_what_the_post_shows_and_names_what_it_leaves_out() {
    bed.slack.setMessageEvents(true);
    bed.posts(DigestTestBed.LEADS, null, DANA, "Confidential: the reorg is announced on Friday.");
    bed.posts(ENG, null, BORIS, "We decided to freeze the release branch on Wednesday.");
    // Boris, not in the private #leads, cannot put it in a digest at all
    assertThat(bed.command(BORIS, "<#C0LEADS|leads> <#C0ENG|eng> to <#C0GENERAL|general>"))
        .contains("I can't see <#C0LEADS> for you").doesNotContain("created");
    long id = number(bed.command(ALICE, "<#C0LEADS|leads> <#C0ENG|eng> to <#C0GENERAL|general>"));
    bed.clock.advance(Duration.ofMinutes(5));

    String preview = previewText(ALICE, "preview " + id);

    // #general's members are not all in #leads: the post leaves it out, so the preview does too
    assertThat(preview).contains("freeze the release branch").doesNotContain("reorg")
        .contains("Digest set up by <@U0ALICE>")
        .contains("Left out of this digest: <#C0LEADS> was left out: it is private and not everyone in <#C0GENERAL>");

    // a DM digest of the same channels carries #leads: Alice is in it
    long dm = number(bed.command(ALICE, "<#C0LEADS|leads> <#C0ENG|eng>"));
    assertThat(previewText(ALICE, "preview " + dm)).contains("#leads: 1 message").doesNotContain("Left out");
  }

  @Test
  void the_same_digest_asked_for_on_another_day_or_to_me_is_the_one_already_there() {
    long first = number(bed.command(ALICE, "<#C0GENERAL|general>"));
    // Wednesday, then Friday evening after that week's digest: the schedule read anew has another
    // start date, but runs at the same times
    bed.clock.set(java.time.Instant.parse("2026-11-20T17:30:00Z"));
    assertThat(bed.command(ALICE, "<#C0GENERAL|general>"))
        .contains("You already have this digest: " + first).doesNotContain("created");
    assertThat(bed.command(ALICE, "<#C0GENERAL|general> every friday at 4pm to me"))
        .contains("You already have this digest: " + first);
    assertThat(bed.command(ALICE, "<#C0GENERAL|general> every friday at 4pm"))
        .contains("You already have this digest: " + first);
    // every other Friday runs on half the days: another digest
    assertThat(bed.command(ALICE, "<#C0GENERAL|general> every other friday at 4pm")).contains("created");
    assertThat(bed.command(ALICE, "list")).contains(first + ". <#C0GENERAL>");
  }

  @Test
  void a_bare_weekly_gets_the_default_day_and_time_not_todays() {
    // Monday 16 Nov: "weekly" read alone would be every Monday at 9:00
    assertThat(bed.command(ALICE, "<#C0ENG|eng> weekly")).contains("created", "every Friday at 4:00 PM")
        .contains("Fri 20 Nov 16:00");
    assertThat(bed.command(ALICE, "<#C0INCIDENTS|incidents> every week")).contains("every Friday at 4:00 PM");
    // a day or a time said is kept
    assertThat(bed.command(ALICE, "<#C0GENERAL|general> weekly on tuesday at 10am")).contains("Tue 17 Nov 10:00");
  }

  @Test
  void unsubscribe_and_run_are_understood_and_run_posts_where_the_digest_goes() {
    bed.slack.setMessageEvents(true);
    bed.posts(DigestTestBed.LEADS, null, DANA, "Confidential: the reorg is announced on Friday.");
    bed.posts(ENG, null, BORIS, "We decided to freeze the release branch on Wednesday.");
    long id = number(bed.command(ALICE, "<#C0LEADS|leads> <#C0ENG|eng> to <#C0GENERAL|general>"));
    // another person's number is no digest of theirs to run
    assertThat(bed.command(BORIS, "run " + id)).contains("no digests");
    bed.clock.advance(Duration.ofMinutes(5));

    assertThat(bed.command(ALICE, "run " + id)).contains("Posting digest " + id + " in <#C0GENERAL> now")
        .contains("Left out: <#C0LEADS>");
    await().atMost(Duration.ofSeconds(20)).until(() -> bed.workspace.messages(DigestTestBed.GENERAL).stream()
        .anyMatch(m -> bed.workspace.botUserId().equals(m.user()) && DigestTestBed.content(m).contains("Roundup for")));
    String posted = bed.workspace.messages(DigestTestBed.GENERAL).stream()
        .filter(m -> bed.workspace.botUserId().equals(m.user())).map(DigestTestBed::content)
        .reduce("", String::concat);
    assertThat(posted).contains("freeze the release branch").doesNotContain("reorg");
    // the schedule stays as it was
    assertThat(bed.command(ALICE, "list")).contains("next Fri 20 Nov 16:00");

    assertThat(bed.command(ALICE, "unsubscribe " + id)).contains("Digest " + id + " deleted");
    assertThat(bed.command(ALICE, "help")).contains("/digest run");
  }

  @Test
  void an_archived_channel_is_refused_as_a_destination_and_noted_as_a_source() {
    bed.workspace.addChannel("C0OLD", "old-launch", false, ALICE, BORIS, bed.workspace.botUserId());
    bed.workspace.archive("C0OLD");

    assertThat(bed.command(ALICE, "<#C0GENERAL|general> to <#C0OLD|old-launch>"))
        .contains("<#C0OLD> is archived", "nothing can be posted there").doesNotContain("created");
    var form = bed.slack.interaction(Interactions.viewSubmission(ALICE, DigestForm.CALLBACK_ID, "new",
        Map.of("channels", Map.of("value", List.of("C0GENERAL")),
            "destination", Map.of("value", "#old-launch"))));
    assertThat(form.body()).contains("errors", "old-launch is archived");

    assertThat(bed.command(ALICE, "<#C0OLD|old-launch>")).contains("created")
        .contains("<#C0OLD> is archived, so it will have no new messages");
  }
}
