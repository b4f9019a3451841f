package dev.roundup.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The in-memory state of one Slack workspace: users, channels and messages. Thread-safe: every
 * method locks the workspace, so the Web API and a test may change it concurrently.
 */
public final class Workspace {

  public static final String DEFAULT_BOT_USER_ID = "U0BOT";
  public static final String DEFAULT_BOT_ID = "B0BOT";
  public static final String DEFAULT_BOT_NAME = "roundup";
  public static final String APP_ID = "A0ROUNDUP";

  private final String teamId;
  private final String teamDomain;
  private final String botToken;
  private final String appToken;
  private final String signingSecret;
  private final String verificationToken;
  private final User bot;
  private final Map<String, User> users = new LinkedHashMap<>();
  private final Map<String, Channel> channels = new LinkedHashMap<>();
  private final Map<String, ChannelMessages> messages = new LinkedHashMap<>();
  /** "channel/ts" → the files shared with that message. */
  private final Map<String, List<SharedUpload>> uploads = new LinkedHashMap<>();
  private volatile String filesBaseUrl = "https://files.slack.com/files-pri/";
  private final Map<String, SlackFile> files = new LinkedHashMap<>();
  private final TsGenerator tsGenerator = new TsGenerator(Clock.systemUTC());
  private final Changes changes = new Changes();
  /** The Enterprise Grid org this workspace belongs to, if any. */
  private volatile Enterprise enterprise;

  public Workspace(String teamId, String teamDomain) {
    this(teamId, teamDomain, DEFAULT_BOT_USER_ID);
  }

  /** A workspace of its own app, Roundup being the user {@code botUserId} there. */
  Workspace(String teamId, String teamDomain, String botUserId) {
    // Slack's app-level token shape: xapp-1-{app id}-{number}-{secret}.
    this(teamId, teamDomain, "xapp-1-" + APP_ID + "-"
        + new SecureRandom().nextLong(1_000_000_000_000L, 10_000_000_000_000L) + "-" + randomHex(32),
        randomHex(16), randomHex(12), botUserId);
  }

  private Workspace(String teamId, String teamDomain, String appToken, String signingSecret,
      String verificationToken, String botUserId) {
    this.teamId = teamId;
    this.teamDomain = teamDomain;
    this.botToken = "xoxb-" + randomHex(6) + "-" + randomHex(6) + "-" + randomHex(12);
    this.appToken = appToken;
    this.signingSecret = signingSecret;
    this.verificationToken = verificationToken;
    this.bot = new User(botUserId, DEFAULT_BOT_NAME, "Roundup", "UTC", false, true,
        DEFAULT_BOT_ID);
    users.put(bot.id(), bot);
  }

  /**
   * Another workspace the same app is installed in: its own team, domain, people, channels and bot
   * token; the app's signing secret, app-level token and verification token, which are the app's,
   * not a workspace's. Serve it beside this one with {@link SlackEmulator#join}.
   */
  public Workspace sameApp(String otherTeamId, String otherDomain) {
    return sameApp(otherTeamId, otherDomain, DEFAULT_BOT_USER_ID);
  }

  /**
   * As {@link #sameApp(String, String)}, Roundup being the user {@code botUserId} there: as in
   * Slack, where an app's bot is another user in each workspace it is installed in.
   */
  public Workspace sameApp(String otherTeamId, String otherDomain, String botUserId) {
    return new Workspace(otherTeamId, otherDomain, appToken, signingSecret, verificationToken,
        botUserId);
  }

  /** A small ready workspace (see {@link SampleWorkspace}). */
  public static Workspace sample() {
    return SampleWorkspace.create();
  }

  public String teamId() {
    return teamId;
  }

  public String teamDomain() {
    return teamDomain;
  }

  public String botUserId() {
    return bot.id();
  }

  public String botId() {
    return bot.botId();
  }

  public String botToken() {
    return botToken;
  }

  /** The Enterprise Grid org this workspace belongs to ({@link Enterprise#addWorkspace}); empty outside a Grid. */
  public Optional<Enterprise> enterprise() {
    return Optional.ofNullable(enterprise);
  }

