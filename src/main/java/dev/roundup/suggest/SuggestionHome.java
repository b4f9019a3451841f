package dev.roundup.suggest;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.HomeSection;
import dev.roundup.store.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Suggestions" section of a person's App Home: their suggestions still on offer, each on the
 * same card as the DM. The privacy rule is asked again before each is shown (someone who left the
 * channel since sees it no more). Nothing at all when there is nothing to offer; a line saying so
 * when the person turned suggestions off.
 */
final class SuggestionHome implements HomeSection {

  /** Cards shown at most (one is offered a week, so more is rare). */
  private static final int SHOWN = 3;

  private final SuggestionStore store;
  private final Guards guards;
  private final CardPoster cards;
  private final Clock clock;
  private final boolean enabled;

  SuggestionHome(SuggestionStore store, Guards guards, CardPoster cards, Clock clock,
      boolean enabled) {
    this.store = store;
    this.guards = guards;
    this.cards = cards;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Override
  public List<LayoutBlock> blocks(String userId) {
    if (!enabled) {
      return List.of();
    }
    // The Home is composed in the workspace of the person who opened it.
    String teamId = Workspace.current();
    List<LayoutBlock> blocks = new ArrayList<>();
    if (store.isOff(teamId, userId)) {
      blocks.add(header(h -> h.text(plainText("Suggestions"))));
      blocks.add(BlockPacker.markdownSection("You turned suggestions off. `/task suggestions on` lets me offer, "
          + "at most once a week, to take over something you do by hand on a rhythm."));
      blocks.add(divider());
      return blocks;
    }
    Instant now = clock.instant();
    List<Suggestion> shown = store.ofPerson(teamId, userId).stream().filter(s -> s.pending(now))
        .filter(s -> guards.privacy(s.user(), s.kind(), s.channel(), s.evidence()).isEmpty())
        .limit(SHOWN).toList();
    if (shown.isEmpty()) {
      return List.of();
    }
    blocks.add(header(h -> h.text(plainText("Suggestions"))));
    for (Suggestion s : shown) {
      blocks.addAll(cards.card(s));
      blocks.add(divider());
    }
    return blocks;
  }
}
