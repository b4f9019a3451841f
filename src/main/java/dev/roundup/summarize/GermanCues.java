package dev.roundup.summarize;

import static dev.roundup.summarize.Cues.p;

import java.util.regex.Pattern;

/**
 * How people phrase each step of a conversation in German: the words {@link Cues} describes, and
 * the words the conversation model reads replies with ({@link ReplyWords}). The rules that use
 * them are language-neutral; only the wording lives here.
 */
final class GermanCues {

  private GermanCues() {}

  static final Cues CUES = new Cues(
      p("(?:entschieden|entscheidung|beschluss|planänderung)\\s*:|\\b(?:wir\\s+haben\\s+(?:\\w+\\s+)?entschieden"
          + "|beschlossen|machen\\s+wir\\s+so|so\\s+machen\\s+wir(?:\\s+es|['’]?s)|wir\\s+nehmen"
          + "|es\\s+bleibt\\s+(?:bei|dabei)|abgemacht|freigegeben|ab\\s+sofort|künftig"
          + "|(?:dann|also|gut)\\W+(?:nehmen|machen|bleiben|gehen|nutzen)\\s+wir)\\b"),
      // "ja, irgendwann mal": some day, not now, said as the whole answer (not "das haben wir
      // irgendwann mal so beschlossen").
      // "wenn überhaupt, streichen wir Station 1", "notfalls …": a fallback offered, hedged.
      p("^\\W*(?:wenn\\s+überhaupt|notfalls|schlimmstenfalls)(?!\\p{L})"
          + "|^\\W*(?:(?:ja|jo|klar)\\W+)?irgendwann(?:\\s+mal)?\\s*(?:[.!…]|$)|\\b(?:mal\\s+sehen|schauen\\s+wir\\s+mal|sehen\\s+wir\\s+(?:dann|mal)|noch\\s+offen"
          + "|offen\\s+bleibt|später\\s+entscheiden|vertagen|klären\\s+wir\\s+(?:beim|im|später"
          + "|nächste)|beim\\s+nächsten|nächste\\s+woche\\s+entscheiden|unklar|vielleicht"
          + "|weiß\\s+(?:ich\\s+)?nicht|nicht\\s+sicher|steht\\s+noch\\s+nicht\\s+fest"
          + "|angenommen,?\\s+ich\\s+habe|^\\W*angenommen,?\\s+wir\\b|prüfen\\s+(?:wir\\s+)?(?:ob|erst)"
          + "|nehmen\\s+wir\\s+(?:mal\\s+)?an|entscheidet\\s+(?:der|die|das)?\\s*\\p{L}+"
          + "|das\\s+muss\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+(?:klären|entscheiden)"
          + "|(?:im|beim|in\\s+der|am)\\s+(?:nächsten\\s+)?(?:planning|meeting|termin|jour\\s+fixe"
          + "|retro|weekly|standup|sync|review)|zurückstellen|auf\\s+eis|erstmal\\s+nicht"
          // "mal schauen", "kommt drauf an", "hängt vom Budget ab", "warten auf die Rechtsabteilung".
          + "|mal\\s+schauen|vllt|kommt\\s+(?:drauf|darauf)\\s+an|hängt\\s+(?:davon\\s+|vo[nm]\\s+)"
          // "nicht länger offen lassen" closes it: only a plain "offen lassen" leaves it open.
          + "|warten\\s+(?:wir\\s+)?(?:auf|ab)|bis\\s+wir\\s+(?:mehr\\s+)?(?:wissen|sehen|hören)|(?<!(?:nicht|länger|mehr)\\s)offen\\s+lassen)\\b"),
      p("\\b(?:wir\\s+sollten|ich\\s+wäre\\s+für|lass(?:t)?\\s+uns|wie\\s+wäre\\s+es|ich\\s+schlage\\s+vor"
          + "|wir\\s+könnten|wir\\s+werden"
          + "|(?:regel|zeitplan|vorschlag)\\s*:\\s*\\p{L}+"
          + "|(?:nehmen|machen|bleiben|gehen|nutzen|verwenden|lassen|probieren|behalten"
          + "|verschieben|stellen)\\s+wir|wir\\s+(?:nehmen|machen|bleiben|gehen|nutzen|verwenden"
          + "|stellen|lassen|verschieben|probieren|behalten|streichen))\\b"
          + "|\\b(?:vorschlag|kompromiss|idee)\\s*:|^\\W*(?:vorschlag|idee)\\b[^.:?!]{0,50}:"),
      p("^\\W*(?:einverstanden|abgemacht|so\\s+machen\\s+wir\\s+das|passt|genehmigt|leg\\s+los|mach(?:'s|\\s+(?:das|es))"
          + "|mach\\s+(?:ruhig|das))\\W*$"),
      p("^\\W*(?:\\d[\\p{L}\\p{N}:./-]*\\s+(?:passt|geht)(?:\\s+(?:für\\s+\\p{L}+|mir))?"
          + "|\\+1|einverstanden|notiert|verstanden|ja|jawohl|klar|genau|passt|gute\\s+idee|finde\\s+ich\\s+gut"
          + "|sehe\\s+ich\\s+(?:auch\\s+)?so|stimme\\s+(?:\\p{L}+\\s+)?zu|dafür|ok(?:ay)?|gerne"
          + "|bin\\s+(?:auch\\s+)?(?:dafür|für)|klingt\\s+gut|passt\\s+(?:für\\s+mich|mir)|super"
          + "|machen\\s+wir|👍|✅"
          // "fair", "macht Sinn": conceding, as "fair" and "makes sense" do in English.
          + "|fair|macht\\s+sinn|nachvollziehbar)(?!\\p{L})"),
      p("\\b(?:aber|allerdings|nicht\\s+sicher|dagegen|lieber\\s+nicht|warte)\\b"),
      p("\\b(?:ich\\s+(?:kümmere\\s+mich|übernehme|mache\\s+(?:das|es|ich)|erledige|passe"
          + "|schreibe|prüfe|schicke|sende|kläre|baue|richte|setze|aktualisiere|melde\\s+mich)"
          + "|mach(?:e)?\\s+ich|übernehm(?:e)?\\s+ich|erledige\\s+ich)\\b\\s*"
          // Not what the speaker knows, sees or had: "ich kenne das Problem", "ich hatte das auch".
          + "|\\bich\\s+(?!bin|glaube|denke|hoffe|weiß|finde|meine|habe|fürchte|wäre|würde|kenne"
          + "|verstehe|sehe|hatte|wollte|dachte|vermute|wette|gebe\\s+zu|schlage|empfehle|rate)\\p{L}+e\\b"
          // "ich frag mal nach", "ich kann die Agenda vorbereiten": said casually, or offered.
          + "|\\bich\\s+(?:frag|schau|guck|kümmer|meld|check|setz|hak|schick|schreib|ruf|bestell|buch"
          + "|trag|zieh|kläre?|prüf|test)\\b"
          // "ich mach PIRs für die 3", "ich hör mal rum, ob Sanne kann"; not "ich mach mir Sorgen",
          // "ich mach Feierabend", "ich mach mal Pause".
          + "|\\bich\\s+mach(?:e)?\\s+(?!(?:mir|mich|dir|nicht|nix|nichts|eh|seit|schon|immer|gern"
          + "|gerne|grad|gerade)\\b)"
          + "(?!(?:\\p{L}+\\s+){0,2}(?:feierabend|pause|schluss|urlaub|sorgen|nicht|kaffee|tee"
          + "|mittag)\\b)\\p{L}"
          // "ich hör mal rum", "ich hör nach, ob …"; not "ich hör nach 3 Jahren hier auf".
          + "|\\bich\\s+hör(?:e)?\\s+(?:mal\\s+)?(?:rum|herum\\b|nach\\s*,?\\s*(?:ob|bei|wegen|was"
          + "|wie|wann|wo)\\b)"
          // "ich sag dem PO bescheid"; not "ich sag mal", "ich sag ja", "ich sag nix".
          // Telling a third party: not "ich sag euch bescheid, wenn …", which only promises news,
          // as "I'll let you know" does, nor "ich sag dir, …", "ich sag immer …", "ich sag's".
          + "|\\bich\\s+sag(?:e)?\\s+(?:(?:es|das)\\s+)?(?:dem|der|den|ihm|ihr)\\s+\\p{L}"
          // "ich sag freitag mittag bescheid wegen rasen": when the news comes, said.
          + "|\\bich\\s+sag(?:e)?\\s+(?!(?:euch|dir|ihnen|dann|noch|mal)\\b)(?:\\p{L}+\\s+){1,4}bescheid\\b"
          + "(?!\\W*(?:wenn|wie|ob|sobald|falls)\\b)"
          // "lass mich kurz bei der IT nachfragen": a check taken on; not "lass mich nachdenken".
          + "|\\blass\\s+mich\\s+(?:[\\p{L}.]+\\s+){0,4}?(?:nachfragen|nachsehen|nachschauen|prüfen|checken"
          + "|klären|abklären|fragen)\\b"
          // "sag ich der Schicht", "kläre ich mit dem Auditor": the verb first, the "ich" after it.
          // "weiß ich nicht, frag ich nach": so too after a clause of its own.
          + "|(?:^\\W*(?:(?:ok|gut|klar|passt|alles\\s+klar|jo|ja)\\W+)?|[,;]\\s*)(?:sag|frag|ruf|schreib|schick|kläre?"
          + "|check|bestell|buch|setz|trag|zieh|bau|übernehm|erledig|kümmer|meld|prüf|besorg"
          + "|organisier|informier|fahr|pack|stell|tausch|test)e?\\s+ich\\b(?!\\s+(?:nicht|mal\\b|doch\\b"
          + "|mich\\b|ja\\b|halt\\b|immer\\b))"
          // "Liste kann ich dir bis 12 Uhr ziehen", "…, kann ich morgen um 8 holen": offered with the
          // object or a clause first; not "damit kann ich leben", "kann ich bestätigen", nor "… kann
          // ich übernehmen, wenn …" (on a condition).
          + "|(?:^\\W*|[,;]\\s*)(?:(?:die|der|das|den|dem)\\s+)?(?:[\\p{L}\\p{N}-]+\\s+){0,2}kann\\s+ich\\s+"
          + "(?!(?:nicht|nix|nichts|kaum|mir|leider)\\b)(?:[\\p{L}\\p{N}]+\\s+){0,5}?"
          + "(?!(?:leben|bestätigen|mittragen|verstehen|nachvollziehen|sagen|sehen)\\b)"
          + "\\p{L}+(?:en|ern|eln)\\s*(?:[.!]|$|,(?!\\s*(?:wenn|falls|sofern)\\b))"
          // "gute Frage, das kläre ich mit dem Monitor": a check with the object before the verb;
          // not "das sag ich dir", "das buch ich unter Lehrgeld ab".
          + "|(?:^\\W*(?:(?:ok|gut|klar|passt|alles\\s+klar|jo|ja)\\W+)?|[,;]\\s*)"
          + "das\\s+(?:kläre?|frag|prüf|check)e?"
          + "\\s+ich\\b(?!\\s+(?:nicht|mal\\b|doch\\b|ja\\b|halt\\b|immer\\b|seit\\b))"
          // "nehm ich mit in den Jour fixe": taken along to where it is settled; not "danke, nehme
          // ich mit", a tip taken to heart.
          + "|(?:^\\W*(?:(?:ok|gut|klar|passt|alles\\s+klar|jo|ja)\\W+)?|[,;]\\s*)(?:das\\s+)?nehme?\\s+ich"
          + "\\s+(?:(?:das|es)\\s+)?mit\\s+(?:in|ins|zum|zur|für|nach)\\b"
          + "|\\bich\\s+kann\\s+(?!nicht\\b|mir\\b|(?:das|es)\\s+nicht\\b)(?:\\p{L}+\\s+){0,5}?"
          + "(?!sein\\b|verstehen\\b|nachvollziehen\\b|bestätigen\\b|sehen\\b|sagen\\b)"
          + "\\p{L}+(?:en|ern|eln)\\s*(?:[.!,]|$)"
          // "ich verschieb den Reindex-Cron, PR kommt gleich": the present tense with a time,
          // opening the message or a clause of it, is a plan ("wenn ich morgen …" is not); "und
          // ich bau ihn morgen ein" goes on from what the speaker said before, "Ute sagt ok, ich
          // bestell das heute" from what they heard.
          + "|(?:^\\W*|[,;]\\s*)(?:(?:ok|gut|klar|passt|alles\\s+klar|und|dann)\\W+)?ich\\s+(?!(?:bin|war|habe|hab|hatte"
          + "|glaube?|denke?|hoffe|weiß|finde|meine|wäre|würde|muss|kann|will|soll|dachte|fürchte"
          + "|sehe|seh|verstehe)\\b)\\p{L}{3,}\\b(?=[^.!?]*\\b(?:gleich|jetzt|sofort|heute|morgen"
          + "|nachher|diese\\s+woche|bis\\s+\\p{L}+)\\b)"
          // "ich muss noch Petra fragen": an obligation taken on; not "ich muss wissen, wie viele …".
          + "|(?<!\\b(?:wenn|falls|ob)\\s)\\bich\\s+muss\\s+(?!(?:nicht|nichts|kein\\p{L}*|sagen|zugeben"
          + "|gestehen|los|weg|leider\\s+sagen|wissen)\\b)(?=\\p{L})"
          // "muss ich mit Compliance klären", "das zelt muss ich bis freitag buchen": the same
          // obligation with the verb first, where the verb is one of a task; not "da muss ich
          // widersprechen", "muss ich mir noch überlegen", "heute muss ich früher gehen", nor a
          // question's "was muss ich tun".
          + "|(?<!\\b(?:wenn|falls|ob|oder|was|wie|wo|wer|warum|wieso|wann|oft)\\s)\\bmuss\\s+ich\\s+"
          + "(?!(?:auch|ja|doch)?\\s*nicht\\b)(?:[^!?,;]{0,50}?\\s)?(?:klären|abklären|nachfragen|nachhaken"
          + "|fragen|checken|prüfen|nachschauen|nachsehen|besprechen|reden|bestellen|buchen|anrufen"
          + "|organisieren|schreiben|schicken|einholen|informieren|bescheid\\s+(?:sagen|geben)"
          + "|(?:nach)?beauftragen|beantragen|abholen|vorbereiten|erledigen)(?!\\p{L})"),
      p("\\bich\\s+(?:bin|werde\\s+nicht|hoffe|glaube|denke)\\b"),
      p("^\\W*(?:(?:und|auch)\\s+)?(?:kann\\s+(?:jemand|wer)|könnte\\s+(?:jemand|wer)"
          + "|(?:jemand|wer)\\s+(?:muss|müsste|sollte)|bitte\\s+(?=\\p{L}+\\s))"),
      p("[\\s,:]*(?:(?:kannst|könntest)\\s+du\\s+(?:bitte\\s+)?|bitte\\s+)"),
      p("^\\W*(?:mache\\s+ich|übernehme\\s+ich|erledige\\s+ich|ja|jep|jo|klar|ok|gerne|bin\\s+dran)\\b"),
      p("^\\W*(?:(?:tja|also|ehrlich\\s+gesagt)[\\s,.]+)?(?:gute\\s+frage|keine\\s+ahnung"
          // "hab ich mir noch nicht überlegt", "lass mich drüber nachdenken": not yet thought
          // through.
          + "|hab(?:e)?\\s+ich\\s+(?:mir\\s+)?(?:noch\\s+)?nicht\\s+(?:überlegt|angeschaut|drüber\\s+nachgedacht)"
          + "|lass\\s+mich\\s+(?:kurz\\s+)?(?:drüber\\s+)?nachdenken"
          + "|weiß\\s+(?:ich\\s+)?(?:noch\\s+)?nicht|unklar|niemand|noch\\s+nicht|noch\\s+offen|vielleicht"
          + "|vllt|mal\\s+sehen|mal\\s+schauen|hm+|kommt\\s+(?:drauf|darauf)\\s+an|keiner\\s+weiß)\\b"
          // "frag die Rechtsabteilung, ich weiß es ehrlich gesagt nicht": not knowing, said last.
          + "|(?<=\\W)(?:ich\\s+weiß\\s+(?:es\\s+)?(?:ehrlich\\s+gesagt\\s+)?nicht|weiß\\s+ich\\s+"
          + "(?:ehrlich\\s+gesagt\\s+)?nicht|keine\\s+Ahnung|k\\.\\s?a\\.?)(?=[\\s.!…]*$)"
          // "k.a., frag Uwe": "keine Ahnung" as chat writes it.
          + "|^\\W*k\\.\\s?a\\.(?=\\W|$)"
          // Not theirs to decide, as it opens or closes the answer: NOT_OURS below.
          + "|" + GermanCues.NOT_OURS
          // "hab die Kasse gefragt, noch keine Antwort": asked on, still unanswered.
          + "|\\bnoch\\s+keine\\s+(?:Antwort|Rückmeldung)\\b"
          + "|\\b(?:klären\\s+wir\\s+(?:beim|im|später|auf\\s+de[rm]|in\\s+de[rm]|am|nach\\s+de[rm]|nächste[nmrs]?)|beim\\s+nächsten)\\b"),
      p("\\b(?:frag(?:e|en)?|nachfragen|klären\\s+mit|abstimmen\\s+mit|warten\\s+auf)\\s+"
          + "(?:(?:wir|ich|mal|lieber|erst|erstmal)\\s+)*(?:bei\\s+)?"
          // "ich frag mal nach", "frag ihn": nobody named.
          + "(?:(?:mal|nach|noch|ihn|sie|ihm|ihr|uns|mich|dich|euch|rum|herum|nochmal|ob|wer|was|wie|am)\\b"
          + "|(" + Cues.MENTION + "|dem\\s+\\p{L}+|der\\s+\\p{L}+|die\\s+\\p{L}+|\\p{L}+))"
          // "das muss Marketing sagen", "das entscheidet Petra": whose question it is.
          + "|\\bdas\\s+(?:muss|soll|kann)\\s+(?:der\\s+|die\\s+|das\\s+)?(\\p{L}+)\\s+(?:sagen|klären"
          + "|entscheiden|beantworten)\\b|\\bdas\\s+entscheidet\\s+(?:der\\s+|die\\s+)?(\\p{L}+)"),
      p("^\\W*(?:ist|sind|war|haben|hat|habt|kann|können|könnt|sollen|sollten|soll|brauchen"
          + "|braucht|gibt\\s+es|wird|werden|gibt)\\b"),
      p("^\\W*(?:ja|nein|noch\\s+nicht|klar|genau|richtig|auf\\s+jeden\\s+fall|erledigt)\\b"),
      p("^\\W*(?:hallo|hi|moin|guten\\s+(?:morgen|tag|abend)|servus|zur\\s+info|fyi|kurze\\s+info"
          + "|übrigens|nebenbei)\\b"),
      p("\\b(?:hat\\s+sich\\s+erledigt|gefunden|schon\\s+gelöst)\\b"),
      p("^\\W*(?:entscheidung|beschluss|planänderung|todo|aufgabe|nächste\\s+schritte)\\s*[:\\-–—]\\s*"),
      p("^\\W*(?:danke|vielen\\s+dank|ok|okay|super|prima|top|👍|\\+1)\\W*$"));

