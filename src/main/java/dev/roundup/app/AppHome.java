package dev.roundup.app;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;

import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.request.views.ViewsPublishRequest;
import com.slack.api.model.block.LayoutBlock;
import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.HomeSection;
import dev.roundup.slack.SlackAnswer;
import dev.roundup.slack.SlackApi;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Home tab: what Roundup can do, then each feature's section for this person (their tasks),
 * published when they open it and whenever something of theirs changes.
 */
public final class AppHome {

  private static final Logger log = LoggerFactory.getLogger(AppHome.class);
  /** Slack's limit on blocks in a Home view. */
  private static final int MAX_BLOCKS = 100;

  private final SlackApi slack;
  private final List<HomeSection> sections;

  public AppHome(SlackApi slack) {
    this(slack, List.of());
  }

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
    }
    List<LayoutBlock> fitted = blocks.size() > MAX_BLOCKS ? blocks.subList(0, MAX_BLOCKS) : blocks;
    ViewsPublishRequest request = ViewsPublishRequest.builder().userId(userId)
        .view(view(v -> v.type("home").blocks(fitted))).build();
    // Slack echoes the whole view back; only ok/error is read (see SlackAnswer).
    slack.post("views.publish", RequestFormBuilder.toForm(request), SlackAnswer.class);
  }

  /** Publishes, logging instead of throwing: a refresh after a change must not fail the change. */
  public void refresh(String userId) {
    try {
      publish(userId);
    } catch (RuntimeException e) {
      log.warn("Could not refresh the App Home of {}: {}", userId, e.getMessage());
    }
  }
}
