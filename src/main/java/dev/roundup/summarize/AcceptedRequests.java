package dev.roundup.summarize;

import dev.roundup.slack.SlackText;
import dev.roundup.summarize.ActionCandidate.Kind;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task put to someone by mention or by name, in whatever words, and taken on in that person's
 * next reply: "<@felix> und bitte mit dem Provider eine Gutschrift klären" — "ok, nehm ich mit";
 * "tariq can you adapt the rubric?" — "yep, draft by monday"; "Hugo tu t'en charges dans le même
 * ticket ?" — "ça marche"; "Andrés, ¿puedes tener el parche hoy?" — "sí, antes de las 18h"; "docs
 * PR #901 is up, <@mei> review pls?" — "will look after lunch"; "田中さん、各分館の担当者に声を
 * かけてください" — "はい、声かけます" (a name with an honorific, which the handle may not spell:
 * whoever answers next, taking it on, is the one addressed); "postmortem thursday 3pm, marcus
 * writes the draft" — "ok" (a task said as what will be, the name after the clause it belongs
 * to). The request words of each
 * language ({@link RequestsToSomeone}) cannot know every way of asking; the acceptance is what
 * shows a task was given. A question is one only when it is put to the person ("you", "tu",
 * "du", "pls", "want to …"): "<@nadia> is the flag safe?" — "yes" answers it, as it answers "do
 * you know whether …"; and a bare yes to a statement ("<@ana> deployed the fix" — "yes")
 * confirms it. Asking for an approval ("pablo, ¿eso lo apruebas tú?" — "sí, aprobado"), an ok or
 * agreement is not a task either: the answer is the decision.
 */
final class AcceptedRequests {

  /** Messages after the request within which the person asked replies. */
  private static final int REPLY_WINDOW = 3;

