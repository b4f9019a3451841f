package dev.roundup.tasks;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.element.BlockElement;
import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.HomeSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The person's tasks in their App Home: each with its schedule, next run and state, and buttons
 * Pause/Resume, Run now, Edit, Delete. At most {@value #SHOWN} tasks fit Slack's 100-block Home.
 */
final class TaskHome implements HomeSection {

  static final String PAUSE = "task_home_pause";
  static final String RESUME = "task_home_resume";
  static final String RUN = "task_home_run";
  static final String EDIT = "task_home_edit";
  static final String DELETE = "task_home_delete";
  private static final int SHOWN = 40;

  private final TaskRepository tasks;

  TaskHome(TaskRepository tasks) {
    this.tasks = tasks;
  }

  /** The management verb of a Home button. */
  static Optional<TaskCommand.Verb> verb(String actionId) {
    return switch (actionId) {
      case PAUSE -> Optional.of(TaskCommand.Verb.PAUSE);
      case RESUME -> Optional.of(TaskCommand.Verb.RESUME);
      case RUN -> Optional.of(TaskCommand.Verb.RUN);
      case EDIT -> Optional.of(TaskCommand.Verb.EDIT);
      case DELETE -> Optional.of(TaskCommand.Verb.DELETE);
      default -> Optional.empty();
    };
  }

  @Override
  public List<LayoutBlock> blocks(String userId) {
    List<Task> mine = tasks.byOwner(userId);
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("Your tasks"))));
    if (mine.isEmpty()) {
      blocks.add(BlockPacker.markdownSection("No tasks yet. Create one with "
          + "`/task every weekday at 9am summarize #incidents`, or `/task` for a form."));
      return blocks;
    }
    for (Task t : mine.subList(0, Math.min(SHOWN, mine.size()))) {
      blocks.add(BlockPacker.markdownSection(TaskBlocks.line(t)));
      String id = String.valueOf(t.id());
      List<BlockElement> buttons = new ArrayList<>();
      if (t.paused()) {
        buttons.add(button(b -> b.actionId(RESUME).text(plainText("Resume")).value(id)));
      } else if (t.nextRunAt() != null) {
        buttons.add(button(b -> b.actionId(PAUSE).text(plainText("Pause")).value(id)));
      }
      buttons.add(button(b -> b.actionId(RUN).text(plainText("Run now")).value(id)));
      buttons.add(button(b -> b.actionId(EDIT).text(plainText("Edit")).value(id)));
      // Slack asks before a delete from the Home tab: one click there has no undo.
      buttons.add(button(b -> b.actionId(DELETE).text(plainText("Delete")).style("danger").value(id)
          .confirm(ConfirmationDialogObject.builder().title(plainText("Delete task " + id + "?"))
              .text(plainText("It won't run again, and this can't be undone."))
              .confirm(plainText("Delete")).deny(plainText("Keep it")).style("danger").build())));
      blocks.add(actions(a -> a.blockId("task_" + id).elements(buttons)));
    }
    if (mine.size() > SHOWN) {
      blocks.add(BlockPacker.markdownSection("…and " + (mine.size() - SHOWN) + " more: `/task list`."));
    }
    blocks.add(divider());
    return blocks;
  }
}
