package dev.roundup.install;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import dev.roundup.store.SqlArguments;
import dev.roundup.store.SqlTimes;
import dev.roundup.store.Transactions;
import dev.roundup.store.WorkspaceDirectory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's {@link InstallationService} on Roundup's database (H2 and PostgreSQL): one row per
 * installation, keyed by Enterprise Grid org and workspace (org-wide installs included), and one per
 * installing person; every token encrypted by {@link TokenCipher}. Only the latest installation is
 * kept (no history): a reinstall replaces the tokens.
 *
 * <p>A bot token that expires within the refresh margin is refreshed when it is read, under a lock
 * on its row: of two threads or nodes reading it at once, one refreshes and the other waits and
 * reads the new pair, so a refresh token is never spent twice.
 *
 * <p>Enterprise Grid: an org-wide installation (team '' in the keys) speaks for every workspace of
 * its org. A workspace's own installation comes first; without one, the org-wide installation of the
 * workspace's org — named by the request, or recorded in the {@link WorkspaceDirectory} — answers.
 * (Bolt's file and S3 stores look for the org-wide one first. Roundup prefers the workspace's own:
 * a workspace that installed Roundup itself keeps its own bot, token and scopes when its org later
 * installs it org-wide.) Saving an installation records its workspace and org there.
 */
public final class JdbcInstallationService implements InstallationService {

  private static final Logger log = LoggerFactory.getLogger(JdbcInstallationService.class);
  /** '' stands for "none" in the keys (see V12__installations.sql). */
  private static final String NONE = "";
  private static final String BOT_COLUMNS = "id, enterprise_id, team_id, enterprise_install, app_id, "
      + "enterprise_name, enterprise_url, team_name, bot_id, bot_user_id, bot_scopes, bot_token, "
      + "bot_refresh_token, bot_token_expires_at, installed_at";

  private final DataSource dataSource;
  private final TokenCipher cipher;
  private final TokenRefresh refresh;
  private final Duration refreshMargin;
  private final Clock clock;
  private final Object refreshing = new Object();
  private final WorkspaceDirectory directory;

  /**
   * @param refreshMargin a bot token expiring sooner than this is refreshed before it is handed out
   */
  public JdbcInstallationService(DataSource dataSource, TokenCipher cipher, TokenRefresh refresh,
      Duration refreshMargin, Clock clock, WorkspaceDirectory directory) {
    this.dataSource = dataSource;
    this.directory = directory;
    this.cipher = cipher;
    this.refresh = refresh;
    this.refreshMargin = refreshMargin;
    this.clock = clock;
  }

  /** An installation's row id and what it holds, tokens decrypted. */
  private record Stored(long id, DefaultBot bot) {}

  @Override
  public boolean isHistoricalDataEnabled() {
    return false;
  }

  @Override
  public void setHistoricalDataEnabled(boolean enabled) {
    if (enabled) {
      throw new UnsupportedOperationException("Roundup keeps only the latest installation of each workspace");
    }
  }

  @Override
  public void saveInstallerAndBot(Installer i) {
    Transactions.inTransaction(dataSource, "save the installation in " + i.getTeamId(), c -> {
      if (i.getBotAccessToken() != null) {
        saveBot(c, i.toBot());
      }
      if (i.getInstallerUserId() != null) {
        saveInstaller(c, i);
      }
      return null;
    });
  }

  @Override
  public void saveBot(Bot bot) {
    Transactions.inTransaction(dataSource, "save the bot of " + bot.getTeamId(), c -> {
      saveBot(c, bot);
      return null;
    });
  }

