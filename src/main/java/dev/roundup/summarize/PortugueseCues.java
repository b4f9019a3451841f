package dev.roundup.summarize;

import static dev.roundup.summarize.Cues.p;

import java.util.regex.Pattern;

/**
 * How people phrase each step of a conversation in Portuguese: the words {@link Cues} describes, and
 * the words the conversation model reads replies with ({@link ReplyWords}). The rules that use
 * them are language-neutral; only the wording lives here.
 */
final class PortugueseCues {

  private PortugueseCues() {}

  static final Cues CUES = new Cues(
      p("(?:decidido|decisão|fechado|mudança\\s+de\\s+planos?)\\s*:|\\b(?:decidimos|decidido|vamos\\s+com|fica\\s+assim"
          + "|aprovado|ficamos\\s+com|então\\s+fica|fica\\s+(?:decidido|combinado)"
          + "|daqui\\s+(?:pra|para)\\s+frente|a\\s+partir\\s+de\\s+agora)\\b|^\\W*fechado\\b"),
      // "sim, algum dia", "um dia desses": some day, not now, said as the whole answer (not "se
      // algum dia der problema …").
      // "na pior das hipóteses a gente corta o posto 1", "quando muito …": a fallback offered,
      // hedged.
      p("^\\W*(?:na\\s+pior\\s+das\\s+hipóteses|quando\\s+muito|no\\s+pior\\s+caso)(?!\\p{L})"
          + "|^\\W*(?:(?:sim|claro)\\W+)?(?:algum\\s+dia|um\\s+dia\\s+desses)\\s*(?:[.!…]|$)|\\b(?:vamos\\s+ver|veremos|até\\s+sabermos|ainda\\s+em\\s+aberto|sem\\s+decisão|mais\\s+tarde"
          + "|na\\s+próxima|talvez|não\\s+sei|não\\s+tenho\\s+certeza|digamos\\s+que"
          + "|vamos\\s+supor\\s+que|supondo\\s+que|suponha(?:mos)?\\s+que"
          + "|verificar\\s+se|quem\\s+decide|na\\s+reunião|depende\\s+d[oae]s?"
          + "|(?:vemos|falamos|decidimos)\\s+(?:isso\\s+)?(?:na|no|amanhã|depois)|em\\s+espera"
          + "|não\\s+é\\s+prioridade|deixamos\\s+para"
          // "aguardando o jurídico", "esperando o que o suporte disser", "deixamos em aberto".
          + "|aguardando|esperando\\s+(?:o|a|que|pelo|pela)|deixamos\\s+em\\s+aberto)\\b"),
      p("\\b(?:deveríamos|devemos|podíamos|poderíamos|proponho|vamos|fazemos|passamos"
          + "|deixamos|mantemos|usamos|mudamos|colocamos|testamos|seguimos|começamos|tiramos"
          + "|paramos|pausamos|lançamos|desativamos|ativamos|damos|oferecemos|ficamos|fica)\\b"
          + "|(?:proposta|meio-termo|ideia|regra|cronograma|calendário)\\s*:"
          + "|\\bregra\\s+(?:passa\\s+a\\s+ser|nova|é)\\s*:|^\\W*(?:proposta|ideia)\\b[^.:?!]{0,50}:"),
      p("^\\W*(?:combinado|aprovado|fechado|de\\s+acordo|pode\\s+fazer|manda\\s+ver|faz\\s+isso)\\W*$"),
      p("^\\W*(?:(?:(?:o\\s+)?dia\\s+)?\\d[\\p{L}\\p{N}:./-]*\\s+(?:funciona|dá|pode\\s+ser|está\\s+ótimo)"
          + "|\\+1|concordo|anotado|entendido|de\\s+acordo|sim|claro|perfeito|boa\\s+ideia|combinado|fechado"
          + "|beleza|por\\s+mim\\s+(?:ok|tudo\\s+bem|pode\\s+ser)|pode\\s+ser|acho\\s+ótimo"
          + "|também\\s+acho|bora|fechou|tá\\s+bom|tudo\\s+bem|ok(?:ay)?|👍|✅"
          // "apoiado", "secundo": seconding, as "+1" does.
          + "|apoiado|secundo"
          // "justo", "faz sentido": conceding, as "fair" and "makes sense" do.
          + "|(?:é\\s+)?justo|faz\\s+sentido)(?!\\p{L})"),
      p("\\b(?:mas|porém|não\\s+concordo|espera)\\b"),
      p("\\b(?:eu\\s+(?:cuido|configuro|faço|envio|reviso|atualizo|escrevo|preparo|vou)"
          // "deixa eu confirmar com o jurídico", "deixa eu perguntar pro joão": a check taken on;
          // not "deixa eu pensar", nor "deixa eu perguntar uma coisa".
          + "|deixa\\s+(?:eu|que\\s+eu)\\s+(?:confirm|consult|verific|chec)\\p{L}*"
          + "|deixa\\s+eu\\s+perguntar\\s+(?:pr[oa]|para\\s+[oa]|ao|à|com)\\s"
          // "me ofereço pra ser o padrinho do Jun": an offer that names what it takes.
          + "|me\\s+ofereço\\s+(?:para|pra)"
          + "|deixa\\s+comigo|fico\\s+com)\\b\\s*(?:d[oae]s?\\s+)?"
          + "|\\beu\\s+(?:(?:o|a|os|as|lhe|me|te)\\s+)?"
          // Not "sei lá, eu não mexo nessa configuração": what one never does is no task.
          // Nor "eu moro no 7º e subo a pé há 5 meses": where one lives.
          + "(?!acho|sei|penso|creio|estou|tenho|prefiro|proponho|sugiro|recomendo|moro\\b|vivo\\b|não\\b"
          + "|nunca\\b|jamais\\b)\\p{L}+o\\b"
          + "|^\\W*(?:\\p{L}+,\\s*)?(?:faço|envio|mando|reviso|preparo|reservo|atualizo|cuido"
          + "|resolvo|verifico|ligo|escrevo|gero|configuro|monto|aviso|passo"
          // "vejo com o fornecedor, mas acho que …": a check taken on with someone; not "vejo com
          // bons olhos", "vejo com preocupação".
          + "|vejo(?=\\s+com\\s+(?:o|a|os|as|meu|minha|meus|minhas|seu|sua|nosso|nossa|ele|ela|eles"
          + "|elas)\\s))\\b"
          // "posso preparar o material", "vou mandar o convite", "pode deixar": offered or taken.
          // Not "isso não o posso apagar": the object pronoun goes between "não" and the verb.
          + "|(?<!\\b(?:não|se)\\s(?:(?:o|a|os|as|lhe|lhes|me|te)\\s)?)\\b(?:eu\\s+)?posso\\s+(?!ser\\b|estar\\b|imaginar|entender|ver\\b|dizer\\b"
          + "|confirmar)(?:(?:o|a|os|as|lhe|me|te|se)\\s+)?\\p{L}+(?:ar|er|ir)\\b"
          // "vou estar lá às 2 pra abrir pra ele": there to do something, which is the task.
          + "|(?<!\\bnão\\s)\\bvou\\s+(?!ser\\b|estar\\b(?![^.!?]*\\b(?:pra|para)\\s+\\p{L}+(?:ar|er|ir)\\b)"
          // "vou ver se a universidade libera a van" asks someone; "vou ver se dá" only hopes.
          + "|ter\\b|ver\\s+se\\s+(?:dá|da|consigo|tem|há|é|rola|vale|ainda|vai|posso|sobra)"
          + "(?!\\p{L}))\\p{L}+(?:ar|er|ir)\\b"
          + "|\\bfico\\s+de\\s+|\\bpode\\s+deixar\\b|\\bdeixa\\s+que\\s+eu\\b"
          // "tenho que falar com o Jorge", "preciso avisar o RH": an obligation taken on.
          + "|(?<!\\b(?:não|se)\\s)\\b(?:tenho\\s+(?:que|de)|preciso(?:\\s+de)?)\\s+"
          + "(?!ver\\s+se|dizer|admitir|confessar)\\p{L}+(?:ar|er|ir)\\b"
          // "Desligo agora", "Consigo, de manhã": the present tense with a time is a plan.
          // "e eu instalo amanhã", "então respondo a Aurora até sexta" go on from what was said
          // before.
          + "|^\\W*(?:(?:beleza|ok|blz|certo|sim|claro|tá|combinado|fechado)[\\s,!.]+)?"
          + "(?:(?:e|então|aí)\\s+)?(?:eu\\s+)?"
          + "(?:(?:o|a|os|as|lhe|te)\\s+)?(?!(?:acho|sei|penso|espero|estou|tenho|isso|isto|pronto"
          + "|tudo|novo|nada|cedo|pouco|muito|não|agora|como|quando|ainda|mesmo|certo|claro|então"
          + "|só|pelo)\\b)"
          + "\\p{L}{3,}o(?=[\\s,]+(?:\\p{L}+\\s+){0,6}?(?:agora|hoje|amanhã|de\\s+manhã|à\\s+tarde"
          + "|esta\\s+semana|ainda\\s+hoje|(?:até|na|no)\\s+(?:segunda|terça|quarta|quinta|sexta"
          + "|sábado|domingo)|em\\s+(?:\\d+\\s*(?:h|min)\\p{L}*|uma\\s+hora|meia\\s+hora)"
          + "|daqui\\s+a\\s+\\p{L}+)(?!\\p{L}))"),
      p("\\b(?:eu\\s+(?:acho|espero|estou))\\b"),
      p("^\\W*(?:(?:e|também|ah)\\s+)?(?:alguém\\s+(?:pode|precisa|tem\\s+que|deveria)|(?:por\\s+favor|pf)\\s+(?=\\p{L}+\\s))"),
      p("[\\s,:]*(?:(?:pode|podes|poderia)\\s+(?:por\\s+favor\\s+)?|por\\s+favor\\s+)"),
      p("^\\W*(?:deixa\\s+comigo|pode\\s+deixar|sim|claro|ok|combinado)\\b"),
      p("^\\W*(?:(?:olha|bom|hmm+|então|sinceramente)[\\s,.]+)?(?:boa\\s+pergunta|não\\s+faço\\s+ideia"
          // "ainda não pensei nisso", "deixa eu pensar": not yet thought through.
          + "|(?:ainda\\s+)?não\\s+pensei\\s+nisso|deixa\\s+eu\\s+pensar|deixa-me\\s+pensar"
          + "|não\\s+sei|sei\\s+lá|ainda\\s+não(?:\\s+sei)?|ninguém|talvez|depende|vai\\s+saber|hmm+)\\b"
          // "pergunta pro jurídico, sinceramente não sei": not knowing, said last.
          + "|(?<=\\W)(?:não\\s+sei|não\\s+faço\\s+ideia|sei\\s+lá)(?=[\\s.!…]*$)"
          // Not theirs to decide, as it opens or closes the answer: NOT_OURS below.
          + "|" + PortugueseCues.NOT_OURS
          // "perguntei pro financeiro, ainda sem resposta": asked on, still unanswered.
          + "|\\bainda\\s+sem\\s+(?:resposta|retorno)\\b"),
      p("\\b(?:pergunt(?:ar|a|amos|e)\\s+(?:ao|à|a|pro|pra)|confirmar\\s+com|ver\\s+com|falar\\s+com|é\\s+com"
          // "a renata vê com o financeiro", "a gente vê isso com o financeiro": sent on. The one
          // asked taking it on says "eu vejo com o suporte", which is not matched; nor is "vê com
          // bons olhos", a liking.
          + "|vê\\s+(?:isso\\s+)?com(?!\\s+bons\\s+olhos)|vemos\\s+(?:isso\\s+)?com(?!\\s+bons\\s+olhos)"
          + "|aguardando|quem\\s+decide\\s+é)\\s+(?:(?:ele|ela|eles|mim|nós|alguém)\\b"
          + "|(" + Cues.MENTION + "|o\\s+\\p{L}+|a\\s+\\p{L}+|\\p{L}+))"),
      p("^\\W*(?:podemos|pode|há|tem|temos|é|são|devemos|está)\\b"),
      p("^\\W*(?:sim|não|ainda\\s+não|claro|exato|feito)\\b"),
      p("^\\W*(?:olá|oi|bom\\s+dia|boa\\s+tarde|fyi|aliás|só\\s+avisando|aviso)\\b"),
      p("\\b(?:esquece|já\\s+achei|resolvido)\\b"),
      p("^\\W*(?:(?:então|bom|ok)[\\s,]+)?(?:decisão|decidido|decidimos|tarefa|pendente"
          + "|próximos\\s+passos)\\s*[:\\-–—]\\s*"),
      p("^\\W*(?:obrigad[oa]|valeu|ok|beleza|ótimo|👍|\\+1)\\W*$"));

