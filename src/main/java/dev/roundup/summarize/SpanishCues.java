package dev.roundup.summarize;

import static dev.roundup.summarize.Cues.p;

import java.util.regex.Pattern;

/**
 * How people phrase each step of a conversation in Spanish: the words {@link Cues} describes, and
 * the words the conversation model reads replies with ({@link ReplyWords}). The rules that use
 * them are language-neutral; only the wording lives here.
 */
final class SpanishCues {

  private SpanishCues() {}

  static final Cues CUES = new Cues(
      p("(?:decidido|decisión|cambio\\s+de\\s+planes?)\\s*:|\\b(?:decidido|decidimos|hemos\\s+decidido|vamos\\s+con|queda\\s+así"
          + "|aprobado|nos\\s+quedamos\\s+con|queda\\s+decidido|quedamos\\s+en"
          + "|de\\s+ahora\\s+en\\s+adelante|a\\s+partir\\s+de\\s+ahora)\\b"),
      // "sí, algún día": some day, not now, said as the whole answer (not "si algún día se cae …").
      // "si acaso quitamos el puesto 1", "en el peor de los casos …": a fallback offered, hedged.
      p("^\\W*(?:si\\s+acaso|en\\s+el\\s+peor\\s+de\\s+los\\s+casos)(?!\\p{L})"
          + "|^\\W*(?:(?:sí|si|claro|vale)\\W+)?alg[uú]n\\s+d[ií]a\\s*(?:[.!…]|$)|\\b(?:ya\\s+veremos|hasta\\s+que\\s+sepamos|a\\s+ver|todavía\\s+abierto|sin\\s+decidir|más\\s+adelante"
          + "|en\\s+la\\s+próxima|quizás|tal\\s+vez|no\\s+sé|no\\s+estoy\\s+seguro"
          + "|pongamos\\s+que|supongamos\\s+que|digamos\\s+que|hay\\s+que\\s+consultarlo"
          + "|revisamos\\s+si|lo\\s+decide"
          + "|(?:eso\\s+)?lo\\s+(?:vemos|hablamos|decidimos|miramos)\\s+(?:el|en|mañana|la|luego"
          + "|después|más)|en\\s+la\\s+(?:reunión|retro|próxima)|en\\s+pausa"
          + "|no\\s+es\\s+prioridad|lo\\s+dejamos\\s+para"
          // "depende del presupuesto", "esperando a legal", "lo dejamos abierto".
          + "|depende\\s+de|esperando\\s+(?:a|que|la|el)|lo\\s+dejamos\\s+abierto)\\b"),
      p("\\b(?:deberíamos|podríamos|propongo|vamos\\s+a|hagamos|hacemos|pasamos|dejamos"
          + "|mantenemos|usamos|movemos|cambiamos|ponemos|probamos|seguimos|empezamos|quitamos"
          + "|paramos|pausamos|lanzamos|desactivamos|activamos|damos|ofrecemos"
          + "|nos\\s+quedamos)\\b|(?:propuesta|compromiso|idea|regla|calendario)\\s*:"
          + "|^\\W*(?:propuesta|idea)\\b[^.:?!¿]{0,50}:"),
      p("^\\W*(?:de\\s+acuerdo|aprobado|hecho|trato\\s+hecho|adelante|dale|luz\\s+verde|hazlo|hacedlo)\\W*$"),
      p("^\\W*(?:(?:el\\s+)?\\d[\\p{L}\\p{N}:./-]*\\s+(?:me\\s+(?:va|sirve)|(?:está|va)\\s+bien)"
          + "|\\+1|de\\s+acuerdo|anotado|entendido|vale|sí|claro|perfecto|buena\\s+idea|me\\s+parece\\s+bien"
          + "|estoy\\s+de\\s+acuerdo|por\\s+mí\\s+bien|me\\s+vale|yo\\s+también|genial|dale"
          + "|totalmente|ok(?:ay)?|👍|✅"
          // "secundo", "apoyado": seconding, as "+1" does.
          + "|secundo|apoyado"
          // "justo", "tiene sentido": conceding, as "fair" and "makes sense" do.
          + "|(?:es\\s+)?justo|tiene\\s+sentido)(?!\\p{L})"),
      p("\\b(?:pero|sin\\s+embargo|no\\s+estoy\\s+de\\s+acuerdo|espera)\\b"),
      p("\\b(?:yo\\s+me\\s+encargo(?:\\s+de)?|me\\s+encargo(?:\\s+de)?|yo\\s+lo\\s+hago"
          // "me ofrezco para ser la mentora de Jun": an offer that names what it takes.
          + "|me\\s+(?:ofrezco|apunto)\\s+(?:a|para)"
          + "|voy\\s+a|me\\s+ocupo(?:\\s+de)?|lo\\s+reviso|(?:yo\\s+)?(?:preparo|envío|reviso"
          + "|actualizo|escribo|configuro)\\b)\\s*"
          + "|\\byo\\s+(?:(?:se|lo|la|los|las|le|les|me|te)\\s+){0,2}"
          // Not "ni idea, yo no toco esa configuración": what one never does is no task; nor "yo
          // apuesto a la junta de culata", a guess.
          + "(?!creo|pienso|sé|estoy|tengo|prefiero|apuesto|supongo|diría|no\\b|nunca\\b|jamás\\b)\\p{L}+o\\b"
          // "se lo pregunto a compras", "lo consulto con mi responsable": asked on, taken on.
          // Not "lo pregunto porque …", "ya ni lo pregunto": why one asks, or that one no longer does.
          + "|(?<!\\b(?:no|nunca|ni|tampoco)\\s)\\b(?:lo|la|los|las|se\\s+lo|se\\s+la)\\s+"
          + "(?:hago|reviso|preparo|envío|mando|digo"
          + "|arreglo|miro|reservo|actualizo|configuro|escribo|pregunto|consulto)\\b"
          + "(?!\\s+(?:en\\s+serio|porque|por\\s+curiosidad|por\\s+preguntar|por\\s+si\\s+acaso)\\b)"
          + "|^\\W*(?:\\p{L}+,\\s*)?(?:hago|envío|mando|reviso|preparo|reservo|actualizo|miro"
          + "|llamo|escribo|configuro|genero|aviso|paso)\\b"
          // "puedo preparar la demo", "le pregunto a Marta": offered, or said in passing.
          // Not "eso no lo puedo borrar yo": the object pronoun goes between "no" and the verb.
          + "|(?<!\\b(?:no|si)\\s(?:(?:lo|la|los|las|le|les|se|me|te)\\s)?)\\b(?:yo\\s+)?puedo\\s+(?!ser\\b|estar\\b|imaginar|entender|ver\\b|decir\\b"
          + "|confirmar)(?:(?:lo|la|los|las|le|les|me|se|te)\\s+)?\\p{L}+(?:ar|er|ir)"
          + "(?:lo|la|los|las|le|les|me|se)?\\b"
          // Not "ok, no le digo nada": what one will not do is no task.
          + "|(?<!\\b(?:no|nunca)\\s)\\b(?:le|les)\\s+"
          + "(?:pregunto|escribo|aviso|digo|mando|confirmo|llamo|comento)\\b"
          + "|\\bdéja(?:lo|melo)\\s+(?:a\\s+mí|en\\s+mis\\s+manos|conmigo)\\b"
          // "déjame confirmarlo con la gestoría", "déjame preguntarle a marta": a check taken on;
          // not "déjame pensarlo", time asked for, nor "déjame preguntarte una cosa".
          + "|\\bd[eé]jame\\s+(?:confirm|consult|comprob|averigu|verific)\\p{L}*"
          + "|\\bd[eé]jame\\s+preguntar(?:lo|le|les)?\\s+(?:a|al|con|en)\\s"
          // "tengo que preguntarle a Jorge": an obligation taken on.
          + "|(?<!\\b(?:no|si)\\s)\\btengo\\s+que\\s+(?!ver\\s+si|decir|admitir|reconocer)"
          + "\\p{L}+(?:ar|er|ir)(?:le|lo|la|les|los|las)?\\b"
          // "Lo miro mañana", "vale, aviso hoy": the present tense with a time is a plan.
          // "y lo instalo mañana", "entonces respondo a Aurora el viernes" go on from what was
          // said before.
          // "te las paso el jueves": two pronouns before the verb; "mañana reajusto las flores"
          // (below): the time first.
          + "|^\\W*(?:(?:vale|ok|sí|claro|perfecto|dale|bueno|hecho)[\\s,!.]+)?"
          + "(?:(?:y|entonces)\\s+)?(?:yo\\s+)?"
          + "(?:(?:me|te|lo|la|los|las|le|les|se|nos|os)\\s+){0,2}"
          + "(?!(?:creo|pienso|sé|estoy|tengo|prefiero|todo"
          + "|esto|eso|luego|claro|pronto|nuevo|no|ahora|como|cuando|algo|nada|poco|mucho|pero|solo"
          + "|sólo)\\b)"
          + "\\p{L}{3,}o(?=[\\s,]+(?:\\p{L}+\\s+){0,6}?(?:ahora|hoy|mañana|esta\\s+(?:semana|tarde)"
          + "|en\\s+un\\s+rato|(?:hasta\\s+el|para\\s+el|el)\\s+(?:lunes|martes|miércoles|jueves"
          + "|viernes|sábado|domingo))\\b)"
          + "|^\\W*(?:(?:vale|ok|sí|claro|perfecto|dale|bueno|hecho)[\\s,!.]+)?(?:(?:y|entonces)\\s+)?"
          + "(?:yo\\s+)?(?:hoy|mañana|ahora|luego|esta\\s+tarde|esta\\s+noche)\\s+(?:mismo\\s+)?"
          + "(?:(?:me|te|se|lo|la|los|las|le|les|nos|os)\\s+){0,2}(?!(?:creo|pienso|sé|estoy|tengo"
          + "|prefiero|quiero|necesito|todo|esto|eso|no|como|cuando|algo|nada|pero|solo|sólo|mismo"
          + "|primero|tampoco|seguro)\\b)\\p{L}{3,}o\\s+\\p{L}"
          // "el fix del webhook lo subo hoy", "lo del contrato lo muevo yo": the thing said first,
          // taken up again by its pronoun, then the verb with a time or with "yo"; not "no puedo
          // preparar la demo esta semana", whose "la", after a verb or a preposition, is the noun's.
          + "|(?<!\\bno)(?<!\\b\\p{L}{1,20}(?:ar|er|ir))(?<!\\b(?:de|del|a|al|en|con|para|por|sin|que))"
          + "\\s(?:lo|la|los|las)\\s+"
          + "(?!(?:creo|pienso|sé|tengo|prefiero|dije|digo|vi|veo|sabía|decido)\\b)"
          + "\\p{L}{3,}o\\s+(?:yo\\b|(?:\\p{L}+\\s+){0,3}?(?:hoy|mañana|esta\\s+(?:semana|tarde|noche)"
          + "|ahora(?:\\s+mismo)?)\\b)"),
      // "voy a estar fuera", but not "voy a estar allí a las 2 para abrirle": there to do it.
      p("\\b(?:voy\\s+a\\s+estar(?![^.!?]*\\bpara\\s+\\p{L}+(?:ar|er|ir)(?:le|les|lo|la|los|las)?\\b)"
          + "|creo|espero)\\b"),
      p("^\\W*(?:¿?\\s*(?:(?:y|también)\\s+)?(?:alguien\\s+(?:puede|tiene\\s+que|debería|debe)|puede\\s+alguien)"
          + "|por\\s+favor\\s+(?=\\p{L}+\\s))"),
      p("[\\s,:]*(?:¿?\\s*(?:puedes|podrías)\\s+(?:por\\s+favor\\s+)?|por\\s+favor\\s+)"),
      p("^\\W*(?:me\\s+encargo|yo\\s+me\\s+encargo|hecho|vale|sí|claro|ok)\\b"),
      p("^\\W*(?:(?:pues|bueno|uf|mmm+|hmm+|la\\s+verdad(?:\\s+es\\s+que)?)[\\s,.]+)?(?:buena\\s+pregunta"
          // "no lo he pensado todavía", "déjame pensarlo": not yet thought through.
          + "|no\\s+lo\\s+he\\s+(?:pensado|mirado)|déjame\\s+pensar(?:lo)?"
          + "|ni\\s+idea|no\\s+(?:lo\\s+)?sé|no\\s+tengo\\s+ni\\s+idea|todavía\\s+no|nadie|quizás|tal\\s+vez"
          + "|depende|quién\\s+sabe|mmm+)\\b"
          // "pregúntale a legal, la verdad no lo sé": not knowing, said last.
          + "|(?<=\\W)(?:no\\s+(?:lo\\s+)?sé|ni\\s+idea)(?=[\\s.!…]*$)"
          // Not theirs to decide, as it opens or closes the answer: NOT_OURS below.
          + "|" + SpanishCues.NOT_OURS
          // "le pregunté a finanzas, todavía sin respuesta": asked on, still unanswered.
          + "|\\b(?:todavía|aún)\\s+sin\\s+respuesta\\b"),
      p("\\b(?:consultarlo\\s+con|preg[uú]nt(?:ar|arle|emos|amos|ale|a|ales)\\s+a|consultar\\s+con|hablar\\s+con"
          + "|ver\\s+con|es\\s+cosa\\s+de|le\\s+toca\\s+a|esperando\\s+a|lo\\s+decide"
          // "marta lo habla con dirección", "eso lo vemos con la imprenta", "que lo diga nerea":
          // sent on to whoever it names. Not "lo hablo yo con su jefe", the one asked taking it on.
          + "|lo\\s+(?:habla|hablamos|ve|vemos|mira|miramos|consulta|consultamos)\\s+con(?!\\s+buenos\\s+ojos)"
          + "|que\\s+lo\\s+(?:diga|decida|confirme))\\s+"
          + "(?:(?:él|ella|ellos|mí|nosotros|alguien)\\b"
          + "|(" + Cues.MENTION + "|el\\s+\\p{L}+|la\\s+\\p{L}+|\\p{L}+))"),
      p("^\\W*¿?\\s*(?:podemos|puedes|hay|es|son|tenemos|debemos|está|están)\\b"),
      p("^\\W*(?:sí|no|todavía\\s+no|claro|exacto|hecho)\\b"),
      p("^\\W*(?:hola|buenos\\s+días|buenas|para\\s+que\\s+sep[aá]is|fyi|por\\s+cierto|aviso)\\b"),
      p("\\b(?:olvídalo|ya\\s+lo\\s+encontré|resuelto)\\b"),
      p("^\\W*(?:(?:entonces|bueno|vale)[\\s,]+)?(?:decisión|decidido|tarea|pendiente"
          + "|próximos\\s+pasos)\\s*[:\\-–—]\\s*"),
      p("^\\W*(?:gracias|muchas\\s+gracias|vale|ok|genial|perfecto|👍|\\+1)\\W*$"));

