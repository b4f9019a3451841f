package dev.roundup.access;

import dev.roundup.slack.ChannelLookup.ChannelInfo;
import java.util.List;

/**
 * Which of several channels may be read for someone and delivered where they asked, and why the
 * others may not: a digest or a multi-channel task goes ahead with {@code allowed} and tells its
 * owner about {@code refused}.
 */
public record Selection(List<ChannelInfo> allowed, List<Verdict> refused) {

  public Selection {
    allowed = List.copyOf(allowed);
    refused = List.copyOf(refused);
  }

  public boolean nothingAllowed() {
    return allowed.isEmpty();
  }
}
