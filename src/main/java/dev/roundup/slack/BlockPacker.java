package dev.roundup.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs lines of mrkdwn into section blocks and the blocks into messages, within Slack's limits:
 * 3,000 characters per section text and 50 blocks per message (we also keep a message under
 * {@value #MAX_MESSAGE_CHARS} characters of block text). Nothing is dropped: a line longer than a
 * section is split at a space and continued in the next section, and extra blocks go to the next
 * message.
 */
public final class BlockPacker {

  public static final int MAX_SECTION_CHARS = 3000;
  public static final int MAX_BLOCKS = 50;
  public static final int MAX_MESSAGE_CHARS = 12_000;

  private final int sectionChars;
  private final int maxBlocks;
  private final int messageChars;

  public BlockPacker() {
    this(MAX_SECTION_CHARS, MAX_BLOCKS, MAX_MESSAGE_CHARS);
  }

  /** Smaller limits, for tests that want splitting without huge inputs. */
  public BlockPacker(int sectionChars, int maxBlocks, int messageChars) {
    this.sectionChars = sectionChars;
    this.maxBlocks = maxBlocks;
    this.messageChars = messageChars;
  }

  /** Joins lines into as few sections as the limit allows, splitting over-long lines. */
  public List<String> sections(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      for (String piece : split(line)) {
        if (current.length() > 0 && current.length() + 1 + piece.length() > sectionChars) {
          out.add(current.toString());
          current.setLength(0);
        }
        if (current.length() > 0) {
          current.append('\n');
        }
        current.append(piece);
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  /** Groups blocks into messages; each block's size is its section text length (others count 0). */
  public List<List<LayoutBlock>> messages(List<LayoutBlock> blocks, List<Integer> sizes) {
    List<List<LayoutBlock>> out = new ArrayList<>();
    List<LayoutBlock> current = new ArrayList<>();
    int chars = 0;
    for (int i = 0; i < blocks.size(); i++) {
      int size = sizes.get(i);
      if (!current.isEmpty() && (current.size() == maxBlocks || chars + size > messageChars)) {
        out.add(current);
        current = new ArrayList<>();
        chars = 0;
      }
      current.add(blocks.get(i));
      chars += size;
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  public static LayoutBlock markdownSection(String text) {
    return section(s -> s.text(markdownText(text)));
  }

  private List<String> split(String line) {
    List<String> pieces = new ArrayList<>();
    String rest = line;
    while (rest.length() > sectionChars) {
      int cut = rest.lastIndexOf(' ', sectionChars);
      if (cut <= sectionChars / 2) {
        cut = sectionChars;
      }
      pieces.add(rest.substring(0, cut));
      rest = rest.substring(cut).stripLeading();
    }
    pieces.add(rest);
    return pieces;
  }
}