  /** "Aviso publicado en el portal y mandado al grupo": a thing and what was done to it, said first. */
  static final String THING_DONE_WORDS = "^\\W*(?!(?:el|la|lo|los|las|un|una)\\s)[\\p{L}-]+\\s+(?:enviad|mandad|publicad|reservad"
      + "|terminad|emitid|reembolsad|cancelad|aplicad)[oa]s?\\b";
  static final Pattern THING_DONE = p(THING_DONE_WORDS);

  /** "Done", "Rollback done": a report that what was taken on is finished. */
  static final Pattern DONE = p("^\\W*(?:hecho|listo|terminado|enviado|reservado)\\b"
          // "Aviso publicado en el portal y mandado al grupo": a thing and what was done to it.
          + "|" + SpanishCues.THING_DONE_WORDS
          + "|\\bya\\s+(?:está|están)\\s+(?:activ|list|hech|arreglad|instalad|enviad|reservad)"
          + "|\\bya\\s+(?:(?:lo|la|los|las|le|les)\\s+)?\\p{L}+é\\b|\\bfunciona(?:n)?\\s+de\\s+nuevo\\b");

  /**
   * A plan said in the present after an acceptance: "vale, redacto el correo y te lo paso",
   * "genial, se lo propongo al cliente", "sí, hoy mismo les abro un ticket" (action items). An
   * -o word needs a pronoun before it or an article after it: "sí, claro" plans nothing, nor
   * "vale, lo entiendo" (understanding, as "lo sé", "lo veo", "lo supongo", is no plan). The
   * one doing it named after the verb takes it on without an opener: "ya llamo yo mañana", "lo
   * miro yo", never "creo yo que no" nor "como yo decía" (what one thinks or said).
   */
  static final Pattern PLAN_IN_PRESENT = p("^[^\\p{L}\\p{N}]*(?:vale|ok|okay|sí|si|claro|genial"
      + "|perfecto|dale|bueno|de\\s+acuerdo|hecho)[\\s,!.]+(?:(?:hoy|ahora|mañana)\\s+mismo\\s+"
      + "|yo\\s+)?(?:(?:(?:se|lo|la|los|las|le|les|te|me)\\s+){1,2}(?!(?:entiendo|comprendo|sé|creo|veo"
      + "|supongo|noto|dudo|imagino)\\b)\\p{L}{3,}o\\b|(?!(?:creo|pienso"
      + "|sé|estoy|tengo|prefiero|no|claro|bueno|perfecto|correcto|exacto|seguro|cierto|todo|esto"
      + "|eso|luego|pronto|nuevo|mismo|mucho|poco|tampoco|también|primero|pero|como|cuando|algo"
      + "|nada)\\b)\\p{L}{3,}o\\s+(?:el|la|los|las|un|una|al|todo|todos|ahora|hoy|mañana)\\b)"
      // "te ayudo con la parte del pipeline": help taken on for a part.
      + "|^[^\\p{L}\\p{N}]*(?:(?:vale|ok|sí|si|claro)[\\s,!.]+)?(?:yo\\s+)?(?:te|os|les?)\\s+ayudo"
      + "\\s+con\\s+\\p{L}"
      + "|^[^\\p{L}\\p{N}]*(?:(?:ya|vale|ok|bueno|pues)[\\s,]+)?(?:(?:lo|la|los|las|le|les|se)\\s+)?"
      + "(?!(?:creo|digo|pienso|sé|supongo|opino|entiendo|veo|como|pero|tampoco|todo|eso|esto"
      + "|claro|bueno|no|lo|yo)\\b)\\p{L}{3,}o\\s+yo\\b"
      // "llamando ahora", "vale, preparando las pulseras": a reply opening with work being
      // started, said by its gerund.
      + "|^[^\\p{L}\\p{N}]*(?:(?:vale|ok|okay|dale|sí|si|listo|perfecto|genial|hecho)[\\s,!.]+)*"
      + "(?:ya\\s+)?(?!(?:siendo|teniendo|estando|quedando|viniendo|llegando|saliendo|funcionando"
      + "|dando|hablando|mirando|viendo|esperando|pensando|creyendo|pasando|entiendo|atiendo|tiendo"
      + "|defiendo|comando|trabajando|volviendo|intentando|tratando|buscando|pidiendo|riendo"
      + "|sufriendo|muriendo)(?!\\p{L}))\\p{L}{3,}(?:ando|iendo|yendo)\\s+(?:ahora|ya|hoy|el|la"
      + "|los|las|un|una|a|al|con|\\d)(?!\\p{L})"
      // "abro incidencia con Marinas.com", "os paso las notas de Carmen", "aviso a los
      // proveedores": a sentence opening with the speaker doing work, in verbs that do it.
      + "|^[^\\p{L}\\p{N}]*(?:(?:vale|ok|sí|si|bueno|pues|perfecto|dale)[\\s,!.]+)*"
      + Cues.OPENING_MENTION + "(?:yo\\s+)?(?:(?:te|os|les?|se|lo|la|los|las)\\s+){0,2}"
      + "(?:aviso|llamo|mando|envío|paso|saco|abro|preparo|reservo|cancelo|escribo|subo|compro"
      + "|devuelvo|contacto|redacto|imprimo|publico|corrijo)(?!\\p{L})\\s+\\p{L}"
      // "mañana a primera hora repaso todas las reservas", "ok el lunes lo cuelgo", "esta noche lo
      // mando": when first, then the speaker's verb; not "mañana trabajo", "el lunes vuelvo"
      // (where one is), "hoy primero el bonito" (an order), "mañana quiero la 2 por cable" (what
      // one wants done).
      + "|^[^\\p{L}\\p{N}]*(?:(?:vale|ok|okay|sí|si|bueno|pues|perfecto|dale)[\\s,!.]+)*"
      + "(?:mañana|hoy|luego|esta\\s+(?:tarde|noche|mañana)|el\\s+(?:lunes|martes|miércoles|jueves"
      + "|viernes|sábado|domingo))(?:\\s+(?:a\\s+primera\\s+hora|por\\s+la\\s+(?:mañana|tarde)"
      + "|mismo|temprano))?[\\s,]+(?:yo\\s+)?(?:(?:lo|la|los|las|le|les|te|os|se)\\s+){0,2}"
      + "(?!(?:no|creo|pienso|tengo|estoy|trabajo|vuelvo|llego|salgo|libro|primero|tampoco|todo"
      + "|solo|seguro|claro|pero|como|mismo|temprano|quiero|necesito|puedo|espero|prefiero"
      + "|pasado|teletrabajo|descanso|duermo|viajo|festivo|cerrado)"
      + "(?!\\p{L}))\\p{L}{3,}o(?!\\p{L})");

