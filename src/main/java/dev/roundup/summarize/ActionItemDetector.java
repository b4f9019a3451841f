package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds action items and their owners, reading each sentence once and trying the rules in turn:
 * a labelled item ("TODO:", "Action item:", "owner: <@U3>": {@link LabelledItems}); a request
 * to a mentioned or named person, or an assignment ("Ana will update the runbook":
 * {@link RequestsToSomeone}); a task put to someone in whatever words and taken on in their
 * reply ({@link AcceptedRequests}); a commitment stated by the one who takes it on ("I'll …", "I
 * can take …", "let me …": {@link StatedCommitments}), also in the present tense ("Postmortem
 * schreib ich bis Freitag", "ok, opening a case": {@link PlansInThePresent}); a request to
 * nobody in particular, owned by whoever takes it right after ({@link OpenRequests}). Tasks
 * handed out as a list, one person named before each ("owners: <@ben> the bugs, <@carmen> the
 * regression plan"), are one item a person ({@link TasksHandedOut}).
 * First-person remarks that leave nothing to do ("je regarde", "I propose we …", "check with
 * finance first") are no items ({@link PassingRemarks}). A commitment or request without its own
 * object gets it from what it answers or is dropped ({@link CommitmentObjects}); a request and
 * its acceptance, or two wordings of one follow-up, become one item ({@link SameCommitment}),
 * and two tasks said in one breath ("I'll write the postmortem, and reply to the tickets
 * today") two ({@link TwoTasksInOne}), as are the speaker's own task and a request said in one
 * sentence, before or after it ("I'll write it, <@corey> can you review": {@link
 * OwnTaskBesideRequest}); what the
 * owner reports done a few messages on is left out ({@link FinishedItems}). Then
 * commitments made only by answering ("who's doing it?" — "happy to": {@link
 * RepliesTakingItOn}) or by taking on a directive ("とりあえず切り戻しましょう" — "切り戻します":
 * {@link DirectivesTakenOn}), or by saying work is under way in answer to what someone said to do
 * ("can we kill the spots now?" — "doing it": {@link WorkUnderWay}), or by taking on a suggestion
 * in so many words ("also send them the
 * security pack" — "good idea, will do": {@link SuggestionsTakenOn}), or by naming oneself for a
 * need said as a statement ("we need someone to be onsite on the 13th" — "I can be there":
 * {@link NeedsTakenOn}).
 */
final class ActionItemDetector {

  private ActionItemDetector() {}

  static List<Detection<ActionItem>> detect(PreparedConversation conversation) {
    List<ActionCandidate> found = new ArrayList<>();
    for (Sentence sentence : conversation.sentences()) {
      // "owners: <@ben> the bugs by oct 11, <@carmen> the regression plan": one item a person;
      // the speaker's own "…, i'll do the agenda" after them is read on as a sentence of its own.
      List<ActionCandidate> handedOut = TasksHandedOut.tasks(conversation, sentence);
      handedOut.forEach(c -> CommitmentObjects.resolved(conversation, sentence, found, c)
          .ifPresent(r -> SameCommitment.mergeOrAdd(conversation, found, r)));
      Optional<Sentence> rest = handedOut.isEmpty() ? Optional.of(sentence)
          : TasksHandedOut.speakersOwn(conversation, sentence);
      if (rest.isEmpty()) {
        continue;
      }
      Sentence s = rest.get();
      // Small talk holds no task, except a bare "<@mathis> ?" after what is left to take.
      Optional<ActionCandidate> candidate = s.smallTalk()
          ? AcceptedRequests.request(conversation, s)
          : LabelledItems.labelled(conversation, s)
              .or(() -> RequestsToSomeone.request(conversation, s))
              .or(() -> RequestsToSomeone.assigned(conversation, s))
              .or(() -> AcceptedRequests.request(conversation, s))
              .or(() -> StatedCommitments.commitment(conversation, s))
              .or(() -> PlansInThePresent.plan(conversation, s))
              .or(() -> OpenRequests.plainRequest(conversation, s));
      // "I'll write it, <@corey> can you review": the speaker's own task beside the request.
      Optional<Sentence> own = candidate.flatMap(c -> OwnTaskBesideRequest.clause(conversation,
          s, c));
      own.ifPresent(o -> add(conversation, o, StatedCommitments.commitment(conversation, o),
          found));
      // "i'll place the order today, 6 weeks cover?": the commitment before the question.
      if (candidate.isEmpty()) {
        OwnTaskBesideRequest.beforeAQuestion(conversation, s).ifPresent(o -> add(conversation, o,
            StatedCommitments.commitment(conversation, o), found));
      }
      add(conversation, s, candidate, found);
    }
    return WithdrawnStatements.without(conversation, NeedsTakenOn.addTasks(conversation,
        SuggestionsTakenOn.addTasks(conversation, WorkUnderWay.addTasks(conversation,
            DirectivesTakenOn.addTasks(conversation,
                RepliesTakingItOn.addTo(conversation, found.stream()
                    .filter(FinishedItems.doneLater(conversation, found).negate())
                    .map(c -> new Detection<>(c.item, Set.copyOf(c.sentences)))
                    .toList()))))));
  }

  /**
   * A candidate read from a sentence, once it is more than a passing remark and has its object,
   * split when it names two tasks, each added or folded into the item it repeats.
   */
  private static void add(PreparedConversation conversation, Sentence s,
      Optional<ActionCandidate> candidate, List<ActionCandidate> found) {
    candidate.filter(c -> !PassingRemarks.isOne(conversation, s, c))
        .map(c -> PassingRemarks.pastTheRemark(conversation, c))
        .flatMap(c -> CommitmentObjects.resolved(conversation, s, found, c))
        .map(c -> TwoTasksInOne.split(s, c))
        .ifPresent(items -> items.forEach(c -> SameCommitment.mergeOrAdd(conversation, found,
            c)));
  }
}
