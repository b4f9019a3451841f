package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who-questions: "who's the reseller?" asks who someone is and hands out nothing; "who's handling
 * the reseller?" asks who takes it on. An answer that names no more than when ("me, by friday",
 * "i'll do it tomorrow") takes the task in the question's words.
 */
class WhoAskedTest {

  private static final Map<String, String> NAMES = Map.of("UNKECHI", "Nkechi",
      "UGARETH", "Gareth");

  @Test
  void asking_who_someone_is_hands_out_no_task() {
    assertThat(Threads.actionItems(NAMES,
        "UNKECHI", "so the reseller never uploaded the hashes. who's the reseller, Ashdown?",
        "UGARETH", "yeah Ashdown. the PO says registration included"))
        .noneMatch(a -> "UGARETH".equals(a.owner()));
    assertThat(Threads.actionItems(NAMES,
        "UNKECHI", "so the reseller never uploaded the hashes. who's chasing the reseller?",
        "UGARETH", "me, today"))
        .anyMatch(a -> "UGARETH".equals(a.owner()));
  }

  @Test
  void an_answer_naming_only_when_takes_the_task_in_the_questions_words() {
    assertThat(Threads.actionItems(NAMES,
        "UNKECHI", "ok who's updating the runbook?",
        "UGARETH", "me, by friday"))
        .singleElement().satisfies(a -> {
          assertThat(a.owner()).isEqualTo("UGARETH");
          assertThat(a.text()).containsIgnoringCase("runbook").doesNotContain("?", "—");
          assertThat(a.due()).isEqualToIgnoringCase("by friday");
        });
    assertThat(Threads.actionItems(NAMES,
        "UNKECHI", "who can call the landlord?",
        "UGARETH", "i'll do it tomorrow"))
        .singleElement().satisfies(a -> assertThat(a.text()).isEqualTo("Call the landlord"));
    // More than when: the answer's own words stay, the question beside them.
    assertThat(Threads.actionItems(NAMES,
        "UNKECHI", "who can call the landlord?",
        "UGARETH", "i'll do it after the standup with the keys"))
        .singleElement().satisfies(a -> assertThat(a.text()).containsIgnoringCase("keys"));
  }
}
