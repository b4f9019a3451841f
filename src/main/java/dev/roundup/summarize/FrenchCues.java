package dev.roundup.summarize;

import static dev.roundup.summarize.Cues.p;

import java.util.regex.Pattern;

/**
 * How people phrase each step of a conversation in French: the words {@link Cues} describes, and
 * the words the conversation model reads replies with ({@link ReplyWords}). The rules that use
 * them are language-neutral; only the wording lives here.
 */
final class FrenchCues {

  private FrenchCues() {}

  static final Cues CUES = new Cues(
      p("(?:décidé|décision|changement\\s+de\\s+plans?)\\s*:|\\b(?:c'est\\s+décidé|nous\\s+avons\\s+décidé"
          // "va pour le 11" decides; "le 11 ça me va pour Vincennes, mais …" says what suits one
          // speaker.
          + "|on\\s+a\\s+décidé|on\\s+part\\s+sur|(?<!\\bme\\s)(?<!\\bnous\\s)(?<!\\bça\\s)"
          + "(?<!\\bcela\\s)va\\s+pour|c'est\\s+validé|validé|adopté"
          + "|désormais|dorénavant|à\\s+partir\\s+de\\s+maintenant|on\\s+fait\\s+comme\\s+ça)\\b"),
      // "oui, un de ces jours": some day, not now, said as the whole answer.
      // "à la limite on supprime le poste 1", "au pire …": a fallback offered, hedged.
      p("^\\W*(?:à\\s+la\\s+limite|au\\s+pire)(?!\\p{L})"
          + "|^\\W*(?:(?:oui|ouais|bien\\s+sûr)\\W+)?un\\s+de\\s+ces\\s+jours\\s*(?:[.!…]|$)|\\b(?:on\\s+verra|jusqu'à\\s+ce\\s+qu'on\\s+en\\s+sache\\s+plus|à\\s+voir|pas\\s+encore\\s+décidé|encore\\s+ouvert|plus\\s+tard"
          + "|à\\s+la\\s+prochaine|on\\s+en\\s+reparle|peut-être|je\\s+ne\\s+sais\\s+pas"
          + "|pas\\s+sûr|disons\\s+que|mettons\\s+qu|supposons\\s+qu"
          + "|on\\s+vérifie\\s+(?:d'abord\\s+)?si|on\\s+en\\s+parlera"
          + "|c'est\\s+à\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+de\\s+(?:décider|voir|trancher)"
          + "|(?:en|à\\s+la|au)\\s+(?:réunion|rétro|comité|prochain\\s+point)|de\\s+côté"
          // "en pause" puts off, but "il reste en pause à 20% jusqu'à ce que le correctif sorte"
          // is an arrangement that holds until then, as "le déploiement reste à 20% jusqu'à …".
          + "|(?<!\\brest(?:e|ent|era|eront)\\s)en\\s+pause|en\\s+pause(?![^.!?]{0,40}?\\bjusqu')"
          + "|pas\\s+prioritaire"
          // "ça dépend du devis", "en attente de la compta", "on laisse ouvert".
          + "|ça\\s+dépend|dépend\\s+d[ue]s?|en\\s+attente\\s+d[ue]|on\\s+attend|on\\s+laisse\\s+ouvert)\\b"),
      p("\\b(?:on\\s+devrait|on\\s+pourrait|je\\s+propose|(?:proposition|compromis|idée)\\s*:"
          + "|et\\s+si\\s+on|on\\s+va|allons|on\\s+(?:garde|passe|fait|part|prend|reste|met"
          + "|bascule|lance|arrête|coupe|décale|repousse|utilise|essaie|tente|ajoute|supprime"
          + "|active|désactive|offre|maintient|bloque|gèle|migre|remplace))\\b"
          + "|^\\W*(?:proposition|compromis|idée|règle|calendrier|planning)\\b[^.:?!]{0,50}:"
          + "|\\b(?:règle|calendrier)\\s*:"),
      p("^\\W*(?:d'accord|validé|ça\\s+marche|adopté|vas-y|allez-y|feu\\s+vert|fais-le|faites-le)\\W*$"),
      p("^\\W*(?:(?:le\\s+)?\\d[\\p{L}\\p{N}:./-]*\\s+(?:me\\s+va|ça\\s+(?:me\\s+)?va|c'est\\s+bon)"
          + "|\\+1|d'accord|not[ée]|c'est\\s+not[ée]|compris|entendu|ok(?:ay)?|oui|ça\\s+marche|ça\\s+me\\s+va|parfait|bonne\\s+idée"
          + "|entièrement\\s+d'accord|je\\s+suis\\s+(?:pour|d'accord)|validé|ok\\s+pour\\s+moi"
          // "j'appuie", "appuyé": seconding, as "+1" does.
          + "|j'appuie|appuyé"
          + "|pareil|moi\\s+aussi|tout\\s+à\\s+fait|carrément|entendu|👍|✅"
          // "c'est logique", "ça se tient": conceding, as "fair" and "makes sense" do.
          + "|c'est\\s+(?:juste|logique)|ça\\s+se\\s+tient|logique)(?!\\p{L})"),
      p("\\b(?:mais|cependant|pas\\s+d'accord|plutôt\\s+pas|attends)\\b"),
      p("\\b(?:je\\s+m'occupe\\s+(?:de\\s+|d')?|je\\s+m'en\\s+occupe|je\\s+vais|je\\s+prends"
          // "je veux bien parrainer Jun": an offer that names what it takes.
          + "|je\\s+veux\\s+bien(?=\\s+\\p{L}{3,})"
          // "laisse-moi vérifier avec la compta": a check taken on; not "laisse-moi réfléchir".
          + "|laisse[- ]moi\\s+(?:vérifi|demand|regard|voir\\s+avec|confirm|check)\\p{L}*"
          + "|je\\s+(?:fais|ferai|mets|mettrai|envoie|enverrai|prépare|préparerai|vérifie"
          + "|vérifierai|écris|écrirai|règle|corrige)\\b)\\s*"
          // Not "je pense …", "je précise, …": what one thinks, or a point made clearer; nor "je
          // confirme, player ouvert, 0 son", "… je confirme": a fact vouched for ("je confirme
          // avec le pasteur ce soir" is a task); nor "ok je note".
          + "|\\bje\\s+(?!suis|pense|crois|sais|vois|trouve|comprends|préfère|propose|suggère|recommande|conseille"
          + "|précise|ne\\b|confirme(?=\\s*(?:[,.!:;]|$|c'est\\b|qu|aussi\\b|pareil\\b|même\\b"
          + "|le\\s+(?:bug|problème|souci)\\b))"
          // "ok je note", "je note bien", "je note mon désaccord": heard, and kept in mind.
          + "|note(?=\\s*(?:[,.!:;]|$|mon\\b|ma\\b|mes\\b|bien\\b|ça\\b)))\\p{L}+e\\b"
          // Not "je l'ai vue trop tard", "je les avais envoyés": the past with its pronoun.
          + "|\\bje\\s+(?:l'|le\\s+|la\\s+|les\\s+|lui\\s+|leur\\s+)+"
          + "(?!(?:ai|avais|avait|aurais|suis|étais)\\b)\\p{L}+"
          + "|\\bje\\s+\\p{L}+rai\\b"
          // "je m'en charge", "Je peux mettre à jour l'annonce": taken on, or offered.
          + "|\\bje\\s+(?:m'en|me)\\s+charge\\b\\s*(?:de\\s+|d')?"
          + "|(?<!\\bsi\\s)\\bje\\s+peux\\s+(?!pas\\b|comprendre|imaginer|voir\\b|dire\\b|confirmer)"
          + "(?:(?:le|la|les|l'|lui|leur|en|y|m'en|m'y|me|m')\\s*)*\\p{L}+(?:er|ir|re)\\b"
          // "je dois prévenir Paul", "il faut que je relance le client": an obligation taken on;
          // not "je dois savoir combien …", a question put to the others.
          + "|(?<!\\bsi\\s)\\bje\\s+dois\\s+(?!(?:être|avoir|dire|avouer|admettre|partir|savoir)\\b)"
          + "(?:(?:le|la|les|l'|lui|leur|en|y)\\s*)*\\p{L}+(?:er|ir|re)\\b|\\bil\\s+faut\\s+que\\s+je\\b"
          // "Je préviens les RH cette semaine": the present tense with a time is a plan.
          + "|\\bje\\s+(?!(?:suis|sais|crois|vois|comprends|dois|peux|veux|ne|pars|connais|dis)\\b)"
          + "\\p{L}+s\\b(?=[^.!?]*\\b(?:aujourd'hui|demain|ce\\s+soir|ce\\s+matin|cet\\s+après-midi"
          + "|cette\\s+semaine|tout\\s+de\\s+suite|dans\\s+la\\s+journée|lundi|mardi|mercredi|jeudi"
          + "|vendredi)\\b)"),
      // "donc si je laisse l'onglet ouvert toute la matinée…": what would follow if one did.
      p("\\bje\\s+(?:vais\\s+être|suis|pense|crois|espère)\\b"
          // Not "donc si je résume, je m'occupe du stand", "si je comprends bien", "si j'ai bien
          // compris": summing up what was said, not a what-if.
          + "|^\\W*(?:(?:donc|alors|et|mais|bon|ok|parce\\s+que)\\W+)?si\\s+(?!(?:je\\s+(?:résume"
          + "|récapitule|comprends\\s+bien|ne\\s+me\\s+trompe\\s+pas)|j'ai\\s+bien\\s+(?:compris|suivi))"
          + "(?!\\p{L}))(?:je\\b|j')"),
      p("^\\W*(?:(?:et|aussi)\\s+)?(?:quelqu'un\\s+(?:peut|doit|devrait)|il\\s+faut\\s+que\\s+quelqu'un"
          + "|est-ce\\s+que\\s+quelqu'un\\s+peut|merci\\s+de\\s+"
          + "|(?:pourriez|pouvez)-vous\\s+)"),
      p("[\\s,:]*(?:(?:tu\\s+peux|peux-tu|pourrais-tu|vous\\s+pouvez)\\s+|merci\\s+de\\s+)"),
      p("^\\W*(?:je\\s+m'en\\s+occupe|c'est\\s+noté|ok|oui|d'accord|volontiers|je\\s+prends)\\b"),
      p("^\\W*(?:(?:euh|bah|bof|alors|honnêtement|franchement)[\\s,.]+)?(?:bonne\\s+question"
          // "j'y ai pas encore réfléchi", "laisse-moi réfléchir": not yet thought through.
          + "|j'y\\s+ai\\s+pas\\s+(?:encore\\s+)?réfléchi|je\\s+n'y\\s+ai\\s+pas\\s+(?:encore\\s+)?réfléchi"
          + "|laisse[-\\s]moi\\s+(?:y\\s+)?réfléchir"
          + "|aucune\\s+idée|je\\s+ne\\s+sais\\s+pas|je\\s+sais\\s+pas|j'en\\s+sais\\s+rien|ça\\s+dépend"
          + "|pas\\s+encore|bof|euh+"
          + "|personne|peut-être|on\\s+verra|pas\\s+sûr)\\b"
          // "demande au juridique, honnêtement je sais pas": not knowing, said last.
          + "|(?<=\\W)(?:je\\s+(?:ne\\s+)?(?:le\\s+)?sais\\s+(?:vraiment\\s+)?pas|aucune\\s+idée"
          + "|j'en\\s+sais\\s+rien)(?=[\\s.!…]*$)"
          // Not theirs to decide, as it opens or closes the answer: NOT_OURS below.
          + "|" + FrenchCues.NOT_OURS
          // "j'ai demandé à la compta, toujours pas de réponse": asked on, still unanswered.
          + "|\\b(?:pas\\s+encore|toujours\\s+pas)\\s+de\\s+(?:réponse|retour)\\b"),
      p("\\b(?:demander\\s+à|voir\\s+avec|vérifier\\s+avec|on\\s+voit\\s+(?:ça\\s+|cela\\s+)?avec|c'est\\s+(?:pour|à)|en\\s+attente\\s+de"
          + "|question\\s+pour|poser\\s+la\\s+question\\s+à)\\s+"
          + "(?:(?:lui|elle|eux|moi|nous|vous|quelqu'un|voir|décider)\\b|(" + Cues.MENTION
          + "|l[ae]\\s+\\p{L}+|l'\\p{L}+|\\p{L}+))"),
      p("^\\W*(?:est-ce\\s+que|on\\s+garde|peut-on|doit-on|faut-il|y\\s+a-t-il|as-tu|avez-vous)\\b"),
      p("^\\W*(?:oui|non|pas\\s+encore|bien\\s+sûr|exactement|c'est\\s+fait)\\b"),
      p("^\\W*(?:bonjour|salut|coucou|bonsoir|pour\\s+info|fyi|au\\s+fait|petit\\s+rappel)\\b"),
      p("\\b(?:laisse\\s+tomber|trouvé|c'est\\s+réglé)\\b"),
      p("^\\W*(?:décision|changement\\s+de\\s+plans?|todo|action|prochaines\\s+étapes)\\s*[:\\-–—]\\s*"),
      p("^\\W*(?:merci|merci\\s+beaucoup|ok|super|parfait|top|👍|\\+1)\\W*$"));