  void setEnterprise(Enterprise enterprise) {
    this.enterprise = enterprise;
  }

  /** Whether a bot token speaks here: the workspace's own, or its org's org-wide one. */
  public boolean acceptsBotToken(String token) {
    Enterprise org = enterprise;
    return token != null && (botToken.equals(token) || org != null && org.botToken().equals(token));
  }

  /** Whether {@code id} names this workspace, one of its channels or one of its people. */
  synchronized boolean owns(String id) {
    return teamId.equals(id) || channels.containsKey(id) || users.containsKey(id);
  }

  /** The app-level token ({@code xapp-…}) that opens Socket Mode connections. */
  public String appToken() {
    return appToken;
  }

  public String signingSecret() {
    return signingSecret;
  }

  /** The legacy verification token Slack still puts in payloads ({@code token} field). */
  public String verificationToken() {
    return verificationToken;
  }

  public synchronized User addUser(String id, String name, String realName, String tz,
      boolean admin) {
    return addUser(User.human(id, name, realName, tz, admin));
  }

  /** Adds (or replaces) a member, a bot user too (as an export lists them). */
  public synchronized User addUser(User user) {
    users.put(user.id(), user);
    changed();
    return user;
  }

  public synchronized Optional<User> user(String id) {
    return Optional.ofNullable(users.get(id));
  }

  public synchronized List<User> users() {
    return List.copyOf(users.values());
  }

  public synchronized Channel addChannel(String id, String name, boolean isPrivate,
      String... memberIds) {
    return addChannel(new Channel(id, name, isPrivate, false,
        tsGenerator.clock().instant().getEpochSecond(), new LinkedHashSet<>(List.of(memberIds))));
  }

  /** Adds (or replaces) a channel as given: its creation time, archived state and members. */
  public synchronized Channel addChannel(Channel channel) {
    channels.put(channel.id(), channel);
    messages.putIfAbsent(channel.id(), new ChannelMessages());
    changed();
    return channel;
  }

  /** The bot's direct-message channel with a user, opened on first use (id {@code D…}). */
  public synchronized Channel directChannel(String userId) {
    if (!users.containsKey(userId)) {
      throw new IllegalArgumentException("no user " + userId);
    }
    String id = "D" + userId.substring(1);
    Channel existing = channels.get(id);
    return existing != null ? existing : addChannel(id, userId, true, userId, botUserId());
  }

  public synchronized Optional<Channel> channel(String id) {
    return Optional.ofNullable(channels.get(id));
  }

  public synchronized List<Channel> channels() {
    return List.copyOf(channels.values());
  }

  public synchronized void join(String channelId, String userId) {
    Channel c = requireChannel(channelId);
    Set<String> members = new LinkedHashSet<>(c.members());
    members.add(userId);
    channels.put(channelId, new Channel(c.id(), c.name(), c.isPrivate(), c.archived(), c.created(),
        members));
    changed();
  }

  public synchronized void leave(String channelId, String userId) {
    Channel c = requireChannel(channelId);
    Set<String> members = new LinkedHashSet<>(c.members());
    members.remove(userId);
    channels.put(channelId, new Channel(c.id(), c.name(), c.isPrivate(), c.archived(), c.created(),
        members));
    changed();
  }

  public synchronized void archive(String channelId) {
    setArchived(channelId, true);
  }

  public synchronized void unarchive(String channelId) {
    setArchived(channelId, false);
  }

  private void setArchived(String channelId, boolean archived) {
    Channel c = requireChannel(channelId);
    channels.put(channelId, new Channel(c.id(), c.name(), c.isPrivate(), archived, c.created(),
        c.members()));
    changed();
  }

  /** Posts a top-level message as a user; returns its ts. */
  public String post(String channelId, String userId, String text) {
    return store(channelId, null, userId, null, text, null).ts();
  }

  /** Posts a thread reply as a user; {@code threadTs} may name the parent or any reply. */
  public String reply(String channelId, String threadTs, String userId, String text) {
    return store(channelId, threadTs, userId, null, text, null).ts();
  }

