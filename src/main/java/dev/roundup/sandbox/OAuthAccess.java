package dev.roundup.sandbox;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code oauth.v2.access}, as Slack answers it to an app installed with token rotation on: the
 * authorization code of an install (each code works once) is traded for the workspace's bot token,
 * a refresh token and its lifetime; {@code grant_type=refresh_token} trades a refresh token (each
 * works once) for a new pair. The app authenticates with its client id and secret (HTTP Basic, as
 * the SDK sends them, or form fields), never with a token, so this sits before the Web API's token
 * check.
 *
 * <p>Slack's authorize page is not modelled: any code the app brings back is taken, once. The
 * access token handed out, on install and on refresh, is the workspace's one bot token — or, in a
 * workspace of an Enterprise Grid org, the org-wide installation's ({@link Enterprise}): the
 * answer then says {@code is_enterprise_install} true, names the org and no team.
 */
public final class OAuthAccess {

  /** The method this answers. */
  public static final String METHOD = "oauth.v2.access";
  /** The emulated app's OAuth client id. */
  public static final String CLIENT_ID = "1000000000.2000000000";
  /** The emulated app's OAuth client secret. */
  public static final String CLIENT_SECRET = "emulated-client-secret";
  /** How long an access token lives, in seconds (Slack's 12 hours). */
  public static final int EXPIRES_IN = 43_200;
  private static final String BOT_SCOPES = "app_mentions:read,channels:history,channels:read,groups:history,"
      + "files:read,groups:read,chat:write,commands,im:write,im:history,users:read";

  private final Workspace workspace;
  private final Set<String> usedCodes = ConcurrentHashMap.newKeySet();
  private final Set<String> liveRefreshTokens = ConcurrentHashMap.newKeySet();

  OAuthAccess(Workspace workspace) {
    this.workspace = workspace;
  }

  ApiResponse handle(Map<String, String> params, String authorization) {
    String[] client = credentials(params, authorization);
    if (client == null || !CLIENT_ID.equals(client[0])) {
      return failure("invalid_client_id");
    }
    if (!CLIENT_SECRET.equals(client[1])) {
      return failure("bad_client_secret");
    }
    if ("refresh_token".equals(params.get("grant_type"))) {
      String refresh = params.get("refresh_token");
      if (refresh == null || !liveRefreshTokens.remove(refresh)) {
        return failure("invalid_refresh_token");
      }
      JsonObject body = tokens();
      Enterprise org = workspace.enterprise().orElse(null);
      body.addProperty("team_id", org == null ? workspace.teamId() : null);
      if (org != null) {
        body.addProperty("enterprise_id", org.id());
      }
      return ok(body);
    }
    String code = params.get("code");
    if (code == null || code.isBlank() || !usedCodes.add(code)) {
      return failure("invalid_code");
    }
    JsonObject body = tokens();
    body.addProperty("app_id", Workspace.APP_ID);
    body.addProperty("scope", BOT_SCOPES);
    body.addProperty("bot_user_id", workspace.botUserId());
    Enterprise org = workspace.enterprise().orElse(null);
    if (org == null) {
      JsonObject team = new JsonObject();
      team.addProperty("id", workspace.teamId());
      team.addProperty("name", workspace.teamDomain());
      body.add("team", team);
      body.add("enterprise", null);
    } else {
      JsonObject enterprise = new JsonObject();
      enterprise.addProperty("id", org.id());
      enterprise.addProperty("name", org.name());
      body.add("team", null);
      body.add("enterprise", enterprise);
    }
    body.addProperty("is_enterprise_install", org != null);
    JsonObject installer = new JsonObject();
    installer.addProperty("id", workspace.users().stream().filter(u -> !u.bot()).map(User::id)
        .findFirst().orElse("U0INSTALLER"));
    body.add("authed_user", installer);
    return ok(body);
  }

  private JsonObject tokens() {
    String refresh = "xoxe-1-" + UUID.randomUUID().toString().replace("-", "");
    liveRefreshTokens.add(refresh);
    JsonObject body = new JsonObject();
    body.addProperty("token_type", "bot");
    body.addProperty("access_token", workspace.enterprise().map(Enterprise::botToken).orElse(workspace.botToken()));
    body.addProperty("refresh_token", refresh);
    body.addProperty("expires_in", EXPIRES_IN);
    return body;
  }

  /** The client id and secret from an HTTP Basic header, else from the form; null when neither. */
  private static String[] credentials(Map<String, String> params, String authorization) {
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
            StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    String id = params.get("client_id");
    return id == null ? null : new String[] {id, params.getOrDefault("client_secret", "")};
  }

  private static ApiResponse ok(JsonObject body) {
    JsonObject answer = new JsonObject();
    answer.addProperty("ok", true);
    body.entrySet().forEach(e -> answer.add(e.getKey(), e.getValue()));
    return new ApiResponse(200, answer.toString(), Map.of());
  }

  private static ApiResponse failure(String error) {
    JsonObject body = new JsonObject();
    body.addProperty("ok", false);
    body.addProperty("error", error);
    return new ApiResponse(200, body.toString(), Map.of());
  }
}