  /** "Done", "Rollback done": a report that what was taken on is finished. */
  /** "Erstattung veranlasst, Gutschrift gebucht": a thing and what was done to it, said first. */
  static final Pattern THING_DONE = p("^\\W*(?!(?:der|die|das|ein|eine|den|dem)\\s)\\p{L}[\\p{L}-]*\\s+(?:veranlasst|verschickt"
      + "|versendet|gesendet|erstattet|storniert|gebucht|bestellt|eingereicht|hochgeladen)\\b");

  static final Pattern DONE = p("^\\W*(?:[\\p{L}-]+\\s+)?(?:erledigt|fertig|gemacht|gebucht|verschickt|reserviert)\\b"
          + "|\\b(?:ist|sind)\\s+(?:jetzt\\s+)?(?:erledigt|fertig|erneuert|behoben|live|aktualisiert"
          + "|gebucht|verschickt|reserviert|eingerichtet|installiert)\\b"
          + "|\\b(?:läuft|laufen|funktioniert)\\s+wieder\\b");

  /**
   * A plan said in the present with the object first and a time, or "myself": "Postmortem
   * schreib ich bis Freitag", "den Rest mach ich morgen", "Mit Gabi rede ich selbst" (action
   * items). The verb is lower-case, a noun is not;
   * "Das glaube ich nicht" and "das sehe ich morgen" say no plan.
   */
  static final Pattern PLAN_IN_PRESENT = p("^[^\\p{L}\\p{N}]*(?:(?:ok|ja|gut|klar|passt)[\\s,!.]+)?"
      + "(?:(?:die|der|das|den|dem)\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?!(?:weiß|glaub|glaube"
      + "|denk|denke|find|finde|mein|meine|hoff|hoffe|bin|hab|habe|war|seh|sehe|kann|muss|würde"
      + "|hätte|möchte|will|mag|sag|sage|versteh|verstehe)\\b)\\p{Ll}{3,}\\s+ich\\b(?=[^.!?]*\\b"
      + "(?:gleich|jetzt|sofort|heute|morgen|nachher|bis|diese\\s+woche|nächste\\s+woche|montag"
      + "|dienstag|mittwoch|donnerstag|freitag|selbst|persönlich)\\b)"
      // "Ich schreib das Cleanup-Skript", "ich helf dir beim Teil in der Pipeline": the speaker
      // first, a verb of doing and what it acts on.
      + "|^[^\\p{L}\\p{N}]*(?:(?:ok|ja|gut|klar|passt)[\\s,!.]+)?ich\\s+(?!(?:weiß|glaub|glaube"
      + "|denk|denke|find|finde|mein|meine|hoff|hoffe|bin|hab|habe|hatte|war|seh|sehe|kann|muss"
      + "|würde|hätte|möchte|will|mag|sag|sage|versteh|verstehe|kenn|kenne|schau|schaue|guck"
      + "|gucke|frag|frage|dachte|wusste|fand|sah|wollte|vermute)\\b)\\p{Ll}{3,}\\s+(?:das|den|die"
      + "|dem|einen|eine|ein|dir\\s+(?:beim|bei|mit)|euch\\s+(?:beim|bei|mit))\\s+[\\p{L}-]");

