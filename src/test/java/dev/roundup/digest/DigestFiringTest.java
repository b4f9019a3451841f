package dev.roundup.digest;

import static dev.roundup.digest.DigestTestBed.ALICE;
import static dev.roundup.digest.DigestTestBed.ENG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.jobs.Firing;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quartz stops waiting for a trigger when about 2 ms remain, so a digest's firing can come a moment
 * before its instant by Roundup's clock: it is on time and sent. A firing long before the instant
 * (a clock moved by hand) is left alone.
 */
class DigestFiringTest {

  private DigestTestBed bed;
  private DigestSubscription subscription;

  @BeforeEach
  void start() throws Exception {
    bed = new DigestTestBed();
    bed.slack.setMessageEvents(true);
    bed.command(ALICE, "<#C0ENG|eng>");
    bed.clock.advance(Duration.ofHours(1));
    bed.posts(ENG, null, ALICE, "We decided to freeze the release branch on Wednesday.");
    subscription = new DigestRepository(bed.roundup.database().dataSource()).byOwner(ALICE).get(0);
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  private boolean fireAt(Duration beforeItsInstant) {
    bed.clock.set(subscription.nextRunAt().minus(beforeItsInstant));
    return bed.roundup.digests().fire(new Firing(subscription.id(), subscription.nextRunAt(),
        bed.clock.instant())).toCompletableFuture().join();
  }

  @Test
  void a_firing_two_milliseconds_early_sends_the_digest() {
    assertThat(fireAt(Duration.ofMillis(2))).isTrue();
    assertThat(bed.dms(ALICE)).singleElement()
        .satisfies(m -> assertThat(DigestTestBed.content(m)).contains("freeze the release branch"));
  }

  @Test
  void a_firing_an_hour_early_is_left_alone() {
    assertThat(fireAt(Duration.ofHours(1))).isFalse();
    assertThat(bed.dms(ALICE)).isEmpty();
  }
}
