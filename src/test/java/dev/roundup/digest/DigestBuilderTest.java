package dev.roundup.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.Message;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What goes into a digest: ranking by activity and focus, quiet channels, mentions, the period. */
class DigestBuilderTest {

  private static final DigestPeriod WEEK =
      DigestPeriod.ofDays(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 20), ZoneOffset.UTC);
  /** Tuesday 17 Nov 2026 10:00 UTC. */
  private static final long TUESDAY = 1_794_909_600L;

  private final DigestBuilder builder = new DigestBuilder(new ExtractiveSummarizer());
  private int seq;

  private Message msg(String user, String text) {
    return new Message(ts(), null, user, text, 0);
  }

  private String ts() {
    seq++;
    return (TUESDAY + seq * 60L) + ".000" + String.format("%03d", seq % 1000);
  }

  /** A thread: the parent then replies. */
  private List<Message> thread(String parentText, String... replies) {
    String parentTs = ts();
    List<Message> out = new ArrayList<>();
    out.add(new Message(parentTs, parentTs, "U1", parentText, replies.length));
    for (int i = 0; i < replies.length; i++) {
      out.add(new Message(ts(), parentTs, "U" + (i % 3 + 2), replies[i], 0));
    }
    return out;
  }

  private List<Message> chatter(int n, String topic) {
    List<Message> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(msg("U" + (i % 4 + 1), "Update " + i + " on the " + topic + " work, moving along."));
    }
    return out;
  }

  private Digest build(String focus, String subscriber, ChannelMessages... channels) {
    return builder.build(WEEK, DigestOptions.of(focus, subscriber), List.of(channels), List.of());
  }

  @Test
  void busier_channels_come_first_and_quiet_ones_collapse_to_one_line_at_the_end() {
    ChannelMessages eng = new ChannelMessages("C1", "eng", chatter(30, "database"), null);
    ChannelMessages design = new ChannelMessages("C2", "design", chatter(3, "icon"), null);
    ChannelMessages ops = new ChannelMessages("C3", "ops", chatter(12, "deploy"), null);

    Digest digest = build(null, null, design, eng, ops);

    assertThat(digest.channels()).extracting(ChannelDigest::name).containsExactly("eng", "ops", "design");
    ChannelDigest quiet = digest.channels().get(2);
    assertThat(quiet.quiet()).isTrue();
    assertThat(quiet.threads()).isEmpty();
    assertThat(quiet.quietLine()).isEqualTo("#design: 3 messages, nothing notable");
    assertThat(digest.messages()).isEqualTo(45);
    assertThat(digest.participants()).isEqualTo(4);
  }

  @Test
  void focus_lifts_a_smaller_channel_and_its_matching_thread_above_busier_ones() {
    List<Message> support = new ArrayList<>(chatter(6, "ticket"));
    support.addAll(thread("Customer Acme reports duplicate invoices after the billing launch.",
        "Looking into the invoices now.", "Only emails were duplicated, not charges."));
    ChannelMessages eng = new ChannelMessages("C1", "eng", chatter(30, "database"), null);
    ChannelMessages help = new ChannelMessages("C2", "support", support, null);

    Digest plain = build(null, null, eng, help);
    Digest focused = build("invoices, billing", null, eng, help);

    assertThat(plain.channels().get(0).name()).isEqualTo("eng");
    assertThat(focused.channels().get(0).name()).isEqualTo("support");
    assertThat(focused.focus()).isEqualTo("invoices, billing");
    ThreadItem top = focused.channels().get(0).threads().get(0);
    assertThat(top.focusHit()).isTrue();
    assertThat(top.tldr()).containsIgnoringCase("invoice");
    assertThat(top.replies()).isEqualTo(2);
  }

  @Test
  void the_busiest_thread_leads_its_channel_with_its_reply_count() {
    List<Message> messages = new ArrayList<>(chatter(4, "misc"));
    messages.addAll(thread("Which queue should the exporter use?", "Kafka, we already run it.",
        "Agreed, Kafka.", "I'll set up the topic tomorrow.", "Thanks!"));
    Digest digest = build(null, null, new ChannelMessages("C1", "eng", messages, null));

    ThreadItem first = digest.channels().get(0).threads().get(0);
    assertThat(first.replies()).isEqualTo(4);
    assertThat(first.ts()).isEqualTo(messages.get(4).ts());
  }

  @Test
  void a_few_messages_with_a_decision_or_a_mention_of_the_reader_are_not_quiet() {
    ChannelMessages decided = new ChannelMessages("C1", "infra",
        List.of(msg("U1", "We decided to move the backups to the new bucket.")), null);
    ChannelMessages mentioned = new ChannelMessages("C2", "random",
        List.of(msg("U2", "<@U9> could you look at the expense report?")), null);

    Digest digest = build(null, "U9", decided, mentioned);

    assertThat(digest.channels()).allSatisfy(c -> assertThat(c.quiet()).isFalse());
    ChannelDigest random = digest.channels().stream().filter(c -> c.name().equals("random")).findFirst().get();
    assertThat(random.mentions()).singleElement()
        .satisfies(m -> assertThat(m.author()).isEqualTo("U2"));
    ChannelDigest infra = digest.channels().stream().filter(c -> c.name().equals("infra")).findFirst().get();
    assertThat(infra.decisions()).isNotEmpty();
    assertThat(infra.decisions().get(0).sources()).containsExactly(decided.messages().get(0).ts());
  }

  @Test
  void messages_outside_the_period_are_left_out() {
    Message before = new Message("1794700000.000100", null, "U1", "Last week's news, long gone.", 0);
    Message inside = msg("U2", "This week's news.");
    Digest digest = build(null, null, new ChannelMessages("C1", "eng", List.of(before, inside), null));

    assertThat(digest.messages()).isEqualTo(1);
    assertThat(digest.period().fromDate()).isEqualTo(LocalDate.of(2026, 11, 16));
    assertThat(digest.period().toDate()).isEqualTo(LocalDate.of(2026, 11, 20));
  }

  @Test
  void a_thread_that_is_only_a_link_shows_who_posted_it_and_the_link_not_markup() {
    List<Message> messages = new ArrayList<>(thread("<https://status.example.com/incidents/42>",
        "+1", "👀"));
    messages.addAll(chatter(6, "billing"));
    Digest digest = build(null, null, new ChannelMessages("C1", "ops", messages, null));

    assertThat(digest.active().get(0).threads()).extracting(ThreadItem::tldr)
        .contains("<@U1>: https://status.example.com/incidents/42");
  }

  @Test
  void an_empty_channel_says_no_messages() {
    Digest digest = build(null, null, new ChannelMessages("C1", "eng", List.of(), null));
    assertThat(digest.channels().get(0).quietLine()).isEqualTo("#eng: no messages");
  }

  @Test
  void a_question_open_before_the_period_and_answered_in_it_is_listed_with_its_answer() {
    String parentTs = "1794700000.000100";
    Message asked = new Message(parentTs, parentTs, "U1", "Who owns the status page after the migration?", 1);
    Message answer = new Message(ts(), parentTs, "U2",
        "Dana owns the status page now, she took it over after the migration.", 0);
    List<Message> inPeriod = new ArrayList<>(List.of(answer));
    inPeriod.addAll(chatter(6, "billing"));

    Digest compared = build(null, null,
        new ChannelMessages("C1", "eng", inPeriod, null, List.of(asked)));
    Digest first = build(null, null, new ChannelMessages("C1", "eng", inPeriod, null));

    ThreadItem thread = compared.active().get(0).threads().stream()
        .filter(t -> t.ts().equals(parentTs)).findFirst().orElseThrow();
    assertThat(thread.answered()).singleElement().satisfies(a -> {
      assertThat(a.text()).contains("Who owns the status page");
      assertThat(a.questionTs()).isEqualTo(parentTs);
      assertThat(a.answerTs()).isEqualTo(answer.ts());
      assertThat(a.answerAuthor()).isEqualTo("U2");
    });
    assertThat(DigestChange.line(compared)).endsWith(", 1 question answered");
    assertThat(first.active().get(0).threads()).allSatisfy(t -> assertThat(t.answered()).isEmpty());
    assertThat(DigestChange.line(first)).doesNotContain("answered");
  }
}
