package dev.roundup.tasks;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** Where an answer to the user goes: a slash command's or a button's response URL, or a DM. */
@FunctionalInterface
public interface Reply {

  void send(String text, List<LayoutBlock> blocks);
}