  /** "Done", "Rollback done": a report that what was taken on is finished. */
  /** "Aviso publicado no portal e mandado no grupo": a thing and what was done to it, said first. */
  static final String THING_DONE_WORDS = "^\\W*(?!(?:o|a|os|as|um|uma)\\s)[\\p{L}-]+\\s+(?:enviad|mandad|publicad|postad|reservad"
      + "|concluíd|emitid|reembolsad|cancelad|aplicad)[oa]s?\\b";
  static final Pattern THING_DONE = p(THING_DONE_WORDS);

  static final Pattern DONE = p("^\\W*(?:feito|pronto|concluído|enviado|reservado)\\b"
          // "Aviso publicado no portal e mandado no grupo": a thing and what was done to it.
          + "|" + PortugueseCues.THING_DONE_WORDS
          + "|\\bjá\\s+(?:está|estão)\\s+(?:pront|feit|no\\s+ar|enviad|reservad|instalad|desligad)"
          + "|\\bjá\\s+(?:(?:o|a|os|as|lhe)\\s+)?\\p{L}+ei\\b|\\bfuncionando\\s+de\\s+novo\\b");

  /**
   * A plan said in the present after an acceptance: "consigo, falo com o account manager deles",
   * "sim, abro um ticket hoje", "beleza, te mando o link" (action items). The one doing it
   * named after the verb takes it on without an opener: "já ligo eu amanhã", "resolvo eu", never
   * "acho eu que não" nor "como eu disse" (what one thinks or said).
   */
  static final Pattern PLAN_IN_PRESENT = p("^[^\\p{L}\\p{N}]*(?:ok|okay|sim|beleza|fechado|claro"
      + "|pode\\s+deixar|consigo|combinado|perfeito)[\\s,!.]+(?:(?:hoje|agora|amanhã)\\s+mesmo\\s+"
      + "|eu\\s+)?(?:(?:lhe|lhes|te|me)\\s+\\p{L}{3,}o\\b|(?!(?:acho|penso|sei|estou|tenho|prefiro"
      + "|não|claro|certo|pronto|isso|muito|pouco|também|primeiro|como|quando|algo|nada|tudo)\\b)"
      + "\\p{L}{3,}o\\s+(?:o|a|os|as|um|uma|com|ao|à|para|pra|hoje|amanhã|agora)\\b)"
      // "te ajudo com a parte do pipeline": help taken on for a part.
      + "|^[^\\p{L}\\p{N}]*(?:(?:ok|sim|beleza|claro)[\\s,!.]+)?(?:eu\\s+)?(?:te|vos|lhe)\\s+ajudo"
      + "\\s+com\\s+\\p{L}"
      + "|^[^\\p{L}\\p{N}]*(?:(?:já|ok|beleza|então)[\\s,]+)?(?:(?:o|a|os|as|lhe|te)\\s+)?"
      + "(?!(?:acho|digo|penso|sei|suponho|entendo|vejo|como|nem|também|tipo|claro|isso|tudo|não"
      + "|eu)\\b)\\p{L}{3,}o\\s+eu\\b"
      // "respondendo agora", "bora, começando agora", "fechando os 14 e já vejo a pousada": a
      // reply opening with work being started, said by its gerund.
      + "|^[^\\p{L}\\p{N}]*(?:(?:ok|okay|beleza|bora|fechado|sim|valeu|show|perfeito|blz)[\\s,!.]+)*"
      + "(?:já\\s+)?(?!(?:sendo|tendo|estando|ficando|vindo|chegando|saindo|rodando|funcionando"
      + "|dando|falando|olhando|vendo|esperando|aguardando|pensando|achando|acontecendo|parecendo"
      + "|querendo|precisando|tentando|comando|lindo|bem-vindo|indo|passando|voltando|trabalhando"
      + "|morrendo|brincando|torcendo)(?!\\p{L}))\\p{L}{3,}(?:ando|endo|indo)\\s+(?:agora|já|hoje"
      + "|o|a|os|as|um|uma|pra|para|com|no|na|nos|nas|\\d)(?!\\p{L})"
      // "aviso o fornecedor", "abro chamado com o adquirente", "te passo a lista": a sentence
      // opening with the speaker doing work, in verbs that do it.
      + "|^[^\\p{L}\\p{N}]*(?:(?:ok|beleza|blz|sim|bora|fechado|então|perfeito)[\\s,!.]+)*"
      + Cues.OPENING_MENTION + "(?:eu\\s+)?(?:(?:te|lhe|lhes|vos|o|a|os|as)\\s+)?"
      + "(?:aviso|ligo|mando|envio|passo|abro|preparo|reservo|cancelo|escrevo|subo|peço|compro"
      + "|devolvo|contato|redijo|imprimo|publico|corrijo)(?!\\p{L})\\s+\\p{L}"
      // "amanhã ligo pro representante", "ok, hoje à tarde te mando": when first, then the
      // speaker's verb; not "amanhã estão previstas …", "amanhã trabalho", "na segunda viajo",
      // "amanhã feriado", nor "amanhã o Pedro liga" (someone else).
      + "|^[^\\p{L}\\p{N}]*(?:(?:ok|beleza|blz|sim|bora|fechado|então|perfeito)[\\s,!.]+)*"
      + "(?:amanhã|hoje|mais\\s+tarde|na\\s+(?:segunda|terça|quarta|quinta|sexta)|no\\s+(?:sábado"
      + "|domingo))(?:\\s+(?:cedo|de\\s+manhã|à\\s+tarde|à\\s+noite|mesmo|logo\\s+cedo))?[\\s,]+"
      + "(?:eu\\s+)?(?:(?:lhe|lhes|te)\\s+)?(?!(?:não|acho|penso|tenho|estou|trabalho|chego"
      + "|volto|saio|viajo|folgo|fico|durmo|primeiro|tudo|só|claro|como|mesmo|cedo|quero|preciso"
      + "|posso|espero|prefiro|feriado|fechado|aberto|dia|o|a|os|as)"
      + "(?!\\p{L}))\\p{L}{2,}[^ã\\P{L}]o(?!\\p{L})");

