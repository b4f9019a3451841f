package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SameCommitmentRestatedTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @Test
  void a_later_wording_with_a_date_that_repeats_part_of_a_task_joins_it() {
    List<ActionItem> found = items(
        "U1", "buy. we are not maintaining another frontend",
        "U2", "I'll set up the account and the component tree",
        "U3", "I can write the incident templates",
        "U1", "dates: internal soft launch Jan 5, public Jan 12",
        "U2", "then I'll have the component tree done by dec 18");
    assertThat(found).filteredOn(a -> a.owner().equals("U2")).singleElement()
        .satisfies(a -> {
          assertThat(a.due()).isEqualTo("by dec 18");
          assertThat(a.sources()).hasSize(2);
        });
  }

  @Test
  void two_tasks_of_one_owner_sharing_one_word_stay_two() {
    assertThat(items(
        "U1", "the release needs docs and a review",
        "U2", "I'll write the docs for the importer",
        "U3", "sounds good",
        "U2", "I'll also review the docs PR of the exporter by friday"))
        .filteredOn(a -> a.owner().equals("U2")).hasSize(2);
  }

  @Test
  void a_japanese_commitment_going_on_without_an_object_of_its_own_is_the_same_task() {
    assertThat(items(
        "U1", "会場はいつもの渋谷ですか？それとも今回はオンラインのみ？",
        "U2", "じゃあ会場の予約は僕がやります。2/20で仮押さえしておきます")).hasSize(1);
    assertThat(items(
        "U1", "会場はいつもの渋谷ですか？それとも今回はオンラインのみ？",
        "U2", "じゃあ会場の予約は僕がやります。案内メールは私が送ります")).hasSize(2);
  }
}
