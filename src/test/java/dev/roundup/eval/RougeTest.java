package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RougeTest {

  private static final Offset<Double> EXACT = within(1e-9);

  @Test
  void tokens_are_lowercased_alphanumeric_runs_and_everything_else_separates() {
    // "Don't" splits at the apostrophe; "é" is not in [a-z0-9] so "Café" keeps only "caf".
    assertThat(Rouge.tokenize("Don't PANIC: 42 towels, Café!"))
        .containsExactly("don", "t", "panic", "42", "towels", "caf");
  }

  @Test
  void scores_a_one_word_substitution_as_computed_by_hand() {
    // candidate: the cat sat on the mat (6 tokens), reference: the cat lay on the mat (6 tokens)
    // R1: clipped matches the×2, cat, on, mat = 5 → P = R = 5/6 → F1 = 5/6
    // R2: candidate bigrams the-cat cat-sat sat-on on-the the-mat (5); reference has
    //     the-cat, on-the, the-mat of them → 3 → P = R = 3/5 → F1 = 0.6
    // RL: LCS = the cat on the mat = 5 → P = R = 5/6 → F1 = 5/6
    RougeScore s = Rouge.score("The cat sat on the mat.", "the cat lay on the mat");
    assertThat(s.rouge1()).isCloseTo(5.0 / 6, EXACT);
    assertThat(s.rouge2()).isCloseTo(0.6, EXACT);
    assertThat(s.rougeL()).isCloseTo(5.0 / 6, EXACT);
  }

  @Test
  void repeated_words_match_at_most_as_often_as_the_reference_has_them() {
    // candidate: the the the the (4), reference: the cat (2)
    // R1: "the" counts min(4, 1) = 1 → P = 1/4, R = 1/2 → F1 = 2·(1/8)/(3/4) = 1/3
    // R2: the-the ×3 vs the-cat → 0
    // RL: LCS = 1 → same as R1 = 1/3
    RougeScore s = Rouge.score("the the the the", "the cat");
    assertThat(s.rouge1()).isCloseTo(1.0 / 3, EXACT);
    assertThat(s.rouge2()).isZero();
    assertThat(s.rougeL()).isCloseTo(1.0 / 3, EXACT);
  }

  @Test
  void rouge_l_rewards_order_while_rouge_1_ignores_it() {
    // candidate a b c d, reference d c b a: every unigram matches → R1 = 1;
    // bigrams a-b b-c c-d vs d-c c-b b-a share none → R2 = 0; LCS is one token → RL = 1/4
    RougeScore s = Rouge.score("a b c d", "d c b a");
    assertThat(s.rouge1()).isCloseTo(1.0, EXACT);
    assertThat(s.rouge2()).isZero();
    assertThat(s.rougeL()).isCloseTo(0.25, EXACT);
  }

  @Test
  void rouge_l_is_one_subsequence_over_the_whole_text_not_per_sentence() {
    // candidate "x a. b y" (4 tokens), reference "a b. z" (3 tokens): the LCS "a b" crosses the
    // candidate's sentence break → LCS = 2, P = 2/4, R = 2/3 → F1 = 2·(1/3)/(7/6) = 4/7
    // R2: bigrams also run across the break: candidate x-a a-b b-y, reference a-b b-z → 1 shared
    //     P = 1/3, R = 1/2 → F1 = 2·(1/6)/(5/6) = 0.4
    RougeScore s = Rouge.score("x a. b y", "a b. z");
    assertThat(s.rougeL()).isCloseTo(4.0 / 7, EXACT);
    assertThat(s.rouge2()).isCloseTo(0.4, EXACT);
  }

  @Test
  void no_stemming_so_inflected_forms_do_not_match() {
    assertThat(Rouge.score("running dogs", "run dog")).isEqualTo(RougeScore.ZERO);
  }

  @Test
  void an_empty_candidate_or_reference_scores_zero() {
    assertThat(Rouge.score("", "anything at all")).isEqualTo(RougeScore.ZERO);
    assertThat(Rouge.score("anything at all", "!!!")).isEqualTo(RougeScore.ZERO);
  }

  @Test
  void several_references_combine_by_mean_or_by_best_per_variant() {
    RougeScore a = new RougeScore(0.2, 0.4, 0.1);
    RougeScore b = new RougeScore(0.6, 0.0, 0.3);
    // mean: (0.2+0.6)/2 = 0.4, (0.4+0)/2 = 0.2, (0.1+0.3)/2 = 0.2; max takes each variant's best
    assertThat(RougeScore.mean(List.of(a, b)).rouge1()).isCloseTo(0.4, EXACT);
    assertThat(RougeScore.mean(List.of(a, b)).rouge2()).isCloseTo(0.2, EXACT);
    assertThat(RougeScore.mean(List.of(a, b)).rougeL()).isCloseTo(0.2, EXACT);
    assertThat(RougeScore.max(List.of(a, b))).isEqualTo(new RougeScore(0.6, 0.4, 0.3));
  }
}