  /**
   * A reply that puts a question off or says nobody has looked at it ({@link
   * EnglishCues#LEAVES_OPEN}): "das entscheiden wir heute nicht", "hat sich noch keiner
   * angeschaut" (open questions).
   */
  static final Pattern LEAVES_OPEN = p("\\bnicht\\s+heute\\s+entscheiden|\\bentscheiden\\s+wir"
      + "\\s+(?:heute|jetzt)\\s+nicht|\\b(?:hat|haben)\\s+sich\\s+(?:noch\\s+)?(?:keiner|niemand)"
      + "\\s+angeschaut|\\beine\\s+andere\\s+diskussion\\b"
      // "aber das schauen wir uns im Januar an": put off to a time.
      + "|\\b(?:schauen|sehen|gucken)\\s+wir\\s+uns\\s+(?:das\\s+|es\\s+)?(?:im\\s+\\p{L}+|in\\s+q[1-4]"
      + "|nächste[ns]?\\s+(?:monat|quartal|jahr)|nach\\s+de[mnr])\\b"
      // "parken wir", "kommt auf die Agenda vom Donnerstag", "bevor wir entscheiden".
      + "|\\b(?:parken\\s+wir|das\\s+parken)\\b|\\b(?:kommt|setze\\s+ich\\s+(?:das|es)|nehme\\s+ich"
      + "\\s+(?:das|es))\\s+(?:mit\\s+)?(?:auf|in)\\s+die\\s+(?:agenda|tagesordnung)|\\bbevor\\s+wir\\s+"
      + "(?:(?:das|etwas|irgendwas)\\s+)?entscheiden\\b"
      // "Rotation klären wir später", "das bestätigen wir am Montag": put off in the present.
      + "|\\b(?:klären|entscheiden|bestätigen|regeln)\\s+wir\\s+(?:(?:das|es)\\s+)?(?:am\\s+)?"
      + "(?:später|montag|dienstag|mittwoch|donnerstag|freitag|morgen|nächste\\s+woche)\\b");

  /** A question reported ("der Kunde fragt, ob …", "will wissen, ob …") (open questions). */
  static final Pattern INDIRECT_QUESTION = p("\\b(?:fragt|fragen|gefragt|wissen\\s+wollen"
      + "|will\\s+wissen|wollen\\s+wissen),?\\s+ob\\b"
      // "weiß jemand, ob Spikes auf den Radwegen erlaubt sind": asked of everyone.
      + "|\\bweiß\\s+(?:jemand|einer|wer)\\s*,?\\s+ob\\b");

  /**
   * A reminder to whoever is doing something ("denk dran, …", "vergiss nicht, …"): a task once the one it is
   * said to takes it ("will do"); advice otherwise.
   */
  static final Pattern REMINDER = p("^\\W*(?:(?:und|auch|bitte)\\W+)?(?:denk(?:t)?\\s+(?:bitte\\s+)?(?:dran|daran)"
      + "|vergiss\\s+nicht|achte\\s+(?:bitte\\s+)?darauf)\\b");

  /**
   * A task given to someone named, by name or mention (group 1), the task after the match, also
   * after an acknowledgement by whoever hands it out: "Lars übernimmt die Migration", "gut, lars
   * übernimmt dann die Grafik"; never "gut, das übernimmt die Versicherung" (no one named).
   */
  static final Pattern ASSIGNED = p("^\\W*(?:(?:gut|ok(?:ay)?|super|prima|dann|also|passt)\\W+){0,2}("
      + Cues.MENTION + "|\\p{Lu}\\p{L}+)\\s+(?:übernimmt|kümmert\\s+sich\\s+um"
          + "|macht|schreibt|schickt|prüft)\\s+");