  /**
   * A reply that puts a question off or says nobody has looked at it ({@link
   * EnglishCues#LEAVES_OPEN}): "não vamos decidir isso hoje", "ninguém olhou" (open
   * questions).
   */
  static final Pattern LEAVES_OPEN = p("\\bnão\\s+(?:vamos\\s+)?decidir\\s+(?:isso\\s+)?"
      + "(?:hoje|agora)|\\bninguém\\s+(?:olhou|viu|verificou)"
      + "|\\boutra\\s+discussão\\b"
      // "isso a gente vê em janeiro": put off to a time.
      + "|\\b(?:vemos|olhamos|revemos|vê|olha)\\s+(?:isso\\s+)?(?:em\\s+(?:janeiro|fevereiro|março"
      + "|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)|no\\s+mês\\s+que\\s+vem"
      + "|no\\s+próximo\\s+(?:mês|trimestre)|depois\\s+d[oa])\\b"
      // "deixa isso estacionado", "coloco na pauta de quinta", "antes de decidir".
      + "|\\bestacionad[oa]\\b|\\b(?:coloco|colocamos|ponho|pomos|boto)\\s+(?:isso\\s+)?na\\s+pauta"
      + "|\\bantes\\s+de\\s+decidir(?:mos)?\\b"
      // "a rotação a gente vê depois", "confirmamos na segunda": put off in the present.
      + "|\\b(?:a\\s+gente\\s+)?(?:confirma(?:mos)?|decide|decidimos|vê|vemos|resolve(?:mos)?)\\s+"
      + "(?:isso\\s+)?(?:na\\s+|no\\s+)?(?:segunda|terça|quarta|quinta|sexta|amanhã|depois|mais\\s+tarde"
      + "|semana\\s+que\\s+vem)\\b");

  /**
   * A question reported ("o cliente pergunta se …", "quer saber se …") (open questions); "me
   * pergunta se precisar de algo" offers help.
   */
  static final Pattern INDIRECT_QUESTION = p("(?<!\\bme\\s)\\b(?:pergunta|perguntam|perguntou|perguntaram"
      + "|quer\\s+saber|querem\\s+saber),?\\s+se\\b"
      // "alguém sabe se pode pneu com cravo na ciclovia": asked of everyone.
      + "|\\balguém\\s+sabe\\s+se\\b");

  /**
   * A reminder to whoever is doing something ("não esquece de …", "garante que …"): a task once the one it is
   * said to takes it ("will do"); advice otherwise.
   */
  static final Pattern REMINDER = p("^\\W*(?:(?:e|também)\\W+)?(?:não\\s+esque(?:ce|ça)(?:r)?\\s+de"
      + "|lembra\\s+de|garante\\s+que|confirma\\s+que)\\b");

  /**
   * A task given to someone named, by name or mention (group 1), the task after the match, also
   * after an acknowledgement by whoever hands it out: "Clara cuida do aviso", "beleza, clara
   * fica com o aviso então", "ok, rafael pega os ternos de manhã" (chat writes names in lower
   * case: whether the word names a participant is checked where it is read); never "ok, isso vai
   * demorar" (no one named).
   */
  static final Pattern ASSIGNED = p("^\\W*(?:(?:ok|beleza|ótimo|perfeito|então|fechado)\\W+){0,2}("
      + Cues.MENTION + "|\\p{L}+)\\s+(?:cuida\\s+d[aoe]s?|vai|fica\\s+com"
          + "|prepara|envia|revisa|pega|faz(?!\\s+(?:aniversário|anos|falta|sentido|questão|parte)\\b)"
          + "|escreve|manda|cobre|resolve|abre|verifica|confere"
          + "|monta|atualiza|avisa|compra|leva|traz|liga\\s+(?:pr[ao]|para))\\s+");

  /**
   * A question about how the plan goes on ({@link EnglishCues#PLAN_QUESTION}): "quando a gente
   * retoma o deploy?", "e os estagiários?", "e quanto à documentação?", "vale também pro suporte?".
   */
  static final Pattern PLAN_QUESTION = p("^\\W*(?:e\\s+)?(?:quando|onde|como)\\s+(?:a\\s+gente\\s+"
      + "|(?!temos|sabemos|estamos|fizemos)\\p{L}{3,}(?:amos|emos|imos)\\b)"
      + "|^\\W*e\\s+(?:quanto\\s+(?:a|ao|à|aos|às)|o|a|os|as|pro|pra)\\b[^?]*\\?\\s*$"
      + "|^(?!\\W*(?:é|são|era|foi|está|estão|há|quem|por\\s+que)\\b)[^?]*\\btambém\\s*\\?\\s*$"
      // "a gente faz a exposição de novo este ano?": whether what was done before is done again.
      + "|^\\W*(?:e\\s+)?(?:a\\s+gente\\s+\\p{L}+|vamos\\s+\\p{L}+|(?!temos|sabemos|estamos|fizemos)"
      + "\\p{L}{3,}(?:amos|emos|imos))\\b[^?]*\\b(?:de\\s+novo|outra\\s+vez|este\\s+ano|esse\\s+ano)\\b");