  /** "Done", "Rollback done": a report that what was taken on is finished. */
  /** "Remboursement émis, avoir appliqué": a thing and what was done to it, said first. */
  static final Pattern THING_DONE = p("^\\W*(?!(?:le|la|les|un|une|l')\\s)\\p{L}[\\p{L}-]*\\s+(?:émis|envoyé|remboursé|annulé"
      + "|appliqué|commandé|réservé|publié|déposé)e?s?\\b");

  static final Pattern DONE = p("^\\W*(?:c'est\\s+fait|fait|terminé|envoyé|réservé|publié)\\b"
          + "|\\bc'est\\s+(?:fait|envoyé|réservé|publié|installé|parti)\\b|\\best\\s+(?:réglé"
          + "|corrigé|en\\s+ligne)\\b|\\bfonctionne\\s+à\\s+nouveau\\b");

  /**
   * A plan said in the present after an acceptance: "ok, je lui envoie le fichier", "d'accord,
   * j'ouvre un ticket" (action items), beyond what the commitment words catch; and the one doing
   * it named with "c'est moi qui": "bon, c'est moi qui appelle la mairie demain", never "c'est moi
   * qui ai fait le déploiement" (what was done). Without the acceptance, a time to come says it
   * is planned: "j'envoie la facture vendredi", "j'appelle le client demain matin"; not "je suis
   * en congé demain", "je pars lundi" (away), nor "je pense que demain …".
   */
  static final Pattern PLAN_IN_PRESENT = p("^[^\\p{L}\\p{N}]*(?:ok|oui|d'accord|ça\\s+marche"
      + "|parfait|entendu|top)[\\s,!.]+(?:je\\s+(?:(?:le|la|les|lui|leur|l')\\s*)?|j')"
      + "(?!(?:pense|crois|sais|suis|ai|trouve|préfère|comprends|vois)\\b)\\p{L}{3,}(?:e|s)\\s+"
      + "(?:le|la|les|un|une|l'|à|au|aux|ça|tout|demain|ce)\\b"
      // "je t'aide pour la partie pipeline": help taken on for a part.
      + "|^[^\\p{L}\\p{N}]*(?:(?:ok|oui|d'accord|ça\\s+marche)[\\s,!.]+)?je\\s+(?:t'|vous\\s+)aide"
      + "\\s+(?:pour|sur|avec|à)\\s+\\p{L}"
      + "|^[^\\p{L}\\p{N}]*(?:(?:ok|bon|alors|bah)[\\s,!.]+)?c'est\\s+moi\\s+qui\\s+(?:(?:le|la|les|lui"
      + "|leur|l')\\s*)?(?!(?:ai|avais|étais|suis|l'ai)\\b)\\p{L}{3,}"
      + "|^[^\\p{L}\\p{N}]*(?:je\\s+(?:(?:le|la|les|lui|leur)\\s+|l')?|j')(?!(?:pense|crois|sais|suis|ai"
      + "|trouve|préfère|comprends|vois|serai|travaille|pars|arrive|reviens|rentre|reste|dois|peux"
      + "|veux|vais|espère|aime|regrette|note|passe|bosse|sors)(?!\\p{L}))\\p{L}{3,}(?:e|(?<!ai)s)(?!\\p{L})"
      + "(?!\\s+(?:que|qu'|si)(?!\\p{L}))[^.!?:;]{0,50}?(?<!\\p{L})(?:demain|ce\\s+soir"
      + "|cet\\s+après-midi|cet\\s+aprem|tout\\s+à\\s+l'heure|dans\\s+la\\s+journée|aujourd'hui|lundi"
      + "|mardi|mercredi|jeudi|vendredi)(?!\\p{L})"
      // "je préviens le photographe", "j'annule le monte-charge", "<@julien> je t'envoie le
      // numéro": a sentence opening with the speaker doing work, in verbs that do it.
      + "|^[^\\p{L}\\p{N}]*(?:(?:ok|oui|d'accord|bon|alors|du\\s+coup|parfait|top)[\\s,!.]+)*"
      + Cues.OPENING_MENTION + "(?:je\\s+(?:(?:le|la|les|lui|leur|te|vous)\\s+|l'|t')?|j')"
      + "(?:préviens|envoie|appelle|annule|relance|contacte|rembourse|réserve|commande|rédige"
      + "|transmets|imprime|publie|corrige|récupère|demande|écris|prépare"
      // "je vois avec la direction si on peut prendre en charge": a check taken on with someone;
      // not "je vois avec plaisir …", "je vois avec le recul …", "je vois avec Marc que …".
      + "|(?:vois|vérifie|verifie|check)(?=\\s+avec\\s+(?:l[ae]\\s+(?!recul\\b)|les\\s|l'|mon\\s|ma\\s|mes\\s"
      + "|son\\s|sa\\s|ses\\s|notre\\s|nos\\s|leur\\s|leurs\\s|eux\\b|elle\\b|lui\\b|<@)"
      + "(?![^.!?]*(?<!\\p{L})que(?!\\p{L}))))(?!\\p{L})\\s*\\p{L}");