  /**
   * A question about how the plan goes on ({@link EnglishCues#PLAN_QUESTION}): "wann machen wir
   * weiter?", "was ist mit der Doku?", "und die Rufbereitschaft am Wochenende?", "gilt das auch
   * für Werkstudenten?".
   */
  static final Pattern PLAN_QUESTION = p("^\\W*(?:und\\s+)?(?:wann|wo|wie)\\s+\\p{L}+\\s+wir\\b"
      + "|^\\W*(?:und\\s+)?was\\s+ist\\s+mit\\b"
      // Not "und wo ist der Ersatzschlüssel?", "und wie viel haben wir bezahlt?": how things are
      // or were; "und welche Variante nehmen wir?" asks what we do.
      + "|^\\W*und\\s+(?!(?:wer|was|warum|wieso|(?:wie(?!\\s+w[äa]r)|wann|wo|welche\\p{L}*)"
      + "(?![^?]*(?<!\\p{L})(?!(?:haben|hatten|hätten|waren|sind|war)\\s)\\p{L}+\\s+wir(?!\\p{L}))|ist|sind|war"
      + "|hat|haben)(?!\\p{L}))[^?]*\\?\\s*$"
      + "|^(?!\\W*(?:ist|sind|war|waren|hat|haben|wer|was|warum)\\b)[^?]*\\bauch\\s*\\?\\s*$"
      + "|\\bgilt\\s+das\\s+auch\\b"
      // "machen wir die Eulenschau dieses Jahr wieder?": whether what was done before is done again.
      + "|^\\W*(?:und\\s+)?\\p{L}+(?:en|n)\\s+wir\\b[^?]*\\b(?:wieder|nochmal|noch\\s+mal"
      + "|dieses\\s+Jahr)\\b");

  /** An answer given as a guess ("ich glaube Jonas", "wahrscheinlich", "eher nicht"). */
  static final Pattern GUESS = p("\\b(?:wahrscheinlich|vermutlich|vielleicht|vllt"
      + "|ich\\s+(?:glaube|denke|vermute|schätze)|glaube\\s+(?:ich|nicht)|eher\\s+nicht"
      + "|meiner\\s+Meinung\\s+nach)\\b");

  /**
   * The one answering says the question is not theirs to decide: to open the answer ("das
   * entscheiden wir nicht", "das liegt nicht bei uns", "nicht unsere Baustelle") or, in words
   * about deciding, to close it ("…, nicht unsere Entscheidung"). It answers nothing and decides
   * nothing, whoever says it (part of the non-answers). Not "der Fehler liegt nicht bei uns"
   * (whose fault) nor "ab jetzt entscheiden wir nicht mehr einzeln".
   */
  static final String NOT_OURS = GermanCues.NOT_OURS_OPENING + "|(?:"
      + GermanCues.NOT_OURS_CLOSING + ")(?=[\\s.!…]*$)";
  private static final String NOT_OURS_CLOSING = "(?:das\\s+)?entscheide[n]?\\s+(?:wir|ich)\\s+"
      + "(?:das\\s+)?nicht(?=\\s*(?:[,.;!…]|$))|ich\\s+entscheide\\s+das\\s+nicht"
      + "|(?:das\\s+ist\\s+)?nicht\\s+(?:meine|unsere)\\s+Entscheidung"
      + "|das\\s+haben\\s+wir\\s+nicht\\s+zu\\s+entscheiden";
  private static final String NOT_OURS_OPENING = "^\\W*(?:(?:nee|nein|sorry|also|hm+)\\W+)?(?:"
      + GermanCues.NOT_OURS_CLOSING + "|(?:das|die\\s+Entscheidung)\\s+liegt\\s+nicht\\s+bei"
      + "\\s+(?:mir|uns)|(?:das\\s+ist\\s+)?nicht\\s+(?:meine|unsere)\\s+Baustelle)(?!\\p{L})";

  /** The answer opening by saying it is not theirs to decide ({@link #NOT_OURS}). */
  static final Pattern DISOWNS = p(NOT_OURS_OPENING);

  /** The one answering saying they may be wrong ("bin mir aber nicht sicher", "ohne Gewähr"). */
  static final Pattern UNSURE = p("\\bnicht\\s+(?:ganz\\s+|100\\s*%\\s*|hundertprozentig\\s+)?sicher\\b"
      + "|\\bohne\\s+gewähr\\b|\\bkorrigiert\\s+mich\\b"
      + "|\\bkeine\\s+versprechungen\\b|\\bkann\\s+(?:aber\\s+|dir\\s+|euch\\s+)?nichts\\s+versprechen\\b"
      // "vielleicht kann ich den Bus vom Bruder leihen, ich schau mal": still to be checked.
      + "|\\b(?:muss\\s+ich\\s+(?:noch\\s+)?(?:checken|prüfen|nachschauen|klären)"
      + "|ich\\s+(?:schau|prüf|check|frag)\\p{L}*(?:\\s+(?:das|noch|mal|nach))*)\\W*$");

  /** What a reply does to the message it answers, in German ({@link ReplyWords}). */
  static final ReplyWords REPLY = new ReplyWords(
      p("^\\W*(?:soll\\s+ich|kann\\s+ich|ich\\s+kann)\\s+(?=.*\\?\\s*$)"
          // "fix ich das?", "mach ich das gleich?": the speaker's own verb, asked, offers it.
          + "|^\\W*(?!(?:weiß|kenn|hab|bin|war|muss|darf|seh|versteh|frag)\\b)\\p{L}{3,}\\s+ich"
          + "\\s+(?:das|es|den|die)\\b[^?]{0,30}\\?\\s*$"),
      p("^\\W*wer\\s+(?:macht|übernimmt|kümmert\\s+sich\\s+um|schreibt|kann|hat\\s+zeit\\s+für"
          // "wer ist in der Nacht dabei?": who will be there.
          + "|ist(?=[^?]*\\bdabei\\b)|ist\\s+(?=vor\\s+ort\\b))\\s+"),
      p("^\\W*(?:ich|mach\\s+ich|übernehme\\s+ich)\\b|\\bich\\s+(?:mach|übernehm|kümmer)\\w*"),
      p("^\\W*(?:ja|jep|jo|gerne|gern|bitte|klar|ok(?:ay)?)\\b"),
      p("^\\W*(?:nein|nee|nö)\\b"),
      p("\\b(?:pr|mr)\\s+ist\\s+(?:offen|da)\\b|\\bbrauche\\s+(?:ein\\s+)?review\\b"),
      p("\\bich\\s+habe\\b.*\\b(?:gemacht|geschrieben)\\b"));

  /**
   * Ein späterer Tag, eine Woche oder ein Monat für eine Wahl ({@link #PUT_OFF}): "Ende des
   * Monats", "im Mai", "am Montag", "nächste Woche", "in zwei Wochen"; nie ein vergangener
   * ("Ende letzten Monats").
   */
  private static final String LATER_DAY = "\\b(?:(?:am|zum|gegen)\\s+)?(?:ende|anfang|mitte)\\s+(?:des\\s+monats"
      + "|der\\s+woche|des\\s+jahres|des\\s+quartals|(?:nächste[nrs]?|kommende[nrs]?)\\s+\\p{L}+"
      + "|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\\b"
      + "|\\bim\\s+(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november"
      + "|dezember)\\b|\\b(?:am\\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\b"
      + "|\\b(?:nächste|kommende)\\s+woche\\b|\\b(?:nächsten|kommenden)\\s+monat\\b"
      + "|\\bin\\s+(?:zwei|drei|vier|ein\\s+paar|\\d+)\\s+(?:tagen|wochen|monaten)\\b";

