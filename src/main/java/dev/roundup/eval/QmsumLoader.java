package dev.roundup.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads QMSum ({@code qmsum.test.jsonl}, one meeting per line). Every query's input is the whole
 * meeting, with turns of three tokens or fewer dropped ("Okay.", "Yeah, sure.") as SOURCE.md does
 * for its reference baselines.
 */
public final class QmsumLoader {

  /** Turns with at most this many scorer tokens are dropped. */
  static final int MAX_DROPPED_TURN_TOKENS = 3;

  /** The two query families, each a separate table in the report. */
  public record Queries(List<EvalSample> general, List<EvalSample> specific) {}

  private QmsumLoader() {}

  /**
   * General queries ("Summarize the whole meeting.") have no focus; specific (topic) queries pass
   * their topic as focus, see {@link QueryFocus}.
   */
  public static Queries load(Path file) throws IOException {
    List<EvalSample> general = new ArrayList<>();
    List<EvalSample> specific = new ArrayList<>();
    List<JsonObject> meetings = JsonLines.read(file);
    for (int m = 0; m < meetings.size(); m++) {
      JsonObject meeting = meetings.get(m);
      try {
        List<Turn> turns = turns(meeting);
        int g = 0;
        for (JsonElement q : meeting.getAsJsonArray("general_query_list")) {
          String answer = JsonLines.string(q.getAsJsonObject(), "answer");
          general.add(EvalSample.fromTurns("qmsum:" + m + ":general:" + g++, turns,
              List.of(answer), null));
        }
        int s = 0;
        for (JsonElement q : meeting.getAsJsonArray("specific_query_list")) {
          JsonObject query = q.getAsJsonObject();
          specific.add(EvalSample.fromTurns("qmsum:" + m + ":specific:" + s++, turns,
              List.of(JsonLines.string(query, "answer")),
              QueryFocus.of(JsonLines.string(query, "query"))));
        }
      } catch (RuntimeException | IOException e) {
        throw new IOException(file + " meeting " + (m + 1) + " has an unexpected shape: "
            + e.getMessage(), e);
      }
    }
    return new Queries(general, specific);
  }

  private static List<Turn> turns(JsonObject meeting) throws IOException {
    List<Turn> turns = new ArrayList<>();
    for (JsonElement element : meeting.getAsJsonArray("meeting_transcripts")) {
      JsonObject turn = element.getAsJsonObject();
      String content = JsonLines.string(turn, "content");
      if (Rouge.tokenize(content).size() > MAX_DROPPED_TURN_TOKENS) {
        turns.add(new Turn(JsonLines.string(turn, "speaker"), content));
      }
    }
    return turns;
  }
}
