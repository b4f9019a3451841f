package dev.roundup.digest;

import dev.roundup.digest.DigestArgs.Settings;
import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.Schedules;
import dev.roundup.slack.ChannelLookup.ChannelInfo;
import dev.roundup.slack.MessagePart;
import dev.roundup.slack.Replier;
import dev.roundup.slack.SlackText;
import dev.roundup.slack.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code /digest} does once parsed: create, list, preview, edit and delete the caller's
 * digests, answering through a {@link Replier}. A digest's number is its id, as a task's is: it
 * never changes, so deleting one digest cannot shift "digest 3" onto another.
 */
public final class DigestCommands {

  /** A response URL takes five posts; a longer preview ends by saying what was left out. */
  static final int MAX_PREVIEW_POSTS = 5;
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  /** The usage, naming the schedule a digest gets when the command names none. */
  String help() {
    return String.join("\n",
      "*Weekly digests of your channels*",
      "• `/digest #eng #design` — a digest of those channels by DM, " + defaultSchedule + " your time",
      "• Options, in any order: `every monday at 9am`, `focus \"launches, risks\"`, `to #channel` "
          + "(an org digest posted there)",
      "• `/digest list` — your digests, numbered",
      "• `/digest preview [N]` — build one now, visible only to you: exactly what it would post, "
          + "and which channels it leaves out and why",
      "• `/digest run [N]` — post it now where it goes (your DM or its channel); "
          + "the scheduled one still comes",
      "• `/digest edit N` — change it in a form (or `/digest edit N every monday at 9am`)",
      "• `/digest delete N` — stop it (or `unsubscribe N`)",
      "A bare `weekly` means " + defaultSchedule + "; a channel digest posts nothing in a week when "
          + "nothing was said in its channels.",
      "A DM digest only includes channels you are in; a private channel goes into a channel digest "
          + "only when everyone there is in it.");
  }

  private final DigestRepository repository;
  private final DigestService service;
  private final SettingsCheck check;
  private final DigestScheduler scheduler;
  private final UserDirectory users;
  private final Clock clock;
  private final String defaultSchedule;

  public DigestCommands(DigestRepository repository, DigestService service, SettingsCheck check,
      DigestScheduler scheduler, UserDirectory users, Clock clock, String defaultSchedule) {
    this.repository = repository;
    this.service = service;
    this.check = check;
    this.scheduler = scheduler;
    this.users = users;
    this.clock = clock;
    this.defaultSchedule = defaultSchedule;
  }

  /**
   * A schedule that names only its cadence ("weekly", "every week", "once a week") says neither
   * day nor time: it gets the default digest schedule's, not the weekday it was typed on.
   */
  static boolean onlyWeekly(String phrase) {
    return phrase != null && phrase.strip().toLowerCase(Locale.ROOT)
        .matches("(?:(?:every|each|once|a|per|one|1)\\s+)*(?:weekly|week)");
  }

  private String phraseOf(String schedule) {
    return schedule == null || onlyWeekly(schedule) ? defaultSchedule : schedule;
  }

  public void create(String caller, Settings settings, Replier reply) {
    ZoneId zone = users.zone(caller);
    String phrase = phraseOf(settings.schedule());
    SettingsCheck.Outcome outcome = check.check(caller, settings.channels(), phrase,
        settings.focus(), settings.destination(), zone, clock.instant());
    if (outcome instanceof SettingsCheck.Refusal r) {
      reply.text(":warning: " + r.reason());
      return;
    }
    SettingsCheck.Accepted ok = (SettingsCheck.Accepted) outcome;
    Instant now = clock.instant();
    DigestSubscription asked = new DigestSubscription(0, caller,
        ok.channels().stream().map(ChannelInfo::id).toList(), ok.schedule().spec(), zone,
        ok.focus(), ok.destination() == null ? null : ok.destination().id(), now,
        DigestScheduler.firstRun(ok.schedule(), now), null);
    Optional<DigestSubscription> same = repository.byOwner(caller).stream()
        .filter(s -> sameDigest(s, asked, now)).findFirst();
    if (same.isPresent()) {
      // A second copy would post the same roundup twice to the same place.
      reply.text(":information_source: You already have this digest: " + same.get().id() + ". "
          + describe(same.get()) + ". `/digest list` shows yours; `/digest edit " + same.get().id()
          + "` changes it.");
      return;
    }
    DigestSubscription saved = repository.create(asked);
    scheduler.plan(saved);
    long number = saved.id();
    reply.text(":white_check_mark: Digest " + number + " created: " + describe(saved)
        + "\nFirst one: " + WHEN.format(saved.nextRunAt().atZone(zone)) + ". `/digest preview "
        + number + "` shows it now." + warnings(ok.warnings()));
  }