  /**
   * A reply that puts a question off or says nobody has looked at it ({@link
   * EnglishCues#LEAVES_OPEN}): "on ne tranche pas ça aujourd'hui", "personne n'a regardé"
   * (open questions).
   */
  static final Pattern LEAVES_OPEN = p("\\bne\\s+(?:tranche|décide)\\s+pas\\s+(?:ça\\s+)?"
      + "(?:aujourd'hui|maintenant)|\\bpersonne\\s+n'a\\s+(?:encore\\s+)?(?:regardé|vérifié)"
      + "|\\bune\\s+autre\\s+discussion\\b"
      // "on regarde ça en janvier": put off to a time.
      + "|\\bon\\s+(?:regarde(?:ra)?|en\\s+reparle(?:ra)?|verra)\\s+(?:ça\\s+)?(?:en\\s+(?:janvier"
      + "|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
      + "|le\\s+mois\\s+prochain|au\\s+prochain\\s+trimestre|après\\s+l[ea'])"
      // "on met ça de côté", "je le mets à l'ordre du jour de jeudi", "avant de décider".
      + "|\\bon\\s+(?:met|laisse)\\s+ça\\s+de\\s+côté|\\b(?:je\\s+le|je\\s+la|on\\s+le|on\\s+la)"
      + "\\s+(?:mets?|ajoute)\\s+(?:à\\s+l'ordre\\s+du\\s+jour|au\\s+point)|\\bavant\\s+de\\s+"
      + "(?:rien\\s+)?décider\\b"
      // "la rotation, on verra plus tard", "on confirme lundi": put off in the present.
      + "|\\bon\\s+(?:verra|voit|règle|tranche|confirme|décide)\\s+(?:ça\\s+)?(?:plus\\s+tard|lundi"
      + "|mardi|mercredi|jeudi|vendredi|demain|la\\s+semaine\\s+prochaine)\\b");

  /** A question reported ("le client demande si …", "veut savoir si …") (open questions). */
  static final Pattern INDIRECT_QUESTION = p("\\b(?:demande|demandent|demandé|se\\s+demande"
      + "|veut\\s+savoir|veulent\\s+savoir),?\\s+(?:si|s')"
      // "quelqu'un sait si les clous sont autorisés sur les pistes": asked of everyone.
      + "|\\bquelqu'un\\s+sait\\s+(?:si|s')");

  /**
   * A reminder to whoever is doing something ("pense à …", "n'oublie pas de …"): a task once the one it is
   * said to takes it ("will do"); advice otherwise.
   */
  static final Pattern REMINDER = p("^\\W*(?:(?:et|aussi)\\W+)?(?:pense(?:z)?\\s+à|n'oublie(?:z)?\\s+pas"
      + "|assure-toi|assurez-vous)\\b");

  /**
   * A task given to someone named, by name or mention (group 1), the task after the match, also
   * after an acknowledgement by whoever hands it out: "Léa s'occupe des visuels", "parfait, léa
   * prend les visuels alors"; never "ok, ça prend deux jours" (no one named).
   */
  static final Pattern ASSIGNED = p("^\\W*(?:(?:ok|bon|parfait|super|alors|d'accord|très\\s+bien)\\W+){0,2}("
      + Cues.MENTION + "|\\p{Lu}\\p{L}+)\\s+(?:s'occupe\\s+(?:de\\s+|d')?|va\\s+"
          + "|prend\\s+)");

  /**
   * A question about how the plan goes on ({@link EnglishCues#PLAN_QUESTION}): "quand est-ce
   * qu'on reprend ?", "et pour les stagiaires ?", "ça s'applique aussi au support ?".
   */
  static final Pattern PLAN_QUESTION = p("^\\W*(?:et\\s+)?(?:quand|où|comment)\\s+(?:est-ce\\s+qu'on"
      + "|on)\\b|^\\W*et\\s+(?:pour|pour\\s+le|pour\\s+la|le|la|les)\\b[^?]*\\?\\s*$"
      + "|^(?!\\W*(?:c'est|est-ce\\s+que\\s+c'est|qui|pourquoi)\\b)[^?]*\\baussi\\s*\\?\\s*$"
      + "|\\bça\\s+s'applique\\b"
      // "on refait la soirée cette année ?": whether what was done before is done again.
      + "|^\\W*(?:et\\s+)?(?:est-ce\\s+qu'on|on)\\s+\\p{L}+[^?]*\\b(?:encore|à\\s+nouveau|de\\s+nouveau"
      + "|cette\\s+année|cette\\s+fois)\\b");

