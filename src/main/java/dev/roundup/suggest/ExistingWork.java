package dev.roundup.suggest;

import dev.roundup.digest.DigestRepository;
import dev.roundup.digest.DigestSubscription;
import dev.roundup.slack.Destination;
import dev.roundup.tasks.ActionKind;
import dev.roundup.tasks.Task;
import dev.roundup.tasks.TaskService;
import java.util.List;
import java.util.Optional;

/**
 * What Roundup already does, read once per nightly run: every task, and people's digests. A
 * suggestion already covered by one of them is not offered: a reminder that a task (anyone's)
 * already posts into that channel, or a channel the person already gets summarized by a task or a
 * digest of theirs.
 */
final class ExistingWork {

  /** More tasks than any workspace keeps; the list is read once a night. */
  private static final int ALL_TASKS = 100_000;

  private final List<Task> tasks;
  private final DigestRepository digests;

  private ExistingWork(List<Task> tasks, DigestRepository digests) {
    this.tasks = tasks;
    this.digests = digests;
  }

  static ExistingWork read(TaskService tasks, DigestRepository digests) {
    return new ExistingWork(tasks.listAll(ALL_TASKS).stream().filter(t -> !t.finished()).toList(), digests);
  }

  /** What already does it, in words, if anything does. */
  Optional<String> covering(Candidate c) {
    if (c.kind() == Kind.REMIND) {
      PostText text = PostText.of(c.text());
      return tasks.stream().filter(t -> t.action() == ActionKind.REMIND
              && t.destination().kind() == Destination.Kind.CHANNEL && t.destination().channelId().equals(c.channel())
              && PostText.same(text, PostText.of(t.body())))
          .findFirst().map(t -> "task " + t.id() + " of " + t.ownerId());
    }
    Optional<String> task = tasks.stream().filter(t -> t.ownerId().equals(c.user())
            && t.action() != ActionKind.REMIND && t.targets().contains(c.channel()))
        .findFirst().map(t -> "task " + t.id());
    if (task.isPresent()) {
      return task;
    }
    return digests.byOwner(c.user()).stream().filter(d -> d.channels().contains(c.channel()))
        .findFirst().map(DigestSubscription::id).map(id -> "digest " + id);
  }
}
