package dev.roundup.app;

import com.slack.api.Slack;
import com.slack.api.app_backend.events.payload.Authorization;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.ChannelArchiveEvent;
import com.slack.api.model.event.ChannelUnarchiveEvent;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.GroupArchiveEvent;
import com.slack.api.model.event.GroupUnarchiveEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.TeamAccessGrantedEvent;
import com.slack.api.model.event.TeamAccessRevokedEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.roundup.access.Access;
import dev.roundup.conversations.AskCommandHandler;
import dev.roundup.conversations.CatchUpCommandHandler;
import dev.roundup.conversations.MentionRouter;
import dev.roundup.digest.DigestCommandHandler;
import dev.roundup.digest.DigestForm;
import dev.roundup.ingest.MessageIngestor;
import dev.roundup.install.Uninstalls;
import dev.roundup.slack.BusyNotice;
import dev.roundup.slack.DirectMessageReplier;
import dev.roundup.slack.Poster;
import dev.roundup.slack.QueuedReplier;
import dev.roundup.slack.Replier;
import dev.roundup.slack.ResponseUrlReplier;
import dev.roundup.slack.SlackText;
import dev.roundup.slack.WorkQueue;
import dev.roundup.suggest.Suggestions;
import dev.roundup.summaries.SummarizeCommandHandler;
import dev.roundup.tasks.TaskHandlers;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one table of everything Roundup listens to. Each listener acks at once and hands the work to
 * the {@link WorkQueue}; parsing and replying live in the handlers it calls.
 */
public final class Listeners {

  /** The handlers the listeners call. */
  public record Handlers(
      WorkQueue work,
      WorkQueue summaries,
      BusyNotice busy,
      MentionRouter mentions,
      SummarizeCommandHandler summarize,
      AskCommandHandler ask,
      CatchUpCommandHandler catchUp,
      AppHome home,
      TaskHandlers tasks,
      MessageIngestor ingest,
      DigestCommandHandler digests,
      Suggestions suggestions,
      Access access,
      Slack slack,
      Poster poster,
      MeterRegistry metrics) { }

  static final String BUSY = BusyNotice.TEXT;

  private Listeners() {}

