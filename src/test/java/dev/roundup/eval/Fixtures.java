package dev.roundup.eval;

import dev.roundup.summarize.Message;
import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.Summary;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The eval tests' hand-written fixtures and a trivial summarizer to stand in for Roundup's. */
final class Fixtures {

  private Fixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/eval/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path qmsum() {
    return resource("qmsum-tiny.jsonl");
  }

  static Path dialogsum() {
    return resource("dialogsum-tiny.jsonl");
  }

  /** A sample whose speakers alternate A, B, A, … with the given turns and one reference. */
  static EvalSample sample(String reference, String... turns) {
    List<Turn> list = new ArrayList<>();
    for (int i = 0; i < turns.length; i++) {
      list.add(new Turn(i % 2 == 0 ? "A" : "B", turns[i]));
    }
    return EvalSample.fromTurns("fixture", list, List.of(reference), null);
  }

  /** Stand-in summarizer: the longest message as tl;dr, nothing else. */
  static Summarizer longestMessageSummarizer() {
    return (conversation, options) -> {
      String longest = conversation.messages().stream()
          .map(Message::text)
          .max(Comparator.comparingInt(String::length))
          .orElse("");
      return new Summary(longest, List.of(), List.of(), List.of(), List.of(),
          new Summary.Stats(conversation.size(), conversation.participants().size()), null);
    };
  }
}