  /**
   * A reply that puts a question off or says nobody has looked at it ({@link
   * EnglishCues#LEAVES_OPEN}): "no lo decidimos hoy", "nadie lo ha mirado" (open
   * questions).
   */
  static final Pattern LEAVES_OPEN = p("\\bno\\s+(?:lo\\s+)?decidimos\\s+(?:hoy|ahora)"
      + "|\\bnadie\\s+(?:lo\\s+)?ha\\s+(?:mirado|revisado)"
      + "|\\bno\\s+nos\\s+metamos\\b|\\botra\\s+discusión\\b"
      // "eso lo miramos en enero": put off to a time.
      + "|\\blo\\s+(?:miramos|vemos|revisamos|hablamos)\\s+(?:en\\s+(?:enero|febrero|marzo|abril"
      + "|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|el\\s+mes\\s+que\\s+viene"
      + "|el\\s+próximo\\s+(?:mes|trimestre)|después\\s+de)\\b"
      // "lo aparcamos", "lo pongo en la agenda del jueves", "antes de decidir nada".
      + "|\\blo\\s+aparcamos\\b|\\blo\\s+(?:pongo|ponemos|meto|metemos)\\s+en\\s+(?:la\\s+agenda"
      + "|el\\s+orden\\s+del\\s+día)|\\bantes\\s+de\\s+decidir\\b"
      // "lo confirmamos el lunes", "se confirma el lunes", "eso lo vemos luego": put off.
      + "|\\b(?:lo|se)\\s+(?:confirmamos|confirma|decidimos|decide|vemos|resolvemos)\\s+(?:el\\s+)?"
      + "(?:lunes|martes|miércoles|jueves|viernes|mañana|luego|después|más\\s+adelante"
      + "|la\\s+semana\\s+que\\s+viene)\\b");

  /** A question reported ("el cliente pregunta si …", "quiere saber si …") (open questions). */
  static final Pattern INDIRECT_QUESTION = p("(?<!\\bme\\s)\\b(?:pregunta|preguntan|preguntó|preguntaron"
      + "|quiere\\s+saber|quieren\\s+saber),?\\s+si\\b"
      // "alguien sabe si se permiten clavos en el carril bici": asked of everyone.
      + "|\\balguien\\s+sabe\\s+si\\b");

  /**
   * A reminder to whoever is doing something ("asegúrate de …", "no te olvides de …"): a task once the one it is
   * said to takes it ("will do"); advice otherwise.
   */
  static final Pattern REMINDER = p("^\\W*(?:(?:y|también)\\W+)?(?:asegúrate\\s+de|no\\s+(?:te\\s+)?olvides"
      + "|acuérdate\\s+de)\\b");

  /**
   * A task given to someone named, by name or mention (group 1), the task after the match, also
   * after an acknowledgement by whoever hands it out: "Lucía se encarga de los focos", "vale,
   * lucía se encarga de los focos entonces", "ok, andrés cubre la ruta de tarde" (chat writes
   * names in lower case: whether the word names a participant is checked where it is read);
   * never "vale, esto va a tardar" (no one named).
   */
  static final Pattern ASSIGNED = p("^\\W*(?:(?:vale|ok|bien|perfecto|genial|entonces|bueno)\\W+){0,2}("
      + Cues.MENTION + "|\\p{L}+)\\s+(?:se\\s+encarga\\s+de|va\\s+a"
          + "|prepara|envía|revisa|hace(?!\\s+(?:falta|años|caso|bien|mal|gracia)\\b)|llama\\s+a"
          + "|escribe|manda|cubre|lleva(?!\\s+(?:razón|tiempo|años|días|meses)\\b)|trae|compra|abre"
          + "|avisa\\s+a|monta|actualiza|coge)\\s+");

