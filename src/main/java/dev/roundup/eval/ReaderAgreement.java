package dev.roundup.eval;

import dev.roundup.summarize.ActionItem;
import dev.roundup.summarize.Point;
import dev.roundup.summarize.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How far two careful readers agree on the same threads. A second reader, who saw a thread's
 * messages and the gold rules of WRITING.md but not the writer's gold, wrote gold of their own
 * ({@code second-reader/<thread id>.gold} beside the splits); the second reading is scored
 * against the writer's exactly as a summary is ({@link ThreadScorer}): its action items the
 * thread reports done are left out, as a summary leaves them out, and its {@code either} marks
 * count for nothing, as a summary has none. It tells what the goals ask next to what a person
 * reaches on the same threads.
 */
public final class ReaderAgreement {

  /** The folder beside {@code dev/} and {@code heldout/} that holds the second readings. */
  public static final String FOLDER = "second-reader";

  private static final String SUFFIX = ".gold";
  private static final String GOLD = "== gold";

  /** A thread read twice: as its writer gave it, and the messages with the second reader's gold. */
  public record Reading(GoldThread first, GoldThread second) {}

  private ReaderAgreement() {}

  /**
   * Every second reading under {@code threads}, each with the thread it reads, in file name
   * order; none when there is no {@link #FOLDER}. A reading of a thread that is in neither split,
   * or whose gold does not load, is refused with its file named.
   */
  public static List<Reading> load(Path threads) throws IOException {
    Path folder = threads.resolve(FOLDER);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Reading> readings = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path gold : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted()
          .toList()) {
        readings.add(read(threads, gold));
      }
    }
    return readings;
  }

  private static Reading read(Path threads, Path gold) throws IOException {
    String id = gold.getFileName().toString();
    id = id.substring(0, id.length() - SUFFIX.length());
    List<Path> found = new ArrayList<>();
    for (String split : List.of("dev", "heldout")) {
      Path file = threads.resolve(split).resolve(id + ".thread");
      if (Files.isRegularFile(file)) {
        found.add(file);
      }
    }
    if (found.size() != 1) {
      throw new IOException(gold + ": " + (found.isEmpty() ? "no " : "more than one ") + id
          + ".thread in dev/ and heldout/ to read it against");
    }
    Path thread = found.get(0);
    GoldThread first = GoldThreadLoader.load(thread);
    // The thread's headers and messages as its writer left them, then the second reader's gold.
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(thread, StandardCharsets.UTF_8)) {
      if (line.strip().equals(GOLD)) {
        break;
      }
      lines.add(line);
    }
    List<String> second = Files.readAllLines(gold, StandardCharsets.UTF_8);
    if (second.stream().noneMatch(line -> line.strip().equals(GOLD))) {
      lines.add(GOLD);
    }
    lines.addAll(second);
    try {
      return new Reading(first, GoldThreadLoader.parse(first.id(), first.split(), lines));
    } catch (IllegalArgumentException e) {
      throw new IOException(gold + ": " + e.getMessage(), e);
    }
  }

  /** Each second reading scored against its thread's first, as a summary would be. */
  public static List<ThreadScorer.Result> scored(List<Reading> readings) {
    return readings.stream()
        .map(r -> ThreadScorer.score(r.first(), asSummary(r.second())))
        .toList();
  }

  /**
   * A reading as the summary it amounts to: its decisions and open questions, and its action
   * items still to do (a summary lists no finished task), each citing the messages it rests on.
   */
  static Summary asSummary(GoldThread reading) {
    Map<Integer, String> ts = new HashMap<>();
    reading.messageIndex().forEach((stamp, position) -> ts.put(position, stamp));
    List<Point> decisions = reading.decisions().stream()
        .map(g -> new Point(g.text(), sources(ts, g))).toList();
    List<ActionItem> actions = reading.actions().stream().filter(g -> !g.finished())
        .map(g -> new ActionItem(g.owner(), g.text(), null, sources(ts, g))).toList();
    List<Point> questions = reading.questions().stream()
        .map(g -> new Point(g.text(), sources(ts, g))).toList();
    return new Summary("", List.of(), decisions, actions, questions, null, null,
        reading.language());
  }

  private static List<String> sources(Map<Integer, String> ts, GoldThread.GoldItem item) {
    return item.sources().stream().sorted().map(ts::get).filter(Objects::nonNull).toList();
  }
}
