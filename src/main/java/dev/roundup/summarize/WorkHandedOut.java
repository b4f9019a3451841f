package dev.roundup.summarize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post-filter of {@link DecisionDetector}: work the thread hands to someone named is that
 * person's task, read by the action-item rules, and no decision of the thread, however it was
 * worded: a request by name or mention, a yes that hands the work back to whoever asked, a
 * sentence that opens with a name its owner then takes on, a Japanese request by honorific.
 */
final class WorkHandedOut {

  private WorkHandedOut() {}

  /**
   * "Noor, get a quote from Artpack anyway.", "Edu, avisa eles até sexta", "<@ana> can you
   * update the runbook?": a request to someone named, however it was answered or whoever said
   * it, is that person's task ({@link RequestsToSomeone}), read by the action-item rules; it is
   * no decision of the thread. A decision that goes on to hand out its work ("we lend on
   * condition of a sealed case. Helen, write that in the agreement") keeps what it said first.
   */
  static List<Detection<Point>> without(PreparedConversation c,
      List<Detection<Point>> found) {
    return Detection.without(found, d -> {
      Sentence said = c.sentences().get(d.saidBy());
      boolean request = RequestsToSomeone.request(c, said)
          .map(r -> r.item.owner() != null && !r.item.owner().equals(said.user()))
          .orElse(false);
      return request || toSomeoneWhoTakesItOn(c, said) || handedBackToTheAsker(c, d, said)
          || askedByHonorific(c, said) || namedForWho(c, said);
    });
  }

  /**
   * "who owns the drill calendar?" — "you, on purpose this time": a name given to "who …?" hands
   * out the task ({@link RepliesTakingItOn#ownerNamed}), and settles nothing for the group.
   */
  private static boolean namedForWho(PreparedConversation c, Sentence said) {
    int b = said.messageIndex();
    int a = c.model().respondsTo(b);
    return a >= 0 && c.model().act(a) == ConversationModel.Act.WHO_QUESTION
        && RepliesTakingItOn.ownerNamed(c, a, b).isPresent();
  }

  /**
   * "should we still send the original printer a cancellation?" — "Yes, Hana please handle that
   * and copy county counsel."; "Avisamos que não vamos comprar?" — "sim, <@diego> liga pra eles":
   * a yes that hands the work back to whoever asked, by name, makes it the asker's task (read by
   * the action-item rules), not a decision of the thread, whether the decision is worded by the
   * question or by the answer ("do we report it?" — "yes <@kenji> call the harbour master now").
   * Not "yes, and Oscar sends the PO": work handed to someone other than the asker leaves the yes
   * a decision.
   */
  private static boolean handedBackToTheAsker(PreparedConversation c, Detection<Point> d,
      Sentence asked) {
    if (asked.user() == null) {
      return false;
    }
    if (!asked.isQuestion()) {
      // The decision worded by the answer itself: its question's author is the one asked.
      int question = c.model().respondsTo(asked.messageIndex());
      return question >= 0 && handsBackTo(c, asked, c.messages().get(question).user());
    }
    return d.sentenceIndices().stream()
        .anyMatch(i -> handsBackTo(c, c.sentences().get(i), asked.user()));
  }

  /**
   * Whether someone other than {@code asker} answers with a yes and the asker's name
   * ({@link #YES_TO_SOMEONE}).
   */
  private static boolean handsBackTo(PreparedConversation c, Sentence answer, String asker) {
    if (asker == null || answer.user() == null || answer.user().equals(asker)) {
      return false;
    }
    Matcher yes = YES_TO_SOMEONE.matcher(answer.text());
    return yes.find() && asker.equals(c.userCalled(yes.group(1)));
  }

  /**
   * "木村さん、受付カウンターにも張り紙お願いします", "山田先生、町内会長に連絡をお願いします": a Japanese request that
   * opens its message by naming the one asked with an honorific gives that person work, as "Noor,
   * get a quote" does with a comma ({@link #ADDRESSED}). Names written in kanji seldom match the
   * handles, so the honorific, not the name, says that someone is addressed. A plan said before it
   * in the message keeps its decision ("今年は4張りにします。山田先生、町内会長に連絡をお願いします").
   */
  private static boolean askedByHonorific(PreparedConversation c, Sentence said) {
    return RegexPrefilter.find(ASKED_BY_HONORIFIC, said.text())
        && c.sentencesOf(said.messageIndex()).stream().filter(t -> !t.smallTalk()).findFirst()
            .map(t -> t.index() == said.index()).orElse(false);
  }