  /**
   * A question about how the plan goes on ({@link EnglishCues#PLAN_QUESTION}): "¿cuándo
   * retomamos el despliegue?", "¿y los becarios?", "¿qué pasa con la documentación?", "¿aplica
   * también al soporte?".
   */
  static final Pattern PLAN_QUESTION = p("^\\W*¿?\\s*(?:y\\s+)?(?:cuándo|dónde|cómo)\\s+"
      + "(?!(?:tenemos|sabemos|hemos|estamos)\\b)\\p{L}{3,}(?:amos|emos|imos)\\b"
      + "|^\\W*¿?\\s*(?:y\\s+)?qué\\s+(?:pasa|hacemos)\\s+con\\b"
      + "|^\\W*¿?\\s*y\\s+(?:el|la|los|las|para)\\b[^?]*\\?\\s*$"
      + "|^(?!\\W*¿?\\s*(?:es|son|era|fue|está|están|hay|quién|por\\s+qué)\\b)[^?]*\\btambién\\s*\\?\\s*$"
      // "¿hacemos la exhibición otra vez este año?": whether what was done before is done again.
      + "|^\\W*¿?\\s*(?:y\\s+)?(?!(?:tenemos|sabemos|hemos|estamos)\\b)\\p{L}{3,}(?:amos|emos|imos)\\b[^?]*"
      + "\\b(?:otra\\s+vez|de\\s+nuevo|este\\s+año)\\b");

  /** An answer given as a guess ("creo que Jorge", "probablemente", "no creo"). */
  static final Pattern GUESS = p("\\b(?:probablemente|seguramente|quizás?|tal\\s+vez|supongo"
      + "|creo(?:\\s+que)?|no\\s+creo|diría\\s+que|en\\s+mi\\s+opinión)(?!\\p{L})");

  /**
   * The one answering says the question is not theirs to decide: to open the answer ("eso no lo
   * decidimos nosotros", "no nos corresponde", "eso no depende de nosotros") or, in words about
   * deciding, to close it ("…, no es nuestra decisión"). It answers nothing and decides nothing,
   * whoever says it (part of the non-answers). Not "el retraso no depende de nosotros".
   */
  static final String NOT_OURS = SpanishCues.NOT_OURS_OPENING + "|(?:"
      + SpanishCues.NOT_OURS_CLOSING + ")(?=[\\s.!…]*$)";
  private static final String NOT_OURS_CLOSING = "(?:eso\\s+)?no\\s+(?:lo\\s+|la\\s+)?"
      + "decid(?:o|imos)\\s+(?:yo|nosotros)|(?:eso\\s+)?no\\s+(?:me|nos)\\s+(?:toca|corresponde)"
      + "(?:\\s+a\\s+(?:m[ií]|nosotros))?(?:\\s+decidir(?:lo)?)?"
      + "|(?:eso\\s+)?no\\s+es\\s+(?:mi|nuestra)\\s+decisi[óo]n|(?:eso\\s+)?no\\s+es\\s+cosa\\s+nuestra";
  private static final String NOT_OURS_OPENING = "^\\W*(?:(?:no|uf|pues|bueno|perdona)\\W+)?(?:"
      + SpanishCues.NOT_OURS_CLOSING + "|eso\\s+no\\s+depende\\s+de\\s+(?:m[ií]|nosotros))"
      + "(?!\\p{L})";

  /** The answer opening by saying it is not theirs to decide ({@link #NOT_OURS}). */
  static final Pattern DISOWNS = p(NOT_OURS_OPENING);

  /** The one answering saying they may be wrong ("no estoy seguro", "no me hagas mucho caso"). */
  static final Pattern UNSURE = p("\\bno\\s+estoy\\s+(?:del\\s+todo\\s+|100\\s*%\\s*)?segur[oa]\\b"
      + "|\\bno\\s+me\\s+hagas\\s+(?:mucho\\s+)?caso\\b|\\bsin\\s+garantías?\\b"
      + "|\\bsin\\s+promesas\\b|\\bno\\s+(?:te\\s+|os\\s+|les?\\s+)?prometo\\s+nada\\b"
      + "|\\bpuedo\\s+equivocarme\\b"
      // "a lo mejor puedo pedirle la furgo a mi hermano, lo miro": still to be checked.
      + "|\\b(?:lo\\s+(?:compruebo|confirmo|miro)|tengo\\s+que\\s+(?:comprobarlo|confirmarlo|mirarlo))"
      + "\\W*$");

  /**
   * Verbs of doing in the first person of the present, which asked offer the deed ("¿llamo al
   * técnico?"): the everyday ones of getting work done, without those that are also nouns or
   * prepositions opening a question ("¿envío gratis?", "¿cambio de planes?", "¿bajo qué
   * condiciones?").
   */
  private static final String OFFERED_VERB = "pongo|pregunto|llamo|mando|escribo|hago|preparo|reviso"
      + "|aviso|subo|reservo|pido|compro|busco|cancelo|confirmo|actualizo|quito|añado|meto|hablo"
      + "|contacto|abro|cierro|imprimo|anulo|devuelvo|cobro|apunto|publico|borro|cuelgo|redacto"
      + "|organizo|gestiono|tramito|contesto|respondo|agendo|programo";

  /** What a reply does to the message it answers, in Spanish ({@link ReplyWords}). */
  static final ReplyWords REPLY = new ReplyWords(
      p("^\\W*(?:¿\\s*)?(?:quieres\\s+que|queréis\\s+que|quiere\\s+que)\\s+(?:yo\\s+)?|^\\W*(?:¿\\s*)?"
          + "(?:me\\s+encargo\\s+yo|lo\\s+hago\\s+yo)(?=.*\\?\\s*$)"
          // "¿lo arreglo?", "¿te lo mando?": the speaker's own verb, asked, offers it.
          + "|^\\W*(?:¿\\s*)?(?:yo\\s+)?(?:lo|la|los|las|te|se|le|les)\\s+(?:(?:lo|la|los|las)\\s+)?"
          + "\\p{L}{3,}o(?:\\s+yo)?\\s*\\?\\s*$"
          // "¿pongo un aviso en la app?", "le pregunto a marta?": a verb of doing in the first
          // person, asked, offers what it names; the verbs are listed, as many a question opens
          // with a word in -o that is no verb ("¿todo bien?", "¿cuánto cuesta?").
          + "|^\\W*(?:¿\\s*)?(?=(?:yo\\s+)?(?:(?:lo|la|los|las|te|se|le|les)\\s+(?:(?:lo|la|los|las)\\s+)?)?"
          + "(?:" + OFFERED_VERB + ")(?!\\p{L})[^?¿]*\\?\\s*$)"),
      p("^\\W*(?:¿\\s*)?quién\\s+(?:se\\s+encarga(?:\\s+de)?|puede|hace|quiere|lleva|prepara"
          // "¿quién va a estar in situ el 13?": who will be there.
          + "|(?:está|va\\s+a\\s+estar|estará)(?=\\s+(?:allí|ahí|in\\s+situ|presente|en\\s+la\\s+oficina)))\\s*"),
      p("^\\W*(?:yo|me\\s+encargo|lo\\s+hago)\\b|\\bme\\s+encargo\\s+yo\\b"),
      p("^\\W*(?:sí|si,|dale|vale|claro|por\\s+favor|perfecto)(?!\\p{L})"),
      // No el sí que empieza con no: "no hay problema", "no pasa nada", "no te preocupes".
      p("^\\W*no\\b(?!\\s+(?:hay\\s+problema|pasa\\s+nada|te\\s+preocupes)(?!\\p{L}))"),
      p("\\b(?:el\\s+)?pr\\s+está\\s+(?:listo|abierto)\\b|\\bnecesito\\s+(?:una\\s+)?revisi"),
      p("\\b(?:lo|la)\\s+hice\\b|\\bya\\s+lo\\s+hice\\b"));

