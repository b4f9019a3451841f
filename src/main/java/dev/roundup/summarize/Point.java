package dev.roundup.summarize;

import java.util.List;

/** One summary line (highlight, decision or open question) and the message ts it came from. */
public record Point(String text, List<String> sources) {
  public Point {
    sources = List.copyOf(sources);
  }
}
