package dev.roundup.eval;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The three corpora QMSum's meetings come from, told apart by who speaks: AMI's product-design
 * meetings by role, ICSI's research meetings by academic rank, and the committees by name.
 */
public enum MeetingDomain {
  PRODUCT, ACADEMIC, COMMITTEE;

  private static final Set<String> ROLES =
      Set.of("Project Manager", "Marketing", "User Interface", "Industrial Designer");
  private static final Pattern RANK = Pattern.compile("(?:Grad|PhD|Professor|Postdoc|Undergrad)\\s+\\w+");

  static MeetingDomain of(Collection<String> speakers) {
    if (!speakers.isEmpty() && ROLES.containsAll(speakers)) {
      return PRODUCT;
    }
    if (!speakers.isEmpty() && speakers.stream().allMatch(s -> RANK.matcher(s).matches())) {
      return ACADEMIC;
    }
    return COMMITTEE;
  }
}
