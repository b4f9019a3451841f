package dev.roundup.digest;

import static dev.roundup.digest.DigestTestBed.ALICE;
import static dev.roundup.digest.DigestTestBed.ENG;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.model.Message;
import dev.roundup.digest.DigestRepository.Status;
import dev.roundup.jobs.Firing;
import dev.roundup.sandbox.StoredMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A node died while sending a digest; the node that re-runs its instant (Quartz's cluster
 * recovery) takes the claim over and asks Slack whether the digest went out: sent once either way.
 */
class DigestRecoveryTest {

  private static final Instant FRIDAY_4PM_PARIS = Instant.parse("2026-11-20T15:00:00Z");
  private static final String DEAD = "host-4711-deadbeef";

  private DigestTestBed bed;
  private DigestRepository repository;
  private DigestSubscription subscription;

  @BeforeEach
  void start() throws Exception {
    bed = new DigestTestBed();
    bed.slack.setMessageEvents(true);
    repository = new DigestRepository(bed.roundup.database().dataSource());
    bed.command(ALICE, "<#C0ENG|eng>");
    bed.clock.advance(Duration.ofHours(1));
    bed.posts(ENG, null, ALICE, "We decided to freeze the release branch on Wednesday.");
    subscription = repository.byOwner(ALICE).get(0);
    bed.clock.set(FRIDAY_4PM_PARIS.plusSeconds(20));
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  private void recover() {
    bed.roundup.digests().fire(new Firing(subscription.id(), subscription.nextRunAt(),
        bed.clock.instant(), DEAD)).toCompletableFuture().join();
  }

  @Test
  void a_digest_the_dead_node_had_not_posted_is_sent_once_by_the_node_that_takes_it_over() {
    repository.claim(subscription.id(), subscription.nextRunAt(), bed.clock.instant(), DEAD);

    recover();
    recover();

    assertThat(bed.dms(ALICE)).singleElement().satisfies(m -> {
      assertThat(DigestTestBed.content(m)).contains("freeze the release branch");
      assertThat(m.metadata()).contains("digest-" + subscription.id() + "-" + subscription.nextRunAt().toEpochMilli());
    });
    assertThat(repository.builds(subscription.id())).singleElement()
        .satisfies(b -> assertThat(b.status()).isEqualTo(Status.SENT));
    assertThat(repository.find(subscription.id()).orElseThrow().nextRunAt())
        .isEqualTo(subscription.nextRunAt().plus(Duration.ofDays(7)));
  }

  @Test
  void a_digest_the_dead_node_had_posted_is_recorded_and_not_sent_again() throws Exception {
    repository.claim(subscription.id(), subscription.nextRunAt(), bed.clock.instant(), DEAD);
    String key = "digest-" + subscription.id() + "-" + subscription.nextRunAt().toEpochMilli();
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(bed.slack.apiUrl());
    config.setStatsEnabled(false);
    try (Slack sdk = Slack.getInstance(config)) {
      sdk.methods(bed.workspace.botToken()).chatPostMessage(r -> r.channel(ALICE).text("Roundup for the week")
          .metadata(new Message.Metadata("roundup_run", Map.of("key", key))));
    }

    recover();

    assertThat(bed.dms(ALICE)).extracting(StoredMessage::text).containsExactly("Roundup for the week");
    assertThat(repository.builds(subscription.id())).singleElement().satisfies(b -> {
      assertThat(b.status()).isEqualTo(Status.SENT);
      assertThat(b.detail()).contains("posted by a node that stopped");
    });
    assertThat(repository.find(subscription.id()).orElseThrow().nextRunAt())
        .isEqualTo(subscription.nextRunAt().plus(Duration.ofDays(7)));
  }

  @Test
  void a_digest_claimed_by_a_node_that_is_alive_is_left_to_it() {
    repository.claim(subscription.id(), subscription.nextRunAt(), bed.clock.instant(), "node-still-running");

    recover();

    assertThat(bed.dms(ALICE)).isEmpty();
    assertThat(repository.claimOf(subscription.id(), subscription.nextRunAt()))
        .hasValueSatisfying(c -> assertThat(c.node()).isEqualTo("node-still-running"));
    assertThat(repository.find(subscription.id()).orElseThrow().nextRunAt()).isEqualTo(subscription.nextRunAt());
  }
}
