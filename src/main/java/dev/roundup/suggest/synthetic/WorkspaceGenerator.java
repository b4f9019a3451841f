package dev.roundup.suggest.synthetic;

import dev.roundup.ingest.SlackTs;
import dev.roundup.suggest.Kind;
import dev.roundup.suggest.SeenMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Generates a workspace from a seed: the same seed gives the same workspace, message for message.
 * Dozens of people in eight time zones (five of which change to or from daylight-saving time during
 * the span, Sydney in the other direction), chatter every working day, and then the rhythms: those
 * planted on purpose (weekly, weekday, twice-weekly and monthly reminders, summary requests on a
 * rhythm, a channel summarized by hand often) with people's jitter, reworded reminders, skipped
 * weeks and holidays; and distractors (see {@link SyntheticWorkspace#decoys()}).
 */
public final class WorkspaceGenerator {

  /**
   * How big: people and weeks of history.
   *
   * @param people humans (bots come on top)
   * @param weeks  weeks of history before "now"
   */
  public record Size(int people, int weeks) {
    /** What the build's test runs: small and quick, yet with monthly rhythms in reach. */
    public static final Size SMALL = new Size(24, 22);
    /** What the report runs: six months, four dozen people. */
    public static final Size FULL = new Size(48, 26);
  }

  static final Duration TIME_TOLERANCE = Duration.ofMinutes(30);
  static final Duration DIGEST_TOLERANCE = Duration.ofMinutes(90);

  private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/Los_Angeles"),
      ZoneId.of("America/New_York"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("Europe/London"),
      ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Asia/Tokyo"),
      ZoneId.of("Australia/Sydney"));
  private static final List<String> FIRST_NAMES = List.of("ada", "ben", "chloe", "dev", "emma", "farid",
      "grace", "hiro", "ines", "jonas", "kofi", "lena", "mateo", "nora", "omar", "priya", "quinn", "rosa",
      "sven", "tara", "umar", "vera", "wei", "xena", "yusuf", "zoe");
  private static final List<String> CHANNELS = List.of("general", "eng", "design", "incidents", "standup",
      "sales", "support", "ops", "marketing", "product", "data", "random", "finance", "people");
  /** Days off for everyone (the people here take their local ones; close enough for the rhythms). */
  private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 5, 25), LocalDate.of(2026, 7, 3),
      LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 12),
      LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 25));
  private static final List<LocalTime> TIMES = List.of(LocalTime.of(9, 0), LocalTime.of(9, 30),
      LocalTime.of(10, 0), LocalTime.of(11, 0), LocalTime.of(13, 30), LocalTime.of(14, 0),
      LocalTime.of(15, 45), LocalTime.of(16, 30));
  /** The latest "now": a Monday morning in UTC; each seed moves it back by up to three weeks. */
  private static final Instant LATEST = Instant.parse("2026-11-30T08:00:00Z");

  private WorkspaceGenerator() {}

  public static SyntheticWorkspace generate(long seed, Size size) {
    return new Build(seed, size).run();
  }

  /** One generation: all its state, so the generator itself stays stateless. */
  private static final class Build {

    private final long seed;
    private final Size size;
    private final Random random;
    private final Chatter words;
    private final List<Person> people = new ArrayList<>();
    private final List<SyntheticChannel> channels = new ArrayList<>();
    private final List<SeenMessage> messages = new ArrayList<>();
    private final List<Planted> planted = new ArrayList<>();
    private final List<Decoy> decoys = new ArrayList<>();
    /** Person and channel pairs already given a rhythm, so two never share one. */
    private final Set<String> taken = new HashSet<>();
    private final List<List<String>> reminders;
    private Person roundup;
    private Instant now;
    private Instant from;
    private long counter;

    Build(long seed, Size size) {
      this.seed = seed;
      this.size = size;
      this.random = new Random(seed);
      this.words = new Chatter(random);
      this.reminders = new ArrayList<>(Chatter.REMINDERS);
      Collections.shuffle(reminders, random);
    }

    SyntheticWorkspace run() {
      now = LATEST.minus(Duration.ofDays(random.nextInt(21))).plus(Duration.ofHours(random.nextInt(12)));
      from = now.minus(Duration.ofDays(7L * size.weeks()));
      makePeople();
      makeChannels();
      chatter();
      plantRhythms();
      plantDistractors();
      messages.sort(Comparator.comparingLong(m -> SlackTs.toMicros(m.ts())));
      return new SyntheticWorkspace(seed, people, roundup.id(), channels, messages, planted, decoys, from, now);
    }

    // ---- People and channels ----------------------------------------------------------------

    private void makePeople() {
      for (int i = 0; i < size.people(); i++) {
        String name = FIRST_NAMES.get(i % FIRST_NAMES.size()) + (i < FIRST_NAMES.size() ? "" : i / FIRST_NAMES.size());
        people.add(new Person(String.format(Locale.ROOT, "U%07d", 1000 + i), name,
            ZONES.get(random.nextInt(ZONES.size())), null));
      }
      roundup = new Person("UROUNDUP", "roundup", ZoneOffset.UTC, "BROUNDUP");
      people.add(roundup);
      people.add(new Person("UBUILDBOT", "buildbot", ZoneOffset.UTC, "BBUILD"));
      people.add(new Person("UMETRICS", "metrics", ZoneOffset.UTC, "BMETRICS"));
    }

    private void makeChannels() {
      List<Person> humans = humans();
      for (int i = 0; i < CHANNELS.size(); i++) {
        List<String> members = new ArrayList<>();
        double share = i == 0 ? 1.0 : 0.25 + random.nextDouble() * 0.35;
        for (Person p : humans) {
          if (random.nextDouble() < share) {
            members.add(p.id());
          }
        }
        while (members.size() < 4) {
          String id = humans.get(random.nextInt(humans.size())).id();
          if (!members.contains(id)) {
            members.add(id);
          }
        }
        members.add(roundup.id());
        channels.add(new SyntheticChannel(String.format(Locale.ROOT, "C%07d", 100 + i), CHANNELS.get(i), members));
      }
    }

    private List<Person> humans() {
      return people.stream().filter(p -> !p.isBot()).toList();
    }

    private SyntheticChannel channel(String name) {
      return channels.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private List<SyntheticChannel> channelsOf(Person p) {
      return channels.stream().filter(c -> c.members().contains(p.id())).toList();
    }

    /** A person and one of their channels (not #general unless allowed) without a rhythm yet. */
    private Pick pick(boolean general) {
      for (int tries = 0; tries < 1_000; tries++) {
        Person p = humans().get(random.nextInt(humans().size()));
        List<SyntheticChannel> theirs = channelsOf(p).stream()
            .filter(c -> general || !c.name().equals("general")).filter(c -> !c.name().equals("standup")).toList();
        if (theirs.isEmpty()) {
          continue;
        }
        SyntheticChannel c = theirs.get(random.nextInt(theirs.size()));
        if (taken.add(p.id() + c.id())) {
          return new Pick(p, c);
        }
      }
      throw new IllegalStateException("workspace too small for its rhythms");
    }

    private record Pick(Person person, SyntheticChannel channel) { }

    // ---- Everyday chatter -------------------------------------------------------------------

    private void chatter() {
      for (Person p : humans()) {
        double perDay = 1 + random.nextDouble() * 5;
        List<SyntheticChannel> theirs = channelsOf(p);
        for (LocalDate d : dates(p.zone())) {
          if (!isWorkday(d)) {
            continue;
          }
          int n = poisson(perDay);
          for (int i = 0; i < n; i++) {
            SyntheticChannel c = theirs.get(random.nextInt(theirs.size()));
            ZonedDateTime at = ZonedDateTime.of(d, LocalTime.of(9, 0), p.zone())
                .plusMinutes(random.nextInt(9 * 60));
            String text = random.nextInt(7) == 0 ? words.smallTalk() : words.sentence();
            if (random.nextInt(4) == 0) {
              replyToRecent(c, p, at, text);
            } else {
              post(c.id(), p, at, text);
            }
          }
        }
      }
    }

    private void replyToRecent(SyntheticChannel c, Person p, ZonedDateTime at, String text) {
      long before = SlackTs.toMicros(at.toInstant());
      SeenMessage parent = null;
      for (int i = messages.size() - 1; i >= 0 && i > messages.size() - 50; i--) {
        SeenMessage m = messages.get(i);
        if (m.channel().equals(c.id()) && m.threadTs() == null && SlackTs.toMicros(m.ts()) < before) {
          parent = m;
          break;
        }
      }
      if (parent == null) {
        post(c.id(), p, at, text);
      } else {
        add(new SeenMessage(c.id(), ts(at.toInstant()), parent.ts(), p.id(), null, null, text));
      }
    }

    // ---- Planted rhythms (the truth) ---------------------------------------------------------

    private void plantRhythms() {
      int reminder = 0;
      for (int i = 0; i < 4; i++) {
        Pick pick = pick(true);
        DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
        LocalTime time = pickTime();
        List<String> wordings = reminders.get(reminder++);
        boolean rewords = i % 2 == 1;
        LocalDate start = startWeeksAgo(pick.person(), 6);
        for (ZonedDateTime at : rhythm(pick.person(), d -> d.getDayOfWeek() == day, start, null, time, 10, 0.06)) {
          post(pick.channel().id(), pick.person(), at, rewords ? words.pick(wordings) : wordings.get(0));
        }
        truth("weekly reminder" + (rewords ? ", reworded" : ""), pick, Kind.REMIND,
            "every " + name(day) + " at " + clock(time), TIME_TOLERANCE);
      }
      for (int i = 0; i < 2; i++) {
        Pick pick = pick(true);
        LocalTime time = i == 0 ? LocalTime.of(9, 55) : LocalTime.of(12, 20);
        String text = Chatter.DAILY.get((int) Math.floorMod(seed + i, Chatter.DAILY.size()));
        LocalDate start = startWeeksAgo(pick.person(), 6);
        LocalDate vacation = start.plusWeeks(1 + random.nextInt(2));
        for (ZonedDateTime at : rhythm(pick.person(), d -> isWorkday(d)
            && (d.isBefore(vacation) || !d.isBefore(vacation.plusDays(7))), start, null, time, 5, 0.04)) {
          post(pick.channel().id(), pick.person(), at, text);
        }
        truth("weekday reminder", pick, Kind.REMIND, "every weekday at " + clock(time), TIME_TOLERANCE);
      }
      {
        Pick pick = pick(false);
        LocalTime time = pickTime();
        List<String> wordings = reminders.get(reminder++);
        LocalDate start = startWeeksAgo(pick.person(), 6);
        for (ZonedDateTime at : rhythm(pick.person(), d -> d.getDayOfWeek() == DayOfWeek.TUESDAY
            || d.getDayOfWeek() == DayOfWeek.THURSDAY, start, null, time, 10, 0.05)) {
          post(pick.channel().id(), pick.person(), at, wordings.get(0));
        }
        truth("twice-weekly reminder", pick, Kind.REMIND, "every Tuesday and Thursday at " + clock(time),
            TIME_TOLERANCE);
      }
      int[][] monthly = {{1, 1}, {-1, 5}};
      for (int[] m : monthly) {
        Pick pick = pick(false);
        LocalTime time = pickTime();
        List<String> wordings = reminders.get(reminder++);
        DayOfWeek day = DayOfWeek.of(m[1]);
        int ordinal = m[0];
        Predicate<LocalDate> on = d -> d.getDayOfWeek() == day && (ordinal == -1
            ? d.getDayOfMonth() + 7 > d.lengthOfMonth() : (d.getDayOfMonth() - 1) / 7 + 1 == ordinal);
        for (ZonedDateTime at : rhythm(pick.person(), on, firstDate(pick.person()), null, time, 10, 0)) {
          post(pick.channel().id(), pick.person(), at, wordings.get(0));
        }
        truth("monthly reminder", pick, Kind.REMIND, "on the " + (ordinal == -1 ? "last" : "first") + " "
            + name(day) + " of every month at " + clock(time), TIME_TOLERANCE);
      }
      for (int i = 0; i < 3; i++) {
        Pick pick = pick(true);
        boolean weekdays = i == 2;
        DayOfWeek day = i == 0 ? DayOfWeek.MONDAY : DayOfWeek.FRIDAY;
        LocalTime time = weekdays ? LocalTime.of(9, 15) : i == 0 ? LocalTime.of(9, 0) : LocalTime.of(16, 0);
        String window = weekdays ? "last 24 hours" : "7d";
        LocalDate start = startWeeksAgo(pick.person(), 6);
        Predicate<LocalDate> on = weekdays ? this::isWorkday : d -> d.getDayOfWeek() == day;
        for (ZonedDateTime at : rhythm(pick.person(), on, start, null, time, 12, 0.05)) {
          askRoundup(pick, at, window);
        }
        truth(weekdays ? "weekday summary request" : "weekly summary request", pick, Kind.SUMMARIZE,
            (weekdays ? "every weekday" : "every " + name(day)) + " at " + clock(time), TIME_TOLERANCE);
      }
      for (int i = 0; i < 2; i++) {
        Pick pick = pick(false);
        int perWeek = 3 + random.nextInt(2);
        LocalTime usual = LocalTime.of(10 + 4 * i, 0);
        LocalDate start = startWeeksAgo(pick.person(), 5);
        for (LocalDate d : dates(pick.person().zone())) {
          if (d.isBefore(start) || !isWorkday(d) || random.nextInt(5) >= perWeek) {
            continue;
          }
          int minutes = (int) Math.round(random.nextGaussian() * 70);
          ZonedDateTime at = ZonedDateTime.of(d, usual, pick.person().zone()).plusMinutes(minutes);
          if (before(at)) {
            askRoundup(pick, at, words.pick(List.of("", "today", "since yesterday", "last 24 hours", "3d")));
          }
        }
        truth("channel summarized often", pick, Kind.DIGEST, "every weekday at " + clock(usual), DIGEST_TOLERANCE);
      }
    }

    private void truth(String label, Pick pick, Kind kind, String phrase, Duration tolerance) {
      planted.add(new Planted(label, pick.person().id(), pick.channel().id(), kind, phrase, tolerance));
    }

    /** "@roundup summarize #channel 7d", in the channel or in #general, and Roundup's answer. */
    private void askRoundup(Pick pick, ZonedDateTime at, String window) {
      SyntheticChannel target = pick.channel();
      boolean here = random.nextBoolean() || !channel("general").members().contains(pick.person().id());
      String where = here ? target.id() : channel("general").id();
      String text = "<@" + roundup.id() + "> summarize " + (here ? "" : "<#" + target.id() + "|" + target.name() + "> ")
          + window;
      String ts = post(where, pick.person(), at, text.strip());
      if (ts != null) {
        add(new SeenMessage(where, ts(at.plusSeconds(20).toInstant()), ts, roundup.id(), roundup.botId(), null,
            "Summary of <#" + target.id() + ">: " + words.sentence()));
      }
    }

    // ---- Distractors -------------------------------------------------------------------------

    private void plantDistractors() {
      for (int i = 0; i < 3; i++) {
        Pick pick = pick(true);
        String text = Chatter.IRREGULAR.get(i);
        for (LocalDate d : dates(pick.person().zone())) {
          if (isWorkday(d) && random.nextDouble() < 0.2) {
            post(pick.channel().id(), pick.person(), ZonedDateTime.of(d, LocalTime.of(9, 0), pick.person().zone())
                .plusMinutes(random.nextInt(8 * 60)), text);
          }
        }
        decoys.add(new Decoy("irregular repeats", pick.person().id(), pick.channel().id()));
      }
      for (int i = 0; i < 2; i++) {
        Pick pick = pick(true);
        DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
        LocalTime time = pickTime();
        LocalDate start = firstDate(pick.person());
        LocalDate stop = LocalDate.ofInstant(now, pick.person().zone()).minusWeeks(4 + random.nextInt(5));
        String text = reminders.get(reminder(i)).get(0);
        for (ZonedDateTime at : rhythm(pick.person(), d -> d.getDayOfWeek() == day, start, stop, time, 10, 0.05)) {
          post(pick.channel().id(), pick.person(), at, text);
        }
        decoys.add(new Decoy("weekly reminder that stopped", pick.person().id(), pick.channel().id()));
      }
      {
        Pick pick = pick(true);
        LocalDate stop = LocalDate.ofInstant(now, pick.person().zone()).minusWeeks(5);
        for (ZonedDateTime at : rhythm(pick.person(), d -> d.getDayOfWeek() == DayOfWeek.MONDAY,
            firstDate(pick.person()), stop, LocalTime.of(9, 30), 10, 0.05)) {
          askRoundup(pick, at, "7d");
        }
        decoys.add(new Decoy("summary requests that stopped", pick.person().id(), pick.channel().id()));
      }
      {
        Pick pick = pick(true);
        String text = Chatter.IRREGULAR.get(3);
        DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
        for (LocalDate d : dates(pick.person().zone())) {
          if (d.getDayOfWeek() == day && isWorkday(d)) {
            post(pick.channel().id(), pick.person(), ZonedDateTime.of(d, LocalTime.of(9, 0), pick.person().zone())
                .plusMinutes(random.nextInt(8 * 60)), text);
          }
        }
        decoys.add(new Decoy("same day every week, any time of day", pick.person().id(), pick.channel().id()));
      }
      {
        Pick pick = pick(true);
        DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
        LocalTime time = pickTime();
        String text = reminders.get(reminder(2)).get(0);
        LocalDate first = firstDate(pick.person());
        for (ZonedDateTime at : rhythm(pick.person(), d -> d.getDayOfWeek() == day
            && ChronoUnit.WEEKS.between(first, d) % 2 == 0, first, null, time, 10, 0.03)) {
          post(pick.channel().id(), pick.person(), at, text);
        }
        decoys.add(new Decoy("every other week (not a weekly rhythm)", pick.person().id(), pick.channel().id()));
      }
      {
        Pick pick = pick(true);
        DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
        LocalDate start = LocalDate.ofInstant(now, pick.person().zone()).minusWeeks(2).minusDays(1);
        String text = reminders.get(reminder(3)).get(0);
        for (ZonedDateTime at : rhythm(pick.person(), d -> d.getDayOfWeek() == day, start, null, pickTime(), 10, 0)) {
          post(pick.channel().id(), pick.person(), at, text);
        }
        decoys.add(new Decoy("a habit only three weeks old", pick.person().id(), pick.channel().id()));
      }
      {
        Pick pick = pick(true);
        String text = "Please submit your expense reports, month end is coming";
        LocalTime time = pickTime();
        for (LocalDate d : dates(pick.person().zone())) {
          if (d.getDayOfMonth() == d.lengthOfMonth() - random.nextInt(6) && isWorkday(d)
              && d.getDayOfMonth() > d.lengthOfMonth() - 6) {
            ZonedDateTime at = ZonedDateTime.of(d, time, pick.person().zone()).plusMinutes(random.nextInt(21) - 10);
            if (before(at)) {
              post(pick.channel().id(), pick.person(), at, text);
            }
          }
        }
        decoys.add(new Decoy("month end, a different day each month", pick.person().id(), pick.channel().id()));
      }
      rotation(Chatter.ROTATION.get(0), 3, DayOfWeek.FRIDAY, LocalTime.of(16, 0), "rotating duty, same words");
      rotation(Chatter.ROTATION.get(1), 6, DayOfWeek.WEDNESDAY, LocalTime.of(11, 0),
          "same words from different people");
      SyntheticChannel standup = channel("standup");
      for (String id : standup.members()) {
        Person p = person(id);
        if (p.isBot()) {
          continue;
        }
        for (ZonedDateTime at : rhythm(p, this::isWorkday, firstDate(p), null, LocalTime.of(9, 30), 15, 0.15)) {
          post(standup.id(), p, at, words.standup());
        }
      }
      decoys.add(new Decoy("standup updates (same headings, new news every day)", null, standup.id()));
      for (int i = 0; i < 2; i++) {
        Pick pick = pick(true);
        for (ZonedDateTime at : rhythm(pick.person(), this::isWorkday, firstDate(pick.person()), null,
            LocalTime.of(9, 0), 8, 0.1)) {
          post(pick.channel().id(), pick.person(), at, words.greeting());
        }
        decoys.add(new Decoy("good-morning greetings every weekday", pick.person().id(), pick.channel().id()));
      }
      for (int i = 0; i < 2; i++) {
        Pick pick = pick(false);
        for (LocalDate d : dates(pick.person().zone())) {
          if (isWorkday(d) && random.nextDouble() < 0.08) {
            askRoundup(pick, ZonedDateTime.of(d, LocalTime.of(9, 0), pick.person().zone())
                .plusMinutes(random.nextInt(8 * 60)), "7d");
          }
        }
        decoys.add(new Decoy("occasional summary requests", pick.person().id(), pick.channel().id()));
      }
      bots();
    }

    private int reminder(int i) {
      return reminders.size() - 1 - i;
    }

    /** The same words posted on a weekly rhythm, by a different person each week. */
    private void rotation(String text, int people, DayOfWeek day, LocalTime time, String label) {
      SyntheticChannel c = channels.get(1 + random.nextInt(channels.size() - 1));
      List<String> members = c.members().stream().filter(id -> !person(id).isBot()).toList();
      List<String> crew = members.subList(0, Math.min(people, members.size()));
      ZoneId zone = person(crew.get(0)).zone();
      int week = 0;
      for (LocalDate d : dates(zone)) {
        if (d.getDayOfWeek() != day) {
          continue;
        }
        Person p = person(people > 3 ? crew.get(random.nextInt(crew.size())) : crew.get(week++ % crew.size()));
        ZonedDateTime at = ZonedDateTime.of(d, time, p.zone()).plusMinutes(random.nextInt(21) - 10);
        post(c.id(), p, at, text);
      }
      decoys.add(new Decoy(label, null, c.id()));
    }

    /** Bots on schedules, Slackbot's reminders and Roundup's own task posts: never evidence. */
    private void bots() {
      Person build = person("UBUILDBOT");
      Person metrics = person("UMETRICS");
      int n = 1;
      for (LocalDate d : dates(ZoneOffset.UTC)) {
        if (isWorkday(d)) {
          botPost(channel("eng").id(), build, ZonedDateTime.of(d, LocalTime.of(8, 0), ZoneOffset.UTC),
              "Nightly build #" + n++ + " passed :white_check_mark:");
        }
      }
      ZoneId london = ZoneId.of("Europe/London");
      for (LocalDate d : dates(london)) {
        if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
          botPost(channel("general").id(), metrics, ZonedDateTime.of(d, LocalTime.of(9, 0), london),
              "Weekly metrics: " + random.nextInt(500) + " signups, " + random.nextInt(40) + " churned");
        }
      }
      ZoneId newYork = ZoneId.of("America/New_York");
      for (LocalDate d : dates(newYork)) {
        if (d.getDayOfWeek() == DayOfWeek.FRIDAY) {
          ZonedDateTime at = ZonedDateTime.of(d, LocalTime.of(10, 0), newYork);
          if (before(at)) {
            add(new SeenMessage(channel("general").id(), ts(at.toInstant()), null, "USLACKBOT", null, null,
                "Reminder: submit your timesheet."));
          }
        }
      }
      ZoneId paris = ZoneId.of("Europe/Paris");
      for (LocalDate d : dates(paris)) {
        if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
          botPost(channel("incidents").id(), roundup, ZonedDateTime.of(d, LocalTime.of(9, 0), paris),
              "Summary of <#" + channel("incidents").id() + "> for the last 7 days: " + words.sentence());
        }
      }
      decoys.add(new Decoy("bots on schedules, Slackbot reminders and Roundup's own posts", null, null));
    }

    // ---- Time --------------------------------------------------------------------------------

    /**
     * The moments of a rhythm: each date on it from {@code start} to {@code stop} (or now), at the
     * usual local time give or take {@code jitter} minutes, except holidays and skipped days.
     */
    private List<ZonedDateTime> rhythm(Person p, Predicate<LocalDate> on, LocalDate start, LocalDate stop,
        LocalTime time, int jitter, double skip) {
      List<ZonedDateTime> out = new ArrayList<>();
      for (LocalDate d : dates(p.zone())) {
        if (d.isBefore(start) || stop != null && d.isAfter(stop) || !on.test(d) || HOLIDAYS.contains(d)) {
          continue;
        }
        if (random.nextDouble() < skip) {
          continue;
        }
        ZonedDateTime at = ZonedDateTime.of(d, time, p.zone()).plusMinutes(random.nextInt(2 * jitter + 1) - jitter);
        if (before(at)) {
          out.add(at);
        }
      }
      return out;
    }

    private List<LocalDate> dates(ZoneId zone) {
      List<LocalDate> out = new ArrayList<>();
      LocalDate last = LocalDate.ofInstant(now, zone);
      for (LocalDate d = LocalDate.ofInstant(from, zone); !d.isAfter(last); d = d.plusDays(1)) {
        out.add(d);
      }
      return out;
    }

    private LocalDate firstDate(Person p) {
      return LocalDate.ofInstant(from, p.zone());
    }

    /** A start between {@code atLeast} weeks ago and the start of the history. */
    private LocalDate startWeeksAgo(Person p, int atLeast) {
      int weeks = atLeast + random.nextInt(Math.max(1, size.weeks() - atLeast));
      LocalDate start = LocalDate.ofInstant(now, p.zone()).minusWeeks(weeks);
      return start.isBefore(firstDate(p)) ? firstDate(p) : start;
    }

    private boolean isWorkday(LocalDate d) {
      return d.getDayOfWeek().getValue() <= 5 && !HOLIDAYS.contains(d);
    }

    private boolean before(ZonedDateTime at) {
      return at.toInstant().isBefore(now) && !at.toInstant().isBefore(from);
    }

    private LocalTime pickTime() {
      return TIMES.get(random.nextInt(TIMES.size()));
    }

    private int poisson(double mean) {
      double l = Math.exp(-mean);
      double p = 1;
      int k = 0;
      do {
        k++;
        p *= random.nextDouble();
      } while (p > l);
      return k - 1;
    }

    // ---- Messages ----------------------------------------------------------------------------

    /** A person's top-level post; answers its ts, or null when it falls outside the history. */
    private String post(String channel, Person p, ZonedDateTime at, String text) {
      if (!before(at)) {
        return null;
      }
      String ts = ts(at.toInstant());
      add(new SeenMessage(channel, ts, null, p.id(), null, null, text));
      return ts;
    }

    private void botPost(String channel, Person bot, ZonedDateTime at, String text) {
      if (before(at)) {
        add(new SeenMessage(channel, ts(at.toInstant()), null, bot.id(), bot.botId(), "bot_message", text));
      }
    }

    private void add(SeenMessage m) {
      messages.add(m);
    }

    /** A ts unique in the workspace: the instant, with a counter in the microseconds. */
    private String ts(Instant at) {
      long micros = SlackTs.toMicros(at.truncatedTo(ChronoUnit.SECONDS))
          + (counter++ % 1_000_000);
      return SlackTs.format(micros);
    }

    private Person person(String id) {
      return people.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
  }

  static String name(DayOfWeek d) {
    return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static String clock(LocalTime t) {
    return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
  }
}
