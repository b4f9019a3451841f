package dev.roundup.slack;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** The App Home tab: what Roundup can do, published when a user opens it. */
public final class AppHome {

  private final SlackApi slack;
  private final List<HomeSection> sections;

  public AppHome(SlackApi slack) {
    this(slack, List.of());
  }

  /** With each feature's section (digests, tasks) after the introduction. */
  public AppHome(SlackApi slack, List<HomeSection> sections) {
    this.slack = slack;
    this.sections = List.copyOf(sections);
  }

  public void publish(String userId) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("Roundup"))));
    blocks.add(BlockPacker.markdownSection(String.join("\n",
        "*Summaries on demand*",
        "• Mention `@roundup` in a thread to summarize it in place.",
        "• Mention `@roundup summarize last 3 days` in a channel for its recent messages.",
        "• `/summarize` for a private summary of this channel (`/summarize help` for the forms).")));
    blocks.add(divider());
    for (HomeSection section : sections) {
      blocks.addAll(section.blocks(userId));
      blocks.add(divider());
    }
    slack.call("views.publish", m -> m.viewsPublish(r -> r.userId(userId)
        .view(view(v -> v.type("home").blocks(blocks)))));
  }
}
