package dev.roundup.schedule.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.SharedData;
import dev.roundup.schedule.Located;
import dev.roundup.schedule.ParseResult;
import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Refused;
import dev.roundup.schedule.ScheduleParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Scores Roundup (and natty, for comparison) on every supported-form row of the shared phrase
 * corpus, writes docs/SCHEDULE_ACCURACY.md and holds the accuracy targets.
 */
class ScheduleCorpusTest {

  private static final double RECURRING_TARGET = 0.97;
  private static final double ONE_SHOT_TARGET = 0.90;

  private final ScheduleParser parser = new ScheduleParser();

  @Test
  void supported_phrases_of_the_corpus_parse_to_the_expected_schedules() throws IOException {
    Path tsv = SharedData.require("schedule-phrases/phrases.tsv");
    List<ScoredRow> scored = new ArrayList<>();
    for (CorpusRow row : CorpusLoader.load(tsv)) {
      ExpectedForm expected = ExpectedForm.parse(row.expected());
      Optional<SupportRules.Rule> unsupported = SupportRules.unsupported(row, expected);
      if (unsupported.isPresent()) {
        RowJudge.Verdict none = new RowJudge.Verdict(false, "not scored");
        scored.add(new ScoredRow(row, unsupported, none, none));
        continue;
      }
      ZonedDateTime now = RowJudge.now(row, expected);
      RowJudge.Verdict ours = RowJudge.judge(row, expected, roundup(row, now));
      NattyRunner.NattyAnswer natty = NattyRunner.run(row.phrase(), now);
      RowJudge.Verdict theirs = RowJudge.judgeFirst(row, expected, natty.first(), natty.recurring());
      scored.add(new ScoredRow(row, unsupported, ours, theirs));
    }
    String report = AccuracyReport.render(scored,
        Map.of("recurring", RECURRING_TARGET, "one-shot", ONE_SHOT_TARGET));
    Files.createDirectories(Path.of("docs"));
    Files.writeString(Path.of("docs", "SCHEDULE_ACCURACY.md"), report);

    assertThat(scored).hasSize(960);
    assertThat(share(scored, "recurring")).as("supported recurring rows passed").isGreaterThanOrEqualTo(RECURRING_TARGET);
    assertThat(share(scored, "one-shot")).as("supported one-shot rows passed").isGreaterThanOrEqualTo(ONE_SHOT_TARGET);
  }

  /** Roundup's answer: the parse of the phrase; chrono's rows are sentences, so the located span. */
  private RowJudge.Answer roundup(CorpusRow row, ZonedDateTime now) {
    if (row.sentence()) {
      Optional<Located> located = parser.locate(row.phrase(), now.getZone(), now);
      return new RowJudge.Answer(located.map(Located::schedule),
          located.map(l -> "").orElse("no schedule located"));
    }
    ParseResult result = parser.parse(row.phrase(), now.getZone(), now);
    if (result instanceof Parsed parsed) {
      return new RowJudge.Answer(Optional.of(parsed.schedule()), "");
    }
    return new RowJudge.Answer(Optional.empty(), "refused: " + ((Refused) result).reason()
        .replaceAll(" Try e\\.g\\..*", ""));
  }

  private static double share(List<ScoredRow> rows, String kind) {
    List<ScoredRow> of = rows.stream().filter(r -> r.row().kind().equals(kind) && r.supported()).toList();
    return of.isEmpty() ? 1.0 : (double) of.stream().filter(r -> r.roundup().passed()).count() / of.size();
  }
}