  /** An answer given as a guess ("acho que é o Rui", "provavelmente", "acho que não"). */
  static final Pattern GUESS = p("\\b(?:provavelmente|talvez|acho(?:\\s+que)?|deve\\s+ser|creio"
      + "|não\\s+acho|suponho|na\\s+minha\\s+opinião)(?!\\p{L})");

  /**
   * The one answering says the question is not theirs to decide: to open the answer ("não cabe a
   * nós", "isso não depende da gente", "não é com a gente") or, in words about deciding, to close
   * it ("…, não é decisão nossa"). It answers nothing and decides nothing, whoever says it (part
   * of the non-answers). Not "o atraso não depende de nós".
   */
  static final String NOT_OURS = PortugueseCues.NOT_OURS_OPENING + "|(?:"
      + PortugueseCues.NOT_OURS_CLOSING + ")(?=[\\s.!…]*$)";
  private static final String NOT_OURS_CLOSING = "(?:isso\\s+)?n[ãa]o\\s+cabe\\s+"
      + "(?:a\\s+(?:mim|n[óo]s)|[àa]\\s+gente)|(?:isso\\s+)?n[ãa]o\\s+[ée]\\s+"
      + "(?:decis[ãa]o\\s+(?:minha|nossa)|(?:minha|nossa)\\s+decis[ãa]o)";
  private static final String NOT_OURS_OPENING = "^\\W*(?:(?:n[ãa]o|olha|então|poxa)\\W+)?(?:"
      + PortugueseCues.NOT_OURS_CLOSING + "|(?:isso\\s+)?n[ãa]o\\s+[ée]\\s+com\\s+a\\s+gente"
      + "|isso\\s+n[ãa]o\\s+depende\\s+(?:de\\s+(?:mim|n[óo]s)|da\\s+gente))(?!\\p{L})";

  /** The answer opening by saying it is not theirs to decide ({@link #NOT_OURS}). */
  static final Pattern DISOWNS = p(NOT_OURS_OPENING);

  /** The one answering saying they may be wrong ("não tenho certeza", "posso estar errado"). */
  static final Pattern UNSURE = p("\\bnão\\s+tenho\\s+(?:100\\s*%\\s*de\\s+)?certeza\\b"
      + "|\\bposso\\s+estar\\s+errad[oa]\\b|\\bsem\\s+garantia\\b|\\bsem\\s+promessas\\b|\\bnão\\s+(?:te\\s+|lhe\\s+)?prometo\\s+nada\\b|\\bnão\\s+sei\\s+ao\\s+certo\\b"
      // "talvez eu consiga a van do meu irmão, vou confirmar": still to be checked.
      + "|\\b(?:vou\\s+(?:confirmar|verificar)|preciso\\s+(?:confirmar|verificar))\\W*$");

  /**
   * Verbs of doing in the first person of the present, which asked offer the deed ("ligo pro
   * técnico?"): the everyday ones of getting work done, without those that are also nouns opening
   * a question ("contato do técnico?", "envio amanhã?", "troco pra 50?").
   */
  private static final String OFFERED_VERB = "ligo|falo|pergunto|mando|faço|coloco|ponho|escrevo"
      + "|aviso|peço|compro|reservo|cancelo|confirmo|atualizo|abro|fecho|imprimo|devolvo|cobro|anoto"
      + "|subo|tiro|chamo|agendo|reviso|passo|levo|trago|busco|preparo|monto|crio|respondo|resolvo"
      + "|publico|apago|organizo";

  /** What a reply does to the message it answers, in Portuguese ({@link ReplyWords}). */
  static final ReplyWords REPLY = new ReplyWords(
      p("^\\W*(?:quer(?:em)?\\s+que\\s+eu|posso)\\s+(?=.*\\?\\s*$)"
          // "eu resolvo?", "te mando?": the speaker's own verb, asked, offers it.
          + "|^\\W*(?:eu\\s+(?:(?:o|a|os|as|te|lhe)\\s+)?|(?:o|a|os|as|te|lhe)\\s+)\\p{L}{3,}o"
          + "(?:\\s+eu)?\\s*\\?\\s*$"
          // "ligo pra ela?", "mando push pros clientes?": a verb of doing in the first person,
          // asked, offers what it names; the verbs are listed, as many a question opens with a
          // word in -o that is no verb ("tudo certo?", "quanto custa?").
          + "|^\\W*(?=(?:eu\\s+)?(?:(?:o|a|os|as|te|lhe)\\s+)?(?:" + OFFERED_VERB + ")(?!\\p{L})[^?]*\\?\\s*$)"),
      p("^\\W*quem\\s+(?:faz|fica\\s+com|cuida\\s+d[aoe]s?|pode|vai"
          // "quem está lá no dia 13?": who will be there.
          + "|(?:está|estará)(?=\\s+(?:lá|presente|no\\s+escritório)))\\s*"),
      p("^\\W*(?:eu|deixa\\s+comigo)\\b|\\bdeixa\\s+comigo\\b"),
      p("^\\W*(?:sim|pode|por\\s+favor|claro|beleza|ok|perfeito)(?!\\p{L})"),
      // Não o sim que começa com não: "não tem problema", "não há problema", "não se preocupe".
      p("^\\W*(?:não|nao)\\b(?!\\s+(?:tem\\s+problema|há\\s+problema|se\\s+preocupe)(?!\\p{L}))"),
      p("\\b(?:o\\s+)?pr\\s+está\\s+(?:pronto|aberto)\\b|\\bpreciso\\s+de\\s+(?:um\\s+)?review\\b"),
      p("\\beu\\s+(?:fiz|fui)\\b"));

  /**
   * Um dia, uma semana ou um mês por vir para uma escolha ({@link #PUT_OFF}): "no fim do mês", "em
   * maio", "na segunda", "semana que vem", "daqui a duas semanas"; nunca um passado ("no fim do
   * mês passado").
   */
  private static final String LATER_DAY = "(?:no|pro|para\\s+o|pra|até\\s+o)\\s+(?:fim|final|começo|início|meio)"
      + "\\s+d[oa]\\s+(?:mês|semana|ano|trimestre)(?!\\p{L})(?!\\s+passad)"
      + "|(?:em|pra|para|até)\\s+(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro"
      + "|novembro|dezembro)(?!\\p{L})"
      + "|na\\s+(?:próxima\\s+semana|semana\\s+que\\s+vem|segunda|terça|quarta|quinta|sexta)(?!\\p{L})"
      + "|no\\s+(?:sábado|domingo|mês\\s+que\\s+vem|próximo\\s+mês)(?!\\p{L})"
      + "|daqui\\s+a\\s+(?:duas|dois|três|uns|umas|\\d+)\\s+(?:dias|semanas|meses)(?!\\p{L})";