  private static final Pattern ASKED_BY_HONORIFIC = Pattern.compile(
      "^[^、。]{0,15}?[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}A-Za-z]{1,8}(?:さん|先生|くん)(?:、|は|に|,|\\s)[^。]*"
      + "(?:お願いします|お願いできますか|ください|下さい|お願い)[。！!？?]?$");

  /**
   * A yes in any cue language followed by the name or mention of the one it is said to, and the
   * work: "Yes, Hana please handle that", "ja, Lena, mach das bitte", "oui, Paul tu t'en
   * occupes", "sí, Ana encárgate", "sim, <@diego> liga pra eles", "はい、田中さんお願いします".
   */
  private static final Pattern YES_TO_SOMEONE = Pattern.compile("(?iu)^\\W*(?:yes|yeah|yep|sure|ja|oui|sí|si|sim|claro|はい)"
      + "[\\s,.!、]+(<@[UW][A-Z0-9]+>|\\p{Lu}[\\p{L}'-]*|\\p{L}[\\p{L}'-]*(?=\\s*,))[\\s,]");

  /**
   * "Noor, get a quote from Artpack anyway." — "requesting it today"; "Edu, avisa eles até sexta" —
   * "ok, falo com eles amanhã": a sentence that opens by naming the one it is said to, who then
   * takes it on or reports it underway, gave that person work. Not "Julien, glossaire à jour pour
   * le 12" — "ok pour le 12": agreeing to a date takes on nothing, and the date is decided. Two
   * named together ("Noor and Finn, split the 64 …", "Noor und Finn, …", "Noor et Finn, …", "Noor
   * y Finn, …", "Noor e Finn, …") were given the work when either takes it on; so was one asked
   * by name and "you" ("Hugo tu t'en charges dans le même ticket ?": {@link AddressedRequests}).
   */
  private static boolean toSomeoneWhoTakesItOn(PreparedConversation c, Sentence said) {
    if (said.user() == null) {
      return false;
    }
    Matcher named = ADDRESSED.matcher(said.text());
    if (!named.find()) {
      return AddressedRequests.askedAndTakenOn(c, said);
    }
    return takesItOn(c, said, named.group(1))
        || named.group(2) != null && takesItOn(c, said, named.group(2));
  }

  /** Whether the one named answers next by taking the work on or reporting it underway. */
  private static boolean takesItOn(PreparedConversation c, Sentence said, String name) {
    return takenOnBy(c, said, c.userCalled(name), false);
  }

  /**
   * Whether the given user answers next by taking the work on or reporting it underway; a plain
   * yes counts too when {@code yesTakesIt} (the work was asked as a question: "tu t'en charges ?").
   */
  static boolean takenOnBy(PreparedConversation c, Sentence said, String owner,
      boolean yesTakesIt) {
    if (owner == null || owner.equals(said.user())) {
      return false;
    }
    int r = c.firstBy(said.messageIndex(), owner, 2);
    if (r < 0) {
      return false;
    }
    ConversationModel.Act act = c.model().act(r);
    String reply = c.plainText(r);
    return act == ConversationModel.Act.COMMITMENT || act == ConversationModel.Act.STATUS
        || yesTakesIt && act == ConversationModel.Act.AGREEMENT
        || (act == ConversationModel.Act.AGREEMENT || act == ConversationModel.Act.STATEMENT)
        && (RegexPrefilter.find(c.cues().commitment(), reply)
            || RegexPrefilter.find(c.cues().planInPresent(), reply)
            || act == ConversationModel.Act.STATEMENT && Terms.words(reply).size() <= DecisionDetector.TERSE);
  }

  /**
   * A sentence opening with the name or mention of the one it is said to, or of two joined by the
   * language's "and", and a comma.
   */
  private static final Pattern ADDRESSED =
      Pattern.compile("^\\W*(<@[UW][A-Z0-9]+>|\\p{L}[\\p{L}'-]*)(?:\\s+(?:and|und|et|y|e|&)\\s+"
          + "(<@[UW][A-Z0-9]+>|\\p{L}[\\p{L}'-]*))?\\s*,\\s*");
}
