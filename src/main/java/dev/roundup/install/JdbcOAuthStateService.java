package dev.roundup.install;

import com.slack.api.bolt.service.OAuthStateService;
import dev.roundup.store.SqlArguments;
import dev.roundup.store.Transactions;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Bolt's {@link OAuthStateService} on Roundup's database: each state {@code /slack/install} hands
 * out is good for one callback, until it expires. Bolt also ties the state to the browser with a
 * cookie; this is the server's half.
 *
 * <p>The check claims the state (deletes it) in the same statement: two callbacks racing with one
 * state (a replayed link, two nodes) cannot both pass, where a check followed by a later delete
 * would let both through. A callback whose code Slack then refuses has spent its state; the person
 * starts again from the install page.
 */
public final class JdbcOAuthStateService implements OAuthStateService {

  private final DataSource dataSource;
  private final Clock clock;
  private final Duration lifetime;

  public JdbcOAuthStateService(DataSource dataSource, Clock clock, Duration lifetime) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  @Override
  public long getExpirationInSeconds() {
    return lifetime.toSeconds();
  }

  @Override
  public void addNewStateToDatastore(String state) {
    Transactions.inTransaction(dataSource, "save an OAuth state", c -> {
      // Expired states are of no use to anyone: drop them as new ones are made.
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM oauth_states WHERE expires_at <= ?")) {
        SqlArguments.bind(ps, now());
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO oauth_states (state, expires_at) VALUES (?, ?)")) {
        SqlArguments.bind(ps, state, now().plus(lifetime));
        ps.executeUpdate();
      }
      return null;
    });
  }

  /** True once for a state that was issued and has not expired; it is spent by this check. */
  @Override
  public boolean isAvailableInDatabase(String state) {
    if (state == null || state.isBlank()) {
      return false;
    }
    return Transactions.inTransaction(dataSource, "check an OAuth state", c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM oauth_states WHERE state = ? AND expires_at > ?")) {
        SqlArguments.bind(ps, state, now());
        return ps.executeUpdate() == 1;
      }
    });
  }

  @Override
  public void deleteStateFromDatastore(String state) {
    Transactions.inTransaction(dataSource, "delete an OAuth state", c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM oauth_states WHERE state = ?")) {
        SqlArguments.bind(ps, state);
        ps.executeUpdate();
      }
      return null;
    });
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
