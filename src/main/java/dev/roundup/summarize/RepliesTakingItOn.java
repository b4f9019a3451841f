package dev.roundup.summarize;

import dev.roundup.summarize.ConversationModel.Act;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * Commitments made by answering, which name no task of their own: "who's doing the welcome
 * session?" — "happy to do it again" (the one who answers owns the task the question names), and
 * an offer granted: "Quer que eu faça as reservas?" — "Sim, por favor" (the one who offered owns
 * it), as is what someone says they could do, said yes to ("i could ask the roaster" — "yes pls
 * do"). A reply that only says it was done before ("I did it last year"), says no, puts it off,
 * asks back or names someone else takes nothing on.
 */
final class RepliesTakingItOn {

  /** "Tobi, schreibst du …?": a sentence opening with the name of the one it asks. */
  private static final java.util.regex.Pattern ADDRESSED =
      java.util.regex.Pattern.compile("^\\W*(\\p{L}[\\p{L}'-]*)\\s*,\\s*");

  /** Messages after the question within which its answer comes. */
  private static final int ANSWERED_WITHIN = 2;

  private RepliesTakingItOn() {}

  /** Each commitment found, unless an item found already cites its question or its reply. */
  static List<Detection<ActionItem>> addTo(PreparedConversation c,
      List<Detection<ActionItem>> found) {
    Set<Integer> cited = c.messagesCitedBy(found);
    List<Detection<ActionItem>> all = new ArrayList<>(found);
    ConversationModel model = c.model();
    for (int q = 0; q < c.messages().size(); q++) {
      Act act = model.act(q);
      if (act == Act.QUESTION && !cited.contains(q)) {
        Optional<Detection<ActionItem>> asked = askedByName(c, q, cited);
        if (asked.isPresent()) {
          all.add(asked.get());
          cited.addAll(c.messagesOf(asked.get()));
        }
        continue;
      }
      if (act != Act.WHO_QUESTION && act != Act.OFFER || cited.contains(q)) {
        // "i could ask the roaster" — "yes pls do": an offer said as a statement.
        if (act != Act.QUESTION && !cited.contains(q)) {
          couldGranted(c, q, cited).ifPresent(offered -> {
            all.add(offered);
            cited.addAll(c.messagesOf(offered));
          });
        }
        continue;
      }
      int reply = model.firstReply(q, ANSWERED_WITHIN);
      if (reply < 0 || cited.contains(reply)) {
        continue;
      }
      // "soll ich auf Knoten 1 zurückschwenken?" — "ja mach" — "erledigt": done at once, so
      // nothing is left to do.
      Optional<Detection<ActionItem>> item = (act == Act.WHO_QUESTION
          ? whoAnswered(c, q, reply) : offerGranted(c, q, reply))
          .filter(d -> !FinishedItems.doneLater(c, d.value(), reply));
      if (item.isPresent()) {
        int same = act == Act.OFFER ? sameOffer(c, all, item.get(), q, reply) : -1;
        if (same >= 0) {
          all.set(same, joined(c, item.get(), all.get(same)));
        } else {
          all.add(item.get());
        }
        cited.add(q);
        cited.add(reply);
      }
    }
    return all;
  }

  /** Messages before an offer within which the offerer's own word on the same thing is read. */
  private static final int OFFERED_BEFORE = 3;

  /**
   * The item, already found, that an offer granted says again: the offerer's next message after
   * the yes ("¿les llamo yo?" — "sí porfa" — "llamo ahora"; 「まとめときましょうか？」 — 「お願いします！」 —
   * 「了解、木曜までに作ります」), or their own word on the same thing just before the offer ("puedo
   * mandar 2" … "mando las 2 cajas con el mensajero de las 12, ok?"). -1 when there is none.
   */
  private static int sameOffer(PreparedConversation c, List<Detection<ActionItem>> all,
      Detection<ActionItem> offered, int q, int reply) {
    String owner = offered.value().owner();
    int next = -1;
    for (int m = reply + 1; m <= reply + ANSWERED_WITHIN && m < c.messages().size(); m++) {
      if (owner.equals(c.messages().get(m).user())) {
        // Right after the yes, or answering it; not a word on something asked in between.
        next = m == reply + 1 || c.model().respondsTo(m) == reply ? m : -1;
        break;
      }
    }
    TextAnalysis analysis = TextAnalysis.of(c.language());
    Set<String> offeredTerms = new HashSet<>(analysis.terms(offered.value().text()));
    for (int k = 0; k < all.size(); k++) {
      Detection<ActionItem> d = all.get(k);
      if (!owner.equals(d.value().owner())) {
        continue;
      }
      Set<Integer> messages = c.messagesOf(d);
      boolean saidAfter = next >= 0 && messages.contains(next);
      boolean saidBefore = messages.stream().anyMatch(m -> m < q && m >= q - OFFERED_BEFORE)
          && analysis.terms(d.value().text()).stream().anyMatch(offeredTerms::contains);
      if (saidAfter || saidBefore) {
        return k;
      }
    }
    return -1;
  }

  /**
   * One item of an offer granted and the offerer's other word on it, in the offer's words (which
   * name the work), with the due date either gives, citing every message of both.
   */
  private static Detection<ActionItem> joined(PreparedConversation c,
      Detection<ActionItem> offered, Detection<ActionItem> other) {
    TreeSet<Integer> messages = new TreeSet<>(c.messagesOf(offered));
    messages.addAll(c.messagesOf(other));
    Set<Integer> sentences = new HashSet<>(offered.sentenceIndices());
    sentences.addAll(other.sentenceIndices());
    ActionItem o = offered.value();
    String due = o.due() != null ? o.due() : other.value().due();
    return new Detection<>(new ActionItem(o.owner(), o.text(), due,
        messages.stream().map(m -> c.messages().get(m).ts()).toList()), sentences);
  }

  private static Optional<Detection<ActionItem>> whoAnswered(PreparedConversation c, int q,
      int reply) {
    ReplyWords words = ReplyWords.of(c.cues());
    String plain = c.plainText(reply);
    boolean self = RegexPrefilter.find(words.self(), plain) || RegexPrefilter.find(words.yes(), plain)
        || RegexPrefilter.find(c.cues().commitment(), plain);
    Optional<String> named = ownerNamed(c, q, reply);
    if (!self && named.isPresent() && !refuses(c, reply)) {
      return task(c, q, words.whoTakes()).map(task -> item(c, named.get(), task, q, reply));
    }
    if (!self || refuses(c, reply) || c.model().mentionsSomeoneElse(reply)
        || RegexPrefilter.find(words.past(), plain) && !RegexPrefilter.find(words.self(), plain)) {
      return Optional.empty();
    }
    return task(c, q, words.whoTakes())
        .map(task -> item(c, c.messages().get(reply).user(), task, q, reply));
  }

  /**
   * Who a reply names for "who …?", other than its writer: "who owns the drill calendar?" — "you,
   * on purpose this time" (the asker), "<@ana>, she did it last year", "Lea, sie kennt das
   * Werkzeug". The name opens a short answer that asks nothing back; empty otherwise.
   */
  static Optional<String> ownerNamed(PreparedConversation c, int q, int reply) {
    List<Sentence> said = c.sentencesOf(reply);
    if (said.isEmpty() || said.get(0).isQuestion() || said.get(0).terms().size() > NAMING_WORDS
        || c.sentencesOf(q).stream().anyMatch(s -> s.isQuestion() && WHO_IS.matcher(s.text()).find())
        || said.stream().anyMatch(s -> WHAT_THEY_ARE.matcher(s.text()).find())) {
      return Optional.empty();
    }
    String asker = c.messages().get(q).user();
    String writer = c.messages().get(reply).user();
    Matcher opening = NAME_OPENING.matcher(said.get(0).text());
    if (!opening.find()) {
      return Optional.empty();
    }
    String owner = opening.group(1) != null ? c.userCalled(opening.group(1))
        : opening.group(2) != null ? asker
        : AcceptedRequests.participantNamed(c, opening.group(3));
    return Optional.ofNullable(owner).filter(o -> !o.equals(writer));
  }

  /**
   * "who's the payments EM these days?", "who can see the prod logs?": who holds a role or a
   * right now, a fact asked; not "who's doing the welcome session?", a task.
   */
  private static final java.util.regex.Pattern WHO_IS = java.util.regex.Pattern.compile(
      "(?iu)\\bwho(?:'s|\\s+is)\\s+(?!\\p{L}+ing\\b)|\\bwho\\s+can\\s+(?:see|access|read|view|open"
      + "|log\\s+in)\\b");

  /**
   * "ana, she's the EM", "lea, sie ist die Teamleiterin": the name given with what the person is,
   * an answer to a question of fact, not work handed out.
   */
  private static final java.util.regex.Pattern WHAT_THEY_ARE = java.util.regex.Pattern.compile(
      "(?iu)\\b(?:she|he|they)(?:'s|'re|\\s+is|\\s+are)\\s+(?:the|our|in\\s+charge)\\b"
      + "|\\b(?:sie|er)\\s+ist\\s+(?:die|der|unsere|unser)\\b|\\bc'est\\s+(?:la|le|notre)\\b"
      + "|\\bes\\s+(?:la|el|nuestra|nuestro)\\b|\\b(?:ela|ele)\\s+é\\s+(?:a|o|nossa|nosso)\\b");

  /** Content words an answer naming someone may have ("you, on purpose this time"). */
  private static final int NAMING_WORDS = 4;

  /** A mention, "you" (the asker) or a name opening an answer, then a pause or its end. */
  private static final java.util.regex.Pattern NAME_OPENING = java.util.regex.Pattern.compile(
      "(?iu)^\\W*(?:(<@[A-Z0-9]+(?:\\|[^>]*)?>)|(" + Cues.YOU + ")|(\\p{L}[\\p{L}'-]*))"
          + "\\s*(?:[,.;:!—–-]|\\s:\\w+:|$)");

  private static Optional<Detection<ActionItem>> offerGranted(PreparedConversation c, int q,
      int reply) {
    ReplyWords words = ReplyWords.of(c.cues());
    String plain = c.plainText(reply);
    if (!RegexPrefilter.find(words.yes(), plain) || refuses(c, reply)) {
      return Optional.empty();
    }
    return task(c, q, words.offer())
        .map(task -> item(c, c.messages().get(q).user(), task, q, reply));
  }

  /**
   * "i could ask the coffee roaster if they'd do little bags" — "yes pls do"; "ich könnte bei der
   * Agentur nachfragen" — "ja bitte"; "je pourrais faire les panneaux" — "oui vas-y": what someone
   * says they could do, said yes to by another in the next message or the one after, is their
   * task. Not "I could be wrong", "I could live with that", nor a yes from the one who offered.
   */
  private static Optional<Detection<ActionItem>> couldGranted(PreparedConversation c, int q,
      Set<Integer> cited) {
    for (Sentence s : c.sentencesOf(q)) {
      if (s.isQuestion()) {
        continue;
      }
      // Most sentences have none of the offers' words: the prefilter skips them unmatched.
      Matcher offer = RegexPrefilter.firstMatch(COULD_DO, s.text());
      if (offer == null) {
        continue;
      }
      String task = s.text().substring(offer.end()).strip();
      int reply = c.model().firstReply(q, ANSWERED_WITHIN);
      if (reply < 0 || cited.contains(reply) || Terms.content(task).size() < 2
          || c.messages().get(reply).user().equals(s.user())
          || !RegexPrefilter.find(ReplyWords.of(c.cues()).yes(), c.plainText(reply))
          || refuses(c, reply)) {
        return Optional.empty();
      }
      return Optional.of(item(c, s.user(), Sentences.capitalize(task), q, reply));
    }
    return Optional.empty();
  }

  /** The speaker saying what they could do, before the deed ({@link #couldGranted}). */
  private static final java.util.regex.Pattern COULD_DO = java.util.regex.Pattern.compile(
      "(?iu)\\bi\\s+could\\s+(?:also\\s+)?(?!(?:be|have|see|not|never|live|use|do\\s+with|go\\s+either"
      + "|imagine|tell|understand|agree)\\b)(?=\\p{L})"
      + "|\\bich\\s+könnte\\s+(?:auch\\s+)?(?!(?:mir|damit|falsch|mich|sein|es\\s+sein)(?!\\p{L}))(?=\\p{L})"
      + "|\\bje\\s+pourrais\\s+(?:aussi\\s+)?(?!(?:me\\s+tromper|vivre|être)(?!\\p{L}))(?=\\p{L})"
      + "|(?<!\\p{L})yo\\s+podría\\s+(?=\\p{L})"
      + "|(?<!\\p{L})eu\\s+(?:poderia|podia)\\s+(?=\\p{L})");

  /**
   * "Tobi, schreibst du die Ankündigung für #engineering?" — "Jep, bis Freitag.": a question put
   * to someone by name, answered yes by that person, is a task they took. A reply reporting it
   * done already takes nothing on.
   */
  private static Optional<Detection<ActionItem>> askedByName(PreparedConversation c, int q,
      Set<Integer> cited) {
    for (Sentence s : c.sentencesOf(q)) {
      Matcher named = ADDRESSED.matcher(s.text());
      if (!s.isQuestion() || !named.find()) {
        continue;
      }
      String asked = AcceptedRequests.participantNamed(c, named.group(1));
      // "pablo, ¿eso lo apruebas tú?" — "sí, aprobado": the answer is the decision; "owen, did
      // she email from the address on the account?" — "yes": the answer is a fact.
      String rest = s.text().substring(named.end());
      // "car, did they pay? chase them if not": a request after the question is what is asked.
      boolean whatTheyKnow = AcceptedRequests.asksWhatTheyKnow(rest);
      String after = whatTheyKnow ? AcceptedRequests.askedAfter(c, s) : null;
      if (asked == null || asked.equals(s.user()) || AcceptedRequests.asksApproval(rest)
          || whatTheyKnow && after == null) {
        return Optional.empty();
      }
      int reply = c.firstBy(q, asked, ANSWERED_WITHIN);
      if (reply < 0) {
        continue;
      }
      String plain = c.plainText(reply);
      if (cited.contains(reply) || !RegexPrefilter.find(ReplyWords.of(c.cues()).yes(), plain)
          || refuses(c, reply) || RegexPrefilter.find(c.cues().done(), plain)) {
        return Optional.empty();
      }
      String task = (after != null ? after : s.text().substring(named.end()))
          .replaceAll("[?？¿]+", "").strip();
      return task.isBlank() ? Optional.empty()
          : Optional.of(item(c, asked, Sentences.capitalize(task), q, reply));
    }
    return Optional.empty();
  }

  /** A reply that says no, puts it off, asks back or does not answer. */
  private static boolean refuses(PreparedConversation c, int reply) {
    Act act = c.model().act(reply);
    String plain = c.plainText(reply);
    return act == Act.REFUSAL || act == Act.DEFERRAL || act == Act.QUESTION
        || act == Act.WHO_QUESTION || act == Act.OFFER
        || RegexPrefilter.find(c.cues().nonAnswer(), plain)
        || RegexPrefilter.find(c.cues().redirect(), plain);
  }

  /** The task a question names: what follows its who- or offer-words, without the "?". */
  /**
   * The task a who-question names, in its words: "who takes the pager this week?" asks who will
   * "Take the pager this week"; empty when it names none.
   */
  static Optional<String> taskAskedBy(PreparedConversation c, int q) {
    return task(c, q, ReplyWords.of(c.cues()).whoTakes());
  }

  private static Optional<String> task(PreparedConversation c, int q, java.util.regex.Pattern p) {
    for (Sentence s : c.sentencesOf(q)) {
      // "claire do you want me to email the residence?": the offer after the one it is put to.
      // "ok who's updating the runbook?": the question after its lead-in.
      String text = LEAD_IN.matcher(ConversationModel.afterVocative(c, s.text())).replaceFirst("");
      Matcher m = p.matcher(text);
      if (s.isQuestion() && m.find()) {
        String rest = TaskWording.withoutTrailing(m.end() < text.length() && m.start() == 0
            ? text.substring(m.end()) : text).replaceAll("[?？¿]+", "").strip();
        if (!rest.isBlank()) {
          return Optional.of(Sentences.capitalize(withTheVerbAsked(m.group(), rest)));
        }
      }
    }
    // "vamos a mover esos certificados a cert-manager" — "De acuerdo. ¿Quién se encarga?": the
    // question names no task; the proposal it answers does.
    int answered = c.model().respondsTo(q);
    if (answered >= 0 && c.model().act(answered) == Act.PROPOSAL) {
      return c.sentencesOf(answered).stream().filter(s -> !s.isQuestion())
          .map(s -> Sentences.capitalize(s.text())).reduce((x, y) -> x + " " + y);
    }
    return Optional.empty();
  }

  /**
   * "who owns the drill calendar?" names the task with its verb: "Own the drill calendar", not
   * "The drill calendar". English only: the other languages' who-words end before the verb or
   * put it last.
   */
  private static String withTheVerbAsked(String asked, String rest) {
    Matcher verb = VERB_ASKED.matcher(asked);
    return verb.find() ? verb.group(1).toLowerCase(java.util.Locale.ROOT) + " " + rest : rest;
  }

  /**
   * The task a who-question in the present names, whatever its verb: "who signs off the callout?"
   * — "Sign off the callout". English only, as {@link #withTheVerbAsked}; otherwise the question.
   */
  static String taskOfAnyVerb(String question) {
    Matcher m = ANY_VERB_ASKED.matcher(question);
    if (!m.find()) {
      return question;
    }
    String verb = m.group(1);
    String base = SIBILANT_ES.matcher(verb).find() ? verb.substring(0, verb.length() - 2)
        : verb.substring(0, verb.length() - 1);
    return Sentences.capitalize(base + " " + m.group(2).replaceAll("[?？]+\\s*$", "").strip());
  }

  /** The words a who-question may open with before "who": "ok, so who …", "btw who …". */
  private static final java.util.regex.Pattern LEAD_IN = java.util.regex.Pattern.compile(
      "(?i)^\\W*" + CommitmentObjects.ENGLISH_LEAD_IN + "(?=who\\b)");

  private static final java.util.regex.Pattern ANY_VERB_ASKED = java.util.regex.Pattern.compile(
      "(?i)^\\W*" + CommitmentObjects.ENGLISH_LEAD_IN + "who\\s+(\\p{L}{3,}s)\\s+(\\S.*)$");
  private static final java.util.regex.Pattern SIBILANT_ES =
      java.util.regex.Pattern.compile("(?i)(?:ch|sh|ss|x|z)es$");

  /** "who owns", "who handles", "who takes", "who does": the verb, without its -s. */
  private static final java.util.regex.Pattern VERB_ASKED = java.util.regex.Pattern.compile(
      "(?i)\\bwho\\s+(own|handle|take|do)(?:e?s)\\s*$");

  private static Detection<ActionItem> item(PreparedConversation c, String owner, String task,
      int q, int reply) {
    String due = DueDates.find(c.plainText(reply)).or(() -> DueDates.find(task)).orElse(null);
    Set<Integer> sentences = new HashSet<>();
    c.sentencesOf(q).forEach(s -> sentences.add(s.index()));
    c.sentencesOf(reply).forEach(s -> sentences.add(s.index()));
    return new Detection<>(new ActionItem(owner, task, due,
        List.of(c.messages().get(q).ts(), c.messages().get(reply).ts())), sentences);
  }
}
