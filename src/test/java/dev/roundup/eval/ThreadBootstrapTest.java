package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadBootstrapTest {

  @Test
  void threads_that_all_score_alike_leave_no_room_to_move() {
    List<SectionScore> same = Collections.nCopies(16, new SectionScore(3, 1, 1));

    ThreadBootstrap.Intervals spread = ThreadBootstrap.of(same);

    assertThat(spread.precision().low()).isCloseTo(0.75, within(1e-9));
    assertThat(spread.precision().high()).isCloseTo(0.75, within(1e-9));
    assertThat(spread.recall().low()).isCloseTo(0.75, within(1e-9));
    assertThat(spread.recall().high()).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void a_few_threads_that_disagree_give_a_wide_interval_around_the_figure_and_many_a_narrow_one() {
    List<SectionScore> few = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      few.add(new SectionScore(4, 0, 0));
      few.add(new SectionScore(0, 0, 4));
    }
    List<SectionScore> many = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      many.addAll(few);
    }

    ThreadBootstrap.Interval fewRecall = ThreadBootstrap.of(few).recall();
    ThreadBootstrap.Interval manyRecall = ThreadBootstrap.of(many).recall();

    // Recall is 0.5 on both; sixteen threads say much less about the next sixteen than 512 do.
    assertThat(fewRecall.low()).isLessThan(0.35);
    assertThat(fewRecall.high()).isGreaterThan(0.65);
    assertThat(manyRecall.low()).isGreaterThan(0.42);
    assertThat(manyRecall.high()).isLessThan(0.58);
    // Nothing was listed wrongly in any thread: precision cannot move.
    assertThat(ThreadBootstrap.of(few).precision()).isEqualTo(new ThreadBootstrap.Interval(1, 1));
  }

  @Test
  void the_same_threads_give_the_same_interval_every_time() {
    List<SectionScore> scores = List.of(new SectionScore(2, 1, 0), new SectionScore(0, 0, 3),
        new SectionScore(5, 0, 1), new SectionScore(1, 2, 2));

    assertThat(ThreadBootstrap.of(scores)).isEqualTo(ThreadBootstrap.of(scores));
  }
}
