package dev.roundup.sandbox.console;

import com.google.gson.JsonObject;
import dev.roundup.sandbox.Changes;
import dev.roundup.sandbox.SandboxClock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's clock buttons: "+1 hour", "+1 day", "next Friday 16:00" and "jump to" a local time,
 * in the time zone of the person acting. After each move the app is told (on a thread of its own),
 * so what became due runs and shows up in the workspace.
 */
final class ClockControl implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ClockControl.class);

  private final SandboxClock clock;
  private final Changes changes;
  private final Runnable afterMove;
  private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "sandbox-clock");
    t.setDaemon(true);
    return t;
  });

  ClockControl(SandboxClock clock, Changes changes, Runnable afterMove) {
    this.clock = clock;
    this.changes = changes;
    this.afterMove = afterMove;
  }

  /**
   * Moves the clock as asked: {@code advanceSeconds}, or {@code jumpTo} a local date-time, or the
   * {@code next} day of the week at {@code time}; both of the latter in {@code zone}.
   */
  Instant move(JsonObject request) {
    Instant target = target(request);
    try {
      clock.jumpTo(target);
    } catch (IllegalArgumentException e) {
      throw ConsoleException.badRequest("The sandbox clock only moves forward.");
    }
    changes.changed();
    runner.execute(() -> {
      try {
        afterMove.run();
      } catch (RuntimeException e) {
        log.warn("Running what became due after the clock moved failed", e);
      }
    });
    return target;
  }

  JsonObject json() {
    JsonObject json = new JsonObject();
    json.addProperty("now", clock.instant().toEpochMilli());
    json.addProperty("offsetSeconds", clock.offset().toSeconds());
    return json;
  }

  private Instant target(JsonObject request) {
    try {
      if (request.has("advanceSeconds")) {
        long seconds = ConsoleFields.wholeNumber(request, "advanceSeconds", 0);
        if (seconds <= 0) {
          throw ConsoleException.badRequest("The sandbox clock only moves forward.");
        }
        return clock.instant().plus(Duration.ofSeconds(seconds));
      }
      ZoneId zone = ZoneId.of(ConsoleFields.string(request, "zone"));
      if (request.has("jumpTo")) {
        return LocalDateTime.parse(ConsoleFields.string(request, "jumpTo")).atZone(zone).toInstant();
      }
      if (request.has("next")) {
        DayOfWeek day = DayOfWeek.valueOf(ConsoleFields.string(request, "next").toUpperCase(Locale.ROOT));
        LocalTime time = LocalTime.parse(ConsoleFields.string(request, "time"));
        ZonedDateTime now = clock.instant().atZone(zone);
        ZonedDateTime candidate = now.with(TemporalAdjusters.nextOrSame(day)).with(time);
        return (candidate.isAfter(now) ? candidate : candidate.plusWeeks(1)).toInstant();
      }
    } catch (DateTimeException | IllegalArgumentException | NullPointerException
        | UnsupportedOperationException | IllegalStateException e) {
      throw ConsoleException.badRequest("Give a time like 2026-12-04T16:00 and a time zone.");
    }
    throw ConsoleException.badRequest("Say how to move the clock: advanceSeconds, jumpTo or next.");
  }

  @Override
  public void close() {
    runner.shutdownNow();
    try {
      runner.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
