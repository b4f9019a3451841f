package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The apostrophes chat leaves out, put back before the cues read a message ("ill do it", "im on
 * it", "dont", "jmen occupe"), and a "will" without its "I" as the speaker's own commitment; beside
 * the words that are meant as written ("he's ill", "it lets us") and a "will" that asks or guesses.
 * The "will" may follow an acknowledgement ("noted, will find him a slot") or close a clause of its
 * own ("asked the crew to reply, will post a count in the morning"), and so may "happy to" without
 * its "I'm" ("did my pb2 last summer, happy to drive").
 */
class ChatShorthandTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @Test
  void apostrophes_are_put_back_where_the_word_cannot_be_meant_as_written() {
    assertThat(ChatShorthand.restore("en", "regression plan still exists, ill just update it"))
        .isEqualTo("regression plan still exists, i'll just update it");
    assertThat(ChatShorthand.restore("en", "im on it. i honestly dont know, lets wait"))
        .isEqualTo("i'm on it. i honestly don't know, let's wait");
    assertThat(ChatShorthand.restore("en", "he's ill today and feeling ill, it lets us wait"))
        .isEqualTo("he's ill today and feeling ill, it lets us wait");
    assertThat(ChatShorthand.restore("fr", "ok jmen occupe, jvais regarder ce soir"))
        .isEqualTo("ok je m'en occupe, je vais regarder ce soir");
    assertThat(ChatShorthand.restore("fr", "le projet Jaime est en pause"))
        .isEqualTo("le projet Jaime est en pause");
    assertThat(ChatShorthand.restore("de", "ich mach das, ill bin ich nicht"))
        .isEqualTo("ich mach das, ill bin ich nicht");
  }

  @Test
  void a_commitment_typed_without_its_apostrophe_is_a_task() {
    assertThat(items(
        "U1", "the license report is out of date",
        "U2", "ill pull a fresh license report friday"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(
        "U1", "le rapport de licences n'est plus à jour depuis la migration, il faut le refaire",
        "U2", "ok jmen occupe vendredi, pour la réunion de lundi"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(
        "U1", "where's priya today?",
        "U2", "she's ill, back tomorrow")).isEmpty();
  }

  @Test
  void a_will_without_its_subject_is_the_speakers_commitment() {
    assertThat(items(
        "U1", "pls add the BOM, this is the 5th ticket this month",
        "U2", "ok, will ship it in thursdays release"))
        .extracting(ActionItem::owner).containsExactly("U2");
    assertThat(items(
        "U1", "I moved the standup to 10",
        "U2", "will that work for the EU folks?")).isEmpty();
    assertThat(items(
        "U1", "the migration finished overnight",
        "U2", "will be fine, the numbers look right")).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      the van only takes the set if the back wall splits | fine :sob: will send the drawings to carl by friday
      the 14:30 needs doing this week please, it's pre-op | noted, will find him a slot this week
      did everyone's pager go off on the test? | mine did. asked the crew to reply if theirs went, will post a count in the morning
      who drives the second safety boat? | did my pb2 last summer, happy to drive the second boat
      """)
  void a_will_after_an_acknowledgement_or_a_clause_of_its_own_is_a_commitment(String asked,
      String said) {
    assertThat(items("U1", asked, "U2", said)).extracting(ActionItem::owner)
        .containsExactly("U2");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      it might rain on saturday | if it rains, will we still go ahead?
      the new build is out | the crash on login, will it fix that?
      the migration finished overnight | noted, will be fine once the cache warms
      the migration finished overnight | thanks all, happy to hear it
      """)
  void a_will_that_asks_or_predicts_takes_nothing_on(String before, String said) {
    assertThat(items("U1", before, "U2", said)).isEmpty();
  }
}