  /**
   * A question put off rather than settled ({@link Cues#isDeferral}): "das verschieben wir",
   * "das entscheiden wir heute nicht", "besprechen wir ein andermal", "auf später"; and deciding
   * put off until after something else ("das entscheiden wir nach der Probe", "entscheiden wir,
   * wenn die Zahlen da sind", "erst nach dem Test entscheiden"), never "wir haben nach der Probe
   * entschieden" (a decision reported).
   */
  static final Pattern PUT_OFF = p("\\b(?:das|die\\s+frage|die\\s+entscheidung)\\s+verschieben\\s+wir\\b"
      + "|\\bentscheiden\\s+wir\\s+(?:das\\s+|es\\s+)?(?:heute\\s+nicht|später|nicht\\s+heute"
      + "|ein\\s+andermal|nächste)\\b|\\bheute\\s+nicht\\s+entscheiden\\b"
      + "|\\b(?:machen|klären|besprechen|schauen)\\s+wir\\s+(?:(?:das|uns\\s+das)\\s+)?"
      + "(?:später|ein\\s+andermal|wann\\s+anders)\\b|\\bein\\s+andermal\\b|\\bauf\\s+später\\b"
      + "|\\b(?:entscheiden|klären|festlegen)\\s+wir\\b,?\\s*(?:das\\s+|es\\s+)?(?:dann\\s+)?(?:erst\\s+)?"
      + "(?:nach|wenn|sobald)\\b|\\bnach\\s+(?:der|dem|den)\\s+\\p{L}+\\s+(?:entscheiden|festlegen)\\b"
      // "noch nicht, entscheiden wir um 9:30, wenn wir mehr wissen": put off to a time of day.
      + "|\\b(?:entscheiden|klären|festlegen)\\s+wir\\s+(?:das\\s+|es\\s+)?(?:dann\\s+)?(?:um|gegen|bis)"
      + "\\s+(?:\\d|halb\\b)|\\b(?:um|gegen)\\s+\\d{1,2}(?:[:.]\\d{2})?(?:\\s*uhr)?\\s+(?:entscheiden"
      + "|festlegen)\\b"
      // "das entscheiden wir Ende des Monats", "schauen wir im Mai": put off to a later day, week or
      // month; never "wir haben Ende letzten Monats entschieden" (a decision reported) nor "wir
      // müssen bis Freitag entscheiden, ob …" (a deadline for a choice still asked).
      + "|\\b(?:entscheiden|klären|festlegen|schauen|sehen)\\s+wir\\s+(?:das\\s+|es\\s+|uns\\s+das\\s+)?"
      + "(?:dann\\s+)?(?:erst\\s+)?(?:" + LATER_DAY + ")"
      + "|(?<!bis\\s)(?:" + LATER_DAY + ")\\s+(?:entscheiden|festlegen|entschieden\\s+werden)\\b"
      // "das ist ein Problem für Q1", "ein Q1-Thema": die Wahl einem späteren Quartal oder Jahr
      // überlassen; nicht "kein Problem für Q1, wir liefern".
      + "|(?<!kein\\s)\\b(?:ein\\s+)?(?:problem|thema)\\s+für\\s+(?:q[1-4]|nächstes\\s+jahr|das\\s+nächste\\s+(?:quartal|jahr)|später)(?!\\p{L})"
      + "|\\b(?:ein\\s+)?q[1-4]-(?:problem|thema)(?!\\p{L})"
      // "entscheiden wir über Wien nach dem Scan": the same with what is to be decided named.
      + "|\\b(?:entscheiden|klären)\\s+wir\\s+über\\s+\\p{L}+(?:\\s+\\p{L}+){0,2}?\\s+(?:erst\\s+)?(?:nach|wenn|sobald)\\b"
      // "die melden sich bis Mittwoch. Klären wir dann": decided once what was said before happened;
      // never "dann klären wir das so: …".
      + "|\\b(?:entscheiden|klären|besprechen|regeln)\\s+wir\\s+(?:das\\s+|es\\s+)?dann\\s*(?:[.!,]|$)"
      // "nehmen wir mit in die Q3-Planung": a choice carried to a later meeting.
      + "|\\bnehmen\\s+wir\\s+(?:das\\s+|es\\s+)?mit\\s+(?:in\\s+(?:die|den|das)|ins|zur|zum)\\s+"
      + "(?:nächste[nrs]?\\s+)?[\\p{L}\\d-]*(?:planung|runde|meeting|besprechung|retro|review)(?!\\p{L})"
      // "Dann entscheiden wir dort", "das besprechen wir mit den Hausvertrauensleuten", "das kommt
      // auf die Mitgliederversammlung", "lassen wir erst mal offen": woanders oder später
      // entschieden, nicht hier; nicht "Max geht in die Sitzung".
      + "|\\b(?:entscheiden|beschließen)\\s+wir\\s+(?:das\\s+|es\\s+)?(?:dort|da)\\s*(?:[.!]|$)"
      + "|\\bstimmen\\s+wir\\s+(?:darüber\\s+)?(?:dort|da|auf\\s+der\\s+\\p{L}+|in\\s+der\\s+\\p{L}+)\\s+ab(?!\\p{L})"
      + "|\\bdas\\s+(?:besprechen|klären|bereden)\\s+wir\\s+(?:mit|im|in\\s+der|auf\\s+der|bei\\s+der)(?!\\p{L})"
      // "das entscheiden wir auf der Versammlung"; nicht "das entscheiden wir mit einfacher Mehrheit".
      + "|\\bdas\\s+entscheiden\\s+wir\\s+(?:im|in\\s+der|auf\\s+der|bei\\s+der)(?!\\p{L})"
      // Offen gelassen wird die Frage, nicht "Den Laden lassen wir offen".
      + "|(?:^\\W*|[,;:]\\s*|\\b(?:dann|also|ok(?:ay)?|das|die\\s+frage)\\s+)lassen\\s+wir\\s+(?:das\\s+|es\\s+)?"
      + "(?:erst\\s*mal\\s+|noch\\s+)?offen(?!\\p{L})"
      + "|\\b(?:(?:das|es)\\s+(?:kommt|geht)|(?:kommt|geht)\\s+(?:das|es))\\s+(?:auf|in|an|vor)\\s+die\\s+(?:nächste\\s+)?\\p{L}*(?:versammlung|sitzung|abstimmung)(?!\\p{L})"
      // "ich sag euch heute nachmittag Bescheid", "ich melde mich morgen": the answer comes later.
      + "|\\bsag(?:e)?\\s+(?:euch|dir|ihnen)\\s+(?:dann\\s+)?(?:heute\\s+nachmittag|heute\\s+abend|morgen|später"
      + "|nachher)\\s+bescheid\\b|\\bich\\s+melde\\s+mich\\s+(?:dann\\s+)?(?:heute\\s+nachmittag|heute\\s+abend"
      + "|morgen|später|nachher)\\b"
      // "das schauen wir uns nach Weihnachten an", "kümmern wir uns drum, sobald der Vertrag
      // unterschrieben ist", "klären wir beim Debrief am Montag": später angesehen; nicht "das
      // klären wir so: …".
      + "|\\b(?:schauen|sehen|gucken|kümmern|klären|besprechen|regeln)\\s+wir\\s+(?:uns\\s+)?(?:(?:das|es|drum|darum)(?:\\s*,\\s*|\\s+))?"
      + "(?:dann\\s+)?(?:erst\\s+)?(?:nach|beim|bei\\s+der|im|am|wenn|sobald|nächste[nrs]?)(?!\\p{L})"
      // "kommt auf die Liste für nächsten Monat", "setzen wir auf die Agenda".
      + "|\\b(?:kommt|setzen\\s+wir\\s+(?:das|es)|nehmen\\s+wir\\s+(?:das|es))\\s+auf\\s+die\\s+(?:liste|agenda|tagesordnung)(?!\\p{L})"
      // "Langfristig testen wir …", "auf lange Sicht …": ein Plan für später.
      + "|^\\W*(?:(?:und|aber)\\s+)?(?:langfristig|auf\\s+lange\\s+sicht|mittelfristig)(?!\\p{L})"
      // "schauen wir uns die Zahlen Ende Q1 an", "besprechen wir die Preise nach dem Audit": das
      // Genannte später angesehen; nicht "schauen wir uns die Logs in Grafana an".
      + "|\\b(?:schauen|sehen|gucken)\\s+wir\\s+uns\\s+(?:die|den|das)\\s+\\p{L}+(?:\\s+\\p{L}+){0,2}?\\s+(?:nach\\s+(?:dem|der)|ende|am\\s+ende|im\\s+(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)|beim\\s+nächsten|nächste[nrs]?)(?!\\p{L})"
      + "|\\bbesprechen\\s+wir\\s+(?:die|den|das)\\s+\\p{L}+(?:\\s+\\p{L}+){0,2}?\\s+(?:nach\\s+(?:dem|der)|ende|am\\s+ende|beim\\s+nächsten|nächste[nrs]?)(?!\\p{L})"
      // "das entscheiden wir auf der Mitgliederversammlung im September".
      + "|\\b(?:das|es)\\s+entscheiden\\s+wir\\s+(?!(?:jetzt|heute|hier)(?!\\p{L}))(?:auf|bei|beim|im|am|nach|wenn|sobald|in)(?!\\p{L})"
      // "setz es auf die Retro-Agenda, da entscheiden wir": decided at the meeting just named.
      + "|\\b(?:da|dort)\\s+(?:entscheiden|klären)\\s+wir(?:\\s+(?:das|es|dann))*\\s*(?:[.!;]"
      + "|,(?!\\s*(?:dass|daß)(?!\\p{L}))|$)");

  /**
   * A question about how things will work from now on ({@link EnglishCues#RULE_QUESTION}): "wer
   * entscheidet, was ein Hotfix ist?", "wer genehmigt das?", "was passiert mit …?", "wie lange
   * …?", "bekommen Betakunden Rabatt?".
   */
  static final Pattern RULE_QUESTION = p("^\\W*(?:\\p{L}+\\W+)?wer\\s+(?:entscheidet|genehmigt|gibt\\s+frei"
      + "|ist\\s+verantwortlich|bezahlt|zahlt)\\b|^\\W*(?:und\\s+)?was\\s+passiert\\s+mit\\b"
      + "|^\\W*(?:und\\s+)?wie\\s+(?:lange|viele|viel|oft)\\b(?!\\s+(?:hat|haben|dauert|war|ist)\\b)"
      + "|^\\W*(?:und\\s+)?(?:bekommen|bekommt|gilt|zählt|zählen)\\b");

