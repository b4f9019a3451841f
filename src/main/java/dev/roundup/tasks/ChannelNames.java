package dev.roundup.tasks;

import com.slack.api.methods.response.conversations.ConversationsListResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import dev.roundup.slack.SlackApi;
import dev.roundup.slack.SlackCallException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Channel names ⇄ ids. Slash commands arrive with channels escaped ({@code <#C123|eng>}) but the
 * form's text inputs do not, so "#eng" typed in the form is looked up here (one paged
 * {@code conversations.list}, refreshed at most every few minutes); the form is prefilled with
 * names rather than raw ids.
 */
final class ChannelNames {

  private static final Logger log = LoggerFactory.getLogger(ChannelNames.class);
  private static final Pattern BARE = Pattern.compile("(?<![<\\w])#([a-z0-9][a-z0-9._-]{0,79})(?![\\w>|])");
  private static final Duration REFRESH = Duration.ofMinutes(5);

  private final SlackApi slack;
  private final Clock clock;
  private final Map<String, String> idByName = new ConcurrentHashMap<>();
  private final Map<String, String> nameById = new ConcurrentHashMap<>();
  private volatile Instant loadedAt;

  ChannelNames(SlackApi slack, Clock clock) {
    this.slack = slack;
    this.clock = clock;
  }

  /** Replaces bare {@code #name}s that name a channel with Slack's escaped form. */
  String link(String text) {
    if (text == null || !BARE.matcher(text).find()) {
      return text;
    }
    Matcher m = BARE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String id = idOf(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(id == null ? m.group() : "<#" + id + "|" + m.group(1) + ">"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Replaces escaped channels with {@code #name} where the name is known. */
  String unlink(String text) {
    Matcher m = SlackLinks.CHANNEL.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = nameById.get(m.group(1));
      if (name == null && loadedAt == null) {
        load();
        name = nameById.get(m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(name == null ? m.group() : "#" + name));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String idOf(String name) {
    String id = idByName.get(name);
    if (id == null && (loadedAt == null || loadedAt.plus(REFRESH).isBefore(clock.instant()))) {
      load();
      id = idByName.get(name);
    }
    return id;
  }

  private void load() {
    try {
      String cursor = null;
      do {
        String c = cursor;
        ConversationsListResponse r = slack.call("conversations.list", m -> m.conversationsList(q -> q
            .types(List.of(ConversationType.PUBLIC_CHANNEL, ConversationType.PRIVATE_CHANNEL))
            .excludeArchived(true).limit(1000).cursor(c)));
        for (Conversation conversation : r.getChannels()) {
          idByName.put(conversation.getName(), conversation.getId());
          nameById.put(conversation.getId(), conversation.getName());
        }
        cursor = r.getResponseMetadata() == null ? null : r.getResponseMetadata().getNextCursor();
      } while (cursor != null && !cursor.isEmpty());
    } catch (SlackCallException e) {
      log.warn("Could not list channels to resolve names: {}", e.getMessage());
    }
    loadedAt = clock.instant();
  }
}