  public static void register(App app, Handlers h) {
    // ---- Mentions (summaries, questions, catch-ups) and summaries on demand --------------------------------------------------------------
    app.event(AppMentionEvent.class, (payload, ctx) -> {
      AppMentionEvent event = payload.getEvent();
      if (!SlackText.isId(event.getUser()) || !SlackText.isId(event.getChannel()) || event.getTs() == null) {
        return ctx.ack(); // a mention from no one, or nowhere: nothing to answer
      }
      // Summaries, questions and catch-ups run on their own pool (fewer threads than cores), so
      // they never hold up the acks or the message events; when its queue is full, the person is
      // told Roundup is busy. A shed mention is not claimed, so nothing accepted is lost.
      if (!h.summaries().submitOnce(payload.getEventId(), () -> h.mentions().handle(event))) {
        h.busy().tell("app_mention", event.getChannel(),
            event.getThreadTs() != null ? event.getThreadTs() : event.getTs(), event.getUser());
      }
      return ctx.ack();
    });

    app.command("/summarize", (req, ctx) -> {
      var payload = req.getPayload();
      String immediate = h.summarize().immediateReply(payload);
      if (immediate != null) {
        return ctx.ack(r -> r.responseType("ephemeral").text(immediate));
      }
      ResponseUrlReplier replier = ResponseUrlReplier.command(h.slack(), payload.getResponseUrl());
      if (!h.summaries().submit(() -> {
        // A command leaves no message behind: the log is how a summary asked for by hand is seen.
        h.suggestions().logged(payload.getTeamId(), payload.getUserId(), "/summarize", payload.getText(),
            payload.getChannelId());
        h.summarize().run(payload, replier);
      })) {
        h.busy().counted("/summarize");
        return ctx.ack(r -> r.responseType("ephemeral").text(BUSY));
      }
      return ctx.ack(r -> r.responseType("ephemeral").text(SummarizeCommandHandler.workingOn(payload)));
    });

    // ---- Questions and catch-ups ------------------------------------------------------------------
    app.command("/ask", (req, ctx) -> {
      var payload = req.getPayload();
      String immediate = h.ask().immediateReply(payload);
      if (immediate != null) {
        return ctx.ack(r -> r.responseType("ephemeral").text(immediate));
      }
      ResponseUrlReplier replier = ResponseUrlReplier.command(h.slack(), payload.getResponseUrl());
      if (!h.summaries().submit(() -> h.ask().run(payload, replier))) {
        h.busy().counted("/ask");
        return ctx.ack(r -> r.responseType("ephemeral").text(BUSY));
      }
      return ctx.ack(r -> r.responseType("ephemeral").text(AskCommandHandler.workingOn()));
    });

    app.command("/catchup", (req, ctx) -> {
      var payload = req.getPayload();
      String immediate = h.catchUp().immediateReply(payload);
      if (immediate != null) {
        return ctx.ack(r -> r.responseType("ephemeral").text(immediate));
      }
      ResponseUrlReplier replier = ResponseUrlReplier.command(h.slack(), payload.getResponseUrl());
      if (!h.summaries().submit(() -> h.catchUp().run(payload, replier))) {
        h.busy().counted("/catchup");
        return ctx.ack(r -> r.responseType("ephemeral").text(BUSY));
      }
      return ctx.ack(r -> r.responseType("ephemeral").text(h.catchUp().workingOn(payload)));
    });

    // ---- Recurring tasks ---------------------------------------------------------------------
    app.command("/task", (req, ctx) -> {
      var p = req.getPayload();
      var reply = ResponseUrlReplier.command(h.slack(), p.getResponseUrl());
      if (!h.work().submit(() -> h.tasks().command(p.getUserId(), p.getTeamId(), p.getText(),
          p.getTriggerId(), reply))) {
        h.busy().counted("/task");
        return ctx.ack(r -> r.responseType("ephemeral").text(BUSY));
      }
      return ctx.ack();
    });

    app.blockAction(Pattern.compile("^task_.+"), (req, ctx) -> {
      var p = req.getPayload();
      var action = p.getActions().get(0);
      String userId = p.getUser().getId();
      // A button in the App Home has no message to replace: its answer goes to the person's DM.
      Replier reply = p.getResponseUrl() == null ? new DirectMessageReplier(h.poster(), userId)
          : ResponseUrlReplier.replacing(h.slack(), p.getResponseUrl());
      String team = p.getTeam() == null ? null : p.getTeam().getId();
      if (!h.work().submit(() -> h.tasks().action(userId, team, action.getActionId(),
          action.getValue(), p.getTriggerId(), reply))) {
        // A button's ack carries no message: the person is told apart, beside the message they
        // pressed on. Nothing changed, so pressing again later is safe.
        h.busy().tell("task button", busyReplier(h, p.getResponseUrl(), userId), userId);
      }
      return ctx.ack();
    });

    app.viewSubmission(TaskHandlers.FORM, (req, ctx) -> {
      var p = req.getPayload();
      var errors = h.tasks().submitForm(p.getUser().getId(), p.getTeam() == null ? null : p.getTeam().getId(),
          p.getView(), confirmation(h, p.getUser().getId()));
      return errors.isEmpty() ? ctx.ack() : ctx.ack(r -> r.responseAction("errors").errors(errors));
    });

    // ---- Suggestions -------------------------------------------------------------------------
    app.blockAction(Pattern.compile("^suggest_.+"), (req, ctx) -> {
      var p = req.getPayload();
      var action = p.getActions().get(0);
      String team = p.getTeam() == null ? null : p.getTeam().getId();
      String userId = p.getUser().getId();
      if (!h.work().submit(() -> h.suggestions().action(userId, team,
          action.getActionId(), action.getValue(), p.getTriggerId()))) {
        h.busy().tell("suggestion button", busyReplier(h, p.getResponseUrl(), userId), userId);
      }
      return ctx.ack();
    });

    // ---- App Home ---------------------------------------------------------------------------
    app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
      AppHomeOpenedEvent event = payload.getEvent();
      if ("home".equals(event.getTab()) && SlackText.isId(event.getUser())) {
        h.work().submitOnce(payload.getEventId(), () -> h.home().publish(event.getUser()));
      }
      return ctx.ack();
    });

    // ---- Ingestion: message.channels / message.groups into the message store ----------------
    // Message events go to the ingest queue (its own thread, batched writes), ahead of any summary:
    // new messages, edits and deletes alike, so a delete or an edit never overtakes its message.
    app.event(MessageEvent.class, (payload, ctx) -> {
      h.ingest().arrived(payload.getEventId(), payload.getEvent());
      return ctx.ack();
    });
    app.event(MessageThreadBroadcastEvent.class, (payload, ctx) -> {
      h.ingest().arrived(payload.getEventId(), payload.getEvent());
      return ctx.ack();
    });
    app.event(MessageChangedEvent.class, (payload, ctx) -> {
      h.ingest().arrived(payload.getEventId(), payload.getEvent());
      return ctx.ack();
    });
    app.event(MessageDeletedEvent.class, (payload, ctx) -> {
      h.ingest().arrived(payload.getEventId(), payload.getEvent());
      return ctx.ack();
    });

    // ---- Digests ------------------------------------------------------------------------------
    app.command("/digest", (req, ctx) -> {
      var payload = req.getPayload();
      String immediate = h.digests().immediateReply(payload.getText());
      if (immediate != null) {
        return ctx.ack(r -> r.responseType("ephemeral").text(immediate));
      }
      ResponseUrlReplier replier = ResponseUrlReplier.command(h.slack(), payload.getResponseUrl());
      if (!h.work().submit(() -> {
        if (h.digests().workingOn(payload.getText()) != null) {
          // A preview is a digest read by hand; other /digest commands change settings.
          h.suggestions().logged(payload.getTeamId(), payload.getUserId(), "/digest", payload.getText(),
              payload.getChannelId());
        }
        h.digests().run(payload.getUserId(), payload.getText(), payload.getTriggerId(), replier);
      })) {
        h.busy().counted("/digest");
        return ctx.ack(r -> r.responseType("ephemeral").text(BUSY));
      }
      String working = h.digests().workingOn(payload.getText());
      return working == null ? ctx.ack() : ctx.ack(r -> r.responseType("ephemeral").text(working));
    });

    app.viewSubmission(DigestForm.CALLBACK_ID, (req, ctx) -> {
      var payload = req.getPayload();
      String refusal = h.digests().submit(payload.getUser().getId(),
          payload.getView().getPrivateMetadata(), DigestForm.read(payload.getView().getState()),
          confirmation(h, payload.getUser().getId()));
      if (refusal != null) {
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of("channels", refusal)));
      }
      return ctx.ack();
    });

    // ---- The privacy rule: membership changes reach the access cache at once -----------------
    refreshesAccess(app, h, MemberJoinedChannelEvent.class, MemberJoinedChannelEvent::getChannel);
    refreshesAccess(app, h, MemberLeftChannelEvent.class, MemberLeftChannelEvent::getChannel);
    // Archived or brought back: whether anything can be posted there, and what a digest or a task
    // set up on it is told, changes at once rather than when the cached answer expires.
    refreshesAccess(app, h, ChannelArchiveEvent.class, ChannelArchiveEvent::getChannel);
    refreshesAccess(app, h, ChannelUnarchiveEvent.class, ChannelUnarchiveEvent::getChannel);
    refreshesAccess(app, h, GroupArchiveEvent.class, GroupArchiveEvent::getChannel);
    refreshesAccess(app, h, GroupUnarchiveEvent.class, GroupUnarchiveEvent::getChannel);

    // A request Roundup cannot use never gets here (SlackEndpoint answers it 4xx); a listener that
    // throws is answered by HandlerFailures, never with a 500.
    // Other events (message subtypes nobody stores: joins, bot posts) are acknowledged by Bolt
    // itself (AppConfig allEventsApiAutoAckEnabled), so Slack never retries them.
  }

  /** An event naming no channel (or one that is not Slack's) changes nothing. */
  /**
   * Where a saved form's confirmation goes: the person's DM, posted after the ack (the form is
   * saved and its errors shown in the ack itself).
   */
  private static Replier confirmation(Handlers h, String userId) {
    return new QueuedReplier(h.work(), new DirectMessageReplier(h.poster(), userId));
  }

  /**
   * Where a person who pressed a button while Roundup was busy is told so: beside the message
   * (ephemeral, through the button's response URL, leaving the message as it was), or in their
   * direct messages for a button in the App Home, which has no response URL.
   */
  private static Replier busyReplier(Handlers h, String responseUrl, String userId) {
    return responseUrl == null ? new DirectMessageReplier(h.poster(), userId)
        : ResponseUrlReplier.command(h.slack(), responseUrl);
  }

  /** An event after which what the privacy rule knows of its channel is asked of Slack again. */
  private static <E extends Event> void refreshesAccess(App app, Handlers h, Class<E> type,
      Function<E, String> channel) {
    app.event(type, (payload, ctx) -> {
      String channelId = channel.apply(payload.getEvent());
      if (SlackText.isId(channelId)) {
        h.access().memberships().changed(channelId);
      }
      return ctx.ack();
    });
  }

  // ---- Multi-workspace install: a workspace takes Roundup out ------------------------------------------------------------------------
  // Registered only in multi-workspace mode. Bolt lets these two events through without an
  // installation (the tokens may already be gone); the event id makes a redelivery a no-op.

  public static void registerInstallEvents(App app, WorkQueue work, Uninstalls uninstalls) {
    app.event(AppUninstalledEvent.class, (payload, ctx) -> {
      String enterprise = payload.getEnterpriseId();
      String team = payload.getTeamId();
      boolean orgWide = enterpriseInstall(payload);
      work.submitOnce(payload.getEventId(), () -> uninstalls.appUninstalled(enterprise, team, orgWide));
      return ctx.ack();
    });

    app.event(TokensRevokedEvent.class, (payload, ctx) -> {
      TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
      List<String> bots = tokens == null || tokens.getBot() == null ? List.of() : tokens.getBot();
      List<String> people = tokens == null || tokens.getOauth() == null ? List.of() : tokens.getOauth();
      String enterprise = payload.getEnterpriseId();
      String team = payload.getTeamId();
      boolean orgWide = enterpriseInstall(payload);
      work.submitOnce(payload.getEventId(),
          () -> uninstalls.tokensRevoked(enterprise, team, bots, people, orgWide));
      return ctx.ack();
    });
    registerOrgAccessEvents(app, work, uninstalls);
  }

  /**
   * An Enterprise Grid org took its org-wide installation out of some of its workspaces, or gave it
   * to them. Registered beside the two above.
   */
  private static void registerOrgAccessEvents(App app, WorkQueue work, Uninstalls uninstalls) {
    app.event(TeamAccessRevokedEvent.class, (payload, ctx) -> {
      List<String> teams = payload.getEvent().getTeamIds() == null ? List.of() : payload.getEvent().getTeamIds();
      String enterprise = payload.getEnterpriseId();
      work.submitOnce(payload.getEventId(), () -> uninstalls.teamAccessRevoked(enterprise, teams));
      return ctx.ack();
    });

    app.event(TeamAccessGrantedEvent.class, (payload, ctx) -> {
      List<String> teams = payload.getEvent().getTeamIds() == null ? List.of() : payload.getEvent().getTeamIds();
      String enterprise = payload.getEnterpriseId();
      work.submitOnce(payload.getEventId(), () -> uninstalls.teamAccessGranted(enterprise, teams));
      return ctx.ack();
    });
  }

  /** Whether the event was delivered for an org-wide (Enterprise Grid) installation. */
  private static boolean enterpriseInstall(EventsApiPayload<?> payload) {
    List<Authorization> authorizations = payload.getAuthorizations();
    return authorizations != null && !authorizations.isEmpty()
        && Boolean.TRUE.equals(authorizations.get(0).getIsEnterpriseInstall());
  }
}