  /** Combining marks, as NFD leaves accents ({@link #withoutAccents}): compiled once. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  /** A leading mention, then words joining it to the task ("and", "und", "y", "et", "e"). */
  private static final Pattern LEADING_MENTION = Pattern.compile(
      "^[^\\p{L}\\p{N}]*" + SlackText.USER.pattern() + "[\\s,:]*(?:(?:and|also|und|auch|et|aussi|y|también"
          + "|e|também)\\s+)?");
  /**
   * A mention after the clause that says what it is about: "docs PR #901 is up, <@mei> review
   * pls?", "sure, <@aisha> want to do that once the split is announced?".
   */
  private static final Pattern CLAUSE_THEN_MENTION = Pattern.compile(
      "^[^<]*?[,;:—–-]\\s*" + SlackText.USER.pattern() + "[\\s,:]*");
  /**
   * A name after the clause that says what it is about, then what they do, said as what will be:
   * "postmortem thursday 3pm, marcus writes the draft", "Termin steht, Lars schreibt das
   * Protokoll", "c'est validé, Inès rédige le runbook", "el lunes, Diego prepara el informe",
   * "fechado, João avisa os cooperados". Not what they said, did, are or know ("…, ana said it's
   * fine", "…, Lars hat das schon", "…, Diego dijo que sí").
   */
  private static final Pattern CLAUSE_THEN_NAME = Pattern.compile(
      "(?iu)^.*?[,;:—–]\\s*(\\p{L}[\\p{L}'’-]*)\\s+(?!(?:said|says|was|is|has|had|did|does|thinks"
      + "|knows|agrees|already|just|also|sagt|sagte|hat|hatte|ist|war|meint|weiß|a|est|dit|pense"
      + "|sait|était|avait|dijo|dice|ha|es|está|era|sabe|cree|disse|diz|é|está|era|tem|sabe|acha"
      + "|and|und|et|y|e|or|oder|ou|o)\\b)(?=\\p{L}+\\s+\\p{L})");
  /** A name closing a request: "yes pls, can you take it hal?", "¿lo miras tú, Diego?". */
  private static final Pattern TRAILING_NAME = Pattern.compile(
      "(?:,\\s*|\\s+)(\\p{L}[\\p{L}'’-]*)\\s*[?？!.]*\\s*$");
  /**
   * A name with an honorific, as a vocative: "田中さん、各分館の担当者に声をかけてください". The
   * name is written as people say it, not as the handle is ("田中" for "tanaka"): the one who
   * answers next, taking it on, is the one addressed.
   */
  private static final Pattern HONORIFIC_NAME = Pattern.compile(
      "^[^\\p{L}]*(\\p{L}{1,6}?)(?:さん|くん|君|先生)(?:[\\s、,]+"
      + "|(?=お願い(?:でき|します|ね|[\\s?？!！。]|$)))");
  /**
   * Nothing but the mention and a question mark: "<@mathis> ?"; or, after a name, only the
   * Japanese asking itself: "伊藤さんお願いできる？", "山田さん、お願いします".
   */
  private static final Pattern BARE = Pattern.compile("[\\s?？!.]*"
      + "|(?:お願い(?:でき(?:る|ます(?:か)?)|します|ね)?)[\\s?？!！.。]*");
  /**
   * A leading name (group "name"), as a vocative: "tariq can you …", "Andrés, ¿puedes …", "Hugo
   * tu …"; after an "and" (group "and") only with its comma: "and callum, extend T7 by hand
   * tomorrow".
   */
  static final Pattern LEADING_NAME = Pattern.compile(
      "^[^\\p{L}]*(?<and>(?iu:and|also|plus|und|et|y|e)\\s+(?=\\p{L}[\\p{L}'’-]*\\s*,))?"
      + "(?<name>\\p{L}[\\p{L}'’-]*)(?:\\s*,\\s*|\\s+)");
  /** Words that put a question to the one addressed rather than ask about the world. */
  private static final Pattern PUT_TO_YOU = Pattern.compile("(?iu)(?<!\\p{L})(?:you|your|pls"
      + "|please|want\\s+to|du|dich|dir|kannst|könntest|bitte|tu|t'|te|toi|peux|vous|stp|svp"
      + "|tú|puedes|podrías|por\\s+favor|você|consegue|pode|podes|poderia)(?!\\p{L})"
      // Japanese runs its words together: "声をかけてください" asks without a space before it.
      + "|お願い|ください|もらえ|いただけ");
  /**
   * A yes-or-no question about what is, put to someone: "does your 2nd have an A?", "is your
   * van free tomorrow", "you awake?"; not "do you have time to review it?", "do you mind …",
   * which ask for the deed.
   */
  private static final Pattern WHAT_IS_ASKED = Pattern.compile("(?i)^\\W*(?:(?:do|does|did|is|was"
      + "|were|has|have|had)\\s+(?:you|your)\\b(?![^?]*\\b(?:time|sec|second|minute|capacity"
      + "|bandwidth|chance|mind|want\\s+to|able\\s+to|free\\s+to|pls|please)\\b)"
      + "|(?:are\\s+)?you\\s+(?:awake|around|there|up|about|online|alive|ok|okay|here|in)\\W*$)");
  /**
   * Asking for an approval or an ok ("ok from you?", "¿eso lo apruebas tú?", "kannst du das
   * freigeben?"): the answer decides, it is no task.
   */
  private static final Pattern APPROVAL = Pattern.compile("(?iu)\\b(?:approv|aprueb|aprob|aprov"
      + "|approuv|valid|genehmig|freigeb|sign\\s+off|green\\s+light|go-ahead)|^[^\\p{L}\\p{N}]*ok\\b"
      + "|\\bok\\s+(?:from|with|to|for|für|pour|para|pra)\\b|承認"
      // "you good with this?", "einverstanden?", "¿de acuerdo?": asking for agreement.
      + "|\\b(?:good|fine|okay|happy|cool)\\s+with\\b|\\bagree|einverstanden|d'accord"
      + "|de\\s+acuerdo|de\\s+acordo"
      // "<@claire> la captation vidéo du 17 est toujours d'actualité ?", "is the demo still on?":
      // whether a plan still holds, which the answer confirms.
      + "|toujours\\s+d'actualité|\\bstill\\s+(?:on|happening)\\W*$|sigue\\s+en\\s+pie"
      + "|ainda\\s+(?:está\\s+)?de\\s+pé|noch\\s+aktuell");
  /**
   * "good question, i don't own that. tess your call?", "tess, up to you.": a choice left to
   * someone, which asks them to decide; what the message asks after it is the task ("your call.
   * book whichever is cheaper").
   */
  private static final Pattern LEFT_TO_YOU = Pattern.compile("(?i)^\\W*(?:it'?s\\s+)?(?:(?:your|ur)"
      + "\\s+(?:call|decision|choice)|up\\s+to\\s+you)\\W*$");
  /** A reply that takes the task on, in any of the languages the cues cover. */
  private static final Pattern TAKES_IT = Pattern.compile("(?iu)^[^\\p{L}\\p{N}]*(?:sure|yes|yep|yeah|yup"
      + "|ok(?:ay)?|will\\s+\\p{L}+|i'?ll|on\\s+it|can\\s+do|of\\s+course|absolutely|no\\s+problem|done\\s+by"
      // "understood, briefing the first driver now": the instruction heard and carried out.
      + "|understood|verstanden|compris|entendido|entendi"
      + "|ja|jap|jo|klar|gern|mach\\s+ich|mache\\s+ich|nehm(?:e)?\\s+ich|übernehm(?:e)?\\s+ich"
      + "|oui|ça\\s+marche|d'accord|ok\\s+pour|pas\\s+de\\s+souci|bien\\s+sûr|je\\s+m'en"
      + "|sí|si|vale|claro|dale|hecho|me\\s+encargo|sim|consigo|pode\\s+deixar|beleza|fechado"
      + "|はい|了解|承知|わかりました|やります)(?!\\p{L})"
      // "kit grab the keys at 8:15" — "👌": a thumbs-up or an ok hand, as chat takes a task on;
      // not "👍 but can't before 9".
      + "|^[\\s\\p{So}\\p{Sk}\\uFE0F]*(?:👍|👌|✅|🫡|:(?:thumbsup|\\+1|ok_hand|white_check_mark"
      + "|saluting_face|ok):)(?!.*\\b(?:but|can'?t|cannot|won'?t|not|no|sorry|aber|nicht|mais|pas"
      + "|pero|mas|não)\\b)");
  /**
   * A question about what the person knows or did ("do you know whether …", "did you see …",
   * "weißt du, ob …", "tu sais si …", "¿sabes si …?", "você sabe se …"), about what someone else
   * did ("did she email from the address on the account?"), whether the person managed to look
   * ("tu as pu regarder d'où ça vient ?", "konntest du schon schauen?", "você conseguiu ver?",
   * 「見てもらえましたか？」): a yes answers it. "do you want to own it?" and
   * "do you mind …" ask for something.
   */
  private static final Pattern ASKS_WHAT_THEY_KNOW = Pattern.compile("(?iu)^[^\\p{L}\\p{N}]*"
      + "(?:(?:do|did|does|are|were|have|has|is|was)\\s+you\\s+(?!want|mind|have\\s+time)"
      + "|(?:did|does|has|had|was|is)\\s+(?:she|he|they)\\b"
      + "|(?:weißt|hast|bist|warst|konntest)\\s+du\\b|(?:hat|hatte)\\s+(?:sie|er)\\b"
      + "|(?:est-ce\\s+que\\s+)?tu\\s+(?:sais|as\\s+vu|as\\s+pu|as\\s+eu\\s+le\\s+temps)\\b|t'as\\s+pu\\b"
      + "|sais-tu\\b|as-tu\\s+(?:vu|pu)\\b|¿?\\s*(?:sabes|has\\s+visto)\\b"
      + "|(?:você\\s+)?(?:sabe|viu)\\s+se\\b|(?:você\\s+)?conseguiu\\b"
      + "|.*ましたか[？?]?\\s*$)");
  /**
   * "requesting it today", "calling them now": the one asked answers with the work under way, an
   * -ing verb and what it acts on, and no word of acceptance before it. Not "nothing to request"
   * nor "checking whether it is needed" (looking into it takes nothing on).
   */
  private static final Pattern WORK_STARTED = Pattern.compile("(?i)^[^\\p{L}\\p{N}]*(?!(?:nothing"
      + "|something|everything|anything|morning|evening|during|thinking|wondering|feeling|being"
      + "|having|hoping|guessing|assuming|seeing|looking|checking|waiting)\\b)[a-z]{3,}ing\\s+"
      + "(?:the|a|an|them|it|that|this|one|those|these|him|her|us|everyone)\\b");

