package dev.roundup.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Message events for four conversation threads of one channel, handled by several workers at
 * once, as Roundup's work queue does: replies by a mix of people, some delivered twice (the second
 * time on another worker), some deleted later by the worker that stored them, and one parent whose
 * own event is handled while its replies are arriving. A fourth parent is never stored. Whatever
 * order the workers run in, the plan knows the counts each stored parent must end with.
 */
final class ConcurrentReplies {

  private static final int PARENTS = 4;
  private static final int PEOPLE = 60;

  /** One event to apply to the store. */
  private record Event(ChannelMessage saved, String deletedTs) {

    static Event save(ChannelMessage m) {
      return new Event(m, null);
    }

    static Event delete(String ts) {
      return new Event(null, ts);
    }

    void applyTo(MessageStore store, String channel) {
      if (saved != null) {
        store.saveNew(saved);
      } else {
        store.delete(channel, deletedTs);
      }
    }
  }

  private final String channel;
  private final List<ChannelMessage> parents;
  private final List<ChannelMessage> replies;
  private final List<String> deletedTs;
  private final List<List<Event>> workers;

  private ConcurrentReplies(String channel, List<ChannelMessage> parents, List<ChannelMessage> replies,
      List<String> deletedTs, List<List<Event>> workers) {
    this.channel = channel;
    this.parents = parents;
    this.replies = replies;
    this.deletedTs = deletedTs;
    this.workers = workers;
  }

  /**
   * Plans {@code workers × eventsEach} events (plus the late parent's): a tenth are second
   * deliveries, a tenth are deletes, the rest distinct replies spread over the four parents.
   */
  static ConcurrentReplies plan(String channel, Instant start, int workers, int eventsEach, long seed) {
    Random random = new Random(seed);
    List<ChannelMessage> parents = new ArrayList<>();
    for (int p = 0; p < PARENTS; p++) {
      String ts = SlackTs.format(start.plus(Duration.ofMinutes(p)));
      parents.add(new ChannelMessage(channel, ts, null, "U0", null, "parent " + p, null, 0, 0, false));
    }
    int total = workers * eventsEach;
    int twice = total / 10;
    int deleted = total / 10;
    List<ChannelMessage> replies = new ArrayList<>();
    for (int k = 0; k < total - twice - deleted; k++) {
      String ts = SlackTs.format(SlackTs.toMicros(start.plus(Duration.ofHours(1))) + k * 1_000L);
      String user = "U" + (1 + random.nextInt(PEOPLE));
      replies.add(new ChannelMessage(channel, ts, parents.get(k % PARENTS).ts(), user, null,
          "reply " + k, null, 0, 0, false));
    }
    List<ChannelMessage> order = new ArrayList<>(replies);
    Collections.shuffle(order, random);
    List<List<Event>> events = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      events.add(new ArrayList<>());
    }
    for (int i = 0; i < order.size(); i++) {
      events.get(i % workers).add(Event.save(order.get(i)));
    }
    for (int i = 0; i < twice; i++) {
      events.get((i + 1) % workers).add(Event.save(order.get(i)));
    }
    for (List<Event> worker : events) {
      Collections.shuffle(worker, random);
    }
    List<String> deletedTs = new ArrayList<>();
    for (int i = twice; i < twice + deleted; i++) {
      // Deleted by the worker that stored it, at some point after storing it; never delivered twice,
      // so no second delivery can bring it back.
      ChannelMessage m = order.get(i);
      List<Event> worker = events.get(i % workers);
      int saved = worker.indexOf(Event.save(m));
      worker.add(saved + 1 + random.nextInt(worker.size() - saved), Event.delete(m.ts()));
      deletedTs.add(m.ts());
    }
    List<Event> first = events.get(0);
    first.add(first.size() / 2, Event.save(parents.get(2)));
    return new ConcurrentReplies(channel, parents, replies, deletedTs, events);
  }

  /** The parents stored before the workers start. */
  List<ChannelMessage> parentsStoredFirst() {
    return parents.subList(0, 2);
  }

  /** The parents stored when the workers are done: the first two and the late one. */
  List<ChannelMessage> parentsStored() {
    return parents.subList(0, 3);
  }

  List<String> deletedTs() {
    return deletedTs;
  }

  /** Applies every worker's events to the store, all workers starting together. */
  void run(MessageStore store) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(workers.size());
    try {
      CyclicBarrier start = new CyclicBarrier(workers.size());
      List<Future<?>> done = new ArrayList<>();
      for (List<Event> worker : workers) {
        done.add(pool.submit(() -> {
          start.await();
          for (Event e : worker) {
            e.applyTo(store, channel);
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private List<ChannelMessage> surviving(String parentTs) {
    return replies.stream()
        .filter(r -> r.threadTs().equals(parentTs) && !deletedTs.contains(r.ts())).toList();
  }

  int expectedReplies(String parentTs) {
    return surviving(parentTs).size();
  }

  int expectedRepliers(String parentTs) {
    return (int) surviving(parentTs).stream().map(ChannelMessage::user).distinct().count();
  }

  /** Replies left in the store, those to the parent that is never stored included. */
  int expectedStoredReplies() {
    return replies.size() - deletedTs.size();
  }
}
