package dev.roundup.schedule;

/** One word, number or mark of a phrase, lower-cased, with its span {@code [start, end)} in the text. */
record Token(String text, int start, int end) {

  boolean is(String... words) {
    for (String w : words) {
      if (text.equals(w)) {
        return true;
      }
    }
    return false;
  }

  boolean isNumber() {
    return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
  }
}
