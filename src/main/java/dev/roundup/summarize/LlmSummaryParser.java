package dev.roundup.summarize;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.slack.SlackText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a model's answer into a {@link Summary} it can be trusted to show: finds the JSON object
 * (tolerating code fences and prose around it), keeps only sources that are ts values of the
 * conversation (an item left with none is dropped), keeps only owners who are users of the
 * conversation (named as the prompt named them, or by id), writes names back as Slack mentions,
 * caps lengths and counts, and counts what it dropped so the receipt can say so. One parser serves
 * every call of one summary (chunks in parallel), so its counts are the summary's.
 */
final class LlmSummaryParser {

  static final int MAX_TLDR_CHARS = 600;
  static final int MAX_ITEM_CHARS = 400;
  static final int MAX_DUE_CHARS = 80;
  static final int MAX_ITEMS = 10;

  private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

  private final Conversation conversation;
  private final PromptNames names;
  private final Map<String, String> tsByValue = new HashMap<>();
  private final Set<String> userIds = new HashSet<>();
  private final java.util.concurrent.atomic.AtomicInteger unsourced =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger owners =
      new java.util.concurrent.atomic.AtomicInteger();

  LlmSummaryParser(Conversation conversation) {
    this(conversation, new PromptNames(conversation));
  }

  LlmSummaryParser(Conversation conversation, PromptNames names) {
    this.conversation = conversation;
    this.names = names;
    for (Message message : conversation.messages()) {
      tsByValue.put(message.ts(), message.ts());
      numericKey(message.ts()).ifPresent(key -> tsByValue.putIfAbsent(key, message.ts()));
      if (message.user() != null) {
        userIds.add(message.user().toUpperCase(Locale.ROOT));
      }
      // Someone asked by mention ("<@U2> can you…") is a legitimate owner too.
      Matcher mention = SlackText.USER.matcher(message.text());
      while (mention.find()) {
        userIds.add(mention.group(1));
      }
    }
  }

  Summary parse(String modelOutput, SummaryOptions options) throws MalformedSummaryException {
    JsonObject root = extractObject(modelOutput);
    int maxHighlights = options.maxHighlights() > 0 ? options.maxHighlights() : MAX_ITEMS;
    return new Summary(
        cap(names.fromModel(string(first(root, "tldr", "summary", "tl;dr"))), MAX_TLDR_CHARS),
        points(first(root, "highlights", "keyPoints", "key_points"), maxHighlights),
        points(first(root, "decisions"), MAX_ITEMS),
        actionItems(first(root, "actionItems", "action_items")),
        points(first(root, "openQuestions", "open_questions"), MAX_ITEMS),
        new Summary.Stats(conversation.size(), conversation.participants().size()),
        null);
  }

  /** Items dropped for citing no message of the conversation, over every parse so far. */
  int unsourcedDropped() {
    return unsourced.get();
  }

  /** Owners removed for not being in the conversation, over every parse so far. */
  int ownersDropped() {
    return owners.get();
  }

  /** Tries each "{" in turn as the start of the object, so prose with braces before it is fine. */
  static JsonObject extractObject(String output) throws MalformedSummaryException {
    if (output == null) {
      throw new MalformedSummaryException("empty answer");
    }
    for (int start = output.indexOf('{'); start >= 0; start = output.indexOf('{', start + 1)) {
      int end = matchingBrace(output, start);
      if (end < 0) {
        break;
      }
      try {
        JsonElement parsed = JsonParser.parseString(output.substring(start, end + 1));
        if (parsed.isJsonObject() && looksLikeSummary(parsed.getAsJsonObject())) {
          return parsed.getAsJsonObject();
        }
      } catch (RuntimeException notJson) {
        // try the next brace
      }
    }
    throw new MalformedSummaryException("no summary JSON object in the answer");
  }

  private static boolean looksLikeSummary(JsonObject object) {
    return first(object, "tldr", "summary", "highlights", "decisions", "actionItems",
        "action_items", "openQuestions", "open_questions") != null;
  }

