package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The order the tuning threads are dealt into the cross-validation's folds: file order for seed 0,
 * so the figures train-decisions prints by default stay what they were; for another seed every
 * thread once, in an order that seed always gives and that puts threads in other folds.
 */
class FoldOrderTest {

  private static List<Integer> indices(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  @Test
  void seed_zero_keeps_file_order() {
    assertThat(WordedTrees.dealt(indices(7), 0)).containsExactly(0, 1, 2, 3, 4, 5, 6);
  }

  @Test
  void another_seed_deals_every_thread_once_into_other_folds_and_always_the_same_way() {
    List<Integer> dealt = WordedTrees.dealt(indices(100), 2);
    assertThat(dealt).containsExactlyInAnyOrderElementsOf(indices(100));
    assertThat(dealt).isEqualTo(WordedTrees.dealt(indices(100), 2));
    assertThat(dealt).isNotEqualTo(WordedTrees.dealt(indices(100), 3));
    List<Integer> moved = new ArrayList<>();
    for (int i = 0; i < dealt.size(); i++) {
      if (dealt.get(i) % WordedTrees.FOLDS != i % WordedTrees.FOLDS) {
        moved.add(dealt.get(i));
      }
    }
    assertThat(moved).hasSizeGreaterThan(50);
    assertThat(WordedTrees.inFold(dealt, 0)).hasSize(20).doesNotHaveDuplicates();
  }

  @Test
  void threads_and_their_examples_dealt_with_one_seed_stay_aligned() {
    List<String> threads = indices(100).stream().map(i -> "thread " + i).toList();
    List<Integer> dealt = WordedTrees.dealt(indices(100), 5);
    assertThat(WordedTrees.dealt(threads, 5))
        .isEqualTo(dealt.stream().map(i -> "thread " + i).toList());
  }
}