  /**
   * Un día, una semana o un mes por venir para una elección ({@link #PUT_OFF}): "a final de mes",
   * "en mayo", "el lunes", "la semana que viene", "dentro de dos semanas"; nunca uno pasado ("a
   * final del mes pasado").
   */
  private static final String LATER_DAY = "(?:a|al|para|hacia)\\s+(?:final(?:es)?|fin|principio(?:s)?|mediados)"
      + "\\s+de(?:l)?\\s+(?:mes|semana|año|trimestre|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
      + "|septiembre|octubre|noviembre|diciembre)\\b(?!\\s+pasad)"
      + "|en\\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
      + "|diciembre)\\b|el\\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?!\\p{L})"
      + "|la\\s+(?:semana\\s+que\\s+viene|próxima\\s+semana)\\b|el\\s+(?:mes\\s+que\\s+viene|próximo\\s+mes)\\b"
      + "|dentro\\s+de\\s+(?:dos|tres|unos|unas|\\d+)\\s+(?:días|semanas|meses)(?!\\p{L})";

  /**
   * A question put off rather than settled ({@link Cues#isDeferral}): "lo dejamos para después",
   * "eso queda para más adelante", "hoy no lo decidimos", "para otro día"; and deciding put off
   * until after something else ("eso lo decidimos después del ensayo", "vamos a decidirlo cuando
   * tengamos los números", "decidiremos tras la prueba"), never "decidimos tras la reunión pasar
   * al horario de invierno" (a decision reported).
   */
  static final Pattern PUT_OFF = p("\\b(?:lo|eso|esto)\\s+(?:dejamos|dejo)\\s+para\\s+(?:después|luego"
      + "|más\\s+adelante|otro\\s+día|otra\\s+ocasión)\\b"
      + "|\\bqueda\\s+para\\s+(?:después|luego|más\\s+adelante|otro\\s+día)\\b"
      + "|\\b(?:eso|esto)\\s+para\\s+(?:después|luego|otro\\s+día)\\b"
      + "|\\bhoy\\s+no\\s+(?:lo\\s+)?(?:decidimos|vamos\\s+a\\s+decidir)\\b"
      + "|\\bno\\s+(?:lo\\s+)?(?:decidimos|vamos\\s+a\\s+decidir(?:lo)?)\\s+(?:hoy|ahora)\\b"
      + "|\\bpara\\s+otro\\s+día\\b"
      + "|\\b(?:lo|eso|esto)\\s+(?:decidimos|decidiremos)\\s+(?:después|tras|cuando|una\\s+vez)\\b"
      + "|\\b(?:vamos\\s+a|mejor)\\s+decidir(?:lo)?\\s+(?:después|tras|cuando|una\\s+vez)\\b"
      + "|\\b(?:decidámoslo|decidiremos)\\s+(?:después|tras|cuando|una\\s+vez)\\b"
      // "todavía no, lo decidimos a las 9:30 cuando sepamos más": put off to a time of day.
      + "|\\b(?:(?:lo|eso|esto)\\s+decidimos|decidiremos|decidámoslo|(?:vamos\\s+a|mejor)\\s+"
      + "decidir(?:lo)?)\\s+(?:a|hacia|antes\\s+de)\\s+las\\s+\\d"
      // "lo decidimos a final de mes", "eso lo vemos en mayo": put off to a later day, week or
      // month; never "lo decidimos a final del mes pasado" (a decision reported).
      + "|\\b(?:(?:lo|eso|esto)\\s+(?:decidimos|decidiremos|vemos|veremos|hablamos|miramos)|decidiremos|veremos"
      + "|decidámoslo|(?:vamos\\s+a|mejor)\\s+decidir(?:lo)?)\\s+(?:" + LATER_DAY + ")"
      // "eso es un problema para el Q1", "un tema del año que viene": la elección dejada a un trimestre
      // o año posterior; no "ningún problema para el Q1, entregamos".
      + "|(?<!ningún\\s)(?<!\\p{L})(?:un\\s+)?(?:problema|tema)\\s+(?:para|del)\\s+(?:el\\s+)?(?:q[1-4]|t[1-4]|año\\s+que\\s+viene|próximo\\s+año|más\\s+adelante)(?!\\p{L})"
      // "llaman el miércoles, lo decidimos entonces": decided once what was said has happened.
      + "|\\b(?:lo|eso|esto)\\s+(?:decidimos|vemos|hablamos|resolvemos)\\s+(?:entonces|ahí|en\\s+ese\\s+momento)\\s*(?:[.!,]|$)"
      // "lo llevamos a la planificación del Q3": a choice carried to a later meeting.
      + "|\\b(?:lo|eso|esto)\\s+(?:llevamos|metemos|pasamos|dejamos)\\s+(?:a|en|para)\\s+la\\s+"
      + "(?:planificación|planeación|próxima\\s+reunión|retro)(?!\\p{L})"
      // "lo consulto con dirección y os digo esta tarde": the answer comes later.
      + "|\\b(?:os|te|les)\\s+(?:digo|aviso|confirmo)\\s+(?:algo\\s+)?(?:esta\\s+tarde|esta\\s+noche|mañana|luego"
      + "|después|más\\s+tarde)(?!\\p{L})"
      // "lo del color lo vemos cuando llegue la foto", "eso lo miramos después de navidad", "lo
      // hablamos en el debrief del lunes": mirado más tarde; no "lo resolvemos así: …".
      + "|\\b(?:lo|eso|esto)\\s+(?:vemos|miramos|revisamos|hablamos|vemos|tratamos)\\s+"
      + "(?:cuando|después|tras|una\\s+vez|en\\s+(?:el|la)|el\\s+\\p{L}+|la\\s+semana|el\\s+mes)(?!\\p{L})"
      // "lo ponemos en la lista del mes que viene", "en el orden del día".
      + "|\\b(?:lo|eso)\\s+(?:ponemos|apuntamos|añadimos)\\s+(?:en|a)\\s+(?:la\\s+lista|el\\s+orden\\s+del\\s+día)(?!\\p{L})"
      // "A largo plazo probamos …", "a la larga …": un plan para más adelante.
      + "|^\\W*(?:(?:y|pero)\\s+)?(?:a\\s+(?:más\\s+)?largo\\s+plazo|a\\s+la\\s+larga)(?!\\p{L})"
      // "miramos los números a final del Q1", "revisamos el contrato después de la auditoría": lo
      // nombrado, mirado más tarde; no "miramos los logs en grafana".
      + "|\\b(?:miramos|revisamos|vemos|hablamos\\s+de)\\s+(?:los|las|el|la|lo\\s+de)\\s+\\p{L}+(?:\\s+\\p{L}+){0,2}?\\s+"
      + "(?:después\\s+del?|a\\s+final(?:es)?\\s+del?|al\\s+final\\s+del?|a\\s+fin\\s+del?|en\\s+la\\s+próxima|el\\s+mes\\s+que\\s+viene|en\\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))(?!\\p{L})"
      // "eso lo decidimos en la asamblea de septiembre".
      + "|\\b(?:eso|esto)\\s+lo\\s+decidimos\\s+(?!(?:ahora|hoy)(?!\\p{L}))(?:en|el|después|cuando|tras)(?!\\p{L})"
      // "o sea que aquí no decidimos", "no lo votamos por slack": no es aquí donde se decide; no
      // "reiniciar aquí no resolvió nada" ni "aquí no se aprueba nada sin presupuesto" (una regla).
      + "|(?<!\\p{L})(?:aqu[ií]|ac[aá])\\s+no\\s+(?:lo\\s+|se\\s+)?(?:decidimos|decide|votamos|resolvemos)(?!\\p{L})"
      + "(?!\\s+(?:nada\\s+)?sin(?!\\p{L}))"
      + "|\\bno\\s+(?:lo\\s+|se\\s+)?(?:decidimos|resolvemos|votamos|decide)\\s+(?:aqu[ií]|ac[aá]|por\\s+(?:slack|aqu[ií]|chat))(?!\\p{L})"
      // "eso va a la junta del día 20", "eso lo llevamos a la asamblea", "eso va al comité":
      // llevado al órgano que decide; no "el portátil lo llevamos a la reunión".
      + "|\\b(?:(?:eso|esto)\\s+(?:va|pasa|tiene\\s+que\\s+ir)|(?:^|(?<=\\b(?:eso|esto)\\s))lo\\s+llevamos|llevémoslo)"
      + "\\s+(?:a\\s+la|al)\\s+(?:próxima\\s+)?(?:asamblea|junta|reunión|votación|comité|consejo)(?!\\p{L})");