  /** Posts a thread reply as a user with a file shared in it; returns its ts. */
  public synchronized String replyWithFile(String channelId, String threadTs, String userId,
      String text, SharedUpload file) {
    String ts = reply(channelId, threadTs, userId, text);
    share(channelId, ts, file);
    return ts;
  }

  /** Shares a file with a message already stored (a live share, or one loaded from an export). */
  synchronized void share(String channelId, String ts, SharedUpload file) {
    uploads.computeIfAbsent(channelId + "/" + ts, k -> new java.util.ArrayList<>()).add(file);
    changed();
  }

  /** The files shared with a message, in the order shared. */
  public synchronized List<SharedUpload> uploadsOf(String channelId, String ts) {
    return List.copyOf(uploads.getOrDefault(channelId + "/" + ts, List.of()));
  }

  /** A shared file by id. */
  public synchronized Optional<SharedUpload> upload(String id) {
    return uploads.values().stream().flatMap(List::stream).filter(f -> f.id().equals(id)).findFirst();
  }

  /** Where files' url_private point: the emulator's own file endpoint. */
  String filesBaseUrl() {
    return filesBaseUrl;
  }

  void setFilesBaseUrl(String url) {
    this.filesBaseUrl = url;
  }

  /**
   * Stores a new message. Package-private entry used by the Web API for bot posts too.
   *
   * @throws IllegalArgumentException for an unknown channel or a thread that does not exist
   * @throws IllegalStateException for an archived channel
   */
  synchronized StoredMessage store(String channelId, String threadTs, String userId, String botId,
      String text, String blocks) {
    return store(channelId, threadTs, userId, botId, text, blocks, null);
  }

  /** {@link #store(String, String, String, String, String, String)} with message metadata (JSON). */
  synchronized StoredMessage store(String channelId, String threadTs, String userId, String botId,
      String text, String blocks, String metadata) {
    Channel channel = requireChannel(channelId);
    if (channel.archived()) {
      throw new IllegalStateException("channel " + channelId + " is archived");
    }
    String parentTs = null;
    if (threadTs != null) {
      StoredMessage parent = findThreadParent(channelId, threadTs)
          .orElseThrow(() -> new IllegalArgumentException("no thread " + threadTs + " in " + channelId));
      parentTs = parent.ts();
      if (parent.threadTs() == null) {
        // A message becomes a thread parent when its first reply arrives, as in Slack.
        put(parent.withThreadTs(parent.ts()));
      }
    }
    StoredMessage message = new StoredMessage(channelId, tsGenerator.next(), parentTs, userId,
        botId, text, null, blocks, null, metadata);
    put(message);
    changed();
    return message;
  }

  /**
   * Stores a message with the time it already has (loading an export): a reply goes under its
   * parent, which must be there already; later messages get later timestamps than every one
   * loaded. {@code username} names an integration's post (no user), else null; {@code editedTs}
   * is when it was last edited, or null.
   */
  synchronized StoredMessage load(String channelId, String ts, String threadTs, String userId,
      String botId, String username, String text, String subtype, String editedTs) {
    requireChannel(channelId);
    String parentTs = null;
    if (threadTs != null && !threadTs.equals(ts)) {
      StoredMessage parent = message(channelId, threadTs)
          .orElseThrow(() -> new IllegalArgumentException("no thread " + threadTs + " in " + channelId));
      parentTs = parent.ts();
      if (parent.threadTs() == null) {
        put(parent.withThreadTs(parent.ts()));
      }
    }
    StoredMessage message = new StoredMessage(channelId, ts, parentTs, userId, botId, text,
        subtype, null, editedTs, null, username);
    put(message);
    tsGenerator.seen(ts);
    changed();
    return message;
  }

  public synchronized void edit(String channelId, String ts, String newText) {
    StoredMessage old = message(channelId, ts)
        .orElseThrow(() -> new IllegalArgumentException("no message " + ts + " in " + channelId));
    put(old.withEdit(newText, old.blocks(), tsGenerator.next()));
    changed();
  }