  /**
   * A Portuguese or Spanish gerund said alone ("abrindo", "ok, mandando agora", "ya llamando"),
   * its stem in group "stem" ({@link #gerundOfTheVerbAsked}).
   */
  private static final Pattern GERUND_ONLY = Pattern.compile("(?iu)^[^\\p{L}\\p{N}]*(?:(?:ok|okay|blz"
      + "|beleza|vale|sí|sim|claro|dale|bueno|fechado)[^\\p{L}\\p{N}]+)?(?:(?:já|ya|tô|to|estoy|estou)\\s+)?"
      + "(?<stem>\\p{L}{2,}?)(?:ando|endo|indo|iendo|yendo)"
      + "(?:\\s+(?:agora|já|ya|ahora|isso|eso|aqui|aquí))?[^\\p{L}\\p{N}]*$");

  /** A bare yes, which confirms what was said rather than takes anything on. */
  private static final Pattern YES_ONLY = Pattern.compile("(?iu)^[^\\p{L}\\p{N}]*(?:yes|yep|yeah"
      + "|yup|ja|jap|jo|oui|sí|si|sim|はい)(?!\\p{L})[^\\p{L}\\p{N}]*$");
  /** A reply that turns it down or only hesitates. */
  private static final Pattern DECLINES = Pattern.compile("(?iu)^[^\\p{L}\\p{N}]*(?:no|nope|not|can't"
      + "|cannot|nein|nee|non|pas|não|いいえ|無理)(?!\\p{L})|\\b(?:not\\s+sure|unsure)\\b");

