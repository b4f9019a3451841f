package dev.roundup.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ephemeral messages each person currently sees, in the order they arrived. */
final class EphemeralMessages {

  private final Workspace workspace;
  private final List<EphemeralMessage> messages = new ArrayList<>();

  EphemeralMessages(Workspace workspace) {
    this.workspace = workspace;
  }

  EphemeralMessage add(String channel, String user, String text, String blocks, String threadTs) {
    EphemeralMessage added;
    synchronized (this) {
      added = new EphemeralMessage(workspace.nextTs(), channel, user, text, blocks, threadTs);
      messages.add(added);
    }
    workspace.changes().changed();
    return added;
  }

  synchronized Optional<EphemeralMessage> find(String user, String ts) {
    return messages.stream().filter(m -> m.user().equals(user) && m.ts().equals(ts)).findFirst();
  }

  /** Replaces the text and blocks of one, keeping its place; false when it is gone. */
  boolean replace(String user, String ts, String text, String blocks) {
    synchronized (this) {
      int at = indexOf(user, ts);
      if (at < 0) {
        return false;
      }
      EphemeralMessage old = messages.get(at);
      messages.set(at, new EphemeralMessage(ts, old.channel(), user, text, blocks, old.threadTs()));
    }
    workspace.changes().changed();
    return true;
  }

  boolean remove(String user, String ts) {
    synchronized (this) {
      int at = indexOf(user, ts);
      if (at < 0) {
        return false;
      }
      messages.remove(at);
    }
    workspace.changes().changed();
    return true;
  }

  /** What {@code user} sees in a channel, oldest first. */
  synchronized List<EphemeralMessage> visibleTo(String user, String channel) {
    return messages.stream().filter(m -> m.user().equals(user) && m.channel().equals(channel))
        .toList();
  }

  /** Called holding the lock. */
  private int indexOf(String user, String ts) {
    for (int i = 0; i < messages.size(); i++) {
      if (messages.get(i).user().equals(user) && messages.get(i).ts().equals(ts)) {
        return i;
      }
    }
    return -1;
  }
}
