package dev.roundup.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** auth.test, users.info and users.list: who the bot is and who the people are. */
final class UsersApi {

  /** Slack sends everyone when no limit is given to a small team; 1,000 is its page ceiling here. */
  static final int LIST_DEFAULT_LIMIT = 1000;
  static final int LIST_MAX_LIMIT = 1000;

  private static final DateTimeFormatter ZONE_LABEL = DateTimeFormatter.ofPattern("zzzz", Locale.US);

  private final Workspace workspace;

  UsersApi(Workspace workspace) {
    this.workspace = workspace;
  }

  void register(Map<String, WebApiMethod> methods) {
    methods.put("auth.test", this::authTest);
    methods.put("users.info", this::usersInfo);
    methods.put("users.list", this::usersList);
  }

  private JsonObject authTest(ApiRequest request) {
    JsonObject body = new JsonObject();
    body.addProperty("url", "https://" + workspace.teamDomain() + ".slack.com/");
    body.addProperty("team", workspace.teamDomain());
    body.addProperty("user", Workspace.DEFAULT_BOT_NAME);
    body.addProperty("team_id", workspace.teamId());
    body.addProperty("user_id", workspace.botUserId());
    body.addProperty("bot_id", workspace.botId());
    Enterprise org = workspace.enterprise().orElse(null);
    boolean orgWide = org != null && org.botToken().equals(request.token());
    if (org != null) {
      body.addProperty("enterprise_id", org.id());
    }
    if (orgWide) {
      // An org-wide token is the org's, not a workspace's: Slack answers the org where the team would be.
      body.addProperty("url", "https://" + org.name() + ".enterprise.slack.com/");
      body.addProperty("team", org.name());
      body.addProperty("team_id", org.id());
    }
    body.addProperty("is_enterprise_install", orgWide);
    return body;
  }

  private JsonObject usersInfo(ApiRequest request) {
    User user = workspace.user(request.required("user"))
        .orElseThrow(() -> new SlackError("user_not_found"));
    JsonObject body = new JsonObject();
    body.add("user", render(user, workspace.clock().instant()));
    return body;
  }

  /** Everyone, the bot included, in pages ({@code limit}, {@code cursor}) as Slack pages them. */
  private JsonObject usersList(ApiRequest request) {
    List<User> all = workspace.users();
    int limit = Paging.limit(request, LIST_DEFAULT_LIMIT, LIST_MAX_LIMIT);
    int from = Paging.decodeIndex(request);
    List<User> page = Paging.page(all, from, limit);
    Instant now = workspace.clock().instant();
    JsonArray members = new JsonArray();
    page.forEach(user -> members.add(render(user, now)));
    JsonObject body = new JsonObject();
    body.add("members", members);
    body.addProperty("cache_ts", now.getEpochSecond());
    int next = from + page.size();
    Paging.addNextCursor(body, next < all.size() ? Paging.encode("next_index", String.valueOf(next)) : "");
    return body;
  }

  private JsonObject render(User user, Instant now) {
    ZoneId zone = ZoneId.of(user.tz());
    JsonObject json = new JsonObject();
    json.addProperty("id", user.id());
    json.addProperty("team_id", workspace.teamId());
    json.addProperty("name", user.name());
    json.addProperty("deleted", false);
    json.addProperty("real_name", user.realName());
    json.addProperty("tz", user.tz());
    json.addProperty("tz_label", ZONE_LABEL.format(now.atZone(zone)));
    json.addProperty("tz_offset", zone.getRules().getOffset(now).getTotalSeconds());
    json.addProperty("is_admin", user.admin());
    json.addProperty("is_owner", false);
    json.addProperty("is_primary_owner", false);
    json.addProperty("is_restricted", false);
    json.addProperty("is_ultra_restricted", false);
    json.addProperty("is_bot", user.bot());
    json.addProperty("is_app_user", false);
    JsonObject profile = new JsonObject();
    profile.addProperty("real_name", user.realName());
    profile.addProperty("real_name_normalized", user.realName());
    profile.addProperty("display_name", user.bot() ? "" : user.displayName());
    profile.addProperty("display_name_normalized", user.bot() ? "" : user.displayName());
    profile.addProperty("team", workspace.teamId());
    if (user.bot()) {
      profile.addProperty("bot_id", user.botId());
      profile.addProperty("api_app_id", Workspace.APP_ID);
    }
    json.add("profile", profile);
    return json;
  }
}