  /** An answer given as a guess ("je pense que c'est Paul", "probablement", "je ne crois pas"). */
  static final Pattern GUESS = p("\\b(?:probablement|sans\\s+doute|peut-être|sûrement"
      + "|je\\s+(?:pense|crois|suppose)|je\\s+ne\\s+(?:pense|crois)\\s+pas|à\\s+mon\\s+avis)\\b");

  /**
   * The one answering says the question is not theirs to decide: to open the answer ("c'est pas
   * à nous de décider", "ça dépend pas de nous", "ce n'est pas de notre ressort") or, in words
   * about deciding, to close it ("…, pas notre décision"). It answers nothing and decides nothing,
   * whoever says it (part of the non-answers). Not "le retard ne dépend pas de nous" (whose
   * doing), nor "on garde la date, ça ne dépend pas de nous".
   */
  static final String NOT_OURS = FrenchCues.NOT_OURS_OPENING + "|(?:"
      + FrenchCues.NOT_OURS_CLOSING + ")(?=[\\s.!…]*$)";
  private static final String NOT_OURS_CLOSING = "(?:c'est\\s+|ce\\s+n'est\\s+)?pas\\s+[àa]\\s+"
      + "(?:moi|nous)\\s+(?:de\\s+|d')(?:en\\s+)?(?:d[ée]cider|trancher)"
      + "|(?:c'est\\s+|ce\\s+n'est\\s+)?pas\\s+(?:ma|notre)\\s+d[ée]cision"
      + "|(?:c'est\\s+|ce\\s+n'est\\s+)?pas\\s+(?:de\\s+)?(?:mon|notre)\\s+ressort"
      + "|(?:ce\\s+n'est|c'est|c\\s+est)\\s+pas\\s+(?:moi|nous)\\s+qui\\s+d[ée]cid\\p{L}*";
  private static final String NOT_OURS_OPENING = "^\\W*(?:(?:non|désolé|bon|bah|euh)\\W+)?(?:"
      + FrenchCues.NOT_OURS_CLOSING + "|(?:ça|ca|cela)\\s+(?:ne\\s+)?d[ée]pend\\s+pas\\s+de"
      + "\\s+(?:moi|nous))(?!\\p{L})";

  /** The answer opening by saying it is not theirs to decide ({@link #NOT_OURS}). */
  static final Pattern DISOWNS = p(NOT_OURS_OPENING);

  /** The one answering saying they may be wrong ("pas sûr à 100 %", "à vérifier"). */
  static final Pattern UNSURE = p("\\bpas\\s+(?:tout\\s+à\\s+fait\\s+|complètement\\s+)?sûr"
      + "|\\bsans\\s+garantie\\b|\\bsans\\s+promesse\\b|\\bje\\s+ne\\s+(?:te\\s+|vous\\s+)?promets\\s+rien\\b|\\bà\\s+vérifier\\b|\\bje\\s+peux\\s+me\\s+tromper\\b"
      // "je pourrais peut-être emprunter celui de mon frère, je vérifie": still to be checked.
      + "|\\bje\\s+(?:vais\\s+)?(?:vérifi\\p{L}*|confirm\\p{L}*)(?:\\s+(?:ça|demain))?\\W*$");

  /** What a reply does to the message it answers, in French ({@link ReplyWords}). */
  static final ReplyWords REPLY = new ReplyWords(
      p("^\\W*(?:tu\\s+veux\\s+que\\s+je|vous\\s+voulez\\s+que\\s+je|je\\s+peux|je\\s+m'en\\s+occupe"
          + "|je\\s+(?:le|la|les)\\s+fais)\\s*(?=.*\\?\\s*$)"
          // "je le corrige ?", "je t'envoie le lien ?": the speaker's own verb, asked, offers it.
          + "|^\\W*je\\s+(?:le|la|les|l'|t'|te|lui|vous)\\s*\\p{L}{3,}e\\b[^?]{0,40}\\?\\s*$"),
      p("^\\W*qui\\s+(?:s'occupe\\s+(?:de\\s+|d')?|se\\s+charge\\s+(?:de\\s+|d')?|peut|veut|fait|prend"
          // "qui est sur place le 13 ?", "qui sera là pour l'installation ?": who will be there.
          + "|(?:est|sera)(?=\\s+(?:là|sur\\s+place|présent|dispo)))\\s*"),
      p("^\\W*moi\\b|\\bje\\s+(?:m'en\\s+(?:occupe|charge)|(?:le|la|les)\\s+fais|peux)\\b"),
      p("^\\W*(?:oui|volontiers|avec\\s+plaisir|s'il\\s+te\\s+pla[iî]t|stp|vas-y|ok|d'accord)\\b"),
      p("^\\W*non\\b"),
      p("\\b(?:la\\s+)?(?:pr|mr)\\s+est\\s+(?:prête|ouverte)\\b|\\bbesoin\\s+d'une?\\s+relect"),
      p("\\bj'ai\\s+(?:fait|déjà)\\b"));

  /**
   * Un jour, une semaine ou un mois à venir pour un choix ({@link #PUT_OFF}) : "à la fin du mois",
   * "en mai", "lundi", "la semaine prochaine", "dans quinze jours" ; jamais un passé ("à la fin du
   * mois dernier").
   */
  private static final String LATER_DAY = "(?:à\\s+la\\s+|en\\s+)?(?:fin|début|mi)[-\\s]+(?:du\\s+mois"
      + "|de\\s+la\\s+semaine|de\\s+l'année|d'année|du\\s+trimestre|janvier|février|mars|avril|mai|juin"
      + "|juillet|août|septembre|octobre|novembre|décembre)(?!\\p{L})(?!\\s+dernier)"
      + "|en\\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
      + "|décembre)(?!\\p{L})|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\\p{L})"
      + "|la\\s+semaine\\s+prochaine|le\\s+mois\\s+prochain"
      + "|dans\\s+(?:quinze\\s+jours|(?:deux|trois|quelques|\\d+)\\s+(?:jours|semaines|mois))(?!\\p{L})";

