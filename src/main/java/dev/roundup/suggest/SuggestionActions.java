package dev.roundup.suggest;

import dev.roundup.slack.DirectMessageReplier;
import dev.roundup.slack.Poster;
import dev.roundup.slack.SlackCallException;
import dev.roundup.slack.SlackErrors;
import dev.roundup.tasks.TaskBlocks;
import dev.roundup.tasks.TaskHandlers;
import dev.roundup.tasks.TaskService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The four buttons of a suggestion card, in the DM or the App Home. Schedule it creates the task
 * through the tasks' own path ({@link TaskHandlers#createFromWords}: the privacy rule and the limits,
 * as Confirm); Edit first opens the task form prefilled; Not now rests the suggestion; Never ends
 * it for good. Only the person it was offered to can answer it, once.
 */
final class SuggestionActions {

  private static final Logger log = LoggerFactory.getLogger(SuggestionActions.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private final SuggestionStore store;
  private final TaskHandlers tasks;
  private final CardPoster cards;
  private final Poster poster;
  private final Function<String, ZoneId> zones;
  private final Clock clock;
  private final Duration quiet;
  private final Consumer<String> changed;

  SuggestionActions(SuggestionStore store, TaskHandlers tasks, CardPoster cards, Poster poster,
      Function<String, ZoneId> zones, Clock clock, Duration quiet, Consumer<String> changed) {
    this.store = store;
    this.tasks = tasks;
    this.cards = cards;
    this.poster = poster;
    this.zones = zones;
    this.clock = clock;
    this.quiet = quiet;
    this.changed = changed;
  }

  void act(String user, String teamId, String actionId, String value, String triggerId) {
    Optional<Suggestion> found = parse(value).flatMap(id -> store.find(teamId, id))
        .filter(s -> s.user().equals(user));
    if (found.isEmpty()) {
      cards.tell(user, ":warning: That suggestion isn't one of yours any more.");
      return;
    }
    Suggestion s = found.get();
    Instant now = clock.instant();
    if (!s.pending(now)) {
      changed.accept(user);
      return;
    }
    try {
      switch (actionId) {
        case SuggestionCard.SCHEDULE -> schedule(s, now);
        case SuggestionCard.EDIT -> edit(s, now, triggerId);
        case SuggestionCard.NOT_NOW -> rest(s, now);
        case SuggestionCard.NEVER -> never(s, now);
        default -> log.warn("Unknown suggestion button {}", actionId);
      }
    } catch (SlackCallException e) {
      cards.tell(user, ":warning: " + SlackErrors.explain(e));
    }
    changed.accept(user);
  }

  private void schedule(Suggestion s, Instant now) {
    if (!store.answer(s.teamId(), s.id(), Suggestion.State.ACCEPTED, now, null)) {
      return;
    }
    Proposal p = Proposal.of(s);
    TaskService.Outcome outcome = tasks.createFromWords(s.user(), s.teamId(), p.what(), p.when());
    if (outcome instanceof TaskService.Done done) {
      cards.answered(s, ":white_check_mark: Scheduled. " + TaskBlocks.line(done.task())
          + "\nChange it any time with `/task edit " + done.task().id() + "` or in your App Home.");
      return;
    }
    // The tasks refused (the privacy rule, a limit): the suggestion stays on offer, Edit first may fix it.
    store.reopen(s.teamId(), s.id(), s.quietUntil());
    cards.tell(s.user(), ":warning: I couldn't schedule that: " + ((TaskService.Refused) outcome).reason()
        + " *Edit first* lets you change it.");
  }

  private void edit(Suggestion s, Instant now, String triggerId) {
    if (!store.answer(s.teamId(), s.id(), Suggestion.State.EDITED, now, now.plus(quiet))) {
      return;
    }
    Proposal p = Proposal.of(s);
    tasks.openForm(triggerId, p.what(), p.when(), new DirectMessageReplier(poster, s.user()));
    cards.answered(s, ":pencil2: Opened in the task form: change what you like and Save. "
        + "Cancel the form and I'll leave this for a while.");
  }

  private void rest(Suggestion s, Instant now) {
    Instant until = now.plus(quiet);
    if (store.answer(s.teamId(), s.id(), Suggestion.State.NOT_NOW, now, until)) {
      cards.answered(s, "OK, not now. I won't suggest this again before " + DAY.format(until.atZone(zones.apply(s.user())))
          + ".");
    }
  }

  private void never(Suggestion s, Instant now) {
    if (store.answer(s.teamId(), s.id(), Suggestion.State.NEVER, now, null)) {
      cards.answered(s, "OK, I won't suggest this again. `/task suggestions off` stops all suggestions.");
    }
  }

  private static Optional<Long> parse(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