  /**
   * A question about how things will work from now on ({@link EnglishCues#RULE_QUESTION}):
   * "¿quién aprueba?", "¿qué pasa con …?", "¿cuánto tiempo …?", "¿va a ser presencial u online?".
   */
  static final Pattern RULE_QUESTION = p("^\\W*¿?\\s*(?:y\\s+)?quién\\s+(?:aprueba|decide|paga|se\\s+encarga\\s+de\\s+aprobar"
      + "|es\\s+responsable)\\b|^\\W*¿?\\s*(?:y\\s+)?cuánto\\s+tiempo\\s+(?!(?:tarda|tardó|lleva)\\b)"
      + "|^\\W*¿?\\s*(?:y\\s+)?(?:va\\s+a\\s+ser|será)\\b[^?]*\\b[ou]\\b");

  /**
   * A plan put as the conclusion ({@link ConcludingPlans}): "vale, turnos por día. Arrancamos en
   * junio", "entonces lo tratamos como incidente de seguridad". Not "tenemos que …", "vemos" or
   * "esperamos".
   */
  static final Pattern CONCLUDED = p("^\\W*(?:(?:vale|ok|bueno|perfecto|genial|de\\s+acuerdo|listo)\\W+){0,2}"
      + "(?:(?:entonces|pues|y)\\s+){0,2}(?:(?:lo|la|los|las|le|les)\\s+)?"
      + "(?!(?:tenemos|sabemos|estamos|hemos|podemos|podríamos|debemos|deberíamos|necesitamos"
      + "|vemos|veremos|esperamos|hablamos|miramos|teníamos|estábamos)\\b)\\p{L}{3,}(?:amos|emos|imos)\\b");

  /**
   * An arrangement that holds until something happens ({@link EnglishCues#INTERIM}): "pausamos
   * la exportación hasta que esté el arreglo", "siguen en el plan viejo hasta que …".
   */
  static final Pattern INTERIM = p("\\b(?:\\p{L}{3,}(?:amos|emos|imos)|sigue|siguen|queda|quedan)\\b"
      // "sigue abierto hasta que confirmen": still open, not an arrangement.
      + "(?!\\s+(?:abiert\\p{L}*|pendiente\\p{L}*))[^.!?]{0,60}?\\bhasta\\s+(?:que|\\p{L}{2,}(?:ar|er|ir)(?!\\p{L})"
      + "|nuevo\\s+aviso)\\b");

  /**
   * Lo que nadie hace, y hasta cuándo ({@code limit}: las palabras de "hasta"): "la báscula 2 no se
   * usa hasta que venga el técnico", "nadie reinicia la línea hasta que la vea seguridad".
   */
  private static String forbidding(String limit) {
    return "(?:^\\W*(?:(?:ok|vale|y|entonces)\\W+){0,2}(?:nadie|ningún|ninguna)"
        // Not what is not known until then ("no se sabe nada hasta que llame el técnico").
        + "|\\bno\\s+se\\s+(?!sab|sup|conoc)\\p{L}{3,})\\b[^.!?]{0,60}?\\b(?:" + limit + ")\\b";
  }

  /** Lo que nadie hace hasta que algo pase ({@link Cues#forbidsUntil}); no "mientras". */
  static final Pattern FORBIDS_UNTIL = p(forbidding("hasta\\s+que"));

  /**
   * "la sincronización sigue pausada hasta que se arregle el filtro", "la VLAN temporal se apaga
   * en cuanto los 80 tengan el certificado" ({@link EnglishCues#HOLDS_UNTIL}); "sigue abierto
   * hasta que…" is still open.
   */
  static final Pattern HOLDS_UNTIL = p("\\b(?:sigue|siguen|queda|quedan|se\\s+mantiene|se\\s+apaga"
      + "|(?:lo|la|los|las)\\s+necesitamos"
      + "|será|serán)\\b(?!\\s+(?:abiert\\p{L}*|pendiente\\p{L}*))[^.!?]{0,60}?"
      // "queda pausado hasta tener el parche", "queda cerrada hasta nuevo aviso": hasta with the
      // verb of what must happen first, or until further notice.
      + "\\b(?:hasta\\s+(?:que|\\p{L}{2,}(?:ar|er|ir)(?!\\p{L})|nuevo\\s+aviso)|en\\s+cuanto)\\b"
      // "mientras tanto: hasta que cambien la junta, el técnico de noche revisa la puerta".
      + "|^\\W*(?:(?:ok|vale|bueno|mientras\\s+tanto|por\\s+ahora)\\W+){0,2}hasta\\s+que"
      + "[^,;.!?]{3,60},\\s*\\p{L}"
      // Lo que nadie hace, y hasta cuándo.
      + "|" + forbidding("hasta\\s+que|mientras"));

  /** "la semana pasada alguien …", "ayer …", "hace dos años …": una anécdota. */
  static final Pattern ANECDOTE = p("\\b(?:la\\s+semana\\s+pasada|el\\s+mes\\s+pasado"
      + "|el\\s+año\\s+pasado|la\\s+última\\s+vez|ayer|anoche|el\\s+otro\\s+día"
      + "|hace\\s+(?:\\d+|dos|tres|unos|unas|un|una)\\s+(?:\\p{L}+\\s+)?(?:días|semanas|meses|años)"
      + "|en\\s+mi\\s+(?:anterior|antigua)\\s+(?:empresa|trabajo))(?!\\p{L})");

  /** "finanzas ya aprobó el presupuesto", "el presupuesto fue aprobado el mes pasado". */
  static final Pattern APPROVAL_REPORTED = p("\\b(?:ya\\s+(?:\\p{L}+\\s+)?|fue\\s+|fueron\\s+"
      + "|ha\\s+sido\\s+|han\\s+sido\\s+|estaba\\s+)(?:aprobad[oa]s?|aprobó|aprobaron)(?!\\p{L})"
      // "aprobé el hotfix": the one approving reports it done.
      + "|^\\W*(?:ya\\s+)?(?:aprobé|he\\s+aprobado)\\s+(?:el|la|los|las|tu|su)\\b");

  /** "sí, es la norma", "es la política". */
  static final Pattern RULE_AFFIRMED = p("\\bes\\s+(?:la|nuestra)\\s+(?:norma|regla|política)(?!\\p{L})");

  /** "fechas: …", "plazo para los managers: 10/12", "agenda: …". */
  static final Pattern SCHEDULE_LABEL = p("^\\W*(?:(?:la|las|el|nueva?s?)\\s+)?(?:fechas?|plazo"
      + "|agenda|orden\\s+del\\s+día|alcance|ventana|calendario|formato)"
      + "(?:\\s+para\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?\\s*:\\s*\\S");

  /** "…, salvo quien lleve menos de 3 meses", "menos quien…", "solo bajo petición". */
  static final Pattern EXCEPTION = p("\\b(?:salvo|excepto|menos\\s+(?:quien|los|las|el|la)"
      + "|a\\s+menos\\s+que|solo\\s+(?:bajo|a)\\s+petición|bajo\\s+pedido)(?!\\p{L})");

