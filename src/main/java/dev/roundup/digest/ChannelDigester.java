package dev.roundup.digest;

import dev.roundup.slack.SlackMarkup;
import dev.roundup.slack.SlackText;
import dev.roundup.summarize.ActionItem;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.Point;
import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.Summary;
import dev.roundup.summarize.SummaryOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Digests one channel: groups its messages into threads, ranks the threads by activity and focus,
 * gives the best ones a TL;DR, and lists the channel's decisions, action items and mentions of the
 * subscriber. Decisions and action items come from one summary of the whole channel, so a decision
 * made outside the top threads is not lost.
 */
final class ChannelDigester {

  /** A thread's focus hits weigh like this many replies: focus is what the reader asked for. */
  private static final double FOCUS_WEIGHT = 3.0;
  private static final int MENTION_CHARS = 200;

  private final Summarizer summarizer;
  private final AnsweredSince answeredSince;

  ChannelDigester(Summarizer summarizer) {
    this.summarizer = summarizer;
    this.answeredSince = new AnsweredSince(summarizer);
  }

  /** The channel's part of the digest and its ranking score (activity plus focus). */
  record Scored(ChannelDigest digest, double score) {}

  Scored digest(ChannelMessages channel, DigestOptions options, FocusMatcher focus) {
    Conversation all = new Conversation(channel.id(), channel.messages());
    int participants = all.participants().size();
    if (all.isEmpty()) {
      return new Scored(quiet(channel, 0, 0, channel.note()), 0);
    }
    // Only the TL;DR, decisions and action items are used: no highlights asked for.
    SummaryOptions summaryOptions = new SummaryOptions(options.focus(), 0, options.chargeTo());
    Summary overall = summarizer.summarize(all, summaryOptions);
    // The model not used (over a budget, or failing) is said under the channel, like a gap.
    String note = overall.noteAfter(channel.note());
    List<Point> decisions = focusFirst(overall.decisions(), Point::text, focus, options.maxItems());
    List<ActionItem> actions =
        focusFirst(overall.actionItems(), ActionItem::text, focus, options.maxItems());
    List<MentionItem> mentions = mentions(all, options);
    // Each message is matched against the focus once: the channel's score and the threads'
    // ranking both read these counts, and matching is a regex pass over every message.
    Map<Message, Integer> hitsByMessage = new IdentityHashMap<>();
    int focusHits = 0;
    for (Message m : all.messages()) {
      int hits = focus.hits(m.text());
      hitsByMessage.put(m, hits);
      focusHits += hits > 0 ? 1 : 0;
    }
    double score = Math.log1p(all.size()) + Math.log1p(participants) + 2 * Math.log1p(focusHits);
    // Few messages and nothing to act on is "nothing notable" — unless it is what the reader
    // asked to follow.
    if (all.size() < options.quietBelow() && decisions.isEmpty() && actions.isEmpty()
        && mentions.isEmpty() && focusHits == 0) {
      return new Scored(quiet(channel, all.size(), participants, note), score);
    }
    List<ThreadItem> threads = topThreads(all, byThread(channel.earlier()), options, hitsByMessage,
        summaryOptions);
    return new Scored(new ChannelDigest(channel.id(), channel.name(), all.size(), participants,
        false, threads, decisions, actions, mentions, note), score);
  }

  private ChannelDigest quiet(ChannelMessages channel, int messages, int participants,
      String note) {
    return new ChannelDigest(channel.id(), channel.name(), messages, participants, true,
        List.of(), List.of(), List.of(), List.of(), note);
  }

  private List<ThreadItem> topThreads(Conversation all, Map<String, List<Message>> earlier,
      DigestOptions options, Map<Message, Integer> hitsByMessage, SummaryOptions summaryOptions) {
    Map<String, List<Message>> threads = byThread(all.messages());
    record Candidate(String ts, List<Message> messages, int replies, int hits, double score) {}
    List<Candidate> candidates = new ArrayList<>();
    threads.forEach((ts, messages) -> {
      // Replies seen in the period, or the parent's own count when it knows of more (replies
      // before the period, or not stored): the count Slack shows is what readers recognise.
      int replies = (int) Math.max(messages.stream().filter(m -> !m.ts().equals(ts)).count(),
          messages.stream().filter(m -> m.ts().equals(ts)).mapToInt(Message::replyCount).max().orElse(0));
      Set<String> people = new HashSet<>();
      int hits = 0;
      for (Message m : messages) {
        if (m.user() != null) {
          people.add(m.user());
        }
        hits += hitsByMessage.get(m);
      }
      candidates.add(new Candidate(ts, messages, replies, hits,
          replies + people.size() + FOCUS_WEIGHT * hits));
    });
    return candidates.stream()
        .sorted(Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(Candidate::ts))
        .limit(options.maxThreads())
        .map(c -> new ThreadItem(c.ts(), tldr(c.messages(), summaryOptions), c.replies(),
            c.hits() > 0, answeredSince.find(earlier.getOrDefault(c.ts(), List.of()),
                c.messages(), summaryOptions)))
        .toList();
  }

  /** Messages grouped by the thread they belong to (a stand-alone message is its own), in order. */
  private static Map<String, List<Message>> byThread(List<Message> messages) {
    Map<String, List<Message>> threads = new LinkedHashMap<>();
    for (Message m : messages) {
      String key = m.threadTs() == null ? m.ts() : m.threadTs();
      threads.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    return threads;
  }

  private String tldr(List<Message> thread, SummaryOptions options) {
    String tldr = summarizer.summarize(Conversation.of(thread), options).tldr();
    if (tldr != null && !tldr.isBlank()) {
      return tldr;
    }
    // Nothing to summarize in words (a link, a file, an emoji): say who posted what, as text.
    Message first = thread.get(0);
    String said = shorten(SlackMarkup.toPlainText(first.text()));
    return first.user() == null ? said : SlackText.mention(first.user()) + ": " + said;
  }

  private static List<MentionItem> mentions(Conversation all, DigestOptions options) {
    if (options.subscriber() == null) {
      return List.of();
    }
    String tag = "<@" + options.subscriber();
    return all.messages().stream()
        .filter(m -> !options.subscriber().equals(m.user()) && m.text().contains(tag))
        .limit(options.maxItems())
        .map(m -> new MentionItem(m.ts(), m.isThreadReply() ? m.threadTs() : null, m.user(),
            shorten(m.text())))
        .toList();
  }

  /** Items that match the focus come first (stable otherwise), at most {@code max}. */
  private static <T> List<T> focusFirst(List<T> items, java.util.function.Function<T, String> text,
      FocusMatcher focus, int max) {
    return items.stream()
        .sorted(Comparator.comparingInt((T item) -> focus.hits(text.apply(item)) > 0 ? 0 : 1))
        .limit(max)
        .toList();
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= MENTION_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', MENTION_CHARS - 1);
    return flat.substring(0, cut > MENTION_CHARS / 2 ? cut : MENTION_CHARS - 1) + "…";
  }
}
