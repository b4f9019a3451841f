package dev.roundup.bench;

import com.google.gson.JsonObject;
import dev.roundup.ingest.ChannelMessage;
import dev.roundup.ingest.MessageStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The message events of one benchmark run, and the check of the store afterwards. Message i of a
 * run goes to one of {@link #CHANNELS} channels in groups of six: 6k starts a thread, 6k+2 and
 * 6k+4 reply to it (one message in three is a reply), so every complete thread ends with two
 * replies from two people. Half the channels are private ({@code message.groups}).
 */
final class MessageTraffic {

  static final int CHANNELS = 20;

  private final String run;
  private final long baseSecond;

  /** @param run a short upper-case id, unique per run, naming the run's channels */
  MessageTraffic(String run, long baseSecond) {
    this.run = run;
    this.baseSecond = baseSecond;
  }

  String channel(int i) {
    return "C" + run + "X" + ((i / 6) % CHANNELS);
  }

  String ts(int i) {
    return (baseSecond + i / 1_000_000) + "." + String.format("%06d", i % 1_000_000);
  }

  /** The thread message i replies to, or null. */
  String parent(int i) {
    return i % 6 == 2 || i % 6 == 4 ? ts(i - i % 6) : null;
  }

  /** The event callback of message i, with a fresh event id. */
  String envelope(int i) {
    JsonObject event = new JsonObject();
    event.addProperty("type", "message");
    event.addProperty("channel", channel(i));
    event.addProperty("user", i % 6 == 4 ? "U0CHEN" : i % 6 == 2 ? "U0BORIS" : "U0ALICE");
    event.addProperty("text", "Traffic message " + i + " of run " + run + ": the build is green again.");
    event.addProperty("ts", ts(i));
    if (parent(i) != null) {
      event.addProperty("thread_ts", parent(i));
    }
    event.addProperty("event_ts", ts(i));
    event.addProperty("channel_type", (i / 6) % 2 == 0 ? "channel" : "group");
    return OpenLoop.eventCallback(event, "Ev" + run + "N" + i);
  }

  /** What the store holds of the first {@code n} messages, against what it should. */
  record Check(int expected, int stored, int missing, int unexpected, int wrongCounts) {
    boolean exact() {
      return stored == expected && missing == 0 && unexpected == 0 && wrongCounts == 0;
    }
  }

  Check check(MessageStore store, int n) {
    Map<String, ChannelMessage> held = new HashMap<>();
    for (int c = 0; c < CHANNELS; c++) {
      for (ChannelMessage m : store.between("C" + run + "X" + c, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))) {
        held.put(m.channel() + "/" + m.ts(), m);
      }
    }
    int missing = 0;
    int wrong = 0;
    List<String> expectedKeys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String key = channel(i) + "/" + ts(i);
      expectedKeys.add(key);
      ChannelMessage m = held.get(key);
      if (m == null) {
        missing++;
        continue;
      }
      int replies = i % 6 != 0 ? 0 : (i + 2 < n ? 1 : 0) + (i + 4 < n ? 1 : 0);
      if (m.replyCount() != replies || (replies > 0 && m.replyUsersCount() != replies)) {
        wrong++;
      }
    }
    held.keySet().removeAll(expectedKeys);
    return new Check(n, n - missing + held.size(), missing, held.size(), wrong);
  }
}