  /** Replaces text and blocks, as chat.update does; {@code blocks} null keeps no blocks. */
  synchronized StoredMessage update(String channelId, String ts, String newText, String blocks) {
    StoredMessage old = message(channelId, ts)
        .orElseThrow(() -> new IllegalArgumentException("no message " + ts + " in " + channelId));
    StoredMessage updated = old.withEdit(newText, blocks, tsGenerator.next());
    put(updated);
    changed();
    return updated;
  }

  /**
   * Deletes a message. A thread parent that still has replies stays as a tombstone, like Slack;
   * when the last reply under a tombstone goes, the tombstone goes too.
   */
  public synchronized void delete(String channelId, String ts) {
    ChannelMessages channel = messages.get(channelId);
    StoredMessage target = message(channelId, ts)
        .orElseThrow(() -> new IllegalArgumentException("no message " + ts + " in " + channelId));
    if (!target.isReply() && target.threadTs() != null && !repliesOf(channelId, ts).isEmpty()) {
      put(target.asTombstone());
      changed();
      return;
    }
    channel.remove(target);
    if (target.isReply() && repliesOf(channelId, target.threadTs()).isEmpty()) {
      message(channelId, target.threadTs()).filter(StoredMessage::isTombstone)
          .ifPresent(channel::remove);
    }
    changed();
  }

  public synchronized Optional<StoredMessage> message(String channelId, String ts) {
    ChannelMessages channel = messages.get(channelId);
    if (channel == null || ts == null || ts.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(channel.get(TsGenerator.toMicros(ts)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Every message of the channel, replies included, in ts order. */
  public synchronized List<StoredMessage> messages(String channelId) {
    ChannelMessages channel = messages.get(channelId);
    return channel == null ? List.of() : channel.all();
  }

  /** The thread's parent then its replies, oldest first; {@code threadTs} may name any of them. */
  public synchronized List<StoredMessage> thread(String channelId, String threadTs) {
    Optional<StoredMessage> parent = findThreadParent(channelId, threadTs);
    if (parent.isEmpty()) {
      return List.of();
    }
    List<StoredMessage> thread = new ArrayList<>();
    thread.add(parent.get());
    thread.addAll(repliesOf(channelId, parent.get().ts()));
    return thread;
  }

  /** Replies under a parent, oldest first (the parent itself excluded). */
  public synchronized List<StoredMessage> repliesOf(String channelId, String parentTs) {
    ChannelMessages channel = messages.get(channelId);
    return channel == null ? List.of() : channel.replies(parentTs);
  }

  /** Shares a file (a text snippet) in channels, as {@code files.info} then answers it. */
  public synchronized SlackFile addFile(SlackFile file) {
    files.put(file.id(), file);
    changed();
    return file;
  }

  public synchronized Optional<SlackFile> file(String id) {
    return Optional.ofNullable(files.get(id));
  }

  /** What watchers wait on: it moves whenever the workspace or what the app did changes. */
  public Changes changes() {
    return changes;
  }

  public void setClock(Clock clock) {
    tsGenerator.setClock(clock);
    changed();
  }

  /** The clock message times and API call times come from. */
  public Clock clock() {
    return tsGenerator.clock();
  }

  /** A fresh ts, later than every message's (ephemeral messages have one too). */
  String nextTs() {
    return tsGenerator.next();
  }

  private void changed() {
    changes.changed();
  }

  private Optional<StoredMessage> findThreadParent(String channelId, String ts) {
    Optional<StoredMessage> found = message(channelId, ts);
    if (found.isPresent() && found.get().isReply()) {
      return message(channelId, found.get().threadTs());
    }
    return found;
  }

  private void put(StoredMessage message) {
    messages.get(message.channel()).put(message);
  }

  private Channel requireChannel(String channelId) {
    Channel channel = channels.get(channelId);
    if (channel == null) {
      throw new IllegalArgumentException("no channel " + channelId);
    }
    return channel;
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }
}
