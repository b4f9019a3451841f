package dev.roundup.conversations;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.MessagePart;
import dev.roundup.slack.QuietAttribution;
import dev.roundup.slack.SlackText;
import dev.roundup.summarize.Answer;
import dev.roundup.summarize.AnswerLabels;
import dev.roundup.summarize.Labels;
import dev.roundup.summarize.Receipt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * Renders an answer as Block Kit: the question (when the reader cannot see it beside the answer),
 * the answer in one or two sentences, then the messages it rests on — who said it, a brief quote,
 * a link — and the receipt. A "not found" answer says so and cites nothing. The fixed words are
 * in the conversation's language ({@link Answer#language}).
 */
public final class AnswerBlocks {

  private final BlockPacker packer;
  private final QuietAttribution attribution;

  public AnswerBlocks(BlockPacker packer, QuietAttribution attribution) {
    this.packer = packer;
    this.attribution = attribution;
  }

  /**
   * @param question  the question as asked, shown above the answer; null where it sits right
   *                  above already (a mention in a thread)
   * @param notFound  the sentence for an answer not found ("I couldn't find that in this thread."),
   *                  in the answer's language
   * @param names     user id → display name, for quotes
   * @param permalink ts → link to that message
   */
  public List<MessagePart> render(String question, Answer answer, String notFound, Receipt receipt,
      Function<String, String> names, Function<String, String> permalink) {
    List<LayoutBlock> blocks = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    if (question != null) {
      add(blocks, sizes, "*Q:* " + SlackText.echo(question));
    }
    String text = answer.found() ? quiet(attribution.apply(answer.text()), names) : notFound;
    add(blocks, sizes, (answer.found() ? ":speech_balloon: " : ":mag: ") + text);
    if (answer.found() && !answer.quotes().isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add("*" + AnswerLabels.of(answer.language()).basedOn() + "*");
      for (Answer.Quote quote : answer.quotes()) {
        String who = quote.user() == null ? "" : "*" + names.apply(quote.user()) + "*: ";
        // The link is labelled in the answer's language, like the heading above it.
        lines.add("• " + who + "“" + quiet(quote.text().replace("\n", " "), names) + "” <"
            + permalink.apply(quote.ts()) + "|" + Labels.of(answer.language()).source() + ">");
      }
      for (String section : packer.sections(lines)) {
        blocks.add(BlockPacker.markdownSection(section));
        sizes.add(section.length());
      }
    }
    if (answer.note() != null) {
      note(blocks, sizes, ":information_source: " + answer.note());
    }
    if (receipt != null) {
      note(blocks, sizes, ":receipt: " + receipt.line(Labels.of(answer.language())));
    }
    List<List<LayoutBlock>> messages = packer.messages(blocks, sizes);
    String fallback = answer.found() ? quiet(attribution.apply(answer.text()), names) : notFound;
    List<MessagePart> parts = new ArrayList<>();
    for (List<LayoutBlock> message : messages) {
      parts.add(new MessagePart(fallback, message));
    }
    return parts;
  }

  /**
   * Text from messages, safe to post: people named rather than mentioned (quoting someone must not
   * notify them), and anything that would notify or disguise a link escaped.
   */
  static String quiet(String text, Function<String, String> names) {
    Matcher m = SlackText.USER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement("@" + names.apply(m.group(1))));
    }
    m.appendTail(out);
    return SlackText.escape(out.toString());
  }

  private void add(List<LayoutBlock> blocks, List<Integer> sizes, String text) {
    for (String section : packer.sections(List.of(text))) {
      blocks.add(BlockPacker.markdownSection(section));
      sizes.add(section.length());
    }
  }

  private static void note(List<LayoutBlock> blocks, List<Integer> sizes, String text) {
    blocks.add(context(c -> c.elements(List.of(markdownText(text)))));
    sizes.add(text.length());
  }
}
