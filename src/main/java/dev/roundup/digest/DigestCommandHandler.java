package dev.roundup.digest;

import dev.roundup.access.Access;
import dev.roundup.slack.ChannelLookup;
import dev.roundup.slack.MessagePart;
import dev.roundup.slack.Replier;
import dev.roundup.slack.SlackApi;
import dev.roundup.slack.SlackCallException;
import dev.roundup.slack.SlackErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Between Slack and {@link DigestCommands}: answers help and malformed input in the ack itself,
 * runs everything else after the ack, opens the form and reads its submission.
 */
public final class DigestCommandHandler {

  private static final Logger log = LoggerFactory.getLogger(DigestCommandHandler.class);

  private final DigestCommands commands;
  private final ChannelLookup channels;
  private final SlackApi slack;
  private final Access access;

  public DigestCommandHandler(DigestCommands commands, ChannelLookup channels, SlackApi slack,
      Access access) {
    this.access = access;
    this.commands = commands;
    this.channels = channels;
    this.slack = slack;
  }

  /** The whole answer when no work is needed (help, input not understood), else null. */
  public String immediateReply(String text) {
    DigestArgs.Parsed parsed = DigestArgs.parse(text);
    if (parsed instanceof DigestArgs.Help) {
      return commands.help();
    }
    if (parsed instanceof DigestArgs.Invalid invalid) {
      return ":warning: " + invalid.reason();
    }
    return null;
  }

  /** What the ack says while the work runs. */
  public String workingOn(String text) {
    DigestArgs.Parsed parsed = DigestArgs.parse(text);
    return parsed instanceof DigestArgs.Preview ? ":hourglass_flowing_sand: Building your digest preview…"
        : parsed instanceof DigestArgs.Run ? ":hourglass_flowing_sand: Building your digest…" : null;
  }

  /** Runs the command after the ack; answers go through the reply. */
  public void run(String caller, String text, String triggerId, Replier reply) {
    try {
      DigestArgs.Parsed parsed = DigestArgs.parse(text);
      if (parsed instanceof DigestArgs.ListAll) {
        commands.list(caller, reply);
      } else if (parsed instanceof DigestArgs.Preview p) {
        commands.preview(caller, p.number(), reply);
      } else if (parsed instanceof DigestArgs.Run r) {
        commands.run(caller, r.number(), reply);
      } else if (parsed instanceof DigestArgs.Delete d) {
        commands.delete(caller, d.number(), reply);
      } else if (parsed instanceof DigestArgs.Edit e) {
        if (e.settings() == null) {
          openForm(caller, e.number(), triggerId, reply);
        } else {
          commands.edit(caller, e.number(), e.settings(), reply);
        }
      } else if (parsed instanceof DigestArgs.Settings s) {
        commands.create(caller, s, reply);
      } else if (parsed instanceof DigestArgs.Invalid i) {
        reply.text(":warning: " + i.reason());
      } else {
        reply.text(commands.help());
      }
    } catch (SlackCallException e) {
      log.warn("/digest {} for {} failed: {}", text, caller, e.getMessage());
      reply.text(":warning: " + SlackErrors.explain(e));
    }
  }

  /** Opens the form on digest N filled in (N = 0: a new digest). */
  public void openForm(String caller, int number, String triggerId, Replier reply) {
    DigestForm.Fields fields = new DigestForm.Fields(null, null, null, null);
    String metadata = "new";
    if (number > 0) {
      Optional<DigestSubscription> found = commands.numbered(caller, number, reply);
      if (found.isEmpty()) {
        return;
      }
      DigestSubscription s = found.get();
      List<String> picked = new ArrayList<>();
      for (String id : s.channels()) {
        picked.add("<#" + id + ">");
      }
      String destination = s.destination() == null ? null
          : channels.info(s.destination()).map(c -> "#" + c.name()).orElse("<#" + s.destination() + ">");
      fields = new DigestForm.Fields(String.join(" ", picked),
          dev.roundup.schedule.Schedules.fromSpec(s.scheduleSpec()).describe(), s.focus(), destination);
      metadata = String.valueOf(number);
    }
    var view = DigestForm.modal(metadata, fields);
    slack.call("views.open", m -> m.viewsOpen(r -> r.triggerId(triggerId).view(view)));
  }

  /**
   * Saves a submitted form. Answers the refusal to show on the form, or null when saved (the
   * confirmation then goes to {@code confirm}: the caller's DM).
   */
  public String submit(String caller, String metadata, DigestForm.Fields fields, Replier confirm) {
    DigestArgs.Parsed parsed = DigestForm.settings(fields);
    if (parsed instanceof DigestArgs.Invalid invalid) {
      return invalid.reason();
    }
    DigestArgs.Settings settings = (DigestArgs.Settings) parsed;
    Capture capture = new Capture();
    try {
      if ("new".equals(metadata)) {
        commands.create(caller, settings, capture);
      } else if (metadata != null && metadata.matches("[1-9]\\d{0,8}")) {
        commands.edit(caller, Integer.parseInt(metadata), settings, capture);
      } else {
        return "This form is out of date. Open it again with `/digest edit N` or `/digest`.";
      }
      if (capture.refusal != null) {
        // A form shows its errors as plain text: channel links are written out as names.
        return access.plainText(capture.refusal, caller);
      }
    } catch (SlackCallException e) {
      log.warn("Digest form of {} could not be checked: {}", caller, e.getMessage());
      return SlackErrors.explain(e);
    }
    capture.texts.forEach(confirm::text);
    return null;
  }

  /** Holds a reply so a refusal can be shown on the form instead of being sent. */
  private static final class Capture implements Replier {
    final List<String> texts = new ArrayList<>();
    String refusal;

    @Override
    public void send(MessagePart part) {
      texts.add(part.text());
    }

    @Override
    public void text(String text) {
      if (text.startsWith(":warning: ")) {
        refusal = text.substring(":warning: ".length());
      } else {
        texts.add(text);
      }
    }
  }
}
