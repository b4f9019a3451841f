package dev.roundup.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The one table of everything Roundup listens to. Each listener acks at once and hands the work to
 * the {@link WorkQueue}; parsing and replying live in the handlers it calls.
 */
public final class Listeners {

  /** The handlers the listeners call. */
  public record Handlers(
      WorkQueue work,
      MentionHandler mentions,
      SummarizeCommandHandler summarize,
      AppHome home,
      MeterRegistry metrics) { }

  static final String BUSY = ":warning: Roundup is busy right now. Please try again in a minute.";

  private Listeners() {}

  public static void register(App app, Handlers h) {
    // ---- Summaries on demand ------------------------------------------------------------------
    app.event(AppMentionEvent.class, (payload, ctx) -> {
      AppMentionEvent event = payload.getEvent();
      if (!h.work().submitOnce(payload.getEventId(), () -> h.mentions().handle(event))) {
        h.metrics().counter("roundup_work_rejected_total", "listener", "app_mention").increment();
      }
      return ctx.ack();
    });

    app.command("/summarize", (req, ctx) -> {
      var payload = req.getPayload();
      String immediate = h.summarize().immediateReply(payload);
      if (immediate != null) {
        return ctx.ack(r -> r.responseType("ephemeral").text(immediate));
      }
      ResponseUrlReplier replier = new ResponseUrlReplier(ctx);
      if (!h.work().submit(() -> h.summarize().run(payload, replier))) {
        return ctx.ack(r -> r.responseType("ephemeral").text(BUSY));
      }
      return ctx.ack(r -> r.responseType("ephemeral").text(SummarizeCommandHandler.workingOn(payload)));
    });

    // ---- App Home ---------------------------------------------------------------------------
    app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
      AppHomeOpenedEvent event = payload.getEvent();
      if ("home".equals(event.getTab())) {
        h.work().submitOnce(payload.getEventId(), () -> h.home().publish(event.getUser()));
      }
      return ctx.ack();
    });

    // Other subscribed events (message.* for the digest store) are acknowledged by Bolt itself
    // (AppConfig allEventsApiAutoAckEnabled), so Slack never retries them.
  }
}
