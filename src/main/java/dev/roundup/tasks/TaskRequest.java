package dev.roundup.tasks;

import dev.roundup.schedule.Schedule;
import dev.roundup.slack.Destination;
import java.util.List;

/**
 * A task as the user asked for it, before it is saved: what to do, for which targets, where to
 * deliver it, and when ({@code phrase} is the user's own words, {@code schedule} what they mean).
 */
public record TaskRequest(ActionKind action, List<String> targets, String body,
    Destination destination, String phrase, Schedule schedule) {

  public TaskRequest {
    targets = List.copyOf(targets);
    body = body == null ? "" : body;
  }

  /** The action in words a person (and the parser) understands: "summarize <#C1> focus risks". */
  public String describeAction(String ownerId) {
    return TaskWords.action(action, targets, body, destination, ownerId);
  }
}