  /** Index of the brace closing the one at {@code start}, skipping braces inside strings. */
  private static int matchingBrace(String text, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private List<Point> points(JsonElement array, int limit) {
    List<Point> points = new ArrayList<>();
    for (JsonObject item : objects(array)) {
      String text = cap(names.fromModel(string(item.get("text"))), MAX_ITEM_CHARS);
      List<String> sources = sources(item);
      if (!text.isEmpty() && sources.isEmpty()) {
        unsourced.incrementAndGet();
      }
      if (!text.isEmpty() && !sources.isEmpty() && points.size() < limit) {
        points.add(new Point(text, sources));
      }
    }
    return points;
  }

  private List<ActionItem> actionItems(JsonElement array) {
    List<ActionItem> items = new ArrayList<>();
    for (JsonObject item : objects(array)) {
      String text = cap(names.fromModel(string(item.get("text"))), MAX_ITEM_CHARS);
      List<String> sources = sources(item);
      if (!text.isEmpty() && sources.isEmpty()) {
        unsourced.incrementAndGet();
      }
      if (!text.isEmpty() && !sources.isEmpty() && items.size() < MAX_ITEMS) {
        String due = cap(string(item.get("due")), MAX_DUE_CHARS);
        items.add(new ActionItem(owner(string(item.get("owner"))), text,
            due.isEmpty() || "null".equalsIgnoreCase(due) ? null : due, sources));
      }
    }
    return items;
  }

  /**
   * The owner's user id when it names one of the conversation's users (by the name the prompt
   * used, or by id), else null; a named owner who is not in the conversation is counted.
   */
  private String owner(String raw) {
    String named = names.ownerId(raw);
    if (named != null && userIds.contains(named.toUpperCase(Locale.ROOT))) {
      return named;
    }
    Matcher id = USER_ID.matcher(raw.toUpperCase(Locale.ROOT));
    if (id.find() && userIds.contains(id.group())) {
      return id.group();
    }
    if (!raw.isBlank() && !raw.equalsIgnoreCase("null") && !raw.equalsIgnoreCase("none")) {
      owners.incrementAndGet();
    }
    return null;
  }

  /** Cited ts values that exist in the conversation, in citation order, without repeats. */
  private List<String> sources(JsonObject item) {
    JsonElement raw = first(item, "sources", "source", "ts");
    List<JsonElement> values = new ArrayList<>();
    if (raw != null && raw.isJsonArray()) {
      raw.getAsJsonArray().forEach(values::add);
    } else if (raw != null) {
      values.add(raw);
    }
    Set<String> kept = new LinkedHashSet<>();
    for (JsonElement value : values) {
      String ts = value.isJsonPrimitive() ? value.getAsString().trim() : "";
      String known = tsByValue.get(ts);
      if (known == null) {
        known = numericKey(ts).map(tsByValue::get).orElse(null);
      }
      if (known != null) {
        kept.add(known);
      }
    }
    return List.copyOf(kept);
  }

  /**
   * The ts as a plain number without trailing zeros: models sometimes write
   * "1700000000.0001" for "1700000000.000100".
   */
  private static Optional<String> numericKey(String ts) {
    try {
      return Optional.of("#" + new BigDecimal(ts).stripTrailingZeros().toPlainString());
    } catch (NumberFormatException notNumber) {
      return Optional.empty();
    }
  }

  private static List<JsonObject> objects(JsonElement array) {
    List<JsonObject> objects = new ArrayList<>();
    if (array != null && array.isJsonArray()) {
      for (JsonElement element : (JsonArray) array) {
        if (element.isJsonObject()) {
          objects.add(element.getAsJsonObject());
        }
      }
    }
    return objects;
  }

  private static JsonElement first(JsonObject object, String... names) {
    for (String name : names) {
      JsonElement value = object.get(name);
      if (value != null && !value.isJsonNull()) {
        return value;
      }
    }
    return null;
  }

  private static String string(JsonElement value) {
    return value != null && value.isJsonPrimitive() ? value.getAsString().strip() : "";
  }

  /** Cuts at a word boundary with an ellipsis so a capped text still reads as text. */
  static String cap(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int cut = text.lastIndexOf(' ', maxChars - 1);
    if (cut < maxChars / 2) {
      cut = maxChars - 1;
    }
    return text.substring(0, cut).strip() + "…";
  }
}
