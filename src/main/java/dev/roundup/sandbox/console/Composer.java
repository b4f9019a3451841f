package dev.roundup.sandbox.console;

import dev.roundup.sandbox.Channel;
import dev.roundup.sandbox.User;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into what Slack's client sends: {@code @name} becomes a user mention
 * ({@code <@U…>}) and {@code #channel} a channel link ({@code <#C…|name>}) — only for channels the
 * person can see, as the client's autocomplete offers no others. Slash command text is escaped the
 * same way, as for a command installed with {@code should_escape}.
 */
final class Composer {

  private static final Pattern USER = Pattern.compile("(?<![\\w<])@([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CHANNEL = Pattern.compile("(?<![\\w<])#([a-z0-9](?:[a-z0-9_-]*[a-z0-9])?)",
      Pattern.CASE_INSENSITIVE);

  /** A typed slash command: {@code /task every day at 9am …}. */
  record Command(String name, String text) {}

  private final List<User> people;
  private final List<Channel> visibleChannels;

  Composer(List<User> people, List<Channel> visibleChannels) {
    this.people = people;
    this.visibleChannels = visibleChannels;
  }

  /** The command typed, when the text starts with {@code /word}. */
  static Optional<Command> command(String typed) {
    Matcher m = Pattern.compile("^\\s*(/[a-z0-9_-]+)(?:\\s+(.*))?$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE)
        .matcher(typed);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Command(m.group(1).toLowerCase(), m.group(2) == null ? "" : m.group(2).strip()));
  }

  String message(String typed) {
    return channels(users(typed, false));
  }

  String commandText(String typed) {
    return channels(users(typed, true));
  }

  private String users(String text, boolean withName) {
    Matcher m = USER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement = people.stream()
          .filter(u -> u.name().equalsIgnoreCase(name) || u.realName().equalsIgnoreCase(name)
              || u.displayName().equalsIgnoreCase(name))
          .findFirst()
          .map(u -> "<@" + u.id() + (withName ? "|" + u.name() : "") + ">")
          .orElse(m.group());
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String channels(String text) {
    Matcher m = CHANNEL.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement = visibleChannels.stream()
          .filter(c -> c.name().equalsIgnoreCase(name) && !c.id().startsWith("D"))
          .findFirst()
          .map(c -> "<#" + c.id() + "|" + c.name() + ">")
          .orElse(m.group());
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
