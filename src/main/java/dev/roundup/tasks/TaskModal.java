package dev.roundup.tasks;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.List;

/**
 * The task form: what to do and when, as text the {@code /task} parser reads. Opened empty by
 * {@code /task}, prefilled by Edit; {@code private_metadata} holds the id of the task being edited.
 */
final class TaskModal {

  static final String CALLBACK_ID = "task_modal";
  static final String WHAT_BLOCK = "task_what";
  static final String WHAT_ACTION = "what";
  static final String WHEN_BLOCK = "task_when";
  static final String WHEN_ACTION = "when";

  private TaskModal() {}

  /** @param taskId the task being edited, or null for a new one */
  static View of(String what, String when, Long taskId) {
    List<LayoutBlock> blocks = List.of(
        input(i -> i.blockId(WHAT_BLOCK).label(plainText("What"))
            .hint(plainText("remind me to …, remind @person …, summarize #channel [focus …] [to #channel], digest #a #b"))
            .element(plainTextInput(p -> p.actionId(WHAT_ACTION).initialValue(what == null ? "" : what)
                .placeholder(plainText("summarize #incidents"))))),
        input(i -> i.blockId(WHEN_BLOCK).label(plainText("When"))
            .hint(plainText("every weekday at 9am, every Friday at 4pm, tomorrow at 3pm, on the 1st of every month"))
            .element(plainTextInput(p -> p.actionId(WHEN_ACTION).initialValue(when == null ? "" : when)
                .placeholder(plainText("every weekday at 9am"))))));
    return view(v -> v.type("modal").callbackId(CALLBACK_ID)
        .privateMetadata(taskId == null ? "" : String.valueOf(taskId))
        .title(viewTitle(t -> t.type("plain_text").text(taskId == null ? "New task" : "Edit task " + taskId)))
        .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
        .close(viewClose(c -> c.type("plain_text").text("Cancel")))
        .blocks(blocks));
  }
}