  /**
   * A question put off rather than settled ({@link Cues#isDeferral}): "on ne décide pas ça
   * aujourd'hui", "on verra ça plus tard", "on laisse ça pour plus tard", "on remet ça à la
   * semaine prochaine"; and deciding put off until after something else ("on décidera après la
   * répétition", "on tranche ça une fois les chiffres reçus", "décidons quand on aura le devis"),
   * never "on a décidé après la réunion …" (a decision reported).
   */
  static final Pattern PUT_OFF = p("\\bon\\s+ne\\s+(?:\\p{L}+\\s+)?(?:décide|tranche)\\s+pas\\b"
      + "|\\bpas\\s+de\\s+décision\\s+(?:aujourd'hui|maintenant)\\b"
      + "|\\bon\\s+(?:laisse|garde)\\s+(?:ça|cela)\\s+pour\\s+(?:plus\\s+tard|une\\s+autre\\s+fois)\\b"
      + "|\\bon\\s+(?:remet|repousse)\\s+(?:ça|cela|la\\s+décision)\\b"
      + "|\\bpour\\s+une\\s+autre\\s+fois\\b"
      + "|\\b(?:on\\s+(?:le\\s+)?(?:décidera|tranchera|décide|tranche)|décidons|tranchons)\\s+"
      + "(?:(?:ça|cela)\\s+)?(?:après|une\\s+fois|quand|lorsque)\\b"
      // "pas encore, on décide à 9h30 quand on en saura plus": put off to a time of day.
      + "|\\b(?:on\\s+(?:le\\s+)?(?:décidera|tranchera|décide|tranche)|décidons|tranchons"
      + "|décider)\\s+(?:(?:ça|cela)\\s+)?(?:à|vers|avant)\\s+\\d{1,2}\\s*h"
      // "on verra en mai", "on décidera à la fin du mois": put off to a later day, week or month;
      // never "on a décidé à la fin du mois dernier" (a decision reported).
      + "|\\b(?:on\\s+(?:le\\s+)?(?:verra|décidera|tranchera|décide|tranche|en\\s+reparle(?:ra)?)|décidons"
      + "|tranchons)\\s+(?:(?:ça|cela)\\s+)?(?:" + LATER_DAY + ")"
      // "c'est un problème pour le T1", "un sujet pour l'an prochain" : le choix laissé à un trimestre
      // ou une année plus tard ; pas "pas de problème pour le T1, on livre".
      + "|(?<!pas\\sde\\s)(?<!\\p{L})(?:un\\s+)?(?:problème|sujet)\\s+pour\\s+(?:le\\s+)?(?:t[1-4]|q[1-4]|l'an\\s+prochain|l'année\\s+prochaine|plus\\s+tard)(?!\\p{L})"
      // "on décide pour Vienne après son scanner": the same with what is to be decided named.
      + "|\\bon\\s+(?:décide|décidera|tranche|tranchera)\\s+(?:pour|pour\\s+ce\\s+qui\\s+est\\s+de|de|sur)\\s+"
      + "\\p{L}+(?:\\s+\\p{L}+){0,2}?\\s+(?:après|une\\s+fois|quand|lorsque)(?!\\p{L})"
      // "ils rappellent mercredi, on tranche à ce moment-là": decided once what was said happened.
      + "|\\bon\\s+(?:verra|décidera|tranchera|en\\s+reparlera|décide|tranche)\\s+(?:ça\\s+)?"
      + "(?:à\\s+ce\\s+moment-là|à\\s+ce\\s+moment\\s+là)"
      // "on le garde pour la planif du T3": a choice carried to a later meeting.
      + "|\\bon\\s+(?:le|la|l')\\s*(?:garde|met|prend|passe|note)\\s+(?:pour|dans|à)\\s+la\\s+"
      + "(?:planif(?:ication)?|prochaine\\s+(?:réunion|rétro|revue))(?!\\p{L})"
      // "on en parle avec les délégués avant le CA, pas ici", "on en reparlera avec le bureau":
      // décidé ailleurs, avec d'autres, plus tard ; pas "on en parle avec le client tous les
      // jours" ni "on mange au resto d'en face, pas ici".
      + "|\\bon\\s+en\\s+(?:re)?parlera\\s+avec\\b"
      + "|\\bon\\s+en\\s+(?:re)?parle\\s+avec\\s+[^.!?]{0,40}?\\b(?:avant|après|au\\s+(?:ca|comité|bureau|conseil)|à\\s+la\\s+réunion"
      + "|lors|demain|lundi|mardi|mercredi|jeudi|vendredi|la\\s+semaine|en\\s+(?:ca|ag|réunion|comité|bureau))(?!\\p{L})"
      + "|\\b(?:on\\s+en\\s+(?:re)?parle(?:ra)?|on\\s+en\\s+discute(?:ra)?|on\\s+(?:en\\s+)?(?:décide|tranche|vote)\\p{L}*)"
      + "\\b[^.!?]{0,60}?,\\s*pas\\s+ici(?!\\p{L})"
      // "je vois avec la direction, je vous dis dans l'aprèm": the answer comes later.
      + "|\\bje\\s+(?:vous|te)\\s+(?:dis|redis|confirme|tiens\\s+au\\s+courant)\\s+(?:ça\\s+)?"
      + "(?:dans\\s+l'apr[eè]s?m|cet\\s+apr[eè]s-midi|ce\\s+soir|demain|plus\\s+tard|tout\\s+à\\s+l'heure"
      // "je te confirme ça mercredi": on the day named.
      + "|lundi|mardi|mercredi|jeudi|vendredi|samedi)(?!\\p{L})"
      // "on regarde ça après Noël", "on verra ça une fois le contrat signé", "on en reparle au
      // débrief de lundi", "on en parle au brief de demain": regardé plus tard ; pas "on règle
      // ça comme ça : …".
      + "|\\bon\\s+(?:(?:re)?regarde(?:ra)?|verra|voit|règle(?:ra)?|traite(?:ra)?"
      + "|en\\s+(?:re)?parle(?:ra)?|s'en\\s+occupe(?:ra)?)"
      + "\\s+(?:ça\\s+|ca\\s+)?(?:après|quand|lorsque|une\\s+fois|au|à\\s+la|lors|pendant|la\\s+semaine|le\\s+mois)(?!\\p{L})"
      // "on le met sur la liste du mois prochain", "à l'ordre du jour".
      + "|\\bon\\s+(?:le|la|l')\\s*(?:met|ajoute|note)\\s+(?:sur\\s+la\\s+liste|à\\s+l'ordre\\s+du\\s+jour)(?!\\p{L})"
      // "À terme on teste …", "à plus long terme …" : un plan pour plus tard.
      + "|^\\W*(?:(?:et|mais)\\s+)?(?:à\\s+(?:plus\\s+)?long\\s+terme|à\\s+terme)(?!\\p{L})"
      // "on regarde les chiffres à la fin du T1", "on rediscute du tarif après l'audit" : la chose
      // nommée regardée plus tard ; pas "on regarde les logs dans grafana".
      + "|\\bon\\s+(?:regarde|revoit|rediscute|discute|reparle)\\s+(?:de\\s+|du\\s+|des\\s+)?(?:les\\s+|le\\s+|la\\s+|l')?\\p{L}+(?:\\s+\\p{L}+){0,2}?\\s+"
      + "(?:après\\s+(?:le|la|l')|(?:à\\s+la\\s+)?fin\\s+(?:du|de)|au\\s+prochain|à\\s+la\\s+prochaine|le\\s+mois\\s+prochain|en\\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))(?!\\p{L})"
      // "on décide ça à l'AG de septembre".
      + "|\\bon\\s+(?:décide|décidera|tranche|tranchera)\\s+(?:ça|cela)\\s+(?!(?:maintenant|aujourd'hui)(?!\\p{L}))(?:à|au|en|lors|après|quand|une\\s+fois)(?!\\p{L})");

  /**
   * A question about how things will work from now on ({@link EnglishCues#RULE_QUESTION}): "qui
   * valide ?", "qu'est-ce qui se passe pour … ?", "combien de temps on garde … ?", "ce sera en
   * présentiel ou en ligne ?".
   */
  static final Pattern RULE_QUESTION = p("^\\W*qui\\s+(?:valide|décide|approuve|tranche|paie|est\\s+responsable)\\b"
      + "|\\b(?:qu'est-ce\\s+qui\\s+se\\s+passe|que\\s+se\\s+passe-t-il)\\s+(?:pour|avec)\\b"
      + "|^\\W*(?:et\\s+)?combien\\s+de\\s+(?:temps|jours|semaines|personnes)\\s+(?:on|est-ce\\s+qu'on)\\b"
      + "|^\\W*(?:et\\s+)?(?:ce\\s+sera|ça\\s+sera|on\\s+le\\s+fait)\\b[^?]*\\bou\\b");

