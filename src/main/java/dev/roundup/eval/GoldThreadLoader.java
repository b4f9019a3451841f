package dev.roundup.eval;

import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.MessageFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the hand-written thread files ({@code *.thread}) of the Slack eval set. A file is written
 * the way a thread reads:
 * <pre>
 * # kind: incident
 * # lang: en
 * # batch: 16
 * ana: Checkout errors are spiking since 14:05
 *   ben: looking. &lt;@ana&gt; the gateway client times out after 2s
 * == gold
 * decision 5: Roll back the gateway client
 * action 3,4 ben: Roll back the gateway client
 * question 7: Who owns the gateway timeouts?
 * not-decision 6
 * either 9
 * </pre>
 * A line at the margin is a top-level message, an indented one a reply in the thread of the last
 * top-level message; messages are numbered from 1 in file order. People are written by handle;
 * {@code <@handle>} is a mention, {@code <@roundup>} mentions the bot, and {@code \n} in a message
 * is a line break. {@code either} marks messages a careful reader could list or leave out (a vague
 * "we'll look into it"): items citing only those are not scored. An action item whose text ends
 * with "(done)" (or "(done, …)", "(erledigt)", "(hecho)", "(feito)", "(fait)", "(済み)") was
 * finished inside the thread: listing it and leaving it out both score nothing. The split is the
 * name of the folder the file is in.
 */
public final class GoldThreadLoader {

  /** The bot's user id in eval threads. */
  public static final String BOT = "UROUNDUP";

