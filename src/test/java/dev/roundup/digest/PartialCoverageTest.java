package dev.roundup.digest;

import static dev.roundup.digest.DigestTestBed.ALICE;
import static dev.roundup.digest.DigestTestBed.ENG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.app.Config;
import dev.roundup.ingest.MethodBudget;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A digest whose backfill could not finish says which part of the week it covers. */
class PartialCoverageTest {

  @Test
  void a_digest_built_under_tier_1_before_the_backfill_finishes_says_what_it_covers() throws Exception {
    try (DigestTestBed bed = new DigestTestBed(new Config.Ingest(Duration.ofDays(35),
        MethodBudget.TIER_1, MethodBudget.TIER_1, Duration.ofSeconds(1)))) {
      // Said before Roundup received any event: only history has it.
      for (int i = 0; i < 40; i++) {
        bed.workspace.post(ENG, ALICE, "Status update " + i + " on the search index rebuild.");
        bed.clock.advance(Duration.ofMinutes(20));
      }
      bed.command(ALICE, "<#C0ENG|eng>");

      int before = bed.slack.responseUrlPosts().size();
      bed.slack.slashCommand(ALICE, DigestTestBed.GENERAL, "/digest", "preview");
      await().atMost(Duration.ofSeconds(20)).until(() -> bed.slack.responseUrlPosts().size() > before);

      String preview = String.join("\n", bed.postsSince(before));
      assertThat(preview).contains("covers only from").contains("the rest is fetched for next time");
      // One page of 15 under Tier 1 within the limit; the rest waits for the next run.
      assertThat(bed.slack.calls("conversations.history")).hasSize(1);
      assertThat(bed.slack.calls("conversations.history").get(0).params().get("limit")).isEqualTo("15");
    }
  }
}