  /**
   * A plan put as the conclusion ({@link ConcludingPlans}): "Dann schalten wir die Filialen auf
   * LTE-Backup um", "ok, also bleiben wir bei Jira". Not "dann müssen wir …" or "dann sehen wir".
   */
  static final Pattern CONCLUDED = p("^\\W*(?:(?:ok(?:ay)?|gut|passt|prima|alles\\s+klar|super)\\W+){0,2}"
      + "(?:dann|also)\\s+(?!(?:müssen|sollten|könnten|sehen|schauen|warten|haben|hatten|waren"
      + "|wissen)\\b)\\p{L}+(?:en|ern|eln)\\s+wir\\b");

  /**
   * An arrangement that holds until something happens, or a step that waits for it ({@link
   * EnglishCues#INTERIM}): "Dann schalten wir die Filialen auf LTE-Backup um, bis die Leitung
   * wieder steht", "2.4 geht erst wieder raus, wenn sie im Staging getestet ist".
   */
  static final Pattern INTERIM = p("\\b(?:laufen|läuft|bleiben|bleibt|gehen|geht|schalten|nutzen|stoppen"
      + "|pausieren|sperren|leiten|routen)\\b[^.!?]{0,60}?\\bbis\\s+(?:die|der|das|wir|sie|er|es|zum|zur"
      + "|\\p{L}+\\s+(?:wieder|behoben|da|fertig))\\b"
      + "|\\b(?:geht|gehen|kommt|kommen|wird|werden)\\s+erst\\s+(?:wieder\\s+)?\\p{L}+[^.!?]{0,60}?\\bwenn\\b");

  /**
   * Was keiner darf, und wie lange ({@code limit}: die Wörter für "bis"): "niemand startet die
   * Linie, bis die Sicherheit sie angesehen hat", "keine Hübe an der Slipanlage, solange der
   * Hafenmeister nicht da war".
   */
  private static String forbidding(String limit) {
    return "^\\W*(?:(?:ok|also|und|dann|vorerst)\\W+){0,2}(?:niemand|keiner|kein(?:e|en)?\\s+\\p{L}{3,})"
        + "\\b[^.!?]{0,60}?\\b(?:" + limit + ")\\s+(?!wir\\s+(?:mehr\\s+)?wissen)";
  }

  /** Was keiner darf, bis etwas geschieht ({@link Cues#forbidsUntil}); nicht "solange". */
  static final Pattern FORBIDS_UNTIL = p(forbidding("bis"));

  /**
   * "der Sync bleibt pausiert, bis der Filter gefixt ist", "das temporäre VLAN wird heute abend
   * abgeschaltet, sobald alle 80 das neue Zert haben": etwas bleibt, wie es ist, oder ein Schritt
   * wartet, mit beliebigem Subjekt ({@link EnglishCues#HOLDS_UNTIL}).
   */
  static final Pattern HOLDS_UNTIL = p("\\b(?:bleibt|bleiben|wird|werden"
      + "|brauchen\\s+wir\\s+(?:es|ihn|sie|das|den|die))\\b[^.!?]{0,60}?"
      + "\\b(?:bis\\s+(?!wir\\s+(?:mehr\\s+)?wissen)|sobald)\\b"
      // "bis die neue Dichtung drin ist, prüft die Nachtschicht bei jeder Runde die Tür".
      + "|^\\W*(?:(?:ok|also|vorerst|erstmal)\\W+){0,2}bis\\s+(?!wir\\s+(?:mehr\\s+)?wissen)"
      + "[^,;.!?]{3,60}\\b(?:ist|sind|hat|haben),\\s*\\p{L}"
      // Was keiner darf, und wie lange.
      + "|" + forbidding("bis|solange"));

  /** "letzte Woche hat jemand …", "gestern …", "vor zwei Jahren …": eine Geschichte. */
  static final Pattern ANECDOTE = p("\\b(?:letzte[nsm]?\\s+(?:Woche|Monat|Jahr|Quartal|Sprint|Mal)"
      + "|gestern|neulich|damals|vor\\s+(?:einer|einem|zwei|drei|ein\\s+paar|\\d+)\\s+"
      + "(?:Tag|Tagen|Woche|Wochen|Monat|Monaten|Jahr|Jahren)|in\\s+meiner\\s+alten\\s+Firma)\\b");

  /** "die Finanzabteilung hat das schon genehmigt", "wurde letzten Monat freigegeben". */
  static final Pattern APPROVAL_REPORTED = p("\\b(?:schon|bereits|wurde|wurden|ist|sind)\\s+"
      + "(?:\\p{L}+\\s+){0,3}?(?:genehmigt|freigegeben|abgesegnet)\\b(?!\\s*[?])"
      // "hab den Hotfix freigegeben": the one approving reports it done.
      + "|^\\W*(?:ich\\s+)?hab(?:e)?\\s+(?:\\p{L}+\\s+){1,3}?(?:genehmigt|freigegeben|abgesegnet)\\b");

  /** "ja, das ist die Regel", "so ist die Richtlinie". */
  static final Pattern RULE_AFFIRMED = p("\\b(?:das\\s+ist|so\\s+ist)\\s+(?:die\\s+|unsere\\s+)?"
      + "(?:Regel|Richtlinie|Policy)\\b");

  /** "Termine: …", "Frist für die Teams: 10.12.", "Agenda: …": Zeitplan oder Umfang als Zeile. */
  static final Pattern SCHEDULE_LABEL = p("^\\W*(?:(?:der|die|das|neuer?|unser)\\s+)?(?:termine?"
      + "|datum|deadline|frist|agenda|tagesordnung|umfang|scope|wartungsfenster|zeitfenster"
      + "|ablauf|rollback|format)(?:\\s+für\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?\\s*:\\s*\\S");

  /** "…, außer generiertem Code", "nur auf Anfrage": eine Regel mit ihrer Ausnahme. */
  static final Pattern EXCEPTION = p("\\b(?:außer|ausgenommen|es\\s+sei\\s+denn|nur\\s+auf\\s+"
      + "(?:Anfrage|Antrag)|mit\\s+Ausnahme)\\b");

