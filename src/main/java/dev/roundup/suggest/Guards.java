package dev.roundup.suggest;

import dev.roundup.access.Access;
import dev.roundup.access.Verdict;
import dev.roundup.slack.Destination;
import dev.roundup.slack.SlackCallException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every rule a suggestion must pass before it is offered, each refusal in words (for the log):
 * <ul>
 *   <li>the person has not turned suggestions off, and was not offered one within the gap
 *   (one a week by default);</li>
 *   <li>they never answered the same suggestion Never or Schedule it, and it is not resting
 *   after Not now, Edit first or an unanswered offer;</li>
 *   <li>the privacy rule ({@link Access}): they are a member of every channel its evidence comes
 *   from and of the channel summarized, and may post where a reminder would go;</li>
 *   <li>nothing Roundup already does covers it ({@link ExistingWork}).</li>
 * </ul>
 */
final class Guards {

  private final SuggestionStore store;
  private final Access access;
  private final Duration gap;

  Guards(SuggestionStore store, Access access, Duration gap) {
    this.store = store;
    this.access = access;
    this.gap = gap;
  }

  /** Why this person is offered nothing now, if so. */
  Optional<String> person(String teamId, String user, Instant now) {
    if (store.isOff(teamId, user)) {
      return Optional.of("turned suggestions off");
    }
    return store.lastOffered(teamId, user).filter(last -> last.plus(gap).isAfter(now))
        .map(last -> "was offered one at " + last);
  }

  /** Why this candidate is not offered, if not. */
  Optional<String> candidate(String teamId, Candidate c, ExistingWork existing, Instant now) {
    return answered(store.ofPerson(teamId, c.user()), c, now)
        .or(() -> privacy(c.user(), c.kind(), c.channel(), c.evidence()))
        .or(() -> existing.covering(c).map(what -> "covered by " + what));
  }

  /** The person's past answer to the same suggestion, if it still holds. */
  static Optional<String> answered(List<Suggestion> past, Candidate c, Instant now) {
    for (Suggestion s : past) {
      if (!same(s, c)) {
        continue;
      }
      switch (s.state()) {
        case NEVER -> {
          return Optional.of("answered Never");
        }
        case ACCEPTED -> {
          return Optional.of("scheduled before");
        }
        default -> {
          if (s.quietUntil() != null && s.quietUntil().isAfter(now)) {
            return Optional.of(s.state().name().toLowerCase(Locale.ROOT) + " until " + s.quietUntil());
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The same suggestion, as far as an answer goes: the same reminder (nearly the same words) in the
   * same channel, or summaries of the same channel (a summarize and a digest suggestion alike).
   */
  static boolean same(Suggestion s, Candidate c) {
    if (!s.channel().equals(c.channel()) || (s.kind() == Kind.REMIND) != (c.kind() == Kind.REMIND)) {
      return false;
    }
    return c.kind() != Kind.REMIND || PostText.same(PostText.of(s.text()), PostText.of(c.text()));
  }

  /**
   * The privacy rule for a suggestion to this person about this channel, citing this evidence: the
   * first refusal, in words. Asked before offering and again before showing it in the App Home.
   */
  Optional<String> privacy(String user, Kind kind, String channel, List<Occurrence> evidence) {
    try {
      Set<String> seenIn = new LinkedHashSet<>();
      evidence.stream().filter(Occurrence::isMessage).forEach(o -> seenIn.add(o.channel()));
      for (String c : seenIn) {
        Verdict read = access.mayRead(user, c);
        if (!read.isAllowed()) {
          return read.reason();
        }
      }
      Verdict verdict = kind == Kind.REMIND
          ? access.mayPost(user, Destination.channel(channel))
          : access.mayReadFor(user, channel, Destination.dm(user));
      return verdict.reason();
    } catch (SlackCallException e) {
      // The rule could not be asked (a rate limit): not tonight, rather than on a guess.
      return Optional.of("the privacy rule could not be checked: " + e.getMessage());
    }
  }
}