  private void saveBot(Connection c, Bot b) throws SQLException {
    String e = key(b.getEnterpriseId());
    String t = key(b.getTeamId());
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO slack_installations (enterprise_id, "
        + "team_id, enterprise_install, installed_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      SqlArguments.bind(ps, e, t, Boolean.TRUE.equals(b.getIsEnterpriseInstall()), SqlTimes.of(installedAt(b.getInstalledAt())));
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE slack_installations SET enterprise_install = ?, "
        + "app_id = ?, enterprise_url = ?, bot_id = ?, bot_user_id = ?, bot_scopes = ?, bot_token = ?, "
        + "bot_refresh_token = ?, bot_token_expires_at = ?, installed_at = ? "
        + "WHERE enterprise_id = ? AND team_id = ?")) {
      SqlArguments.bind(ps, Boolean.TRUE.equals(b.getIsEnterpriseInstall()), b.getAppId(),
          b.getEnterpriseUrl(), b.getBotId(), b.getBotUserId(), scopes(b),
          cipher.encrypt(b.getBotAccessToken()), cipher.encrypt(b.getBotRefreshToken()),
          SqlTimes.of(millis(b.getBotTokenExpiresAt())), SqlTimes.of(installedAt(b.getInstalledAt())), e, t);
      ps.executeUpdate();
    }
    if (b instanceof DefaultBot d && (d.getTeamName() != null || d.getEnterpriseName() != null)) {
      names(c, e, t, d.getEnterpriseName(), d.getTeamName());
    }
    // An org-wide install names no workspace: its workspaces are recorded as their requests arrive.
    directory.record(c, b.getTeamId(), b.getEnterpriseId(), clock.instant());
  }

  /** Bolt's {@code Installer.toBot()} copies the bot's scopes into {@code scope}, not {@code botScope}. */
  private static String scopes(Bot b) {
    if (b.getBotScope() != null) {
      return b.getBotScope();
    }
    return b instanceof DefaultBot d ? d.getScope() : null;
  }

  private void saveInstaller(Connection c, Installer i) throws SQLException {
    String e = key(i.getEnterpriseId());
    String t = key(i.getTeamId());
    if (i instanceof DefaultInstaller d) {
      names(c, e, t, d.getEnterpriseName(), d.getTeamName());
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM slack_installers "
        + "WHERE enterprise_id = ? AND team_id = ? AND user_id = ?")) {
      SqlArguments.bind(ps, e, t, i.getInstallerUserId());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO slack_installers (enterprise_id, team_id, "
        + "user_id, user_scopes, user_token, user_refresh_token, user_token_expires_at, installed_at) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      SqlArguments.bind(ps, e, t, i.getInstallerUserId(), i.getInstallerUserScope(),
          cipher.encrypt(i.getInstallerUserAccessToken()), cipher.encrypt(i.getInstallerUserRefreshToken()),
          SqlTimes.of(millis(i.getInstallerUserTokenExpiresAt())), SqlTimes.of(installedAt(i.getInstalledAt())));
      ps.executeUpdate();
    }
  }

  private static void names(Connection c, String e, String t, String enterpriseName, String teamName)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE slack_installations SET "
        + "enterprise_name = COALESCE(?, enterprise_name), team_name = COALESCE(?, team_name) "
        + "WHERE enterprise_id = ? AND team_id = ?")) {
      SqlArguments.bind(ps, enterpriseName, teamName, e, t);
      ps.executeUpdate();
    }
  }

  @Override
  public void deleteBot(Bot bot) {
    deleteWhere("delete the bot of " + bot.getTeamId(), "DELETE FROM slack_installations "
        + "WHERE enterprise_id = ? AND team_id = ?", key(bot.getEnterpriseId()), key(bot.getTeamId()));
  }

  @Override
  public void deleteInstaller(Installer installer) {
    deleteWhere("delete an installer's tokens in " + installer.getTeamId(), "DELETE FROM slack_installers "
        + "WHERE enterprise_id = ? AND team_id = ? AND user_id = ?", key(installer.getEnterpriseId()),
        key(installer.getTeamId()), installer.getInstallerUserId());
  }

  @Override
  public void deleteAll(String enterpriseId, String teamId) {
    Transactions.inTransaction(dataSource, "delete the installation in " + teamId, c -> {
      for (String table : List.of("slack_installations", "slack_installers")) {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table
            + " WHERE enterprise_id = ? AND team_id = ?")) {
          SqlArguments.bind(ps, key(enterpriseId), key(teamId));
          ps.executeUpdate();
        }
      }
      return null;
    });
  }

  /** Deletes these people's user tokens in a workspace (they revoked them); answers how many went. */
  public int deleteUserTokens(String enterpriseId, String teamId, List<String> userIds) {
    int deleted = 0;
    for (String user : userIds) {
      deleted += deleteWhere("delete a revoked user token in " + teamId, "DELETE FROM slack_installers "
          + "WHERE enterprise_id = ? AND team_id = ? AND user_id = ?", key(enterpriseId), key(teamId), user);
    }
    return deleted;
  }

  private int deleteWhere(String what, String sql, Object... args) {
    return Transactions.inTransaction(dataSource, what, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        SqlArguments.bind(ps, args);
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public Bot findBot(String enterpriseId, String teamId) {
    return locate(enterpriseId, teamId).map(this::fresh).orElse(null);
  }

  /**
   * The installation that speaks for a workspace: its own ({@code enterpriseId}, {@code teamId}),
   * else the org-wide one of its org — the org the request names, or the one recorded for the team.
   */
  private Optional<Stored> locate(String enterpriseId, String teamId) {
    Optional<Stored> found = load("enterprise_id = ? AND team_id = ?", key(enterpriseId), key(teamId));
    if (found.isPresent() || key(teamId).equals(NONE)) {
      return found;
    }
    if (enterpriseId == null) {
      found = load("team_id = ?", teamId);
    }
    return found.isPresent() ? found : orgWide(enterpriseId, teamId);
  }

  /**
   * The org-wide installation of the org a request names, or — for Roundup's own calls by team — of
   * the org recorded for the team, unless the org took it out of that workspace.
   */
  private Optional<Stored> orgWide(String enterpriseId, String teamId) {
    Optional<String> org = enterpriseId != null ? Optional.of(enterpriseId) : directory.orgSpeaksFor(teamId);
    return org.flatMap(e -> load("enterprise_id = ? AND team_id = '' AND enterprise_install", e));
  }

  /**
   * The bot that speaks for a workspace, whatever its org: the workspace's own installation, else
   * its org's org-wide one; its token refreshed when due.
   */
  public Optional<Bot> findBotOfTeam(String teamId) {
    if (teamId == null || teamId.isEmpty()) {
      return Optional.empty();
    }
    return locate(null, teamId).map(this::fresh);
  }

  @Override
  public Installer findInstaller(String enterpriseId, String teamId, String userId) {
    Bot bot = findBot(enterpriseId, teamId);
    Installer own = installer(enterpriseId, teamId, userId, bot);
    if (own != null || enterpriseId == null || key(teamId).equals(NONE)) {
      return own;
    }
    // A workspace of an org where Roundup was installed org-wide: the org's installer.
    return installer(enterpriseId, null, userId, bot);
  }

  private Installer installer(String enterpriseId, String teamId, String userId, Bot bot) {
    return Transactions.inTransaction(dataSource, "read an installer in " + teamId, c -> {
      String sql = "SELECT user_id, user_scopes, user_token, user_refresh_token, user_token_expires_at, "
          + "installed_at FROM slack_installers WHERE enterprise_id = ? AND team_id = ?"
          + (userId == null ? "" : " AND user_id = ?") + " ORDER BY installed_at DESC";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        if (userId == null) {
          SqlArguments.bind(ps, key(enterpriseId), key(teamId));
        } else {
          SqlArguments.bind(ps, key(enterpriseId), key(teamId), userId);
        }
        ps.setMaxRows(1);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return null;
          }
          DefaultInstaller i = new DefaultInstaller();
          i.setEnterpriseId(enterpriseId);
          i.setTeamId(teamId);
          i.setInstallerUserId(rs.getString("user_id"));
          i.setInstallerUserScope(rs.getString("user_scopes"));
          i.setInstallerUserAccessToken(cipher.decrypt(rs.getString("user_token")));
          i.setInstallerUserRefreshToken(cipher.decrypt(rs.getString("user_refresh_token")));
          i.setInstallerUserTokenExpiresAt(epochMillis(rs.getObject("user_token_expires_at", OffsetDateTime.class)));
          i.setInstalledAt(epochMillis(rs.getObject("installed_at", OffsetDateTime.class)));
          if (bot != null) {
            i.setAppId(bot.getAppId());
            i.setIsEnterpriseInstall(bot.getIsEnterpriseInstall());
            i.setEnterpriseUrl(bot.getEnterpriseUrl());
            i.setBotId(bot.getBotId());
            i.setBotUserId(bot.getBotUserId());
            i.setBotScope(bot.getBotScope());
            i.setBotAccessToken(bot.getBotAccessToken());
            i.setBotRefreshToken(bot.getBotRefreshToken());
            i.setBotTokenExpiresAt(bot.getBotTokenExpiresAt());
          }
          return i;
        }
      }
    });
  }

  private Optional<Stored> load(String where, Object... args) {
    return Transactions.inTransaction(dataSource, "read an installation", c -> read(c, where, false, args));
  }

  private Optional<Stored> read(Connection c, String where, boolean lock, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + BOT_COLUMNS + " FROM slack_installations "
        + "WHERE " + where + (lock ? " FOR UPDATE" : ""))) {
      SqlArguments.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(stored(rs)) : Optional.empty();
      }
    }
  }

  private Stored stored(ResultSet rs) throws SQLException {
    DefaultBot b = new DefaultBot();
    b.setEnterpriseId(value(rs.getString("enterprise_id")));
    b.setTeamId(value(rs.getString("team_id")));
    b.setIsEnterpriseInstall(rs.getBoolean("enterprise_install"));
    b.setAppId(rs.getString("app_id"));
    b.setEnterpriseName(rs.getString("enterprise_name"));
    b.setEnterpriseUrl(rs.getString("enterprise_url"));
    b.setTeamName(rs.getString("team_name"));
    b.setBotId(rs.getString("bot_id"));
    b.setBotUserId(rs.getString("bot_user_id"));
    b.setBotScope(rs.getString("bot_scopes"));
    b.setScope(rs.getString("bot_scopes"));
    b.setBotAccessToken(cipher.decrypt(rs.getString("bot_token")));
    b.setBotRefreshToken(cipher.decrypt(rs.getString("bot_refresh_token")));
    b.setBotTokenExpiresAt(epochMillis(rs.getObject("bot_token_expires_at", OffsetDateTime.class)));
    b.setInstalledAt(epochMillis(rs.getObject("installed_at", OffsetDateTime.class)));
    return new Stored(rs.getLong("id"), b);
  }

  /** The bot as stored, or with a refreshed token pair when its token expires within the margin. */
  private Bot fresh(Stored s) {
    if (!due(s.bot())) {
      return s.bot();
    }
    // One refresh at a time in this process (H2 gives up on a row lock after a second; a refresh
    // is a call to Slack); across nodes the row lock below does the same.
    synchronized (refreshing) {
      return refreshLocked(s);
    }
  }

  private Bot refreshLocked(Stored s) {
    try {
      return Transactions.inTransaction(dataSource, "refresh the bot token of " + s.bot().getTeamId(), c -> {
        // Read again under the row lock: another thread or node may have refreshed it meanwhile.
        Optional<Stored> locked = read(c, "id = ?", true, s.id());
        if (locked.isEmpty()) {
          return null;
        }
        DefaultBot b = locked.get().bot();
        if (!due(b)) {
          return b;
        }
        TokenRefresh.Refreshed r = refresh.refresh(b.getBotRefreshToken());
        try (PreparedStatement ps = c.prepareStatement("UPDATE slack_installations SET bot_token = ?, "
            + "bot_refresh_token = ?, bot_token_expires_at = ? WHERE id = ?")) {
          SqlArguments.bind(ps, cipher.encrypt(r.accessToken()), cipher.encrypt(r.refreshToken()),
              SqlTimes.of(r.expiresAt()), s.id());
          ps.executeUpdate();
        }
        b.setBotAccessToken(r.accessToken());
        b.setBotRefreshToken(r.refreshToken());
        b.setBotTokenExpiresAt(r.expiresAt().toEpochMilli());
        log.info("Refreshed the bot token of workspace {} (expires {})", b.getTeamId(), r.expiresAt());
        return b;
      });
    } catch (TokenRefresh.RefreshFailed e) {
      // The stored token may still work until it expires; the next read tries again.
      log.warn("Could not refresh the bot token of workspace {}: {}", s.bot().getTeamId(), e.getMessage());
      return s.bot();
    }
  }

  private boolean due(Bot b) {
    return b.getBotRefreshToken() != null && b.getBotTokenExpiresAt() != null
        && Instant.ofEpochMilli(b.getBotTokenExpiresAt()).isBefore(clock.instant().plus(refreshMargin));
  }

  /** What {@link #reencrypt()} did: token values rewritten under the current key, and those already under it. */
  public record Reencrypted(int rewritten, int alreadyCurrent) {}

  /**
   * Rewrites every stored token under the current key (after a key rotation), each table in one
   * transaction with its rows locked, so a token refreshed meanwhile is not overwritten.
   */
  public Reencrypted reencrypt() {
    Reencrypted bots = reencrypt("slack_installations", "id", List.of("bot_token", "bot_refresh_token"));
    Reencrypted users = reencrypt("slack_installers", "enterprise_id, team_id, user_id",
        List.of("user_token", "user_refresh_token"));
    return new Reencrypted(bots.rewritten() + users.rewritten(), bots.alreadyCurrent() + users.alreadyCurrent());
  }

  private Reencrypted reencrypt(String table, String keyColumns, List<String> tokenColumns) {
    return Transactions.inTransaction(dataSource, "re-encrypt the tokens in " + table, c -> {
      String[] keys = keyColumns.split(",\\s*");
      int rewritten = 0;
      int current = 0;
      List<Object[]> updates = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + keyColumns + ", " + String.join(", ", tokenColumns)
          + " FROM " + table + " FOR UPDATE");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Object[] row = new Object[tokenColumns.size() + keys.length];
          boolean changed = false;
          for (int i = 0; i < tokenColumns.size(); i++) {
            String stored = rs.getString(tokenColumns.get(i));
            row[i] = stored;
            if (stored == null) {
              continue;
            }
            if (cipher.isCurrent(stored)) {
              current++;
            } else {
              row[i] = cipher.encrypt(cipher.decrypt(stored));
              rewritten++;
              changed = true;
            }
          }
          for (int k = 0; k < keys.length; k++) {
            row[tokenColumns.size() + k] = rs.getObject(keys[k]);
          }
          if (changed) {
            updates.add(row);
          }
        }
      }
      String set = String.join(" = ?, ", tokenColumns) + " = ?";
      String where = String.join(" = ? AND ", keys) + " = ?";
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + set + " WHERE " + where)) {
        for (Object[] row : updates) {
          SqlArguments.bind(ps, row);
          ps.executeUpdate();
        }
      }
      return new Reencrypted(rewritten, current);
    });
  }

  private static String key(String id) {
    return id == null ? NONE : id;
  }

  private static String value(String key) {
    return NONE.equals(key) ? null : key;
  }

  private Instant installedAt(Long millis) {
    return millis == null ? clock.instant() : Instant.ofEpochMilli(millis);
  }

  private static Instant millis(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  private static Long epochMillis(OffsetDateTime time) {
    return time == null ? null : time.toInstant().toEpochMilli();
  }
}
