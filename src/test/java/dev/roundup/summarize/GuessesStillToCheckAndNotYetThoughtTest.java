package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Replies that leave a question open: a guess its author still has to check ("i might be able to
 * borrow my brother's, will check", "talvez eu consiga a do meu irmão, vou confirmar"), not having
 * thought about it yet ("haven't thought about it. tbd", "ainda não pensei nisso"), "good q." on
 * its own before "no idea", asking for time to think ("let me think, tell you tomorrow", "deixa eu
 * pensar"), and not knowing said politely last ("ちょっとわからないです"). A guess
 * given plainly, or a plain answer, still answers.
 */
class GuessesStillToCheckAndNotYetThoughtTest {

  private static List<String> open(String... userTextPairs) {
    return OpenQuestionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs)),
        Set.of()).stream().map(d -> d.value().text()).toList();
  }

  @Test
  void a_guess_still_to_be_checked_leaves_the_question_open() {
    assertThat(open(
        "U1", "who's got a van for sorting day on the 9th?",
        "U2", "i might be able to borrow my brother's, will check")).hasSize(1);
    assertThat(open(
        "U1", "quem tem uma van para o dia da triagem, dia 9?",
        "U2", "talvez eu consiga a van do meu irmão, vou confirmar")).hasSize(1);
    // Near misses: a guess given plainly, and a plain answer.
    assertThat(open(
        "U1", "who's got a van for sorting day on the 9th?",
        "U2", "i might be able to borrow my brother's, he never uses it on sundays")).isEmpty();
    assertThat(open(
        "U1", "quem tem uma van para o dia da triagem, dia 9?",
        "U2", "eu tenho a van do meu irmão, pode contar com ela")).isEmpty();
  }

  @Test
  void not_having_thought_about_it_yet_answers_nothing() {
    assertThat(open(
        "U1", "what about the mobile apps, do they talk to unleash directly or through the edge proxy?",
        "U2", "haven't thought about it. tbd")).hasSize(1);
    assertThat(open(
        "U1", "e os apps móveis, falam direto com o servidor ou passam pelo proxy?",
        "U2", "ainda não pensei nisso, vamos ver")).hasSize(1);
    assertThat(open(
        "U1", "what's the wet-weather plan tho? the river walk is grim in rain",
        "U2", "good q. no idea tbh")).hasSize(1);
    assertThat(open(
        "U1", "経費精算のアプリですが、ちなみにAndroidの人は大丈夫なんでしょうか",
        "U2", "Androidはまだ確認できていません、ちょっとわからないです")).hasSize(1);
    // Near misses: having thought about it and answering.
    assertThat(open(
        "U1", "what about the mobile apps, do they talk to unleash directly or through the edge proxy?",
        "U2", "the edge proxy, the apps go through it for every flag")).isEmpty();
    assertThat(open(
        "U1", "経費精算のアプリですが、ちなみにAndroidの人は大丈夫なんでしょうか",
        "U2", "Androidも確認済みで、問題なくアップロードできます")).isEmpty();
  }

  @Test
  void asking_for_time_to_think_answers_nothing() {
    assertThat(open(
        "U1", "do we still need the night watchman after the pour? that's another £400",
        "U2", "hmm. let me think, tell you tomorrow")).hasSize(1);
    assertThat(open(
        "U1", "ainda precisamos do vigia noturno depois da concretagem? são mais R$ 2 mil",
        "U2", "deixa eu pensar, te falo amanhã")).hasSize(1);
    // Near misses: thinking aloud that answers.
    assertThat(open(
        "U1", "do we still need the night watchman after the pour? that's another £400",
        "U2", "I think we still need the night watchman until the props come out")).isEmpty();
    assertThat(open(
        "U1", "ainda precisamos do vigia noturno depois da concretagem? são mais R$ 2 mil",
        "U2", "acho que precisamos do vigia noturno até tirar o escoramento")).isEmpty();
  }
}