  /**
   * A question put off rather than settled ({@link Cues#isDeferral}): "isso fica pra depois",
   * "deixa pra outra hora", "não vamos decidir isso hoje"; and deciding put off until after
   * something else ("isso a gente decide depois do ensaio", "vamos decidir quando tivermos os
   * números", "isso decidimos quando o orçamento sair"), never "depois do ensaio a gente migra" (a
   * plan after something else).
   */
  static final Pattern PUT_OFF = p("\\bfica(?:m)?\\s+(?:pra|para)\\s+(?:depois|outra\\s+hora|outro\\s+dia"
      + "|mais\\s+tarde|a\\s+próxima)\\b|\\b(?:isso|essa|esse)\\s+(?:pra|para)\\s+depois\\b"
      + "|\\bdeixa(?:mos|r)?\\s+(?:isso\\s+)?(?:pra|para)\\s+(?:depois|outra\\s+hora|outro\\s+dia"
      + "|mais\\s+tarde)\\b|\\bnão\\s+vamos\\s+decidir\\s+(?:isso\\s+)?(?:hoje|agora)\\b"
      + "|\\bhoje\\s+não\\s+(?:vamos\\s+)?decid\\p{L}*"
      + "|\\b(?:a\\s+gente|vamos|melhor)\\s+decid(?:e|ir)\\s+(?:(?:isso|isto)\\s+)?(?:depois|quando"
      + "|assim\\s+que)\\b|\\b(?:isso|isto)\\s+(?:a\\s+gente\\s+)?decid(?:imos|e|iremos)\\s+"
      + "(?:depois|quando|assim\\s+que)\\b"
      + "|\\bdecidiremos\\s+(?:depois|quando)\\b"
      // "ainda não, a gente decide às 9h30 quando souber mais": put off to a time of day.
      + "|\\b(?:a\\s+gente\\s+decide|vamos\\s+decidir|melhor\\s+decidir|decidiremos"
      + "|(?:isso|isto)\\s+(?:a\\s+gente\\s+)?decid(?:imos|e))\\s+(?:isso\\s+)?(?:às|as|até\\s+(?:às|as))\\s+\\d"
      // "festa junina a gente vê em maio", "decidimos isso no fim do mês": put off to a later day,
      // week or month; never "a gente decidiu no fim do mês passado" (a decision reported).
      + "|\\b(?:a\\s+gente\\s+(?:vê|decide|resolve|conversa)|vamos\\s+(?:ver|decidir|resolver)"
      + "|(?:isso|isto)\\s+(?:a\\s+gente\\s+)?(?:decidimos|vemos|resolvemos)|decidiremos|veremos)\\s+"
      + "(?:isso\\s+)?(?:" + LATER_DAY + ")|\\bfica(?:m)?\\s+(?:pra|para)\\s+(?:" + LATER_DAY + ")"
      // "isso é problema pro Q1", "assunto pro ano que vem": a escolha deixada para um trimestre ou ano
      // depois; não "sem problema pro Q1, a gente entrega".
      + "|(?<!sem\\s)(?<!\\p{L})(?:um\\s+)?(?:problema|assunto)\\s+(?:para|pra|pro)\\s+(?:o\\s+)?(?:q[1-4]|t[1-4]|ano\\s+que\\s+vem|próximo\\s+ano|depois)(?!\\p{L})"
      // "eles ligam quarta, a gente decide então": decided once what was said has happened.
      + "|\\b(?:a\\s+gente|aí\\s+a\\s+gente)\\s+(?:decide|vê|resolve)\\s+(?:isso\\s+)?(?:então|aí|na\\s+hora)\\s*(?:[.!,]|$)"
      // "levamos isso pro planejamento do Q3": a choice carried to a later meeting.
      + "|\\b(?:levamos|leva|levar|jogamos|joga)\\s+(?:isso\\s+)?(?:pro|para\\s+o|pra|para\\s+a|pra\\s+a)\\s+"
      + "(?:planejamento|próxima\\s+reunião|retro)(?!\\p{L})"
      // "vejo com a diretoria e te falo à tarde": the answer comes later.
      + "|\\b(?:te|vos|lhes)\\s+(?:falo|aviso|confirmo|digo)\\s+(?:à\\s+tarde|hoje\\s+à\\s+tarde|amanhã|depois"
      + "|mais\\s+tarde)(?!\\p{L})|\\b(?:falo|aviso|confirmo)\\s+(?:pra|para)\\s+vocês\\s+(?:à\\s+tarde"
      + "|hoje\\s+à\\s+tarde|amanhã|depois|mais\\s+tarde)(?!\\p{L})"
      // "isso a gente vê depois do natal", "a gente olha isso quando chegar a foto", "vemos isso
      // na reunião de segunda": visto mais tarde; não "a gente resolve assim: …".
      + "|\\b(?:a\\s+gente\\s+)?(?:vê|ve|vemos|olha|olhamos|conversa|conversamos)\\s+(?:isso\\s+)?"
      + "(?:depois|quando|assim\\s+que|na\\s+(?:reunião|semana)|no\\s+(?:debrief|mês))(?!\\p{L})"
      // "coloca na lista do mês que vem", "põe na pauta".
      + "|\\b(?:coloca|põe|bota|coloco|ponho)\\s+(?:isso\\s+)?na\\s+(?:lista|pauta)(?!\\p{L})"
      // "A longo prazo a gente testa …": um plano para depois.
      + "|^\\W*(?:(?:e|mas)\\s+)?(?:a\\s+(?:mais\\s+)?longo\\s+prazo|mais\\s+pra\\s+frente)(?!\\p{L})"
      // "a gente olha os números no fim do Q1", "revemos o contrato depois da auditoria": o que se
      // nomeou, visto mais tarde; não "olhamos os logs no grafana".
      + "|\\b(?:olhamos|revemos|vemos|olha|vê|conversamos\\s+sobre)\\s+(?:os|as|o|a)\\s+\\p{L}+(?:\\s+\\p{L}+){0,2}?\\s+"
      + "(?:depois\\s+d[oa]|no\\s+fim\\s+d[oe]|no\\s+final\\s+d[oe]|na\\s+próxima|mês\\s+que\\s+vem|em\\s+(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro))(?!\\p{L})"
      // "isso a gente decide na assembleia de setembro".
      + "|\\bisso\\s+(?:a\\s+gente\\s+decide|decidimos)\\s+(?!(?:agora|hoje)(?!\\p{L}))(?:na|no|em|depois|quando)(?!\\p{L})"
      // "coloca na pauta da retro, a gente decide lá": decided at the meeting just named.
      + "|\\b(?:a\\s+gente\\s+decide|decidiremos)\\s+(?:isso\\s+)?(?:lá|ali)(?!\\p{L})"
      // "decidimos lá" is also the past ("decidimos lá mesmo: vamos com a AWS"): put off only
      // where it ends the clause.
      + "|\\bdecidimos\\s+(?:isso\\s+)?(?:lá|ali)(?:\\s+mesmo)?\\s*(?:[.!?]|$)"
      // "isso tem de ir à AG", "fica para a AG de março", "a gente leva isso pra assembleia":
      // levado ao órgão que decide; não "vou levar isso pra reunião" (uma tarefa de quem fala),
      // "a Ana tem que ir à reunião", "levamos isso pra reunião ontem" nem "a sala 3 fica para a
      // reunião do conselho".
      + "|(?:\\b(?:isso|isto|a\\s+decisão|a\\s+proposta)\\s+(?:vai|tem\\s+(?:de|que)\\s+ir|fica)"
      + "|\\b(?:vamos\\s+levar|a\\s+gente\\s+leva|levemos)\\s+isso|(?:^|[,;:.!?])\\s*fica)"
      + "\\s+(?:para|pra|à|a|ao)\\s+(?:a\\s+|o\\s+)?(?:próxima\\s+)?(?:ag|assembleia|reunião|votação|conselho)(?!\\p{L})"
      // "aqui não se decide isso", "aqui nao decidimos": não é aqui que se decide; não "trocar o
      // cabo aqui não resolveu".
      + "|\\baqui\\s+n[aã]o\\s+(?:se\\s+decide|decidimos|se\\s+vota|votamos|resolvemos)(?!\\p{L})");

  /**
   * A question about how things will work from now on ({@link EnglishCues#RULE_QUESTION}): "quem
   * aprova?", "o que acontece com …?", "vai ser presencial ou online?".
   */
  static final Pattern RULE_QUESTION = p("^\\W*(?:e\\s+)?quem\\s+(?:aprova|decide|paga|é\\s+responsável)\\b"
      + "|^\\W*(?:e\\s+)?o\\s+que\\s+acontece\\s+com\\b"
      + "|^\\W*(?:e\\s+)?(?:vai\\s+ser|será)\\b[^?]*\\bou\\b");

