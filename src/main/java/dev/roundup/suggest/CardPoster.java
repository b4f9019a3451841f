package dev.roundup.suggest;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import dev.roundup.slack.Permalinks;
import dev.roundup.slack.SlackApi;
import dev.roundup.slack.SlackCallException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts suggestion cards where people see them: posts the card to the person's DM, builds it for
 * their App Home, and turns the DM card into its one-line outcome once it is answered (from the DM
 * or from the Home), so no stale buttons are left behind.
 */
final class CardPoster {

  private static final Logger log = LoggerFactory.getLogger(CardPoster.class);

  /** Where a card was posted. */
  record Placed(String channel, String ts) { }

  private final SlackApi slack;
  private final Permalinks permalinks;
  private final Function<String, ZoneId> zones;
  private final Clock clock;

  CardPoster(SlackApi slack, Permalinks permalinks, Function<String, ZoneId> zones, Clock clock) {
    this.slack = slack;
    this.permalinks = permalinks;
    this.zones = zones;
    this.clock = clock;
  }

  /** The card's blocks for this person now. */
  List<LayoutBlock> card(Suggestion s) {
    ZoneId zone = zones.apply(s.user());
    return SuggestionCard.blocks(s, zone, ZonedDateTime.now(clock.withZone(zone)), links(s));
  }

  /** Posts the card to the person's DM. */
  Placed post(Suggestion s) {
    List<LayoutBlock> blocks = card(s);
    ChatPostMessageResponse r = slack.call("chat.postMessage", m -> m.chatPostMessage(p -> p.channel(s.user())
        .text(SuggestionCard.fallback(s)).blocks(blocks)));
    return new Placed(r.getChannel(), r.getTs());
  }

  /** Replaces the DM card with its outcome; logs when Slack refuses (the Home shows it anyway). */
  void answered(Suggestion s, String outcome) {
    if (s.dmChannel() == null || s.dmTs() == null) {
      return;
    }
    try {
      slack.call("chat.update", m -> m.chatUpdate(p -> p.channel(s.dmChannel()).ts(s.dmTs()).text(outcome)
          .blocks(SuggestionCard.answered(outcome))));
    } catch (SlackCallException e) {
      log.warn("Could not update the card of suggestion {}: {}", s.id(), e.getMessage());
    }
  }

  /** A direct message to the person (a refusal to explain). */
  void tell(String user, String text) {
    try {
      slack.call("chat.postMessage", m -> m.chatPostMessage(p -> p.channel(user).text(text)));
    } catch (SlackCallException e) {
      log.warn("Could not DM {}: {}", user, e.getMessage());
    }
  }

  /** Links to the evidence messages, one permalink shape per channel; the ts when Slack cannot say. */
  private Function<Occurrence, String> links(Suggestion s) {
    Map<String, Function<String, String>> byChannel = new HashMap<>();
    return o -> {
      try {
        return byChannel.computeIfAbsent(o.channel(), c -> permalinks.forChannel(c, o.ts(), Map.of())).apply(o.ts());
      } catch (SlackCallException e) {
        log.debug("No permalink for {} in {}: {}", o.ts(), o.channel(), e.getMessage());
        return o.ts();
      }
    };
  }
}
