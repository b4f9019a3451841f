package dev.roundup.digest;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.HomeSection;
import java.util.ArrayList;
import java.util.List;

/** The caller's digests on the App Home, next to their tasks. */
public final class DigestHomeSection implements HomeSection {

  private final DigestRepository repository;
  private final String defaultSchedule;

  /** @param defaultSchedule the schedule a digest gets when {@code /digest} names none */
  public DigestHomeSection(DigestRepository repository, String defaultSchedule) {
    this.repository = repository;
    this.defaultSchedule = defaultSchedule;
  }

  @Override
  public List<LayoutBlock> blocks(String userId) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("Your digests"))));
    List<DigestSubscription> mine = repository.byOwner(userId);
    List<String> lines = new ArrayList<>();
    if (mine.isEmpty()) {
      lines.add("No digests yet. `/digest #eng #design` sends you a roundup of those channels "
          + defaultSchedule + ".");
    }
    for (DigestSubscription s : mine) {
      lines.add(s.id() + ". " + DigestCommands.describe(s) + " — next "
          + DigestCommands.WHEN.format(s.nextRunAt().atZone(s.zone()))
          + DigestCommands.lastSkipped(repository, s));
    }
    lines.add("_`/digest preview N` to see one now, `/digest run N` to post it now, `/digest edit N` to change it._");
    new BlockPacker().sections(lines).forEach(t -> blocks.add(BlockPacker.markdownSection(t)));
    return blocks;
  }
}
