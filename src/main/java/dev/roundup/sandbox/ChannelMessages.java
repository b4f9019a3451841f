package dev.roundup.sandbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One channel's messages keyed by ts in microseconds (numeric, not textual, order), with an index
 * of replies per thread so thread summaries stay cheap in long channels. Not thread-safe: the
 * owning {@link Workspace} holds the lock.
 */
final class ChannelMessages {

  private final NavigableMap<Long, StoredMessage> byTs = new TreeMap<>();
  private final Map<String, NavigableMap<Long, StoredMessage>> repliesByParent = new HashMap<>();

  void put(StoredMessage message) {
    long key = TsGenerator.toMicros(message.ts());
    byTs.put(key, message);
    if (message.isReply()) {
      repliesByParent.computeIfAbsent(message.threadTs(), t -> new TreeMap<>()).put(key, message);
    }
  }

  void remove(StoredMessage message) {
    long key = TsGenerator.toMicros(message.ts());
    byTs.remove(key);
    if (message.isReply()) {
      NavigableMap<Long, StoredMessage> replies = repliesByParent.get(message.threadTs());
      if (replies != null) {
        replies.remove(key);
        if (replies.isEmpty()) {
          repliesByParent.remove(message.threadTs());
        }
      }
    }
  }

  StoredMessage get(long micros) {
    return byTs.get(micros);
  }

  List<StoredMessage> all() {
    return List.copyOf(byTs.values());
  }

  List<StoredMessage> replies(String parentTs) {
    NavigableMap<Long, StoredMessage> replies = repliesByParent.get(parentTs);
    return replies == null ? List.of() : List.copyOf(replies.values());
  }
}