  /**
   * Ein Punkt, der später geklärt wird: "das regeln wir später", "darum kümmern wir uns danach",
   * "später klären, blockiert nichts". Auch was bis zu einer späteren Sitzung geparkt oder in
   * ruhigerer Zeit besprochen wird: "lass uns das Turnier bis zur Vorstandssitzung parken", "lass
   * uns das im Winter in Ruhe besprechen", "das besprechen wir nach der Saison"; nicht "wir haben
   * das im Winter in Ruhe besprochen".
   */
  static final Pattern LEFT_FOR_LATER = p("\\b(?:klären|regeln|sehen|schauen|kümmern|überlegen|lösen)\\s+wir\\s+"
      + "(?:uns\\s+)?(?:\\p{L}+\\s+){0,3}?(?:später|danach|irgendwann)\\b"
      + "|\\bspäter\\s+(?:klären|regeln|lösen|schauen|überlegen)\\b|\\bkann\\s+warten\\b"
      + "|\\bblockiert\\s+(?:uns\\s+)?nicht\\b"
      + "|\\b(?:lass(?:t)?\\s+uns|wir\\s+sollten)\\b[^.!?]{0,40}?\\bbis\\b[^.!?]{0,40}?\\b(?:parken"
      + "|zurückstellen|vertagen)\\b"
      + "|\\b(?:lass(?:t)?\\s+uns|(?:besprechen|reden|klären)\\s+wir)\\b[^.!?]{0,40}?(?:\\bim\\s+(?:winter"
      + "|frühjahr|frühling|sommer|herbst)\\b|\\bin\\s+ruhe\\b|\\bnach\\s+der\\s+(?:saison|lese|ernte)\\b)"
      + "[^.!?]{0,30}?\\b(?:besprechen|reden|klären|bereden|überlegen)\\b"
      + "|\\b(?:besprechen|bereden|klären)\\s+wir\\s+(?:das\\s+|es\\s+)?(?:im\\s+(?:winter|frühjahr"
      + "|frühling|sommer|herbst)|in\\s+ruhe|nach\\s+der\\s+(?:saison|lese|ernte))\\b"
      // "wir schauen mal, wenn die Zahlen da sind", "wird noch bestätigt", "liegt bis Montag auf Eis".
      + "|\\bwir\\s+schauen\\s+(?:mal|dann),?\\s+(?:wenn|sobald)\\b|\\bwird\\s+noch\\s+(?:bestätigt|festgelegt|entschieden)\\b"
      + "|\\b(?:liegt|bleibt)\\s+(?:\\p{L}+\\s+){0,3}?auf\\s+Eis\\b|\\bdarüber\\s+schlafen\\b"
      // "grundsätzlich einverstanden": nur der Idee zugestimmt, die Wahl steht noch aus.
      + "|\\b(?:grundsätzlich|im\\s+prinzip|prinzipiell)\\s+(?:einverstanden|ja|ok|dafür)\\b|\\beinverstanden\\s+im\\s+prinzip\\b"
      // "ja, aber erst nach dem Audit": ein Ja, aufgeschoben, bis etwas anderes geschehen ist; nicht
      // "ja, macht das nach dem Audit", der Plan mit seiner Zeit. "dann reden wir nochmal": die Wahl
      // bleibt einem späteren Gespräch.
      + "|^\\W*(?:ja|jo|ok(?:ay)?|klar|gut|passt)\\W+aber\\s+(?:erst\\s+)?(?:nach|nachdem|nicht\\s+vor)\\s+"
      + "[^.!?;,]{1,40}?(?:[.!;]|$)"
      // "ja aber nicht jetzt, nach der ernte": dasselbe Ja, als "nicht jetzt" gesagt; nicht "ja, aber
      // nicht jetzt, macht es heute abend", der Plan mit seiner Zeit.
      + "|^\\W*(?:ja|jo|ok(?:ay)?|klar|gut|passt)\\W+aber\\s+(?:nicht\\s+jetzt|jetzt\\s+nicht|noch\\s+nicht)"
      + "(?:\\W+(?:erst\\s+)?(?:nach|nachdem)\\s+[^.!?;,]{1,40}?)?\\s*(?:[.!;]|$)"
      + "|\\b(?:reden|sprechen|besprechen|bereden|unterhalten)\\s+wir\\s+(?:uns\\s+)?(?:\\p{L}+\\s+){0,2}?"
      + "(?:nochmal|noch\\s+(?:ein)?mal|erneut)\\b|\\bwir\\s+(?:reden|sprechen)\\s+(?:dann\\s+)?(?:nochmal"
      + "|noch\\s+(?:ein)?mal)\\b"
      // "reden wir freitag drüber", "schauen wir uns nochmal an, wenn …", "dann erst wenn wir
      // genau wissen wie groß": the point taken up on a later day or once something is known.
      + "|\\b(?:reden|sprechen|schauen|entscheiden|klären|besprechen)\\s+wir\\s+(?:\\p{L}+\\s+){0,2}?"
      + "(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|nächste\\s+woche)\\b"
      + "|\\bschauen\\s+wir\\s+uns\\s+(?:\\p{L}+\\s+){0,2}?nochmal\\s+an\\b"
      + "|^\\W*(?:dann\\s+|also\\s+)?erst\\s+(?:wenn|sobald|nachdem)\\s+wir\\b"
      // "gib mir bis freitag", "gebt uns bis Ende der Woche", "lass mich drüber schlafen": Zeit
      // erbeten, bevor geantwortet wird.
      + "|^\\W*(?:\\p{L}+\\W+)?(?:gib|gebt|geben\\s+Sie)\\s+(?:mir|uns)\\s+(?:noch\\s+)?"
      + "(?:Zeit\\s+)?bis\\s+(?:morgen"
      + "|montag|dienstag|mittwoch|donnerstag|freitag|nächst\\p{L}*|Ende)\\b"
      + "|\\blass(?:t)?\\s+(?:mich|uns)\\s+(?:da\\s+)?(?:noch\\s+)?(?:mal\\s+)?"
      + "(?:drüber|darüber)\\s+"
      + "(?:schlafen|nachdenken)\\b");

  /**
   * Was man hätte tun können, oder ein Wunsch im Nachhinein, nie eine Entscheidung: "wir hätten
   * auch gleich die API nehmen können", "es sollte einen Alarm geben, wenn der Import leer ist".
   */
  static final Pattern HINDSIGHT = p("\\bhätte[nt]?\\s+(?:\\p{L}+\\s+){0,8}?(?:können|sollen|müssen)\\b"
      + "|\\b(?:es|da)\\s+sollte\\s+[^.!?]{0,60}?\\bgeben\\b[^.!?]{0,5}?\\bwenn\\b"
      // "wenn wir bei null anfangen würden, würde ich Datadog nehmen"
      + "|\\bwenn\\s+(?:wir|ich)\\b[^.!?]{0,60}?\\b(?:wären|hätten|würden)\\b[^.!?]{0,60}?\\bwürde\\s+(?:ich|wir)\\b"
      // "wäre schön, wenn das Portal es anzeigen würde": ein Wunsch, den niemand übernimmt.
      + "|\\bwäre\\s+(?:doch\\s+|echt\\s+|schon\\s+)?(?:schön|nett|cool|toll),?\\s+wenn\\b"
      // "ich hätte ja gern einen zweiten Drucker unter Vertrag, nur so": ein Wunsch an niemanden.
      + "|\\bich\\s+hätte\\s+(?:ja\\s+|schon\\s+|echt\\s+)?(?:so\\s+)?gerne?\\b|\\bich\\s+wünsche\\s+mir\\b"
      + "|\\bin\\s+einer\\s+idealen\\s+Welt\\b|\\bnur\\s+so\\s+(?:als\\s+Gedanke|nebenbei)\\b"
      // "langfristig brauchen wir einen Vollständigkeitscheck", "lieber die Schwelle anpassen als
      // weiter stummschalten": ein Wunsch für irgendwann oder eine Vorliebe nebenbei, an niemanden.
      + "|\\b(?:langfristig|auf\\s+lange\\s+Sicht|auf\\s+Dauer)\\b[,:]?\\s+(?:\\p{L}+\\s+){0,2}?(?:brauchen"
      + "|bräuchten|braucht|bräuchte|sollten|müssten|müssen)\\b"
      + "|^\\W*(?:aber\\s+)?lieber\\s+(?![\\p{L}-]+\\s*,)[^.!?]{1,60}?\\bals\\b");

  /** Eine Aufgabe, benannt oder ausgelagert, nie eine Entscheidung des Threads: "das ist eine eigene Aufgabe", "wir brauchen noch jemanden für die Reisen". */
  static final Pattern TASK_NAMED = p("\\b(?:das\\s+ist|ist)\\s+(?:eine?\\s+)?(?:eigene[rs]?|separate[rs]?|andere[rs]?)\\s+(?:Aufgabe|Ticket|Task|Baustelle)\\b"
      + "|\\bdas\\s+ist\\s+ein\\s+Ticket\\s+(?:für|fürs)\\b"
      + "|\\bwir\\s+brauchen\\s+(?:noch\\s+)?jemanden\\b");

  /** Eine Freigabe in der ersten Person: "ich genehmige die Ausnahme", "ok, ich gebe das frei". */
  static final Pattern APPROVAL_GIVEN = p("^\\W*(?:(?:ok|ja|gut)\\W+){0,2}(?:ich\\s+genehmige|genehmige\\s+ich|ich\\s+gebe\\s+(?:das|die|den|es)\\s+frei)\\b");

  /** Was bleibt, wie es ist: "die Jenkins-Credentials bleiben, wie sie sind", "bleibt außen vor". */
  static final Pattern SCOPE_KEPT = p("\\bbleib(?:t|en),?\\s+(?:\\p{L}+,?\\s+)?wie\\s+(?:es|sie)\\s+(?:ist|sind)\\b|\\bbleib(?:t|en)\\s+außen\\s+vor\\b"
      + "|\\bnicht\\s+im\\s+Scope\\b");

  /** Eine Bedingung vor einem Schritt: "der Crash-Reporter muss drin sein, bevor externe Tester kommen". */
  static final Pattern GATE = p("\\b(?:muss|müssen|braucht)\\s+(?:\\p{L}+,?\\s+){0,6}?(?:vor\\s+(?:dem|der|den|allen)|bevor)\\b");

  /**
   * An agreement that shares a view, not something to do: "stimmt, das ist auch meine Sorge", "ja,
   * geht mir genauso".
   */
  static final Pattern AGREES_WITH_A_VIEW = p("^\\W*(?:stimmt|genau|ja|einverstanden"
      + "|sehe\\s+ich\\s+auch\\s+so)\\W+(?:das\\s+ist\\s+auch\\s+meine\\s+(?:sorge|befürchtung"
      + "|angst|meinung)|(?:die|diese)\\s+sorge\\s+hab(?:e)?\\s+ich\\s+auch"
      + "|geht\\s+mir\\s+genauso|sehe\\s+ich\\s+auch\\s+so)\\b");

