package dev.roundup.suggest;

import dev.roundup.store.Workspace;
import dev.roundup.digest.DigestRepository;
import dev.roundup.slack.SlackCallException;
import dev.roundup.tasks.TaskService;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One night's suggestions: reads what the store and the command log hold for the lookback, detects
 * candidates, and offers each person at most one — their most confident candidate that passes
 * every guard — by DM and in their App Home. Runs on the scheduler's thread, never on the ack path.
 */
final class NightlyRun {

  private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);

  private final StoreHistory history;
  private final Detector detector;
  private final SuggestionStore store;
  private final Guards guards;
  private final TaskService tasks;
  private final DigestRepository digests;
  private final CardPoster cards;
  private final Function<String, ZoneId> zones;
  private final Duration lookback;
  private final Duration quiet;
  private final Consumer<String> changed;

  NightlyRun(StoreHistory history, Detector detector, SuggestionStore store, Guards guards,
      TaskService tasks, DigestRepository digests, CardPoster cards, Function<String, ZoneId> zones,
      Duration lookback, Duration quiet, Consumer<String> changed) {
    this.history = history;
    this.detector = detector;
    this.store = store;
    this.guards = guards;
    this.tasks = tasks;
    this.digests = digests;
    this.cards = cards;
    this.zones = zones;
    this.lookback = lookback;
    this.quiet = quiet;
    this.changed = changed;
  }

  /**
   * Runs at {@code now} for one workspace, reading only its history and posting with its own token;
   * answers how many suggestions were offered.
   */
  int run(String teamId, Instant now) {
    return Workspace.call(teamId, () -> runInWorkspace(teamId, now));
  }

  private int runInWorkspace(String teamId, Instant now) {
    store.expire(teamId, now);
    // One users.info per person a night at most (UserDirectory caches it too).
    Map<String, ZoneId> known = new ConcurrentHashMap<>();
    Function<String, ZoneId> zone = user -> known.computeIfAbsent(user, zones);
    List<Candidate> candidates = history.detect(teamId, detector, zone, now.minus(lookback), now);
    Map<String, List<Candidate>> byPerson = new LinkedHashMap<>();
    candidates.forEach(c -> byPerson.computeIfAbsent(c.user(), u -> new ArrayList<>()).add(c));
    ExistingWork existing = ExistingWork.read(tasks, digests);
    int offered = 0;
    for (Map.Entry<String, List<Candidate>> person : byPerson.entrySet()) {
      Optional<String> resting = guards.person(teamId, person.getKey(), now);
      if (resting.isPresent()) {
        log.debug("No suggestion for {} tonight: {}", person.getKey(), resting.get());
        continue;
      }
      for (Candidate c : person.getValue()) {
        Optional<String> refused = guards.candidate(teamId, c, existing, now);
        if (refused.isPresent()) {
          log.debug("Not suggesting {} {} in {} to {}: {}", c.kind().word(), c.phrase(), c.channel(), c.user(),
              refused.get());
          continue;
        }
        offer(teamId, c, now);
        offered++;
        break;
      }
    }
    log.info("Suggestions in workspace {}: {} candidates for {} people, {} offered", teamId, candidates.size(),
        byPerson.size(), offered);
    return offered;
  }

  private void offer(String teamId, Candidate c, Instant now) {
    Suggestion s = store.insert(Suggestion.offer(teamId, c, now, quiet));
    try {
      CardPoster.Placed placed = cards.post(s);
      store.placed(teamId, s.id(), placed.channel(), placed.ts());
    } catch (SlackCallException e) {
      // Still offered: the App Home shows it.
      log.warn("Could not DM suggestion {} to {}: {}", s.id(), s.user(), e.getMessage());
    }
    changed.accept(s.user());
  }
}