  /**
   * Un punto que se resuelve más tarde: "eso lo resolvemos luego, no bloquea", "lo vemos más
   * adelante", "puede esperar". También lo que se aparca hasta una reunión ("aparcamos el torneo
   * hasta la reunión del comité") o se habla con calma en otra temporada ("lo hablamos en
   * invierno con calma"); no "lo hablamos en invierno y seguimos con la agencia".
   */
  static final Pattern LEFT_FOR_LATER = p("\\b(?:lo|eso|esto)\\s+(?:lo\\s+)?(?:vemos|veremos|miramos|resolvemos"
      + "|decidimos|definimos|hablamos|arreglamos|vamos\\s+viendo)\\s+(?:\\p{L}+\\s+)?(?:más\\s+adelante"
      + "|luego|después|sobre\\s+la\\s+marcha)\\b|\\bpuede\\s+esperar\\b|\\bno\\s+(?:es\\s+)?bloquea(?:nte)?\\b"
      + "|\\b(?:aparc(?:amos|emos|a)|dej(?:amos|emos)\\s+(?:\\p{L}+\\s+){0,3}?(?:aparcad[oa]s?|en\\s+(?:pausa"
      + "|espera|suspenso)))\\b[^.!?]{0,40}?\\bhasta\\b"
      + "|\\b(?:lo\\s+)?(?:hablamos|hablaremos|hablemos|comentamos|comentémoslo|charlamos)\\b[^.!?]{0,40}?"
      + "\\bcon\\s+(?:calma|tranquilidad)\\b"
      + "|\\b(?:lo\\s+)?(?:hablaremos|hablemos|comentémoslo)\\b[^.!?]{0,40}?\\b(?:en\\s+(?:invierno|primavera"
      + "|verano|otoño)|este\\s+(?:invierno|verano|otoño)|esta\\s+primavera)\\b"
      // "fecha por confirmar", "en suspenso hasta el lunes", "lo consultamos con la almohada".
      + "|\\b(?:por|a|sin)\\s+confirmar\\b|\\ben\\s+suspenso\\b|\\bcon\\s+la\\s+almohada\\b"
      // "en principio de acuerdo": de acuerdo con la idea, la elección sigue pendiente.
      + "|\\ben\\s+principio,?\\s+(?:de\\s+acuerdo|sí|vale|ok)(?!\\p{L})|\\bde\\s+acuerdo\\s+en\\s+principio\\b"
      // "sí, pero después del cierre": un sí aplazado hasta que pase otra cosa; no "sí, hacedlo
      // después del cierre", el plan con su momento. "lo hablamos otra vez": la elección queda para
      // otra conversación.
      + "|^\\W*(?:sí|si|vale|ok|claro|de\\s+acuerdo)\\W+pero\\s+(?:solo\\s+|sólo\\s+)?(?:después\\s+de(?:l)?"
      + "|tras|una\\s+vez|no\\s+antes\\s+de(?:l)?)\\s+[^.!?;,]{1,40}?(?:[.!;]|$)"
      // "sí pero ahora no, después de la cosecha": el mismo sí, dicho "ahora no".
      + "|^\\W*(?:sí|si|vale|ok|claro|de\\s+acuerdo)\\W+pero\\s+(?:ahora\\s+no|no\\s+ahora|todavía\\s+no|aún\\s+no)"
      + "(?:\\W+(?:después\\s+de(?:l)?|tras|una\\s+vez)\\s+[^.!?;,]{1,40}?)?\\s*(?:[.!;]|$)"
      + "|(?<!\\p{L})(?:lo\\s+)?(?:hablamos|hablaremos|hablemos|comentamos|vemos)\\s+(?:\\p{L}+\\s+)?(?:otra\\s+vez"
      + "|de\\s+nuevo)(?!\\p{L})|(?<!\\p{L})(?:lo\\s+)?volvemos\\s+a\\s+hablar(?:lo)?(?!\\p{L})"
      // "eso lo vemos el mes que viene", "lo decidimos en la próxima reunión".
      + "|\\b(?:lo|eso|esto)\\s+(?:lo\\s+)?(?:vemos|decidimos|hablamos|miramos|definimos)\\s+"
      + "(?:(?:el\\s+)?(?:mes|año)\\s+que\\s+viene|la\\s+semana\\s+que\\s+viene|la\\s+próxima\\s+semana"
      + "|en\\s+la\\s+próxima\\s+reunión|el\\s+(?:lunes|martes|miércoles|jueves|viernes))(?!\\p{L})"
      // "dame hasta el viernes", "dadnos hasta mañana", "déjame pensarlo": tiempo pedido antes de
      // responder.
      + "|^\\W*(?:\\p{L}+\\W+)?(?:dame|denme|dadme|danos|dennos|dadnos)\\s+(?:tiempo\\s+)?hasta\\s+"
      + "|\\b(?:déjame|dejadme|déjenme|déjanos)\\s+"
      + "(?:pensarlo|pensármelo|pensar(?:lo)?\\s+bien)\\b");

  /**
   * Lo que se pudo haber hecho, o un deseo a posteriori, nunca una decisión: "podríamos haber
   * usado la API", "teníamos que haber puesto una cláusula", "debería haber una alerta cuando …".
   */
  static final Pattern HINDSIGHT = p("\\b(?:podríamos|podrían|deberíamos|debimos|pudimos|hubiéramos"
      + "|habríamos|habría\\s+que)\\s+(?:\\p{L}+\\s+)?(?:haber|podido|debido)\\b"
      // "ojalá hubiéramos tenido alertas desde el principio": un deseo sobre lo que ya pasó.
      + "|\\bojalá\\s+(?:\\p{L}+\\s+)?(?:hubiera|hubieras|hubiéramos|hubieran|hubiese|hubiésemos)\\b"
      // "teníamos que haber puesto una cláusula": lo que tocaba hacer y no se hizo.
      + "|\\b(?:teníamos|tendríamos|tenía|tendría)\\s+que\\s+haber\\s+\\p{L}+(?:ado|ido|esto|cho|ito|to)\\b"
      + "|\\b(?:debería|tendría\\s+que)\\s+haber\\s+[^.!?]{0,60}?\\b(?:cuando|si)\\b"
      // "si empezáramos de cero, diría Datadog"
      + "|\\bsi\\s+[^.!?]{0,40}?(?:\\p{L}+(?:áramos|iéramos)|\\b(?:fuera|tuviera|estuviera|hubiera|pudiera))\\b[^.!?]{0,60}?\\b\\p{L}+(?:ría|ríamos)\\b"
      // "estaría bien que el portal lo mostrara": un deseo que nadie asume.
      + "|\\b(?:estaría|sería)\\s+(?:muy\\s+)?(?:bien|genial|bonito)\\s+(?:si|que)\\s+[^.!?]{0,60}?\\p{L}+(?:ara|iera|aran|ieran|ase|iese)\\b"
      // "me encantaría tener una segunda imprenta con contrato, lo digo nomás": un deseo a nadie.
      + "|\\bme\\s+encantaría\\s+(?:tener|un|una|unos|unas|que)\\b"
      + "|\\ben\\s+un\\s+mundo\\s+ideal\\b|\\blo\\s+digo\\s+(?:nomás|nada\\s+más|por\\s+decir)\\b"
      // "a largo plazo habría que tener un control por partición", "mejor arreglar el umbral que
      // seguir silenciando": un deseo para algún día, o una preferencia de paso, a nadie.
      + "|(?<!\\p{L})(?:a\\s+largo\\s+plazo|a\\s+la\\s+larga)[,:]?\\s+(?:\\p{L}+\\s+){0,2}?(?:habría\\s+que"
      + "|hay\\s+que|necesitamos|necesitaríamos|deberíamos|tendríamos\\s+que)(?!\\p{L})"
      + "|^\\W*(?:pero\\s+)?(?:mejor|prefiero)\\s+\\p{L}+(?:ar|er|ir)\\s+[^.!?]{1,60}?(?<!\\p{L})que\\s+"
      + "(?:seguir|\\p{L}+(?:ar|er|ir))(?!\\p{L})");

  /** Una tarea nombrada o llevada aparte, nunca una decisión del hilo: "eso es otra tarea", "necesitamos a alguien que lleve los viajes". */
  static final Pattern TASK_NAMED = p("\\b(?:eso|esto)\\s+es\\s+otra\\s+tarea\\b"
      + "|\\b(?:eso|esto)\\s+es\\s+(?:otro\\s+ticket|un\\s+ticket\\s+(?:para|de))\\b"
      + "|\\b(?:necesitamos|hace\\s+falta)\\s+(?:a\\s+)?alguien\\s+(?:que|para)\\b");

  /** Una aprobación en primera persona: "apruebo el reembolso", "vale, lo apruebo". */
  static final Pattern APPROVAL_GIVEN = p("^\\W*(?:(?:ok|sí|vale)\\W+){0,2}(?:apruebo|lo\\s+apruebo|autorizo)\\b");

  /** Lo que se queda como está: "las credenciales de Jenkins se quedan como están", "fuera del alcance". */
  static final Pattern SCOPE_KEPT = p("\\bse\\s+queda(?:n)?\\s+como\\s+(?:está|están|antes)\\b|\\bfuera\\s+del?\\s+(?:alcance|scope)\\b");

