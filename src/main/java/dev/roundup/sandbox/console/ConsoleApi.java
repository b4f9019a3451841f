package dev.roundup.sandbox.console;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.sandbox.ApiCall;
import dev.roundup.sandbox.Channel;
import dev.roundup.sandbox.Delivery;
import dev.roundup.sandbox.RecordPage;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.StoredMessage;
import dev.roundup.sandbox.User;
import dev.roundup.sandbox.ViewSubmission;
import dev.roundup.sandbox.Workspace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's JSON API. Reads answer what the person acting ({@code as}) may see; actions are
 * done as that person through the emulator, exactly as a Slack client would cause them.
 */
final class ConsoleApi {

  /** At most this many calls are sent per request of the Web API panel. */
  private static final int CALLS_PER_PAGE = 200;

  private final SlackEmulator slack;
  private final Workspace workspace;
  private final PersonView view;
  private final ClockControl clock;
  private final ConsoleSettings settings;

  ConsoleApi(SlackEmulator slack, ClockControl clock, ConsoleSettings settings) {
    this.slack = slack;
    this.workspace = slack.workspace();
    this.view = new PersonView(workspace);
    this.clock = clock;
    this.settings = settings;
  }

  // ---- Reads --------------------------------------------------------------------------------

  /** Who is who, the channels the person sees, their open modal, the clock. */
  JsonObject state(String as) {
    // Nobody picked yet: the first person of the workspace.
    User me = as == null || as.isBlank()
        ? workspace.users().stream().filter(u -> !u.bot()).findFirst()
            .orElseThrow(() -> ConsoleException.notFound("this workspace has nobody in it"))
        : view.person(as);
    String person = me.id();
    JsonObject json = new JsonObject();
    JsonObject team = new JsonObject();
    team.addProperty("id", workspace.teamId());
    team.addProperty("domain", workspace.teamDomain());
    json.add("team", team);
    json.addProperty("me", me.id());
    json.addProperty("bot", workspace.botUserId());
    JsonArray users = new JsonArray();
    for (User u : workspace.users()) {
      JsonObject user = new JsonObject();
      user.addProperty("id", u.id());
      user.addProperty("name", u.name());
      user.addProperty("realName", u.realName());
      user.addProperty("displayName", u.displayName());
      user.addProperty("tz", u.tz());
      user.addProperty("bot", u.bot());
      users.add(user);
    }
    json.add("users", users);
    JsonArray channels = new JsonArray();
    view.channels(person).forEach(c -> channels.add(view.channelJson(c, person)));
    json.add("channels", channels);
    json.add("modal", slack.openModal(person).map(JsonParser::parseString).orElse(JsonNull.INSTANCE));
    json.add("clock", clock.json());
    JsonArray commands = new JsonArray();
    settings.slashCommands().forEach(commands::add);
    json.add("commands", commands);
    JsonArray methods = new JsonArray();
    slack.methods().forEach(methods::add);
    json.add("methods", methods);
    json.addProperty("version", slack.changes().version());
    return json;
  }

  /** A channel's messages (threads collapsed into their parent) and the person's ephemerals. */
  JsonObject channel(String as, String channelId) {
    Channel channel = view.readable(as, channelId);
    JsonObject json = new JsonObject();
    json.add("channel", view.channelJson(channel, as));
    JsonArray messages = new JsonArray();
    for (StoredMessage m : workspace.messages(channel.id())) {
      if (!m.isReply()) {
        messages.add(view.messageJson(m));
      }
    }
    json.add("messages", messages);
    JsonArray ephemerals = new JsonArray();
    slack.ephemeralMessages(as, channel.id()).stream().filter(m -> m.threadTs() == null)
        .forEach(m -> ephemerals.add(view.ephemeralJson(m)));
    json.add("ephemerals", ephemerals);
    return json;
  }