  private AcceptedRequests() {}

  /** The task put to the person the sentence opens with, when their next reply takes it on. */
  static Optional<ActionCandidate> request(PreparedConversation c, Sentence s) {
    if (s.user() == null) {
      return Optional.empty();
    }
    String owner = null;
    String rest = null;
    Matcher mention = LEADING_MENTION.matcher(s.text());
    if (mention.find()) {
      owner = mention.group(1);
      rest = s.text().substring(mention.end());
    } else {
      Matcher name = LEADING_NAME.matcher(s.text());
      Matcher honorific = HONORIFIC_NAME.matcher(s.text());
      if (honorific.find() && honorific.end() < s.text().length()) {
        String named = participantNamed(c, honorific.group(1));
        owner = named != null ? named : nextToSpeak(c, s);
        rest = s.text().substring(honorific.end());
      } else if (name.find()) {
        rest = s.text().substring(name.end());
        owner = askedByLeadingName(c, name, rest);
      }
    }
    // Named later in the sentence, only a question put to them asks them for something: "I talked
    // to support, <@ana> said it's fine" asks nothing of Ana.
    if (owner == null && !s.isQuestion()) {
      Matcher named = CLAUSE_THEN_NAME.matcher(s.text());
      if (named.find()) {
        owner = participantNamed(c, named.group(1));
        rest = s.text().substring(named.end());
      }
    }
    if (owner == null && s.isQuestion()) {
      Matcher late = CLAUSE_THEN_MENTION.matcher(s.text());
      Matcher trailing = TRAILING_NAME.matcher(s.text());
      if (late.find()) {
        owner = late.group(1);
        rest = s.text().substring(late.end());
      } else if (trailing.find()) {
        owner = participantNamed(c, trailing.group(1));
        rest = s.text().substring(0, trailing.start());
      }
    }
    // "overnight security?" — "yes, ask the security co for a night guard" — "will do": told what
    // to do in answer to their own question, the asker is the one asked.
    if (owner == null && !s.isQuestion()) {
      Matcher told = TOLD_TO_THE_ASKER.matcher(s.text());
      String asker = told.lookingAt() ? askerAnswered(c, s) : null;
      if (asker != null) {
        owner = asker;
        rest = s.text().substring(told.start(1));
      }
    }
    // "claire do you want me to email the residence?": the speaker offers; the one named is
    // asked for a yes, not for the work ({@link RepliesTakingItOn}).
    // "<@sato> 先方に催促していただけましたか？まだでしたら本日中にお願いします": a request after
    // the question of what was done is what is asked.
    boolean whatTheyKnow = owner != null
        && (asksWhatTheyKnow(rest) || LEFT_TO_YOU.matcher(rest).find());
    String after = whatTheyKnow ? askedAfter(c, s) : null;
    if (owner == null || owner.equals(s.user()) || rest.startsWith("<@") || asksApproval(rest)
        || whatTheyKnow && after == null || toldOfThePast(c, s, rest)
        || RegexPrefilter.find(ReplyWords.of(c.cues()).offer(), rest)) {
      return Optional.empty();
    }
    if (after != null) {
      return takenOnBy(c, s, owner)
          ? Optional.of(ActionCandidate.of(owner, TaskWording.phrase(c, after), s, Kind.REQUEST))
          : Optional.empty();
    }
    if (BARE.matcher(rest).matches()) {
      // "il reste l'accueil l'après-midi. <@mathis> ?", "検品しっかりやろう。伊藤さんお願いできる？":
      // the sentence before says what is asked.
      rest = leftToTake(c, s);
      if (rest == null || !takenOnBy(c, s, owner)) {
        return Optional.empty();
      }
      return Optional.of(ActionCandidate.of(owner, TaskWording.phrase(c, rest), s, Kind.REQUEST));
    }
    // "<@dev> does your 2nd have an A?", "<@priya> you awake?": what is, asked; no task.
    if (s.isQuestion() && c.cues().isEnglish() && RegexPrefilter.find(WHAT_IS_ASKED, rest)) {
      return Optional.empty();
    }
    // "review pls?" is a whole request when put to someone; a statement needs more to be one.
    boolean putToYou = RegexPrefilter.find(PUT_TO_YOU, rest);
    if (Terms.content(rest).size() < (putToYou ? 1 : 2) || s.isQuestion() && !putToYou) {
      return Optional.empty();
    }
    if (!takenOnBy(c, s, owner)) {
      return Optional.empty();
    }
    return Optional.of(ActionCandidate.of(owner, TaskWording.phrase(c, rest), s, Kind.REQUEST));
  }

