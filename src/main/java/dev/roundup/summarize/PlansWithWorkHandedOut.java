package dev.roundup.summarize;

import dev.roundup.summarize.ConversationModel.Act;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plan said in the same message that hands out the work for it, taken on by whoever it is
 * handed to: "Die Frühschicht von Linie 3 geht bis morgen auf Linie 5. <@jens> teilst du das bitte
 * ein?" — "mach ich"; "and from jan we put 1k/month into an oven fund. <@nils> set up the standing
 * order pls" — "👍 will do monday"; "Parfait, dimanche 10h alors. Bastien, tu peux confirmer la
 * réservation par écrit ?" — "je leur envoie un mail aujourd'hui"; "£30 then, letters go out next
 * week. <@rkaur> can you set up the payment?" — "yep"; "移行は1月末までに完了させます。<@kobayashi>
 * さん、手順を調べてもらえますか？" — "はい、来週中にまとめます". Whoever hands out the work runs the
 * situation; the plan the work serves is what was decided, and the one who takes the work on
 * takes the plan with it. The work is a task ({@link ActionItemDetector}); the plan before it,
 * the decision.
 *
 * A plan said as the one chosen over another is no view weighed ("tap 6 gets the west coast
 * instead. <@ines> tell front of house" — "will do").
 *
 * <p>Not a decision: what comes before the request reports ("the worker is down again. <@bob>
 * can you restart it?"), asks, wishes or is the speaker's own task (the same filters as
 * {@link RulesTakenUp}); nor a plan whose work the one asked refuses, puts off or asks about.
 */
final class PlansWithWorkHandedOut {

  /** Messages after the one handing out the work within which its taker answers. */
  private static final int TAKEN_WITHIN = 3;

  private PlansWithWorkHandedOut() {}

  static void addTo(PreparedConversation c, List<Detection<Point>> found, Set<Integer> used) {
    for (int m = 1; m < c.messages().size(); m++) {
      String user = c.messages().get(m).user();
      List<Sentence> said = c.sentencesOf(m);
      if (user == null || said.size() < 2 || said.stream().anyMatch(s -> used.contains(s.index()))) {
        continue;
      }
      int handing = -1;
      for (int k = 1; k < said.size() && handing < 0; k++) {
        // "Il reste l'accueil l'après-midi. <@mathis> ?": a bare name asks who takes what is
        // left; it hands out no work that a plan would serve.
        Optional<String> owner = bare(said.get(k)) ? Optional.empty() : handedTo(c, said.get(k));
        if (owner.isPresent() && !owner.get().equals(user)
            && takenOn(c, m, owner.get())) {
          handing = k;
        }
      }
      if (handing < 0) {
        continue;
      }
      List<Sentence> plan = new ArrayList<>();
      for (Sentence s : said.subList(0, handing)) {
        if (RulesTakenUp.statesRule(c, s) && !reports(c, s)) {
          plan.add(s);
        }
      }
      if (plan.isEmpty()) {
        continue;
      }
      Detection<Point> decision = DecisionDetector.said(c, plan);
      used.addAll(decision.sentenceIndices());
      found.add(decision);
    }
  }

  /** Whether the sentence is a name or a mention and little else ("<@mathis> ?"). */
  private static boolean bare(Sentence s) {
    return Terms.words(s.text().replaceAll("<@[^>]+>", " ")).size() < 2;
  }

  /** Who a sentence hands work to, by mention or by name, if it asks someone for it. */
  private static Optional<String> handedTo(PreparedConversation c, Sentence s) {
    return RequestsToSomeone.request(c, s).or(() -> AcceptedRequests.request(c, s))
        .map(candidate -> candidate.item.owner());
  }

  /** Whether the one handed the work answers within a few messages by taking it on. */
  private static boolean takenOn(PreparedConversation c, int m, String owner) {
    int i = c.firstBy(m, owner, TAKEN_WITHIN);
    Act act = i < 0 ? null : c.model().act(i);
    return act == Act.AGREEMENT || act == Act.COMMITMENT || act == Act.STATUS;
  }

  /**
   * Whether someone hands out work in a thread that the one handed it takes on ({@link #handedTo},
   * {@link #takenOn}): whoever does so runs the situation in that thread ("Die benutzten Sets gehen
   * per Kurier zum Lindenplatz. <@mehmet> kannst du den Kurier organisieren?" — "mach ich").
   */
  static boolean handsOutWork(PreparedConversation c, String user, int scope) {
    Map<UserInThread, Boolean> known = c.once("work handed out", HashMap::new);
    UserInThread key = new UserInThread(user, scope);
    Boolean answer = known.get(key);
    if (answer == null) {
      answer = scanForWorkHandedOut(c, user, scope);
      known.put(key, answer);
    }
    return answer;
  }

  /**
   * The messages {@code user} posted in the thread opened by message {@code scope}, in order. A
   * thread's messages are sorted by author once: the channel's top level is one thread of
   * thousands of messages, and each of its people is asked about, so walking all of it for each
   * person made this the costliest step of the plan rules on a long channel.
   */
  private static List<Integer> messagesBy(PreparedConversation c, String user, int scope) {
    Map<Integer, Map<String, List<Integer>>> threads =
        c.once("messages of a thread by author", HashMap::new);
    Map<String, List<Integer>> byAuthor = threads.get(scope);
    if (byAuthor == null) {
      byAuthor = new HashMap<>();
      for (int m : c.messagesInScope(scope)) {
        String author = c.messages().get(m).user();
        if (author != null) {
          byAuthor.computeIfAbsent(author, a -> new ArrayList<>()).add(m);
        }
      }
      threads.put(scope, byAuthor);
    }
    return byAuthor.getOrDefault(user, List.of());
  }

  /**
   * A person in the thread opened by message {@code scope}: what {@link #handsOutWork} keeps its
   * answers under. It is asked of nearly every answer in a long channel, so its key is not a
   * string built and hashed anew at each asking, which cost more than the scans it saves.
   */
  private record UserInThread(String user, int scope) {}

  private static boolean scanForWorkHandedOut(PreparedConversation c, String user, int scope) {
    for (int m : messagesBy(c, user, scope)) {
      for (Sentence s : c.sentencesOf(m)) {
        Optional<String> owner = bare(s) ? Optional.empty() : handedTo(c, s);
        if (owner.isPresent() && !owner.get().equals(user) && takenOn(c, m, owner.get())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "the worker is down again", "rollback done", "root cause looks like the batch size": where
   * things stand or seem to; "Follow-ups for tomorrow:" — a heading; "longer term we need idempotency keys", "il faudrait demander au
   * fournisseur", "tenemos que mandarles la factura": a need, still to be met however; "Rocio
   * tiene razón, pero los números mandan": a view weighed. None says what is to happen.
   */
  static boolean reports(PreparedConversation c, Sentence s) {
    Cues cues = c.cues();
    return RegexPrefilter.find(ReplyWords.of(cues).status(), s.text())
        || RegexPrefilter.find(cues.done(), s.text()) || RegexPrefilter.find(cues.guess(), s.text())
        || RegexPrefilter.find(cues.dissent(), INSTEAD.matcher(s.text()).replaceAll(" "))
        || RegexPrefilter.find(NEED, s.text())
        || RegexPrefilter.find(SEEMS, s.text()) || RegexPrefilter.find(AGENDA_LINE, s.text())
        || RegexPrefilter.find(TERSE_REPORT, s.text());
  }

  /**
   * "line swapped, test run going", "Leitung getauscht, testlauf läuft.", "câble changé, test en
   * cours", "cable cambiado, prueba en marcha", "cabo trocado, teste rodando", "ケーブル交換済み":
   * a thing of a word or three and what was done to it, the clause ending there, reports work
   * done. Not "standup moved to 10", which says where it goes, nor "get it repaired, the
   * orchestra pays", which has it done.
   */
  private static final java.util.regex.Pattern TERSE_REPORT = java.util.regex.Pattern.compile(
      "(?iu)^\\W*(?!(?:get|have|keep|make|lass|lasst|laisse|faites|haz|hagan|faz|façam|manda)\\b)"
      + "(?:(?:the|die|der|das|le|la|les|l'|el|los|las|o|a|os|as)\\s*)?"
      + "(?:[\\p{L}\\p{N}-]+\\s+){0,2}[\\p{L}\\p{N}-]+\\s+(?:swapped|replaced|fixed|installed"
      + "|restarted|reset|cleared|patched|repaired|changed|reverted|rolled\\s+back"
      + "|ge\\p{L}{2,}t|ausgetauscht|ersetzt|repariert|erledigt|installiert|eingebaut"
      + "|changée?s?|remplacée?s?|réparée?s?|installée?s?|redémarrée?s?"
      + "|cambiad[oa]s?|reemplazad[oa]s?|arreglad[oa]s?|instalad[oa]s?|reiniciad[oa]s?"
      + "|trocad[oa]s?|substituíd[oa]s?|consertad[oa]s?|reiniciad[oa]s?)\\s*(?:[,;.!]|$)"
      + "|^[^。、]{1,15}(?:交換|修理|設置|再起動)(?:済み|完了)");

  /**
   * "Second item, install schedule.", "Next up: budget", "Zweiter Punkt: Zeitplan", "Point
   * suivant : le budget", "Segundo punto, el calendario", "Próximo ponto: orçamento", "次の議題、
   * 工事日程": an agenda line naming what is talked about next, and nothing more. Not "second item
   * goes to the north crew", which says what happens to it.
   */
  private static final java.util.regex.Pattern AGENDA_LINE = java.util.regex.Pattern.compile(
      "(?iu)^\\W*(?:(?:first|second|third|next|last|final|another)\\s+(?:item|point|topic|thing)"
      + "|next\\s+up|(?:erster|zweiter|dritter|nächster|letzter)\\s+(?:Punkt|Tagesordnungspunkt)"
      + "|(?:premier|deuxième|second|troisième|dernier)\\s+point|point\\s+suivant"
      + "|(?:primer|segundo|tercer|siguiente|último)\\s+(?:punto|tema)"
      + "|(?:primeiro|segundo|terceiro|próximo|último)\\s+(?:ponto|item|tema)"
      + "|次の議題|[一二三四]つ目の(?:議題|件))\\s*[,:：、]\\s*[^,;:.!?。]{1,40}[.!?。]?\\s*$");

  /**
   * "tap 6 gets the west coast instead", "stattdessen", "à la place", "en su lugar", "no lugar",
   * "代わりに": the one chosen over another, said as the plan; no view weighed against it.
   */
  private static final java.util.regex.Pattern INSTEAD = java.util.regex.Pattern.compile(
      "(?iu)\\b(?:instead|stattdessen|statt\\s+dessen|à\\s+la\\s+place|en\\s+su\\s+lugar"
      + "|no\\s+lugar|em\\s+vez\\s+disso)(?!\\p{L})|代わりに");

  /** What only seems so ("root cause looks like …"), in the words of every cue language. */
  private static final java.util.regex.Pattern SEEMS = java.util.regex.Pattern.compile(
      "(?iu)\\b(?:looks?\\s+like|seems?|appears?\\s+to|sieht\\s+(?:so\\s+)?aus|scheint|on\\s+dirait"
      + "|semble|parece|parecem)(?!\\p{L})|みたい|ようです|らしい");

  /** A need or an obligation, in the words of every cue language. */
  private static final java.util.regex.Pattern NEED = java.util.regex.Pattern.compile(
      "(?iu)\\b(?:needs?|must|ha(?:ve|s)\\s+to|muss|müssen|brauchen|braucht|il\\s+faut"
      + "|il\\s+faudrait|faudrait|faut|tenemos\\s+que|hay\\s+que|hace\\s+falta|temos\\s+que"
      + "|precisamos|precisa|é\\s+preciso)(?!\\p{L})|必要|なければ");
}
