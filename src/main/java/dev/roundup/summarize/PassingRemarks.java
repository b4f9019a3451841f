package dev.roundup.summarize;

import dev.roundup.slack.SlackText;
import dev.roundup.summarize.ActionCandidate.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First-person words that read like a commitment and leave nothing to do: a bare "I'll look"
 * said on first hearing of a problem ("je regarde", "確認します", "lo miro"), whose findings
 * follow in the thread; a proposal put in the first person ("Je propose qu'on migre vers
 * Outline", "I propose we …", "yo propongo bajar a 4 platos"), which the group decides on;
 * and saying when one is free ("yo puedo el sábado entero", "je peux samedi"), which answers a
 * question of dates; and a check made first, before a
 * question can be answered ("not deciding that today, I need to check with finance first",
 * "Weiß ich noch nicht, ich frage erst nach den Urlaubsplänen"), which keeps the question open
 * rather than adds a task; and what the speaker did before ("je l'avais déjà faite l'an
 * dernier"); and an offer to step in should someone else fail ("if they struggle I'll do it");
 * and wondering aloud ("je me demande si on devrait passer sur Aurora un jour", "I wonder if we
 * should …") or a vote cast ("je vote Colucci", "yo digo que sí"), what something proposed would
 * oblige the speaker to do ("buy-back means i have to certify 300 wipes") and a search that found
 * nothing ("nothing before 2011 that i can find"), in any kind of item the speaker would own; a
 * memory shared ("je me souviens qu'une autrice avait refusé", {@link Cues#recalls}); and
 * promising only to make the call ("thoughts, then i'll call it"), or a promise for a case that
 * may never come ("I'll ring them myself if it comes to that").
 * Nor is a request to decide that the one asked answers in the next few messages ("this isn't
 * converging. <@gwen> can you call it?" — "read the thread. Loki.", "<@ute> kannst du das
 * entscheiden?", "<@claire> tu peux trancher ?", "<@ana> ¿puedes decidir tú?", "<@rui> você
 * decide?", "<@田中> 決めてもらえますか"): the call is made there, and is the decision, not a task
 * left to do. Asked of someone who does not answer, it stays a task.
 */
final class PassingRemarks {

  private static final Pattern BARE_LOOK = Pattern.compile("(?iu)^[^\\p{L}\\p{N}]*(?:(?:ok|okay|sure|oui"
      + "|sí|vale|ja|sim|ok\\s+je)[\\s,!.]+)?(?:I'?ll\\s+(?:take\\s+a\\s+)?look|I'?ll\\s+check"
      + "|let\\s+me\\s+(?:check|look)|checking|looking|je\\s+regarde|je\\s+vérifie|je\\s+check"
      + "|je\\s+jette\\s+un\\s+œil|ich\\s+schau(?:e)?(?:\\s+(?:mal|nach))*|schau\\s+ich\\s+(?:mir\\s+)?"
      + "(?:an|nach)|ich\\s+prüf(?:e)?|(?:lo\\s+)?(?:miro|reviso|veo)|(?:eu\\s+)?vejo|vou\\s+(?:ver"
      + "|verificar|olhar)|確認します|見てみます|見ます|調べます)(?:\\s+(?:it|that|this|ça|das|es"
      + "|eso|isso|now|mal|ahora|agora|maintenant|jetzt))?"
      // "je regarde tout de suite", "ich schau sofort", "lo miro ya": at once, still a look.
      + "(?:\\s+(?:tout\\s+de\\s+suite|de\\s+suite|right\\s+away|asap|sofort|gleich|ya|já|agora\\s+mesmo"
      + "|ahora\\s+mismo))?[\\s.!。…]*$");
  private static final Pattern FIRST_PERSON_PROPOSAL = Pattern.compile("(?iu)\\b(?:je\\s+propose"
      + "\\s+(?:qu|de\\s+)|I\\s+(?:propose|suggest)\\s+(?:we|that)\\b|ich\\s+schlage\\s+vor"
      + "|propongo\\s+que|proponho\\s+que|sugiro\\s+que|sugiero\\s+que)"
      // "je propose un SLA : première revue sous 24h", "I propose a rule: …": a proposal of a
      // thing rather than a task.
      + "|^\\W*(?:je\\s+propose|I\\s+(?:propose|suggest)|ich\\s+schlage|propongo|proponho"
      + "|sugiero|sugiro)\\s+(?:(?:un|une|le|la|les|a|an|the|einen|eine|ein|den|die|das|una|el"
      + "|um|uma|o)\\s+)?[^:]{0,40}:"
      // "yo propongo bajar a 4 platos", "I suggest cutting the menu", "eu proponho tirar o
      // burrito", "メニューを4品に絞ることを提案します": what to do, put to the group.
      + "|\\bI\\s+(?:propose|suggest)\\s+\\p{L}+ing\\b"
      + "|\\b(?:propongo|sugiero|proponho|sugiro)\\s+\\p{L}+(?:ar|er|ir|ír)(?:lo|la|los|las|se)?\\b"
      + "|ことを提案します|ことを提案したい|のを提案します"
      // "Je propose le lundi 11 janvier, jour de fermeture", "I propose Monday the 11th", "ich
      // schlage Montag, den 11. vor", "propongo el lunes 11", "proponho a segunda, dia 11",
      // "11日を提案します": a day put to the group, not a task of the one proposing it.
      + "|\\b(?:je\\s+propose|I\\s+(?:propose|suggest)|ich\\s+schlage|propongo|sugiero|proponho"
      + "|sugiro)\\s+(?:(?:le|la|the|den|el|a|o)\\s+)?(?:\\d{1,2}(?!\\p{L})|(?:lun|mar|mercre|jeu|vendre"
      + "|same)di|dimanche|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams"
      + "|sonn)tag|mittwoch|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça"
      + "|quarta|quinta|sexta)(?!\\p{L})|\\d+日(?:\\([月火水木金土日]\\))?を提案します");
  /**
   * Saying when one is free, a day or time and no deed: "yo puedo el sábado entero", "I can do
   * saturday, sunday only till 6", "ich kann am Samstag", "je peux samedi", "eu posso no sábado",
   * "土曜なら行けます". It answers a question of dates; what is done then is decided with the
   * others. "I can run the training on saturday" or "puedo recoger el generador el sábado" name a
   * deed and stay tasks, as does "I can do it tomorrow morning" (a deed named before).
   */
  private static final Pattern AVAILABILITY = Pattern.compile("(?iu)\\bI\\s+can\\s+(?:do|make)\\s+"
      + "(?:on\\s+)?(?:the\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
      + "|mornings?|afternoons?|evenings?|weekend|tomorrow)\\b"
      + "|\\bich\\s+kann\\s+(?:am\\s+|den\\s+ganzen\\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag"
      + "|Freitag|Samstag|Sonntag|Wochenende|morgen|vormittags|nachmittags)\\b"
      + "|\\bje\\s+peux\\s+(?:le\\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end"
      + "|demain|matin|après-midi|soir)\\b"
      + "|\\bpuedo\\s+(?:el\\s+|los\\s+|la\\s+|por\\s+la\\s+)?(?:lunes|martes|miércoles|jueves|viernes"
      + "|sábados?|domingos?|finde|fin\\s+de\\s+semana|mañana|tarde|noche)\\b"
      + "|\\bposso\\s+(?:n[oa]s?\\s+|de\\s+|à\\s+)?(?:segunda|terça|quarta|quinta|sexta|sábado"
      + "|domingo|fim\\s+de\\s+semana|amanhã|manhã|tarde|noite)\\b"
      + "|(?:月曜|火曜|水曜|木曜|金曜|土曜|日曜|週末|明日)(?:日)?(?:なら|は)(?:行けます|大丈夫です|空いてます|空いています)");
  /** Checking or asking, then "first": "check with finance first", "frage erst nach …". */
  private static final Pattern CHECK_FIRST = Pattern.compile("(?iu)\\b(?:check|ask|confirm"
      + "|find\\s+out|frag|prüf|kläre|klär|vérifi|demand|pregunt|consult|verific|pergunt)"
      + "[^.!?]*?\\b(?:first|erst|d'abord|primero|antes|primeiro)\\b(?!\\s+thing)|\\berst\\s+(?:nach|mal)?"
      + "[^.!?]*?\\b(?:frag|prüf|klär)");

  /**
   * What the speaker did before, told with "already": "moi, je l'avais déjà faite l'an dernier",
   * "I already did that last year", "ich hab das schon mal gemacht", "ya lo hice el año pasado",
   * "eu já fiz isso". It says why they take something on; the task is said next.
   */
  private static final Pattern DONE_BEFORE = Pattern.compile("(?iu)\\bI(?:'d|\\s+had)?\\s+"
      + "already\\s+(?:did|done|had|ran|wrote|set)\\b|\\bj'(?:avais|ai)\\s+déjà\\b"
      + "|\\bje\\s+l'(?:avais|ai)\\s+déjà\\b|\\bich\\s+(?:hatte|habe|hab)\\s+(?:\\p{L}+\\s+)?"
      + "schon\\s+(?:mal\\s+)?(?:\\p{L}+\\s+)?ge\\p{L}+t\\b|\\bya\\s+(?:lo\\s+|la\\s+)?(?:había"
      + "|hice|he\\s+\\p{L}+ado)\\b|\\beu\\s+já\\s+(?:fiz|tinha|fazia)\\b");

  /**
   * An offer to step in should someone else fail: "if they struggle I'll do it", "if needed I
   * can do it", "falls sie nicht klarkommen, mach ich das", "s'ils galèrent, je le fais", "si no
   * pueden, lo hago yo", "se eles não conseguirem, eu faço", "難しければ私がやります". Whoever was
   * told to do it still does; the offer is taken up only if they ask, in a later message.
   */
  private static final Pattern FALLBACK_OFFER = Pattern.compile("(?iu)\\bif\\s+(?:(?:they|he|she"
      + "|you|it|that)\\s+(?:struggles?|can'?t|cannot|gets?\\s+stuck|ha(?:s|ve)\\s+(?:trouble|issues"
      + "|problems)|needs?\\s+(?:help|a\\s+hand)|doesn'?t\\s+work|don'?t\\s+(?:manage|get\\s+it))"
      + "|needed|necessary|need\\s+be)\\b[^.!?]*?\\bI(?:'ll|\\s+will|\\s+can)\\s+(?:just\\s+)?"
      + "(?:do|help|take\\s+over|step\\s+in|handle)\\b"
      + "|\\b(?:wenn|falls)\\s+(?:(?:sie|er|es|du|ihr)\\s+(?:nicht\\s+(?:klar|weiter)kommen|nicht"
      + "\\s+(?:klar|weiter)kommt|hängen|hängt|probleme\\s+ha|hilfe\\s+brauch)|nötig)\\p{L}*[^.!?]*?"
      + "\\b(?:mach|übernehm|erledig)\\p{L}*\\s+ich\\b|\\bnotfalls\\s+(?:mach|übernehm)\\p{L}*\\s+ich\\b"
      + "|\\b(?:s'ils?|si\\s+(?:elle|elles|on))\\s+(?:galère|n'y\\s+arrive|bloque|a\\s+besoin|ont\\s+besoin)"
      + "\\p{L}*[^.!?]*?\\bje\\s+(?:le\\s+fais|m'en\\s+occupe|prends\\s+le\\s+relais)|\\bau\\s+besoin"
      + "[\\s,]+je\\s+(?:le\\s+fais|m'en\\s+occupe)"
      + "|\\bsi\\s+(?:no\\s+pueden?|se\\s+atascan?|tienen?\\s+problemas|necesitan?\\s+ayuda|hace"
      + "\\s+falta)\\b[^.!?]*?\\b(?:lo\\s+hago\\s+yo|me\\s+encargo\\s+yo|yo\\s+lo\\s+hago)"
      + "|\\bse\\s+(?:(?:eles?|elas?)\\s+)?(?:não\\s+conseguir(?:em)?|tiver(?:em)?\\s+dificuldade"
      + "|travar(?:em)?|precisar(?:em)?)\\b[^.!?]*?\\b(?:eu\\s+faço|faço\\s+eu|eu\\s+assumo)"
      + "|(?:できなければ|難しければ|困ったら|必要なら|必要であれば)[^。]*?(?:私が|僕が|こちらで)(?:やります"
      + "|対応します)");

  /**
   * A promise for a case that may never come, named by no event of its own: "I'll ring the duty
   * line myself if it comes to that", "I'll back that up with the surgeons if anyone pushes back",
   * "ich ruf selbst an, wenn es so weit kommt", "j'appelle moi-même si ça en arrive là", "llamo yo
   * si llega el caso", "eu ligo se chegar a isso", 「そうなったら私から電話します」. Nothing is to
   * be done unless the case comes, and then the task is said. Not "I'll ring them if it fails
   * again", which names what sets it off.
   */
  private static final String CASE = "(?:\\b(?:if|should)\\s+"
      + "it\\s+(?:ever\\s+)?comes?\\s+to\\s+(?:that|it)\\b|\\bif\\s+(?:any(?:one|body)|someone"
      + "|somebody)\\s+(?:pushes\\s+back|objects|complains|kicks\\s+off|makes\\s+a\\s+fuss)\\b"
      + "|\\b(?:wenn|falls)\\s+es\\s+(?:so\\s+weit|dazu)\\s+kommt\\b|\\b(?:wenn|falls)\\s+(?:jemand|wer)"
      + "\\s+(?:sich\\s+beschwert|meckert|widerspricht)\\b"
      + "|\\bsi\\s+(?:ça|cela)\\s+en\\s+arrive\\s+là(?!\\p{L})|\\bsi\\s+(?:quelqu'un|qqn)\\s+(?:râle|proteste"
      + "|conteste|se\\s+plaint)(?!\\p{L})|\\bsi\\s+llega\\s+el\\s+caso\\b|\\bsi\\s+alguien\\s+(?:protesta"
      + "|se\\s+queja|pone\\s+pegas)\\b|\\bse\\s+chegar\\s+a\\s+(?:isso|esse\\s+ponto)\\b"
      + "|\\bse\\s+alguém\\s+(?:reclamar|questionar|criar\\s+caso)\\b|そうなったら|いざとなったら" + ")";
  private static final Pattern SHOULD_IT_COME_TO_THAT = Pattern.compile("(?iu)" + CASE);

  /**
   * A task said before the case that may never come, joined to it by "and" ("I'll send the
   * formal notice today, and call the council myself if it comes to that", "ich schicke heute
   * die Mängelanzeige und ruf selbst beim Amt an, wenn es so weit kommt", "le mando hoy el
   * burofax y llamo yo …", "I'll post the policy today, and if anyone pushes back I'll handle
   * it"): the first task is to be done whatever comes. Not "I'll call the council and the
   * landlord if it comes to that", one deed on two people.
   */
  private static final Pattern TASK_BEFORE_THE_CASE = Pattern.compile("(?iu)^(?:(?!" + CASE
      + ").)*?\\p{L}[\\p{L}\\p{N}'#-]*(?:\\s+[\\p{L}\\p{N}'#-]+)+,?\\s+(?:and|und|et|y|e)\\s+"
      + "(?!(?:the|a|an|der|die|das|den|dem|ein|eine|le|la|les|l'|un|une|el|los|las|una|o|os|as"
      + "|um|uma|my|his|her|their|our|mein|meine)(?!\\p{L}))(?=(?:(?!" + CASE + ").)*?" + CASE + ")");

  /**
   * Wondering aloud: "I wonder if we should move to Aurora one day", "je me demande si on devrait
   * pas passer sur Aurora un jour", "ich frage mich, ob wir …", "me pregunto si deberíamos …",
   * "fico me perguntando se a gente …", "いつかAuroraに移すべきなのかな". A thought shared, not a
   * task the speaker takes; not a request put to someone else ("I wonder if you could send me
   * the file" is still theirs to do).
   */
  private static final Pattern WONDERING = Pattern.compile("(?iu)\\bI\\s+(?:wonder|was\\s+wondering"
      + "|'m\\s+wondering|am\\s+wondering)\\s+(?:if|whether)\\b|\\bich\\s+frag(?:e)?\\s+mich\\b"
      + "|\\bje\\s+me\\s+demande\\s+(?:si|s')|\\bme\\s+pregunto\\s+si\\b"
      + "|\\b(?:me\\s+pergunto|fico\\s+(?:me\\s+perguntando|pensando))\\s+se\\b"
      + "|(?:べきなのかな|のかなと思|だろうか)");

  /**
   * A vote cast: "I vote", "I'd vote", "ich stimme für", "je vote", "yo voto por", "eu voto no"
   * (a leaning, {@link #LEANING}, and the clause a vote ends, {@link #VOTE_THEN}).
   */
  private static final String VOTE = "(?:\\bI\\s+(?:(?:would|'d)\\s+)?vote\\b|\\bich\\s+stimme\\s+für\\b"
      + "|\\bje\\s+vote\\b|(?<!\\p{L})(?:yo\\s+)?voto\\s+(?:por|a\\s+favor)(?!\\p{L})"
      + "|(?<!\\p{L})(?:eu\\s+)?voto\\s+(?:n[oa]s?|em|pel[oa]|a\\s+favor)(?!\\p{L})"
      // "i say yes, people respond to concrete asks", "yo digo que sí", "eu digo que sim",
      // "moi je dis oui", "ich sag ja": a yes or a no cast as one's vote.
      + "|\\bI(?:'d|\\s+would)?\\s+say\\s+(?:yes|no)\\b|\\bje\\s+dis\\s+(?:oui|non)\\b"
      + "|\\bich\\s+sag(?:e)?\\s+(?:ja|nein)\\b"
      + "|(?<!\\p{L})(?:yo\\s+)?digo\\s+que\\s+(?:sí|no)(?!\\p{L})"
      + "|(?<!\\p{L})(?:eu\\s+)?digo\\s+que\\s+(?:sim|não)(?!\\p{L}))";

  /**
   * "buy-back means i have to certify a wipe on 300 handovers", "Rückkauf heißt, ich muss …",
   * "le rachat ça veut dire que je dois …", "la recompra significa que tengo que …", "recompra
   * significa que eu tenho que …", "買い取りってことは私が…しなきゃ": what something proposed would
   * oblige the speaker to do, said to weigh it; no task taken on.
   */
  private static final Pattern ENTAILED = Pattern.compile("(?iu)\\b(?:means|meant)\\s+(?:that\\s+)?"
      + "(?:I|we)\\s+(?:have|had|need|must|'d\\s+have|would\\s+have)\\b"
      + "|\\b(?:heißt|bedeutet)\\s*,?\\s+(?:dass\\s+)?(?:ich|wir)\\b[^.!?]{0,60}"
      + "\\b(?:muss|müsste|müssen|müssten)\\b"
      + "|\\b(?:veut|voudrait)\\s+dire\\s+que\\s+(?:je|j'|on|nous)\\s*"
      + "(?:dois|devrais|devrai|doit|devons|ai\\s+à)\\b"
      + "|\\bsignifie\\s+que\\s+(?:je|j'|on|nous)\\s*(?:dois|devrais|devrai|doit|devons|ai\\s+à)\\b"
      + "|(?<!\\p{L})(?:signific(?:a|aría)|quiere\\s+decir)\\s+que\\s+(?:yo\\s+|nosotros\\s+)?"
      + "(?:tengo|tendría|tenemos|tendríamos|debo|debería|hay)\\s+que(?!\\p{L})"
      + "|(?<!\\p{L})(?:signific(?:a|aria)|quer\\s+dizer)\\s+que\\s+(?:eu\\s+|a\\s+gente\\s+|nós\\s+)?"
      + "(?:tenho|teria|temos|teríamos|tem|preciso|precisaria)\\s+(?:que|de)(?!\\p{L})"
      + "|(?:ってこと|ということ)は[^。]{0,40}(?:なきゃ|なければ|ないと)");

  /**
   * "nothing before 2011 that i can find in the archive", "not that i could see in the ticket":
   * a search reported as having found nothing, in the words of an offer ("I can find").
   */
  private static final Pattern NOTHING_FOUND = Pattern.compile(
      "(?iu)\\b(?:nothing|none|not|no\\s+\\p{L}+)\\b[^.!?]{0,80}\\b(?:that|which)\\s+I\\s+"
          + "(?:can|could)\\s+(?:find|see|spot|tell)\\b");

  /**
   * A leaning or what one would do, shared as an opinion: "I lean towards Morel", "what I'd do is
   * bind it here, but hey, it's an idea", "ich tendiere zu Morel", "je penche pour Morel", "yo lo
   * que haría es encuadernar aquí", "me inclino por Morel", "o que eu faria é …", "eu tendo pra
   * Morel", "個人的にはMorelかな"; or a vote cast in the discussion ("I vote Morel", "ich stimme
   * für Morel", "je vote Morel", "voto por Morel", "eu voto no Morel", 「Morelに一票」). The
   * speaker takes nothing on; not "I'll go with Morel then and call them", a commitment.
   */
  private static final Pattern LEANING = Pattern.compile("(?iu)\\bI(?:'m|\\s+am)?\\s+(?:lean|leaning)\\s+(?:towards?|to)\\b"
      + "|" + VOTE + "|に一票"
      + "|\\bwhat\\s+I(?:'d|\\s+would)\\s+do\\s+is\\b|\\bich\\s+tendiere\\s+(?:zu|eher)\\b"
      + "|\\bwas\\s+ich\\s+machen\\s+würde\\b|\\bje\\s+penche\\s+(?:pour|vers)\\b"
      + "|\\bce\\s+que\\s+je\\s+ferais\\b|\\blo\\s+que\\s+(?:yo\\s+)?haría\\b|\\bme\\s+inclino\\s+(?:por|hacia)\\b"
      + "|\\bo\\s+que\\s+eu\\s+faria\\b|\\beu\\s+tendo\\s+(?:pra|para|a)\\b"
      + "|個人的には[^。]{0,30}かな(?:[。！!]|$)"
      // "I'd harvest it before the rain", "yo lo vendimiaría antes de la lluvia", "eu colheria
      // antes da chuva", "je le vendangerais avant la pluie", "an deiner Stelle würde ich …", "私なら
      // 雨の前に収穫します": what one would do in the others' place. Not "I'd be happy to take it"
      // nor "I'd like to take it", offers.
      + "|^\\W*(?:(?:honestly|personally|tbh|if\\s+it\\s+were\\s+me|in\\s+your\\s+(?:place|shoes)),?\\s+)?"
      + "I(?:'d|\\s+would)\\s+(?!(?:be|like|love|need|have|rather|prefer|say|suggest|propose|recommend"
      + "|go\\s+with|keep|take|pick)\\b)\\p{L}+"
      + "|\\ban\\s+(?:deiner|eurer|Ihrer)\\s+Stelle\\b|\\bich\\s+würde\\s+(?:\\p{L}+\\s+){0,4}?(?:vor|erst|noch|lieber)\\b"
      + "|\\b(?:à\\s+ta|à\\s+votre)\\s+place\\b|\\bje\\s+(?:le\\s+|la\\s+|les\\s+)?(?!(?:voudrais|pourrais"
      + "|serais|devrais)(?!\\p{L}))\\p{L}{2,}rais(?!\\p{L})"
      + "|(?<!\\p{L})yo\\s+(?:que\\s+tú\\s+)?(?:no\\s+)?(?:lo\\s+|la\\s+|los\\s+|las\\s+)?(?!(?:podría|querría)(?!\\p{L}))"
      + "\\p{L}{2,}ría(?!\\p{L})|(?<!\\p{L})yo\\s+que\\s+tú(?!\\p{L})"
      + "|(?<!\\p{L})eu\\s+(?:no\\s+seu\\s+lugar\\s+)?(?:não\\s+)?(?:o\\s+|a\\s+)?(?!(?:poderia|queria|gostaria)(?!\\p{L}))"
      + "\\p{L}{2,}(?:aria|eria|iria)(?!\\p{L})|(?<!\\p{L})no\\s+seu\\s+lugar(?!\\p{L})"
      + "|(?:私|僕|俺|自分)(?:なら|だったら)");

  /**
   * Where the clause after the speaker's own words starts: after a comma or "and" ("und", "et",
   * "y", "e"), the text before it already read (a vote, time taken to think).
   */
  private static final String CLAUSE_BREAK = "(?:[,;、]\\s*(?:(?:and|und|et|y|e)\\s+)?"
      + "|(?:^|\\s+)(?:and|und|et|y|e)\\s+)(?=\\p{L})";
  /**
   * A vote cast ("I vote we ship friday", "I vote for the theatre", "ich stimme für Variante B",
   * "je vote le théâtre", "yo voto por el teatro", "eu voto no teatro") and the clause break
   * after it: a comma or "and" ("und", "et", "y", "e").
   */
  private static final Pattern VOTE_THEN = Pattern.compile("(?iu)" + VOTE + "[^,;.!?]*?"
      + CLAUSE_BREAK);

  /**
   * "I vote we ship friday, I'll write the release notes", "yo voto por el teatro y mañana llamo
   * para reservarlo", "ich stimme für Variante B und schreibe heute noch das Ticket": a vote takes
   * nothing on in its own clause, but a commitment said in the clause after it stays.
   */
  private static boolean committedPastTheVote(PreparedConversation c, Sentence s) {
    return pastTheVote(c, s.text()) != null;
  }

  /** The commitment said after a vote in the text, or null. */
  private static String pastTheVote(PreparedConversation c, String text) {
    Matcher m = VOTE_THEN.matcher(text);
    if (!m.find()) {
      return null;
    }
    String rest = text.substring(m.end()).strip();
    return committedIn(c, rest, SPEAKER) ? rest : null;
  }

  /**
   * Whether a clause that goes on from the speaker's own words commits them: "y mañana llamo para
   * reservarlo", "und schreibe heute das Ticket" — the "I" said before carries on into it, in the
   * form the speaker's words give it.
   */
  private static boolean committedIn(PreparedConversation c, String clause, Map<String, String> speaker) {
    String said = speaker.getOrDefault(c.language(), "")
        + LEADING_TIME.matcher(clause).replaceFirst("");
    return RegexPrefilter.find(c.cues().commitment(), clause)
        || RegexPrefilter.find(c.cues().commitment(), said);
  }

  /** The word for "I" in each cue language but Japanese. */
  private static final Map<String, String> SPEAKER = Map.of("en", "I ",
      "de", "ich ", "fr", "je ", "es", "yo ", "pt", "eu ");
  /** "I" with the future of "I'll think it over" carried on: "… and send a draft". */
  private static final Map<String, String> SPEAKER_TO_COME = Map.of("en", "I'll ",
      "de", "ich ", "fr", "je ", "es", "yo ", "pt", "eu ");

  /**
   * Time taken to think ({@link PreparedConversation#takesTimeToThink}), promising no deed: "let me
   * sleep on that one", "let me think about it and get back to you", "ich überlege es mir und
   * sage dir morgen Bescheid", "let me think about it, I'll talk to Graham first". Not "je réfléchis à une
   * proposition et je te l'envoie vendredi", "ich überlege mir das und schicke dir bis Freitag einen
   * Entwurf": a deed promised after the thinking is a task.
   */
  private static boolean thinksItOver(PreparedConversation c, String text) {
    int end = PreparedConversation.endOfThinking(text);
    if (end < 0) {
      return false;
    }
    Matcher clause = NEXT_CLAUSE.matcher(text).region(end, text.length());
    if (!clause.find()) {
      return true;
    }
    String rest = text.substring(clause.end()).strip();
    return RegexPrefilter.find(ANSWER_TO_COME, rest) || RegexPrefilter.find(DONE_FIRST, rest)
        || !committedIn(c, rest, SPEAKER_TO_COME);
  }

  private static final Pattern NEXT_CLAUSE = Pattern.compile("(?iu)" + CLAUSE_BREAK);
  /**
   * The thinking's answer still to come, not a deed: "get back to you", "let you know", "decide
   * tomorrow", "sage dir morgen Bescheid", "je te tiens au courant", "te cuento", "te falo".
   */
  private static final Pattern ANSWER_TO_COME = Pattern.compile("(?iu)^(?:(?:then|dann|puis|luego"
      + "|depois|después|ensuite|tomorrow|morgen|demain|mañana|amanhã|later|später)\\s+)*"
      + "(?:(?:i'?ll|i\\s+will|we\\s+can|ich|je|yo|eu)\\s+)?(?:(?:te|dir|euch|vous|lhe)\\s+)?"
      + "(?:(?:get|come|circle)\\s+back|let\\s+you\\s+know|revert|decide|confirm|reply|respond|answer"
      + "|tell\\s+you|talk|see|melde|sage?|gebe?|entscheide|bestätige|reviens|tiens|redis|dis|décide"
      + "|confirme|réponds|digo|aviso|cuento|contesto|confirmo|decido|respondo|falo|conto|hablamos"
      + "|falamos|vemos)(?!\\p{L})");
  /** "…, I'll talk to Graham first": what is done first is part of the thinking. */
  private static final Pattern DONE_FIRST = Pattern.compile("(?iu)(?<!\\p{L})(?:first|zuerst|erst\\s+mal"
      + "|erstmal|d'abord|primero|antes|primeiro)[\\s.!…]*$");
  /** A time said first in a clause: "mañana llamo", "amanhã ligo", "tomorrow I'll call". */
  private static final Pattern LEADING_TIME = Pattern.compile("(?iu)^(?:(?:mañana|amanhã|morgen"
      + "|heute|demain|tomorrow|today|tonight|hoy|hoje|aujourd'hui|luego|depois|dann|then|puis"
      + "|ensuite|later|después)[\\s,]+)+");

  /**
   * The candidate as it is, or worded as the commitment after the vote its task opens with:
   * "Yo voto por el teatro y mañana llamo para reservarlo" is "Mañana llamo para reservarlo";
   * or as the request after the rule it opens with: "no more purges on prod until this is over,
   * and please post the CDN status every hour" is "Please post the CDN status every hour".
   */
  static ActionCandidate pastTheRemark(PreparedConversation c, ActionCandidate candidate) {
    String task = candidate.item.text();
    String rest = candidate.kind == Kind.COMMITMENT ? pastTheVote(c, task)
        : candidate.kind == Kind.REQUEST ? askedPastTheRule(ADDRESSED.matcher(task).replaceFirst(""))
        : null;
    if (rest == null || Terms.content(rest).size() < 2) {
      return candidate;
    }
    ActionItem item = candidate.item;
    candidate.item = new ActionItem(item.owner(), Sentences.capitalize(rest),
        DueDates.find(rest).orElse(item.due()), item.sources());
    candidate.terms = new HashSet<>(Terms.content(rest));
    return candidate;
  }

  /**
   * An offer to ask that doubts it will help: "I can ask, but they always charge for the fuel",
   * "ich kann fragen, aber …", "je peux demander, mais …", "puedo preguntar, pero …", "posso
   * perguntar, mas eles sempre cobram a gasolina", "聞いてみてもいいですけど…". The asking waits on
   * whether the others still want it; taken up in a later message ("pode pedir, a gasolina a gente
   * paga"), the task is said there. Not "I can ask them today", an offer taken on.
   */
  private static final Pattern DOUBTFUL_OFFER_TO_ASK = Pattern.compile("(?iu)\\bI\\s+(?:can|could)\\s+ask"
      + "(?:\\s+[\\p{L}']+){0,3}?\\s*,?\\s+but\\b"
      + "|\\bich\\s+kann\\s+(?:\\p{L}+\\s+){0,3}?(?:fragen|nachfragen)\\s*,?\\s+aber\\b"
      + "|\\bje\\s+(?:peux|pourrais)\\s+(?:leur\\s+|lui\\s+)?demander(?:\\s+\\p{L}+){0,3}?\\s*,?\\s+mais(?!\\p{L})"
      + "|(?<!\\p{L})(?:puedo|podría)\\s+preguntar(?:le|les)?(?:\\s+\\p{L}+){0,3}?\\s*,?\\s+pero(?!\\p{L})"
      + "|(?<!\\p{L})(?:posso|poderia)\\s+perguntar(?:\\s+\\p{L}+){0,3}?\\s*,?\\s+mas(?!\\p{L})"
      + "|聞いて(?:み)?(?:ても|ることは)(?:いい|できます|できる)(?:です)?(?:けど|けれど|が)|聞けますけど");

  /**
   * Waiting, or leaving a thing as it is, in the cue languages: "hold off", "leave it till …",
   * "déjalo hasta …", "lass es bis …", "laisse-le jusqu'à …", "deixa até …".
   */
  private static final String LEAVING = "hold\\s+(?:off|fire)\\b"
      + "|leave\\s+it\\s+(?:as\\s+is|till|until|for\\s+now|running|alone)\\b"
      + "|d[ée]ja(?:lo|la|los|las)\\s+(?:hasta|así|como\\s+está|por\\s+ahora)(?!\\p{L})"
      + "|lass\\s+(?:es|das|ihn|sie)\\s+(?:bis|so|erstmal|vorerst)\\b"
      + "|laisse(?:-le|-la|-les)?\\s+(?:jusqu|comme\\s+ça|tel\\b)"
      + "|deixa(?:-o|-a)?\\s+(?:até|assim|como\\s+está|por\\s+enquanto)(?!\\p{L})";
  /** Nothing asked after it in the sentence: no clause after a comma, "and", "then", "when" … */
  private static final String NOTHING_ASKED_AFTER = "(?![^.!?]*(?:[,;]|\\s(?:and|then|but|when"
      + "|while|y|e|et|und|dann|luego|depois|puis)\\s))";

  /**
   * "felix, no more purges on prod until this is over", "pls don't send anything from the
   * marketing tools on this one", "keine Überstunden mehr ohne Freigabe", "pas de rendu sans le
   * CQ", "nada de proteína na câmara 2", 「本番でのパージはしないでください」: what someone may not
   * do is a rule the thread sets, not a task anyone takes on. Not "don't forget to …", "no rush",
   * "keine Eile", "pas de souci", "no te olvides", "não se esqueça", 「遠慮しないで」: words that
   * ask for the deed or wave a worry away.
   */
  private static final Pattern PROHIBITION = Pattern.compile("(?iu)^\\W*(?:(?:pls|please|bitte|stp|svp"
      + "|s'il\\s+te\\s+plaît|por\\s+favor|porfa|and|also|but|so)\\W+)?(?:"
      + "(?:no\\s+more|never|nobody|no\\s+one|don'?t|do\\s+not)\\b"
      + "(?!\\s+(?:forget|hesitate|worry|mind|stress|bother|sweat)\\b)"
      // "zoe hold off on any email till then", "javi ojo con eso", "careful with the lawn", "déjalo
      // hasta mañana por si vuelve a petar", "leave it till the morning": waiting, minding or
      // leaving as it is, no deed of their own; only with nothing after them ("hold off on
      // ordering and call the supplier" asks a deed).
      + "|(?:(?:be\\s+)?careful\\s+(?:with|on|about)\\b|watch\\s+out\\b"
      + "|(?:ojo|cuidado)\\s+con\\b|cuidado\\s+com\\b|attention\\s+(?:à|au|aux)(?!\\p{L})"
      + "|vorsicht\\s+(?:mit|bei)\\b|" + LEAVING + ")" + NOTHING_ASKED_AFTER
      + "|no\\s+(?!(?:later|earlier|sooner|matter|problem\\p{L}*|probs?|rush|hurry|pressure|stress|biggie"
      + "|big\\s+deal|sweat|worries|need|idea|doubt|way|urge|te\\s+(?:olvides|preocupes|agobies)"
      + "|os\\s+(?:olvidéis|preocupéis|agobiéis)|olvides|olvidéis|dudes|dudéis|hay\\s+(?:prisa|problema"
      + "|apuro|lío|drama)|pasa\\s+nada|es\\s+(?:urgente|necesario)|corre\\s+prisa|hace\\s+falta"
      + "|se\\s+(?:preocupe|olvide))\\b)\\p{L}{2,}"
      + "|kein(?:e|en|er)?\\b(?!\\s+(?:eile|stress|hektik|sorge|sorgen|problem|ahnung|thema"
      + "|druck)\\b)|(?:niemand|nie(?:mals)?)\\b|nicht\\s+mehr\\b"
      + "|pas\\s+de(?!\\s+(?:souci|soucis|pb|problème|rush|stress|panique|pression|presse|urgence)(?!\\p{L}))"
      + "|(?:personne\\s+ne|jamais)(?!\\p{L})"
      + "|ne\\s+(?:\\p{L}+\\s+)?pas(?!\\s+(?:oublier|hésiter|s'inquiéter|s'en\\s+faire)(?!\\p{L}))"
      + "|(?:nada\\s+de|nadie|nunca)(?!\\p{L})"
      + "|(?:ningún|ninguna|nenhum|nenhuma)(?!\\p{L})(?!\\s+(?:problema|prisa|pressa|preocupação)(?!\\p{L}))"
      + "|ninguém(?!\\p{L})"
      + "|não\\s+(?!(?:esquece|esqueça|esquecer|se\\s+esqueça|se\\s+preocupe|se\\s+preocupa"
      + "|tem\\s+(?:pressa|problema)|há\\s+pressa|é\\s+urgente|precisa|hesite|esquenta)(?!\\p{L}))\\p{L}"
      + ")|(?<!遠慮|心配|気に)(?:しないで|しないように)(?:ください|下さい|お願いします|してください)?(?:ね|よ)?"
      + "[\\s\\p{So}!！]*(?=[。、]|$)|禁止(?:です|で(?:す|お願いします))?[\\s\\p{So}!！]*(?=[。、]|$)");
  /** Waiting or leaving a thing as it is, with nothing asked after it ({@link #PROHIBITION}). */
  private static final Pattern LEFT_AS_IT_IS = Pattern.compile("(?iu)^\\W*(?:(?:i'?ll|i\\s+will)\\s+)?"
      + "(?:" + LEAVING + ")" + NOTHING_ASKED_AFTER);

  /**
   * "can someone tell me whether the dosing was running?", "you can remove the manual block
   * whenever": a question put as a request, or leave given, not a task.
   */
  private static final Pattern ONLY_ASKS_OR_ALLOWS = Pattern.compile("(?iu)^\\W*(?:(?:tell|let)\\s+"
      + "(?:me|us)\\s+(?:know\\s+)?(?:whether|if|what|how|when|why|where|who|which)\\b"
      + "|you\\s+can\\s+[^.!?]*\\b(?:whenever|any\\s*time|if\\s+you\\s+(?:want|like)"
      + "|when\\s+you\\s+(?:want|like|get\\s+a\\s+(?:chance|sec|minute))))");
  /** Someone addressed first ("felix, …", "<@U7>: …", "felixさん、…"): not part of what is said to them. */
  private static final Pattern ADDRESSED = Pattern.compile("^\\W*(?:" + Cues.MENTION
      + "|\\p{IsLatin}+|\\p{L}+さん)\\s*[,:、]\\s*");
  /**
   * Where a clause after a rule may start: after a comma or a dash (and a joining word), or after
   * a bare "and" / "but" in the cue languages.
   */
  private static final Pattern NEXT_CLAUSE_AFTER_RULE = Pattern.compile("(?iu)((?:[,;:、。]|\\s[—–-])\\s*"
      + "(?:(?:and|but|und|aber|sondern|et|mais|y|pero|e|mas)\\s+)?)|\\s(?:and|but|und|aber|sondern"
      + "|et|mais|y|pero|e|mas)\\s+");
  /** A "please" said alone before the reason, not the request: "…, please, it's still recovering". */
  private static final Pattern BARE_PLEASE = Pattern.compile("^(?:" + Cues.PLEASE.pattern()
      + ")\\s*[,;.!]");
  /** A clause that opens with a please: "please post the CDN status every hour". */
  private static final Pattern OPENS_WITH_PLEASE = Pattern.compile("^(?:" + Cues.PLEASE.pattern()
      + ")\\s+\\p{L}");
  /**
   * A clause that tells how something is or when, rather than asks ("staging is fine", "staging
   * geht", "staging ça va", "sí en staging", "bis das vorbei ist"): its first word a yes, an
   * "also" or a "until", "when", "because", or its second a "to be".
   */
  private static final Pattern TELLS = Pattern.compile("(?iu)^(?:(?:sí|si|sim|ja|yes|oui|also|too"
      + "|auch|aussi|también|também|until|till|unless|when|while|because|since|if|bis|solange|wenn"
      + "|weil|falls|jusqu'?\\p{L}*|tant|quand|car|parce|hasta|mientras|cuando|porque|até|enquanto"
      + "|quando|se)(?!\\p{L})|\\S+\\s+(?:is|are|was|were|looks|seems|stays|geht|ist"
      + "|sind|bleibt|läuft|ça|c'est|est|va|reste|es|está|están|sigue|é|fica|fine|ok)(?!\\p{L}))");

  /** Whether a task put to someone is a rule of what they may not do ({@link #PROHIBITION}). */
  static boolean prohibits(String task) {
    String said = ADDRESSED.matcher(task).replaceFirst("");
    return RegexPrefilter.find(PROHIBITION, said) && askedPastTheRule(said) == null;
  }

  /**
   * What is asked after a rule said first, to the end of the text, or null when the rule is all
   * that is said or what follows asks nothing. Asked: a clause after a comma or a dash that says
   * "please" or opens with its verb ("no more purges on prod, use the staging CDN instead",
   * "…, and please post the CDN status every hour"), or one after a bare "and" that opens with
   * "please" ("… and please post …"). Not "…, but staging is fine", "…, please, it's still
   * recovering", nor "keine Deploys auf prod und staging bis … bitte", where "and" joins what the
   * rule covers. Japanese, written without spaces, has no words to count here, so a rule there is
   * the whole of what is said (「本番でのパージは禁止です、代わりに…してください」 stays no task).
   */
  private static String askedPastTheRule(String said) {
    Matcher rule = PROHIBITION.matcher(said);
    if (!rule.find()) {
      return null;
    }
    Matcher next = NEXT_CLAUSE_AFTER_RULE.matcher(said).region(rule.end(), said.length());
    while (next.find()) {
      boolean punctuated = next.group(1) != null;
      String rest = said.substring(next.end()).strip();
      String clause = DecisionDetector.firstClause(rest);
      String unpleased = Cues.PLEASE.matcher(clause).replaceAll(" ").strip();
      boolean asks = punctuated
          ? RegexPrefilter.find(Cues.PLEASE, clause) && !RegexPrefilter.find(BARE_PLEASE, rest)
              || TwoTasksInOne.opensWithAVerb(Terms.words(unpleased))
          : RegexPrefilter.find(OPENS_WITH_PLEASE, rest);
      if (asks && !RegexPrefilter.find(TELLS, unpleased) && !RegexPrefilter.find(PROHIBITION, clause)
          && Terms.content(unpleased).size() >= 2) {
        return rest;
      }
    }
    return null;
  }

  private PassingRemarks() {}

  /** Whether the candidate, found in the sentence, is one of these remarks. */
  static boolean isOne(PreparedConversation c, Sentence s, ActionCandidate candidate) {
    if (s.user() != null && s.user().equals(candidate.item.owner())
        && (RegexPrefilter.find(WONDERING, s.text())
            || RegexPrefilter.find(LEANING, s.text()) && !committedPastTheVote(c, s)
            || RegexPrefilter.find(ENTAILED, s.text())
            || RegexPrefilter.find(NOTHING_FOUND, s.text())
            || candidate.kind == Kind.COMMITMENT && forNoTerm(c, s))) {
      return true;
    }
    if (candidate.kind == Kind.REQUEST && (decidedByTheOneAsked(c, s, candidate)
        || putOff(c, s) || prohibits(candidate.item.text())
        || RegexPrefilter.find(ONLY_ASKS_OR_ALLOWS, candidate.item.text()))) {
      return true;
    }
    if (candidate.kind != Kind.COMMITMENT) {
      return false;
    }
    // "déjalo hasta mañana por si vuelve a petar", "i'll hold off on the email till then":
    // leaving it as it is, or waiting, is no task of the speaker's either.
    if (RegexPrefilter.find(LEFT_AS_IT_IS, candidate.item.text())) {
      return true;
    }
    String text = TaskWording.ACCEPTANCE_OPENER.matcher(s.text()).replaceFirst("");
    return RegexPrefilter.find(BARE_LOOK, text) || Cues.recalls(text)
        || onlyTheCall(c, candidate.item.text())
        || RegexPrefilter.find(SHOULD_IT_COME_TO_THAT, text)
            && !RegexPrefilter.find(TASK_BEFORE_THE_CASE, candidate.item.text())
        || RegexPrefilter.find(FIRST_PERSON_PROPOSAL, text)
        || RegexPrefilter.find(AVAILABILITY, text)
        || RegexPrefilter.find(DONE_BEFORE, text) || RegexPrefilter.find(FALLBACK_OFFER, text)
        || RegexPrefilter.find(DOUBTFUL_OFFER_TO_ASK, text)
        // "let me sleep on that one", "je vais y réfléchir": time taken to think, not work.
        || thinksItOver(c, text)
        || RegexPrefilter.find(CHECK_FIRST, text) && answersAQuestion(c, s);
  }

  /**
   * "can you make the export idempotent someday?" — "we'll see, it's not on the roadmap rn";
   * "könnt ihr das irgendwann mal automatisieren?" — "mal sehen"; "vous pourrez un jour
   * automatiser ça ?" — "on verra"; "¿podéis automatizarlo algún día?" — "ya veremos"; "dá pra
   * automatizar isso algum dia?" — "vamos ver": a request whose first answer puts it off leaves
   * nobody anything to do.
   */
  private static boolean putOff(PreparedConversation c, Sentence s) {
    return answerPutsOff(c, s);
  }

  /** Whether the first other voice answering the sentence's message puts it off. */
  private static boolean answerPutsOff(PreparedConversation c, Sentence s) {
    int reply = c.model().firstReply(s.messageIndex(), 2);
    return reply >= 0 && c.model().act(reply) == ConversationModel.Act.DEFERRAL
        && !RegexPrefilter.find(c.cues().commitment(), c.plainText(reply));
  }

  /**
   * "can you make the export idempotent someday?", "könnt ihr das irgendwann mal automatisieren?",
   * "vous pourrez automatiser ça un jour ?", "¿podéis automatizarlo algún día?", "dá pra
   * automatizar isso algum dia?", "いつか自動化できますか？": a request for no day in particular, or
   * such a question whose answer puts it off ("should we move to weekly releases at some point?" —
   * "maybe next quarter, not now"), is a wish, asked in passing; it waits for no answer ({@link
   * OpenQuestionDetector}). "can you do it on Friday?" names a day; "was it ever fixed at some
   * point?" asks what is; "should we publish notes in-app at some point?" left unanswered stays
   * open.
   */
  static boolean forSomeday(PreparedConversation c, Sentence s) {
    return RegexPrefilter.find(SOMEDAY, s.text()) && (RegexPrefilter.find(c.cues().request(), s.text())
        || s.isQuestion() && !RegexPrefilter.find(c.cues().choices().factual(), s.text())
            && answerPutsOff(c, s));
  }

  /**
   * "side note, that error message is terrible. maybe I'll poke at it someday", "Not this
   * quarter, the roadmap is locked. … I'll look at it in Q2 planning", "vou dar uma olhada nisso,
   * alguma hora", "irgendwann schau ich mir das an", "j'y jetterai un œil un de ces jours", "lo
   * miro algún día", "そのうち見ておきます": one's own commitment for no day in particular, or said
   * in a message that puts the thing past this term, promises nothing to do now. Not "I'll look
   * at it on Monday", nor "not this quarter, but I'll file it in the backlog today".
   */
  private static boolean forNoTerm(PreparedConversation c, Sentence s) {
    if (RegexPrefilter.find(SOMEDAY, s.text()) || RegexPrefilter.find(LATER_SOMEDAY, s.text())) {
      return true;
    }
    if (RegexPrefilter.find(NOW, s.text())) {
      return false;
    }
    return c.sentencesOf(s.messageIndex()).stream()
        .anyMatch(t -> RegexPrefilter.find(NOT_THIS_TERM, t.text()));
  }

  /** No day in particular, beside {@link #SOMEDAY}: "alguma hora", "un día de estos", "そのうち". */
  private static final Pattern LATER_SOMEDAY = Pattern.compile("(?iu)\\b(?:alguma\\s+hora|qualquer"
      + "\\s+dia|un\\s+día\\s+de\\s+estos|eines\\s+tages)(?!\\p{L})|そのうち");

  /**
   * A refusal for this term said first: "Not this quarter, the roadmap is locked", "nicht dieses
   * Quartal", "pas ce trimestre", "este trimestre no", "neste trimestre não", "今期は無理". Not "i
   * can do it but not this sprint", a task for the next one.
   */
  private static final Pattern NOT_THIS_TERM = Pattern.compile("(?iu)^\\W*(?:(?:no|nein|non|não)\\W+)?"
      + "(?:not\\s+(?:this|in\\s+this)\\s+(?:quarter|year|sprint|cycle|season)\\b"
      + "|nicht\\s+(?:in\\s+)?(?:diese[mns]?)\\s+(?:quartal|jahr|sprint)\\b"
      + "|pas\\s+(?:ce\\s+trimestre|cette\\s+année|ce\\s+sprint)(?!\\p{L})"
      + "|(?:este|esta)\\s+(?:trimestre|año|temporada)\\s+no\\b|no\\s+(?:este|esta)\\s+(?:trimestre"
      + "|año|temporada)(?!\\p{L})|(?:neste|este|esta|nesta)\\s+(?:trimestre|ano|temporada)\\s+não\\b"
      + "|não\\s+(?:neste|este|nesta)\\s+(?:trimestre|ano|temporada)(?!\\p{L})"
      + "|(?:今期|今四半期|今年)(?:は|中は)(?:無理|なし|やらない|難しい))");

  /** "today", "now", "heute", "aujourd'hui", "hoy", "hoje", "今日": the commitment is for now. */
  private static final Pattern NOW = Pattern.compile("(?iu)\\b(?:today|now|tonight|heute|jetzt"
      + "|aujourd'hui|maintenant|hoy|ahora|hoje|agora)(?!\\p{L})|今日|今から");

  /** No day in particular, in the words of every cue language. */
  private static final Pattern SOMEDAY = Pattern.compile("(?iu)\\b(?:some\\s?day|one\\s+day"
      + "|at\\s+some\\s+point|irgendwann|un\\s+jour|un\\s+de\\s+ces\\s+jours|algún\\s+día"
      + "|en\\s+algún\\s+momento|algum\\s+dia|um\\s+dia\\s+desses)(?!\\p{L})|いつか");

  /** Asking someone to decide, in the words of every cue language. */
  private static final Pattern ASKED_TO_DECIDE = Pattern.compile("(?iu)\\b(?:call\\s+it|make\\s+the"
      + "\\s+call|decide|break\\s+the\\s+tie|entscheiden|entscheidest|entscheide|trancher|tranches"
      + "|tranche|décider|décides|décide|déciderai|trancherai|decidir|decides|decido|decidiré"
      + "|decidirei|bater\\s+o\\s+martelo)\\b|決めて|判断して|(?:判断|決定)します|決めます");
  /** Messages after the request within which the one asked makes the call. */
  private static final int CALL_WINDOW = 3;
  /** Words a request that asks only for the call has at most ("can you make the call"). */
  private static final int CALL_WORDS = 5;

  /**
   * "thoughts, then i'll call it", "ich entscheide das morgen", "je trancherai demain", "decido
   * yo el lunes", "eu decido amanhã", 「大阪と石狩の2案で最終判断します」: promising to make the
   * call, and nothing more, leaves no task; the call, once made, is the decision. Asked of someone
   * else, the same words are read by {@link #decidedByTheOneAsked}.
   */
  private static boolean onlyTheCall(PreparedConversation c, String task) {
    if (Terms.words(task).size() > CALL_WORDS) {
      return false;
    }
    if (RegexPrefilter.find(THE_CALL_ALONE, task) || RegexPrefilter.find(THE_CALL_ALONE_JA, task)) {
      return true;
    }
    return ("es".equals(c.language()) || "pt".equals(c.language()))
        && RegexPrefilter.find(THE_CALL_ALONE_ES_PT, task);
  }

  /**
   * What may follow the call and leave it the whole task: a pronoun, "myself", a day or time
   * ("tomorrow", "morgen", "demain", "mañana", "amanhã", "on friday", "by noon").
   */
  private static final String ONLY_WHEN = "(?:\\s+(?:it|that|this|myself|me|yo|eu|ich|je|moi|das|es"
      + "|ça|lo|la|isso|then|later|first|today|tonight|tomorrow|soon|now|heute|morgen|jetzt|dann"
      + "|demain|aujourd'hui|ce\\s+soir|plus\\s+tard|hoy|mañana|luego|hoje|amanhã|depois"
      + "|(?:on|by|am|le|el|no|na)\\s+\\p{L}+|(?:this|next)\\s+\\p{L}+|end\\s+of\\s+(?:day|week)|eod"
      + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday))*[\\s.!…]*$";
  /**
   * Promising the call and nothing else: the call opens the task ("Call it", "Make the call
   * tomorrow", "Entscheide das morgen", "Trancherai demain") with at most a pronoun or a time
   * after it. Not "Decide and book it tonight", "Write up whatever we decide", nor "Call it in"
   * (a leak reported).
   */
  private static final Pattern THE_CALL_ALONE = Pattern.compile("(?iu)^\\W*(?:(?:ich|je|das|es"
      + "|le|la)\\s+)*(?:call\\s+it|make\\s+the\\s+call|decide|break\\s+the\\s+tie|entscheiden"
      + "|entscheide|trancher|tranche|trancherai|décider|décide|déciderai)(?!\\p{L})" + ONLY_WHEN);
  /** The same in Spanish and Portuguese: "Lo decido yo mañana", "Eu decido amanhã". */
  private static final Pattern THE_CALL_ALONE_ES_PT = Pattern.compile("(?iu)^\\W*(?:(?:lo|la|yo"
      + "|eu|isso|o|a)\\s+)*(?:decidir|decides|decido|decidiré|decidirei|bater\\s+o\\s+martelo)"
      + "(?!\\p{L})" + ONLY_WHEN);
  /** 「2案で明日最終判断します」: the call, said last. */
  private static final Pattern THE_CALL_ALONE_JA = Pattern.compile("(?:判断|決定)します|決めます");

  private static boolean decidedByTheOneAsked(PreparedConversation c, Sentence s,
      ActionCandidate candidate) {
    // The task is the call itself ("Call it", "Kannst du das entscheiden"), not a call and more.
    String task = candidate.item.text();
    return RegexPrefilter.find(ASKED_TO_DECIDE, task) && Terms.words(task).size() <= CALL_WORDS
        && callMadeBy(c, s, candidate.item.owner());
  }

  /**
   * Whether the sentence asks the person it names first to decide and they answer in the next
   * few messages: the question is answered by the call ({@link OpenQuestionDetector}).
   */
  static boolean callAnswered(PreparedConversation c, Sentence s) {
    List<String> named = SlackText.userIds(s.text());
    return !named.isEmpty() && callMadeBy(c, s, named.get(0));
  }

  private static boolean callMadeBy(PreparedConversation c, Sentence s, String owner) {
    if (owner == null || owner.equals(s.user()) || !RegexPrefilter.find(ASKED_TO_DECIDE, s.text())) {
      return false;
    }
    // In the thread or right after it in the channel: the call is often posted on its own.
    int last = Math.min(c.messages().size(), s.messageIndex() + 1 + CALL_WINDOW);
    for (int i = s.messageIndex() + 1; i < last; i++) {
      if (owner.equals(c.messages().get(i).user())) {
        return true;
      }
    }
    return false;
  }

  private static boolean answersAQuestion(PreparedConversation c, Sentence s) {
    return c.preceding(s.messageIndex(), 1).stream()
        .anyMatch(i -> c.sentencesOf(i).stream().anyMatch(Sentence::isQuestion));
  }
}
