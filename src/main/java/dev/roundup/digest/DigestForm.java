package dev.roundup.digest;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.multiConversationsSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ConversationsFilter;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.roundup.slack.SlackText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * The digest form (a modal): channels, schedule, focus and destination, the same fields as the
 * command, typed the same way, so one parser reads both. {@code private_metadata} carries the
 * digest number being edited, or "new".
 */
public final class DigestForm {


  public static final String CALLBACK_ID = "digest_form";
  static final String CHANNELS = "channels";
  static final String SCHEDULE = "schedule";
  static final String FOCUS = "focus";
  static final String DESTINATION = "destination";
  static final String VALUE = "value";

  /** What the form holds. */
  public record Fields(String channels, String schedule, String focus, String destination) {}

  private DigestForm() {}

  public static View modal(String metadata, Fields initial) {
    List<LayoutBlock> blocks = List.of(
        channelPicker(initial.channels()),
        field(SCHEDULE, "When", "every friday at 4pm", initial.schedule(), false),
        field(FOCUS, "Focus (optional)", "launches, risks, customer issues", initial.focus(), true),
        field(DESTINATION, "Post in a channel instead of a DM (optional)", "#general",
            initial.destination(), true));
    return view(v -> v.type("modal").callbackId(CALLBACK_ID).privateMetadata(metadata)
        .title(viewTitle(t -> t.type("plain_text").text("Digest")))
        .submit(viewSubmit(t -> t.type("plain_text").text("Save")))
        .close(viewClose(t -> t.type("plain_text").text("Cancel")))
        .blocks(blocks));
  }

  /** The submitted values, blank ones as null; picked channels come back escaped ({@code <#C1>}). */
  public static Fields read(ViewState state) {
    Map<String, Map<String, ViewState.Value>> values = state.getValues();
    return new Fields(pickedChannels(values), value(values, SCHEDULE), value(values, FOCUS),
        value(values, DESTINATION));
  }

  /** A channel multi-select, public and private, preset to the channels in {@code initial}. */
  private static LayoutBlock channelPicker(String initial) {
    List<String> ids = new ArrayList<>();
    Matcher m = SlackText.CHANNEL.matcher(initial == null ? "" : initial);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return input(i -> i.blockId(CHANNELS).label(plainText("Channels"))
        .element(multiConversationsSelect(s -> s.actionId(VALUE).placeholder(plainText("Pick channels"))
            .initialConversations(ids.isEmpty() ? null : ids)
            .filter(ConversationsFilter.builder().include(List.of("public", "private"))
                .excludeBotUsers(true).build()))));
  }

  private static String pickedChannels(Map<String, Map<String, ViewState.Value>> values) {
    Map<String, ViewState.Value> actions = values == null ? null : values.get(CHANNELS);
    ViewState.Value v = actions == null ? null : actions.get(VALUE);
    if (v == null) {
      return null;
    }
    if (v.getSelectedConversations() != null) {
      return v.getSelectedConversations().isEmpty() ? null : v.getSelectedConversations().stream()
          .map(id -> "<#" + id + ">").collect(Collectors.joining(" "));
    }
    return v.getValue() == null || v.getValue().isBlank() ? null : v.getValue().strip();
  }

  /** The form's fields as the command's settings; errors are keyed by the field's block id. */
  public static DigestArgs.Parsed settings(Fields f) {
    DigestArgs.Parsed channels = DigestArgs.settings(f.channels() == null ? "" : f.channels());
    if (!(channels instanceof DigestArgs.Settings s) || s.schedule() != null || s.focus() != null) {
      return new DigestArgs.Invalid("List channels only, like #eng #design.");
    }
    String schedule = f.schedule() == null ? null
        : f.schedule().toLowerCase().startsWith("every") ? f.schedule() : "every " + f.schedule();
    String destination = "me";
    if (f.destination() != null) {
      DigestArgs.Parsed to = DigestArgs.settings("to " + f.destination());
      if (!(to instanceof DigestArgs.Settings t) || t.destination() == null) {
        return new DigestArgs.Invalid("Name one channel, like #general, or leave it empty for a DM.");
      }
      destination = t.destination();
    }
    return new DigestArgs.Settings(s.channels(), schedule, f.focus(), destination);
  }

  private static LayoutBlock field(String id, String label, String placeholder, String initial,
      boolean optional) {
    return input(i -> i.blockId(id).optional(optional).label(plainText(label))
        .element(plainTextInput(p -> p.actionId(VALUE).placeholder(plainText(placeholder))
            .initialValue(initial))));
  }

  private static String value(Map<String, Map<String, ViewState.Value>> values, String block) {
    Map<String, ViewState.Value> actions = values == null ? null : values.get(block);
    ViewState.Value v = actions == null ? null : actions.get(VALUE);
    return v == null || v.getValue() == null || v.getValue().isBlank() ? null : v.getValue().strip();
  }
}
