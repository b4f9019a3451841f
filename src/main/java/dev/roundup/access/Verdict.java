package dev.roundup.access;

import java.util.Optional;

/**
 * The privacy rule's answer about one channel: allowed, or refused with the reason.
 *
 * @param channelId   the channel asked about
 * @param destination where the result would go (a channel or a person), for the sentence
 * @param refusal     why not, or null when allowed
 */
public record Verdict(String channelId, String destination, Refusal refusal) {

  static Verdict allowed(String channelId) {
    return new Verdict(channelId, null, null);
  }

  static Verdict refused(String channelId, String destination, Refusal refusal) {
    return new Verdict(channelId, destination, refusal);
  }

  public boolean isAllowed() {
    return refusal == null;
  }

  /** "<#C…> was left out: you're not a member of it.", when refused: for runs that go ahead without it. */
  public Optional<String> leftOutNote() {
    return isAllowed() ? Optional.empty()
        : Optional.of("<#" + channelId + "> was left out: " + refusal.clause(destination) + ".");
  }

  /** The sentence for the requester, when refused. */
  public Optional<String> reason() {
    return isAllowed() ? Optional.empty() : Optional.of(refusal.explain(channelId, destination));
  }
}
