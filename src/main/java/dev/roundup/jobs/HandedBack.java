package dev.roundup.jobs;

/**
 * An item's run was not done because Roundup is stopping, and its claim was released: the firing
 * plans its instant again, so another node (or this one after a restart) runs it.
 */
public final class HandedBack extends RuntimeException {

  public HandedBack(String why) {
    super(why, null, false, false);
  }
}
