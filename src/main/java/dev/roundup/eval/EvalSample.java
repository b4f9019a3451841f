package dev.roundup.eval;

import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One thing to summarize and the human summaries to score it against.
 *
 * @param id           where it came from, e.g. {@code qmsum:3:general:0} or {@code dialogsum:test_17}
 * @param conversation the transcript as a Slack-like conversation (synthetic user ids and ts)
 * @param speakerNames synthetic user id → the speaker's name in the dataset, to render mentions
 * @param references   one or more human reference summaries
 * @param focus        what the query asks about, passed as {@code SummaryOptions.focus}; null for
 *                     whole-conversation summaries
 */
public record EvalSample(
    String id,
    Conversation conversation,
    Map<String, String> speakerNames,
    List<String> references,
    String focus) {

  /** Synthetic clock start (Nov 2023); turns are a minute apart so ts strictly increase. */
  private static final long FIRST_TS = 1_700_000_000L;
  private static final long SECONDS_BETWEEN_TURNS = 60;

  public EvalSample {
    speakerNames = Map.copyOf(speakerNames);
    references = List.copyOf(references);
  }

  /**
   * Builds the conversation from turns in spoken order. Each distinct speaker gets a stable
   * synthetic user id ({@code U0000001}, {@code U0000002}, … in order of first appearance) so the
   * same transcript always yields the same ids.
   */
  public static EvalSample fromTurns(String id, List<Turn> turns, List<String> references,
      String focus) {
    Map<String, String> idsBySpeaker = new LinkedHashMap<>();
    List<Message> messages = new ArrayList<>(turns.size());
    for (int i = 0; i < turns.size(); i++) {
      Turn turn = turns.get(i);
      String user = idsBySpeaker.computeIfAbsent(turn.speaker(),
          s -> String.format(Locale.ROOT, "U%07d", idsBySpeaker.size() + 1));
      String ts = (FIRST_TS + i * SECONDS_BETWEEN_TURNS) + ".000100";
      messages.add(new Message(ts, null, user, turn.text(), 0));
    }
    Map<String, String> names = new LinkedHashMap<>();
    idsBySpeaker.forEach((speaker, user) -> names.put(user, speaker));
    return new EvalSample(id, Conversation.of(messages), names, references, focus);
  }

  /** The turn texts in spoken order — what the extractive baselines choose from. */
  public List<String> turns() {
    return conversation.messages().stream().map(Message::text).toList();
  }
}