  /** Same channels (in any order), schedule, destination and focus: the same roundup, posted twice. */
  private static boolean sameDigest(DigestSubscription a, DigestSubscription b, Instant now) {
    return Set.copyOf(a.channels()).equals(Set.copyOf(b.channels()))
        && sameRuns(a, b, now)
        && Objects.equals(a.destination(), b.destination())
        && SlackText.sameWords(a.focus(), b.focus());
  }

  /** How many coming runs two schedules must share to be the same: a year of weekly ones. */
  private static final int RUNS_COMPARED = 53;

  /**
   * Whether two schedules run at the same instants from now on. Their stored texts differ with the
   * day each was made on (a rule keeps the date it was first read as its anchor), so "every
   * Friday at 4pm" asked on Wednesday and again on Friday are compared by when they run.
   */
  private static boolean sameRuns(DigestSubscription a, DigestSubscription b, Instant now) {
    if (a.scheduleSpec().equals(b.scheduleSpec())) {
      return true;
    }
    try {
      Schedule x = Schedules.fromSpec(a.scheduleSpec());
      Schedule y = Schedules.fromSpec(b.scheduleSpec());
      List<Instant> xs = x.next(now.atZone(x.zone()), RUNS_COMPARED).stream()
          .map(java.time.ZonedDateTime::toInstant).toList();
      List<Instant> ys = y.next(now.atZone(y.zone()), RUNS_COMPARED).stream()
          .map(java.time.ZonedDateTime::toInstant).toList();
      return xs.equals(ys);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public void list(String caller, Replier reply) {
    List<DigestSubscription> mine = repository.byOwner(caller);
    if (mine.isEmpty()) {
      reply.text("You have no digests yet. Create one with `/digest #eng #design`.");
      return;
    }
    StringBuilder sb = new StringBuilder("*Your digests*");
    for (DigestSubscription s : mine) {
      sb.append("\n").append(s.id()).append(". ").append(describe(s)).append(" — next ")
          .append(WHEN.format(s.nextRunAt().atZone(s.zone()))).append(lastSkipped(repository, s));
    }
    reply.text(sb.toString());
  }

  public void preview(String caller, int number, Replier reply) {
    Optional<DigestSubscription> found = chosen(caller, number, reply);
    if (found.isEmpty()) {
      return;
    }
    DigestSubscription s = found.get();
    // Built as the post is, for where it goes: an org digest leaves out what not everyone in its
    // channel may see, so the preview must too, and say so (to its owner, the one who sees it).
    DigestService.Built built = service.build(s,
        DigestScheduler.latestPeriod(s, clock.instant()), false);
    if (DigestService.nothingToPost(s, built)) {
      reply.text(":information_source: Nothing was said in " + DigestScheduler.channels(s)
          + " in this period, so digest " + s.id() + " would post nothing in <#" + s.destination()
          + "> (an empty channel digest is skipped).");
      leftOutNotes(built, reply);
      return;
    }
    List<MessagePart> parts = built.parts();
    for (int i = 0; i < parts.size(); i++) {
      if (i == MAX_PREVIEW_POSTS - 1 && parts.size() > MAX_PREVIEW_POSTS) {
        reply.text(":information_source: " + (parts.size() - i) + " more part(s) of this digest "
            + "don't fit in a private preview; the scheduled digest will carry all of it.");
        break;
      }
      reply.send(parts.get(i));
    }
    leftOutNotes(built, reply);
  }

  /** The caller's digest N, or their first when no number was given (0); said when there is none. */
  private Optional<DigestSubscription> chosen(String caller, int number, Replier reply) {
    return number == 0
        ? repository.byOwner(caller).stream().findFirst().or(() -> numbered(caller, number, reply))
        : numbered(caller, number, reply);
  }

  /** What an org digest leaves out and why, told to its owner only (a DM digest says it itself). */
  private static void leftOutNotes(DigestService.Built built, Replier reply) {
    for (String note : built.ownerNotes()) {
      reply.text(":information_source: Left out of this digest: " + note);
    }
  }

  /**
   * Posts digest N now where it goes (its channel, or the caller's DM), through the scheduled
   * run's path; the schedule is unchanged.
   */
  public void run(String caller, int number, Replier reply) {
    Optional<DigestSubscription> found = chosen(caller, number, reply);
    if (found.isEmpty()) {
      return;
    }
    DigestSubscription s = found.get();
    DigestScheduler.Posted posted = scheduler.runNow(s);
    String where = s.destination() == null ? "to you by DM" : "in <#" + s.destination() + ">";
    if (DigestService.nothingToPost(s, posted.built())) {
      reply.text(":information_source: Nothing was said in " + DigestScheduler.channels(s)
          + " in this period, so I posted nothing " + where + " (an empty channel digest is skipped).");
      return;
    }
    posted.firstTs().whenComplete((ts, error) -> {
      if (error != null) {
        reply.text(":warning: Digest " + s.id() + " could not be posted " + where + ": "
            + (error.getCause() != null ? error.getCause().getMessage() : error.getMessage()));
      }
    });
    reply.text(":outbox_tray: Posting digest " + s.id() + " " + where + " now ("
        + posted.built().digest().messages() + " messages). The scheduled one still comes "
        + WHEN.format(s.nextRunAt().atZone(s.zone())) + "."
        + (posted.built().ownerNotes().isEmpty() ? ""
            : "\n:information_source: Left out: " + String.join(" ", posted.built().ownerNotes())));
  }

  /** Applies inline settings to digest N; fields not given stay as they are. */
  public void edit(String caller, int number, Settings settings, Replier reply) {
    Optional<DigestSubscription> found = numbered(caller, number, reply);
    if (found.isEmpty()) {
      return;
    }
    DigestSubscription s = found.get();
    Schedule current = Schedules.fromSpec(s.scheduleSpec());
    List<String> channels = settings.channels().isEmpty() ? s.channels() : settings.channels();
    String phrase = settings.schedule() != null ? phraseOf(settings.schedule()) : current.describe();
    String destination = settings.destination() != null ? settings.destination()
        : s.destination() == null ? "me" : s.destination();
    SettingsCheck.Outcome outcome = check.check(caller, channels, phrase,
        settings.focus() != null ? settings.focus() : s.focus(), destination, s.zone(), clock.instant());
    if (outcome instanceof SettingsCheck.Refusal r) {
      reply.text(":warning: " + r.reason());
      return;
    }
    SettingsCheck.Accepted ok = (SettingsCheck.Accepted) outcome;
    Schedule schedule = settings.schedule() != null ? ok.schedule() : current;
    DigestSubscription updated = s.withSettings(ok.channels().stream().map(ChannelInfo::id).toList(),
        schedule.spec(), ok.focus(), ok.destination() == null ? null : ok.destination().id(),
        settings.schedule() != null ? DigestScheduler.firstRun(schedule, clock.instant()) : s.nextRunAt());
    repository.update(updated);
    scheduler.plan(updated);
    reply.text(":white_check_mark: Digest " + number + " updated: " + describe(updated)
        + warnings(ok.warnings()));
  }

  public void delete(String caller, int number, Replier reply) {
    Optional<DigestSubscription> found = numbered(caller, number, reply);
    if (found.isPresent()) {
      repository.delete(found.get().id());
      reply.text(":wastebasket: Digest " + number + " deleted (" + describe(found.get()) + ").");
    }
  }

  /**
   * The caller's digest number N, or a reply saying there is none. Someone else's digest is
   * answered as a number that does not exist, so numbers tell nobody about others' digests.
   */
  public Optional<DigestSubscription> numbered(String caller, int number, Replier reply) {
    Optional<DigestSubscription> found = number < 1 ? Optional.empty()
        : repository.find(number).filter(s -> s.owner().equals(caller));
    if (found.isPresent()) {
      return found;
    }
    List<DigestSubscription> mine = repository.byOwner(caller);
    reply.text(mine.isEmpty() ? "You have no digests yet. Create one with `/digest #eng #design`."
        : ":warning: You have no digest " + number + "; yours are "
            + mine.stream().map(d -> String.valueOf(d.id())).collect(Collectors.joining(", "))
            + " (`/digest list`).");
    return Optional.empty();
  }

  /** "<#C1>, <#C2> every Friday at 4:00 PM, by DM, focus “launches”". */
  static String describe(DigestSubscription s) {
    String when;
    try {
      when = Schedules.fromSpec(s.scheduleSpec()).describe();
    } catch (IllegalArgumentException e) {
      when = s.scheduleSpec();
    }
    return DigestScheduler.channels(s) + " " + when + " (" + s.zone().getId() + "), "
        + (s.destination() == null ? "by DM" : "posted in <#" + s.destination() + ">")
        + (s.focus() == null ? "" : ", focus “" + s.focus() + "”");
  }

  /** " (last one skipped Fri 20 Nov 16:00: …)" when the digest's latest run posted nothing. */
  static String lastSkipped(DigestRepository repository, DigestSubscription s) {
    return repository.lastBuild(s.id())
        .filter(b -> b.status() == DigestRepository.Status.SKIPPED)
        .map(b -> " (last one skipped " + WHEN.format(b.scheduledFor().atZone(s.zone())) + ": "
            + b.detail() + ")")
        .orElse("");
  }

  private static String warnings(List<String> warnings) {
    return warnings.isEmpty() ? "" : "\n:information_source: " + String.join("\n:information_source: ", warnings);
  }
}
