package dev.roundup.tasks;

import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.MessagePart;
import dev.roundup.slack.Permalinks;
import dev.roundup.slack.ReadProgress;
import dev.roundup.slack.SummaryBlocks;
import dev.roundup.slack.ThreadReader;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.Summary;
import dev.roundup.summarize.SummaryOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a summarize or digest task posts: each channel read over the window and summarized, one
 * section per channel (a summarize task of one channel is a digest of one). Reading errors are
 * thrown, so a run on an archived or unreachable channel is a failed run.
 */
final class ChannelDigest {

  private final ThreadReader reader;
  private final Summarizer summarizer;
  private final SummaryBlocks blocks;
  private final Permalinks permalinks;

  ChannelDigest(ThreadReader reader, Summarizer summarizer, SummaryBlocks blocks, Permalinks permalinks) {
    this.reader = reader;
    this.summarizer = summarizer;
    this.blocks = blocks;
    this.permalinks = permalinks;
  }

  /**
   * @param window words for the period covered, e.g. "since Mon 9:00 AM"
   * @param note   an extra line under the first heading (a late run says so), or null
   */
  List<MessagePart> render(List<String> channels, Instant since, String focus, String window, String note) {
    List<MessagePart> parts = new ArrayList<>();
    SummaryOptions options = focus == null || focus.isBlank()
        ? SummaryOptions.DEFAULT : SummaryOptions.focusedOn(focus);
    for (String channel : channels) {
      Conversation conversation = reader.readChannel(channel, since, ReadProgress.NONE);
      String heading = "Summary of <#" + channel + "> " + window;
      if (conversation.isEmpty()) {
        parts.add(new MessagePart(heading, List.of(BlockPacker.markdownSection("*" + heading + "*\n"
            + "Nothing new: no messages from people in this period."))));
        continue;
      }
      Summary summary = summarizer.summarize(conversation, options);
      String size = conversation.size() + " message" + (conversation.size() == 1 ? "" : "s");
      parts.addAll(blocks.render(heading + ": " + size, summary, permalinks.forConversation(conversation)));
    }
    if (note != null && !parts.isEmpty()) {
      MessagePart first = parts.get(0);
      List<com.slack.api.model.block.LayoutBlock> withNote = new ArrayList<>(first.blocks());
      withNote.add(BlockPacker.markdownSection(note));
      parts.set(0, new MessagePart(first.text() + " " + note, withNote));
    }
    return parts;
  }
}