  /**
   * A plan put as the conclusion ({@link ConcludingPlans}): "parfait. On fait un point toutes
   * les deux semaines", "et on garde Vanta", "alors on passe sur Outline". Not "on verra", "on a
   * …", "on devrait …" or "on attend".
   */
  static final Pattern CONCLUDED = p("^\\W*(?:(?:ok|parfait|top|bon|d'accord|super|très\\s+bien|entendu)\\W+){0,2}"
      + "(?:(?:et|alors|donc)\\s+){0,2}on\\s+(?!(?:verra|voit|sait|a|avait|était|peut|pourrait"
      + "|devrait|doit|attend|ne|n'|en\\s+reparle)\\b)\\p{L}{2,}");

  /**
   * An arrangement that holds until something happens ({@link EnglishCues#INTERIM}): "on reste
   * sur l'ancien prestataire jusqu'à ce que le correctif soit livré".
   */
  static final Pattern INTERIM = p("\\b(?:on\\s+(?:reste|garde|passe|bascule|coupe|bloque|suspend)"
      + "|reste|restent)\\b[^.!?]{0,60}?\\bjusqu'(?:à\\s+ce\\s+que|au|à)\\b");

  /**
   * Ce que nul ne fait, et jusqu'à quand : "personne ne redémarre la ligne tant que la sécurité ne
   * l'a pas vue", "aucun levage jusqu'au passage du capitaine de port" ({@link
   * Cues#forbidsUntil}).
   */
  private static final String FORBIDS_UNTIL_WORDS =
      "^\\W*(?:(?:ok|alors|et|donc)\\W+){0,2}(?:personne\\s+ne|aucune?\\s+\\p{L}{3,}"
      + "|pas\\s+de\\s+\\p{L}{3,})(?!\\p{L})[^.!?]{0,60}?(?:\\bjusqu'(?:à|au)|\\btant\\s+que)(?!\\p{L})";

  /** {@link #FORBIDS_UNTIL_WORDS}, alone. */
  static final Pattern FORBIDS_UNTIL = p(FORBIDS_UNTIL_WORDS);

  /**
   * "la synchro reste en pause jusqu'à ce que le filtre soit corrigé", "le VLAN temporaire sera
   * coupé dès que les 80 appareils ont le certificat" ({@link EnglishCues#HOLDS_UNTIL}).
   */
  static final Pattern HOLDS_UNTIL = p("\\b(?:reste|restent|restera|resteront|sera|seront"
      + "|on\\s+en\\s+a\\s+besoin)\\b[^.!?]{0,60}?"
      + "(?:\\bjusqu'(?:à\\s+ce\\s+que|au|à)|\\bdès\\s+que)(?!\\p{L})"
      // "en attendant : jusqu'à ce que le joint soit changé, le technicien de nuit vérifie la porte".
      + "|^\\W*(?:(?:ok|alors|en\\s+attendant|pour\\s+l'instant)\\W+){0,2}jusqu'(?:à\\s+ce\\s+que|au|à)"
      + "[^,;.!?]{3,60},\\s*\\p{L}"
      // Ce que nul ne fait, et jusqu'à quand.
      + "|" + FORBIDS_UNTIL_WORDS);

  /** "la semaine dernière quelqu'un a …", "hier …", "il y a deux ans …": une anecdote. */
  static final Pattern ANECDOTE = p("\\b(?:la\\s+semaine\\s+derni[eè]re|le\\s+mois\\s+dernier"
      + "|l'an\\s+dernier|l'ann[ée]e\\s+derni[eè]re|la\\s+derni[eè]re\\s+fois|hier|l'autre\\s+jour"
      + "|il\\s+y\\s+a\\s+(?:\\d+|deux|trois|quelques)\\s+(?:jours|semaines|mois|ans)"
      + "|(?:dans|à)\\s+mon\\s+ancien(?:ne)?\\s+(?:boîte|job|poste|entreprise))(?!\\p{L})");

  /** "la finance a déjà validé le budget", "le budget a été approuvé le mois dernier". */
  static final Pattern APPROVAL_REPORTED = p("\\b(?:déjà|a\\s+été|ont\\s+été|était|est)\\s+"
      + "(?:\\p{L}+\\s+)?(?:validée?s?|approuvée?s?)(?!\\p{L})"
      // "j'ai validé le correctif": the one approving reports it done.
      + "|^\\W*j'ai\\s+(?:\\p{L}+\\s+)?(?:validé|approuvé)\\s+(?:le|la|les|ton|ta|tes|votre|vos)\\b");

  /** "oui, c'est la règle", "c'est la politique". */
  static final Pattern RULE_AFFIRMED = p("\\bc'est\\s+(?:la|notre)\\s+(?:règle|politique)(?!\\p{L})");

  /** "dates : …", "échéance pour les managers : 10/12", "ordre du jour : …". */
  static final Pattern SCHEDULE_LABEL = p("^\\W*(?:(?:la|les|le|nouvelle?s?)\\s+)?(?:dates?"
      + "|échéance|deadline|ordre\\s+du\\s+jour|agenda|périmètre|fenêtre|calendrier|planning"
      + "|format)(?:\\s+pour\\s+[\\p{L}'-]+(?:\\s+[\\p{L}-]+)?)?\\s*:\\s*\\S");

  /** "…, sauf code généré", "sur demande uniquement": une règle et son exception. */
  static final Pattern EXCEPTION = p("\\b(?:sauf|hormis|excepté|à\\s+l'exception|sur\\s+demande"
      + "|à\\s+moins\\s+que)(?!\\p{L})");