  /**
   * The one whose question the sentence's message answers, when the sentence opens its message;
   * null otherwise.
   */
  private static String askerAnswered(PreparedConversation c, Sentence s) {
    int m = s.messageIndex();
    List<Sentence> said = c.sentencesOf(m);
    int asked = c.model().respondsTo(m);
    if (said.isEmpty() || said.get(0).index() != s.index() || asked < 0) {
      return null;
    }
    String asker = c.messages().get(asked).user();
    return c.sentencesOf(asked).stream().anyMatch(Sentence::isQuestion)
        && asker != null && !asker.equals(s.user()) ? asker : null;
  }

  /**
   * The participant a leading name ({@link #LEADING_NAME}, matched) names, unless what follows it
   * asks nothing of them ({@link #notAskedAfterName}); null when the name is no participant's.
   * The participant is looked up first: nearly every sentence opens with a word that could be a
   * name, and the check after it searches the whole rest.
   */
  static String askedByLeadingName(PreparedConversation c, Matcher name, String rest) {
    String owner = participantNamed(c, name.group("name"));
    return owner != null && notAskedAfterName(name, rest) ? null : owner;
  }

  /**
   * Whether what follows a leading name ({@link #LEADING_NAME}) thanks them ("sam, thanks for
   * covering the late shift") or, after an "and", tells them a rule or a statement ("and cara,
   * from now on no merges without checking with me first", "and tom, the client loved the
   * deck") without asking anything of them ("and sam, tomorrow can you call the caterer" asks).
   */
  private static boolean notAskedAfterName(Matcher name, String rest) {
    if (THANKS.matcher(rest).lookingAt()) {
      return true;
    }
    return name.group("and") != null
        && (RequestsToSomeone.toldARule(rest) || STATEMENT.matcher(rest).lookingAt())
        && !RegexPrefilter.find(Cues.PLEASE, rest) && !RegexPrefilter.find(ASKING, rest);
  }

  /** Asking whether someone can, in the cue languages ({@link Cues#PLEASE} asks too). */
  private static final Pattern ASKING = Pattern.compile("(?iu)\\b(?:(?:can|could|would|will)\\s+you"
      + "|kannst\\s+du|könntest\\s+du|puedes|podrías|podes|consegue|poderia)\\b|peux-tu|pourrais-tu");

  /** What opens a statement rather than an imperative: an article or a pronoun. */
  private static final Pattern STATEMENT = Pattern.compile("(?iu)[^\\p{L}]*(?:the|a|an|our"
      + "|my|your|this|that|these|those|his|her|their|it|we|i|el|la|los|las|un|una|le|les|der|die"
      + "|das|o|os|as|um|uma)(?!\\p{L})");
  /** Thanks or praise after a name: "sam, thanks for covering", "tom, great job on the deck". */
  private static final Pattern THANKS = Pattern.compile("(?iu)[^\\p{L}]*(?:thanks|thank\\s+you|thx|ty"
      + "|cheers|great\\s+(?:job|work)|nice\\s+(?:job|work|one)|well\\s+done|congrats|danke|merci"
      + "|gracias|obrigad[oa])(?!\\p{L})");