  /**
   * A plan put as the conclusion ({@link ConcludingPlans}): "então mantemos o Zendesk", "beleza,
   * a gente começa em março". Not "temos que …", "vamos ver" or "esperamos".
   */
  static final Pattern CONCLUDED = p("^\\W*(?:(?:ok|beleza|fechado|combinado|bom|perfeito|show)\\W+){0,2}"
      + "(?:(?:então|e)\\s+){0,2}(?:a\\s+gente\\s+(?!(?:tem|precisa|pode|deve|vai\\s+ver|sabe|viu)\\b)\\p{L}{3,}"
      + "|(?!(?:temos|sabemos|estamos|podemos|devemos|precisamos|vemos|veremos|esperamos|tínhamos"
      + "|vamos\\s+ver)\\b)\\p{L}{3,}(?:amos|emos|imos)\\b)");

  /**
   * An arrangement that holds until something happens ({@link EnglishCues#INTERIM}): "mantemos o
   * fallback até o provedor confirmar", "fica no plano antigo até que …".
   */
  static final Pattern INTERIM = p("\\b(?:\\p{L}{3,}(?:amos|emos|imos)|fica|ficam|continua|continuam"
      + "|segue|seguem)\\b(?!\\s+(?:em\\s+)?(?:abert\\p{L}*|pendente\\p{L}*))[^.!?]{0,60}?"
      + "\\baté\\s+(?:que|o|a|\\p{L}{2,}(?:ar|er|ir|rem)(?!\\p{L})|segunda\\s+ordem|novo\\s+aviso)\\b");

  /**
   * O que ninguém faz, e até quando ({@code limit}: as palavras de "até"): "a balança 2 não se usa
   * até o técnico vir", "ninguém religa a linha até a segurança olhar".
   */
  private static String forbidding(String limit) {
    return "(?:^\\W*(?:(?:ok|então|e)\\W+){0,2}(?:ninguém|nenhum|nenhuma)"
        // Not what is not known until then ("não se sabe nada até o técnico ligar").
        + "|\\bnão\\s+se\\s+(?!sab|soub|conhec)\\p{L}{3,})(?!\\p{L})[^.!?]{0,60}?\\b(?:" + limit + ")\\b";
  }

  /** O que ninguém faz até algo acontecer ({@link Cues#forbidsUntil}); não "enquanto". */
  static final Pattern FORBIDS_UNTIL = p(forbidding("até\\s+(?:que|o|a)"));

  /**
   * "a sincronização fica pausada até o filtro ser corrigido", "a VLAN temporária será desligada
   * assim que os 80 tiverem o certificado" ({@link EnglishCues#HOLDS_UNTIL}).
   */
  static final Pattern HOLDS_UNTIL = p("\\b(?:fica|ficam|continua|continuam|será|serão"
      + "|precisamos\\s+d(?:ele|ela|eles|elas|isso))\\b"
      + "(?!\\s+(?:em\\s+)?(?:abert\\p{L}*|pendente\\p{L}*))[^.!?]{0,60}?"
      // "fica parado em 20% até sair a correção": até with the verb of what must happen first.
      + "\\b(?:até\\s+(?:que|o|a|\\p{L}{2,}(?:ar|er|ir|rem)(?!\\p{L})|segunda\\s+ordem|novo\\s+aviso)|assim\\s+que)\\b"
      // "por enquanto: até trocarem a borracha, o técnico da noite confere a porta a cada ronda".
      + "|^\\W*(?:(?:ok|então|por\\s+enquanto|enquanto\\s+isso)\\W+){0,2}até\\s+(?:que\\s+|\\p{L}+(?:rem|arem|erem|irem)\\b)"
      + "[^,;.!?]{3,60},\\s*\\p{L}"
      // O que ninguém faz, e até quando.
      + "|" + forbidding("até\\s+(?:que|o|a)|enquanto"));

  /** "semana passada alguém …", "ontem …", "há dois anos …": uma história. */
  static final Pattern ANECDOTE = p("\\b(?:(?:na\\s+)?semana\\s+passada|(?:no\\s+)?mês\\s+passado"
      + "|(?:no\\s+)?ano\\s+passado|da\\s+última\\s+vez|ontem|outro\\s+dia"
      + "|há\\s+(?:\\d+|dois|duas|três|uns|umas|um|uma)\\s+(?:dias|semanas|meses|anos)"
      + "|na\\s+minha\\s+(?:antiga|última)\\s+empresa)(?!\\p{L})");

  /** "o financeiro já aprovou o orçamento", "o orçamento foi aprovado mês passado". */
  static final Pattern APPROVAL_REPORTED = p("\\b(?:já\\s+(?:\\p{L}+\\s+)?|foi\\s+|foram\\s+"
      + "|tinha\\s+sido\\s+)(?:aprovad[oa]s?|aprovou|aprovaram)(?!\\p{L})"
      // "aprovei o hotfix": the one approving reports it done.
      + "|^\\W*(?:já\\s+)?aprovei\\s+(?:o|a|os|as|seu|sua|teu|tua)\\b");

  /** "sim, é a regra", "é a política". */
  static final Pattern RULE_AFFIRMED = p("(?:^|\\s)é\\s+(?:a|nossa)\\s+(?:regra|política)(?!\\p{L})");

  /** "datas: …", "prazo para os gestores: 10/12", "pauta: …". */
  static final Pattern SCHEDULE_LABEL = p("^\\W*(?:(?:a|as|o|nova?s?)\\s+)?(?:datas?|prazo|agenda"
      + "|pauta|escopo|janela|calendário|formato)(?:\\s+para\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?"
      + "\\s*:\\s*\\S");

  /** "…, exceto código gerado", "a não ser que…", "só sob pedido". */
  static final Pattern EXCEPTION = p("\\b(?:exceto|salvo|menos\\s+(?:quem|os|as|o|a)"
      + "|a\\s+não\\s+ser|sob\\s+pedido|só\\s+a\\s+pedido)(?!\\p{L})");

