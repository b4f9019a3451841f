package dev.roundup.bench;

import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic busy channel: a few dozen people, top-level posts with threads of
 * replies, questions and answers, commitments and requests with mentions, decisions, links,
 * emoji, code, acknowledgements and greetings. Seeded, so every run summarizes the same text.
 */
final class SyntheticChannel {

  private static final String[] TOPICS = {"billing migration", "checkout latency",
      "search reindex", "mobile release", "SSO rollout", "data retention policy",
      "on-call rotation", "pricing experiment", "API pagination", "incident review"};
  private static final String[] NOUNS = {"dashboard", "runbook", "staging cluster", "feature flag",
      "database replica", "load balancer", "release notes", "customer email", "retry policy",
      "rate limiter", "invoice export", "cache", "queue", "status page", "design doc"};
  private static final String[] VERBS = {"update", "review", "roll back", "deploy", "test",
      "document", "migrate", "monitor", "benchmark", "clean up", "split", "rename"};
  private static final String[] DUES = {"by Friday", "by EOD", "tomorrow", "next week", "by 12/5",
      "on Monday", ""};
  private static final String[] ACKS = {"thanks!", "+1", "lgtm", "sounds good", ":+1:",
      "ok", "Thanks <@%s>!", "nice :tada:"};

  private final Random random;
  private final List<String> users = new ArrayList<>();

  SyntheticChannel(long seed, int people) {
    this.random = new Random(seed);
    for (int i = 0; i < people; i++) {
      users.add(String.format("U%08d", 1000 + i));
    }
  }

  Conversation generate(int size) {
    List<Message> messages = new ArrayList<>(size);
    long clock = 1_760_000_000L;
    while (messages.size() < size) {
      String topic = pick(TOPICS);
      String parentTs = (clock += 60 + random.nextInt(600)) + ".000100";
      int replies = Math.min(size - messages.size() - 1, random.nextInt(4) == 0 ? 0
          : 2 + random.nextInt(25));
      String author = pick(users);
      messages.add(new Message(parentTs, replies > 0 ? parentTs : null, author,
          opener(topic), Math.max(0, replies)));
      for (int r = 0; r < replies; r++) {
        String ts = (clock += 5 + random.nextInt(300)) + ".000" + (100 + r % 900);
        messages.add(new Message(ts, parentTs, pick(users), reply(topic), 0));
      }
    }
    return Conversation.of(messages);
  }

  private String opener(String topic) {
    return switch (random.nextInt(4)) {
      case 0 -> "Kicking off the *" + topic + "* thread :rocket: Main open items are the "
          + pick(NOUNS) + " and the " + pick(NOUNS) + ".";
      case 1 -> "Heads up: the " + topic + " is blocked on the " + pick(NOUNS)
          + ", see <https://wiki.example.com/" + random.nextInt(999) + "|the doc>.";
      case 2 -> "What is the plan for the " + topic + " now that the " + pick(NOUNS)
          + " is done?";
      default -> "Status of the " + topic + ": " + pick(VERBS) + "ing the " + pick(NOUNS)
          + " took " + (2 + random.nextInt(50)) + " minutes on <#C0GENERAL|general>.";
    };
  }

  private String reply(String topic) {
    String other = pick(users);
    return switch (random.nextInt(10)) {
      case 0 -> String.format(pick(ACKS), other);
      case 1 -> "I'll " + pick(VERBS) + " the " + pick(NOUNS) + " " + pick(DUES) + ".";
      case 2 -> "<@" + other + "> can you " + pick(VERBS) + " the " + pick(NOUNS) + " "
          + pick(DUES) + "?";
      case 3 -> "Should we " + pick(VERBS) + " the " + pick(NOUNS) + " before the " + topic
          + "?";
      case 4 -> "Let's go with the smaller " + pick(NOUNS) + " for the " + topic + ".";
      case 5 -> "The " + pick(NOUNS) + " error rate went from " + random.nextInt(9) + "% to "
          + random.nextInt(9) + "% after we " + pick(VERBS) + "ed the " + pick(NOUNS) + ".";
      case 6 -> "Here is the stack trace:\n```\nTimeoutException at Worker.run(Worker.java:"
          + random.nextInt(400) + ")\n```\nLooks like the " + pick(NOUNS) + " again.";
      case 7 -> "&gt; " + topic + " is late\nNot really, we only need to " + pick(VERBS)
          + " the " + pick(NOUNS) + " and the " + pick(NOUNS) + " first.";
      case 8 -> "Yes, the " + pick(NOUNS) + " for the " + topic + " is on "
          + (random.nextBoolean() ? "staging" : "production") + " since this morning.";
      default -> "Good morning! Quick question about the " + topic + ": who owns the "
          + pick(NOUNS) + "?";
    };
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
