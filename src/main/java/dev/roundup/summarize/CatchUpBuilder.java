package dev.roundup.summarize;

import dev.roundup.slack.SlackMarkup;
import dev.roundup.slack.SlackText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Puts a catch-up together from each channel's messages since a moment: what waits on the person
 * (questions and mentions of them they have not answered, action items the summarizer gives them,
 * threads they took part in that moved on without them), then per channel a summary's highlights,
 * decisions and open questions. Knows nothing of Slack or storage: the bot and the command line
 * build the same catch-up. Channels are summarized side by side.
 */
public final class CatchUpBuilder {

  /** A channel with fewer messages than this, and nothing decided or waiting, is quiet. */
  static final int QUIET_BELOW = 5;
  static final int HIGHLIGHTS = 3;
  /** Items of each kind shown per channel, and waiting items over all channels. */
  static final int MAX_ITEMS = 5;
  public static final int MAX_WAITING = 15;
  private static final int TEXT_CHARS = 200;

  /**
   * One channel's messages since the moment, and the threads the person took part in.
   *
   * @param messages       conversation in the period, oldest first
   * @param lastPostByThread for each thread the person ever posted in (as far as known), the ts of
   *                       their last message there: a reply after it means the thread moved
   * @param note           a caveat (part of the period could not be read), or null
   */
  public record ChannelInput(String id, String name, List<Message> messages,
      Map<String, String> lastPostByThread, String note) {

    public ChannelInput {
      messages = List.copyOf(messages);
      lastPostByThread = Map.copyOf(lastPostByThread);
    }
  }

  private final Summarizer summarizer;
  private final int parallelism;

  public CatchUpBuilder(Summarizer summarizer, int parallelism) {
    this.summarizer = summarizer;
    this.parallelism = Math.max(1, parallelism);
  }

  public CatchUp build(String person, Instant since, List<ChannelInput> channels,
      Map<String, String> names, Receipt reading) {
    List<Part> parts = inParallel(channels.stream()
        .map(c -> (java.util.concurrent.Callable<Part>) () -> part(person, c, names)).toList());
    List<CatchUp.Waiting> waiting = new ArrayList<>();
    int addressed = 0;
    for (Part p : parts) {
      waiting.addAll(p.waiting());
      addressed += p.addressedToBot();
    }
    waiting.sort(Comparator.comparing(CatchUp.Waiting::kind)
        .thenComparing(w -> -Double.parseDouble(w.ts())));
    // With nothing waiting and no channel busy, the few messages there are are all there is to
    // catch up on: shown with their points rather than counted under "Quiet".
    boolean allQuiet = waiting.isEmpty() && parts.stream().allMatch(p -> p.channel().quiet());
    List<CatchUp.ChannelCatchUp> ordered = parts.stream()
        .map(p -> allQuiet && p.channel().messages() > 0 ? new Part(p.shown(), p.waiting(),
            p.addressedToBot()) : p)
        .sorted(Comparator.comparing((Part p) -> p.channel().quiet())
            .thenComparing(p -> -p.waiting().size())
            .thenComparing(p -> -p.channel().messages())
            .thenComparing(p -> p.channel().name()))
        .map(Part::channel)
        .toList();
    Receipt receipt = reading.with(new Summary.Stats(reading.messages(), reading.participants(),
        addressed, 0, 0));
    return new CatchUp(person, since,
        waiting.size() > MAX_WAITING ? waiting.subList(0, MAX_WAITING) : waiting, ordered, receipt);
  }

  /**
   * One channel's catch-up; {@code shown} is the channel with what its summary found even when it
   * is quiet, for a catch-up with nothing busier to show.
   */
  private record Part(CatchUp.ChannelCatchUp channel, List<CatchUp.Waiting> waiting,
      int addressedToBot, CatchUp.ChannelCatchUp shown) {

    Part(CatchUp.ChannelCatchUp channel, List<CatchUp.Waiting> waiting, int addressedToBot) {
      this(channel, waiting, addressedToBot, channel);
    }
  }

  private Part part(String person, ChannelInput input, Map<String, String> names) {
    Conversation all = new Conversation(input.id(), input.messages(), names);
    if (all.isEmpty()) {
      return new Part(new CatchUp.ChannelCatchUp(input.id(), input.name(), 0, 0, true, List.of(),
          List.of(), List.of(), input.note()), List.of(), 0);
    }
    Summary summary = summarizer.summarize(all, new SummaryOptions(null, HIGHLIGHTS).withoutTldr());
    List<CatchUp.Waiting> waiting = new ArrayList<>(unanswered(person, input));
    Set<String> seen = new HashSet<>();
    waiting.forEach(w -> seen.add(w.ts()));
    Map<String, Message> byTs = new HashMap<>();
    all.messages().forEach(m -> byTs.put(m.ts(), m));
    for (ActionItem item : summary.actionItems()) {
      if (person.equals(item.owner()) && item.sources().stream().noneMatch(seen::contains)) {
        String ts = item.sources().get(0);
        Message source = byTs.get(ts);
        waiting.add(new CatchUp.Waiting(CatchUp.Kind.ACTION_ITEM, input.id(), ts,
            source == null ? null : threadOf(source), source == null ? null : source.user(),
            brief(item.text() + item.dueNotInText().map(due -> " (due " + due + ")").orElse(""))));
        seen.addAll(item.sources());
      }
    }
    waiting.addAll(threadsMoved(person, input, seen));
    boolean quiet = all.size() < QUIET_BELOW && summary.decisions().isEmpty() && waiting.isEmpty();
    int participants = all.participants().size();
    CatchUp.ChannelCatchUp shown = new CatchUp.ChannelCatchUp(input.id(), input.name(),
        all.size(), participants, false, limit(summary.highlights()), limit(summary.decisions()),
        limit(summary.openQuestions()), summary.noteAfter(input.note()));
    CatchUp.ChannelCatchUp channel = !quiet ? shown : new CatchUp.ChannelCatchUp(input.id(),
        input.name(), all.size(), participants, true, List.of(), List.of(), List.of(),
        summary.noteAfter(input.note()));
    int addressed = summary.stats() == null ? 0 : summary.stats().addressedToBot();
    return new Part(channel, waiting, addressed, shown);
  }