  /**
   * Um ponto resolvido mais tarde: "a gente vê depois", "isso a gente resolve mais pra frente",
   * "pode esperar". Também o que fica estacionado até uma reunião ("deixamos o torneio em espera
   * até a reunião do comitê") ou se conversa com calma em outra estação ("vamos conversar sobre
   * isso no inverno com calma"); não "conversamos sobre isso no inverno".
   */
  static final Pattern LEFT_FOR_LATER = p("\\b(?:a\\s+gente|nós)\\s+(?:vê|vai\\s+ver|resolve|decide|define|olha)\\s+"
      + "(?:isso\\s+)?(?:depois|mais\\s+(?:pra|para)\\s+frente|mais\\s+tarde)\\b"
      + "|\\b(?:vemos|resolvemos|decidimos|definimos)\\s+(?:isso\\s+)?(?:depois|mais\\s+(?:pra|para)\\s+frente)\\b"
      + "|\\bdepois\\s+a\\s+gente\\s+(?:vê|resolve|decide|define)\\b|\\bpode\\s+esperar\\b"
      + "|\\bnão\\s+(?:é\\s+)?bloqueia(?:nte)?\\b"
      + "|\\b(?:estaciona(?:mos|r)?|deixa(?:mos|r)?\\s+(?:\\p{L}+\\s+){0,3}?(?:estacionad[oa]s?|em\\s+(?:espera"
      + "|suspenso|pausa)|na\\s+geladeira))\\b[^.!?]{0,40}?\\baté\\b"
      + "|\\b(?:vamos\\s+conversar|a\\s+gente\\s+conversa|conversaremos|vamos\\s+falar)\\b[^.!?]{0,40}?"
      + "\\b(?:com\\s+(?:calma|tempo)|no\\s+(?:inverno|verão|outono)|na\\s+primavera)\\b"
      // "data a confirmar", "em suspenso até segunda", "vamos dormir sobre isso".
      + "|\\b(?:a|por|sem)\\s+confirmar\\b|\\bem\\s+suspenso\\b|\\bdormir\\s+sobre\\s+(?:isso|o\\s+assunto)\\b"
      // "em princípio concordo": de acordo com a ideia, a escolha ainda por fazer.
      + "|\\b(?:em|a)\\s+princípio,?\\s+(?:concordo|sim|ok|de\\s+acordo|tudo\\s+bem)(?!\\p{L})|\\b(?:concordo|de\\s+acordo)\\s+em\\s+princípio(?!\\p{L})"
      // "sim, mas depois da auditoria": um sim adiado até outra coisa acontecer; não "sim, façam
      // depois da auditoria", o plano com o seu momento. "a gente conversa de novo": a escolha fica
      // para outra conversa.
      + "|^\\W*(?:sim|ok|pode|claro|beleza|tá|tudo\\s+bem)\\W+mas\\s+(?:só\\s+)?(?:depois\\s+d[aoe]s?|após"
      + "|não\\s+antes\\s+d[aoe]s?)\\s+[^.!?;,]{1,40}?(?:[.!;]|$)"
      // "sim, mas agora não, depois da colheita": o mesmo sim, dito "agora não".
      + "|^\\W*(?:sim|ok|pode|claro|beleza|tá|tudo\\s+bem)\\W+mas\\s+(?:agora\\s+não|não\\s+agora|ainda\\s+não)"
      + "(?:\\W+(?:depois\\s+d[aoe]s?|após)\\s+[^.!?;,]{1,40}?)?\\s*(?:[.!;]|$)"
      + "|(?<!\\p{L})(?:a\\s+gente\\s+(?:conversa|fala|vê)|conversamos|falamos|vamos\\s+conversar)\\s+"
      + "(?:\\p{L}+\\s+)?(?:de\\s+novo|outra\\s+vez|novamente)(?!\\p{L})"
      + "|(?<!\\p{L})voltamos\\s+a\\s+(?:conversar|falar)(?!\\p{L})"
      // "isso a gente vê mês que vem", "a gente decide na próxima reunião".
      + "|\\b(?:a\\s+gente|nós)\\s+(?:vê|ve|decide|resolve|define|conversa|fala)\\s+(?:isso\\s+)?"
      + "(?:(?:n[oa]\\s+)?(?:mês|semana|ano)\\s+que\\s+vem|n[oa]\\s+próxim[oa]\\s+(?:semana|reunião"
      + "|mês))(?!\\p{L})"
      // "me dá até sexta", "nos dê até amanhã", "deixa eu pensar": tempo pedido antes de
      // responder.
      + "|^\\W*(?:\\p{L}+\\W+)?(?:me|nos)\\s+(?:dá|dê|da|dão)\\s+(?:um\\s+tempo\\s+)?até\\s+"
      + "|\\b(?:deixa|deixe|me\\s+deixa)\\s+eu\\s+pensar\\b");

  /**
   * O que se poderia ter feito, ou um desejo depois do fato, nunca uma decisão: "a gente podia ter
   * usado a API", "tínhamos que ter posto uma cláusula", "deveria ter um alerta quando …".
   */
  static final Pattern HINDSIGHT = p("\\b(?:quem\\s+dera|tomara)\\s+(?:que\\s+)?(?:\\p{L}+\\s+){0,2}(?:tivesse|tivéssemos|tivessem|houvesse)\\b|\\b(?:poderíamos|podíamos|deveríamos|devíamos|a\\s+gente\\s+(?:podia|poderia"
      + "|devia|deveria)|(?:tínhamos|teríamos|a\\s+gente\\s+tinha|a\\s+gente\\s+teria)\\s+que)"
      + "\\s+ter\\s+(?:\\p{L}+\\s+)?\\p{L}+(?:ado|ido|eito|osto|ito)\\b"
      + "|\\b(?:deveria|devia)\\s+(?:ter|haver)\\s+[^.!?]{0,60}?\\b(?:quando|se)\\b"
      // "se a gente estivesse começando do zero, eu diria Datadog"
      + "|\\bse\\s+[^.!?]{0,40}?(?:\\p{L}+(?:ássemos|êssemos|íssemos)|\\b(?:estivesse|tivesse|fosse|pudesse|começasse))\\b[^.!?]{0,60}?\\b\\p{L}+(?:ria|ríamos)\\b"
      // "seria bom se o portal mostrasse isso": um desejo que ninguém assume.
      + "|\\bseria\\s+(?:muito\\s+)?(?:bom|legal|ótimo|bacana)\\s+se\\s+[^.!?]{0,60}?\\p{L}+(?:asse|esse|isse|assem|essem|issem)\\b"
      // "eu adoraria ter uma segunda gráfica com contrato, só comentando": um desejo a ninguém.
      + "|\\b(?:eu\\s+)?adoraria\\s+(?:ter|um|uma|uns|umas|que)\\b"
      + "|\\bnum\\s+mundo\\s+ideal\\b|\\bs[óo]\\s+(?:comentando|falando)\\b"
      // "a longo prazo precisamos de um check por partição", "melhor corrigir o limite do que
      // continuar silenciando": um desejo para algum dia, ou uma preferência de passagem, a ninguém.
      + "|(?<!\\p{L})(?:a\\s+longo\\s+prazo|no\\s+longo\\s+prazo)[,:]?\\s+(?:\\p{L}+\\s+){0,2}?(?:precisamos"
      + "|precisaríamos|a\\s+gente\\s+precisa|devemos|deveríamos|teríamos\\s+que|temos\\s+que)(?!\\p{L})"
      + "|^\\W*(?:mas\\s+)?(?:melhor|prefiro)\\s+\\p{L}+(?:ar|er|ir)\\s+[^.!?]{1,60}?(?<!\\p{L})(?:do\\s+)?que\\s+"
      + "(?:continuar|ficar|\\p{L}+(?:ar|er|ir))(?!\\p{L})");

  /** Uma tarefa nomeada ou levada à parte, nunca uma decisão do fio: "isso é outra tarefa", "precisamos de alguém pra cuidar das viagens". */
  static final Pattern TASK_NAMED = p("\\b(?:isso|essa)\\s+é\\s+outra\\s+tarefa\\b"
      + "|\\b(?:isso|esse)\\s+é\\s+(?:outro\\s+ticket"
      + "|um\\s+(?:ticket|chamado)\\s+(?:pra|para|do|da))\\b"
      + "|\\b(?:precisamos|a\\s+gente\\s+precisa)\\s+de\\s+alguém\\s+(?:pra|para)\\b");

  /** Uma aprovação na primeira pessoa: "aprovo reembolso proporcional", "ok, autorizo". */
  static final Pattern APPROVAL_GIVEN = p("^\\W*(?:(?:ok|sim|beleza)\\W+){0,2}(?:eu\\s+)?(?:aprovo|autorizo)\\b");

  /** O que fica como está: "as credenciais do Jenkins ficam como estão", "fora do escopo". */
  static final Pattern SCOPE_KEPT = p("\\bfica(?:m)?\\s+como\\s+(?:está|estão|antes)\\b|\\bfora\\s+do\\s+escopo\\b");

  /** Uma condição antes de um passo: "o crash reporter tem que entrar antes dos testers externos". */
  static final Pattern GATE = p("\\b(?:tem|têm|precisa|precisam)\\s+(?:que|de)\\s+(?:\\p{L}+\\s+){0,6}?antes\\s+d");

