package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class MessageFeaturesTest {

  private static final Conversation THREAD = Threads.chat(
      "U1", "the nightly export failed again, disk full on the worker",
      "U2", "do we move it to the bigger box?",
      "U1", "yes, from tonight it runs on batch-2",
      "U3", "works for me",
      "U2", "lol the old box is from 2014");

  private static int feature(String name) {
    return MessageFeatures.NAMES.indexOf(name);
  }

  private static List<MessageFeatures.Example> examples() {
    return MessageFeatures.of(THREAD);
  }

  @Test
  void every_feature_has_its_own_name() {
    assertThat(new HashSet<>(MessageFeatures.NAMES)).hasSameSizeAs(MessageFeatures.NAMES);
  }

  @Test
  void a_feature_read_when_asked_for_is_the_one_the_trainer_reads() {
    ExtractiveSummarizer.Reading reading =
        new ExtractiveSummarizer(SummarizerTuning.DEFAULT, DecisionTrees.none())
            .read(THREAD, SummaryOptions.DEFAULT);
    MessageFeatures.Context context = MessageFeatures.of(reading.prepared(), reading.decisions(),
        reading.actions(), reading.questions(), WordingModel.NONE);
    List<MessageFeatures.Example> eager = examples();

    assertThat(eager).hasSize(THREAD.messages().size());
    for (int i = 0; i < eager.size(); i++) {
      IntToDoubleFunction lazy = MessageFeatures.lazily(context, i);
      // Asked in reverse, so no feature leans on another having been read first.
      for (int f = MessageFeatures.NAMES.size() - 1; f >= 0; f--) {
        assertThat(lazy.applyAsDouble(f)).as(MessageFeatures.NAMES.get(f) + " of message " + i)
            .isEqualTo(eager.get(i).values()[f]);
      }
    }
  }

  @Test
  void two_contexts_of_one_conversation_share_what_it_says_and_keep_their_own_findings() {
    ExtractiveSummarizer.Reading reading =
        new ExtractiveSummarizer(SummarizerTuning.DEFAULT, DecisionTrees.none())
            .read(THREAD, SummaryOptions.DEFAULT);
    assertThat(reading.decisions()).isNotEmpty();
    // The decision trees' context reads the rules' decisions; one that reads none asks first.
    MessageFeatures.Context none = MessageFeatures.of(reading.prepared(), List.of(),
        reading.actions(), reading.questions(), WordingModel.NONE);
    MessageFeatures.Context rules = MessageFeatures.of(reading.prepared(), reading.decisions(),
        reading.actions(), reading.questions(), WordingModel.NONE);
    List<MessageFeatures.Example> eager = examples();

    for (int i = 0; i < eager.size(); i++) {
      IntToDoubleFunction first = MessageFeatures.lazily(none, i);
      IntToDoubleFunction second = MessageFeatures.lazily(rules, i);
      for (int f = 0; f < MessageFeatures.NAMES.size(); f++) {
        first.applyAsDouble(f);
        assertThat(second.applyAsDouble(f)).as(MessageFeatures.NAMES.get(f) + " of message " + i)
            .isEqualTo(eager.get(i).values()[f]);
      }
      assertThat(first.applyAsDouble(feature("rules: decision"))).isZero();
    }
  }

  @Test
  void the_features_say_what_the_rules_and_the_thread_show() {
    List<MessageFeatures.Example> x = examples();
    List<String> decided = new ExtractiveSummarizer(SummarizerTuning.DEFAULT,
        DecisionTrees.none()).summarize(THREAD, SummaryOptions.DEFAULT).decisions().stream()
        .flatMap(p -> p.sources().stream()).toList();

    for (MessageFeatures.Example e : x) {
      assertThat(e.values()[feature("rules: decision")])
          .isEqualTo(decided.contains(e.ts()) ? 1.0 : 0.0);
    }
    assertThat(decided).contains(x.get(2).ts());
    assertThat(x.get(0).values()[feature("starter")]).isEqualTo(1);
    assertThat(x.get(1).values()[feature("starter")]).isZero();
    assertThat(x.get(1).values()[feature("asks")]).isEqualTo(1);
    assertThat(x.get(2).values()[feature("previous asks")]).isEqualTo(1);
    assertThat(x.get(3).values()[feature("act AGREEMENT")]).isEqualTo(1);
    assertThat(x.get(4).values()[feature("digits")]).isEqualTo(1);
    assertThat(x.get(0).values()[feature("language en")]).isEqualTo(1);
    assertThat(x.get(4).values()[feature("last")]).isEqualTo(1);
  }

  @Test
  void the_features_say_who_runs_the_situation_and_what_a_reply_answers() {
    Conversation thread = Threads.chat(
        "U1", "crash-free users on 6.8 dropped to 96%",
        "U2", "top crash is the upload service, nearly all android 14",
        "U1", "<@U3> can you put a support macro together",
        "U3", "on it",
        "U2", "do we hotfix 6.8.1 or go back to the 6.7 target?",
        "U1", "hotfix. we're not reverting the target",
        "U2", "what's the weather like over there?",
        "U3", "rainy, as usual");
    List<MessageFeatures.Example> x = MessageFeatures.of(thread);

    assertThat(x.get(5).values()[feature("runs the situation")]).isEqualTo(1);
    assertThat(x.get(4).values()[feature("runs the situation")]).isZero();
    assertThat(x.get(5).values()[feature("answers a choice")]).isEqualTo(1);
    assertThat(x.get(5).values()[feature("answers on the subject")]).isEqualTo(1);
    assertThat(x.get(5).values()[feature("answers a plan question")]).isEqualTo(1);
    assertThat(x.get(7).values()[feature("answers a choice")]).isZero();
    assertThat(x.get(7).values()[feature("answers on the subject")]).isZero();
    assertThat(x.get(7).values()[feature("answers a plan question")]).isZero();
  }

  @Test
  void the_features_say_whether_a_message_is_carried_out_and_what_question_it_settles() {
    Conversation thread = Threads.chat(
        "U1", "the penguin pool pump is dead, water's at 19",
        "U2", "can we move them to the back pool before it cools?",
        "U3", "the back pool is only at 17",
        "U1", "mike move them to the back pool now, don't wait for 16",
        "U4", "on it, moving them to the back pool now",
        "U2", "nice weather for it lol");
    List<MessageFeatures.Example> x = MessageFeatures.of(thread);

    assertThat(x.get(3).values()[feature("carried out later")]).isEqualTo(1);
    assertThat(x.get(3).values()[feature("settles an earlier question")]).isEqualTo(1);
    assertThat(x.get(5).values()[feature("carried out later")]).isZero();
    assertThat(x.get(5).values()[feature("settles an earlier question")]).isZero();
    assertThat(x.get(1).values()[feature("settles an earlier question")]).isZero();
  }
}