  /**
   * Messages by others that mention the person and that they have not answered: nothing of theirs
   * after it in its thread (or, for a top-level message, in its thread or later in the channel).
   */
  static List<CatchUp.Waiting> unanswered(String person, ChannelInput input) {
    List<Message> messages = input.messages();
    List<CatchUp.Waiting> out = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      if (person.equals(m.user()) || m.addressedToBot() || !SlackText.mentions(m.text(), person)) {
        continue;
      }
      if (answeredLater(person, messages, i)) {
        continue;
      }
      boolean question = SlackMarkup.toPlainText(m.text()).contains("?");
      out.add(new CatchUp.Waiting(question ? CatchUp.Kind.QUESTION : CatchUp.Kind.MENTION,
          input.id(), m.ts(), threadOf(m), m.user(), brief(m.text())));
    }
    return out;
  }

  private static boolean answeredLater(String person, List<Message> messages, int at) {
    Message asked = messages.get(at);
    String thread = asked.threadTs() == null ? asked.ts() : asked.threadTs();
    for (int k = at + 1; k < messages.size(); k++) {
      Message later = messages.get(k);
      if (!person.equals(later.user())) {
        continue;
      }
      boolean sameThread = thread.equals(later.threadTs());
      boolean sameTopLevel = asked.threadTs() == null && later.threadTs() == null;
      if (sameThread || sameTopLevel) {
        return true;
      }
    }
    return false;
  }

  /** Threads the person took part in whose newest replies came after their last message there. */
  static List<CatchUp.Waiting> threadsMoved(String person, ChannelInput input, Set<String> seen) {
    Map<String, List<Message>> byThread = new LinkedHashMap<>();
    for (Message m : input.messages()) {
      if (m.threadTs() != null) {
        byThread.computeIfAbsent(m.threadTs(), k -> new ArrayList<>()).add(m);
      }
    }
    List<CatchUp.Waiting> out = new ArrayList<>();
    for (Map.Entry<String, List<Message>> thread : byThread.entrySet()) {
      String last = input.lastPostByThread().get(thread.getKey());
      for (Message m : thread.getValue()) {
        if (person.equals(m.user()) && (last == null || Double.parseDouble(m.ts()) > Double.parseDouble(last))) {
          last = m.ts();
        }
      }
      if (last == null) {
        continue;
      }
      String after = last;
      List<Message> newer = thread.getValue().stream()
          .filter(m -> !person.equals(m.user()) && !m.addressedToBot()
              && Double.parseDouble(m.ts()) > Double.parseDouble(after))
          .toList();
      if (newer.isEmpty() || newer.stream().anyMatch(m -> seen.contains(m.ts()))) {
        continue;
      }
      Message latest = newer.get(newer.size() - 1);
      out.add(new CatchUp.Waiting(CatchUp.Kind.THREAD_MOVED, input.id(), latest.ts(),
          thread.getKey(), latest.user(), newer.size() + (newer.size() == 1 ? " new reply" : " new replies")
              + ", latest: " + brief(latest.text())));
    }
    return out;
  }

  private static String threadOf(Message m) {
    return m.isThreadReply() ? m.threadTs() : null;
  }

  private static List<Point> limit(List<Point> points) {
    return points.size() <= MAX_ITEMS ? points : points.subList(0, MAX_ITEMS);
  }

  private static String brief(String text) {
    return Sentences.truncate(text.replaceAll("\\s+", " ").strip(), TEXT_CHARS);
  }

  private <T> List<T> inParallel(List<java.util.concurrent.Callable<T>> work) {
    if (parallelism == 1 || work.size() < 2) {
      List<T> out = new ArrayList<>();
      for (var w : work) {
        try {
          out.add(w.call());
        } catch (Exception e) {
          throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
      }
      return out;
    }
    ForkJoinPool pool = new ForkJoinPool(Math.min(parallelism, work.size()));
    try {
      return pool.submit(() -> work.parallelStream().map(w -> {
        try {
          return w.call();
        } catch (Exception e) {
          throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
      }).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building a catch-up", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
