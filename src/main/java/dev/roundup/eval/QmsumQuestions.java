package dev.roundup.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads QMSum's specific queries as questions about their meetings. Every turn is kept (the
 * supporting spans index the transcript as published), each a message whose ts encodes its turn
 * number, so the supporting turns are known by ts; speakers get synthetic user ids and their
 * names, so "what did Barry Hughes say…" can find Barry's turns.
 */
public final class QmsumQuestions {

  private static final long FIRST_TS = 1_700_000_000L;

  private QmsumQuestions() {}

  /** The ts of turn {@code i} of a meeting. */
  static String ts(int turn) {
    return (FIRST_TS + turn * 60L) + ".000100";
  }

  public static List<AskedQuestion> load(Path file) throws IOException {
    List<AskedQuestion> out = new ArrayList<>();
    List<JsonObject> meetings = JsonLines.read(file);
    for (int m = 0; m < meetings.size(); m++) {
      JsonObject meeting = meetings.get(m);
      try {
        Map<String, String> ids = new LinkedHashMap<>();
        List<Message> messages = new ArrayList<>();
        int turn = 0;
        for (JsonElement element : meeting.getAsJsonArray("meeting_transcripts")) {
          JsonObject t = element.getAsJsonObject();
          String speaker = JsonLines.string(t, "speaker");
          String user = ids.computeIfAbsent(speaker,
              s -> String.format(Locale.ROOT, "U%07d", ids.size() + 1));
          String content = JsonLines.string(t, "content");
          if (!content.isBlank()) {
            messages.add(new Message(ts(turn), null, user, content, 0));
          }
          turn++;
        }
        Map<String, String> names = new LinkedHashMap<>();
        ids.forEach((speaker, user) -> names.put(user, speaker));
        Conversation conversation = new Conversation(null, messages, names);
        Set<String> present = new HashSet<>();
        messages.forEach(message -> present.add(message.ts()));
        MeetingDomain domain = MeetingDomain.of(ids.keySet());
        int n = 0;
        for (JsonElement q : meeting.getAsJsonArray("specific_query_list")) {
          JsonObject query = q.getAsJsonObject();
          Set<String> supporting = new LinkedHashSet<>();
          for (JsonElement span : query.getAsJsonArray("relevant_text_span")) {
            int from = Integer.parseInt(span.getAsJsonArray().get(0).getAsString());
            int to = Integer.parseInt(span.getAsJsonArray().get(1).getAsString());
            for (int i = from; i <= to; i++) {
              if (present.contains(ts(i))) {
                supporting.add(ts(i));
              }
            }
          }
          out.add(new AskedQuestion("qmsum:" + m + ":specific:" + n++, m, domain, conversation,
              JsonLines.string(query, "query"), JsonLines.string(query, "answer"), supporting));
        }
      } catch (RuntimeException | IOException e) {
        throw new IOException(file + " meeting " + (m + 1) + " has an unexpected shape: "
            + e.getMessage(), e);
      }
    }
    return out;
  }
}