  /**
   * An answer that tells the asker what to do, in English: "yes, ask the security co for a night
   * guard", "ok, book it for thursday". Group 1 is the verb.
   */
  private static final Pattern TOLD_TO_THE_ASKER = Pattern.compile("(?i)^\\W*(?:yes|yep|yeah"
      + "|ok(?:ay)?|sure|please)\\W+(?:(?:please|pls|just|then)\\s+)?((?:ask|tell|call|ring|email"
      + "|book|order|chase|ping|message|contact|cancel|log|raise|put|send|loop\\s+in)\\s+"
      + "(?!(?:me|us|you|for\\s+it|it\\s+this\\s+way|away|in|out)\\b)\\S)");

  /**
   * What the message asks for after a question of what was done: the sentences after it, when
   * they are no question ("chase them if not", 「まだでしたら本日中にお願いします」) nor the
   * speaker's own offer; null when the question is all that is asked.
   */
  static String askedAfter(PreparedConversation c, Sentence question) {
    List<Sentence> sentences = c.sentencesOf(question.messageIndex());
    int at = sentences.indexOf(question);
    if (at < 0 || at == sentences.size() - 1) {
      return null;
    }
    List<Sentence> after = sentences.subList(at + 1, sentences.size());
    // "<@dom> do you need a hand? i can bring the cable cups": what follows is the speaker's own
    // offer, not something asked of the one named.
    if (after.stream().anyMatch(Sentence::isQuestion)
        || after.stream().allMatch(x -> RegexPrefilter.find(c.cues().commitment(), x.text())
            && !RegexPrefilter.find(PUT_TO_YOU, x.text()))) {
      return null;
    }
    String text = String.join(" ", after.stream().map(Sentence::text).toList()).strip();
    return Terms.content(text).isEmpty() ? null : Sentences.capitalize(text);
  }

  /**
   * "priti rotated the test creds last week", "ana hat das gestern schon gemacht": a statement
   * that names someone and a time already past ({@link Cues#anecdote()}) tells what they did; it
   * asks nothing of them, however their reply agrees. Unless it goes on to ask for something
   * after the past time: "you promised the slides last week, send them today pls", "昨日の障害の
   * 報告書を今日中にまとめてください" (a "please" or the words of a request after a mention). A
   * "you" or a day alone asks nothing: "ana restarted the workers yesterday, thank you!".
   */
  private static boolean toldOfThePast(PreparedConversation c, Sentence s, String rest) {
    if (s.isQuestion()) {
      return false;
    }
    if (c.cues().isEnglish() && DONE_BY_THEM.matcher(rest).lookingAt()
        && !RegexPrefilter.find(Cues.PLEASE, rest) && !RegexPrefilter.find(SAID_TO_THEM, rest)) {
      return true;
    }
    Matcher past = c.cues().anecdote().matcher(rest);
    if (!past.find()) {
      return false;
    }
    String after = rest.substring(past.end());
    return !RegexPrefilter.find(Cues.PLEASE, after)
        && !RegexPrefilter.find(c.cues().mentionRequest(), after);
  }

  /**
   * "sam did the line clean this morning i think", "ravi already sent it", "ana was on it
   * yesterday": after the name, a verb of the past (or "already") opens what they did, which asks
   * nothing of them, whatever time it names, unless a please or a "you" after it turns to them
   * ({@link #SAID_TO_THEM}).
   */
  private static final Pattern DONE_BY_THEM = Pattern.compile(
      "(?i)[^\\p{L}]*(?:did|was|were|had|already)(?!\\p{L})");

  /**
   * A "you" or "your" after the past verb turns to the one named ("you'd", "you'll" too): "ben,
   * was wondering if you could cover saturday", "<@ben> had the keys last, can you drop them at
   * reception" ask them something.
   */
  private static final Pattern SAID_TO_THEM = Pattern.compile("(?i)\\byour?\\b");

  /** Whether what is put to someone asks what they know or what was done ({@link #ASKS_WHAT_THEY_KNOW}). */
  static boolean asksWhatTheyKnow(String asked) {
    return RegexPrefilter.find(ASKS_WHAT_THEY_KNOW, asked);
  }

  /** Whether a question put to someone asks only for their approval or ok ({@link #APPROVAL}). */
  static boolean asksApproval(String asked) {
    return RegexPrefilter.find(APPROVAL, asked);
  }

