package dev.roundup.web;

import com.slack.api.Slack;
import dev.roundup.slack.Poster;
import dev.roundup.slack.ResponseUrlReplier;
import dev.roundup.slack.SlackCallException;
import dev.roundup.slack.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a person, after the ack, that what they clicked failed: through the interaction's
 * response URL (an ephemeral reply), or by DM when there is none (a button in the App Home).
 */
public final class FailureNotice {

  private static final Logger log = LoggerFactory.getLogger(FailureNotice.class);

  private final Slack slack;
  private final Poster poster;
  private final WorkQueue work;

  public FailureNotice(Slack slack, Poster poster, WorkQueue work) {
    this.slack = slack;
    this.poster = poster;
    this.work = work;
  }

  void tell(String userId, String responseUrl, String text) {
    work.submit(() -> {
      if (responseUrl != null) {
        ResponseUrlReplier.command(slack, responseUrl).text(text);
      } else if (userId != null) {
        try {
          poster.dm(userId, text);
        } catch (SlackCallException e) {
          log.warn("Could not tell {} that their request failed: {}", userId, e.getMessage());
        }
      }
    });
  }
}