  /** Una condición antes de un paso: "el crash reporter tiene que estar antes de los testers externos". */
  static final Pattern GATE = p("\\b(?:tiene|tienen|hay)\\s+que\\s+(?:\\p{L}+\\s+){0,6}?antes\\s+de\\b|\\bdebe(?:n)?\\s+(?:\\p{L}+\\s+){0,6}?antes\\s+de\\b");

  /**
   * An agreement that shares a view, not something to do: "de acuerdo, esa es mi preocupación
   * también", "sí, pienso lo mismo".
   */
  static final Pattern AGREES_WITH_A_VIEW = p("^\\W*(?:de\\s+acuerdo|sí|si|exacto"
      + "|totalmente)\\W+(?:es(?:a|o)\\s+es\\s+(?:también\\s+)?(?:mi|nuestra)\\s+(?:preocupación"
      + "|miedo)|a\\s+mí\\s+también|yo\\s+también|pienso\\s+lo\\s+mismo)");

  /**
   * A yes made to wait on someone still to ask ({@link Cues#waitsOnSomeone}): "no
   * sin consultarlo con <@wei>", "no sin hablar con Marta", "no antes de preguntarle a finanzas".
   */
  static final Pattern WAITS_ON_SOMEONE = p("\\bno\\s+sin\\s+(?:antes\\s+)?(?:consultar|hablar|preguntar|confirmar"
      + "|comprobar|validar|el\\s+visto\\s+bueno|el\\s+ok|la\\s+aprobación)\\p{L}*"
      + "|\\bno\\s+antes\\s+de\\s+(?:consultar|hablar|preguntar|confirmar)\\p{L}*");

  /**
   * Something said before taken back by name, named in group 1: "vale, olvidad la doble sesión".
   */
  static final Pattern WITHDRAWN_BY_NAME = p("^\\W*(?:(?:ok|vale|bueno"
      + "|hm+)[\\s,.!:;—–-]+)*(?:olvidad|olvida|olvidaos\\s+de|olvídate\\s+de"
      + "|nos\\s+olvidamos\\s+de)\\s+(?:el|la|los|las|lo\\s+de)\\s+([^,.;:!?—–]+)");

  /** Un hecho corregido, en pasado: "la alarma saltó el miércoles por la noche, no el martes". */
  /**
   * Lo que uno acaba de decir, retirado: "olvidad eso", "olvídalo", "al final no",
   * "en realidad no", "retiro lo dicho", "ignorad mi último mensaje".
   */
  static final Pattern WITHDRAWN = p("^\\W*(?:(?:ok|vale|oh|ah|bueno|hmm+|perdón|perdon|sorry|espera|esperad|no)[\\s,.!:;—–-]+)*"
      + "(?:(?:olvidad|olvida|olvídense|olvidense|ignorad|ignora)\\s+(?:eso|esto|lo\\s+que\\s+dije|mi\\s+último\\s+mensaje)"
      + "|olvídalo|olvidalo|olvidadlo|(?:al\\s+final|en\\s+realidad|pensándolo\\s+mejor|pensandolo\\s+mejor)[\\s,]+no"
      + "|retiro\\s+lo\\s+(?:dicho|que\\s+dije))(?!\\p{L})");

  static final Pattern CORRECTION = p("\\b(?:fue|fueron|era|eran|\\p{L}{2,}(?:ó|aron|ieron))\\b"
      + "[^.!?;]{0,50}?,\\s*no\\s+(?:el|la|los|las|en)\\s+\\p{L}+\\s*(?:[.!]|$)");

  /**
   * Lo que uno hizo o probó y lo que salió, o un valor leído: "he cambiado las pilas, sigue sin
   * funcionar", "llamé al técnico, lo antes que pueden venir es mañana a las 8", "el registro marca
   * 03:05". No "cambiamos la norma".
   */
  static final Pattern TRIED = p("^\\W*(?:ya\\s+)?(?:he\\s+(?:cambiado|probado|llamado|revisado|reiniciado|comprobado"
      + "|mirado)|cambié|probé|llamé|revisé|reinicié|comprobé|miré)(?!\\p{L})"
      + "|^(?=.*\\d)\\W*(?:el|la)\\s+[\\p{L}-]+\\s+(?:marca|dice|muestra|indica)\\s+(?!que\\s+(?:hay\\s+que|vamos)\\b)"
      + "|^\\W*(?:hecho|listo|ya\\s+está)\\W+(?:puedes|prueba|vuelve\\s+a\\s+probar)(?!\\p{L})"
      // "PR subido: #4182": el trabajo en marcha. "el instalador no viene hasta julio, antes nada":
      // cuándo puede venir alguien, no un plan.
      + "|^\\W*(?:el\\s+|mi\\s+)?(?:pr|mr|parche)\\s+(?:está\\s+)?(?:abierto|subido)(?!\\p{L})"
      + "|\\bno\\s+(?:viene|vienen|llega|llegan|pasa|pasan|entrega|entregan|puede\\s+venir|pueden\\s+venir)\\s+hasta(?!\\p{L})"
      + "|\\b(?:viene|vienen|llega|llegan|puede\\s+venir)\\s+(?:solo|sólo)\\s+(?:en|el|a|después)(?!\\p{L})"
      // "cuesta 800, el gerente no lo firma", "la prueba de esporas pasó el lunes", "muelle cerrado,
      // bombas apagadas.", "la pantalla marca E42, según el manual fallo de encendido", "vendemos
      // unas 60 docenas por semana": un estado, una lectura, una cifra; no "mantenemos las claves
      // viejas hasta el viernes", lo que vale desde ahora.
      + "|^\\W*(?:eso\\s+)?cuesta\\s+(?:unos\\s+)?\\d"
      + "|^\\W*(?:la\\s+)?prueba\\s+(?:\\p{L}+\\s+){0,2}?(?:pasó|superada|falló)(?!\\p{L})"
      + "|^\\W*(?:el\\s+|la\\s+|los\\s+|las\\s+)?[\\p{L}-]+\\s+(?:cerrad[oa]s?|apagad[oa]s?)\\W+(?:el\\s+|la\\s+|los\\s+|las\\s+)?[\\p{L}-]+\\s+(?:cerrad[oa]s?|apagad[oa]s?)\\W*$"
      + "|(?:^|[,;]\\s*)(?:la\\s+|el\\s+)?[\\p{L}-]+\\s+(?:marca|muestra)\\s+(?=[\\p{L}-]*\\d)"
      + "|\\bsegún\\s+(?:el\\s+)?(?:manual|fabricante)(?!\\p{L})"
      + "|\\b(?:vendemos|hacemos|servimos)\\s+(?:unas?\\s+|unos\\s+|cerca\\s+de\\s+)?\\d+\\s+(?:\\p{L}+\\s+){0,2}?(?:por|a\\s+la|al)\\s+(?:día|semana|mes)(?!\\p{L})");

  /**
   * Una historia en pasado: otro hizo algo ("su mensajero fue con el camión, ni idea de si miró
   * el registrador", "atención al cliente la llamó esta mañana"), o nosotros, con el cuándo
   * ("perdimos más gente cuando Omar se durmió en octubre"). No "cambiamos la norma".
   */
  static final Pattern NARRATED = p("^\\W*(?:(?:él|ella|ellos|(?:su|sus|el|la)\\s+[\\p{L}-]+)\\s+(?:la\\s+|lo\\s+|nos\\s+|les?\\s+)?"
      + "(?:fue|vino|llegó|dijo|tuvo|hizo|[\\p{L}]+(?:ó|aron|ieron))(?!\\p{L})"
      + "|(?:nosotros\\s+)?(?:perdimos|tuvimos|fuimos|hicimos|dejamos|pasamos)(?!\\p{L})(?=.*(?:\\bcuando\\b|\\bayer\\b|\\bpasad[oa]\\b|\\bhace\\s+\\d"
      + "|\\ben\\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\\b)))"
      + "(?!.*(?:\\bvamos\\s+a\\b|\\bva\\s+a\\b|\\bdesde\\s+ahora\\b|\\bhasta\\b))"
      // "la sala dijo que podemos usar la cámara otra vez": lo que otro dijo.
      + "|^\\W*(?!(?:yo|nosotros)\\b)(?:[\\p{L}'.-]+\\s+){1,4}?(?:dijo|dijeron|confirmó|confirmaron|escribió|escribieron)\\s+que(?!\\p{L})");
}