  private static final Pattern MESSAGE = Pattern.compile("^(\\s*)([a-z][a-z0-9_.-]*): (.*)$");
  private static final Pattern GOLD = Pattern.compile(
      "^(decision|action|question)\\s+([0-9,\\s]+?)(?:\\s+([a-z][a-z0-9_.-]*|-))?:\\s*(.*)$");
  private static final Pattern TRAP =
      Pattern.compile("^(not-decision|not-action|not-question|not-content|either)\\s+([0-9,\\s]+)$");
  /**
   * "(done)", "(done, PR #412)", "(done: 17 found)", "(erledigt)", "(hecho)", "（done）": the thread
   * reports the task done.
   */
  private static final Pattern FINISHED = Pattern.compile(
      "[(（](?:done|erledigt|hecho|feito|fait|terminé|済み|完了)(?:[,;:：][^)）]*)?[)）]\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MENTION = Pattern.compile("<@([a-z][a-z0-9_.-]*)>");
  private static final long BASE_TS = 1_764_000_000L;

  private GoldThreadLoader() {}

  /** Every {@code *.thread} file under the folder, in path order. */
  public static List<GoldThread> loadAll(Path folder) throws IOException {
    List<GoldThread> threads = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".thread")).sorted().toList()) {
        threads.add(load(file));
      }
    }
    return threads;
  }

  public static GoldThread load(Path file) throws IOException {
    String id = file.getFileName().toString().replaceFirst("\\.thread$", "");
    String split = file.getParent() == null ? "dev" : file.getParent().getFileName().toString();
    try {
      return parse(id, split, Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  static GoldThread parse(String id, String split, List<String> lines) {
    Map<String, String> meta = new HashMap<>();
    MessageFilter filter = new MessageFilter(BOT, text -> false);
    List<Message> messages = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    List<GoldThread.GoldItem> decisions = new ArrayList<>();
    List<GoldThread.GoldItem> actions = new ArrayList<>();
    List<GoldThread.GoldItem> questions = new ArrayList<>();
    Map<String, Set<Integer>> traps = new HashMap<>();
    boolean gold = false;
    String parentTs = null;
    List<String[]> raw = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        String[] kv = line.substring(1).split(":", 2);
        if (kv.length == 2) {
          meta.put(kv[0].strip(), kv[1].strip());
        }
        continue;
      }
      if (line.strip().equals("== gold")) {
        gold = true;
        continue;
      }
      if (gold) {
        Matcher g = GOLD.matcher(line.strip());
        Matcher t = TRAP.matcher(line.strip());
        if (g.matches()) {
          String owner = g.group(3) == null || g.group(3).equals("-") ? null : userId(g.group(3));
          GoldThread.GoldItem item = new GoldThread.GoldItem(numbers(g.group(2)), owner,
              g.group(4), g.group(1).equals("action") && FINISHED.matcher(g.group(4)).find());
          switch (g.group(1)) {
            case "decision" -> decisions.add(item);
            case "action" -> actions.add(item);
            default -> questions.add(item);
          }
        } else if (t.matches()) {
          traps.computeIfAbsent(t.group(1), k -> new TreeSet<>()).addAll(numbers(t.group(2)));
        } else {
          throw new IllegalArgumentException("unreadable gold line: " + line);
        }
        continue;
      }
      Matcher m = MESSAGE.matcher(line);
      if (!m.matches()) {
        throw new IllegalArgumentException("unreadable message line: " + line);
      }
      raw.add(new String[] {m.group(1), m.group(2), m.group(3)});
    }
    // Thread parents need their reply counts, so replies are counted before messages are built.
    int lastTop = -1;
    int[] replies = new int[raw.size()];
    for (int i = 0; i < raw.size(); i++) {
      if (raw.get(i)[0].isEmpty()) {
        lastTop = i;
      } else if (lastTop >= 0) {
        replies[lastTop]++;
      }
    }
    // Everyone who writes or is mentioned: an action item's owner must be one of them.
    Set<String> present = new HashSet<>();
    for (int i = 0; i < raw.size(); i++) {
      String[] r = raw.get(i);
      String ts = (BASE_TS + 60L * i) + ".000100";
      boolean reply = !r[0].isEmpty() && parentTs != null;
      if (r[0].isEmpty()) {
        parentTs = replies[i] > 0 ? ts : null;
      }
      String handle = r[1];
      String user = userId(handle);
      present.add(user);
      names.put(user, Character.toUpperCase(handle.charAt(0)) + handle.substring(1));
      String text = MENTION.matcher(r[2].replace("\\n", "\n"))
          .replaceAll(mr -> "<@" + userId(mr.group(1)) + ">");
      MENTION.matcher(r[2]).results().forEach(mr -> present.add(userId(mr.group(1))));
      String threadTs = reply ? parentTs : r[0].isEmpty() && replies[i] > 0 ? ts : null;
      filter.message(ts, threadTs, user, null, null, text, r[0].isEmpty() ? replies[i] : 0)
          .ifPresent(messages::add);
      index.put(ts, i + 1);
    }
    checkCitations(raw.size(), present, decisions, actions, questions, traps);
    return new GoldThread(id, meta.getOrDefault("split", split),
        meta.getOrDefault("kind", "other"), meta.getOrDefault("lang", "en"),
        meta.getOrDefault("batch", ""), new Conversation("C0EVAL", messages, names), index, decisions, actions, questions,
        traps.getOrDefault("not-decision", Set.of()), traps.getOrDefault("not-action", Set.of()),
        traps.getOrDefault("not-question", Set.of()), traps.getOrDefault("not-content", Set.of()),
        traps.getOrDefault("either", Set.of()));
  }

  /**
   * Refuses gold that cites a message the thread does not have, or names as an owner someone who
   * neither writes nor is mentioned in it: a miscounted line would otherwise score every summary
   * wrong on that item without a word.
   */
  private static void checkCitations(int size, Set<String> present,
      List<GoldThread.GoldItem> decisions, List<GoldThread.GoldItem> actions,
      List<GoldThread.GoldItem> questions, Map<String, Set<Integer>> traps) {
    List<GoldThread.GoldItem> items = new ArrayList<>(decisions);
    items.addAll(actions);
    items.addAll(questions);
    for (GoldThread.GoldItem item : items) {
      item.sources().forEach(n -> requireInThread(n, size, "gold", ": " + item.text()));
    }
    for (GoldThread.GoldItem action : actions) {
      if (action.owner() != null && !present.contains(action.owner())) {
        throw new IllegalArgumentException("the owner of \"" + action.text()
            + "\" neither writes nor is mentioned in the thread");
      }
    }
    traps.forEach((kind, cited) -> cited.forEach(n -> requireInThread(n, size, kind, "")));
  }

  private static void requireInThread(int n, int size, String what, String about) {
    if (n < 1 || n > size) {
      throw new IllegalArgumentException(what + " cites message " + n + " of a thread of " + size
          + " messages" + about);
    }
  }

  /** "ana" → "UANA": a stable id Slack's id pattern accepts. */
  static String userId(String handle) {
    return handle.equals("roundup") ? BOT
        : "U" + handle.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
  }

  private static Set<Integer> numbers(String list) {
    Set<Integer> out = new LinkedHashSet<>();
    for (String n : list.split("[,\\s]+")) {
      if (!n.isBlank()) {
        out.add(Integer.parseInt(n.strip()));
      }
    }
    return out;
  }
}
