package dev.roundup.summarize;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words people use, per language, to decide, defer, propose, agree, commit, ask and dodge a
 * question. The detectors hold the rules (a proposal someone else agrees to is a decision; a
 * request and its acceptance are one commitment; a question stays open until answered); the cues
 * say how each step is phrased in English, German, French, Spanish, Portuguese and Japanese. A
 * language without a table uses English cues, which still catch mentions, labels and emoji.
 *
 * @param decision      an explicit decision ("we decided", "let's go with", "X it is")
 * @param deferral      a postponement or a musing, never a decision ("let's see", "TBD", "we'll
 *                      decide at the next sync", "let's say I have…")
 * @param proposal      a suggestion that becomes a decision when someone else agrees
 * @param settling      a reply that on its own settles what it answers ("Agreed.", "Ship it")
 * @param agreement     a reply that agrees ("+1", "sounds good", "works for me")
 * @param dissent       a reply that objects ("but", "not sure")
 * @param commitment    a speaker taking something on ("I'll …", "I can take …"); the rest of
 *                      the sentence after the match is the task
 * @param notATask      first-person words that are not a task ("I'll be out", "I'll let you know
 *                      if …", "I'll admit")
 * @param request       a request to nobody in particular ("can someone …", "please …")
 * @param mentionRequest after a mention: the words that make it a request ("can you", "please")
 * @param takingIt      a short reply that takes a request ("on it", "will do", "sure")
 * @param nonAnswer     a reply to a question that does not answer it ("good question", "no idea",
 *                      "nobody yet")
 * @param redirect      a reply that sends the question on; group 1 names who was asked
 * @param yesNoQuestion a question answerable by yes or no
 * @param yesNoAnswer   a reply that answers one
 * @param greeting      an opening that starts something new rather than answering
 * @param selfResolved  the asker saying they found it ("never mind")
 * @param labels        a leading "Decision:" or "TODO:" label, removed from the text shown
 * @param smallTalk     words that say nothing a summary should repeat (thanks, ok, greetings)
 */
record Cues(Pattern decision, Pattern deferral, Pattern proposal, Pattern settling,
    Pattern agreement, Pattern dissent, Pattern commitment, Pattern notATask, Pattern request,
    Pattern mentionRequest, Pattern takingIt, Pattern nonAnswer, Pattern redirect,
    Pattern yesNoQuestion, Pattern yesNoAnswer, Pattern greeting, Pattern selfResolved,
    Pattern labels, Pattern smallTalk) {

  /** A cue in any language: case-insensitive with Unicode case folding. Choices uses it too. */
  static Pattern p(String regex) {
    return Pattern.compile("(?iu)(?:" + regex + ")");
  }

  /** English cues match ASCII case-insensitively: Unicode case folding costs twice as much. */
  static Pattern en(String regex) {
    return Pattern.compile("(?i)(?:" + regex + ")");
  }

  static final Cues ENGLISH = new Cues(
      en("\\bwe(?:'ve| have)?\\s+(?:\\w+\\s+)?decided\\b|\\bdecided\\s+(?:to|on|that)\\b"
          + "|\\b(?:decision|decided|resolution|outcome|conclusion)\\s*[:\\-–—]"
          + "|^\\W*final\\s*[:\\-–—]"
          + "|\\blet'?s\\s+go\\s+(?:with|for|ahead)\\b"
          + "|^\\W*(?:(?:ok(?:ay)?|so|alright|fine|then)\\W+)?go\\s+with\\b"
          + "|\\bwe(?:'ll| will)\\s+go\\s+(?:with|for|ahead)\\b"
          + "|\\b(?:we(?:'re| are)\\s+)?going\\s+(?:with|forward\\s+with|ahead\\s+with)\\b"
          + "|\\bship\\s+it\\b|\\bapproved\\b|\\bfinal\\s+answer\\b|\\bsettled\\s+on\\b"
          + "|\\bwe\\s+(?:all\\s+)?agreed\\b|^\\W*agreed\\W+\\w+|\\bconsensus\\s+is\\b"
          + "|\\bthe\\s+plan\\s+is\\b|\\bwe(?:'re| are)\\s+(?:sticking|moving)\\s+(?:with|to)\\b"
          + "|^\\W*(?:(?:yes|yeah|ok(?:ay)?|alright|so|fine|fair|right|great|good)\\W+)?"
          + "[\\w-]+(?:\\s+[\\w-]+){0,2}\\s+it\\s+is(?:\\s+(?:then|now|for\\s+now))?\\W*$"
          + "|\\bfrom\\s+now\\s+on\\b|\\bgoing\\s+forward\\b"
          + "|^\\W*(?:done|settled|decided|sold)\\s+then\\b|\\bthat'?s\\s+(?:settled|decided)\\b"
          + "|\\blocked\\s+in\\b|\\bset\\s+in\\s+stone\\b|^\\W*(?:ok|okay|alright|so)\\s*:\\s*\\w"
          + "|\\bfinal\\s+(?:call|decision|word)\\b|\\bconsensus(?:\\s+then)?\\s*[:\\-–—]"),
      en("\\blet'?s\\s+see\\b|\\bwe'?ll\\s+see\\b|\\bwe\\s+will\\s+see\\b|\\bwait\\s+and\\s+see\\b"
          + "|\\btbd\\b|\\btbc\\b|\\bto\\s+be\\s+(?:decided|determined|confirmed)\\b"
          + "|\\bstill\\s+open\\b|\\bundecided\\b|\\bnot\\s+(?:yet\\s+)?decided\\b"
          + "|\\b(?:decide|discuss|revisit|talk\\s+about|figure\\s+(?:it|this|that)\\s+out"
          + "|come\\s+back\\s+to)\\b[^.!?]{0,40}?\\b(?:later|next\\s+(?:sync|week|meeting|planning"
          + "|time|standup|retro|call)|at\\s+the\\s+next|tomorrow|another\\s+time|first)\\b"
          + "|\\blet'?s\\s+(?:decide|discuss)\\s+(?:that|this|it)\\b|\\bnot\\s+(?:today|now)\\b"
          + "|\\bwe(?:'ll|\\s+will|\\s+should|\\s+need\\s+to|\\s+have\\s+to)\\s+(?:first\\s+)?"
          + "(?:check|find\\s+out|look\\s+into|investigate|verify|confirm)\\s+(?:whether|if)\\b"
          + "|\\blet'?s\\s+say\\b|\\bsay\\s+I\\s+have\\b|\\bimagine\\b|\\bhypothetically\\b"
          + "|\\blet'?s\\s+wait\\b|\\bhold\\s+off\\b|\\bpark\\s+(?:it|this|that)\\b"
          + "|\\bput\\s+a\\s+pin\\s+in\\b|\\bdepends\\s+on\\b|\\bnot\\s+sure\\b|\\bmaybe\\b"
          + "|\\bbefore\\s+(?:deciding|we\\s+decide|committing|we\\s+commit)\\b"
          + "|\\b(?:stays|remains|is\\s+still|left)\\s+open\\b|\\bopen\\s+for\\s+now\\b"
          + "|\\bthinking\\s+out\\s+loud\\b|\\bjust\\s+(?:a\\s+thought|thinking)\\b"
          + "|\\btable\\s+(?:it|this|that|the)\\b|\\buntil\\s+we\\s+(?:have|know|see|get|hear)\\b"
          + "|\\blet'?s\\s+not\\s+go\\s+there\\b|\\bsomeday\\b|\\breassess\\b"
          + "|\\bfor\\s+\\S+(?:\\s+\\S+)?\\s+to\\s+(?:decide|answer|say|confirm|figure\\s+out)\\b"
          + "|\\b(?:decide|discuss|settle|cover|raise|bring\\s+(?:it|this|that)(?:\\s+up)?"
          + "|take\\s+(?:it|this|that))\\b[^.!?]{0,30}?\\b(?:at|in|during|to)\\s+(?:the\\s+|our\\s+"
          + "|next\\s+)?(?:[\\w-]+\\s+)?(?:grooming|planning|sync|meeting|retro|retrospective|review"
          + "|standup|stand-up|call|1:1|all-hands|offsite|kickoff|postmortem|post-mortem)\\b"
          + "|\\b(?:\\w+'s|their|his|her)\\s+call\\b|\\b(?:that'?s|it'?s)\\s+up\\s+to\\b"
          + "|\\bon\\s+hold\\b|\\bnot\\s+a\\s+priority\\b|\\bparking\\s+(?:it|this|that)\\b"
          + "|\\bback\\s*burner\\b"),
      en("\\bwe(?:'ll| will| should| are going to|'re going to| won't| will not)\\s+\\w+"
          + "|\\blet'?s\\s+\\w+|\\bhow about we\\b|\\bi (?:propose|suggest)\\b"
          + "|\\b(?:proposal|suggestion|idea)\\s*:"
          // "Proposal for the new on-call rotation: weekly shifts, …": the label may name its subject.
          + "|^\\W*(?:(?:my|a|the|new)\\s+)?(?:proposal|suggestion|idea|plan)\\b[^.:?!]{0,50}:"
          + "|\\bwhy don'?t we\\b|\\bwhat if we\\b"
          + "|\\bI'?d\\s+(?:keep|go\\s+with|take|prefer|pick|suggest|recommend|rather|say)\\b"
          + "|\\b(?:compromise|counter-?proposal|option|plan)\\s*:"
          + "|\\bwe\\s+(?:keep|stay|stick|move|switch|use|drop|skip|ship|try|do|make|start|stop|run"
          + "|roll|bump|pin|cap|limit|raise|lower|offer|treat|charge|give|add|remove|cut|split"
          + "|merge|freeze|pause|hold|require|allow|block|disable|enable|push|postpone"
          + "|delay|renew|extend|cancel|hire|buy|adopt|migrate|upgrade|downgrade|book|demo|publish"
          + "|release|launch|waive|refund|rotate|go)\\b"
          // "ok so we renew Sentry for one more year": a conclusion put to the group.
          + "|^\\W*(?:(?:ok(?:ay)?|alright|right)[\\s,]+)?so\\s+we(?:'ll|\\s+will)?\\s+"
          + "(?!(?:see|wait|need|should|could|might|may)\\b)\\w+"),
      en("^\\W*(?:agreed|ship\\s+it|approved|let'?s\\s+do\\s+(?:it|that|this)|decided|deal"
          + "|final\\s+answer|done\\s+deal|go\\s+(?:ahead|for\\s+it)|green\\s+light)\\b[\\W\\s]*$"),
      en("^\\W*(?:\\+1|agreed?|sounds\\s+(?:good|great|right|fine)|sgtm|lgtm|yes|yep|yup|yeah"
          + "|sure|makes\\s+sense|works\\s+for\\s+me|let'?s\\s+do\\s+(?:it|that|this)|ship\\s+it"
          + "|approved|deal|perfect|great\\s+idea|good\\s+idea|fine\\s+by\\s+me|i'?m\\s+in|same"
          + "|totally|absolutely|ok(?:ay)?|fine|i\\s+like\\s+(?:that|it|this)"
          + "|(?:i'?m\\s+)?(?:ok|okay|happy|fine|good)\\s+with\\s+(?:that|it|this)"
          + "|i'?m\\s+(?:ok|okay|good|happy|fine)\\s+with|that\\s+works|(?:i\\s+)?love\\s+(?:it|this|that)"
          + "|agree\\s+with\\s+(?:that|this|\\w+ing|<@\\w+>|\\w+)|same\\s+here|i'?m\\s+for\\s+it"
          + "|fair(?:\\s+enough)?|\\+1\\s+to\\b|👍|✅)(?!\\w)"),
      en("\\b(?:but|however|not\\s+sure|disagree|don'?t\\s+think|wait|hold\\s+on|instead|meh"
          + "|not\\s+a\\s+fan|not\\s+convinced|unless)\\b"),
      en("\\bI(?:'ll| will| shall|'m going to| am going to|'m gonna|'m on| am on| can take"
          + "| can handle| can own| can pick up| can grab| can do| can look into| can follow up"
          + "| volunteer to|'ll take| will take)\\b\\s*"
          + "|\\bI\\s+can\\s+(?!(?:not|see|hear|confirm|reproduce|imagine|remember|understand|tell"
          + "|live|agree|relate|say|think|feel|access|read|only|also|never|still|already"
          + "|probably|maybe|be|get\\s+behind|definitely|totally)\\b)(?=\\w)"
          + "|^\\W*let\\s+me\\s+(?!(?:know|see|think|guess|say|be|just|explain|rephrase"
          + "|clarify|try\\s+to\\s+remember)\\b)(?=\\w)"
          + "|^\\W*(?:me|happy\\s+to|i'?m\\s+happy\\s+to|i\\s+can|i'?ll\\s+do\\s+it)\\W*(?:,|!|\\.|$)"
          // "leave it with me", "on it", "will do": a reply that takes what was just asked.
          + "|^\\W*(?:(?:ok(?:ay)?|sure|yes|yep)\\W+)?(?:leave\\s+it\\s+with\\s+me|on\\s+it"
          + "|will\\s+do)\\b\\W*"
          // "I have to ask Jorge", "I need to update the invoice": an obligation taken on.
          + "|\\bI(?:'ve)?\\s+(?:have|need|got)\\s+to\\s+(?!(?:say|admit|think|go|leave|run|be|sleep|eat"
          + "|agree|disagree|wonder|hand\\s+it|step\\s+out|drop)\\b)(?=\\w)"),
      en("\\bI(?:'ll| will)\\s+(?:be\\s+(?!\\w+ing\\b)|not\\b|never\\b|have\\s+to\\b|need\\b"
          + "|let\\s+(?:it|that)\\s+slide)"
          + "|\\bif\\s+I(?:'ll| will)\\b|\\b(?:if|when|unless)\\s+I\\s+(?:have|need)\\s+to\\b|\\bI(?:'ll)\\s+(?:admit|say|bet|guess)\\b"
          + "|\\bI(?:'ll|'d| will| would)\\s+(?:remember|wonder|think|hope|miss|love|like|prefer"
          + "|rather|imagine|assume)\\b"
          + "|\\blet\\s+(?:you|y'all|everyone|the\\s+team|them|people)\\s+know\\b.*\\bif\\b"),
      en("^\\W*(?:(?:can|could|would)\\s+(?:you|someone|somebody|anyone)\\s+(?:please\\s+)?"
          + "(?!believe|imagine|tell if|see why|explain why)"
          + "|would you mind\\s+|please\\s+(?=\\w+\\s))"
          + "|^\\W*(?:and\\s+|also\\s+)?(?:can|could)\\s+(?:someone|somebody|anyone)\\s+"),
      en("[\\s,:]*(?:(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?|please\\s+|will\\s+|'ll\\s+"
          + "|(?:needs?|has|have)\\s+to\\s+|to\\s+(?=\\w+\\s)|is going to\\s+"
          + "|(?:are\\s+)?you\\s+(?:ok|okay|able|free|around)\\s+to\\s+|(?:would\\s+you\\s+)?mind\\s+)"),
      en("^\\W*(?:on it|will do|can do|doing it|(?:i(?:'ve| have)? )?got (?:it|this)|leave it with me"
          + "|i'?ll (?:do|take|handle) (?:it|that|this)|sure|yes|yep|ok|okay|done|mine)\\b"),
      en("^\\W*(?:(?:honestly|tbh|well|hmm+|um+|uh+|so)[\\s,]+)?(?:good\\s+question|great\\s+question"
          + "|no\\s+idea|not\\s+sure|dunno"
          + "|(?:i\\s+)?don'?t\\s+know|unclear|tbd|tbc|nobody|no\\s*one|none\\s+of\\s+us"
          + "|hmm+|depends|maybe|unknown|still\\s+open|who\\s+knows|no\\s+clue)\\b"
          + "|\\bnobody\\s+(?:has\\s+)?(?:picked|taken|owns|claimed)\\b"),
      en("\\b(?:(?:ask|check\\s+with|ping|consult|loop\\s+in|run\\s+it\\s+by|confirm\\s+with"
          + "|talk\\s+to|find\\s+out\\s+from|raise\\s+it\\s+with|question\\s+for|one\\s+for)\\s+"
          // "Mateo would know": sent on to whoever knows.
          + "|(?=(?:<@[UW][A-Z0-9]+>|(?-i:\\p{Lu})\\p{L}+)\\s+(?:would|might|should|will|may)\\s+know\\b))(<@[UW][A-Z0-9]+>|their\\s+\\w+|the\\s+[\\w-]+"
          + "(?:\\s+team)?|\\p{L}[\\p{L}'-]*(?:\\s+team)?)"),
      en("^\\W*(?:is|are|was|were|do|does|did|can|could|should|shall|will|would|has|have|had"
          + "|any|anyone|anybody|is there|are there|may|might|must)\\b"),
      en("^\\W*(?:yes|yeah|yep|yup|no|nope|nah|not yet|not\\s+(?:today|now|currently|really"
          + "|anymore|at\\s+the\\s+moment)|sure|correct|right|absolutely|definitely"
          + "|probably|i think so|i don'?t think so|negative|affirmative|will do|on it|can do"
          + "|done|ok|okay)\\b"),
      en("^\\W*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|morning|welcome)\\b"),
      en("\\b(?:never ?mind|nvm|found it|figured it out|sorted it|ignore (?:that|me|my question)"
          + "|answered my own)\\b"),
      en("^\\W*(?:(?:ok|okay|so|alright|right)[\\s,—–-]+)?(?:decision|decided|resolution|outcome"
          + "|conclusion|final|approved|agreed|todo|to-do"
          + "|action items?|action|ai|next steps?|follow[- ]?up)\\s*[:\\-–—]\\s*"),
      null);

  private static final Cues GERMAN = new Cues(
      p("(?:entschieden|entscheidung|beschluss)\\s*:|\\b(?:wir\\s+haben\\s+(?:\\w+\\s+)?entschieden"
          + "|beschlossen|machen\\s+wir\\s+so|so\\s+machen\\s+wir\\s+es|wir\\s+nehmen"
          + "|es\\s+bleibt\\s+(?:bei|dabei)|abgemacht|freigegeben|ab\\s+sofort|künftig"
          + "|(?:dann|also|gut)\\W+(?:nehmen|machen|bleiben|gehen|nutzen)\\s+wir)\\b"),
      p("\\b(?:mal\\s+sehen|schauen\\s+wir\\s+mal|sehen\\s+wir\\s+(?:dann|mal)|noch\\s+offen"
          + "|offen\\s+bleibt|später\\s+entscheiden|vertagen|klären\\s+wir\\s+(?:beim|im|später"
          + "|nächste)|beim\\s+nächsten|nächste\\s+woche\\s+entscheiden|unklar|vielleicht"
          + "|weiß\\s+(?:ich\\s+)?nicht|nicht\\s+sicher|steht\\s+noch\\s+nicht\\s+fest"
          + "|angenommen,?\\s+ich\\s+habe|prüfen\\s+(?:wir\\s+)?(?:ob|erst)"
          + "|nehmen\\s+wir\\s+(?:mal\\s+)?an|entscheidet\\s+(?:der|die|das)?\\s*\\p{L}+"
          + "|das\\s+muss\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+(?:klären|entscheiden)"
          + "|(?:im|beim|in\\s+der|am)\\s+(?:nächsten\\s+)?(?:planning|meeting|termin|jour\\s+fixe"
          + "|retro|weekly|standup|sync|review)|zurückstellen|auf\\s+eis|erstmal\\s+nicht)\\b"),
      p("\\b(?:wir\\s+sollten|lass(?:t)?\\s+uns|wie\\s+wäre\\s+es|ich\\s+schlage\\s+vor"
          + "|wir\\s+könnten|wir\\s+werden"
          + "|(?:nehmen|machen|bleiben|gehen|nutzen|verwenden|lassen|probieren|behalten"
          + "|verschieben|stellen)\\s+wir|wir\\s+(?:nehmen|machen|bleiben|gehen|nutzen|verwenden"
          + "|stellen|lassen|verschieben|probieren|behalten|streichen))\\b"
          + "|\\b(?:vorschlag|kompromiss|idee)\\s*:|^\\W*(?:vorschlag|idee)\\b[^.:?!]{0,50}:"),
      p("^\\W*(?:einverstanden|abgemacht|so\\s+machen\\s+wir\\s+das|passt|genehmigt|leg\\s+los"
          + "|mach\\s+(?:ruhig|das))\\W*$"),
      p("^\\W*(?:\\+1|einverstanden|ja|jawohl|klar|genau|passt|gute\\s+idee|finde\\s+ich\\s+gut"
          + "|sehe\\s+ich\\s+(?:auch\\s+)?so|stimme\\s+(?:\\p{L}+\\s+)?zu|dafür|ok(?:ay)?|gerne"
          + "|bin\\s+(?:auch\\s+)?(?:dafür|für)|klingt\\s+gut|passt\\s+(?:für\\s+mich|mir)|super"
          + "|machen\\s+wir|👍|✅)(?!\\p{L})"),
      p("\\b(?:aber|allerdings|nicht\\s+sicher|dagegen|lieber\\s+nicht|warte)\\b"),
      p("\\b(?:ich\\s+(?:kümmere\\s+mich|übernehme|mache\\s+(?:das|es|ich)|erledige|passe"
          + "|schreibe|prüfe|schicke|sende|kläre|baue|richte|setze|aktualisiere|melde\\s+mich)"
          + "|mach(?:e)?\\s+ich|übernehm(?:e)?\\s+ich|erledige\\s+ich)\\b\\s*"
          + "|\\bich\\s+(?!bin|glaube|denke|hoffe|weiß|finde|meine|habe|fürchte)\\p{L}+e\\b"
          // "ich frag mal nach", "ich kann die Agenda vorbereiten": said casually, or offered.
          + "|\\bich\\s+(?:frag|schau|guck|kümmer|meld|check)\\b"
          + "|\\bich\\s+kann\\s+(?!nicht\\b|mir\\b|(?:das|es)\\s+nicht\\b)(?:\\p{L}+\\s+){0,5}?"
          + "(?!sein\\b|verstehen\\b|nachvollziehen\\b|bestätigen\\b|sehen\\b|sagen\\b)"
          + "\\p{L}+(?:en|ern|eln)\\s*(?:[.!,]|$)"
          // "ich muss noch Petra fragen": an obligation taken on.
          + "|(?<!\\b(?:wenn|falls|ob)\\s)\\bich\\s+muss\\s+(?!(?:nicht|nichts|kein\\p{L}*|sagen|zugeben"
          + "|gestehen|los|weg|leider\\s+sagen)\\b)(?=\\p{L})"),
      p("\\bich\\s+(?:bin|werde\\s+nicht|hoffe|glaube|denke)\\b"),
      p("^\\W*(?:kann\\s+(?:jemand|wer)|könnte\\s+(?:jemand|wer)|bitte\\s+(?=\\p{L}+\\s))"),
      p("[\\s,:]*(?:(?:kannst|könntest)\\s+du\\s+(?:bitte\\s+)?|bitte\\s+)"),
      p("^\\W*(?:mache\\s+ich|übernehme\\s+ich|erledige\\s+ich|ja|klar|ok|gerne|bin\\s+dran)\\b"),
      p("^\\W*(?:gute\\s+frage|keine\\s+ahnung|weiß\\s+(?:ich\\s+)?(?:noch\\s+)?nicht|unklar|niemand"
          + "|noch\\s+nicht|noch\\s+offen|vielleicht|mal\\s+sehen)\\b"
          + "|\\b(?:klären\\s+wir\\s+(?:beim|im|später)|beim\\s+nächsten)\\b"),
      p("\\b(?:fragen|klären\\s+mit|abstimmen\\s+mit)\\s+(?:wir\\s+)?(?:bei\\s+)?"
          + "(<@[UW][A-Z0-9]+>|dem\\s+\\p{L}+|der\\s+\\p{L}+|\\p{L}+)"),
      p("^\\W*(?:ist|sind|war|haben|hat|habt|kann|können|könnt|sollen|sollten|soll|brauchen"
          + "|braucht|gibt\\s+es|wird|werden|gibt)\\b"),
      p("^\\W*(?:ja|nein|noch\\s+nicht|klar|genau|richtig|auf\\s+jeden\\s+fall|erledigt)\\b"),
      p("^\\W*(?:hallo|hi|moin|guten\\s+(?:morgen|tag|abend)|servus)\\b"),
      p("\\b(?:hat\\s+sich\\s+erledigt|gefunden|schon\\s+gelöst)\\b"),
      p("^\\W*(?:entscheidung|beschluss|todo|aufgabe|nächste\\s+schritte)\\s*[:\\-–—]\\s*"),
      p("^\\W*(?:danke|vielen\\s+dank|ok|okay|super|prima|top|👍|\\+1)\\W*$"));

  private static final Cues FRENCH = new Cues(
      p("(?:décidé|décision)\\s*:|\\b(?:c'est\\s+décidé|nous\\s+avons\\s+décidé"
          + "|on\\s+a\\s+décidé|on\\s+part\\s+sur|va\\s+pour|c'est\\s+validé|validé|adopté"
          + "|désormais|dorénavant|à\\s+partir\\s+de\\s+maintenant|on\\s+fait\\s+comme\\s+ça)\\b"),
      p("\\b(?:on\\s+verra|à\\s+voir|pas\\s+encore\\s+décidé|encore\\s+ouvert|plus\\s+tard"
          + "|à\\s+la\\s+prochaine|on\\s+en\\s+reparle|peut-être|je\\s+ne\\s+sais\\s+pas"
          + "|pas\\s+sûr|disons\\s+que|on\\s+vérifie\\s+(?:d'abord\\s+)?si|on\\s+en\\s+parlera"
          + "|c'est\\s+à\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+de\\s+(?:décider|voir|trancher)"
          + "|(?:en|à\\s+la|au)\\s+(?:réunion|rétro|comité|prochain\\s+point)|de\\s+côté"
          + "|en\\s+pause|pas\\s+prioritaire)\\b"),
      p("\\b(?:on\\s+devrait|on\\s+pourrait|je\\s+propose|(?:proposition|compromis|idée)\\s*:"
          + "|et\\s+si\\s+on|on\\s+va|allons|on\\s+(?:garde|passe|fait|part|prend|reste|met"
          + "|bascule|lance|arrête|coupe|décale|repousse|utilise|essaie|tente|ajoute|supprime"
          + "|active|désactive|offre|maintient|bloque|gèle|migre|remplace))\\b"
          + "|^\\W*(?:proposition|compromis|idée)\\b[^.:?!]{0,50}:"),
      p("^\\W*(?:d'accord|validé|ça\\s+marche|adopté|vas-y|allez-y|feu\\s+vert)\\W*$"),
      p("^\\W*(?:\\+1|d'accord|ok(?:ay)?|oui|ça\\s+marche|ça\\s+me\\s+va|parfait|bonne\\s+idée"
          + "|entièrement\\s+d'accord|je\\s+suis\\s+(?:pour|d'accord)|validé|ok\\s+pour\\s+moi"
          + "|pareil|moi\\s+aussi|tout\\s+à\\s+fait|carrément|entendu|👍|✅)(?!\\p{L})"),
      p("\\b(?:mais|cependant|pas\\s+d'accord|plutôt\\s+pas|attends)\\b"),
      p("\\b(?:je\\s+m'occupe\\s+(?:de\\s+|d')?|je\\s+m'en\\s+occupe|je\\s+vais|je\\s+prends"
          + "|je\\s+(?:fais|ferai|mets|mettrai|envoie|enverrai|prépare|préparerai|vérifie"
          + "|vérifierai|écris|écrirai|règle|corrige)\\b)\\s*"
          + "|\\bje\\s+(?!suis|pense|crois|sais|vois|trouve|comprends|préfère|ne\\b)\\p{L}+e\\b"
          + "|\\bje\\s+(?:l'|le\\s+|la\\s+|les\\s+|lui\\s+|leur\\s+)+\\p{L}+"
          + "|\\bje\\s+\\p{L}+rai\\b"
          // "je m'en charge", "Je peux mettre à jour l'annonce": taken on, or offered.
          + "|\\bje\\s+(?:m'en|me)\\s+charge\\b\\s*(?:de\\s+|d')?"
          + "|(?<!\\bsi\\s)\\bje\\s+peux\\s+(?!pas\\b|comprendre|imaginer|voir\\b|dire\\b|confirmer)"
          + "(?:(?:le|la|les|l'|lui|leur|en|y|m'en|m'y|me|m')\\s*)*\\p{L}+(?:er|ir|re)\\b"
          // "je dois prévenir Paul", "il faut que je relance le client": an obligation taken on.
          + "|(?<!\\bsi\\s)\\bje\\s+dois\\s+(?!(?:être|avoir|dire|avouer|admettre|partir)\\b)"
          + "(?:(?:le|la|les|l'|lui|leur|en|y)\\s*)*\\p{L}+(?:er|ir|re)\\b|\\bil\\s+faut\\s+que\\s+je\\b"
          // "Je préviens les RH cette semaine": the present tense with a time is a plan.
          + "|\\bje\\s+(?!(?:suis|sais|crois|vois|comprends|dois|peux|veux|ne|pars|connais|dis)\\b)"
          + "\\p{L}+s\\b(?=[^.!?]*\\b(?:aujourd'hui|demain|ce\\s+soir|ce\\s+matin|cet\\s+après-midi"
          + "|cette\\s+semaine|tout\\s+de\\s+suite|dans\\s+la\\s+journée|lundi|mardi|mercredi|jeudi"
          + "|vendredi)\\b)"),
      p("\\bje\\s+(?:vais\\s+être|suis|pense|crois|espère)\\b|^\\W*si\\s+(?:je\\b|j')"),
      p("^\\W*(?:quelqu'un\\s+peut|est-ce\\s+que\\s+quelqu'un\\s+peut|merci\\s+de\\s+"
          + "|(?:pourriez|pouvez)-vous\\s+)"),
      p("[\\s,:]*(?:(?:tu\\s+peux|peux-tu|pourrais-tu|vous\\s+pouvez)\\s+|merci\\s+de\\s+)"),
      p("^\\W*(?:je\\s+m'en\\s+occupe|c'est\\s+noté|ok|oui|d'accord|volontiers|je\\s+prends)\\b"),
      p("^\\W*(?:bonne\\s+question|aucune\\s+idée|je\\s+ne\\s+sais\\s+pas|pas\\s+encore"
          + "|personne|peut-être|on\\s+verra|pas\\s+sûr)\\b"),
      p("\\b(?:demander\\s+à|voir\\s+avec|vérifier\\s+avec|c'est\\s+(?:pour|à))\\s+(<@[UW][A-Z0-9]+>|l[ae]\\s+\\p{L}+"
          + "|\\p{L}+)"),
      p("^\\W*(?:est-ce\\s+que|on\\s+garde|peut-on|doit-on|faut-il|y\\s+a-t-il|as-tu|avez-vous)\\b"),
      p("^\\W*(?:oui|non|pas\\s+encore|bien\\s+sûr|exactement|c'est\\s+fait)\\b"),
      p("^\\W*(?:bonjour|salut|coucou|bonsoir)\\b"),
      p("\\b(?:laisse\\s+tomber|trouvé|c'est\\s+réglé)\\b"),
      p("^\\W*(?:décision|todo|action|prochaines\\s+étapes)\\s*[:\\-–—]\\s*"),
      p("^\\W*(?:merci|merci\\s+beaucoup|ok|super|parfait|top|👍|\\+1)\\W*$"));

  private static final Cues SPANISH = new Cues(
      p("(?:decidido|decisión)\\s*:|\\b(?:decidido|decidimos|hemos\\s+decidido|vamos\\s+con|queda\\s+así"
          + "|aprobado|nos\\s+quedamos\\s+con|queda\\s+decidido|quedamos\\s+en"
          + "|de\\s+ahora\\s+en\\s+adelante|a\\s+partir\\s+de\\s+ahora)\\b"),
      p("\\b(?:ya\\s+veremos|a\\s+ver|todavía\\s+abierto|sin\\s+decidir|más\\s+adelante"
          + "|en\\s+la\\s+próxima|quizás|tal\\s+vez|no\\s+sé|no\\s+estoy\\s+seguro"
          + "|pongamos\\s+que|hay\\s+que\\s+consultarlo|revisamos\\s+si|lo\\s+decide"
          + "|(?:eso\\s+)?lo\\s+(?:vemos|hablamos|decidimos|miramos)\\s+(?:el|en|mañana|la|luego"
          + "|después|más)|en\\s+la\\s+(?:reunión|retro|próxima)|en\\s+pausa"
          + "|no\\s+es\\s+prioridad|lo\\s+dejamos\\s+para)\\b"),
      p("\\b(?:deberíamos|podríamos|propongo|vamos\\s+a|hagamos|hacemos|pasamos|dejamos"
          + "|mantenemos|usamos|movemos|cambiamos|ponemos|probamos|seguimos|empezamos|quitamos"
          + "|paramos|pausamos|lanzamos|desactivamos|activamos|damos|ofrecemos"
          + "|nos\\s+quedamos)\\b|(?:propuesta|compromiso|idea)\\s*:"
          + "|^\\W*(?:propuesta|idea)\\b[^.:?!¿]{0,50}:"),
      p("^\\W*(?:de\\s+acuerdo|aprobado|hecho|trato\\s+hecho|adelante|dale|luz\\s+verde)\\W*$"),
      p("^\\W*(?:\\+1|de\\s+acuerdo|vale|sí|claro|perfecto|buena\\s+idea|me\\s+parece\\s+bien"
          + "|estoy\\s+de\\s+acuerdo|por\\s+mí\\s+bien|me\\s+vale|yo\\s+también|genial|dale"
          + "|totalmente|ok(?:ay)?|👍|✅)(?!\\p{L})"),
      p("\\b(?:pero|sin\\s+embargo|no\\s+estoy\\s+de\\s+acuerdo|espera)\\b"),
      p("\\b(?:yo\\s+me\\s+encargo(?:\\s+de)?|me\\s+encargo(?:\\s+de)?|yo\\s+lo\\s+hago"
          + "|voy\\s+a|me\\s+ocupo(?:\\s+de)?|lo\\s+reviso|(?:yo\\s+)?(?:preparo|envío|reviso"
          + "|actualizo|escribo|configuro)\\b)\\s*"
          + "|\\byo\\s+(?:(?:se|lo|la|los|las|le|les|me|te)\\s+){0,2}"
          + "(?!creo|pienso|sé|estoy|tengo|prefiero)\\p{L}+o\\b"
          + "|\\b(?:lo|la|los|las|se\\s+lo|se\\s+la)\\s+(?:hago|reviso|preparo|envío|mando|digo"
          + "|arreglo|miro|reservo|actualizo|configuro|escribo)\\b"
          + "|^\\W*(?:\\p{L}+,\\s*)?(?:hago|envío|mando|reviso|preparo|reservo|actualizo|miro"
          + "|llamo|escribo|configuro|genero|aviso)\\b"
          // "puedo preparar la demo", "le pregunto a Marta": offered, or said in passing.
          + "|(?<!\\b(?:no|si)\\s)\\b(?:yo\\s+)?puedo\\s+(?!ser\\b|estar\\b|imaginar|entender|ver\\b|decir\\b"
          + "|confirmar)(?:(?:lo|la|los|las|le|les|me|se|te)\\s+)?\\p{L}+(?:ar|er|ir)"
          + "(?:lo|la|los|las|le|les|me|se)?\\b"
          + "|\\b(?:le|les)\\s+(?:pregunto|escribo|aviso|digo|mando|confirmo|llamo|comento)\\b"
          + "|\\bdéja(?:lo|melo)\\s+(?:a\\s+mí|en\\s+mis\\s+manos|conmigo)\\b"
          // "tengo que preguntarle a Jorge": an obligation taken on.
          + "|(?<!\\b(?:no|si)\\s)\\btengo\\s+que\\s+(?!ver\\s+si|decir|admitir|reconocer)"
          + "\\p{L}+(?:ar|er|ir)(?:le|lo|la|les|los|las)?\\b"
          // "Lo miro mañana", "vale, aviso hoy": the present tense with a time is a plan.
          + "|^\\W*(?:(?:vale|ok|sí|claro|perfecto|dale|bueno|hecho)[\\s,!.]+)?(?:yo\\s+)?"
          + "(?:(?:lo|la|los|las|le|les|se)\\s+)?(?!(?:creo|pienso|sé|estoy|tengo|prefiero|todo"
          + "|esto|eso|luego|claro|pronto|nuevo|no|ahora|como|cuando|algo|nada|poco|mucho)\\b)"
          + "\\p{L}{3,}o(?=[\\s,]+(?:\\p{L}+\\s+){0,3}?(?:ahora|hoy|mañana|esta\\s+(?:semana|tarde)"
          + "|en\\s+un\\s+rato)\\b)"),
      p("\\b(?:voy\\s+a\\s+estar|creo|espero)\\b"),
      p("^\\W*(?:¿?\\s*(?:alguien\\s+puede|puede\\s+alguien)|por\\s+favor\\s+(?=\\p{L}+\\s))"),
      p("[\\s,:]*(?:¿?\\s*(?:puedes|podrías)\\s+(?:por\\s+favor\\s+)?|por\\s+favor\\s+)"),
      p("^\\W*(?:me\\s+encargo|yo\\s+me\\s+encargo|hecho|vale|sí|claro|ok)\\b"),
      p("^\\W*(?:buena\\s+pregunta|ni\\s+idea|no\\s+sé|todavía\\s+no|nadie|quizás|tal\\s+vez)\\b"),
      p("\\b(?:consultarlo\\s+con|preguntar\\s+a|consultar\\s+con|hablar\\s+con|ver\\s+con"
          + "|es\\s+cosa\\s+de|le\\s+toca\\s+a)\\s+"
          + "(<@[UW][A-Z0-9]+>|el\\s+\\p{L}+|la\\s+\\p{L}+|\\p{L}+)"),
      p("^\\W*¿?\\s*(?:podemos|puedes|hay|es|son|tenemos|debemos|está|están)\\b"),
      p("^\\W*(?:sí|no|todavía\\s+no|claro|exacto|hecho)\\b"),
      p("^\\W*(?:hola|buenos\\s+días|buenas)\\b"),
      p("\\b(?:olvídalo|ya\\s+lo\\s+encontré|resuelto)\\b"),
      p("^\\W*(?:(?:entonces|bueno|vale)[\\s,]+)?(?:decisión|decidido|tarea|pendiente"
          + "|próximos\\s+pasos)\\s*[:\\-–—]\\s*"),
      p("^\\W*(?:gracias|muchas\\s+gracias|vale|ok|genial|perfecto|👍|\\+1)\\W*$"));

  private static final Cues PORTUGUESE = new Cues(
      p("(?:decidido|decisão|fechado)\\s*:|\\b(?:decidimos|decidido|vamos\\s+com|fica\\s+assim"
          + "|aprovado|ficamos\\s+com|então\\s+fica|fica\\s+(?:decidido|combinado)"
          + "|daqui\\s+(?:pra|para)\\s+frente|a\\s+partir\\s+de\\s+agora)\\b|^\\W*fechado\\b"),
      p("\\b(?:vamos\\s+ver|veremos|ainda\\s+em\\s+aberto|sem\\s+decisão|mais\\s+tarde"
          + "|na\\s+próxima|talvez|não\\s+sei|não\\s+tenho\\s+certeza|digamos\\s+que"
          + "|verificar\\s+se|quem\\s+decide|na\\s+reunião|depende\\s+d[oae]s?"
          + "|(?:vemos|falamos|decidimos)\\s+(?:isso\\s+)?(?:na|no|amanhã|depois)|em\\s+espera"
          + "|não\\s+é\\s+prioridade|deixamos\\s+para)\\b"),
      p("\\b(?:deveríamos|devemos|podíamos|poderíamos|proponho|vamos|fazemos|passamos"
          + "|deixamos|mantemos|usamos|mudamos|colocamos|testamos|seguimos|começamos|tiramos"
          + "|paramos|pausamos|lançamos|desativamos|ativamos|damos|oferecemos|ficamos|fica)\\b"
          + "|(?:proposta|meio-termo|ideia)\\s*:|^\\W*(?:proposta|ideia)\\b[^.:?!]{0,50}:"),
      p("^\\W*(?:combinado|aprovado|fechado|de\\s+acordo)\\W*$"),
      p("^\\W*(?:\\+1|concordo|de\\s+acordo|sim|claro|perfeito|boa\\s+ideia|combinado|fechado"
          + "|beleza|por\\s+mim\\s+(?:ok|tudo\\s+bem|pode\\s+ser)|pode\\s+ser|acho\\s+ótimo"
          + "|também\\s+acho|bora|fechou|tá\\s+bom|tudo\\s+bem|ok(?:ay)?|👍|✅)(?!\\p{L})"),
      p("\\b(?:mas|porém|não\\s+concordo|espera)\\b"),
      p("\\b(?:eu\\s+(?:cuido|configuro|faço|envio|reviso|atualizo|escrevo|preparo|vou)"
          + "|deixa\\s+comigo|fico\\s+com)\\b\\s*(?:d[oae]s?\\s+)?"
          + "|\\beu\\s+(?:(?:o|a|os|as|lhe|me|te)\\s+)?"
          + "(?!acho|sei|penso|creio|estou|tenho|prefiro)\\p{L}+o\\b"
          + "|^\\W*(?:\\p{L}+,\\s*)?(?:faço|envio|mando|reviso|preparo|reservo|atualizo|cuido"
          + "|resolvo|verifico|ligo|escrevo|gero|configuro|monto|aviso)\\b"
          // "posso preparar o material", "vou mandar o convite", "pode deixar": offered or taken.
          + "|(?<!\\b(?:não|se)\\s)\\b(?:eu\\s+)?posso\\s+(?!ser\\b|estar\\b|imaginar|entender|ver\\b|dizer\\b"
          + "|confirmar)(?:(?:o|a|os|as|lhe|me|te|se)\\s+)?\\p{L}+(?:ar|er|ir)\\b"
          + "|(?<!\\bnão\\s)\\bvou\\s+(?!ser\\b|estar\\b|ter\\b|ver\\s+se\\b)\\p{L}+(?:ar|er|ir)\\b"
          + "|\\bfico\\s+de\\s+|\\bpode\\s+deixar\\b|\\bdeixa\\s+que\\s+eu\\b"
          // "tenho que falar com o Jorge", "preciso avisar o RH": an obligation taken on.
          + "|(?<!\\b(?:não|se)\\s)\\b(?:tenho\\s+(?:que|de)|preciso(?:\\s+de)?)\\s+"
          + "(?!ver\\s+se|dizer|admitir|confessar)\\p{L}+(?:ar|er|ir)\\b"
          // "Desligo agora", "Consigo, de manhã": the present tense with a time is a plan.
          + "|^\\W*(?:(?:beleza|ok|blz|certo|sim|claro|tá|combinado|fechado)[\\s,!.]+)?(?:eu\\s+)?"
          + "(?:(?:o|a|os|as|lhe|te)\\s+)?(?!(?:acho|sei|penso|espero|estou|tenho|isso|isto|pronto"
          + "|tudo|novo|nada|cedo|pouco|muito|não|agora|como|quando|ainda|mesmo|certo|claro)\\b)"
          + "\\p{L}{3,}o(?=[\\s,]+(?:\\p{L}+\\s+){0,3}?(?:agora|hoje|amanhã|de\\s+manhã|à\\s+tarde"
          + "|esta\\s+semana|ainda\\s+hoje)\\b)"),
      p("\\b(?:eu\\s+(?:acho|espero|estou))\\b"),
      p("^\\W*(?:alguém\\s+pode|(?:por\\s+favor|pf)\\s+(?=\\p{L}+\\s))"),
      p("[\\s,:]*(?:(?:pode|podes|poderia)\\s+(?:por\\s+favor\\s+)?|por\\s+favor\\s+)"),
      p("^\\W*(?:deixa\\s+comigo|pode\\s+deixar|sim|claro|ok|combinado)\\b"),
      p("^\\W*(?:boa\\s+pergunta|não\\s+faço\\s+ideia|não\\s+sei|ainda\\s+não|ninguém|talvez)\\b"),
      p("\\b(?:perguntar\\s+(?:ao|à|a)|confirmar\\s+com|ver\\s+com|falar\\s+com|é\\s+com)\\s+"
          + "(<@[UW][A-Z0-9]+>|o\\s+\\p{L}+|a\\s+\\p{L}+|\\p{L}+)"),
      p("^\\W*(?:podemos|pode|há|tem|temos|é|são|devemos|está)\\b"),
      p("^\\W*(?:sim|não|ainda\\s+não|claro|exato|feito)\\b"),
      p("^\\W*(?:olá|oi|bom\\s+dia|boa\\s+tarde)\\b"),
      p("\\b(?:esquece|já\\s+achei|resolvido)\\b"),
      p("^\\W*(?:(?:então|bom|ok)[\\s,]+)?(?:decisão|decidido|decidimos|tarefa|pendente"
          + "|próximos\\s+passos)\\s*[:\\-–—]\\s*"),
      p("^\\W*(?:obrigad[oa]|valeu|ok|beleza|ótimo|👍|\\+1)\\W*$"));

  private static final Cues JAPANESE = new Cues(
      p("決定|決めました|決まりました|に決め|で行きましょう|でいきましょう|それで行きます|承認"
          + "|で進めます|にします|ことにします|ことにしました|で決まり|でいきます|今後は|これからは"),
      p("まだ決まって|未定|検討中|次の(?:定例|会議|ミーティング)で|後で決め|あとで決め|様子を見"
          + "|わかりません|分かりません|かもしれません|保留|まだ決めて|決めていません|次回"
          + "|会議で(?:決め|相談)|で相談しましょう|後回し"),
      p("しましょう|ましょう|べきです|した方がいい|はどうでしょう|提案|(?:た|る)(?:方|ほう)がいい"
          + "|にしませんか|でいきませんか|はどうですか"),
      p("^\\W*(?:賛成|了解|承知しました|それでいきましょう)\\W*$"),
      p("^\\W*(?:\\+1|賛成|了解|いいですね|いいと思います|同意|承知しました|そうですね"
          + "|異論(?:は)?ありません|問題(?:は)?ありません|わかりました|それでお願いします|👍|✅)"),
      p("でも|しかし|反対|ちょっと待"),
      p("(?:私|わたし|僕|ぼく|自分)が.{0,60}?ます|やっておきます|(?:対応|担当|確認|連絡|作成|修正"
          + "|調査|共有)します|調べます|送ります|(?:書き|やり|用意し|準備し)ます"
          + "|(?!決定|承認)\\p{IsHan}{2,}(?:します|しておきます|いたします)(?:ね)?(?=[。！!]|$)"
          // "参加者に聞いてみます", "資料を送っておきます": trying or seeing to it, said politely.
          + "|\\p{IsHiragana}[てで](?:みます|おきます)(?:ね)?(?=[。！!]|$)|やります(?:ね)?(?=[。！!]|$)"
          // "田中さんに聞かないといけません": an obligation taken on.
          + "|(?<!なら|れば|たら)\\p{IsHiragana}(?:なければ(?:なりません|いけません)|ないといけません)"
          + "(?:ね)?(?=[。！!]|$)"),
      p("と思います|かもしれません"),
      p("(?:誰か|どなたか).{0,30}(?:お願いします|できますか|もらえますか)"),
      p("[\\s、,]*(?:さん)?[\\s、,]*(?:.{0,40}?(?:お願いします|してもらえますか|してください))"),
      p("^\\W*(?:了解|承知|やります|対応します|はい)"),
      p("^\\W*(?:まだ決まって|まだ決めて|わかりません|分かりません|未定|誰も|いい質問)"),
      p("(<@[UW][A-Z0-9]+>|\\p{L}+さん|\\p{L}+チーム)に(?:確認|聞い|相談)"),
      p("(?:ますか|ですか|でしょうか)[？?]?$"),
      p("^\\W*(?:はい|いいえ|まだです|そうです|完了)"),
      p("^\\W*(?:おはよう|こんにちは|お疲れ様)"),
      p("解決しました|見つかりました"),
      p("^\\W*(?:決定事項|TODO|タスク)\\s*[:：\\-–—]\\s*"),
      p("^\\W*(?:ありがとう(?:ございます)?|了解です|👍|\\+1)\\W*$"));

  private static final Map<String, Cues> BY_LANGUAGE = Map.of(
      "en", ENGLISH, "de", GERMAN, "fr", FRENCH, "es", SPANISH, "pt", PORTUGUESE,
      "ja", JAPANESE);

  /** "Done", "Rollback done", "Erledigt": a report that what was taken on is finished. */
  private static final Map<Cues, Pattern> DONE = Map.of(
      ENGLISH, en("^\\W*(?:[\\w-]+\\s+)?(?:done|finished|completed)\\b|^\\W*(?:fixed|deployed"
          + "|merged|shipped|sent|killed|restored|booked|reserved|ordered|filed|posted|scheduled"
          + "|installed|submitted|published)\\b|\\b(?:is|are|'s|'re)\\s+(?:now\\s+|all\\s+)?"
          + "(?:done|through|live|fixed|back|restored|deployed|stable|sorted|flushed|updated|booked"
          + "|sent|reserved|ordered|filed|posted|scheduled|installed|submitted|published)\\b"),
      GERMAN, p("^\\W*(?:[\\p{L}-]+\\s+)?(?:erledigt|fertig|gemacht|gebucht|verschickt|reserviert)\\b"
          + "|\\b(?:ist|sind)\\s+(?:jetzt\\s+)?(?:erledigt|fertig|erneuert|behoben|live|aktualisiert"
          + "|gebucht|verschickt|reserviert|eingerichtet|installiert)\\b"
          + "|\\b(?:läuft|laufen|funktioniert)\\s+wieder\\b"),
      FRENCH, p("^\\W*(?:c'est\\s+fait|fait|terminé|envoyé|réservé|publié)\\b"
          + "|\\bc'est\\s+(?:fait|envoyé|réservé|publié|installé|parti)\\b|\\best\\s+(?:réglé"
          + "|corrigé|en\\s+ligne)\\b|\\bfonctionne\\s+à\\s+nouveau\\b"),
      SPANISH, p("^\\W*(?:hecho|listo|terminado|enviado|reservado)\\b"
          + "|\\bya\\s+(?:está|están)\\s+(?:activ|list|hech|arreglad|instalad|enviad|reservad)"
          + "|\\bya\\s+(?:(?:lo|la|los|las|le|les)\\s+)?\\p{L}+é\\b|\\bfunciona(?:n)?\\s+de\\s+nuevo\\b"),
      PORTUGUESE, p("^\\W*(?:feito|pronto|concluído|enviado|reservado)\\b"
          + "|\\bjá\\s+(?:está|estão)\\s+(?:pront|feit|no\\s+ar|enviad|reservad|instalad|desligad)"
          + "|\\bjá\\s+(?:(?:o|a|os|as|lhe)\\s+)?\\p{L}+ei\\b|\\bfuncionando\\s+de\\s+novo\\b"),
      JAPANESE, p("完了|終わりました|対応しました|戻りました|復旧しました|済みです|予約しました|送りました"
          + "|送信しました|共有しました|押さえました"));

  /**
   * "Ana will update the runbook", "<@U2> übernimmt die Migration", "Lucía se encarga de…": a
   * task given to someone named, by name or mention (group 1), the task after the match.
   */
  private static final Map<Cues, Pattern> ASSIGNED = Map.of(
      ENGLISH, Pattern.compile("^\\W*(<@[UW][A-Z0-9]+>|\\p{Lu}[\\p{L}'-]*)(?:'ll|\\s+will|\\s+is\\s+going"
          + "\\s+to|\\s+takes|\\s+owns|\\s+handles|\\s+is\\s+on)\\s+(?!be\\b|not\\b|never\\b)"),
      GERMAN, p("^\\W*(<@[UW][A-Z0-9]+>|\\p{Lu}\\p{L}+)\\s+(?:übernimmt|kümmert\\s+sich\\s+um"
          + "|macht|schreibt|schickt|prüft)\\s+"),
      FRENCH, p("^\\W*(<@[UW][A-Z0-9]+>|\\p{Lu}\\p{L}+)\\s+(?:s'occupe\\s+(?:de\\s+|d')?|va\\s+"
          + "|prend\\s+)"),
      SPANISH, p("^\\W*(<@[UW][A-Z0-9]+>|\\p{Lu}\\p{L}+)\\s+(?:se\\s+encarga\\s+de|va\\s+a"
          + "|prepara|envía|revisa)\\s+"),
      PORTUGUESE, p("^\\W*(<@[UW][A-Z0-9]+>|\\p{Lu}\\p{L}+)\\s+(?:cuida\\s+d[aoe]s?|vai|fica\\s+com"
          + "|prepara|envia|revisa)\\s+"),
      JAPANESE, p("^\\W*(<@[UW][A-Z0-9]+>|\\p{L}+?)さんが"));

  private static final Map<Cues, Choices> CHOICES = Map.of(
      ENGLISH, Choices.ENGLISH, GERMAN, Choices.GERMAN, FRENCH, Choices.FRENCH,
      SPANISH, Choices.SPANISH, PORTUGUESE, Choices.PORTUGUESE, JAPANESE, Choices.JAPANESE);

  /** Every English deferral cue contains one of these (kept in step with the cues). */
  private static final CueHints DEFERRAL_HINTS = CueHints.of("see", "tbd", "tbc", "to be ",
      "open", "decid", "discuss", "revisit", "talk about", "figure", "come back", "not ",
      "check", "find out", "look into", "investigat", "verify", "confirm", "say", "imagine",
      "hypothetic", "wait", "hold off", "park", "pin in", "depends", "sure", "maybe", "before",
      "thinking", "thought", "table", "until", "go there", "someday", "reassess", "later",
      "next", "first", "tomorrow", "another time", "answer", "settle", "cover", "raise", "bring",
      "take", "call", "up to", "hold", "priority", "parking", "burner");

  /** Whether the text postpones or muses rather than settles ({@link #deferral()}). */
  boolean isDeferral(String text) {
    return (this != ENGLISH || DEFERRAL_HINTS.mayMatch(text)) && deferral.matcher(text).find();
  }

  /** A report that a task is finished. */
  Pattern done() {
    return DONE.get(this);
  }

  static Cues of(String language) {
    return BY_LANGUAGE.getOrDefault(language, ENGLISH);
  }

  /** A task given to someone named ({@link #ASSIGNED}). */
  Pattern assigned() {
    return ASSIGNED.get(this);
  }

  /** How a choice is put and settled in this language. */
  Choices choices() {
    return CHOICES.get(this);
  }

  boolean isEnglish() {
    return this == ENGLISH;
  }

  /**
   * Whether a sentence is a question: "?" at the end in any script, or, in Japanese, the
   * question particle か closing the sentence.
   */
  boolean isQuestion(String sentence) {
    String t = sentence.strip();
    if (t.endsWith("?") || t.endsWith("？")) {
      return true;
    }
    return this == JAPANESE && (t.endsWith("か") || t.endsWith("か。"));
  }

  /** Small talk in this language (English has its own word list, {@link SmallTalk}). */
  boolean isSmallTalk(String sentence, java.util.List<String> words) {
    return smallTalk == null ? SmallTalk.isSmallTalk(sentence, words)
        : words.isEmpty() || smallTalk.matcher(sentence).find();
  }
}