  /**
   * An agreement that shares a view, not something to do: "concordo, essa é minha preocupação
   * também", "sim, penso o mesmo".
   */
  static final Pattern AGREES_WITH_A_VIEW = p("^\\W*(?:concordo|sim|exato"
      + "|verdade)\\W+(?:ess[ae]\\s+é\\s+(?:também\\s+)?(?:a\\s+)?(?:minha"
      + "|nossa)\\s+(?:preocupação|medo)|eu\\s+também|penso\\s+o\\s+mesmo)");

  /**
   * A yes made to wait on someone still to ask ({@link Cues#waitsOnSomeone}): "não sem
   * falar com <@wei>", "não sem checar com a Ana", "não antes de perguntar pro financeiro".
   */
  static final Pattern WAITS_ON_SOMEONE = p("\\bnão\\s+sem\\s+(?:antes\\s+)?(?:falar|checar|consultar|perguntar"
      + "|confirmar|validar|alinhar|o\\s+(?:ok|aval)|a\\s+aprovação)\\p{L}*"
      + "|\\bnão\\s+antes\\s+de\\s+(?:falar|checar|consultar|perguntar|confirmar|alinhar)\\p{L}*");

  /**
   * Something said before taken back by name, named in group 1: "beleza, esquece a sessão dupla".
   */
  static final Pattern WITHDRAWN_BY_NAME = p("^\\W*(?:(?:ok|beleza|bom|tá"
      + "|hm+)[\\s,.!:;—–-]+)*(?:esquece|esqueçam|esquecem)\\s+(?:o|a|os|as)\\s+([^,.;:!?—–]+)");

  /**
   * O que se acabou de dizer, retirado: "esquece", "esquece isso", "deixa pra lá", "na verdade
   * não", "pensando bem, não", "retiro o que disse", "ignora minha última mensagem".
   */
  static final Pattern WITHDRAWN = p("^\\W*(?:(?:ok|blz|beleza|oh|ah|bom|hmm+|opa|desculpa|foi\\s+mal|pera|espera|não|nao)[\\s,.!:;—–-]+)*"
      + "(?:(?:esquece|esqueçam|esquecam|esqueça|esqueca|ignora|ignorem|ignore)(?:\\s+(?:isso|isto|o\\s+que\\s+eu\\s+disse|minha\\s+última\\s+mensagem))?(?=\\s*(?:[,.!;:—–-]|$))"
      + "|deixa\\s+(?:pra|para)\\s+lá|(?:na\\s+verdade|pensando\\s+bem)[\\s,]+não"
      + "|retiro\\s+o\\s+que\\s+(?:eu\\s+)?disse)(?!\\p{L})");

  /** Um fato corrigido, no passado: "o alarme disparou na quarta à noite, não na terça". */
  static final Pattern CORRECTION = p("\\b(?:foi|foram|era|eram|\\p{L}{3,}(?:ou|aram|eram|iram))\\b"
      + "[^.!?;]{0,50}?,\\s*não\\s+(?:na|no|em|a|o)\\s+\\p{L}+\\s*(?:[.!]|$)");

  /**
   * O que se fez ou tentou e o que deu, ou um valor lido: "troquei as pilhas, continua sem ler",
   * "liguei pra assistência, o mais cedo que vêm é amanhã às 8", "o datalogger mostra 03:05". Não
   * "mudamos a regra".
   */
  static final Pattern TRIED = p("^\\W*(?:já\\s+)?(?:troquei|testei|liguei|verifiquei|reiniciei|tentei|chequei"
      + "|conferi|olhei)(?!\\p{L})"
      + "|^(?=.*\\d)\\W*(?:o|a)\\s+[\\p{L}-]+\\s+(?:marca|diz|mostra|indica)\\s+(?!que\\s+(?:vamos|a\\s+gente)\\b)"
      + "|^\\W*(?:feito|pronto)\\W+(?:pode|podes|tenta)\\s+(?:tentar\\s+)?(?:de\\s+novo|outra\\s+vez|testar)(?!\\p{L})"
      // "PR aberto: #4182": o trabalho em andamento. "o instalador só vem em julho, antes nada": quando
      // alguém pode vir, não um plano.
      + "|^\\W*(?:o\\s+|meu\\s+)?(?:pr|mr|patch)\\s+(?:está\\s+)?(?:aberto|no\\s+ar)(?!\\p{L})"
      + "|\\bsó\\s+(?:vem|vêm|chega|chegam|passa|passam|entrega|entregam|pode\\s+vir|podem\\s+vir)\\s+(?:em|no|na|a|depois|dia)(?!\\p{L})"
      + "|\\bnão\\s+(?:vem|vêm|chega|chegam|pode\\s+vir|podem\\s+vir)\\s+antes(?!\\p{L})"
      // "custa 800, o gerente não assina", "teste de esporos passou segunda", "doca fechada, bombas
      // desligadas.", "o visor marca E42, segundo o manual falha de ignição", "a gente vende umas 60
      // dúzias por semana": um estado, uma leitura, um número; não "a gente mantém as chaves antigas
      // até sexta", o que vale de agora em diante.
      + "|^\\W*(?:isso\\s+)?custa\\s+(?:uns\\s+)?\\d"
      + "|^\\W*(?:o\\s+)?teste\\s+(?:\\p{L}+\\s+){0,2}?(?:passou|falhou)(?!\\p{L})"
      + "|^\\W*(?:o\\s+|a\\s+|os\\s+|as\\s+)?[\\p{L}-]+\\s+(?:fechad[oa]s?|desligad[oa]s?)\\W+(?:o\\s+|a\\s+|os\\s+|as\\s+)?[\\p{L}-]+\\s+(?:fechad[oa]s?|desligad[oa]s?)\\W*$"
      + "|(?:^|[,;]\\s*)(?:o\\s+|a\\s+)?[\\p{L}-]+\\s+(?:marca|mostra)\\s+(?=[\\p{L}-]*\\d)"
      + "|\\bsegundo\\s+o\\s+(?:manual|fabricante)(?!\\p{L})"
      + "|(?<!\\p{L})(?:a\\s+gente\\s+)?(?:vende|vendemos|faz|fazemos)\\s+(?:umas?\\s+|uns\\s+|cerca\\s+de\\s+|tipo\\s+)?\\d+\\s+(?:\\p{L}+\\s+){0,2}?(?:por|na|no|ao)\\s+(?:dia|semana|mês)(?!\\p{L})");

  /**
   * Uma história no passado: outro fez algo ("o motorista deles foi no caminhão, não sei se olhou
   * o registrador", "o atendimento ligou pra ela hoje de manhã"), ou nós, com o quando ("a gente
   * perdeu mais gente quando o Omar dormiu em outubro"). Não "mudamos a regra".
   */
  static final Pattern NARRATED = p("^\\W*(?:(?:ele|ela|eles|elas|(?:o|a|seu|sua)\\s+[\\p{L}-]+(?:\\s+deles|\\s+dela|\\s+dele)?)\\s+(?:a\\s+|o\\s+|nos\\s+|lhe\\s+)?"
      + "(?:foi|veio|chegou|disse|teve|fez|[\\p{L}]+(?:ou|eu|iu|aram|eram|iram))(?!\\p{L})"
      + "|(?:a\\s+gente\\s+)?(?:perdeu|perdemos|tivemos|teve|fomos|fizemos)(?!\\p{L})(?=.*(?:\\bquando\\b|\\bontem\\b|\\bpassad[oa]\\b|\\bhá\\s+\\d"
      + "|\\bem\\s+(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\\b)))"
      + "(?!.*(?:\\bvai\\b|\\bvamos\\b|\\bdaqui\\s+pra\\s+frente\\b|\\baté\\b))"
      // "o salão disse que a gente pode usar a câmara de novo": o que outro disse.
      + "|^\\W*(?!(?:eu|nós|a\\s+gente)\\b)(?:[\\p{L}'.-]+\\s+){1,4}?(?:disse|disseram|confirmou|confirmaram|escreveu|escreveram|falou|falaram)\\s+que(?!\\p{L})");
}