  /**
   * The participant a spoken name stands for, accents aside: people type "Andres" for Andrés
   * and the other way round.
   */
  static String participantNamed(PreparedConversation c, String name) {
    String owner = c.userNamed(name);
    // Plain ASCII has no accents to take off: the second look-up would ask for the same key.
    // Most words asked about are no name at all, and the Normalizer is costly.
    if (owner != null || name != null && isAscii(name)) {
      return owner;
    }
    return c.userNamed(withoutAccents(name));
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String withoutAccents(String name) {
    return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * What a bare "<@mathis> ?" asks: the statement just before it in the same message, when it
   * names something ("il reste l'accueil l'après-midi", "the 3pm slot is still open"); null
   * otherwise.
   */
  private static String leftToTake(PreparedConversation c, Sentence s) {
    List<Sentence> own = c.sentencesOf(s.messageIndex());
    int at = own.indexOf(s);
    // The sentence's terms as its language reads them: Japanese has no spaces between words.
    if (at < 1 || own.get(at - 1).isQuestion() || own.get(at - 1).terms().size() < 2) {
      return null;
    }
    return own.get(at - 1).text();
  }

  /** Whoever other than the speaker speaks next after the sentence, within a few messages. */
  private static String nextToSpeak(PreparedConversation c, Sentence s) {
    int i = c.firstOtherVoice(s.messageIndex(), REPLY_WINDOW);
    return i < 0 ? null : c.messages().get(i).user();
  }

  /** Whether the person asked answers next, within a few messages, by taking it on. */
  private static boolean takenOnBy(PreparedConversation c, Sentence request, String owner) {
    int i = c.firstBy(request.messageIndex(), owner, REPLY_WINDOW);
    if (i < 0) {
      return false;
    }
    String reply = c.plainText(i);
    // "Ana deployed it already" — "yes": a yes confirms a statement; it takes on a question.
    boolean yesOnly = !request.isQuestion() && RegexPrefilter.find(YES_ONLY, reply);
    return !yesOnly && !declines(reply)
        && (!c.cues().isQuestion(reply) || takenOnThenAsks(c, i))
        && (takesOn(c, reply) || gerundOfTheVerbAsked(request.text(), reply));
  }

  /**
   * "will do. so for the blue one we're back to 5-7 weeks?": a reply that takes the task on in a
   * sentence of its own, in words that commit ("will do", "on it", "me encargo"), before a
   * question of its own.
   */
  private static boolean takenOnThenAsks(PreparedConversation c, int reply) {
    List<Sentence> said = c.sentencesOf(reply);
    if (said.size() < 2 || said.get(0).isQuestion()) {
      return false;
    }
    String first = said.get(0).text();
    // Not "vale, calma. alguien ha firmado?": an ok before a question only acknowledges.
    return !c.cues().isQuestion(first) && RegexPrefilter.find(c.cues().commitment(), first);
  }

  /**
   * "camila, abre chamado com o fornecedor" — "abrindo"; "pablo, llama al proveedor" —
   * "llamando": the one asked answers with the verb asked, under way. Not a gerund of another
   * verb ("almoçando", "tô dirigindo", "pensando"), which says why they cannot yet.
   */
  private static boolean gerundOfTheVerbAsked(String request, String reply) {
    Matcher gerund = GERUND_ONLY.matcher(reply);
    if (!gerund.matches() || gerund.group("stem").length() < 3) {
      return false;
    }
    String stem = gerund.group("stem").toLowerCase(Locale.ROOT);
    return Terms.words(request).stream()
        .anyMatch(w -> w.toLowerCase(Locale.ROOT).startsWith(stem));
  }

  /**
   * Whether a reply's words take something on: an acceptance ("on it", "mach ich", "je m'en
   * occupe", "了解"), a commitment, a plan said in the present, or the work under way ("calling
   * them now").
   */
  static boolean takesOn(PreparedConversation c, String reply) {
    Cues cues = c.cues();
    return RegexPrefilter.find(cues.takingIt(), reply)
        || RegexPrefilter.find(cues.commitment(), reply)
        || RegexPrefilter.find(cues.planInPresent(), reply)
        || RegexPrefilter.find(TAKES_IT, reply) || RegexPrefilter.find(WORK_STARTED, reply);
  }

  /** Whether a reply turns down or only hesitates over what it answers. */
  static boolean declines(String reply) {
    return RegexPrefilter.find(DECLINES, reply);
  }
}
