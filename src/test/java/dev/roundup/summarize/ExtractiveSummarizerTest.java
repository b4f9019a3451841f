package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.slack.SlackText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExtractiveSummarizerTest {

  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

  static Stream<String> threads() {
    return Threads.ALL.stream();
  }

  private static List<Point> allPoints(Summary summary) {
    List<Point> points = new ArrayList<>(summary.highlights());
    points.addAll(summary.decisions());
    points.addAll(summary.openQuestions());
    return points;
  }

  @ParameterizedTest
  @MethodSource("threads")
  void every_source_is_a_ts_of_the_input_and_every_owner_a_user_of_it(String thread) {
    Conversation conversation = Threads.load(thread);
    Set<String> ts = new HashSet<>();
    Set<String> users = new HashSet<>(conversation.participants());
    for (Message m : conversation.messages()) {
      ts.add(m.ts());
      users.addAll(SlackText.userIds(m.text()));
    }
    Summary summary = summarizer.summarize(conversation);

    assertThat(allPoints(summary)).allSatisfy(p ->
        assertThat(p.sources()).isNotEmpty().allMatch(ts::contains));
    assertThat(summary.actionItems()).allSatisfy(a -> {
      assertThat(a.sources()).isNotEmpty().allMatch(ts::contains);
      assertThat(a.owner() == null || users.contains(a.owner())).isTrue();
    });
  }

  @ParameterizedTest
  @MethodSource("threads")
  void greetings_and_acknowledgements_are_never_highlights_or_the_tldr(String thread) {
    Summary summary = summarizer.summarize(Threads.load(thread));

    assertThat(summary.tldr()).isNotBlank().hasSizeLessThanOrEqualTo(200);
    assertThat(summary.highlights()).isNotEmpty()
        .allSatisfy(p -> assertThat(SmallTalk.isSmallTalk(p.text())).isFalse())
        .allSatisfy(p -> assertThat(p.text()).doesNotContain(":+1:", ":tada:", "<http"));
    assertThat(SmallTalk.isSmallTalk(summary.tldr())).isFalse();
  }

  @ParameterizedTest
  @MethodSource("threads")
  void highlights_are_bounded_and_in_conversation_order(String thread) {
    Summary summary = summarizer.summarize(Threads.load(thread), new SummaryOptions(null, 3));
    assertThat(summary.highlights()).hasSizeLessThanOrEqualTo(3);
    List<Double> times = summary.highlights().stream()
        .map(p -> Double.parseDouble(p.sources().get(0))).toList();
    assertThat(times).isSorted();
  }

  /** A price discussed by four people and decided, the main decision of its thread. */
  private static final List<String> PRICE_DECIDED = List.of(
      "U3", "the market survey says people pay twenty five euro for a remote control",
      "U2", "twenty five euro for the remote control keeps the profit aim of fifty million",
      "U4", "at twenty five euro the remote control profit aim works, below that it doesn't",
      "U1", "decided: the remote control selling price is twenty five euro",
      "U3", "great");

  /** A minor decision, said in passing. */
  private static final List<String> NOTES_DECIDED = List.of(
      "U2", "notes go in the shared folder from now on, decided",
      "U1", "fine");

  private Summary priceThread(List<String> first, List<String> then) {
    List<String> pairs = new ArrayList<>(List.of(
        "U1", "what do we charge for the remote control? and where do the notes go?"));
    pairs.addAll(first);
    pairs.addAll(then);
    return summarizer.summarize(Threads.chat(pairs.toArray(String[]::new)));
  }

  @Test
  void the_tldr_names_the_main_decision_not_the_first_minor_one() {
    Summary minorFirst = priceThread(NOTES_DECIDED, PRICE_DECIDED);
    assertThat(minorFirst.decisions()).hasSize(2);
    assertThat(minorFirst.tldr())
        .contains("Decided: The remote control selling price is twenty five")
        .doesNotContain("shared folder");

    // The main decision first and the minor one last: still the main one, not the last.
    Summary mainFirst = priceThread(PRICE_DECIDED, NOTES_DECIDED);
    assertThat(mainFirst.decisions()).hasSize(2);
    assertThat(mainFirst.tldr()).contains("selling price is twenty five")
        .doesNotContain("shared folder");
  }

  @Test
  void noise_is_neither_counted_nor_cited() {
    Summary summary = summarizer.summarize(Threads.load("noisy-channel-history.json"));

    assertThat(summary.stats()).isEqualTo(new Summary.Stats(7, 2));
    String json = SummaryJson.write(summary);
    assertThat(json).doesNotContain("Build #512", "Coverage report", "has joined", "deleted",
        "pinned", "CI health");
  }

  @Test
  void the_tldr_names_the_topic_and_the_decision() {
    Summary summary = summarizer.summarize(Threads.load("incident-checkout-latency.json"));
    assertThat(summary.tldr()).contains("checkout API p99 latency")
        .contains("We revoke BI access to the primary");
  }

  @Test
  void focus_changes_what_is_picked() {
    Conversation conversation = Threads.load("incident-checkout-latency.json");
    SummaryOptions two = new SummaryOptions(null, 2);
    SummaryOptions focused = new SummaryOptions("latency", 2);

    List<String> plain = summarizer.summarize(conversation, two).highlights().stream()
        .map(Point::text).toList();
    List<String> onLatency = summarizer.summarize(conversation, focused).highlights()
        .stream().map(Point::text).toList();

    assertThat(plain).noneMatch(t -> t.toLowerCase().contains("latency"));
    assertThat(onLatency).anyMatch(t -> t.toLowerCase().contains("latency"));
  }

  @Test
  void detectors_feed_the_summary_and_their_sentences_are_not_repeated_as_highlights() {
    Summary summary = summarizer.summarize(Threads.load("design-review-pagination.json"));

    assertThat(summary.decisions()).hasSize(2);
    assertThat(summary.actionItems()).extracting(ActionItem::owner)
        .containsExactly("U07GUS07", "U06FIN06");
    assertThat(summary.openQuestions()).extracting(Point::text)
        .containsExactly(
            "<@U05EVA05>: How do we deprecate offset on v1 without breaking the mobile app?");
    Set<String> detected = new HashSet<>();
    summary.decisions().forEach(p -> detected.add(p.text()));
    summary.openQuestions().forEach(p -> detected.add(p.text()));
    summary.actionItems().forEach(a -> detected.add(a.text()));
    assertThat(summary.highlights()).extracting(Point::text).doesNotContainAnyElementsOf(detected);
  }

  @Test
  void an_empty_conversation_or_one_without_words_gives_the_empty_summary() {
    assertThat(summarizer.summarize(Conversation.of(List.of())))
        .isEqualTo(Summary.empty(new Summary.Stats(0, 0)));
    Conversation emojiOnly = Threads.chat("U1", ":tada:", "U2", ":+1:");
    assertThat(summarizer.summarize(emojiOnly)).isEqualTo(Summary.empty(new Summary.Stats(2, 2)));
  }

  @Test
  void run_on_messages_are_cut_to_readable_points() {
    String rollout = "The rollout plan " + "covers another region and ".repeat(40) + "ends.";
    String billing = "The billing export " + "misses another invoice field and ".repeat(40)
        + "stops.";
    Summary summary = summarizer.summarize(Threads.chat("U1", rollout, "U2", billing));

    assertThat(summary.tldr()).hasSizeLessThanOrEqualTo(200);
    assertThat(summary.highlights()).isNotEmpty().allSatisfy(p -> assertThat(p.text())
        .hasSizeLessThanOrEqualTo(300).endsWith("…"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<", "<@", "<@U1", "```unclosed code",
      ":::", "&gt;", "*_~", "<http://x|>", "<!date^1700000000^{date}|Nov 14>", "<#C1|>",
      "Can you?", "I'll", "Decision:", "TODO:", "by", "?", "<@U1> <@U2> <@U3>", "um uh {gap}"})
  void odd_markup_never_breaks_the_summary(String odd) {
    Conversation conversation = Threads.chat(
        "U1", odd, "U2", "We will ship the importer on Monday " + odd, "U3", odd + " agreed");
    Summary summary = summarizer.summarize(conversation);
    assertThat(summary.stats().messages()).isEqualTo(3);
    assertThat(SummaryJson.write(summary)).isNotBlank();
  }

  @Test
  void zero_highlights_asked_gives_none() {
    Summary summary = summarizer.summarize(Threads.load("hiring-debrief.json"),
        new SummaryOptions(null, 0));
    assertThat(summary.highlights()).isEmpty();
    assertThat(summary.tldr()).isNotBlank();
  }

  @Test
  void one_instance_serves_many_threads_at_once_with_the_same_results() throws Exception {
    List<Summary> expected = Threads.ALL.stream().map(t -> summarizer.summarize(Threads.load(t)))
        .toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Summary>> futures = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (String thread : Threads.ALL) {
          Conversation conversation = Threads.load(thread);
          futures.add(pool.submit(() -> summarizer.summarize(conversation)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % Threads.ALL.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
  @ParameterizedTest
  @MethodSource("threads")
  void every_highlight_decision_and_question_names_the_author_of_its_source(String thread) {
    Conversation conversation = Threads.load(thread);
    Map<String, String> authorByTs = new HashMap<>();
    conversation.messages().forEach(m -> authorByTs.put(m.ts(), m.user()));

    Summary summary = summarizer.summarize(conversation);

    assertThat(allPoints(summary)).isNotEmpty().allSatisfy(p -> {
      String author = authorByTs.get(p.sources().get(0));
      assertThat(p.text()).startsWith(author == null ? "" : "<@" + author + ">: ");
    });
  }

  @Test
  void a_short_exchange_opens_its_tldr_with_the_first_real_turn_said_by_its_author() {
    Conversation chat = Threads.chat(
        "U1", "Hi!",
        "U1", "Can you move the quarterly budget review to Thursday afternoon?",
        "U2", "Thursday is packed, the auditors are in all day.",
        "U2", "Friday morning could work, the auditors leave Thursday night.",
        "U1", "Friday morning it is, I'll tell the auditors and finance.");

    Summary summary = summarizer.summarize(chat);

    assertThat(summary.tldr())
        .startsWith("<@U1>: Can you move the quarterly budget review to Thursday afternoon?");
  }

  @Test
  void with_a_focus_the_tldr_follows_the_focus_not_the_opening() {
    Conversation chat = Threads.chat(
        "U1", "Can you move the quarterly budget review to Thursday afternoon?",
        "U2", "Thursday is packed, the auditors are in all day.",
        "U3", "Unrelated: the staging database certificate expires on Monday.",
        "U2", "Friday morning could work for the review.");

    Summary summary = summarizer.summarize(chat, SummaryOptions.focusedOn("certificate"));

    assertThat(summary.tldr()).contains("certificate");
  }

  @Test
  void a_short_exchange_gets_fewer_highlights_than_it_has_messages() {
    Conversation chat = Threads.chat(
        "U1", "The nightly export to the warehouse failed again at the upload step.",
        "U2", "The bucket policy changed yesterday, uploads from the old role are denied.",
        "U1", "Can we grant the export role write access to the new bucket prefix?",
        "U2", "Granted write access for the export role on the reports prefix just now.",
        "U1", "Rerunning the nightly export manually to confirm the upload step works.");

    Summary summary = summarizer.summarize(chat, new SummaryOptions(null, 5));

    assertThat(summary.highlights()).hasSizeBetween(1, 2);
  }
}
