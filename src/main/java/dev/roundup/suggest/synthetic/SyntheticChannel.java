package dev.roundup.suggest.synthetic;

import java.util.List;

/** A public channel of a generated workspace and who is in it. */
public record SyntheticChannel(String id, String name, List<String> members) {

  public SyntheticChannel {
    members = List.copyOf(members);
  }
}
