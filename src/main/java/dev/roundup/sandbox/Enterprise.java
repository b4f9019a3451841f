package dev.roundup.sandbox;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An Enterprise Grid org: workspaces that belong to it, and the app installed org-wide. An org-wide
 * installation has one bot token for the whole org and one bot user, the same in every workspace
 * of it: a call with that token is answered for whichever workspace of the org it names (by
 * {@code team_id}, a channel or a person), events from its workspaces carry the org's id, and
 * {@code oauth.v2.access} in one of them answers an org-wide install ({@code is_enterprise_install}
 * true, {@code enterprise} set, {@code team} null). Slack's authorize page, where an admin picks
 * the org, is not modelled.
 *
 * <pre>{@code
 * Enterprise grid = new Enterprise("E0GRID", "grid-co");
 * Workspace alpha = grid.addWorkspace("T0ALPHA", "alpha-co");
 * Workspace bravo = grid.addWorkspace("T0BRAVO", "bravo-co");
 * SlackEmulator slack = SlackEmulator.start(alpha);
 * slack.join(bravo);
 * // Roundup installed through oauth.v2.access now speaks in both with grid.botToken()
 * }</pre>
 */
public final class Enterprise {

  /** Roundup's bot user in every workspace of an org it is installed in org-wide. */
  public static final String BOT_USER_ID = "U0GRIDBOT";

  private final String id;
  private final String name;
  private final String botToken;
  private final List<Workspace> workspaces = new CopyOnWriteArrayList<>();

  public Enterprise(String id, String name) {
    this.id = id;
    this.name = name;
    SecureRandom random = new SecureRandom();
    byte[] secret = new byte[12];
    random.nextBytes(secret);
    this.botToken = "xoxb-" + id + "-" + HexFormat.of().formatHex(secret);
  }

  /**
   * A new workspace of this org, of the same app as the org's other workspaces, Roundup being
   * {@link #BOT_USER_ID} there.
   */
  public synchronized Workspace addWorkspace(String teamId, String domain) {
    Workspace workspace = workspaces.isEmpty()
        ? new Workspace(teamId, domain, BOT_USER_ID)
        : workspaces.get(0).sameApp(teamId, domain, BOT_USER_ID);
    workspace.setEnterprise(this);
    workspaces.add(workspace);
    return workspace;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** The org-wide installation's bot token: accepted in every workspace of the org. */
  public String botToken() {
    return botToken;
  }

  public String botUserId() {
    return BOT_USER_ID;
  }

  public List<Workspace> workspaces() {
    return List.copyOf(workspaces);
  }
}