  /**
   * Un point laissé pour plus tard : "on règle ça plus tard, pas bloquant", "on s'en occupera
   * ensuite", "ça peut attendre". Aussi ce qu'on met de côté jusqu'à une réunion ("on met le
   * tournoi de côté jusqu'au comité du 14") ou dont on parlera à tête reposée ou à une autre
   * saison ("on en reparle cet hiver à tête reposée") ; pas "on en a parlé cet hiver".
   */
  static final Pattern LEFT_FOR_LATER = p("\\bon\\s+(?:verra|voit|regarde(?:ra)?|règle(?:ra)?|s'en\\s+occupe(?:ra)?"
      + "|tranchera|gère(?:ra)?)\\s+(?:ça\\s+|cela\\s+)?(?:plus\\s+tard|après|ensuite)\\b"
      + "|\\b(?:ça|cela)\\s+peut\\s+attendre\\b|\\bpas\\s+bloquant\\b"
      + "|\\b(?:on\\s+met|mettons|on\\s+laisse|laissons)\\s+(?:\\p{L}+\\s+){0,3}?(?:de\\s+côté|en\\s+(?:pause"
      + "|attente|suspens|stand-by))\\s+jusqu'(?:à|au|aux|après)(?!\\p{L})"
      + "|\\b(?:on\\s+en\\s+(?:re)?parle(?:ra)?|parlons-en|reparlons-en|on\\s+en\\s+(?:re)?discute(?:ra)?"
      + "|discutons-en)\\b[^.!?]{0,40}?\\b(?:cet\\s+(?:hiver|été|automne)|en\\s+(?:hiver|été|automne)"
      + "|au\\s+printemps|à\\s+tête\\s+reposée|au\\s+calme|tranquillement)(?!\\p{L})"
      // "à confirmer", "en suspens jusqu'à lundi", "la nuit porte conseil".
      + "|(?:^|[\\s,(:-])(?:à|a)\\s+confirmer\\b|\\ben\\s+suspens\\b|\\bla\\s+nuit\\s+porte\\s+conseil\\b"
      // "d'accord sur le principe" : d'accord sur l'idée seulement, le choix reste à faire.
      + "|\\bd'accord\\s+(?:sur\\s+le|en)\\s+principe\\b|\\b(?:sur\\s+le|en)\\s+principe,?\\s+(?:oui|d'accord|ok)(?!\\p{L})"
      // "oui mais après la démo" : un oui remis à plus tard, après autre chose ; pas "oui, faites-le
      // après la démo", le plan avec son moment. "on en reparle" : le choix laissé à une autre fois.
      + "|^\\W*(?:oui|ok|d'accord|d'acc|ça\\s+marche)\\W+mais\\s+(?:seulement\\s+|uniquement\\s+)?"
      + "(?:après|une\\s+fois|pas\\s+avant)\\s+[^.!?;,]{1,40}?(?:[.!;]|$)"
      // "oui mais pas maintenant, après les vendanges" : le même oui, dit "pas maintenant".
      + "|^\\W*(?:oui|ok|d'accord|d'acc|ça\\s+marche)\\W+mais\\s+pas\\s+(?:maintenant|tout\\s+de\\s+suite|encore)"
      + "(?:\\W+(?:seulement\\s+)?(?:après|une\\s+fois)\\s+[^.!?;,]{1,40}?)?\\s*(?:[.!;]|$)"
      + "|(?<!\\p{L})on\\s+(?:en\\s+reparle(?:ra)?|se\\s+reparle(?:ra)?|en\\s+rediscute(?:ra)?)(?!\\p{L})"
      // "le tirage on le fixe après les retours des représentants": fixed once something is known.
      + "|\\bon\\s+(?:le|la|les|l')\\s*(?:fixe(?:ra)?|décide(?:ra)?|tranche(?:ra)?|verra|règle(?:ra)?"
      + "|choisi(?:ra|t))\\s+(?:après|quand|une\\s+fois|lundi|mardi|mercredi|jeudi|vendredi"
      + "|la\\s+semaine\\s+prochaine|à\\s+la\\s+prochaine)(?!\\p{L})"
      // "laisse-moi jusqu'à vendredi", "donnez-nous jusqu'à demain", "laisse-moi y réfléchir" :
      // du temps demandé avant de répondre.
      + "|^\\W*(?:\\p{L}+\\W+)?(?:laisse|laissez|donne|donnez)[-\\s](?:moi|nous)\\s+"
      + "(?:jusqu'à|jusqu'au)\\s+"
      + "|\\blaisse(?:z)?[-\\s](?:moi|nous)\\s+(?:y\\s+)?réfléchir\\b");

  /**
   * Ce qu'on aurait pu faire, ou un souhait après coup, jamais une décision : "on aurait aussi pu
   * passer à l'API du fournisseur", "il aurait fallu", "on devrait avoir une alerte quand un
   * import ramène 0 ligne".
   */
  static final Pattern HINDSIGHT = p("\\b(?:on|nous|j'|tu|vous)\\s*(?:aurait|aurions|aurais|auriez)\\s+"
      + "(?:\\p{L}+\\s+)?(?:pu|dû)\\b|\\baurait\\s+fallu\\b"
      + "|\\b(?:on\\s+devrait|il\\s+devrait\\s+y)\\s+(?:\\p{L}+\\s+)?avoir\\s+[^.!?]{0,60}?\\b(?:quand|lorsque|dès\\s+qu|si)\\b"
      // "si on partait de zéro, je dirais Datadog"
      + "|\\bsi\\s+(?:on|nous|j'|je)\\s*[^.!?]{0,60}?\\p{L}{2,}(?:ait|ions)\\b[^.!?]{0,60}?\\b(?:je|on|nous)\\s+\\p{L}+(?:rais|rait|rions)\\b"
      // "ce serait sympa si le portail l'affichait": un souhait que personne ne prend en charge.
      + "|\\bce\\s+serait\\s+(?:vraiment\\s+)?(?:sympa|chouette|bien|génial)\\s+(?:si|qu|d'avoir)"
      // "j'adorerais avoir un deuxième imprimeur sous contrat, je dis ça comme ça": un souhait à personne.
      + "|\\bj'(?:adorerais|aimerais\\s+bien)\\s+(?:avoir|un|une|des|qu)"
      + "|\\bdans\\s+un\\s+monde\\s+idéal\\b|\\bje\\s+dis\\s+ça\\s+comme\\s+ça\\b"
      // "à terme il faudrait un contrôle par partition", "plutôt corriger le seuil que continuer à
      // couper" : un souhait pour un jour, ou une préférence en passant, à personne.
      + "|(?<!\\p{L})(?:à\\s+terme|à\\s+long\\s+terme|sur\\s+le\\s+long\\s+terme)[,:]?\\s+(?:\\p{L}+\\s+){0,2}?"
      + "(?:il\\s+faudrait|il\\s+faut|faudrait|on\\s+(?:devrait|aurait\\s+besoin|a\\s+besoin)"
      + "|nous\\s+(?:devrions|aurions\\s+besoin))(?!\\p{L})"
      + "|^\\W*(?:mais\\s+)?plutôt\\s+\\p{L}+(?:er|ir|re)\\s+[^.!?]{1,60}?(?<!\\p{L})que?(?!\\p{L})");

  /** Une tâche nommée ou renvoyée à part, jamais une décision du fil: "c'est une autre tâche", "il faut quelqu'un pour gérer les voyages". */
  static final Pattern TASK_NAMED = p("\\bc'est\\s+une\\s+autre\\s+(?:tâche|ticket)\\b"
      + "|\\bc'est\\s+un\\s+(?:autre\\s+ticket|ticket\\s+à\\s+part|ticket\\s+pour)\\b"
      + "|\\b(?:il\\s+(?:nous\\s+)?faut|on\\s+a\\s+besoin\\s+d')\\s*quelqu'un\\s+pour\\b");

  /** Une approbation à la première personne : "j'approuve le remboursement", "ok, je valide". */
  static final Pattern APPROVAL_GIVEN = p("^\\W*(?:(?:ok|oui|bon)\\W+){0,2}(?:j'approuve|je\\s+valide)\\b");

  /** Ce qui reste en l'état : "les identifiants Jenkins restent comme ça", "hors périmètre". */
  static final Pattern SCOPE_KEPT = p("\\brest(?:e|ent)\\s+(?:comme\\s+(?:ça|c'est|avant|aujourd'hui)|en\\s+l'état)\\b|\\bhors\\s+(?:scope|périmètre)\\b");

  /** Une condition avant une étape : "le crash reporter doit être livré avant les testeurs externes". */
  static final Pattern GATE = p("\\b(?:doit|doivent|faut)\\s+(?:\\p{L}+\\s+){0,6}?avant\\s+(?:que|qu'|les?|la|tout)\\b");

  /**
   * An agreement that shares a view, not something to do: "d'accord, c'est aussi ma crainte", "oui,
   * je pense pareil".
   */
  static final Pattern AGREES_WITH_A_VIEW = p("^\\W*(?:d'accord|oui|exactement|tout\\s+à\\s+fait"
      + "|pareil)\\W+(?:c'est\\s+(?:aussi\\s+)?(?:ma|notre)\\s+(?:crainte|peur|inquiétude)|(?:moi"
      + "|pareil\\s+pour\\s+moi)\\s+aussi|je\\s+(?:pense|crains)\\s+(?:pareil"
      + "|la\\s+même\\s+chose))");

