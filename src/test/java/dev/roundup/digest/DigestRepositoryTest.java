package dev.roundup.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import dev.roundup.digest.DigestRepository.Status;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** The subscription store and its one-claim-per-run record, on H2 and on PostgreSQL. */
class DigestRepositoryTest {

  private static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");
  private static final Instant FRIDAY = Instant.parse("2026-11-20T15:00:00Z");

  private DigestRepository repository;

  @BeforeEach
  void openRepository(ScratchDatabase db) {
    repository = new DigestRepository(db.dataSource());
  }

  private DigestSubscription subscription(String owner, String destination) {
    return new DigestSubscription(0, owner, List.of("C2", "C1"), "spec", ZoneId.of("Europe/Paris"),
        "risks", destination, NOW, FRIDAY, null);
  }

  @OnEachDatabase
  void subscriptions_round_trip_in_creation_order_per_owner() {
    DigestSubscription a = repository.create(subscription("U1", null));
    DigestSubscription b = repository.create(subscription("U1", "C9"));
    repository.create(subscription("U2", null));

    assertThat(repository.byOwner("U1")).containsExactly(a, b);
    assertThat(a.id()).isPositive().isNotEqualTo(b.id());
    assertThat(repository.find(b.id()).get().channels()).containsExactly("C2", "C1");
    assertThat(repository.find(b.id()).get().destination()).isEqualTo("C9");
  }

  @OnEachDatabase
  void due_subscriptions_are_those_whose_next_run_has_come() {
    DigestSubscription s = repository.create(subscription("U1", null));
    assertThat(repository.dueBy(FRIDAY.minusSeconds(1))).isEmpty();
    assertThat(repository.dueBy(FRIDAY)).containsExactly(s);

    DigestSubscription moved = new DigestSubscription(s.id(), s.owner(), List.of("C3"), s.scheduleSpec(),
        s.zone(), null, null, s.createdAt(), FRIDAY.plusSeconds(7 * 86400), FRIDAY);
    repository.update(moved);
    assertThat(repository.dueBy(FRIDAY)).isEmpty();
    assertThat(repository.find(s.id())).contains(moved);
  }

  @OnEachDatabase
  void the_firing_of_an_instant_finds_the_subscriptions_due_exactly_then() {
    DigestSubscription a = repository.create(subscription("U1", null));
    DigestSubscription b = repository.create(subscription("U2", "C9"));
    DigestSubscription later = repository.create(new DigestSubscription(0, "U3", List.of("C1"), "spec",
        ZoneId.of("Europe/Paris"), null, null, NOW, FRIDAY.plusMillis(1), null));

    assertThat(repository.dueAt(FRIDAY)).containsExactly(a.id(), b.id());
    assertThat(repository.dueAt(FRIDAY.plusMillis(1))).containsExactly(later.id());
    assertThat(repository.dueAt(FRIDAY.minusSeconds(1))).isEmpty();
    assertThat(repository.nextRunInstants(FRIDAY.plusSeconds(1)))
        .containsExactlyInAnyOrder(FRIDAY, FRIDAY.plusMillis(1));
    assertThat(repository.nextRunInstants(FRIDAY)).isEmpty();
  }

  @OnEachDatabase
  void only_the_dead_node_s_unfinished_claim_can_be_taken_over_and_only_once() {
    DigestSubscription s = repository.create(subscription("U1", null));
    repository.claim(s.id(), FRIDAY, FRIDAY, "dead");

    assertThat(repository.takeOver(s.id(), FRIDAY, "someone-else", "node-b", FRIDAY.plusSeconds(9))).isFalse();
    assertThat(repository.takeOver(s.id(), FRIDAY, "dead", "node-b", FRIDAY.plusSeconds(9))).isTrue();
    assertThat(repository.takeOver(s.id(), FRIDAY, "dead", "node-c", FRIDAY.plusSeconds(9))).isFalse();
    assertThat(repository.claimOf(s.id(), FRIDAY)).contains(
        new DigestRepository.Claim(Status.RUNNING, FRIDAY.plusSeconds(9), "node-b"));

    repository.release(s.id(), FRIDAY);
    assertThat(repository.claimOf(s.id(), FRIDAY)).isEmpty();
    assertThat(repository.claim(s.id(), FRIDAY, FRIDAY.plusSeconds(20), "node-c")).isTrue();
  }

  @OnEachDatabase
  void a_run_is_claimed_once_and_its_outcome_recorded() {
    DigestSubscription s = repository.create(subscription("U1", null));

    assertThat(repository.claim(s.id(), FRIDAY, FRIDAY, "node-a")).isTrue();
    assertThat(repository.claim(s.id(), FRIDAY, FRIDAY.plusSeconds(30), "node-b")).isFalse();
    assertThat(repository.claimOf(s.id(), FRIDAY)).contains(
        new DigestRepository.Claim(Status.RUNNING, FRIDAY, "node-a"));
    repository.finish(s.id(), FRIDAY, FRIDAY.plusSeconds(4), Status.SENT, NOW, FRIDAY, 120, 2, null);

    assertThat(repository.builds(s.id())).singleElement().satisfies(b -> {
      assertThat(b.status()).isEqualTo(Status.SENT);
      assertThat(b.messages()).isEqualTo(120);
      assertThat(b.parts()).isEqualTo(2);
      assertThat(b.periodFrom()).isEqualTo(NOW);
    });
    assertThat(repository.delete(s.id())).isTrue();
    assertThat(repository.find(s.id())).isEmpty();
    assertThat(repository.builds(s.id())).isEmpty();
  }
}