  /** A thread: its parent and replies, and the person's ephemerals in it. */
  JsonObject thread(String as, String channelId, String ts) {
    Channel channel = view.readable(as, channelId);
    List<StoredMessage> thread = workspace.thread(channel.id(), ts);
    if (thread.isEmpty()) {
      throw ConsoleException.notFound("This thread is gone.");
    }
    JsonObject json = new JsonObject();
    json.add("channel", view.channelJson(channel, as));
    JsonArray messages = new JsonArray();
    thread.forEach(m -> messages.add(view.messageJson(m)));
    json.add("messages", messages);
    String parent = thread.get(0).ts();
    JsonArray ephemerals = new JsonArray();
    slack.ephemeralMessages(as, channel.id()).stream().filter(m -> parent.equals(m.threadTs()))
        .forEach(m -> ephemerals.add(view.ephemeralJson(m)));
    json.add("ephemerals", ephemerals);
    return json;
  }

  /** The App Home view the app last published for the person, or null. */
  JsonObject home(String as) {
    view.person(as);
    JsonObject json = new JsonObject();
    json.add("view", slack.homeView(as).map(JsonParser::parseString).orElse(JsonNull.INSTANCE));
    return json;
  }

  /**
   * The Web API calls the app made, from number {@code from} on. The sandbox keeps only its
   * newest calls; {@code skipped} says how many asked for were let go before the page.
   */
  JsonObject calls(long from) {
    RecordPage<ApiCall> page = slack.calls(from, CALLS_PER_PAGE);
    JsonArray calls = new JsonArray();
    long n = page.first();
    for (ApiCall call : page.records()) {
      JsonObject json = new JsonObject();
      json.addProperty("n", n++);
      json.addProperty("method", call.method());
      JsonObject params = new JsonObject();
      call.params().forEach(params::addProperty);
      json.add("params", params);
      json.addProperty("status", call.httpStatus());
      json.addProperty("ok", call.ok());
      json.addProperty("error", call.error());
      json.addProperty("at", call.at().toEpochMilli());
      json.addProperty("response", call.response());
      calls.add(json);
    }
    JsonObject json = new JsonObject();
    json.add("calls", calls);
    json.addProperty("next", page.next());
    json.addProperty("more", page.more());
    json.addProperty("skipped", Math.max(0, page.first() - from));
    return json;
  }

  // ---- Actions ------------------------------------------------------------------------------

  /** Posts what the person typed, or runs it as a slash command when it starts with one. */
  JsonObject post(JsonObject request) {
    String as = ConsoleFields.string(request, "as");
    Channel channel = view.postable(as, ConsoleFields.required(request, "channel"));
    String typed = ConsoleFields.required(request, "text");
    String threadTs = ConsoleFields.string(request, "threadTs");
    Composer composer = new Composer(workspace.users(), view.channels(as));
    var command = Composer.command(typed);
    if (command.isPresent()) {
      if (threadTs != null) {
        throw ConsoleException.badRequest("Slash commands are run in a channel, not in a thread.");
      }
      if (!settings.slashCommands().contains(command.get().name())) {
        throw ConsoleException.badRequest(command.get().name() + " is not a valid command. Try "
            + String.join(", ", settings.slashCommands()) + ".");
      }
      Delivery answer = slack.slashCommand(as, channel.id(), command.get().name(),
          composer.commandText(command.get().text()));
      return delivered(answer);
    }
    if (threadTs != null && workspace.thread(channel.id(), threadTs).isEmpty()) {
      throw ConsoleException.notFound("This thread is gone.");
    }
    slack.userPosts(channel.id(), threadTs, as, composer.message(typed));
    return ok();
  }

  JsonObject join(JsonObject request) {
    String as = ConsoleFields.string(request, "as");
    Channel channel = view.readable(as, ConsoleFields.required(request, "channel"));
    if (channel.isPrivate()) {
      throw ConsoleException.forbidden("Private channels are joined by invitation.");
    }
    slack.userJoins(channel.id(), view.person(as).id());
    return ok();
  }

  /** A button press on a message the person sees, or in their App Home or modal. */
  JsonObject press(JsonObject request) {
    String as = view.person(ConsoleFields.string(request, "as")).id();
    String actionId = ConsoleFields.required(request, "actionId");
    String value = ConsoleFields.string(request, "value");
    try {
      if (request.has("viewId")) {
        String viewId = ConsoleFields.required(request, "viewId");
        requireOwnView(as, viewId);
        return delivered(slack.pressButtonInView(as, viewId, actionId, value));
      }
      Channel channel = view.readable(as, ConsoleFields.required(request, "channel"));
      return delivered(slack.pressButton(as, channel.id(), ConsoleFields.required(request, "ts"), actionId, value));
    } catch (IllegalArgumentException e) {
      throw ConsoleException.notFound("That button is gone.");
    }
  }

