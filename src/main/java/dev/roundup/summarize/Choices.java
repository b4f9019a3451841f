package dev.roundup.summarize;

import static dev.roundup.summarize.Cues.en;
import static dev.roundup.summarize.Cues.p;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a choice is put to a group and how it is settled, per language. Teams rarely write "we
 * decided": someone asks "Jira or Linear?", others say what they prefer, and someone closes with
 * "Linear then"; or someone asks "can we still deploy the static site?" and the person who may
 * say so answers "yes, it is exempt"; or someone states a plan and asks "objections?". The
 * {@link DecisionDetector} holds those rules; this says how each step is worded.
 *
 * @param options        joins the alternatives of a question ("A or B?")
 * @param factual        opens a question about what is, not what to do ("is it the DB or the
 *                       cache?", "which one, the Prusa or the old Ultimaker?"): its answer is a
 *                       diagnosis or says which thing is meant, not a decision
 * @param actionQuestion a yes/no question about what we (or I) may or should do ("can we…",
 *                       "sollen wir…", "on garde…?", "¿la pausamos?", "ロールバックしますか"), or
 *                       what a part of the team should do ("should the morning show announce
 *                       …?", "soll die Morningshow ansagen, …?")
 * @param grant          how a reply to such a question opens when it settles it: yes, no, go
 *                       ahead
 * @param objectionCall  a question or a line that puts a stated plan to the group
 *                       ("Objections?", "Einwände?", "ça vous va ?", "shout if you disagree",
 *                       「異論あればどうぞ」)
 * @param noObjection    a reply to that call which lets the plan stand ("none", "no objections")
 * @param conclusion     a closing word that restates a choice as taken ("Porto then", "Gut,
 *                       also Kochkurs", "Então fica dia 17", "では…")
 * @param hedge          words that qualify an answer without withholding it ("I think Dora
 *                       does, not sure though", "maybe two days")
 */
record Choices(Pattern options, Pattern factual, Pattern actionQuestion, Pattern grant,
    Pattern objectionCall, Pattern noObjection, Pattern conclusion, Pattern hedge) {

  static final Choices ENGLISH = new Choices(
      en("\\bor\\b"),
      en("^\\W*(?:is|are|was|were|did|does|has|have|had)\\b(?!\\s+we\\b)"
          // "the led on the sensor is green or orange?": the state of a thing named first.
          + "|^\\W*the\\s+(?:[\\w-]+\\s+){1,4}?(?:is|are)\\s+(?!(?:we|going|to)\\b)[\\w-]+\\s+or\\b"
          // "and was it the DB or the cache?", "also is it the fan?": a state asked after a word of
          // lead-in.
          + "|^\\W*(?:(?:and|also|so|but|ok(?:ay)?)\\W+)+(?:is|are|was|were|did|does|has|have|had)\\s+"
          + "(?:it|they|he|she|this|that|there)\\b"
          // What happened, asked after the thing named: not "launch date: is it monday or tuesday?",
          // the date still to choose.
          + "|(?:\\s[—–-]\\s+|:\\s+)(?:was|were|did|had)\\s+(?:it|they|he|she|this|that|there)\\b"
          // "do we actually have a way to freeze seats, or is that just a promise?": what is.
          // "do they forward or use the IMAP connector?": what someone else does.
          + "|^\\W*(?:do|does|did)\\s+(?:they|he|she)\\b"
          + "|^\\W*(?:do|does|did)\\s+(?:we|you|they|it)\\s+(?:(?:actually|already|even|still"
          + "|really)\\s+)?(?:have|has|know|support|exist|work|own)\\b"
          // "Which one, the Prusa or the old Ultimaker?": which thing is meant.
          + "|^\\W*which\\s+one\\s*(?:[,:—–-]|\\s+(?:the|your|is\\s+it|do\\s+you\\s+mean)\\b)"),
      en("^\\W*(?:(?:and|so|then|ok|okay|also|but)\\W+)?(?:can|could|should|shall|may)"
          + "\\s+(?:we|i)\\b"
          // "should the morning show announce that we're on DAB?": what a part of the team does.
          + "|^\\W*(?:(?:and|so|then|also)\\W+)?should\\s+the\\s+[\\w-]+(?:\\s+[\\w-]+)?\\s+"
          + "(?:announce|tell|say|post|go|switch|run|stay|stop|start|close|open)\\b"
          + "|\\b(?:are|were)\\s+we\\s+(?:going|ok|okay|allowed|fine)\\b"
          + "|\\b(?:ok|okay|fine|alright)\\s+(?:to|if\\s+(?:we|i))\\b|\\bdo\\s+we\\s+(?:want|need)\\b"
          // "do we allow mid-term downgrades?": asks what the rule is.
          + "|^\\W*(?:(?:and|so|then|also|but)\\W+)?do\\s+we\\s+(?:allow|offer|accept|give|refund"
          + "|grant|permit|charge|waive|resend|make\\s+exceptions)\\b"
          // "do we cancel the queued jobs?", "ok so do we also notify the DWI?", "do we put out a
          // delay message?": asks what to do
          // now. Not what is done as a habit or a rule: "do we send invoices monthly?", "do we call
          // the pricing api twice per request?", "do we cancel orders if the payment fails?".
          + "|^\\W*(?:(?:and|so|then|also|but|ok(?:ay)?)\\W+){0,2}do\\s+we\\s+(?:just\\s+|also\\s+)?"
          + "(?:cancel|send|stop|pause|tell|warn|notify|call|reopen|roll\\s*back|revert|restart|wait"
          + "|delay|postpone|switch|pull|book|evacuate|shut|escalate|announce|disable|divert|reroute"
          + "|re-?run|retry|put|post|add|issue|close|open|move|extend|order|buy|hire|require"
          + "|block|ban|publish|reschedule|cut|skip|remove|contact|email|text)\\b"
          + "(?![^?]*\\b(?:usually|always|normally|ever|automatically|typically"
          + "|generally|regularly|routinely|every|each|daily|weekly|monthly|yearly|annually|per|twice"
          + "|nightly|hourly|weekends|whenever|if|when|anymore|at\\s+all|on\\s+\\w+days)\\b)"
          // "are we mentioning the deprecation in these notes?": asks what the plan includes.
          // Plans, not states: "are we seeing errors again?" asks what is happening.
          + "|^\\W*(?:(?:and|so|then|also)\\W+)?(?:are|were)\\s+we\\s+(?:still\\s+)?(?:doing|keeping"
          + "|adding|including|mentioning|shipping|using|moving|switching|removing|changing"
          + "|announcing|launching|releasing|skipping|inviting|publishing|offering|supporting)\\b"
          // "and are we still paying the invoice for this delivery?", "are we still opening on
          // sunday?": whether a plan made before still stands. Not "are we still seeing errors?",
          // "are we still running out of disk?", "are we still sending duplicate emails?", "are
          // we still charging them twice?", which ask what is happening: verbs of what a system
          // does are left out.
          + "|^\\W*(?:(?:and|so|then|also|but|ok(?:ay)?)\\W+)?(?:are|were)\\s+we\\s+still\\s+"
          + "(?:paying|refunding|ordering|booking|opening|closing|hosting|printing"
          + "|going\\s+ahead|going\\s+with)\\b"
          // "…, but customer calls are still fine right?": asks how far a rule just put reaches.
          // "halt the staged rollout of 5.12 too?": what the plan does, not what is ("is Ana
          // coming too?").
          + "|^(?!\\W*(?:is|are|was|were|did|does|has|have|had|who|what|why|will|would)\\b)[^?]*"
          + "\\btoo\\s*\\?\\s*$"
          + "|\\b(?:still\\s+(?:fine|ok|okay|allowed)|allowed|exempt|excluded|included)"
          + "\\W*(?:right|correct|yes)\\W*$"),
      en("^\\W*(?:yes|yep|yeah|yup|no|nope|nah|right|correct|sure|absolutely|definitely"
          + "|of\\s+course|go\\s+(?:ahead|for\\s+it)|green\\s+light|fine\\s+by\\s+me|no\\s+need"
          + "|ok(?:ay)?)\\b"
          // "policy is no mid-term downgrades", "not over email, policy says …", "we don't do
          // partial refunds": the rule, stated as the answer.
          + "|^\\W*(?:(?:the|our)\\s+)?(?:policy|rule)\\s+(?:is|says)\\b|^\\W*no\\s+exceptions?\\b"
          + "|^\\W*not\\s+(?:over|by|via|through|without|before|until)\\b"
          + "|^\\W*we\\s+(?:don'?t|never|always|only)\\s+(?!know|think|have|see|remember|care)\\w+"),
      en("^\\W*(?:any\\s+)?(?:objections?|concerns?|thoughts|opinions|disagreements?|complaints"
          + "|comments|pushback)\\W*$|\\bok(?:ay)?\\s+(?:with|for)\\s+(?:everyone|everybody"
          + "|you\\s+all|y'all|all)\\b|\\beveryone\\s+(?:ok|okay|fine|good|happy)\\b"
          + "|\\bwdyt\\b|^\\W*sound\\s+(?:good|ok|okay|right)\\b"
          // "shout if you disagree", "let me know if anyone objects": the call said, not asked.
          + "|\\b(?:shout|speak\\s+up|say\\s+so|let\\s+(?:me|us)\\s+know|lmk)\\s+if\\s+(?:you\\s+|anyone\\s+"
          + "|someone\\s+|somebody\\s+)?(?:disagrees?|objects?|ha(?:s|ve)\\s+(?:an?\\s+|any\\s+)?objections?)\\b"),
      en("^\\W*(?:none|no\\s+(?:objections?|concerns?|complaints)|nope|not\\s+from\\s+me"
          + "|nothing\\s+from\\s+me|all\\s+good|none\\s+(?:from|here)|fine\\s+by\\s+me)\\b"),
      en("^\\W*(?:ok(?:ay)?|alright|all\\s+right|so|fine|good|great|cool|perfect|agreed"
          + "|fair(?:\\s+enough)?)\\s*[,.:;!—–-]+\\s*(?=\\w)|\\bthen\\W*$"),
      en("\\b(?:maybe|perhaps|probably|i\\s+think|i\\s+guess|i\\s+believe|not\\s+(?:100%\\s+)?sure"
          + "(?:\\s+though)?|iirc|afaik|roughly)\\b"));

  static final Choices GERMAN = new Choices(
      p("\\boder\\b"),
      p("^\\W*(?:ist|sind|war|waren|hat|haben|hatte)\\b(?!\\s+wir\\b)"
          + "|^\\W*(?:der|die|das)\\s+(?:[\\p{L}-]+\\s+){1,4}?(?:ist|sind)\\s+[\\p{L}-]+\\s+oder\\b"
          // "nutzen sie SSO oder Passwörter?": what someone else does.
          + "|^\\W*(?:nutzen|benutzen|verwenden)\\s+(?:sie|die)\\b"
          // "Welcher, der Prusa oder der alte Ultimaker?": which thing is meant.
          + "|^\\W*welche[rsn]?(?:\\s+(?:denn|genau))?\\s*[,:—–-]"),
      p("\\b(?:können|sollen|sollten|müssen|dürfen|wollen|machen|nehmen|lassen|bleiben"
          + "|gehen|brauchen)\\s+wir\\b|\\b(?:kann|darf|soll)\\s+ich\\b|\\bist\\s+es\\s+ok\\b"
          // "soll die Morningshow ansagen, dass …?": what a part of the team does.
          + "|^\\W*(?:und\\s+)?(?:soll|sollte)\\s+(?:die|der|das)\\s+\\p{L}+\\s+(?:ansagen|sagen|melden"
          + "|posten|umstellen|bleiben|aufhören|anfangen|schließen|öffnen)\\b"),
      p("^\\W*(?:ja|jap|nein|klar|genau|richtig|auf\\s+jeden\\s+fall|natürlich|sicher"
          + "|nicht\\s+nötig|leg\\s+los|mach\\s+(?:ruhig|das)|laut\\s+(?:richtlinie|policy|regel)"
          + "|die\\s+regel\\s+ist|keine\\s+ausnahme|wir\\s+(?:machen|geben|erstatten)\\s+(?:kein|nie))\\b"),
      p("^\\W*(?:irgendwelche\\s+)?(?:einwände|bedenken|meinungen|widerspruch)\\W*$"
          + "|\\b(?:passt\\s+das|ok|okay|einverstanden)\\s+für\\s+(?:alle|euch)\\b"
          + "|^\\W*(?:einverstanden|passt\\s+das)\\W*$"
          + "|\\b(?:wenn|falls)\\s+(?:jemand|ihr)\\s+(?:einwände|bedenken|was\\s+dagegen)\\s+ha(?:t|bt),?\\s+(?:bitte\\s+)?"
          + "(?:melden|sagen|bescheid)\\b"),
      p("^\\W*(?:keine(?:\\s+einwände|\\s+bedenken)?|nein|von\\s+mir\\s+nicht|passt)\\b"),
      p("^\\W*(?:ok(?:ay)?|gut|also|dann|alles\\s+klar|na\\s+gut|prima|super|passt"
          + "|einverstanden)\\s*[,.:;!—–-]+\\s*(?=\\p{L})|^\\W*(?:dann|also)\\s+(?=\\p{L})"
          + "|\\b(?:dann|also)\\W*$"),
      p("\\b(?:vielleicht|wahrscheinlich|ich\\s+glaube|ich\\s+denke|nicht\\s+sicher|vermutlich"
          + "|ungefähr)\\b"));

  static final Choices FRENCH = new Choices(
      p("\\bou\\b"),
      p("^\\W*(?:est-ce\\s+que\\s+c'(?:est|était)|c'est|c'était)\\b"
          + "|^\\W*(?:le|la|les|l')\\s*(?:[\\p{L}-]+\\s+){1,4}?(?:est|sont)\\s+[\\p{L}-]+\\s+ou\\b"
          // "ils ont le SSO ou des mots de passe ?": what someone else has or does.
          + "|^\\W*(?:est-ce\\s+qu')?(?:ils|elles)\\s+(?:ont|utilisent|passent|font)\\b"
          // "Laquelle, la Prusa ou la vieille Ultimaker ?": which thing is meant.
          + "|^\\W*(?:lequel|laquelle|lesquels|lesquelles)\\s*[,:—–-]"),
      p("\\b(?:peut-on|doit-on|faut-il|pouvons-nous|devons-nous|est-ce\\s+qu'on"
          + "|on\\s+(?:peut|doit|garde|fait|passe|met|pourrait|devrait|prend|reste|coupe)"
          + "|je\\s+peux|puis-je)\\b"
          // "est-ce que la matinale doit annoncer …?": what a part of the team does.
          + "|^\\W*(?:est-ce\\s+que\\s+)?(?:la|le|les)\\s+\\p{L}+\\s+(?:doit|devrait|doivent"
          + "|devraient)\\s+(?:annoncer|dire|prévenir|publier|passer|rester|arrêter|commencer"
          + "|fermer|ouvrir)\\b"),
      p("^\\W*(?:oui|non|bien\\s+sûr|exactement|évidemment|pas\\s+besoin|vas-y|allez-y"
          + "|feu\\s+vert|la\\s+(?:règle|politique)\\s+(?:est|dit)|pas\\s+d'exception"
          + "|on\\s+ne\\s+(?:fait|rembourse|donne|accepte)\\s+pas)\\b"),
      p("^\\W*(?:des\\s+)?(?:objections|remarques|avis)\\s*[?？]*\\W*$|\\bça\\s+vous\\s+va\\b"
          + "|\\bsi\\s+(?:quelqu['’]un|vous|tu)\\s+(?:a|avez|as)\\s+(?:une\\s+|des\\s+)?objections?,?\\s+"
          + "(?:dites-le|dis-le|signalez-le|c['’]est\\s+maintenant)\\b"
          + "|\\bok\\s+pour\\s+(?:tout\\s+le\\s+monde|vous)\\b|^\\W*d'accord\\s*[?？]"),
      p("^\\W*(?:aucune|non|pas\\s+d'objection|rien\\s+à\\s+redire|ça\\s+me\\s+va)\\b"),
      p("^\\W*(?:ok(?:ay)?|bon|alors|donc|d'accord|parfait|très\\s+bien|entendu|va\\s+pour)(?!\\p{L})"
          + "\\s*[,.:;!—–-]*\\s*(?=\\p{L})|\\b(?:alors|donc)\\W*$"),
      p("\\b(?:peut-être|probablement|je\\s+crois|je\\s+pense|pas\\s+sûr|environ"
          + "|à\\s+peu\\s+près)\\b"));

  static final Choices SPANISH = new Choices(
      p("\\b[ou]\\b"),
      p("^\\W*¿?\\s*(?:es|son|era|fue|está|están|hay)\\b"
          // "¿el led del sensor está verde o naranja?": el estado de algo nombrado primero.
          + "|^\\W*¿?\\s*(?:el|la|los|las)\\s+(?:[\\p{L}-]+\\s+){1,4}?(?:es|son|está|están)\\s+[\\p{L}-]+\\s+[ou]\\b"
          // "¿tienen SSO o usuario/contraseña?": what someone else has or uses.
          + "|^\\W*¿?\\s*(?:tienen|usan|utilizan)\\b"
          // "¿Cuál, la Prusa o la Ultimaker vieja?": which thing is meant.
          + "|^\\W*¿?\\s*(?:cuál|cuáles)(?:\\s+de\\s+(?:los|las)\\s+dos)?\\s*[,:—–-]"),
      p("^\\W*¿?\\s*se\\s+(?:le\\s+|les\\s+|lo\\s+|la\\s+)?(?:puede|devuelve|hace|permite|cobra"
          + "|acepta|reembolsa|da|ofrece|aplica)\\b"
          + "|\\b(?:podemos|debemos|deberíamos|hacemos|vamos|puedo"
          + "|(?!tenemos|sabemos|hemos|estamos|creemos|vemos|somos)\\p{L}{3,}(?:amos|emos|imos))\\b"
          // "¿el programa de la mañana debe anunciar …?": what a part of the team does.
          + "|^\\W*¿?\\s*(?:el|la|los|las)\\s+\\p{L}+(?:\\s+de\\s+la\\s+\\p{L}+)?\\s+(?:debe|debería"
          + "|deben|deberían)\\s+(?:anunciar|decir|avisar|publicar|pasar|quedarse|parar|empezar"
          + "|cerrar|abrir)\\b"),
      p("^\\W*(?:sí|si,|no|claro|exacto|por\\s+supuesto|no\\s+hace\\s+falta|adelante|dale"
          + "|la\\s+política\\s+(?:es|dice)|sin\\s+excepci(?:ón|ones))\\b"),
      p("^\\W*¿?\\s*(?:alguna\\s+)?objeci(?:ón|ones)\\W*$|\\b(?:os|les)\\s+parece\\b"
          + "|^\\W*¿?\\s*de\\s+acuerdo\\s*[?？]"
          + "|\\bsi\\s+alguien\\s+tiene\\s+(?:alguna\\s+)?objeci(?:ón|ones),?\\s+(?:que\\s+)?(?:lo\\s+)?(?:diga|avise)\\b"),
      p("^\\W*(?:ninguna|no|me\\s+parece\\s+bien|por\\s+mí\\s+bien|de\\s+acuerdo)\\b"),
      p("^\\W*(?:ok(?:ay)?|vale|bueno|entonces|pues|perfecto|de\\s+acuerdo|listo)(?!\\p{L})"
          + "\\s*[,.:;!—–-]*\\s*(?=\\p{L})|\\bentonces\\W*$"),
      p("\\b(?:quizás?|tal\\s+vez|probablemente|creo(?:\\s+que)?|no\\s+estoy\\s+segur[oa]"
          + "|más\\s+o\\s+menos)\\b"));

  static final Choices PORTUGUESE = new Choices(
      p("\\bou\\b"),
      p("^\\W*(?:é|são|era|foi|está|estão|há)\\b"
          + "|^\\W*(?:o|a|os|as)\\s+(?:[\\p{L}-]+\\s+){1,4}?(?:é|são|está|estão)\\s+[\\p{L}-]+\\s+ou\\b"
          // "eles têm SSO ou senha?": what someone else has or uses.
          + "|^\\W*(?:eles|elas|ele|ela|o\\s+cliente)\\s+(?:têm|tem|usam|usa)\\b"
          // "Qual, a Prusa ou a Ultimaker velha?": which thing is meant.
          + "|^\\W*(?:qual|quais)(?:\\s+(?:del[ae]s|dos\\s+dois|das\\s+duas))?\\s*[,:—–-]"),
      p("\\b(?:podemos|devemos|fazemos|vamos|posso"
          + "|(?!temos|sabemos|estamos|achamos|vimos|fomos|tivemos|fizemos)"
          + "\\p{L}{3,}(?:amos|emos|imos))\\b"
          // "o programa da manhã deve anunciar …?": what a part of the team does.
          + "|^\\W*(?:o|a|os|as)\\s+\\p{L}+(?:\\s+da\\s+\\p{L}+)?\\s+(?:deve|deveria|devem"
          + "|deveriam)\\s+(?:anunciar|avisar|dizer|publicar|passar|ficar|parar|começar|fechar"
          + "|abrir)\\b"),
      p("^\\W*(?:sim|não|claro|exato|com\\s+certeza|não\\s+precisa|pode\\s+seguir|manda\\s+ver"
          + "|pode\\s+ir|a\\s+política\\s+(?:é|diz)|sem\\s+exceção)\\b"),
      p("^\\W*(?:alguma\\s+)?objeç(?:ão|ões)\\W*$|\\btudo\\s+bem\\s+para\\s+todos\\b"
          + "|^\\W*(?:concordam|o\\s+que\\s+acham)\\s*[?？]"
          + "|\\bse\\s+alguém\\s+tiver\\s+(?:alguma\\s+)?objeç(?:ão|ões),?\\s+(?:é\\s+só\\s+)?(?:falar|avisar|fala|avisa)\\b"),
      p("^\\W*(?:nenhuma|não|por\\s+mim\\s+(?:ok|tudo\\s+bem)|concordo)\\b"),
      p("^\\W*(?:ok(?:ay)?|então|beleza|bom|fechado|perfeito|combinado|certo)(?!\\p{L})"
          + "\\s*[,.:;!—–-]*\\s*(?=\\p{L})|\\bentão\\W*$"),
      p("\\b(?:talvez|provavelmente|acho(?:\\s+que)?|não\\s+tenho\\s+certeza"
          + "|mais\\s+ou\\s+menos)\\b"));

  static final Choices JAPANESE = new Choices(
      p("それとも|または|か.{1,20}か[？?]"),
      // "どっち？Prusa？それとも古いUltimaker？": which thing is meant.
      p("^\\W*(?:原因は|これは)|^\\W*(?:どれ|どっち|どちら)(?:のこと)?(?:です)?(?:か)?[？?、,]"),
      p("(?:します|しましょう|しません|やります|いきます|進めます|できます|いいです|べきです)か"
          + "[？?]?$|てもいいですか|てもよろしいですか"),
      p("^\\W*(?:はい|いいえ|いえ|ええ|そうですね|そうしましょう|もちろん|大丈夫です|お願いします"
          + "|規定(?:上|では)|ルール(?:上|では)|例外(?:は)?(?:なし|ありません|認めません))"),
      p("(?:異論|反対|問題)(?:は)?(?:あります|ない(?:です)?)か|いかがでしょうか|よろしいですか"
          // 「異論あればどうぞ」: 反対を求める一言。計画そのものではない.
          + "|(?:異論|反対(?:意見)?|問題|意見)(?:が)?あれば(?:どうぞ|お願いします|(?:言って|教えて|コメント)"
          + "(?:ください|下さい))"),
      p("^\\W*(?:ありません|異論(?:は)?ありません|問題(?:は)?ありません|大丈夫です|賛成)"),
      p("^\\W*(?:では|じゃあ|それでは|それなら|なら)[、,]?"),
      p("たぶん|多分|かもしれません|と思います|おそらく|くらい|ぐらい"));

  private static final Map<String, Choices> BY_LANGUAGE = Map.of(
      "en", ENGLISH, "de", GERMAN, "fr", FRENCH, "es", SPANISH, "pt", PORTUGUESE,
      "ja", JAPANESE);

  static Choices of(String language) {
    return BY_LANGUAGE.getOrDefault(language, ENGLISH);
  }

  /** The text without the words that only qualify it ("I think", "maybe"). */
  String withoutHedges(String text) {
    return hedge.matcher(text).replaceAll(" ");
  }
}
