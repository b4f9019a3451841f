package dev.roundup.schedule.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Renders {@code docs/SCHEDULE_ACCURACY.md} from scored rows. */
public final class AccuracyReport {

  /**
   * Choices Roundup makes where the corpus libraries disagree with it or with each other; each
   * remaining supported failure should trace back to one of these.
   */
  static final List<String> DECISIONS = List.of(
      "**A bare hour from 1 to 6 is afternoon** (\"at 4\" → 16:00, \"3:30\" → 15:30); 7–12 stay as written "
          + "(\"at 9\" → 09:00). Write \"4am\" or \"04:00\" for the night. recurrent agrees; Duckling picks the next "
          + "of the two readings, so \"at 3\" differs early in the morning.",
      "**Parts of the day**: morning 09:00, afternoon 15:00, evening 19:00, tonight 20:00. natty uses 08:00 "
          + "morning and 12:00 afternoon; chrono 06:00 morning and 20:00 evening.",
      "**\"tonight at 2\"** is 02:00 after midnight (hours 1–4 at night); \"tonight at 8\" is 20:00. "
          + "Duckling reads \"tonight at 2\" as 14:00.",
      "**A day name means the next such day after today** (\"tuesday\" on a Tuesday is next week; say \"today\"); "
          + "\"this monday\" is the same. **\"next friday\" is the Friday of next week** (weeks run Monday to Sunday), "
          + "as natty, Duckling and recurrent read it. chrono reads \"Thursday\" on a Thursday as today.",
      "**A recurring phrase with no time runs at 09:00**; a one-off date with no time also runs at 09:00.",
      "**A bare time (\"at noon\", \"at 5pm\", \"midnight\", \"on the 1st at 9am\") is a one-off**: today, or "
          + "tomorrow once passed (the next such day for \"the 1st\"). The cron libraries read these as daily/monthly "
          + "rules; Roundup needs \"every\" (or \"daily\", plural days) to repeat.",
      "**Unstated parts of a rule come from the day it is made**, as calendars do: \"every week\" runs on today's "
          + "weekday, \"every month\" on today's day of the month, \"every year\" on today's date.",
      "**Intervals start at the first upcoming match** (\"every other week on Monday\" made on a Friday runs the "
          + "coming Monday, then every two weeks). RRULE counts from the week of DTSTART, so recurrent expects the "
          + "Monday after.",
      "**\"every N hours/minutes\" follows the clock like cron**: steps from midnight, restarting each day.",
      "**\"every january\" runs every day in January** (cron's reading); \"every year in January\" runs on the 1st.",
      "**\"quarterly\" runs once a quarter**, on 1 January, April, July and October; cronify reads it as every "
          + "day of those months.",
      "**A start date delays a rule and never narrows it**: \"every day starting monday\" runs daily from "
          + "Monday, and what the rule leaves open comes from its first day (\"every week starting dec 4\" runs on "
          + "Fridays); a start already past is now. recurrent agrees.",
      "**An end date (\"until\", \"till\", \"through\") is the last day a rule runs**, found after its "
          + "start (\"starting in april until march\" ends the March after); \"until march\" is until March "
          + "begins, as recurrent reads it. \"saturday thru tuesday\" stays a range of days; \"until further "
          + "notice\" is no end; an end with no year that passed within the last month (\"until Dec 3\" on December 4) is refused, not taken as next year's. A length or a count is a last day too: \"for 2 weeks\" counts from the first run and covers that span (\"every mon and fri for the next month\" from Friday 1 January ends on 31 January; recurrent includes 1 February), \"6 times\" ends on the day of the sixth run (refused when runs are several a day and the count would end inside one); \"twice\" and end times of day are not read.",
      "**\"the last business day of the month\" is the last of its days from Monday to Friday** (BYSETPOS=-1 "
          + "over weekdays); holidays are not known, so a public holiday still counts as a working day.",
      "**\"except\" leaves out weekdays or months** (\"every day except friday\", \"daily except in may\"), "
          + "every year; single dates, times and a year (\"except in may 2010\") are refused.",
      "**Digits run together are a time only where something says so**: \"at 1030\", \"1300 hours\", "
          + "\"0600h\", \"330 p.m.\"; a bare \"0000\" or \"1030\" could be a year or a count. Likewise "
          + "\"9.30\" after \"at\" or with am/pm, since \"24.12\" may be a date.",
      "**\"this morning at 3\" after 3am is refused as passed**, not moved to tomorrow (Duckling moves it).",
      "**A one-off with no time on today's date is refused once 09:00 has passed** (chrono's \"today\" is the "
          + "reference instant itself); likewise \"today at 8am\" after 8am: the phrase says today, so it is not moved "
          + "to tomorrow. Only a time with no day (\"at 8am\") rolls over to tomorrow.",
      "**Misspellings are not corrected** (\"wednsday\"), and bare numbers (\"5\", \"10\") are not times.",
      "**Sentences are located only for chrono's rows**, whose phrases are full sentences by the corpus's own "
          + "description; other rows are parsed whole, so natty's \"Acknowledged. Let's meet at 9pm.\" is refused.",
      "**One-off delays are cut to the minute** (\"in 2 hours\" at 10:30:15 runs at 12:30).",
      "**Forms Roundup does not read** (refused, and counted as failures where the row is otherwise supported): "
          + "\"in a september\", \"a week on tuesday\", \"current year\", \"first monday in 1 month\", minutes after a "
          + "space (\"at 3 15\"), \"3:30 p m\", \"10a_m\"/\"8 p_m\", a two-digit year after a month name (\"14th April 15\") "
          + "and a bare duration with no \"in\" (\"1 hour\").",
      "**Duckling's own resolutions are not copied**: \"in 4 years at 5pm\" and \"at 7 in 3 years\" land on the 1st "
          + "of the month in Duckling, Roundup keeps the day; Duckling reads \"this morning/afternoon at 12\" as the coming "
          + "midnight, Roundup as 00:00 (already passed, refused) and 12:00.",
      "**chrono's ranges** (\"today - next friday\") resolve to the range start; Roundup locates \"next friday\".",
      "**A step between two times runs from the first through the second** (\"every 15 minutes between "
          + "9am and 5pm\" ends at 17:00, where cron's hour range 9-17 runs to 17:45), counting from the first: "
          + "\"every 45 minutes from 9:10\" runs at 9:10, 9:55 ….",
      "**Days relative to this or next week or month are that day**: \"wednesday of next week\" is the "
          + "Wednesday \"next wednesday\" names, \"tuesday this week\" this week's Tuesday (refused once passed), "
          + "\"the 20th of next month\" and \"the first monday of this month\" are read in that month; \"next "
          + "weekend\" and a bare \"this month\" name spans and are not read.",
      "**A zone named after a time is that place's local time all year** (\"9am ET\", \"Europe/Berlin\", "
          + "\"London time\", \"UTC+2\"): \"PST\" and \"PDT\" both mean Pacific time and \"BST\" UK time, as people "
          + "use them, so \"Thursday 9 am BST\" in February is 9:00 in London, where Duckling reads UTC+1; "
          + "\"CST\" is US Central and \"IST\" India, their most common uses.");

