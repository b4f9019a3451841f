package dev.roundup.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One Slack message's worth of output: the notification/fallback text and its blocks, already
 * within Slack's limits.
 */
public record MessagePart(String text, List<LayoutBlock> blocks) {
  public MessagePart {
    blocks = List.copyOf(blocks);
  }
}