  JsonObject submit(JsonObject request) {
    String as = view.person(ConsoleFields.string(request, "as")).id();
    String viewId = ConsoleFields.required(request, "viewId");
    requireOwnView(as, viewId);
    Map<String, Map<String, Object>> values = new LinkedHashMap<>();
    JsonObject given = request.has("values") ? request.getAsJsonObject("values") : new JsonObject();
    for (var block : given.entrySet()) {
      Map<String, Object> actions = new LinkedHashMap<>();
      for (var action : block.getValue().getAsJsonObject().entrySet()) {
        actions.put(action.getKey(), value(action.getValue()));
      }
      values.put(block.getKey(), actions);
    }
    ViewSubmission result = slack.submitView(as, viewId, values);
    JsonObject json = ok();
    json.addProperty("closed", result.closed());
    JsonObject errors = new JsonObject();
    result.errors().forEach(errors::addProperty);
    json.add("errors", errors);
    if (result.delivery().status() != 200) {
      json.addProperty("warning", "The app answered HTTP " + result.delivery().status() + ".");
    }
    return json;
  }

  JsonObject closeView(JsonObject request) {
    String as = view.person(ConsoleFields.string(request, "as")).id();
    String viewId = ConsoleFields.required(request, "viewId");
    requireOwnView(as, viewId);
    slack.closeView(as, viewId);
    return ok();
  }

  JsonObject openHome(JsonObject request) {
    slack.appHomeOpened(view.person(ConsoleFields.string(request, "as")).id());
    return ok();
  }

  JsonObject moveClock(JsonObject request) {
    clock.move(request);
    JsonObject json = ok();
    json.add("clock", clock.json());
    return json;
  }

  /** The emulator's fault controls: fail the next call, rate-limit a method, clear the limits. */
  JsonObject faults(JsonObject request) {
    if (request.has("clear")) {
      slack.clearRateLimits();
      return ok();
    }
    String method = ConsoleFields.required(request, "method");
    if (!slack.methods().contains(method)) {
      throw ConsoleException.badRequest("The emulator has no method " + method + ".");
    }
    if (request.has("error")) {
      slack.failNext(method, ConsoleFields.required(request, "error"));
      return ok();
    }
    long max = ConsoleFields.wholeNumber(request, "max", -1);
    long window = ConsoleFields.wholeNumber(request, "windowSeconds", 0);
    if (max < 0 || max > Integer.MAX_VALUE || window <= 0) {
      throw ConsoleException.badRequest("Give a number of calls (0 or more) and a window in seconds.");
    }
    slack.rateLimit(method, (int) max, Duration.ofSeconds(window));
    return ok();
  }

  // ---- Helpers ------------------------------------------------------------------------------

  /** A modal or App Home belongs to one person; nobody else may press or submit in it. */
  private void requireOwnView(String as, String viewId) {
    boolean mine = slack.openModal(as).map(v -> viewId.equals(idOf(v))).orElse(false)
        || slack.homeView(as).map(v -> viewId.equals(idOf(v))).orElse(false);
    if (!mine) {
      throw ConsoleException.notFound("That view is not open for you.");
    }
  }

  private static String idOf(String viewJson) {
    JsonElement id = JsonParser.parseString(viewJson).getAsJsonObject().get("id");
    return id == null ? null : id.getAsString();
  }

  private static JsonObject delivered(Delivery answer) {
    JsonObject json = ok();
    if (answer != null && answer.status() != 200) {
      json.addProperty("warning", "The app answered HTTP " + answer.status() + ".");
    }
    return json;
  }

  private static Object value(JsonElement v) {
    if (v == null || v.isJsonNull()) {
      return null;
    }
    if (v.isJsonArray()) {
      List<String> items = new ArrayList<>();
      v.getAsJsonArray().forEach(e -> items.add(e.getAsString()));
      return items;
    }
    return v.getAsString();
  }

  private static JsonObject ok() {
    JsonObject json = new JsonObject();
    json.addProperty("ok", true);
    return json;
  }
}
