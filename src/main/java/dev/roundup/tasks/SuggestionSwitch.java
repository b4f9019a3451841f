package dev.roundup.tasks;

/**
 * A person's switch for Roundup's proactive suggestions, turned with {@code /task suggestions
 * off|on}. The suggestions feature sits above tasks (it creates tasks), so it plugs its switch in
 * here rather than tasks knowing it.
 */
public interface SuggestionSwitch {

  /** Turns the person's suggestions on or off; answers what to tell them. */
  String turn(String teamId, String userId, boolean on);

  /** Where the person's suggestions stand, in a sentence. */
  String status(String teamId, String userId);

  /** Before any feature plugs in: there are no suggestions to switch. */
  SuggestionSwitch NONE = new SuggestionSwitch() {
    @Override
    public String turn(String teamId, String userId, boolean on) {
      return status(teamId, userId);
    }

    @Override
    public String status(String teamId, String userId) {
      return "Roundup makes no suggestions in this workspace.";
    }
  };
}
