package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A task suggested to nobody in particular and taken on in so many words by the next voice:
 * "also send them our security pack, usually speeds up the review" — "good idea, will do";
 * "schick ihnen noch das Security-Paket" — "gute Idee, mach ich"; "envoie-leur le dossier
 * sécurité" — "bonne idée, je m'en occupe". The one who took it owns it. A bare "ok" or "sure"
 * agrees with a statement and takes nothing, a "will do" after a report ("the release went out
 * at 10:00") takes nothing on; a question, or a suggestion an item already cites, is left to the
 * other rules.
 */
final class SuggestionsTakenOn {

  /**
   * A reply that is only a taking, after at most a word of praise: "will do", "on it", "mach
   * ich", "je m'en occupe", "me encargo", "deixa comigo", "やっておきます".
   */
  private static final Pattern TAKES_IT = Pattern.compile("(?iu)^\\W*(?:(?:good|great|nice"
      + "|gute|super|bonne|buena|boa|ok(?:ay)?|sure|klar|vale|d'accord|beleza)(?:\\s+(?:idea"
      + "|idee|idée|idea|ideia|call|point))?[\\s,.!]+)?(?:will\\s+do|on\\s+it|can\\s+do"
      + "|i'?ll\\s+(?:do|take|handle)\\s+(?:it|that|this)|mach\\s+ich|mache\\s+ich"
      + "|übernehme?\\s+ich|erledige\\s+ich|je\\s+m'en\\s+(?:occupe|charge)|je\\s+le\\s+fais"
      + "|me\\s+encargo|lo\\s+hago\\s+yo|yo\\s+lo\\s+hago|deixa\\s+comigo|eu\\s+fa[çc]o"
      + "|やっておきます|対応します|やります)\\W*$");
  /**
   * "DKIM selector is rpt1, include that too" — "will do": an addition to a task of the one who
   * takes it, which names its object only as "that", is part of that task, not a new one.
   */
  private static final Pattern ADDS_TO_A_TASK = Pattern.compile("(?iu)\\b(?:that|it|this|das|es"
      + "|ça|cela|eso|esto|isso|isto)\\s+(?:too|as\\s+well|also|auch|aussi|también|também)\\b");
  /** Words before a suggestion's verb: "also send them …", "and pls check …", "dann schick …". */
  private static final Pattern OPENER = Pattern.compile("(?iu)^\\W*(?:(?:also|and|pls|please"
      + "|maybe|then|just|so|ok(?:ay)?|auch|und|dann|bitte|aussi|et|puis|también|y|luego|também"
      + "|e|depois)[\\s,]+)+");
  /** Content words a suggestion needs to be a task: a verb and what it acts on. */
  private static final int TASK_TERMS = 2;

  private SuggestionsTakenOn() {}

  /** The items found, with each suggestion taken on by the next voice and cited by none added. */
  static List<Detection<ActionItem>> addTasks(PreparedConversation c,
      List<Detection<ActionItem>> found) {
    Set<Integer> cited = c.messagesCitedBy(found);
    List<Detection<ActionItem>> all = new ArrayList<>(found);
    for (int r = 0; r < c.messages().size(); r++) {
      Message reply = c.messages().get(r);
      if (reply.user() == null || cited.contains(r)
          || !RegexPrefilter.find(TAKES_IT, c.plainText(r))) {
        continue;
      }
      int d = c.model().respondsTo(r);
      if (d < 0 || cited.contains(d) || reply.user().equals(c.messages().get(d).user())) {
        continue;
      }
      List<Sentence> said = c.sentencesOf(d);
      Sentence last = said.isEmpty() ? null : said.get(said.size() - 1);
      if (last == null || last.isQuestion() || last.smallTalk()
          || Terms.content(last.text()).size() < TASK_TERMS
          || c.cues().isDeferral(last.text()) || RegexPrefilter.find(ADDS_TO_A_TASK, last.text())
          // "felix, no more purges on prod until this is over" — "on it": a rule obeyed, no task.
          || PassingRemarks.prohibits(last.text())
          || !TwoTasksInOne.opensWithAVerb(Terms.words(
              OPENER.matcher(last.text()).replaceFirst("")))) {
        continue;
      }
      Set<Integer> sentences = new HashSet<>(Set.of(last.index()));
      c.sentencesOf(r).forEach(s -> sentences.add(s.index()));
      String task = TaskWording.phrase(c, last.text());
      all.add(new Detection<>(new ActionItem(reply.user(), task,
          DueDates.find(last.text()).orElse(null), List.of(last.ts(), reply.ts())), sentences));
      cited.add(r);
      cited.add(d);
    }
    return all;
  }
}