  /**
   * A yes made to wait on someone still to ask ({@link Cues#waitsOnSomeone}): "pas sans voir
   * avec <@wei>", "pas sans en parler à Hélène", "pas avant d'avoir demandé à la compta".
   */
  static final Pattern WAITS_ON_SOMEONE = p("\\bpas\\s+sans\\s+(?:(?:en\\s+)?(?:parler|voir|vérifier|valider"
      + "|discuter|demander)|l'(?:accord|avis|ok|feu\\s+vert)|le\\s+feu\\s+vert)\\b"
      + "|\\bpas\\s+avant\\s+d'avoir\\s+(?:(?:vu|vérifié|validé)\\s+avec|(?:demandé|parlé)\\s+à|eu\\s+l'(?:accord|avis|ok))");

  /**
   * Something said before taken back by name, named in group 1: "bon, on oublie la double affiche".
   */
  static final Pattern WITHDRAWN_BY_NAME = p("^\\W*(?:(?:ok|bon|bref|d'accord"
      + "|hm+)[\\s,.!:;—–-]+)*(?:on\\s+oublie|oubliez|oublie)\\s+(?:le|la|les"
      + "|l')\\s*([^,.;:!?—–]+)");

  /** Un fait rectifié, au passé : "l'alarme s'est déclenchée mercredi soir, pas mardi". */
  /**
   * Ce qu'on vient de dire, retiré : « oubliez ça », « laisse tomber », « en fait non »,
   * « finalement non », « je retire », « ignorez mon dernier message ».
   */
  static final Pattern WITHDRAWN = p("^\\W*(?:(?:ok|okay|oh|ah|bon|hmm+|pardon|désolée?|attends|attendez|non)[\\s,.!:;—–-]+)*"
      + "(?:(?:oubliez|oublie|ignorez|ignore)\\s+(?:ça|ca|cela|mon\\s+dernier\\s+message|ce\\s+que\\s+j'ai\\s+dit)"
      + "|laisse[sz]?\\s+tomber|(?:en\\s+fait|finalement)[\\s,]+non|non[\\s,]+(?:en\\s+fait|finalement)"
      + "|je\\s+(?:retire|reprends)\\s+(?:ce\\s+que\\s+j'ai\\s+dit|ça|ca))(?!\\p{L})");

  static final Pattern CORRECTION = p("\\b(?:était|étaient|(?:a|ont|est|sont|s'est|se\\s+sont)\\s+\\p{L}+(?:é|ée|és|ées|i|is|u|ue))\\b"
      + "[^.!?;]{0,50}?,\\s*(?:et\\s+)?pas\\s+(?:le\\s+|la\\s+|en\\s+)?(?!(?:avant|après|encore|maintenant|plus\\s+tôt|plus\\s+tard)\\b)\\p{L}+\\s*(?:[.!]|$)");

  /**
   * Ce qu'on a fait ou essayé et ce qui en est sorti, ou une valeur relevée : "j'ai changé les
   * piles, toujours rien", "c'est fait, tu peux réessayer", "le relevé indique 03:05". Pas "on a
   * changé la règle".
   */
  static final Pattern TRIED = p("^\\W*j'ai\\s+(?:déjà\\s+|bien\\s+)?(?:changé|essayé|appelé|vérifié|redémarré"
      + "|remplacé|relancé|regardé|testé|contacté|rebranché)(?!\\p{L})"
      + "|^\\W*c'est\\s+fait\\W+(?:tu\\s+peux|vous\\s+pouvez)\\s+(?:réessayer|retester|relancer)(?!\\p{L})"
      + "|^(?=.*\\d)\\W*(?:le|la|l')\\s*[\\p{L}-]+\\s+(?:indique|affiche|montre)\\s+(?!(?:qu'on|que\\s+nous)(?!\\p{L}))"
      // "PR ouverte : #4182" : le travail signalé en cours. "l'installateur ne vient qu'en juillet,
      // rien avant" : quand quelqu'un peut venir, pas un plan.
      + "|^\\W*(?:la\\s+|ma\\s+)?(?:pr|mr|patch)\\s+(?:est\\s+)?(?:ouverte|en\\s+ligne)(?!\\p{L})"
      + "|\\bne\\s+(?:vient|viennent|arrive|arrivent|passe|passent|livre|livrent|peut\\s+venir|peuvent\\s+venir)\\s+qu'"
      + "|\\b(?:vient|viennent|arrive|arrivent|passe|passent)\\s+seulement\\s+(?:en|le|à|après)(?!\\p{L})"
      // "ça coûte 800, le DG ne signera pas", "test de spores réussi lundi", "quai fermé, pompes
      // coupées.", "l'écran affiche E42, selon le manuel défaut d'allumage", "on vend environ 60
      // douzaines par semaine" : un état, une lecture, un chiffre ; pas "on garde les anciennes clés
      // jusqu'à vendredi", ce qui vaut désormais.
      + "|^\\W*(?:ça\\s+|ca\\s+)?coûte\\s+(?:environ\\s+)?\\d"
      + "|^\\W*(?:le\\s+)?test\\s+(?:\\p{L}+\\s+){0,2}?(?:réussi|raté)(?!\\p{L})"
      + "|^\\W*(?:le\\s+|la\\s+|les\\s+)?[\\p{L}-]+\\s+(?:fermée?s?|coupée?s?|éteinte?s?)\\W+(?:le\\s+|la\\s+|les\\s+)?[\\p{L}-]+\\s+(?:fermée?s?|coupée?s?|éteinte?s?)\\W*$"
      + "|(?:^|[,;]\\s*)(?:l'|le\\s+|la\\s+)?[\\p{L}-]+\\s+(?:affiche|indique)\\s+(?=[\\p{L}-]*\\d)"
      + "|\\bselon\\s+(?:le\\s+|la\\s+)?(?:manuel|notice|constructeur|fabricant)(?!\\p{L})"
      + "|\\bon\\s+(?:vend|fait)\\s+(?:environ\\s+|à\\s+peu\\s+près\\s+)?\\d+\\s+(?:\\p{L}+\\s+){0,2}?par\\s+(?:jour|semaine|mois)(?!\\p{L})");

  /**
   * Une histoire au passé : quelqu'un d'autre a fait quelque chose ("leur convoyeur est monté
   * avec le camion, aucune idée s'il a regardé l'enregistreur", "le service client l'a appelée ce
   * matin"), ou nous, avec le moment ("on a perdu plus de monde quand Omar s'est endormi en
   * octobre"). Pas "on a changé la règle".
   */
  static final Pattern NARRATED = p("^\\W*(?:(?:il|elle|ils|elles|(?:leur|son|sa|le|la)\\s+[\\p{L}-]+)\\s+(?:l'|les\\s+|nous\\s+|m')?"
      + "(?:a|ont|est|sont)\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}]+(?:é|ée|és|i|is|u|ue|us)(?!\\p{L})"
      + "|(?:on|nous|j')\\s*(?:a|avons|ai)\\s+[\\p{L}]+(?:é|i|u|du)(?!\\p{L})(?=.*(?:\\bquand\\b|\\bhier\\b|\\bdernier|\\bil\\s+y\\s+a\\s+\\d"
      + "|\\ben\\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b)))"
      + "(?!.*(?:\\bva\\b|\\bvont\\b|\\bdésormais\\b|\\bjusqu))"
      // "la salle a dit qu'on peut réutiliser la chambre froide" : ce qu'un autre a dit.
      + "|^\\W*(?!(?:je|j'|on|nous)(?!\\p{L}))(?:[\\p{L}'.-]+\\s+){1,4}?(?:a|ont)\\s+(?:dit|confirmé|écrit|répondu)\\s+qu");
}