  private AccuracyReport() {}

  public static String render(List<ScoredRow> rows, Map<String, Double> targets) {
    StringBuilder md = new StringBuilder();
    md.append("# Schedule parser accuracy\n\n")
        .append("Generated by `ScheduleCorpusTest` from `../shared/data/schedule-phrases/phrases.tsv` ")
        .append("(").append(rows.size()).append(" rows from eight libraries' test suites). Do not edit by hand.\n\n")
        .append("A row is *supported* unless its phrase or expected form falls in one of the unsupported families ")
        .append("below; that is decided from the phrase and expected form before either parser runs. On supported rows ")
        .append("a refusal is a failure. Recurring rows compare the first ").append(RowJudge.OCCURRENCES)
        .append(" occurrences from the row's reference time; one-shot rows compare the first run at the row's grain ")
        .append("(see `RowJudge`). natty is run on the same rows with the same reference time; it only returns a ")
        .append("first date and a recurrence flag, so for recurring rows natty is judged on its first date alone ")
        .append("(more lenient than the ").append(RowJudge.OCCURRENCES).append("-occurrence test Roundup gets).\n\n");
    md.append("## By kind\n\n| kind | supported | Roundup passed | Roundup % | target | natty passed | natty % |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (String kind : List.of("recurring", "one-shot")) {
      List<ScoredRow> of = rows.stream().filter(r -> r.row().kind().equals(kind) && r.supported()).toList();
      md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %d | %s |\n", kind, of.size(),
          count(of, r -> r.roundup().passed()), pct(of, r -> r.roundup().passed()),
          String.format(Locale.ROOT, "≥ %.0f%%", targets.getOrDefault(kind, 0.0) * 100),
          count(of, r -> r.natty().passed()), pct(of, r -> r.natty().passed())));
    }
    md.append("\n## By source\n\n| source | rows | supported | Roundup passed | Roundup % | natty passed | natty % |\n")
        .append("|---|---|---|---|---|---|---|\n");
    Map<String, List<ScoredRow>> bySource = new LinkedHashMap<>();
    rows.forEach(r -> bySource.computeIfAbsent(r.row().library(), k -> new java.util.ArrayList<>()).add(r));
    bySource.forEach((source, of) -> {
      List<ScoredRow> sup = of.stream().filter(ScoredRow::supported).toList();
      md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %d | %s |\n", source, of.size(),
          sup.size(), count(sup, r -> r.roundup().passed()), pct(sup, r -> r.roundup().passed()),
          count(sup, r -> r.natty().passed()), pct(sup, r -> r.natty().passed())));
    });
    md.append("\n## Unsupported forms (rows not scored)\n\n| family | rows | why |\n|---|---|---|\n");
    Map<String, int[]> families = new TreeMap<>();
    Map<String, String> why = new TreeMap<>();
    rows.stream().filter(r -> !r.supported()).forEach(r -> {
      families.computeIfAbsent(r.unsupported().get().name(), k -> new int[1])[0]++;
      why.put(r.unsupported().get().name(), r.unsupported().get().why());
    });
    families.forEach((name, n) -> md.append("| ").append(name).append(" | ").append(n[0]).append(" | ")
        .append(why.get(name)).append(" |\n"));
    md.append("\n## Decisions\n\n");
    DECISIONS.forEach(d -> md.append("- ").append(d).append('\n'));
    md.append("\n## Supported rows Roundup fails\n\n| source | kind | phrase | expected | Roundup |\n|---|---|---|---|---|\n");
    rows.stream().filter(r -> r.supported() && !r.roundup().passed()).forEach(r -> md.append("| ")
        .append(r.row().library()).append(" | ").append(r.row().kind()).append(" | ")
        .append(cell(r.row().phrase())).append(" | ").append(cell(r.row().expected())).append(" | ")
        .append(cell(r.roundup().ours())).append(" |\n"));
    md.append("\n## Rows not scored, by family\n\nEvery row set aside, so the classification can be checked.\n");
    families.keySet().forEach(name -> {
      md.append("\n<details><summary>").append(name).append(" (").append(families.get(name)[0])
          .append(")</summary>\n\n| source | phrase | expected |\n|---|---|---|\n");
      rows.stream().filter(r -> !r.supported() && r.unsupported().get().name().equals(name))
          .forEach(r -> md.append("| ").append(r.row().library()).append(" | ").append(cell(r.row().phrase()))
              .append(" | ").append(cell(r.row().expected())).append(" |\n"));
      md.append("\n</details>\n");
    });
    return md.toString();
  }

  static long count(List<ScoredRow> rows, Predicate<ScoredRow> p) {
    return rows.stream().filter(p).count();
  }

  static String pct(List<ScoredRow> rows, Predicate<ScoredRow> p) {
    return rows.isEmpty() ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * count(rows, p) / rows.size());
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