  /**
   * A yes made to wait on someone still to ask ({@link Cues#waitsOnSomeone}): "nicht
   * ohne Rücksprache mit <@wei>", "nicht ohne Lena zu fragen", "nicht bevor ich mit Jan gesprochen
   * habe".
   */
  static final Pattern WAITS_ON_SOMEONE = p("\\bnicht\\s+ohne\\s+(?:vorherige\\s+)?(?:rücksprache|abstimmung"
      + "|das\\s+(?:ok|okay|go)|freigabe|zustimmung)\\b|\\bnicht\\s*,?\\s+ohne\\s+(?:vorher\\s+)?\\S+(?:\\s+\\S+)?"
      + "\\s+zu\\s+fragen\\b|\\bnicht\\s*,?\\s+bevor\\s+(?:ich|wir)\\s+(?:mit\\s+\\S+\\s+gesprochen|\\S+\\s+gefragt)");

  /** Something said before taken back by name, named in group 1: "ok, vergesst den Doppelabend". */
  static final Pattern WITHDRAWN_BY_NAME = p("^\\W*(?:(?:ok|okay|gut|also|na\\s+gut"
      + "|hm+)[\\s,.!:;—–-]+)*(?:vergesst|vergiss|streicht|streich)\\s+(?:den|die"
      + "|das)\\s+([^,.;:!?—–]+)");

  /** Eine Tatsache richtiggestellt, in der Vergangenheit: "der Alarm ging Mittwochnacht los, nicht Dienstag". */
  /**
   * Was der Sprecher gerade gesagt hat, zurückgenommen: "vergesst das", "streich das", "kommando
   * zurück", "doch nicht", "ignoriert mich", "nehme ich zurück", "ach nee".
   */
  static final Pattern WITHDRAWN = p("^\\W*(?:(?:ok|okay|oh|ach|hmm+|sorry|sry|moment|warte|nee|nein|äh|also)[\\s,.!:;—–-]+)*"
      + "(?:(?:vergesst|vergiss|streich|streicht|ignoriert|ignorier)\\s+(?:das|es|mich|meine\\s+letzte\\s+nachricht|was\\s+ich\\s+gesagt\\s+hab(?:e)?)"
      + "|kommando\\s+zurück|(?:nee|nein|ach)?\\s*doch\\s+nicht(?=\\s*(?:[,.!;:—–-]|$))|(?:das\\s+)?nehme?\\s+ich\\s+zurück|ach\\s+nee)(?!\\p{L})");

  static final Pattern CORRECTION = p("\\b(?:war|waren|wurde|wurden|ging|gingen|kam|kamen|hatte|hatten|passierte|lief|fiel)\\b"
      + "[^.!?;]{0,50}?,\\s*nicht\\s+(?:am\\s+|im\\s+|der\\s+|die\\s+|das\\s+)?(?!(?:vorher|davor|danach|früher|später|jetzt)\\b)\\p{L}+\\s*(?:[.!]|$)");

  /**
   * Was man getan oder versucht hat und was dabei herauskam, oder ein abgelesener Wert: "hab die
   * Batterien gewechselt, immer noch nichts", "Kältedienst angerufen, frühestens morgen 8 Uhr",
   * "der Logger zeigt 03:05 als ersten Wert über 8". Nicht "wir haben die Regel geändert".
   */
  static final Pattern TRIED = p("^\\W*(?:ich\\s+)?hab(?:e)?\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:gewechselt|probiert"
      + "|versucht|angerufen|geprüft|getauscht|ausgetauscht|neu\\s+gestartet|nachgeschaut|kontrolliert|getestet)\\b"
      + "|^\\W*(?:[\\p{L}-]+\\s+){0,3}?(?:angerufen|geprüft|nachgeschaut)\\s*[,:]"
      + "|^(?=.*\\d)\\W*(?:der|die|das)\\s+[\\p{L}-]+\\s+(?:zeigt|meldet|sagt)\\s+(?!(?:wir|ihr|dass\\s+wir)\\b)"
      + "|^\\W*(?:erledigt|gemacht)\\W+(?:du\\s+kannst|kannst\\s+du|probier)\\b"
      // "PR ist offen: #4182": die Arbeit unterwegs gemeldet. "Installateur kommt erst im Juli, vorher
      // geht nix": wann jemand kommen kann, kein Plan.
      + "|^\\W*(?:der\\s+|mein\\s+)?(?:pr|mr|patch)\\s+(?:ist\\s+)?(?:offen|oben|erstellt)\\b"
      + "|\\b(?:kommt|kommen|ist|sind|kann|können|liefert|liefern)\\s+(?:\\p{L}+\\s+){0,2}?erst\\s+(?:im|am|ab|nach|in|um|wieder|nächste)\\b"
      // "kostet 800, der GF unterschreibt das nicht", "Sporentest am Montag bestanden", "Steg zu,
      // Pumpen aus.", "Kessel, Display zeigt E42, laut Handbuch Zündstörung", "wir verkaufen so 60
      // Dutzend pro Woche": ein Zustand, ein Messwert, eine Zahl; nicht "wir behalten die alten
      // Schlüssel bis Freitag", was ab jetzt gilt.
      + "|^\\W*(?:das\\s+|der\\s+|die\\s+)?kostet\\s+(?:etwa\\s+|ca\\.?\\s+|rund\\s+)?\\d"
      + "|^\\W*(?:der\\s+|die\\s+)?[\\p{L}-]*(?:test|prüfung|kontrolle)\\s+(?:\\p{L}+\\s+){0,2}?(?:bestanden|durchgefallen)(?!\\p{L})(?!\\s+(?:ist|hat|sind))"
      + "|^\\W*(?:der\\s+|die\\s+|das\\s+)?[\\p{L}-]+\\s+(?:zu|aus|gesperrt)\\W+(?:der\\s+|die\\s+|das\\s+)?[\\p{L}-]+\\s+(?:zu|aus|abgeschaltet|gesperrt)\\W*$"
      + "|(?:^|[,;]\\s*)(?:das\\s+|die\\s+|der\\s+)?[\\p{L}-]+\\s+(?:zeigt|meldet)\\s+(?=[\\p{L}-]*\\d)"
      + "|\\blaut\\s+(?:handbuch|anleitung|hersteller|datenblatt|bedienungsanleitung)(?!\\p{L})"
      + "|\\bwir\\s+(?:verkaufen|machen|liefern)\\s+(?:so\\s+|etwa\\s+|ca\\.?\\s+|rund\\s+)?\\d+\\s+(?:\\p{L}+\\s+){0,2}?(?:pro|die|am|in\\s+der)\\s+(?:tag|woche|monat)(?!\\p{L})");

  /**
   * Eine Geschichte in der Vergangenheit: jemand anders hat etwas getan ("Ihr Kurier ist mit dem
   * Lkw mitgefahren, keine Ahnung, ob er auf den Logger geschaut hat", "der Kundendienst hat sie
   * heute morgen angerufen"), oder wir, mit dem Wann ("wir haben mehr Leute verloren, als Omar im
   * Oktober eingeschlafen ist"). Nicht "wir haben die Regel geändert".
   */
  static final Pattern NARRATED = p("^\\W*(?:(?:er|sie|(?:ihr|sein|der|die|das)\\s+[\\p{L}-]+)\\s+(?:hat|haben|ist|sind|war|waren)\\s+"
      + "(?:[\\p{L}-]+\\s+){0,5}?(?:ge[\\p{L}]+(?:t|en)|[\\p{L}]+ge[\\p{L}]+(?:t|en))(?!\\p{L})"
      + "|(?:wir|ich)\\s+(?:haben|habe|hab)\\s+(?:[\\p{L}-]+\\s+){0,5}?(?:ge[\\p{L}]+(?:t|en)|[\\p{L}]+ge[\\p{L}]+(?:t|en)|verloren)"
      + "(?=.*(?:\\bals\\b|\\bgestern\\b|\\bletzte[nrs]?\\b|\\bvor\\s+\\d|\\bim\\s+(?:januar|februar|märz|april|mai|juni|juli"
      + "|august|september|oktober|november|dezember)\\b)))"
      + "(?!.*(?:\\bwird\\b|\\bwerden\\b|\\bab\\s+jetzt\\b|\\bbis\\b))"
      // "der Saal hat gesagt, wir können den Kühlraum wieder nutzen": was jemand anders sagte.
      + "|^\\W*(?!(?:ich|wir)\\b)(?:[\\p{L}'.-]+\\s+){1,4}?(?:hat|haben)\\s+(?:gesagt|gemeint|bestätigt|geschrieben)\\s*,?\\s*(?:wir|sie|es|er|dass)(?!\\p{L})"
      + "|^\\W*(?!(?:ich|wir)\\b)(?:[\\p{L}'.-]+\\s+){1,4}?(?:sagt|meint|schreibt|sagen|meinen)\\s*,?\\s*(?:wir|sie|es|er|dass)(?!\\p{L})");
}
