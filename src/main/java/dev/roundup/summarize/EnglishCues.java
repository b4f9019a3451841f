package dev.roundup.summarize;

import static dev.roundup.summarize.Cues.en;

import java.util.regex.Pattern;

/**
 * How people phrase each step of a conversation in English: the words {@link Cues} describes, and
 * the words the conversation model reads replies with ({@link ReplyWords}). The rules that use
 * them are language-neutral; only the wording lives here.
 */
final class EnglishCues {

  /**
   * A meeting named, with what may stand before its name ("the runbook review", "our next sync",
   * "the all-hands"): where a choice is taken to be settled later. A compile-time constant, so the
   * cue tables below may use it whatever their order.
   */
  private static final String MEETING = "(?:the\\s+|our\\s+|next\\s+)?(?:[\\w-]+\\s+)?(?:grooming"
      + "|planning|sync|meeting|retro|retrospective|review|standup|stand-up|call|1:1|all-hands"
      + "|offsite|kickoff|postmortem|post-mortem)\\b";

  /**
   * News waited for, after "until", "till" or "once": "we know (a bit) more", "we have more
   * data", "we hear back", "we hear from the agent", "we decide". What it ends is a wait, not an
   * arrangement.
   */
  private static final String WAIT_FOR_NEWS = "we\\s+(?:(?:know|see|hear|learn|find\\s+out|have|get)"
      + "\\s+(?:a\\s+(?:bit|little)\\s+)?more|hear\\s+(?:back|from)|decide|discuss|talk)\\b";

  /**
   * What comes before "park", "shelve" or "table" said as a verb: the start of the sentence ("ok
   * park it till monday"), "let's", "we'll", "I'd", "just", "to". Not the place or the thing: "the
   * park stays closed until we know the tree is safe", "the table stays booked until friday".
   */
  private static final String AS_VERB = "(?:^\\W*(?:(?:ok(?:ay)?|so|fine|yeah|yes|then|and)\\W+)?"
      + "|\\b(?:let'?s|we(?:'ll|\\s+will|\\s+can|\\s+should)?|i'?d|just|to)\\s+)";

  /** The yes a go-ahead may open with: "yes, do it", "sure, do that", "ok do this please". */
  private static final String GO_AHEAD_YES = "(?:(?:yes|yeah|yep|yup|sure|ok(?:ay)?|alright)\\W+)?";


  /**
   * A task put to whoever is free, the task after it: "anyone able to update the runbook?",
   * "does anyone have time to look at #412?", "any volunteers to take notes?".
   */
  static final String ASKED_OF_ANYONE = "(?:(?:(?:and|also|so|ok)\\s+)?(?:is\\s+)?(?:anyone|anybody"
      + "|someone|somebody)\\s+(?:able|free|around|available|willing)\\s+to\\s+"
      + "|(?:(?:and|also|so|ok)\\s+)?(?:does\\s+)?(?:anyone|anybody|somebody)\\s+(?:have|has|got)"
      + "\\s+(?:the\\s+)?(?:time|capacity|bandwidth|cycles)\\s+to\\s+|any\\s+volunteers?\\s+to\\s+"
      // "someone needs to chase brightways for that refund", "somebody should check whether …",
      // "someone from finance should look at the quote": a task said to need doing by anyone.
      + "|(?:(?:and|also|so|ok|btw)\\s+)?(?:someone|somebody)(?:\\s+(?:from|in|on)\\s+[\\w#-]+)?\\s+"
      + "(?:needs?\\s+to|should|has\\s+to|must|ought\\s+to|(?:will|'ll)\\s+have\\s+to)\\s+)";

  /**
   * After "I'm on": a rota, a leave or a stretch of other work ("I'm on call till the 26th", "I'm
   * on nights", "I'm on the callout rota sat/sun", "not me, I'm on the migration till end of
   * month"), where the speaker is, not what they take on; "I'm on it" and "I'm on the rollback"
   * still take it.
   */
  private static final String ON_A_ROTA = "(?!\\s+(?:call|nights?|days|earlies|lates|leave|holiday"
      + "|vacation|pto|duty|standby|shift)\\b"
      // "i'm on my own in the kitchen after 7", "i'm on the phone with them", "i'm on the
      // phones this morning": where the speaker is, not what they take on; not "i'm on our own
      // banners then" nor "i'm on the phone system cutover".
      + "|\\s+(?:my|our)\\s+own(?=\\s*(?:$|[,.!;)]|\\s(?:in|at|with|for|after|until|till|today"
      + "|tonight|this|here|there|again|now|so|and|but)\\b))"
      + "|\\s+the\\s+phone\\s+(?:with|to)\\b|\\s+the\\s+phones\\b|\\s+mute\\b"
      // "not me, i'm on the early thurs": a shift by its name.
      + "|\\s+the\\s+(?:early|late)\\s+(?:one|shift|(?:mon|tue|wed|thu|fri|sat|sun)\\p{L}*)\\b"
      // "i'm on the climbing session saturday morning but free from 1": a session at a time, and
      // what the speaker is free for after it; not "i'm on the spin class tomorrow, no worries".
      + "|\\s+the\\s+(?:[\\w'-]+\\s+){0,2}?(?:session|class|course|training|workshop|tour|trip)"
      + "\\s+(?:on\\s+|this\\s+|tomorrow\\b|tonight\\b|today\\b"
      + "|(?:mon|tue|wed|thu|fri|sat|sun)\\p{L}*\\b)[^.!?]*\\bbut\\s+(?:i'?m\\s+)?free\\b"
      + "|\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,3}?(?:rota|rotation"
      + "|shift|on-?call)\\b(?![\\s-]+(?:spreadsheet|sheet|doc|document|page|ticket|file|tracker"
      + "|thread|channel|tool|app|bot|script|config)s?\\b)"
      // "till the 26th", "until friday", "till end of month": a stretch of time, not "till it's
      // done", "until they reply", work seen through.
      + "|\\s+(?!(?:it|this|that)\\b)[^.!?,;]*\\b(?:till|until|til)\\s+(?:the\\s+)?(?:\\d"
      + "|end\\s+of|(?:next|this|mid)\\b|tomorrow|tonight|(?:mon|tue|wed|thu|fri|sat|sun)\\p{L}*"
      + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*|eo[dwm]\\b|weekend|noon"
      + "|midnight|lunch|christmas|easter|q[1-4]\\b))";

  private EnglishCues() {}

  /**
   * What no "… it is" choice opens with: "it is what it is", "that's how it is", "lol of course
   * it is", "sadly it is".
   */
  private static final String NOT_WHAT_IT_IS = "(?!(?:that|this|what|how|where|which|it|there|lol"
      + "|haha\\w*|well|sadly|unfortunately|obviously|of\\s+course|course)\\b)";
  /**
   * What follows an agreement that shares a view rather than takes up something to do: "agreed,
   * that's my worry too", "agreed, that would have prevented this", "agreed, me too".
   */
  private static final String VIEW_SHARED = "(?:that'?s|thats|that\\s+is)\\s+(?:my|our)\\s+"
      + "(?:worry|worries|concern|concerns|fear|fears|point|thinking|feeling|view|take|read|gut"
      + "|instinct|experience)\\b|that\\s+(?:would|could|might)(?:'ve|\\s+have)\\b|me\\s+too\\b"
      + "|same\\s+here\\b";

  /** An agreement that shares a view ({@link Cues#agreesWithAView}). */
  static final Pattern AGREES_WITH_A_VIEW = en("^\\W*(?:agreed?|yes|yeah|true|exactly|\\+1)\\W+(?:"
      + VIEW_SHARED + ")");

  static final Cues CUES = new Cues(
      en("\\bwe(?:'ve| have)?\\s+(?:\\w+\\s+)?decided\\b|\\bdecided\\s+(?:to|on|that)\\b"
          // "decision for now: …", "ok, calling it: we split from Q1".
          + "|\\b(?:decision|decided|resolution|outcome|conclusion)(?:\\s+for\\s+now)?\\s*[:\\-–—]"
          + "|\\bcalling\\s+it\\s*[:\\-–—]"
          // "change of plan: we keep the offsite in Berlin" announces what holds now.
          + "|\\bchange\\s+of\\s+plans?\\s*[:\\-–—]"
          // "revised: everyone auditions every year but for seating only": the plan as it now is.
          + "|^\\W*(?:(?:ok|okay|so|right)[\\s,]+)?(?:revised|updated|amended)(?:\\s+(?:plan|version"
          + "|proposal))?\\s*[:\\-–—]"
          + "|^\\W*final\\s*[:\\-–—]"
          + "|\\blet'?s\\s+go\\s+(?:with|for|ahead)\\b"
          // "sounds right, go with 90/30/7 and the banner"; "ok, we go with the new vendor": said,
          // not asked, supposed ("if we go with …") nor put on a condition ("then we go with the
          // old one if legal says no").
          + "|^\\W*(?:(?:ok(?:ay)?|so|alright|fine|then|right|yes|yeah|agreed|perfect|great"
          + "|sounds\\s+(?:right|good|great))\\W+){0,2}(?:go\\s+with|we\\s+go\\s+(?:with|for|ahead))\\b"
          + "(?![^.!?]*\\b(?:if|unless|in\\s+case)\\b)"
          + "|\\bwe(?:'ll| will)\\s+go\\s+(?:with|for|ahead)\\b"
          + "|\\b(?:we(?:'re| are)\\s+)?going\\s+(?:with|forward\\s+with|ahead\\s+with)\\b"
          // "ship it" decides; "I'll ship it in 20 min", "will ship it" are the speaker's own task.
          + "|(?<!\\bI'll\\s)(?<!\\bwill\\s)(?<!\\bwe'll\\s)(?<!\\bgonna\\s)(?<!\\bto\\s)"
          + "(?<!\\bcan\\s)\\bship\\s+it\\b|\\bapproved\\b|\\bfinal\\s+answer\\b|\\bsettled\\s+on\\b"
          + "|\\bwe\\s+(?:all\\s+)?agreed\\b|^\\W*agreed\\W+(?!" + VIEW_SHARED + ")\\w+"
          + "|\\bconsensus\\s+is\\b"
          + "|\\bthe\\s+plan\\s+is\\b|\\bwe(?:'re| are)\\s+(?:sticking|moving)\\s+(?:with|to)\\b"
          + "|^\\W*(?:(?:yes|yeah|ok(?:ay)?|alright|so|fine|fair|right|great|good)\\W+)?"
          + NOT_WHAT_IT_IS
          // "4 walks a day it is: 9:00, 11:00, 13:30, 15:30": what it is, then its details.
          + "[\\w-]+(?:\\s+[\\w-]+){0,2}\\s+it\\s+is(?:\\s+(?:then|now|for\\s+now))?(?:\\W*$|\\s*:\\s*\\S)"
          // "ok, Thursday Dec 11, 2–5pm it is": a date, a time or a list of a few words.
          + "|^\\W*(?:(?:yes|yeah|ok(?:ay)?|alright|so|fine|great|good)\\W+)?"
          + NOT_WHAT_IT_IS + "[\\p{L}\\p{N}][\\p{L}\\p{N}–:/.-]*"
          // "Envoy Gateway + Gateway API it is": two named together.
          + "(?:,?\\s+(?:[+&]\\s+)?[\\p{L}\\p{N}][\\p{L}\\p{N}–:/.-]*){0,5}\\s+it\\s+is(?:\\s+(?:then|now"
          + "|for\\s+now))?(?:\\W*$|\\s*:\\s*\\S)"
          + "|\\bfrom\\s+now\\s+on\\b|\\bgoing\\s+forward\\b"
          + "|^\\W*(?:done|settled|decided|sold)\\s+then\\b|\\bthat'?s\\s+(?:settled|decided)\\b"
          + "|\\blocked\\s+in\\b|\\bset\\s+in\\s+stone\\b"
          // "great, so: 3 levels, anyone on call declares, …": a summing up.
          + "|^\\W*(?:(?:great|good|perfect|right|fine|cool)\\W+)?(?:ok|okay|alright|so)\\s*:\\s*\\w"
          + "|\\bfinal\\s+(?:call|decision|word)\\b|\\bconsensus(?:\\s+then)?\\s*[:\\-–—]"),
      en("\\blet'?s\\s+see\\b|\\bwe'?ll\\s+see\\b|\\bwe\\s+will\\s+see\\b|\\bwait\\s+and\\s+see\\b"
          + "|\\btbd\\b|\\btbc\\b|\\bto\\s+be\\s+(?:decided|determined|confirmed)\\b"
          + "|\\bstill\\s+open\\b|\\bundecided\\b|\\bnot\\s+(?:yet\\s+)?decided\\b"
          + "|\\b(?:decide|discuss|revisit|talk\\s+about|figure\\s+(?:it|this|that)\\s+out"
          + "|come\\s+back\\s+to)\\b[^.!?]{0,40}?\\b(?:later|next\\s+(?:sync|week|meeting|planning"
          + "|time|standup|retro|call)|at\\s+the\\s+next|tomorrow|another\\s+time|first)\\b"
          // "let's talk about that with marketing on monday", "let's talk credits with finance on
          // thursday": the sentence puts the talk on a day named; not "we roll back tonight, and
          // talk about the root cause on thursday", "let's discuss pricing with sales and ship on
          // friday", nor "let's talk to the landlord on monday", a task.
          + "|^\\W*(?:(?:ok(?:ay)?|yes|yeah|sure)\\W+)?(?:let'?s|we'?ll|we\\s+will|we\\s+can)\\s+(?:talk\\s+about"
          + "|talk(?!\\s+to\\b)|discuss|decide|revisit)\\b(?:(?!\\band\\b)[^.!?,;]){0,40}?\\b(?:on|this|next)\\s+"
          + "(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b"
          + "|\\blet'?s\\s+(?:decide|discuss)\\s+(?:that|this|it)\\b|\\bnot\\s+(?:today|now)\\b"
          // "we'll get round to that later", "we’ll probably get round to the venue next week": the
          // group, some other time; not "I'll get round to it first thing tomorrow" (one's own
          // work taken on) nor "we'll get round to it later today".
          + "|\\b(?:we['’]?ll|we\\s+(?:will|can|should)|let['’]?s)\\s+(?:\\w+\\s+)?get\\s+a?round\\s+to\\b"
          + "[^.!?]{0,40}?\\b(?:later|next\\s+(?:sync|week|meeting|planning|time|standup|retro|call)"
          + "|at\\s+the\\s+next|another\\s+time)\\b(?!\\s+(?:on\\s+)?(?:today|tonight))"
          + "|\\bwe(?:'ll|\\s+will|\\s+should|\\s+need\\s+to|\\s+have\\s+to)\\s+(?:first\\s+)?"
          + "(?:check|find\\s+out|look\\s+into|investigate|verify|confirm)\\s+(?:whether|if)\\b"
          + "|\\blet'?s\\s+say\\b|\\bsay\\s+I\\s+have\\b|\\bimagine\\b|\\bhypothetically\\b"
          // "suppose we close on mondays": a case supposed to reason about, not a plan. "say we
          // …" is left alone: "say we're adding capacity" tells the customers what to say.
          + "|\\bsuppos(?:e|ing)\\s+(?:that\\s+)?(?:we|you|they|it)\\b"
          + "|\\blet'?s\\s+wait\\b|\\bhold\\s+off\\b|\\bpark\\s+(?:it|this|that)\\b"
          // "let's not answer Finch until we've seen both": the answer, so the decision, waits;
          // not "no deploys until the fix is verified", a freeze decided.
          + "|\\b(?:let'?s\\s+not|don'?t|we\\s+won'?t|we\\s+will\\s+not)\\s+(?:answer|reply"
          + "|respond|agree|say\\s+yes|get\\s+back)\\b[^.!?]{0,30}?\\b(?:until|till)\\b"
          + "|\\bput\\s+a\\s+pin\\s+in\\b|\\bdepends\\s+on\\b|\\bnot\\s+sure\\b"
          // "maybe" hedges the plan ("maybe we switch", "maybe 2 of us fly out monday"); inside a
          // sentence and before an amount it only rounds a figure ("adds maybe 60 moves", "costs
          // maybe $500", "takes maybe two hours").
          + "|^\\W*maybe\\b|\\bmaybe\\b(?!\\s+(?:\\d|~|[$£€]|an?\\s+(?:few|couple|dozen)\\b|half\\b"
          + "|twice\\b|(?:two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty"
          + "|fifty|sixty|hundred)\\b)(?![^.!?,;]{0,20}?\\b(?:later|time|day|days|from\\s+now)\\b))"
          + "|\\bbefore\\s+(?:deciding|we\\s+decide|committing|we\\s+commit)\\b"
          // "if anything we cut station 1", "worst case we cut it": a fallback offered, hedged as
          // "maybe" is.
          + "|^\\W*(?:if\\s+anything|worst\\s+case|at\\s+worst)\\b"
          + "|\\b(?:stays|remains|is\\s+still|left)\\s+open\\b|\\bopen\\s+for\\s+now\\b"
          + "|\\bthinking\\s+out\\s+loud\\b|\\bjust\\s+(?:a\\s+thought|thinking)\\b"
          + "|\\btable\\s+(?:it|this|that|the)\\b"
          // Waiting for news puts off ("until we know more", "till we hear back"), and so does
          // leaving something alone until a thing is known ("let's not touch production til we know
          // who's playing", "let's park catering until we know the headcount"). A thing to be known
          // or had first is otherwise the end of an arrangement in force meanwhile: "ant-2 stays in
          // stow until we know what the encoder is doing", "should we pause the run until we know
          // why the ack failed?", "the trench stays closed until we have a fresh locate".
          + "|\\b(?:until|till|til)\\s+" + WAIT_FOR_NEWS
          + "|(?:\\blet'?s\\s+not|" + AS_VERB + "park)\\s+(?:[\\w'-]+\\s+){1,4}?(?:until|till|til)"
          + "\\s+we\\s+(?:have|know|see|get|hear)\\b"
          + "|\\blet'?s\\s+not\\s+go\\s+there\\b|\\bsomeday\\b|\\breassess\\b"
          + "|\\bfor\\s+\\S+(?:\\s+\\S+)?\\s+to\\s+(?:decide|answer|say|confirm|figure\\s+out)\\b"
          + "|\\b(?:decide|discuss|settle|cover|raise|bring\\s+(?:it|this|that)(?:\\s+up)?"
          + "|take\\s+(?:it|this|that))\\b[^.!?]{0,30}?\\b(?:at|in|during|to)\\s+" + MEETING
          // "let's figure that out in the runbook review thursday": the group works it out at a
          // meeting; not "let's sort this out now", "i'll work it out in the planning sheet".
          + "|\\b(?:let'?s|we'?ll|we\\s+will|we\\s+can|we\\s+should)\\s+(?:figure|sort|work|hash)\\s+"
          + "(?:it|this|that|those|these|them)\\s+out\\b(?:(?!\\bnow\\b)[^.!?]){0,30}?\\b(?:at|in|during)\\s+"
          + MEETING + "(?!\\s+(?:doc|document|sheet|spreadsheet|notes)\\b)(?![^.!?]*\\b(?:now|today|tonight)\\b)"
          + "|\\b(?:\\w+'s|their|his|her)\\s+call\\b|\\b(?:that'?s|it'?s)\\s+up\\s+to\\b"
          // "eagle stays on hold until two readings are under 50": an arrangement kept, not put off.
          + "|\\bon\\s+hold\\b(?![^.!?]{0,20}?\\b(?:until|till)\\b)"
          + "|(?<!stays\\s|stay\\s|remains\\s|remain\\s)\\bon\\s+hold\\b|\\bnot\\s+a\\s+priority\\b|\\bparking\\s+(?:it|this|that)\\b"
          + "|\\bback\\s*burner\\b"
          // "yeah, later" on its own puts off what it answers.
          + "|^\\W*(?:(?:yeah|yes|ok(?:ay)?|sure|fine)\\W+)?later\\W*$"
          // "waiting on what support hears", "a problem for next year", "let's keep it open".
          + "|\\bwaiting\\s+(?:on|to\\s+hear)\\b|\\bkeep\\s+(?:it|this|that)\\s+open\\b"
          + "|\\b(?:a\\s+)?(?:problem|question|topic)\\s+for\\s+(?:later|another\\s+day|future\\s+us"
          + "|next\\s+(?:year|quarter|month|week|sprint))\\b"),
      en("\\bwe(?:'ll| will| should| are going to|'re going to| won't| will not)\\s+\\w+"
          + "|\\blet'?s\\s+\\w+|\\bhow about we\\b|\\bi (?:propose|suggest)\\b"
          + "|\\b(?:proposal|suggestion|idea)\\s*:"
          // "Proposal for the new on-call rotation: weekly shifts, …": the label may name its subject.
          // "new rule so this can't repeat: every bucket gets access logging".
          + "|^\\W*(?:(?:my|a|the|new)\\s+)?(?:proposal|suggestion|idea|plan|rule|policy)\\b[^.:?!]{0,50}:"
          + "|\\bwhy don'?t we\\b|\\bwhat if we\\b"
          + "|\\bI'?d\\s+(?:keep|go\\s+with|take|prefer|pick|suggest|recommend|rather|say)\\b"
          + "|\\b(?:compromise|counter-?proposal|option|plan|rule|timeline|schedule)\\s*:"
          + "|^\\W*proposing\\b"
          // "we can keep tuesdays live and go async": a way out of an objection, put forward.
          + "|\\bwe\\s+(?:can\\s+)?(?:keep|stay|stick|move|switch|use|drop|skip|ship|try|do|make|start|stop|run"
          + "|roll|bump|pin|cap|limit|raise|lower|offer|treat|charge|give|add|remove|cut|split"
          + "|merge|freeze|pause|hold|require|allow|block|disable|enable|push|postpone"
          + "|delay|renew|extend|cancel|hire|buy|adopt|migrate|upgrade|downgrade|book|demo|publish"
          + "|release|launch|waive|refund|rotate|go)\\b"
          // "ok so we renew Sentry for one more year": a conclusion put to the group.
          + "|^\\W*(?:(?:ok(?:ay)?|alright|right)[\\s,]+)?so\\s+we(?:'ll|\\s+will)?\\s+"
          + "(?!(?:see|wait|need|should|could|might|may)\\b)\\w+"),
      // "yes, let's do it.": agreeing, and settling.
      en("^\\W*" + GO_AHEAD_YES + "(?:agreed|ship\\s+it|approved|let'?s\\s+do\\s+(?:it|that|this)|decided|deal"
          + "|final\\s+answer|done\\s+deal|go\\s+(?:ahead|for\\s+it)|green\\s+light|do\\s+it)\\b[\\W\\s]*$"
          // "yes, do that.", "ok do this please": the go-ahead, as "do it"; not "ok do this:" with
          // the steps to follow.
          + "|^\\W*" + GO_AHEAD_YES + "do\\s+(?:that|this)"
          + "(?:\\s+(?:please|pls|plz|then))?[^:\\w]*$"
          // "ok, that's in, scoped to the 2 clients": a candidate taken into the plan. Not "that's
          // in prod" or "it's in the doc": where something is, said with a place after "in".
          + "|^\\W*(?:(?:ok(?:ay)?|yes|yeah|right|fine|great|good|sure)\\W+)?(?:that'?s|that\\s+is"
          + "|it'?s|it\\s+is)\\s+in\\s*(?:[,.!;—–-]|$)"),
      // "26 works", "10am is fine": the date or number put, agreed to by naming it.
      en("^\\W*(?:\\d[\\w:./-]*\\s+(?:works|is\\s+(?:ok|okay"
          + "|fine|good))(?:\\s+for\\s+(?:me|us|\\w+))?"
          + "|\\+1|agreed?|noted|understood|sounds\\s+(?:good|great|right|fine)|sgtm|lgtm|yes|yep|yup|yeah"
          + "|sure|makes\\s+sense|works\\s+for\\s+me|let'?s\\s+do\\s+(?:it|that|this)|ship\\s+it"
          + "|approved|deal|perfect|great\\s+idea|good\\s+idea|fine\\s+by\\s+me|i'?m\\s+in|same"
          + "|totally|absolutely|ok(?:ay)?|fine|i\\s+like\\s+(?:that|it|this)"
          + "|(?:i'?m\\s+)?(?:ok|okay|happy|fine|good)\\s+with\\s+(?:that|it|this)"
          + "|i'?m\\s+(?:ok|okay|good|happy|fine)\\s+with|that\\s+works|(?:i\\s+)?love\\s+(?:it|this|that)"
          + "|agree\\s+with\\s+(?:that|this|\\w+ing|<@\\w+>|\\w+)|same\\s+here|i'?m\\s+for\\s+it"
          // "seconded", "i second that": seconding a motion, as "+1" does.
          + "|seconded|(?:i\\s+)?second\\s+(?:that|this)"
          + "|fair(?:\\s+enough)?|\\+1\\s+to\\b|works(?=\\W*$)|that'?d\\s+work\\s+for\\s+(?:me|us)|👍|✅)(?!\\w)"),
      en("\\b(?:but|however|not\\s+sure|disagree|don'?t\\s+think|wait|hold\\s+on|instead|meh"
          + "|not\\s+a\\s+fan|not\\s+convinced|unless)\\b"),
      en("\\bI(?:'ll| will| shall|'m going to| am going to|'m gonna|(?:'m| am) on" + ON_A_ROTA + "| can take"
          + "| can handle| can own| can pick up| can grab| can do| can look into| can follow up"
          + "| volunteer to|'ll take| will take)\\b\\s*"
          // "i'm happy to buddy jun": an offer that names what it takes.
          // "did my pb2 last summer, happy to drive": the "I'm" left out, opening a clause.
          + "|(?:\\bI(?:'m|\\s+am|'d\\s+be)\\s+|(?:^|[,;.])\\W*(?:more\\s+than\\s+)?)(?:happy|glad)\\s+to\\s+"
          + "(?!(?:say|report|announce|hear|see"
          + "|confirm|share\\s+that|know|help)\\b)(?=\\w)"
          // "10 min if i can get in the room": a condition, not an offer; "…, so i can split them
          // back by script": what something makes possible, after a clause (not "so i can cover
          // it" or "ok so i can take it", a yes).
          + "|(?<!\\b(?:if|unless|whether|that)\\s)"
          + "(?<![\\p{L}\\d,;)](?<!\\b(?:ok|okay|yeah|yes|right|well|sure|hmm))\\sso\\s)"
          + "\\bI\\s+can\\s+(?!(?:not|see|hear|confirm|reproduce|imagine"
          + "|remember|understand|tell"
          + "|live|agree|relate|say|think|feel|access|read|only|also|never|still|already"
          + "|probably|maybe|be|get\\s+behind|definitely|totally)\\b)(?=\\w)"
          // "i don't think so, but let me check with compliance": the check after a guess.
          + "|(?:^\\W*|\\bbut\\s+(?!let\\s+me\\s+(?:play|push|tell|ask\\s+(?:you|a)|put\\s+it)\\b))"
          + "let\\s+me\\s+(?!(?:know|see|think|guess|say|be|just|explain|rephrase"
          + "|clarify|try\\s+to\\s+remember)\\b)(?=\\w)"
          // "hmm good q, let me check with HR", "not sure, let me ask the committee": asking
          // someone else, taken on after a clause of its own.
          + "|[,;]\\s*(?:so\\s+|and\\s+)?let\\s+me\\s+"
          + "(?=(?:check|confirm|double[\\s-]check)\\s+with\\s+(?!you\\b)"
          + "|ask\\s+(?!(?:you|a|an|around)\\b)|run\\s+(?:it|this|that)\\s+(?:past|by)\\b"
          + "|take\\s+(?:it|this|that)\\s+to\\s+(?!(?:mean|heart|be)\\b)"
          + "|(?:talk|speak)\\s+to\\s+(?!(?:you|that|this|it)\\b))"
          // "give me till wednesday to dig them out": a time asked for the work named.
          + "|\\bgive\\s+me\\s+(?:till|until|til)\\s+[^.!?,;]{1,25}?\\s+to\\s+(?!(?:decide|think|see|recover"
          + "|rest|breathe|sleep|settle|catch\\s+up|get\\s+through)\\b)(?=\\w)"
          + "|^\\W*(?:me|happy\\s+to|i'?m\\s+happy\\s+to|i\\s+can|i'?ll\\s+do\\s+it)\\W*(?:,|!|\\.|$)"
          // "leave it with me", "on it", "will do": a reply that takes what was just asked.
          + "|^\\W*(?:(?:ok(?:ay)?|sure|yes|yep)\\W+)?(?:leave\\s+it\\s+with\\s+me|on\\s+it"
          + "|will\\s+do)\\b\\W*"
          // "ok, will ship it in thursdays release": chat drops the "I" before "will"; not
          // "will it …", "will that work", "will be fine", "will see"; "will do" alone is the
          // acceptance above, and "will do it" a task only with when ("got the part in stock,
          // will do it this afternoon"; not "will do it manually if it fails again", "will do
          // the same next time", "will do the job fine").
          // "fine :sob: will send the drawings to carl", "noted, will find him a slot", "asked
          // the crew to reply, will post a count in the morning": after an acknowledgement or a
          // clause of its own.
          + "|(?:^\\W*(?:(?:ok(?:ay)?|sure|yes|yep|yeah|alright|noted|fine|right|got\\s+it|ack"
          + "|cool|great|perfect|of\\s+course|no\\s+problem|np)(?:\\s*:[a-z0-9_+-]+:)*\\W+)?"
          + "|[,;]\\s*(?:and\\s+)?)"
          + "will\\s+(?!(?:do(?!\\s+(?:it|that|this|them)\\s+(?:today|tonight|tomorrow|this\\s+(?:morning"
          + "|afternoon|evening)|(?:right\\s+)?now|first\\s+thing|after\\s+lunch|later\\s+today|asap"
          + "|by\\s+(?:eod|noon|monday|tuesday|wednesday|thursday|friday|\\d)))|be|see|it|that"
          + "|this|there|we|you|they|he|she|the|a|an|have|need|probably|maybe|not|never|know)\\b)"
          + "(?=\\w)"
          // "hmm I'm on leave that week. can do it if someone builds the demo data": the "I" dropped
          // before "can do it" as before "will".
          + "|^\\W*(?:(?:ok(?:ay)?|sure|yes|yep|yeah|alright|hmm+)\\W+)?can\\s+do\\s+it\\b"
          // "I have to ask Jorge", "I need to update the invoice": an obligation taken on; not "I
          // need to know how many users saw it", a question put to the others.
          + "|\\bI(?:'ve)?\\s+(?:have|need|got)\\s+to\\s+(?!(?:say|admit|think|go|leave|run|be|sleep|eat"
          + "|agree|disagree|wonder|hand\\s+it|step\\s+out|drop|know|hear)\\b)(?=\\w)"),
      // "I'll be out", but not "I'll be at harbor st from 2 to let him in": being somewhere to do
      // something is a task.
      en("\\bI(?:'ll| will)\\s+(?:be\\s+(?!\\w+ing\\b)(?!(?:at|in|on|there|here|onsite|around|by)\\b"
          + "[^.!?]*?\\bto\\s+(?!(?:the|a|an|my|your|our|their|his|her|work|lunch|bed|school|dinner"
          + "|be|normal)\\b)\\p{L}+\\s+\\p{L})|not\\b|never\\b|have\\s+to\\b|need\\b"
          + "|let\\s+(?:it|that)\\s+slide)"
          + "|\\bif\\s+I(?:'ll| will)\\b|\\b(?:if|when|unless)\\s+I\\s+(?:have|need)\\s+to\\b|\\bI(?:'ll)\\s+(?:admit|say|bet|guess)\\b"
          // "earliest i can get a replacement in is friday": when it can be, not a promise; unless a
          // promise follows it ("best i can do is friday, i'll take it").
          + "|\\b(?:earliest|soonest|fastest|best)\\s+(?:I|we)\\s+can\\b[^.!?,;]*\\s(?:is|would\\s+be)\\b"
          + "(?![^.!?]*[,;]\\s*(?:and\\s+|but\\s+)?I(?:'ll|\\s+will)\\b)"
          + "|\\bI(?:'ll|'d| will| would)\\s+(?:remember|wonder|think|hope|miss|love|like|prefer"
          // "the customers won't know the difference" — "I'LL know": a feeling, not a task.
          + "|rather|imagine|assume|know|notice|care|mind)\\b"
          // "i'll decide when i've seen deb's quote", "i'll decide once the poll closes", "… later",
          // "… tomorrow", "… next week": the choice put off, not a task (a deferral); unless a task
          // follows it ("i'll decide after the call, and send the summary").
          + "|\\bI(?:'ll|\\s+will)\\s+decide\\s+(?:when|once|after|later|tomorrow|next)\\b"
          + "(?![^.!?]*(?:[,;]|\\band\\b))"
          + "|\\blet\\s+(?:you|y'all|everyone|the\\s+team|them|people)\\s+know\\b.*\\bif\\b"
          // "let you know wednesday", "I'll get back to you in an hour": an answer promised, and
          // nothing else, is not a task of its own; "i'll ask my manager and get back to you" and
          // "Let me check with the judge first. I'll come back on that." stay the check's task.
          + "|^\\W*(?:(?:ok(?:ay)?|sure|yes|yep|yeah|will)\\W+)?(?:I(?:'ll|\\s+will)\\s+)?(?:let\\s+(?:you|y'all"
          + "|you\\s+all|everyone)\\s+know|(?:get|come)\\s+back\\s+to\\s+(?:you|y'all))\\b"),
      en("^\\W*(?:(?:can|could|would)\\s+(?:you|someone|somebody|anyone)\\s+(?:please\\s+)?"
          + "(?!believe|imagine|tell if|see why|explain why)"
          + "|would you mind\\s+|please\\s+(?=\\w+\\s))"
          + "|^\\W*(?:and\\s+|also\\s+)?(?:can|could)\\s+(?:someone|somebody|anyone)\\s+"
          + "|^\\W*" + ASKED_OF_ANYONE),
      en("[\\s,:]*(?:(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?|please\\s+|will\\s+|'ll\\s+"
          + "|(?:needs?|has|have)\\s+to\\s+|to\\s+(?=\\w+\\s)|is going to\\s+"
          + "|(?:are\\s+)?you\\s+(?:ok|okay|able|free|around)\\s+to\\s+|(?:would\\s+you\\s+)?mind\\s+)"),
      en("^\\W*(?:on it|will do|can do|doing it|(?:i(?:'ve| have)? )?got (?:it|this)|leave it with me"
          + "|i'?ll (?:do|take|handle) (?:it|that|this)|sure|yes|yep|ok|okay|done|mine)\\b"),
      // "good q. no idea tbh": chat leaves the next sentence in lower case, one sentence.
      en("^\\W*(?:(?:honestly|tbh|well|hm+|um+|uh+|so|(?:good|great)\\s+q)[\\s,.]+)?(?:good\\s+question|great\\s+question"
          // "haven't thought about it. tbd", "let me think, tell you tomorrow": not yet thought
          // through.
          + "|(?:i\\s+)?(?:haven'?t|have\\s+not|hadn'?t)\\s+(?:thought\\s+about|looked\\s+(?:at|into))"
          + "|let\\s+me\\s+(?:have\\s+a\\s+)?think"
          + "|no\\s+idea|not\\s+sure|dunno"
          + "|(?:i\\s+)?don'?t\\s+know|unclear|tbd|tbc|nobody|no\\s*one|none\\s+of\\s+us"
          + "|hmm+|depends|maybe|unknown|still\\s+open|who\\s+knows|no\\s+clue|idk"
          // "let's find out tomorrow": nobody knows yet.
          + "|(?:let'?s|we'?ll|we\\s+will)\\s+find\\s+out(?!\\s*:)"
          + "|(?:i\\s+)?have\\s+no\\s+(?:idea|clue))\\b"
          // "ask legal, i honestly don't know": not knowing, said last, after a pointer.
          + "|(?<=\\W)i\\s+(?:honestly\\s+|really\\s+|just\\s+|truly\\s+)?don'?t\\s+know(?=\\W*$)"
          // "think so? no clue tbh": a word of candour after it still ends on not knowing.
          + "|(?<=\\W)(?:no\\s+idea|no\\s+clue|not\\s+sure|dunno|idk)"
          + "(?=(?:\\W+(?:tbh|honestly|sorry|lol))?\\W*$)"
          + "|\\bnobody\\s+(?:has\\s+)?(?:picked|taken|owns|claimed)\\b"
          // "thats above my pay grade": the one asked says it is not theirs to say.
          + "|\\babove\\s+my\\s+pay\\s+grade\\b"
          // Not theirs to decide, as it opens or closes the answer: NOT_OURS below.
          + "|" + EnglishCues.NOT_OURS
          // "I asked finance last week, no answer yet": asked on, still unanswered.
          + "|\\bno\\s+(?:answer|reply|response|word)\\s+(?:back\\s+)?(?:yet|so\\s+far)\\b"
          + "|\\b(?:haven'?t|have\\s+not|hasn'?t|has\\s+not)\\s+heard\\s+back\\b"
          + "|\\b(?:nobody|no\\s*one)\\s+knows\\b"),
      en("\\b(?:(?:ask|check\\s+with|ping|consult|loop\\s+in|run\\s+it\\s+by|confirm\\s+with"
          + "|talk\\s+to|find\\s+out\\s+from|raise\\s+it\\s+with|question\\s+for|one\\s+for"
          + "|hear\\s+back\\s+from)\\s+"
          // "waiting on what support hears": whoever it waits on.
          + "|waiting\\s+(?:on|for)\\s+(?:what\\s+|word\\s+from\\s+)?"
          + "(?=\\S+(?:\\s+team)?\\s+(?:hears|says|gets|finds|comes\\s+back|to\\s+(?:answer|reply"
          + "|confirm|decide|get\\s+back))\\b)"
          // "Mateo would know": sent on to whoever knows.
          + "|(?=(?:" + Cues.MENTION + "|(?-i:\\p{Lu})\\p{L}+)\\s+(?:would|might|should|will|may)\\s+know\\b))"
          // "ask her", "ask around": sent on, nobody named; "ask them to add the record" passes
          // an instruction on.
          + "(?:(?:her|him|them)\\b(?!\\s+(?:to|for)\\s)|(?:me|us|you|it|this|that|around|whether|if|what|why|how|when|someone"
          + "|somebody|anyone|anybody|first|again|later)\\b|(?!(?:her|him|them)\\b)(" + Cues.MENTION + "|their\\s+\\w+"
          + "|the\\s+[\\w-]+(?:\\s+team)?|\\p{L}[\\p{L}'-]*(?:\\s+team)?))"
          // "that's for Wen to decide at grooming", "Maria's call": whose question it is.
          + "|\\b(?:that'?s|it'?s)\\s+(?:one\\s+)?for\\s+(" + Cues.MENTION + "|the\\s+[\\w-]+(?:\\s+team)?"
          + "|(?-i:\\p{Lu})\\p{L}+(?:\\s+team)?)\\s+to\\s+(?:decide|answer|say|confirm|figure\\s+out)\\b"
          + "|\\b(" + Cues.MENTION + "|(?-i:\\p{Lu})\\p{L}+)'s\\s+call\\b"
          // "thats a sales thing, not me": whose question it is.
          + "|\\b(?:that'?s|it'?s|this\\s+is)\\s+(?:an?\\s+|the\\s+)?(?!(?:good|great|fair|different"
          + "|separate|real|known|big|small|hard|tough|tricky|open|common|new|old|weird|whole|valid"
          + "|main|other|same|first|last|next|fun|cool|nice|bad|simple|easy)\\b)(\\w[\\w-]*)\\s+"
          + "(?:thing|question|call|topic|decision)\\b"),
      en("^\\W*(?:is|are|was|were|do|does|did|can|could|should|shall|will|would|has|have|had"
          + "|any|anyone|anybody|is there|are there|may|might|must)\\b"),
      en("^\\W*(?:yes|yeah|yep|yup|no|nope|nah|not yet|not\\s+(?:today|now|currently|really"
          + "|anymore|at\\s+the\\s+moment)|sure|correct|right|absolutely|definitely"
          + "|probably|i think so|i don'?t think so|negative|affirmative|will do|on it|can do"
          + "|done|ok|okay)\\b"),
      // "Heads up: …", "FYI …", "btw …": an announcement opens something new as a greeting does.
      en("^\\W*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|morning|welcome"
          + "|heads[\\s-]up|fyi|psa|btw|by the way|side note|unrelated)\\b"),
      en("\\b(?:never ?mind|nvm|found it|figured it out|sorted it|ignore (?:that|me|my question)"
          + "|answered my own)\\b"),
      en("^\\W*(?:(?:ok|okay|so|alright|right)[\\s,—–-]+)?(?:(?:decision|decided|resolution|outcome"
          + "|conclusion)\\s+for\\s+now|calling\\s+it|change\\s+of\\s+plans?|revised|updated|amended"
          + "|decision|decided|resolution|outcome"
          + "|conclusion|final|approved|agreed|todo|to-do"
          + "|action items?|action|ai|next steps?|follow[- ]?up)\\s*[:\\-–—]\\s*"),
      null);

  /** "Done", "Rollback done": a report that what was taken on is finished. */
  static final Pattern DONE = en("^\\W*(?:[\\w-]+\\s+)?(?:done|finished|completed)\\b|^\\W*(?:fixed|deployed"
          + "|merged|shipped|sent|killed|restored|booked|reserved|ordered|filed|posted|scheduled"
          + "|installed|submitted|published)\\b|\\b(?:is|are|'s|'re)\\s+(?:now\\s+|all\\s+)?"
          + "(?:done|through|live|fixed|back|restored|deployed|stable|sorted|flushed|updated|booked"
          + "|sent|reserved|ordered|filed|posted|scheduled|installed|submitted|published)\\b|" + EnglishCues.THING_DONE_WORDS);

  /**
   * "Refund issued, re_3Nx… shows succeeded", "PO sent 14:20": a thing and what was done to it,
   * said first; not "the refund issued yesterday was wrong", the thing described.
   */
  static final String THING_DONE_WORDS = "^\\W*(?!(?:the|a|an|this|that|these|those|our|your|their|my)\\s)[\\w-]+\\s+(?:issued|sent"
      + "|applied|refunded|cancell?ed|posted|filed|booked|ordered|published|submitted|uploaded)\\b"
      + "(?!\\s+(?:by|to\\s+be|if|when|once|unless|after|before)\\b)";
  static final Pattern THING_DONE = en(THING_DONE_WORDS);

  /**
   * -ing words that are no work planned when they open a sentence: going somewhere, being
   * somewhere, a state of mind, a noun ("marketing", "training night", "morning standup").
   */
  static final String NOT_A_DOING = "(?:going|flying|travel+ing|driving|working|leaving"
      + "|heading|being|having|thinking|seeing|meeting|wondering|hoping|trying|getting|looking"
      + "|coming|joining|attending|staying|feeling|morning|evening|nothing|something|anything"
      + "|everything|during|bring|thing|king|spring|string|ceiling|marketing|engineering|pricing"
      + "|building|funding|housing|parking|training|reading|shooting|dining|clothing|wedding"
      + "|setting|warning|raining|snowing|gusting|closing|opening|ending|pending|remaining"
      + "|following|according|including|regarding|existing|incoming|upcoming|ongoing|missing"
      + "|outstanding|interesting|amazing|boring|annoying|holding|waiting|sitting|sleeping"
      + "|landing|boarding|shipping\\s+(?:is|was|costs?)|sing)\\b";

  /** Words that acknowledge what was said before the work it starts ({@link #PLAN_IN_PRESENT}). */
  private static final String ACKNOWLEDGED = "(?:ok(?:ay)?|sure|yep|yes|yeah|on\\s+it|will\\s+do"
      + "|thanks|thx|ty|great|perfect|cool|fine|right|ack|noted|got\\s+it|kk?|np|no\\s+problem"
      + "|same|meanwhile|:[a-z0-9_+-]+:)";
  /**
   * Work being started, said by its -ing word, which opens the sentence
   * ({@link #PLAN_IN_PRESENT}), followed by what it acts on or when: "raising a P1 with them
   * now", "calling mine now", "posting on reddit + discord in 10", "checking with the warehouse".
   * Not a look taken in passing, whose finding follows at once ("checking the logs", "pulling the
   * report now"), and not the -ing word as the subject of what is said: "sending more email feels
   * odd", "fixing them is ~£96k/yr", "raising is faster than a revert".
   */
  private static final String WORK_STARTED = "(?!(?:calling\\s+(?:it|out)|sending\\s+(?:love|hugs"
      + "|thanks|vibes)|(?:posting|raising|writing|sending|filing)\\s+(?:this|it)\\s+(?:here|because"
      + "|for|in\\s+case|as|from|under))\\b)"
      + "(?:checking\\s+with|(?:rais|dispatch|submitt|call|ring|draft|send|post|fil|email|messag"
      + "|ping|chas|order|contact|escalat|text|phon|refund|deploy|revert|prepar|prepp|schedul"
      + "|repl|respond|fix|patch|rebook|writ)ing"
      // "booking the big meeting room", "briefing the drivers now"; not "booking fee too".
      + "|(?:brief|book)ing(?=\\s+(?:the|a|an)\\s))"
      + "\\s+(?!(?:here|because|from|for\\s+visibility|in\\s+case)\\b)"
      + "(?![^.!?;]*\\b(?:is|isn't|are|aren't|was|wasn't|has|have|had|costs?|feels?|breaks?|takes|took"
      + "|means|seems|sounds|looks|would|won't|can't|doesn't|did|does)\\b)"
      + "(?:now\\b|[\\p{L}\\p{N}<#@+]\\S*\\s+\\S)";

  /**
   * A plan said in the present, after an acceptance, as the work starts: "ok, opening a case",
   * "sure, sending them the workaround", "thanks, walking the users through it now" (action items).
   * The -ing word must take an object ("the", "them", "a …"): "yes, marketing site is exempt"
   * names a thing; "ok, leaving that for now" and "ok, calling it: …" plan nothing. Without the
   * acceptance, a time to come says it is planned: "calling the client monday", "i'm sending the
   * invoice tomorrow", "fixing it and re-uploading tonight"; not "flying to berlin tomorrow",
   * "reading room closed today", "engineer coming monday" (someone else), nor "signing got pushed
   * to tomorrow" (what happened to a thing). Work started now needs no acceptance before it nor
   * time after it when its verb starts work ({@link #WORK_STARTED}).
   */
  static final Pattern PLAN_IN_PRESENT = en("^[^\\p{L}\\p{N}]*(?:ok(?:ay)?|sure|yep|yes|on\\s+it"
      + "|will\\s+do|thanks|thx|great|perfect|cool)[\\s,!.]+(?!(?:nothing|something|everything"
      + "|anything|morning|evening|during|thinking|wondering|feeling|being|having|hoping|guessing"
      + "|assuming|seeing|looking|checking|getting|leaving|calling|parking|skipping|dropping"
      + "|holding|waiting)\\b)[a-z]{3,}ing\\s+(?:the|a|an|them|it|that|this|my|our|their|his|her"
      + "|him|us|everyone|everybody)\\b"
      + "|^[^\\p{L}\\p{N}]*(?:(?:ok(?:ay)?|sure|yep|yes|alright|fine|cool|on\\s+it|will\\s+do)[\\s,!.]+)?"
      + "(?:i'?m\\s+|i\\s+am\\s+)?(?!" + NOT_A_DOING + ")[a-z]{3,}ing\\s+"
      + "(?!(?:is|was|are|were|got|gets|has|had|will|would|can|could|should|must|needs?|comes?"
      + "|costs?|wants?|starts?|ends?|goes|finish(?:es)?|arrives?|happens?|runs?|lands?|closed|room"
      + "|night|schedule|day|time)\\b)"
      + "[^.!?:;]{0,50}?\\b(?:tomorrow|tonight|today|this\\s+(?:afternoon|evening|morning|week)"
      + "|later\\s+today|first\\s+thing|(?:mon|tues|wednes|thurs|fri)day|eod|end\\s+of\\s+day)\\b"
      // "we don't do this over text, i'm calling the okafors myself today": the same plan in a
      // clause after another, said with its "I'm".
      + "|[,;]\\s*i'?m\\s+(?:call|ring|email|messag|text|phon|send|book|order|chas|ping|contact|writ"
      + "|draft|escalat|fil|post|refund|schedul|rebook|brief)ing\\s+(?:the|a|an|them|him|her|their|his|our|my"
      + "|<@)[^.!?:;]{0,50}?\\b(?:tomorrow|tonight|today|this\\s+(?:afternoon|evening|morning)"
      + "|later\\s+today|first\\s+thing|(?:mon|tues|wednes|thurs|fri)day)\\b"
      // "checking with the warehouse", "perfect ty, sending to the 40 affected merchants",
      // "drafting now": a reply opening with work being started, in verbs that start work; not
      // "calling it: …", "checking the logs", "posting this here because", "sending love".
      + "|^[^\\p{L}\\p{N}]*(?:" + ACKNOWLEDGED + "[\\s,!.]+)*" + WORK_STARTED
      // "good q, for temps i honestly don't know, checking with the agency": a check taken on
      // after a clause that says the speaker does not know.
      + "|\\b(?:know|sure|idea|dunno|tbh)\\s*[,;]\\s*(?:so\\s+|but\\s+)?checking\\s+with\\s+(?=\\S)");

  /**
   * A reply that puts a question off or says nobody has looked at it, in words the non-answer and
   * deferral cues do not hold: "not deciding that in a support thread", "let's not get into that
   * now", "that's a v3 discussion", "let's see after the retro", "nobody's looked at that yet"
   * (open questions). Not "not me": to "anyone touching redis?" it is one person's answer.
   */
  static final Pattern LEAVES_OPEN = en("\\bnot\\s+deciding\\b|\\blet'?s\\s+not\\s+(?:get\\s+into"
      + "|go\\s+into|have\\s+this|decide|discuss)|\\b(?:that'?s|it'?s)\\s+an?\\s+(?:[\\w.-]+\\s+)?"
      + "(?:discussion|conversation|topic)\\s+for\\b|\\b(?:that'?s|it'?s)\\s+an?\\s+(?:v\\d+"
      + "|separate|different|later|future|another)\\s+(?:discussion|conversation|topic)"
      + "|\\blet'?s\\s+see\\s+after\\b|\\bnobody(?:'s|\\s+has)\\s+(?:looked|checked|thought)\\b"
      + "|\\bone\\s+thing\\s+at\\s+a\\s+time\\b"
      // "we'll look at that in january", "let's revisit it next quarter": put off to a time.
      + "|\\b(?:we'?ll|we\\s+will|let'?s)\\s+(?:look\\s+(?:at|into)|revisit|discuss|check)\\s+"
      + "(?:that|it|this)\\s+(?:again\\s+)?(?:in\\s+(?:january|february|march|april|may|june"
      + "|july|august|september|october|november|december|q[1-4]|the\\s+new\\s+year)"
      + "|next\\s+(?:month|quarter|year)|after\\s+the)\\b"
      // "park that, we revisit once the load test is in", "putting it on thursday's ops sync",
      // "let me check with legal before we decide anything": put off to an event or a meeting.
      + "|\\bpark\\s+(?:that|this|it)\\b|\\b(?:we'?ll|we\\s+will|we|let'?s)\\s+revisit\\s+"
      + "(?:(?:it|that|this)\\s+)?(?:once|when|after)\\b|\\bput(?:ting)?\\s+(?:it|that|this)\\s+"
      + "on\\s+(?:the\\s+)?(?:[\\w'’]+\\s+){0,2}(?:sync|agenda|standup|meeting|call|retro)\\b"
      + "|\\bbefore\\s+we\\s+decide\\b"
      // "rotation we figure out later", "we confirm it on monday": put off in the present tense.
      + "|\\b(?:we|we'?ll|we\\s+will|let'?s)\\s+(?:figure|sort|work)\\s+(?:(?:it|that|this)\\s+)?"
      + "out\\s+later\\b|\\b(?:we|we'?ll|we\\s+will)\\s+(?:confirm|decide|settle)\\s+"
      + "(?:(?:it|that|this)\\s+)?(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|tomorrow"
      + "|later|next\\s+week)\\b");

  /**
   * A question asked without its mark, or reported: "they also asked if they can switch to
   * monthly billing", "nobody has answered whether …", "how much is that" (open questions).
   */
  static final Pattern INDIRECT_QUESTION = en("\\b(?:asked|asking|asks|wondering|wonders"
      + "|want(?:s)?\\s+to\\s+know|answered)\\s+(?:us\\s+|me\\s+)?(?:if|whether)\\b"
      + "|^[^\\p{L}\\p{N}]*(?:how\\s+(?:much|many|long)\\s+(?:is|are|does|do|will)|who\\s+(?:owns|will|should)"
      + "|what\\s+happens\\s+(?:on|with|to|if))\\b[^,.;:!]{0,60}$"
      // "btw anyone know if studs are even allowed on the bike lanes here": asked of everyone.
      + "|\\b(?:does\\s+)?any(?:one|body)\\s+knows?\\s+(?:if|whether)\\b");

  /**
   * A reminder to whoever is doing something ("make sure the credit goes in as a note", "don't forget to"): a task once the one it is
   * said to takes it ("will do"); advice otherwise.
   */
  static final Pattern REMINDER = en("^\\W*(?:(?:also|and|oh|pls|please)\\W+)?(?:make\\s+sure|don'?t\\s+forget\\s+(?:to|that)"
      + "|remember\\s+to|be\\s+sure\\s+to)\\b");

  /**
   * A task given to someone named, by name or mention (group 1), the task after the match: "Ana
   * will update the runbook", "<@lou> takes social". Said after an acknowledgement by whoever
   * hands it out, and with the name typed in lower case where the verb is one of owning or taking
   * ("great, nkem owns graphics then", "ok so bea takes the night shift") or of doing a task
   * ("ken writes the script", "jenny calls each candidate"), the task named rather than pointed
   * at ("kwame owns it" answers the offer it follows); never "it takes two days" or "that handles
   * the retries" (no one named). Whether the name is a participant's is checked where it is read.
   */
  static final Pattern ASSIGNED = Pattern.compile("^\\W*(?:(?i:great|ok(?:ay)?|sure|fine|good|then|so"
          + "|right|cool|perfect|alright)\\W+){0,2}(" + Cues.MENTION + "|\\p{Lu}[\\p{L}'-]*"
          + "|(?!(?:it|this|that|which|who|what|he|she|they|we|one|everyone|everything|nobody"
          + "|someone|something|each|nothing|anything|anyone)\\b)\\p{Ll}[\\p{L}'-]*"
          + "(?=\\s+(?:takes|owns|handles|is\\s+on|" + RequestsToSomeone.TASK_VERBS + ")\\s+(?!(?:it|this|that)\\b)))"
          + "(?:'ll|\\s+will|\\s+is\\s+going\\s+to|\\s+takes|\\s+owns|\\s+handles|\\s+is\\s+on"
          + "|\\s+(?:" + RequestsToSomeone.TASK_VERBS + "))\\s+(?!be\\b|not\\b|never\\b)");

  /**
   * A question about how the plan goes on, which whoever leads the thread can settle by answering
   * it: "when do we resume the rollout?", "where do bugs go?", "how do releases work then?", "do
   * we keep develop?", "what about the docs cleanup?", "and time off in lieu after a night
   * page?", "does it apply to the secondary too?". Not "who…", "why…", "is it…" or "do we have…":
   * those ask what is.
   */
  static final Pattern PLAN_QUESTION = en(
      "^\\W*(?:(?:and|so|also|but|ok(?:ay)?)\\W+)?(?:when|where|how)\\s+(?:do|should|shall|will"
          + "|can|would)\\s+we\\b"
          + "|^\\W*(?:(?:and|so|also)\\W+)?where\\s+(?:do|does|should)\\s+[\\w\\s-]{1,30}?\\s+go\\b"
          + "|^\\W*(?:(?:and|so|also)\\W+)?how\\s+(?:do|does|will)\\s+[\\w\\s-]{1,30}?\\s+work\\b"
          + "|^\\W*(?:and\\s+)?what\\s+about\\b"
          // "and the 312 already restricted?", "and swaps, still just swap in the sheet?", "and
          // which venue do we book?": what becomes of a thing, what we do; not "and how do they
          // deliver?", "and when does the truck come?", "and when did we last rotate the keys?",
          // which ask how things are or were.
          + "|^\\W*and\\s+(?!(?:what|who|why|(?:how(?!\\s+about\\b)|when|where|which)"
          + "(?![^?]*\\b(?:do|should|shall|will|would|can|could|must|need\\s+to|have\\s+to)\\s+we\\b)|is|are"
          + "|was|were|did|do|does|has|have|had|can|could|will|would)\\b)[^?]*\\?\\s*$"
          + "|^(?!\\W*(?:is|are|was|were|did|has|have|had|who|what|why)\\b)[^?]*\\btoo\\s*\\?\\s*$"
          // Not "do we still have the photos from 2019?": whether something is there asks what is.
          + "|^\\W*(?:(?:and|so|also|but|ok)\\W+)?do\\s+we\\s+(?!(?:actually|already|even|really"
          + "|have|know|see|remember|think|get|understand|use|run|support|own|exist|work"
          + "|still\\s+have)\\b)\\w+"
          // "are we doing the owl display again?": whether what was done before is done again.
          + "|^\\W*(?:(?:and|so|also|but|ok)\\W+)?are\\s+we\\s+(?:\\w+ing|going\\s+to\\s+\\w+)\\b[^?]*"
          + "\\b(?:again|this\\s+(?:year|time|round))\\b");

  /** An answer given as a guess ("I think Omar does", "probably", "idk, maybe…"). */
  static final Pattern GUESS = en("\\b(?:probably|prob|likely|possibly|maybe|perhaps|idk|imo|imho"
      + "|i\\s+(?:think|guess|believe|reckon|suppose)|i\\s+don'?t\\s+think\\s+so|not\\s+sure"
      + "|might\\s+be|could\\s+be|in\\s+my\\s+opinion)\\b"
      // "think so?": the guess with its "I" left out, as chat writes it.
      + "|^\\W*think\\s+so\\b");

  /**
   * The one answering says the question is not theirs to decide: to open the answer ("not our
   * call, settlements handle that", "that's not up to us", "no, not for us to decide") or, in
   * words about deciding, to close it ("budget questions go to finance, not my call"). It answers
   * nothing and decides nothing, whoever says it (part of the non-answers). Not "it was not our
   * call back then, but going forward we require two approvals", nor "not up to US regs".
   */
  static final String NOT_OURS = EnglishCues.NOT_OURS_OPENING + "|(?:"
      + EnglishCues.NOT_OURS_CLOSING + ")(?=[\\s.!…]*$)";
  private static final String NOT_OURS_CLOSING = "not\\s+(?:my|our)\\s+(?:call|decision)"
      + "|not\\s+(?:up\\s+to|for)\\s+(?-i:me|us)(?:\\s+to\\s+(?:decide|say))?"
      + "|not\\s+ours\\s+to\\s+(?:decide|make|say)";
  private static final String NOT_OURS_OPENING = "^\\W*(?:(?:no|nope|sorry|honestly|tbh|well|hm+"
      + "|um+)\\W+)?(?:(?:that'?s|it'?s|that\\s+is|this\\s+is)\\s+)?(?:"
      + EnglishCues.NOT_OURS_CLOSING + ")\\b"
      // "your call jun, it's your look", "ravi that's yours, no idea what's in the license",
      // "up to you": the call handed to the one asking or named. Not "up to you to send it".
      + "|^\\W*(?:[a-z]+\\W+)?(?:(?:that'?s|it'?s|that\\s+is)\\s+)?(?:your\\s+(?:call|decision)\\b"
      + "|(?:all\\s+)?yours(?=\\s*(?:[,.;!…]|$))|up\\s+to\\s+you(?=\\s*(?:[,.;!…]|$)))";

  /** The answer opening by saying it is not theirs to decide ({@link #NOT_OURS}). */
  static final Pattern DISOWNS = en(NOT_OURS_OPENING);

  /** The one answering saying they may be wrong ("not 100% sure though", "don't quote me"). */
  static final Pattern UNSURE = en("\\bnot\\s+(?:100\\s*%\\s*|a\\s+hundred\\s+percent\\s+|entirely\\s+"
      + "|totally\\s+|completely\\s+)?(?:sure|certain)\\b|\\bdon'?t\\s+quote\\s+me\\b"
      + "|\\b(?:could|might)\\s+be\\s+wrong\\b|\\bno\\s+guarantees?\\b"
      // "agreed, i'll pass it on but no promises": promising nothing.
      + "|\\bno\\s+promises?\\b|\\b(?:can'?t|cannot)\\s+promise\\b"
      // "i might be able to borrow my brother's, will check": the guess still to be checked.
      + "|\\b(?:will|I'll|need\\s+to|have\\s+to|gotta)\\s+(?:check|confirm|double[-\\s]?check)\\W*$");

  /** What a reply does to the message it answers, in English ({@link ReplyWords}). */
  static final ReplyWords REPLY = new ReplyWords(
      en("^\\W*(?:(?:do\\s+you\\s+)?want\\s+me\\s+to|shall\\s+I|should\\s+I|can\\s+I|I\\s+can"
          + "|happy\\s+to)\\s+(?=.*\\?\\s*$)"
          // "i'll book the venue, ok?": a plan of one's own put to the others for their yes.
          + "|^\\W*I(?:'ll|\\s+will)\\s+(?=.*,\\s*(?:ok(?:ay)?|alright|all\\s+right|yeah)\\s*\\?\\s*$)"),
      // "ok who's updating the runbook?", "so who takes the pager?"; not "who signs off?", "who
      // decides?": asked in the present, most verbs ask whose role it is, not who will do it.
      // "who's the reseller, Ashdown?", "who is our contact there?": asks who someone is, not who
      // takes something on.
      en("^\\W*who(?:(?:'s|\\s+is)(?=\\s+(?!(?:the|a|an|our|your|their|that|this)\\b))"
          + "|'ll|\\s+will|\\s+can|\\s+could|\\s+wants\\s+to|\\s+takes|\\s+handles|\\s+owns"
          + "|\\s+does)\\s+"),
      en("^\\W*(?:me(?!\\s+(?:too|neither|either|as\\s+well)\\b)|i\\s+(?:can|will|could)|i'?ll|mine)\\b|\\bhappy\\s+to\\b|\\bI\\s+(?:can|will)\\s+"
          + "(?:do|take|run|handle)\\b|\\b(?:on\\s+me|leave\\s+it\\s+with\\s+me)\\b"),
      en("^\\W*(?:yes|yeah|yep|yup|sure|please|go\\s+(?:ahead|for\\s+it)|ok(?:ay)?|that\\s+would\\s+be"
          + "\\s+great)\\b"),
      // Not the yes that opens with no: "no problem, on it", "no worries".
      en("^\\W*(?:no(?!\\s+(?:problem|prob|probs|worries|sweat|biggie)\\b)|nope|nah|not\\s+really)\\b"),
      en("\\b(?:pr|mr|patch|diff|fix|build)(?:'s|\\s+is)\\s+up\\b|\\bneeds?\\s+(?:a\\s+)?review(?:er)?\\b"
          + "|\\bready\\s+for\\s+review\\b"),
      en("\\bI\\s+(?:did|ran|had|was)\\b(?!.*\\b(?:again|too|also)\\b)"));

  /**
   * A later day, week or month named for a choice ({@link #PUT_OFF}): "at the end of the month",
   * "in May", "on Monday", "next week", "in two weeks", "in Q3"; never one already past ("at the
   * end of last month").
   */
  private static final String LATER_DAY = "(?:(?:at|by|towards?|around)\\s+)?(?:the\\s+)?end\\s+of\\s+"
      + "(?:(?:the|this|next)\\s+)?(?:month|week|quarter|year|season|sprint)\\b"
      + "|(?:in|by|on|at|after)\\s+(?:early\\s+|mid-?|late\\s+)?(?:january|february|march|april|may|june"
      + "|july|august|september|october|november|december)\\b"
      + "|(?:on\\s+|by\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
      + "|(?:next|later\\s+this|early\\s+next)\\s+(?:week|month|quarter|year)\\b"
      + "|in\\s+(?:a|two|three|four|a\\s+few|a\\s+couple\\s+of|\\d+)\\s+(?:days?|weeks?|months?)\\b"
      + "|(?:in|by)\\s+q[1-4]\\b";

  /**
   * A body or a meeting that decides what is brought to it ({@link #PUT_OFF}): "the AGM", "a
   * vote", "the committee", "the parents' evening".
   */
  private static final String DECIDING_BODY = "(?:agm|egm|vote|board|committee|assembly|council"
      + "|trustees|exec|meeting|parents['’]?\\s+evening)\\b";

  /**
   * What is carried to a body or a meeting ({@link #PUT_OFF}): "it", "both options", "the
   * question"; not "them" ("we'll bring them to the offsite, 200 hoodies").
   */
  private static final String CARRIED = "(?:it|this|that|both(?:\\s+options)?"
      + "|the\\s+(?:question|decision|choice|options?))\\s+(?:back\\s+)?to\\s+";

  /**
   * Where the name of a body or a meeting a choice is carried to ends the phrase ({@link
   * #PUT_OFF}): "… goes to the committee.", "… to the board on the 3rd and …"; not "… goes to
   * meeting room 3" nor "… to the evening shift".
   */
  private static final String BODY_ENDS = "(?=\\s*(?:$|[.!?,;:)]|(?:and|to|for|on|in|at|next|this"
      + "|tomorrow|so|where|then|before|after)\\b|\\d))";

  /**
   * A body or a meeting a choice can be carried to ({@link #PUT_OFF}): a {@link #DECIDING_BODY}, or
   * a meeting that looks back or ahead ("the postmortem", "the retro", "the next sync"). Not for
   * what "goes to" it: "6.4 goes to review on the 5th" is a step of the work.
   */
  private static final String FORUM = "(?:" + DECIDING_BODY + "|postmortem|post-mortem|retro"
      + "|retrospective|review|sync|planning|offsite)\\b";

  /**
   * A question put off rather than settled ({@link Cues#isDeferral}): "not deciding that today",
   * "we won't settle it now", "leave it for later", "let's look at the numbers at thursday's
   * review", "punt on it"; and deciding put off until after something else ("let's decide that
   * after the rehearsal", "we'll decide once we've seen the numbers", "decide it when the quote is
   * in"), never "we decided after the call …" (a decision reported) nor "decide when to ship" (what
   * is to be decided).
   */
  static final Pattern PUT_OFF = en("\\bnot\\s+(?:deciding|settling|choosing|picking|committing)\\b"
      // "that's a budget conversation, not tonight", "that's an AGM vote, not ours": the choice
      // belongs to another time or to others, not to this conversation.
      + "|\\b(?:that'?s|it'?s|this\\s+is)\\s+an?\\s+(?:[\\w'’-]+\\s+){0,2}?(?:conversation|discussion"
      + "|decision|vote|call|question)\\s*[,;—–-]?\\s*(?:and\\s+)?not\\s+(?:one\\s+for\\s+)?(?:now|tonight"
      + "|today|here|ours|mine|us|for\\s+(?:now|today|tonight|us|here))\\b"
      // "let's not decide catering tonight", "no need to settle it today", "don't want to
      // pre-decide that": not deciding, said of now or of what is still to come.
      + "|\\b(?:won'?t|will\\s+not|not\\s+going\\s+to|no\\s+need\\s+to|don'?t\\s+need\\s+to"
      + "|can'?t|let'?s\\s+not)\\s+(?:pre-?)?(?:decide|settle|pick|choose)\\b[^.!?]{0,30}?\\b"
      + "(?:today|tonight|now|yet|here)\\b"
      // "we clearly can't settle this in a thread", "i'd rather not decide it over slack": not
      // decided in this conversation.
      + "|\\b(?:won'?t|will\\s+not|not\\s+going\\s+to|can'?t|let'?s\\s+not|shouldn'?t|rather\\s+not)\\s+"
      + "(?:decide|settle)\\b[^.!?]{0,30}?\\b(?:in|on|over)\\s+(?:slack|chat|here|(?:a|this|the)\\s+thread)\\b"
      + "|\\b(?:don'?t|do\\s+not)\\s+want\\s+to\\s+pre-?(?:decide|judge)\\b"
      + "|\\bno\\s+decision\\s+(?:today|now|yet)\\b"
      + "|\\b(?:leave|save|keep|put)\\s+(?:it|this|that)\\s+(?:for|till|until)\\s+(?:later"
      + "|another\\s+(?:day|time)|(?:the\\s+)?next\\s+[\\w-]+)\\b"
      + "|\\blook\\s+at\\s+(?:it|this|that|the\\s+[\\w-]+)\\b[^.!?]{0,30}?\\b(?:at|in|during)\\s+"
      + "(?:the\\s+|our\\s+|next\\s+)?(?:[\\w'-]+\\s+)?(?:review|retro|sync|meeting|planning"
      + "|standup|call)\\b"
      + "|\\bpunt(?:ing)?\\s+(?:on\\s+)?(?:it|this|that)\\b|\\bfor\\s+a\\s+later\\s+(?:date|time)\\b"
      + "|\\b(?:decide|settle)\\s+(?:(?:on\\s+)?(?:it|this|that)\\s+)?(?:after|once|when(?!\\s+to\\b))\\b"
      // "not yet, decide at 09:30 when we know more": deciding put off to a time of day.
      + "|\\b(?:decide|settle)\\s+(?:(?:on\\s+)?(?:it|this|that)\\s+)?(?:at|by|around|after)\\s+"
      + "(?:\\d{1,2}(?:[:.h]\\d{2})?\\s*(?:am|pm)?|noon|midday|lunch(?:time)?|tonight)(?!\\w)"
      // "we'll decide at the end of the month", "we'll see about it in May": put off to a later
      // day, week or month; never "we decided at the end of last month" (a decision reported) nor
      // "we need to decide by Friday whether …" (a deadline for a choice still asked).
      + "|\\b(?:(?:we'?ll|we\\s+will|let'?s|i'?ll)\\s+(?:decide|see)|(?<!\\bto\\s)(?<!must\\s)decide)\\s+"
      + "(?:(?:on\\s+|about\\s+)?(?:it|this|that)\\s+)?(?:" + LATER_DAY + ")"
      // "That's a Q1 problem.", "a problem for next year": the choice handed to a later quarter or
      // year; not "no problem for Q1, we ship".
      + "|\\bthat'?s\\s+(?:a|an)\\s+(?:q[1-4]|next[-\\s](?:year|quarter)|later|future)(?:'s)?\\s+(?:problem|issue|topic)\\b"
      + "|(?<!\\bno\\s)\\b(?:a\\s+)?(?:problem|issue|topic)\\s+for\\s+(?:q[1-4]|next\\s+(?:year|quarter)|later)\\b"
      // "we decide about vienna after her scan", "let's decide on the vendor next week": the same
      // with what is to be decided named between; never "we decided about vienna after her scan".
      + "|\\b(?:(?:we'?ll|we\\s+will|let'?s|i'?ll)\\s+)?(?<!\\bto\\s)(?<!must\\s)(?:decide|settle)\\s+(?:on|about)\\s+"
      + "(?!(?:it|this|that)\\b)[\\w'-]+(?:\\s+[\\w'-]+){0,3}?\\s+(?:(?:after|once|when(?!\\s+to\\b))\\b|(?:" + LATER_DAY + "))"
      // "we'll look at it after the bank meeting": looked at after a meeting, as at one.
      + "|\\b(?:we'?ll|we\\s+will|let'?s|i'?ll)\\s+look\\s+at\\s+(?:it|this|that|the\\s+[\\w-]+)\\b[^.!?]{0,30}?\\bafter\\s+"
      + "(?:the\\s+|our\\s+|next\\s+)?(?:[\\w'-]+\\s+)?(?:review|retro|sync|meeting|planning|standup|call)\\b"
      // "they report back by wednesday. we'll settle it then": decided once something said before
      // has happened; never "then we settle it like this: …".
      + "|\\b(?:we'?ll|we\\s+will|let'?s)\\s+(?:decide|settle|sort)\\s+(?:(?:it|this|that)\\s+(?:out\\s+)?)?then\\s*(?:[.!,]|$)"
      // "let's take it to the q3 planning", "we'll bring this to the next retro": a choice carried
      // to a later meeting.
      + "|\\b(?:we'?ll\\s+|let'?s\\s+)?(?:take|bring|carry)\\s+(?:it|this|that)\\s+(?:in)?to\\s+(?:the\\s+)?"
      + "(?:[\\w-]+\\s+)?(?:planning|roadmap\\s+review|retro|offsite)\\b"
      // "i'll check with finance and let you know this afternoon": the answer comes later.
      + "|\\bi'?ll\\s+(?:[\\w'-]+\\s+){0,5}?(?:let\\s+(?:you|y'?all|everyone|you\\s+all)\\s+know|get\\s+back\\s+to\\s+(?:you|y'?all))\\s+"
      + "(?:by\\s+\\w+|this\\s+(?:afternoon|evening|morning)|tomorrow|tonight|later\\s+today|after\\s+\\w+"
      + "|in\\s+(?:an?|\\d+)\\s+(?:hour|hours|min|mins|minutes))\\b"
      // "we'll look at it after christmas", "we'll look at it once the settlement text is signed",
      // "we'll sort that at monday's debrief", "let's revisit this in the new year": the group
      // looks at it later, after whatever comes first; "I'll look at it after lunch" is one's own
      // task, and "we'll sort it like this: …" settles it.
      + "|\\b(?:we'?ll|we\\s+will|we\\s+can|let'?s)\\s+(?:look\\s+at|sort|deal\\s+with|revisit|go\\s+over"
      + "|think\\s+about|tackle|figure\\s+out|pick\\s+up|talk\\s+about)\\s+(?:it|this|that|them)(?:\\s+(?:out|up|again))?"
      + "(?!\\s+(?:later\\s+)?(?:today|tonight|this\\s+(?:morning|afternoon|evening)))\\s+(?:after|once|when|at|in|on|over|during|next|later|the\\s+day\\s+after)\\b"
      // "let's look at the numbers at the end of q1", "we'll review the contract after the audit",
      // "let's discuss the pricing at the offsite": the same with the thing named, when what
      // comes after it is a later time or a later meeting; not "let's look at the logs in
      // grafana" nor "we'll review the PR today".
      + "|\\b(?:we'?ll|we\\s+will|we\\s+can|let'?s)\\s+(?:look\\s+at|review|revisit|discuss|go\\s+over|talk\\s+about"
      + "|reassess|re-?evaluate|decide\\s+on)\\s+(?:the\\s+|our\\s+|their\\s+)?[\\w'-]+(?:\\s+[\\w'-]+){0,3}?\\s+"
      + "(?:(?:after|once)\\s+(?!(?:lunch|this|that|it)\\b)|(?:at|by|before)\\s+the\\s+end\\s+of\\b|next\\s+(?:week|month|quarter|year|sprint|season)\\b"
      + "|in\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]"
      + "|the\\s+new\\s+year|a\\s+(?:week|month|few\\s+weeks)|\\d+\\s+(?:weeks|months))\\b"
      + "|at\\s+(?:the\\s+|our\\s+|next\\s+|[\\w-]+'s\\s+)?(?:[\\w-]+\\s+)?(?:debrief|meeting|review|retro|sync|planning|offsite|board|agm)\\b)"
      // "put it on the list for next month", "add it to the agenda", "put it on the retro
      // agenda", "add that to next week's agenda": carried to a later meeting.
      + "|\\b(?:put|add|pop|stick)\\s+(?:it|this|that)\\s+(?:on|to|in)\\s+(?:the\\s+|our\\s+)?(?:list|backlog"
      + "|parking\\s+lot|(?!(?:today|tonight|this\\s+(?:morning|afternoon|evening))['’]?s\\b|my\\b)(?:[\\w'’-]+\\s+){0,2}?agenda)"
      + "\\b(?!\\s+(?:for\\s+)?(?:today|now|tonight))"
      // "Longer term we trial ephemeral runners on one repo", "eventually we move the rest": a
      // plan for later, said beside what is done now; not "long-term storage moves to S3".
      + "|^\\W*(?:(?:and|but|so)\\s+)?(?:longer[\\s-]term|long[\\s-]term|in\\s+the\\s+long(?:er)?\\s+(?:run|term)|eventually|down\\s+the\\s+(?:road|line))(?:\\s*,\\s*|\\s+(?=(?:we|i|they|the\\s+team)\\b))"
      // "we decide that at the agm in september", "we'll decide it when the quote is in", "put
      // it on the retro agenda, we decide it there": the group deciding it at a later point or
      // meeting, whatever it is called; not "we decided that at the agm" (reported) nor "we
      // decide that now".
      + "|\\b(?:we'?ll|we\\s+will|we|let'?s)\\s+decide\\s+(?:that|it|this)\\s+(?!(?:now|today|here)\\b)(?:at|in|on|after|when|once|during|by|next|there(?=\\s*(?:$|[.!?,;:]|(?:once|when|after|then)\\b)))\\b"
      // "it goes to the AGM on the 14th and we vote there", "this needs to go to the committee",
      // "let's take both to the committee", "we'll put it to the members' meeting", "take it to
      // the harbour board": the choice carried to a body or a meeting that will make it. Not what
      // else goes there ("that's what goes to the board", a decision sent on; "anything over
      // £500 goes to the committee", a rule; "sarah goes to the board meeting"), nor "we put it
      // to a vote and it passed" (done), "I'll take it to the retro" (one's own task) or "put it
      // into the planning doc".
      + "|\\b(?:it|this|that|which|question|decision|proposal|motion|choice)\\s+(?:goes|will\\s+go|'ll\\s+go"
      + "|(?:has|needs)\\s+to\\s+go)\\s+to\\s+(?:a\\s+vote|(?:the\\s+|next\\s+)?(?:[\\w'’-]+\\s+){0,2}?" + DECIDING_BODY + ")"
      + BODY_ENDS
      + "|\\b(?:we'?ll|we\\s+will|let'?s|we\\s+(?:should|can|could|need\\s+to|have\\s+to))\\s+(?:take|bring|put|carry)\\s+"
      + CARRIED + "(?:a\\s+vote|(?:the\\s+|our\\s+|next\\s+|[\\w-]+['’]s\\s+)?(?:[\\w'’-]+\\s+){0,2}?" + FORUM + ")" + BODY_ENDS
      // Said as an instruction, to a body only: "take it to the harbour board"; not "take it to
      // review, it's ready".
      + "|^\\W*(?:just\\s+)?(?:take|bring)\\s+" + CARRIED
      + "(?:a\\s+vote|(?:the\\s+|our\\s+|next\\s+|[\\w-]+['’]s\\s+)?(?:[\\w'’-]+\\s+){0,2}?" + DECIDING_BODY + ")" + BODY_ENDS
      // "let's leave it to the AGM": left to the body that will decide it.
      + "|\\b(?:we'?ll|we\\s+will|let'?s)\\s+leave\\s+(?:it|this|that)\\s+(?:to|for)\\s+(?:the\\s+|next\\s+)?"
      + "(?:[\\w'’-]+\\s+){0,2}?" + DECIDING_BODY + BODY_ENDS
      // "we put both options to the parents' evening and decide there": decided where it goes.
      + "|\\b(?:vote|decide)\\s+(?:on\\s+(?:it|this|that)\\s+)?there\\s*(?:$|[.!?,;:])"
      // "that's a bigger change, i'd rather do it in the postmortem": this conversation is not
      // where it is done.
      + "|\\bi'?d\\s+rather\\s+(?:do|discuss|cover|handle|raise|settle|decide)\\s+(?:it|this|that)\\s+(?:in|at)\\s+"
      + "(?:the\\s+|our\\s+|next\\s+|[\\w-]+['’]s\\s+)?(?:[\\w'’-]+\\s+){0,2}?" + FORUM
      // "not planning july until embraer gives us the update": planning itself put off; not "not
      // planning any hires until q3" (a decision) nor "not planning to ship before the freeze".
      + "|\\bnot\\s+planning\\s+(?!(?:to|on|any|anything|for)\\b)[^.!?]{0,40}?\\b(?:until|till|before)\\b");

  /**
   * A question about how things will work from now on, which whoever leads the thread settles by
   * answering it, beside {@link #PLAN_QUESTION}: who holds a role ("who approves entry?", "who
   * owns CI in that world?", not "who's writing the copy?"), what becomes of something ("what
   * happens to paging?"), what a thing gets or includes ("do beta customers get a discount?",
   * "does that include the reporting replica?"), how a thing is set ("should the billing toggle
   * default to annual or monthly?"), a limit ("how long a grace period?", "what's the deadline?"),
   * after a label ("billing side: do we grandfather …?"). Not "how long does it take?": a fact.
   */
  static final Pattern RULE_QUESTION = en("^\\W*(?:[\\w-]+(?:\\s+[\\w-]+)?\\s*:\\s*)?(?:(?:and|so|also|ok)\\W+)?"
      + "(?:who\\s+(?:approves|owns|decides|signs\\s+off|gets\\s+paged|pays|is\\s+responsible"
      + "|is\\s+accountable|has\\s+the\\s+final\\s+say)\\b"
      + "|what\\s+happens\\s+(?:to|with)\\b"
      + "|(?:do|does|will|should)\\s+(?!(?:we|you|i|they|he|she)\\b)(?:[\\w-]+\\s+){1,4}?"
      + "(?:get|gets|include|includes|count|counts|keep|keeps|stay|stays|default|apply|applies"
      + "|page|pages|go|goes|need|needs|require|requires)\\b"
      + "|do\\s+we\\s+(?:still\\s+)?(?:grandfather|mention|announce|charge|include|offer|allow|page"
      + "|keep|count|require|cap|limit)\\b"
      + "|how\\s+(?:long|many|much|often|big|far)\\b(?=\\s+\\w)(?!\\s+(?:does|do|did|is|are|was|were|has|have"
      + "|had|will\\s+it|would\\s+it)\\b)"
      + "|what'?s\\s+the\\s+(?:deadline|cap|limit|budget|cutoff|cut-off|target\\s+date|scope"
      + "|rule|policy)\\b)"
      // "cost cap?", "pager?", "Airtable?": a thing named, put as the question.
      + "|^\\W*(?!(?:how|why|who|what|when|where|which|really|seriously|thoughts|ideas|anyone"
      + "|eta|status|update|news|done|ready|sure|right|ok|okay|yes|no|same|and|so)\\b"
      + "|.*\\b(?:how|why|who|what|when|where|which|i|think|guess|maybe|probably)\\b"
      + "|(?:is|are|was|were|do|does|did|can|could|should|will|would|has|have|any|it|this|that)\\b)"
      + "[a-z0-9][\\w-]*(?:\\s+(?:[+&/]\\s+)?[a-z0-9][\\w-]*){0,3}\\s*\\?\\s*$");

  /**
   * A plan put as the conclusion ({@link ConcludingPlans}): "ok, we stay on the fallback
   * overnight", "then we pause the rollout entirely", "so we renew for one more year". Not "we
   * need to …", "we should …", "we saw …" or "we can't …": needs, musings and reports.
   */
  static final Pattern CONCLUDED = en("^\\W*(?:(?:ok(?:ay)?|alright|right|great|good|fine|cool|yes|yeah"
      + "|perfect|thanks)\\W+){0,2}(?:(?:so|then|and)\\W+){0,2}we(?:'ll|\\s+will)?\\s+"
      + "(?!(?:see|wait|need|should|could|might|may|have|had|would|can|can't|cannot|don't|didn't"
      + "|doesn't|won't|were|are|was|got|think|know|saw|found|lost|did|went|made|just|also|still"
      + "|probably|already|never|all|both|only|really|actually|keep\\s+\\w+ing)\\b)[a-z]+(?<!ed)\\b"
      // "mobile keeps release branches for now", "staging only this time": a rule for a part.
      + "|^\\W*(?:(?:ok(?:ay)?|alright|right|fine|yes|yeah|no|nope|lol\\s+no)\\W+){0,2}"
      + "(?!(?:it|this|that|there|which|what|who|i|you|he|she|they)\\b)[\\w+/-]+(?:\\s+[\\w+/-]+){0,2}"
      + "\\s+(?:keeps|stays|goes|moves|gets|uses|owns|runs|ships)\\b(?!\\s+\\w+ing\\b)"
      + "[^.!?]*\\b(?:for\\s+now|from\\s+now\\s+on|going\\s+forward|this\\s+time)\\b"
      + "|^\\W*(?:(?:ok(?:ay)?|yes|no|nope|lol\\s+no)\\W+){0,2}[\\w-]+\\s+only\\s+(?:this\\s+time|for\\s+now)\\b"
      // "ok let's prioritise it": settling on a plan after what was said.
      + "|^\\W*(?:ok(?:ay)?|alright)\\W+let'?s\\s+(?!(?:see|wait|discuss|talk|decide|think|check|find"
      + "|revisit|look|ask|not|hold|park|table|sync|chat|figure)\\b)\\w+");

  /**
   * An arrangement that holds until something happens, or a step that waits for it: "UK/IE go
   * through Vonage until Twilio confirms a fix", "also pausing the 9am export to finance until
   * this is fixed", "nothing gets deleted until we've looked at the numbers", "5.13 goes out only
   * once QA signs off". Not "until we know more": a wait.
   */
  static final Pattern INTERIM = en(
      // Said as the plan: after "yes", "ok", "then", "also", by "we" or "let's", or in the -ing
      // form. "The local db keeps them in pending_ops until the app restarts" describes.
      "^\\W*(?:(?:(?:yes|yeah|ok(?:ay)?|so|then|also|and|fine|alright|right)\\W+){1,3}"
      + "(?:do\\s+it\\W+)?(?:[\\w/-]+\\s+){0,3}?|(?:[\\w/-]+\\s+){0,2}?(?:we|let'?s)\\s+|(?=\\w+ing\\b))"
      + "(?:go(?:es)?|stays?|keeps?|runs?|route[sd]?|routing|pause[sd]?"
      + "|pausing|hold(?:s|ing)?|freez(?:e|es|ing)|block(?:s|ed|ing)?|disabl(?:e|ed|ing)|serv(?:e|es|ing)"
      + "|remains?|fall\\s+back|falls\\s+back|switch(?:es)?|stop(?:s|ping)?)\\b[^.!?]{0,60}?\\b(?:until|till)\\s+"
      + "(?!" + WAIT_FOR_NEWS + ")"
      + "|\\bnothing\\s+(?:gets|is|will\\s+be)\\s+\\w+\\s+(?:until|before)\\b"
      + "|\\b(?:goes|go|ships?|gets\\s+(?:deployed|released))\\s+(?:out\\s+|live\\s+)?only\\s+(?:after|once|when)\\b");

  /**
   * What nobody may do, and for how long ({@code limit}: the words for "until"): "nobody restarts
   * it until EHS has looked at it", "no lifts at the haul-out until the harbour master has been",
   * "no drills on the reserve engine while engine 2 is out"; under a label of its own too
   * ("exclusion zone: nobody within 300m of T14 until …", "reminder: nobody mentions this …").
   * Not what nobody did ("nobody checked until monday").
   */
  private static String forbidding(String limit) {
    // "team, nobody deploys until …", "please nobody touches the router until …": a word to
    // everyone, or a please, may come first.
    return "^\\W*(?:(?:ok(?:ay)?|so|and|also|then|for\\s+now|please|pls|team|guys|folks|all"
        + "|everyone)\\W+){0,2}(?:[\\p{L}\\p{N}' -]{2,30}:\\s*)?"
        + "(?:(?:nobody|no\\s+one)(?!\\s+(?:\\w+ed|knows?|cares?|minds?)\\b)"
        // Not a state or a thing that is missing ("no wifi until noon", "no replies until after
        // the quarter close"): what nobody may do.
        + "|no\\s+(?!(?:idea|clue|worries|problem|rush|need|way|eta|update|news|change|word"
        + "|decision|answer|reply|repl(?:y|ie)|response|one|power|wi-?fi|signal|network|service"
        + "|tracking|alert|luck|heating|water|capacity|internet|coverage|access|data|sign)s?\\b)"
        + "\\p{L}{3,})\\b[^.!?]{0,60}?\\b(?:" + limit + ")\\s+"
        + "(?!" + WAIT_FOR_NEWS + ")";
  }

  /**
   * What nobody may do until something happens, a rule for everyone whoever says it ({@link
   * Cues#forbidsUntil}); not "while", which as often tells what nobody did ("nobody rang while it
   * was down").
   */
  static final Pattern FORBIDS_UNTIL = en(forbidding("until|till"));

  /**
   * Something kept as it is, or a step waiting, until something happens, with any subject: "the
   * sync job stays paused until the filter is fixed", "the old gateway remains until those 3
   * customers move", "we need it until those 3 move to the API", "the temp VLAN is switched off
   * once all 80 have the new cert". Said by
   * anyone it may describe how a system behaves; said by whoever leads the thread it is the plan
   * ({@link Cues#holdsUntil}).
   */
  static final Pattern HOLDS_UNTIL = en("\\b(?:stays?|remains?|keeps?|needs?\\s+(?:it|them|this|that)"
      + "|(?:is|are|gets?)\\s+(?:paused"
      + "|kept|pinned|frozen|disabled|blocked|switched\\s+off|turned\\s+off|on\\s+hold))\\b[^.!?]{0,60}?"
      + "\\b(?:until|till|once)\\s+(?!" + WAIT_FOR_NEWS + ")"
      // "#3 is out of service until thermo has been", "the top deck is off limits till i swap the
      // sensor": a thing taken out of use, and for how long.
      + "|\\b(?:is|are|goes|go)\\s+(?:out\\s+of\\s+(?:service|use|action)|off[\\s-]limits"
      + "|off\\s+the\\s+road|grounded|quarantined)\\b[^.!?]{0,60}?\\b(?:until|till)\\s+"
      + "(?!" + WAIT_FOR_NEWS + ")"
      // "for now: until the new gasket is in, the night tech checks the seal on every round".
      + "|^\\W*(?:(?:ok(?:ay)?|so|and|for\\s+now)\\W+){0,2}(?:until|till)\\s+"
      + "(?!" + WAIT_FOR_NEWS + ")[^,;.!?]{3,60},\\s*\\w"
      // What nobody may do, and for how long.
      + "|" + forbidding("until|till|while"));

  /**
   * "last week someone force-pushed over a release tag", "I tried the Jira SAML plugin last
   * year": a time already past, told as what happened rather than what comes next.
   */
  static final Pattern ANECDOTE = en("\\b(?:last\\s+(?:week|month|year|quarter|sprint|time|night"
      + "|summer|winter|spring|autumn|fall|january|february|march|april|may|june|july|august"
      + "|september|october|november|december)|yesterday|the\\s+other\\s+day|back\\s+(?:then|in\\s+\\d{4})"
      + "|(?:a\\s+(?:few|couple\\s+of)|\\d+|two|three|few)\\s+(?:days|weeks|months|years)\\s+ago"
      + "|at\\s+my\\s+(?:old|last|previous)\\s+(?:job|company))\\b");

  /**
   * "Fyi finance already approved the budget line", "Budget was approved last month": an
   * approval reported as news from elsewhere, not one given in the thread.
   */
  static final Pattern APPROVAL_REPORTED = en("\\b(?:already|was|were|has\\s+been|have\\s+been"
      + "|had\\s+been|got|been)\\s+(?:\\w+\\s+)?(?:approved|signed\\s+off|greenlit|green-lit)\\b"
      + "|\\bapproved\\s+(?:it\\s+|this\\s+|that\\s+)?(?:last\\s+\\w+|yesterday|earlier|already)\\b"
      // "approved the hotfix", "I approved your deploy": the one approving reports it done.
      + "|^\\W*(?:i\\s+(?:just\\s+)?)?approved\\s+(?:the|your|their|his|her|its)\\b");

  /**
   * "yes, that's the rule from day one", "…, that's policy": a reply or an aside that names what
   * was said a rule for what comes next.
   */
  static final Pattern RULE_AFFIRMED = en("\\b(?:that'?s|that\\s+is|this\\s+is|it'?s)\\s+(?:the\\s+|our"
      + "\\s+|a\\s+|company\\s+)?(?:rule|policy)\\b");

  /**
   * "dates: internal soft launch Jan 5, public Jan 12", "deadline for managers: Dec 10",
   * "agenda: …": a schedule or a scope put as a labelled line.
   */
  static final Pattern SCHEDULE_LABEL = en("^\\W*(?:(?:the|new|final|our)\\s+)?(?:dates?|deadline"
      + "|due\\s+date|agenda|scope|timing|cadence|window|maintenance\\s+window|launch\\s+dates?"
      + "|rollout|rollback|format)(?:\\s+for\\s+[\\w-]+)?\\s*:\\s*\\S");

  /**
   * "mac or linux; windows only on request", "…, except generated code", "unless their manager
   * re-approves": a rule given with its exception.
   */
  static final Pattern EXCEPTION = en("\\b(?:except(?:\\s+for)?|unless|other\\s+than"
      + "|apart\\s+from|only\\s+on\\s+request|only\\s+by\\s+exception)\\b");

  /**
   * A point left to be worked out later, in words the deferral cues do not hold: "rotation we
   * figure out later, not blocking", "we'll sort that out down the line", "that can wait". Not
   * "later today": a time for a plan. A point parked until a later meeting or time ("let's park
   * the tournament til the committee meeting", "shelve the rebrand until after the audit"; not
   * "park the van behind the hall", nor the place: "the park stays closed until the tree is
   * safe"), or left to be talked over in a quieter season or at leisure
   * ("let's talk that through over the winter", "we'll discuss it properly when things are
   * quieter"; not "we talked it through over the winter").
   */
  static final Pattern LEFT_FOR_LATER = en("\\b(?:figure|sort|work|hash|iron)\\s+(?:[\\w'-]+\\s+){0,3}?out\\s+"
      + "(?:[\\w'-]+\\s+){0,2}?(?:later|afterwards|down\\s+the\\s+(?:line|road)|as\\s+we\\s+go"
      + "|another\\s+time|closer\\s+to|nearer(?:\\s+to)?\\s+the)\\b"
      + "(?!\\s+(?:today|tonight|this)\\b)"
      // "summer party we decide with the parents council in june", "we'll decide that next
      // month": the choice given a later month or term; not "we decide today".
      + "|\\bwe(?:'ll|\\s+will)?\\s+decide\\b[^.!?]{0,40}?\\b(?:in|by|at\\s+the\\s+end\\s+of)\\s+"
      + "(?:january|february|march|april|may|june|july|august|september|october|november"
      + "|december|spring|summer|autumn|fall|winter|the\\s+new\\s+year)\\b"
      + "|\\bwe(?:'ll|\\s+will)?\\s+decide\\b[^.!?]{0,40}?\\bnext\\s+"
      + "(?:week|month|term|quarter|year)\\b"
      // "we revisit at platform sync on the 22nd": the point taken to a later meeting; not "we
      // revisit when we know the real ops cost", a decision with its review.
      + "|\\b(?:let'?s|we'?ll|we\\s+will|we)\\s+revisit\\b[^.!?]{0,20}?\\b(?:at|in|during)\\s+"
      + "(?:the\\s+|our\\s+|next\\s+|[\\w-]+'s\\s+)?(?:[\\w-]+\\s+)?(?:meeting|sync|stand-?up|retro"
      + "|call|board|committee)\\b"
      + "|\\b(?:we'?ll|we\\s+will|we|let'?s)\\s+(?:deal\\s+with|handle|tackle|worry\\s+about)\\s+"
      + "(?:it|that|this|those|[\\w-]+)\\s+later\\b(?!\\s+(?:today|tonight|this)\\b)"
      + "|\\b(?:that|it|this|the\\s+rest)\\s+can\\s+wait\\b|\\blater,?\\s+(?:it'?s\\s+)?not\\s+blocking\\b"
      // "let's sort the date in standup", "we'll settle that at the sync", "let's not worry
      // about that till the machine's here": the choice taken to a later meeting or moment.
      + "|\\b(?:let'?s|we'?ll|we\\s+will|we\\s+can)\\s+(?:sort|settle|decide|pick|agree|figure\\s+out)\\b"
      + "[^.!?]{0,30}?\\b(?:in|at|during|after)\\s+(?:the\\s+|our\\s+|tomorrow'?s\\s+|next\\s+|monday'?s\\s+)?"
      + "(?:stand-?ups?|sync|retro|huddle|weekly|planning|1:1)\\b"
      + "|\\b(?:let'?s\\s+not|don'?t|no\\s+need\\s+to)\\s+worry\\s+about\\s+(?:it|that|this|those)\\s+"
      + "(?:till|until|til|'til|before)\\b"
      + "|" + AS_VERB + "(?:park|shelve|table)\\s+(?:[\\w'-]+\\s+){1,4}?(?:til|till|until|'?til)"
      + "\\s+(?:the|our|next"
      + "|after|we|they|[\\w-]+day)\\b"
      + "|\\b(?:let'?s|we'?ll|we\\s+will|we\\s+can|we\\s+should)\\s+(?:talk|discuss|go\\s+over|chat\\s+about"
      + "|think\\s+about)\\b[^.!?]{0,40}?(?:\\b(?:in|over|during)\\s+the\\s+(?:winter|spring|summer"
      + "|autumn|fall|off-?season|quiet\\s+season)\\b|\\bat\\s+(?:our\\s+)?leisure\\b"
      + "|\\bwhen\\s+(?:things|it)\\s+(?:is|are|get|gets)\\s+quiet(?:er)?\\b)"
      // "parked until Q3", "no call on this until Monday", "let's sleep on it": the choice waits.
      + "|\\b(?:parked|shelved|tabled)\\s+(?:until|till|til|for\\s+now)\\b"
      + "|\\bno\\s+(?:call|decision)\\s+(?:on\\s+(?:this|that|it)\\s+)?(?:until|till|before)\\b"
      + "|\\b(?:let'?s|let\\s+me|i'?ll|we'?ll|i\\s+(?:need|want)\\s+to)\\s+sleep\\s+on\\s+(?:it|that|this)\\b"
      // "agreed in principle": agreement to the idea only, the choice still to make.
      + "|\\b(?:agreed?|ok(?:ay)?|fine|yes|on\\s+board)\\s+in\\s+principle\\b|\\bin\\s+principle,?\\s+(?:yes|agreed|ok|fine|i\\s+agree)\\b"
      // "yes but after the post mortem", "ok, but not before the audit": a yes put off until
      // something else has happened; not "yes, do it after the post mortem", the plan with its time.
      + "|^\\W*(?:yes|yeah|yep|sure|ok(?:ay)?|fine)\\W+but\\s+(?:only\\s+(?:after|once)|after|once"
      + "|not\\s+(?:until|till|before))\\s+[^.!?;,]{1,40}?(?:[.!;]|$)"
      // "yes but not now, after harvest": the same yes put off, said as "not now"; not "yes but not
      // now, do it tonight", the plan with its time, nor "yes, but not the north plot".
      + "|^\\W*(?:yes|yeah|yep|sure|ok(?:ay)?|fine)\\W+but\\s+not\\s+(?:now|yet|right\\s+now|today)"
      + "(?:\\W+(?:only\\s+)?(?:after|once)\\s+[^.!?;,]{1,40}?)?\\s*(?:[.!;]|$)"
      // "then we talk again", "let's talk about it again": the choice left to a later talk.
      + "|\\b(?:we(?:'ll|\\s+will)?|let'?s)\\s+(?:talk|speak|chat)\\s+(?:about\\s+(?:it|this|that)\\s+)?again\\b"
      // "we come back to this at the ops meeting", "let's come back to that when we know more":
      // the point returned to at a later meeting or once something is known. Not "revisit": "1
      // year. we revisit when we know the real ops cost" is a decision with its review.
      + "|\\b(?:come|circle|get)\\s+back\\s+to\\s+(?:it|this|that|these|those)\\b[^.!?]{0,20}?"
      + "\\b(?:(?:when|once)\\s+(?:we|they|[\\w-]+\\s+(?:is|are|has|have|hears?))\\b"
      + "|(?:at|in|during)\\s+(?:the\\s+|our\\s+|next\\s+|[\\w-]+'s\\s+)?"
      + "(?:[\\w-]+\\s+)?(?:meeting|sync|review|stand-?up|retro|call|board|committee|slt)\\b)"
      // "let's leave parking for the estates meeting next week": left to a later meeting.
      + "|\\b(?:let'?s|we'?ll|we\\s+can)\\s+leave\\s+(?:[\\w'-]+\\s+){1,3}?for\\s+(?:the\\s+|our\\s+"
      + "|next\\s+)?(?:[\\w'-]+\\s+){0,2}?(?:meeting|sync|review|call|board|committee|stand-?up|retro)\\b"
      // "we'll figure that out once we have the estimates"; "let's not pin one until 1.9 has been
      // out a week", "let's not pick split vs longer routes till jo hears back".
      + "|\\b(?:figure|sort|work)\\s+(?:it|this|that|those)\\s+out\\s+(?:once|when|after)\\b"
      + "|\\blet'?s\\s+not\\s+(?:pick|pin|decide|settle|choose|lock|fix|commit)\\b[^.!?]{0,40}?"
      + "\\b(?:till|until|til|before)\\b"
      // "we'll sort the twilight date at SLT on tuesday": a later meeting named by who meets.
      + "|\\b(?:let'?s|we'?ll|we\\s+will|we\\s+can)\\s+(?:sort|settle|decide|pick|agree|figure\\s+out)\\b"
      + "[^.!?]{0,30}?\\b(?:at|in|during|after)\\s+(?:the\\s+|our\\s+|next\\s+)?(?:[\\w'-]+\\s+)?"
      + "(?:meeting|review|slt|board|committee|call)\\b"
      // "give me till next wed", "give us until friday to decide", "give me a couple of days to
      // think it over": time asked for before an answer.
      + "|^\\W*(?:\\p{L}+\\W+)?(?:give|gimme)\\s+(?:me|us)\\s+"
      + "(?:(?:till|until|til|to)\\s+(?:[\\w'-]+\\s+){0,2}?"
      + "(?:tomorrow|tmrw|tonight|mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs"
      + "|thursday|fri|friday|the\\s+weekend|next\\s+[\\w'-]+|eod|eow|end\\s+of\\s+[\\w'-]+)\\b"
      + "|(?:a\\s+(?:day|week|couple\\s+(?:of\\s+)?days|few\\s+days)|the\\s+weekend)\\s+to\\s+"
      + "(?:think|decide|mull|sleep|consider|look\\s+at|check))");

  /**
   * A musing about what could have been done, or a wish said after the fact, never a decision:
   * "we could have moved to the vendor's API instead, but anyway", "should've caught that in
   * review", "there should be an alert when an import returns 0 rows"; the participle may be an
   * irregular one too ("we should have put a clause in the last contract", "ought to have sent it
   * sooner", "could've made it cheaper"), while "we should have it set up by Friday" is a plan.
   */
  static final Pattern HINDSIGHT = en("\\b(?:(?:could|should|would|might)(?:n'?t|\\s+not)?|ought\\s+to)\\s*(?:'ve|\\s+have)\\s+"
      // "we should have it done by Friday" is a plan: only an adverb may stand between.
      + "(?:(?:also|just|really|easily|probably|simply|totally|definitely)\\s+)?"
      + "(?:been|had|done|gone|known|seen|caught|put|set|let|cut|made|sent|told|taken|given|got|gotten"
      + "|kept|left|paid|bought|brought|built|chosen|written|spent|said|thought|held|run|\\w+ed)\\b"
      + "|\\bthere\\s+(?:really\\s+)?should\\s+(?:really\\s+)?be\\s+an?\\s+[^.!?]{0,60}?\\b(?:when|whenever|if)\\b"
      // "if we were starting from scratch i'd say datadog": what one would choose in another world.
      + "|\\bif\\s+(?:we|i|you|they)\\s+(?:were|had)\\b[^.!?]{0,80}?\\b(?:i'?d|we'?d|i\\s+would|we\\s+would)\\b"
      // "would be nice if the portal showed it": a wish nobody is asked to carry out.
      + "|\\b(?:would|it'?d)\\s+be\\s+(?:really\\s+|so\\s+)?(?:nice|cool|handy|lovely|great)\\s+(?:if|to)\\b"
      // "i'd love a second approved printer on contract long term. just saying": a wish for one's
      // own part, said to nobody ("I'd love to have …", "in an ideal world …", "just saying").
      + "|\\bi(?:'d|\\s+would)\\s+(?:really\\s+)?love\\s+(?:an?|some|more|to\\s+have|it\\s+if)\\b"
      + "|\\bin\\s+an\\s+ideal\\s+world\\b|\\bjust\\s+say(?:in'?|ing)\\b"
      // "long term we need a completeness check per partition", "rather fix the threshold than keep
      // silencing": a wish for some day, or a preference said in passing, put to nobody; not "long
      // term fix: we replace the pump in June" nor "we'll fix the threshold instead of silencing it".
      + "|\\b(?:long(?:er)?[\\s-]term|in\\s+the\\s+long\\s+(?:run|term))\\b[,:]?\\s+(?:we|you|they|it|there"
      + "|this|someone)\\b[^.!?]{0,20}?\\b(?:need|needs|want|should|ought|must|have\\s+to|has\\s+to)\\b"
      + "|^\\W*(?:but\\s+|tbh\\s+|honestly\\s+)?rather\\s+(?!than\\b)[^.!?]{1,60}?\\bthan\\b");

  /** A task named, or sent to a task of its own, never a decision of the thread: "that's a separate task", "we'll need someone to handle travel for the speakers". */
  static final Pattern TASK_NAMED = en("\\b(?:that'?s|it'?s|this\\s+is)\\s+(?:a\\s+|its\\s+own\\s+)?(?:separate|different|another|its\\s+own)\\s+"
      + "(?:task|ticket|issue|story|piece\\s+of\\s+work)\\b"
      // "agreed, that's a timetabling system ticket", "that's a ticket for estates": work for a
      // queue of its own.
      + "|\\b(?:that'?s|this\\s+is)\\s+an?\\s+(?:[\\w-]+\\s+){0,3}?ticket"
      + "(?:\\s+for\\b|\\s*(?:[.,;!)]|$))"
      + "|\\bwe(?:'ll|\\s+will)?\\s+(?:also\\s+)?need\\s+(?:someone|somebody|a\\s+volunteer|an\\s+owner)\\s+(?:to|for)\\b");

  /** An approval given in the first person: "I approve the refund", "ok, approving the exception". */
  static final Pattern APPROVAL_GIVEN = en("^\\W*(?:(?:ok(?:ay)?|yes|yeah|fine|then|alright)\\W+){0,2}(?:I\\s+approve|approving)\\b(?!\\s+of\\b)");

  /** Scope kept out or left as it is: "jenkins credentials stay as they are", "the warehouse is out of scope". */
  static final Pattern SCOPE_KEPT = en("\\b(?:stays?|remains?|is\\s+left|are\\s+left)\\s+as\\s+(?:it\\s+is|they\\s+are|is|before|today)\\b"
      + "|\\b(?:is|are|stays?)\\s+(?:out\\s+of|not\\s+in)\\s+scope\\b");

  /** A condition put before a step: "android needs the new crash reporter in before any external testers". */
  static final Pattern GATE = en("\\b(?:needs?|must|has\\s+to)\\s+(?:[\\w-]+\\s+){0,6}?(?:before|ahead\\s+of)\\s+(?:any|the|external|we|it)\\b");

  /**
   * A yes made to wait on someone still to ask ({@link Cues#waitsOnSomeone}): "not without
   * checking with <@wei>", "not before I've asked Dana", "only if legal signs off".
   */
  static final Pattern WAITS_ON_SOMEONE = en("\\bnot\\s+(?:without|before|until)\\s+"
      + "(?:(?:i|we)(?:'ve|\\s+have)?\\s+)?(?:first\\s+)?(?:checking|checked|check|asking|asked|ask"
      + "|talking|talked|talk|clearing\\s+it|cleared\\s+it|running\\s+it\\s+by|ran\\s+it\\s+by"
      + "|a\\s+(?:yes|ok|go-ahead)\\s+from|an\\s+ok\\s+from|sign-?off\\s+from|approval\\s+from)\\b");

  /**
   * Something said before taken back by name, named in group 1: "ok scratch the double bill",
   * "actually forget the pause".
   */
  static final Pattern WITHDRAWN_BY_NAME = en("^\\W*(?:(?:ok|okay|fine|fair|right|so|yeah|actually"
      + "|ugh|ffs|hm+)[\\s,.!:;—–-]+)*(?:scratch|forget(?:\\s+about)?)\\s+the\\s+([^,.;:!?—–]+)");

  /**
   * Words that take back what the speaker just said: "actually scratch that", "forget that",
   * "ignore me", "never mind", "I take that back", "on second thought", "wait, no". Not "never
   * mind the cost" nor "forget about the old plan, we …" said of something else.
   */
  static final Pattern WITHDRAWN = en("^\\W*(?:(?:ok|okay|oh|ah|hmm+|sorry|wait|no|nah|nope|right|actually|ugh|damn|argh|ok\\s+so)[\\s,.!:;—–-]+)*"
      + "(?:(?:scratch|strike|forget|ignore|disregard)\\s+(?:that|this|it|me|my\\s+last(?:\\s+(?:message|msg|one))?"
      + "|what\\s+i\\s+(?:just\\s+)?(?:said|wrote))(?!\\s+(?:is|was|are|were|\\w+ed)\\b)"
      + "|never\\s?mind(?!\\s+(?:the|that\\s+\\w+\\s+(?:is|was|are|were)|about\\s+the))|nvm"
      + "|i\\s+take\\s+(?:that|it)\\s+back|on\\s+second\\s+thoughts?"
      + "|(?:actually|wait)[\\s,.]+no(?:pe)?(?=\\s*(?:[,.!;:—–-]|$)))(?![\\w'])");

  /**
   * A fact set right, told in the past: "the fridge alarm tripped wednesday night, not tuesday",
   * "it was the eu-west cluster, not us-east": what happened, not what the thread settles. Not a
   * plan put on a day ("the launch is scheduled for friday, not thursday", "standup moved to
   * thursday, not friday"): that sets a date.
   */
  static final Pattern CORRECTION = en("\\b(?:was|were|happened|(?!(?:decided|agreed|settled|approved|picked|selected"
      + "|scheduled|rescheduled|planned|moved|pushed|postponed|booked)\\b)\\w{3,}ed)\\b"
      + "[^.!?;]{0,50}?,\\s*not\\s+(?:on\\s+|in\\s+|at\\s+|the\\s+)?(?!(?:before|after|yet|now|earlier|later|sooner)\\b)\\w+\\s*(?:[.!]|$)");

  /**
   * What one did or tried and what came of it, or a reading reported: "Called coolmaster
   * refrigeration, earliest they can come is tomorrow 8am", "I changed the batteries, still
   * nothing", "checked: pending refunds last week = €13.9k", "Datalogger says first reading above
   * 8 was 03:05". Not "we changed the policy", nor "Checked with legal: we go with B".
   */
  static final Pattern TRIED = en("^\\W*(?:i(?:'ve|\\s+have)?\\s+)?(?:just\\s+|already\\s+)?(?:called|rang|phoned"
      + "|checked|tried|retried|rebooted|restarted|replaced|changed|swapped|pinged|emailed|tested"
      + "|looked\\s+(?:at|into)|spoke\\s+(?:to|with)|talked\\s+to)\\b"
      + "|^(?=.*\\d)\\W*(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+)?\\s+(?:says|shows|reads)\\s+(?!(?:we|you|to|that\\s+we)\\b)"
      // "done, you can try again": the task reported done, handed back to be tried.
      + "|^\\W*(?:done|fixed)\\W+(?:you\\s+can|can\\s+you|try\\s+(?:it\\s+)?again|please\\s+(?:retry|try))\\b"
      // "PR up: #4182", "the fix is deployed to staging": the work reported underway. "the
      // installer only comes in July, nothing before": when someone can come, not a plan.
      + "|^\\W*(?:the\\s+|my\\s+)?(?:pr|mr|patch|diff)\\s+(?:is\\s+)?(?:up|open|opened|ready)\\b"
      + "|\\b(?:only|not)\\s+(?:comes?|arrives?|(?:is|are)\\s+(?:back|available|here))\\s+(?:in|on|at|after|until|till|before)\\b"
      + "|\\b(?:comes?|arrives?|can\\s+come|(?:is|are)\\s+(?:back|available))\\s+only\\s+(?:in|on|at|after)\\b"
      + "|\\b(?:won'?t|can'?t|doesn'?t|isn'?t|aren'?t)\\s+(?:come|arrive|be\\s+(?:here|back|available))\\s+(?:until|till|before)\\b"
      // "Costs 800, GM won't sign it.", "Spore test passed monday, log's in the blue binder.",
      // "Dock closed, pumps off.", "Police closed gate rd again.", "Rps flat, +0.3%, not
      // significant", "Spare 22 is at station 7 with a broken stretcher mount since tues", "Keys are
      // generated per attempt not per order.", "we sell about 60 dozen a week": a state, a reading
      // or a figure given; not "we keep the old keys until Friday", what holds from now.
      + "|^\\W*(?:it\\s+|that\\s+|this\\s+)?costs?\\s+(?:about\\s+|around\\s+|~)?[$£€]?\\d"
      + "|^\\W*(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+)?\\s+(?:test|check|inspection|audit)\\s+(?:passed|failed)\\b"
      + "|^\\W*(?:the\\s+)?[\\w-]+\\s+(?:closed|shut|off|down)\\W+(?:the\\s+)?[\\w-]+\\s+(?:closed|shut|off|down)\\W*$"
      + "|^\\W*(?:the\\s+)?[\\w-]+\\s+(?:closed|shut|blocked)\\s+(?:[\\w-]+\\s+){1,3}?again\\W*$"
      + "|^\\W*[\\w-]+\\s+(?:flat|up|down)\\W+[+\\-−]?\\d[\\d.,]*\\s*%"
      + "|^(?=.*\\d).*\\bnot\\s+(?:statistically\\s+)?significant\\b"
      + "|\\b(?:is|are)\\s+(?:at|in)\\s+(?:[\\w-]+\\s+){1,4}?(?:with\\s+(?:[\\w-]+\\s+){1,5}?)?since\\b"
      + "|^\\W*(?:the\\s+)?[\\w-]+\\s+(?:is|are)\\s+[a-z]+(?:ed|en)\\s+per\\s+[\\w-]+\\s*,?\\s*not\\s+per\\b"
      + "|\\bwe\\s+(?:sell|do|get|see|ship|serve|make)\\s+(?:about\\s+|around\\s+|roughly\\s+|~)?\\d[\\d,.]*\\s+(?:[\\w-]+\\s+){0,2}?(?:a|per|each)\\s+(?:day|week|month)\\b");

  /** A time already past, or a "when" clause, that tells when a story happened. */
  private static final String PAST_TIME = "\\b(?:when|ago|yesterday|earlier|last\\s+\\w+|this\\s+morning"
      + "|in\\s+(?:january|february|march|april|may|june|july|august|september|october|november"
      + "|december|\\d{4}))\\b";

  /** Verbs in the simple past: the common irregular ones and any regular "-ed". */
  private static final String PAST_VERB = "(?:lost|rode|fell|freed|had|was|were|did|went|came|took"
      + "|got|said|told|sent|saw|found|left|ran|broke|[a-z]{3,}ed)";

  /**
   * A story told in the past: someone else did something ("Their courier rode with the truck,
   * no idea whether he even looked at the logger", "Customer services called her this morning,
   * she's ok"), or we did, with when it happened ("we lost more people when omar fell asleep at
   * his desk in october"). Not "we changed the policy", a change reported without a time, nor a
   * sentence that goes on to what will be ("… so we'll …", "until …").
   */
  static final Pattern NARRATED = en("^\\W*(?:(?:they|he|she|(?:their|his|her|the)\\s+[\\w-]+"
      + "|[\\w-]+\\s+(?:services|team|support|desk))\\s+(?:just\\s+|already\\s+)?" + PAST_VERB + "\\b"
      + "|(?:we|i)\\s+(?:just\\s+|already\\s+)?" + PAST_VERB + "\\b(?=.*" + PAST_TIME + "))"
      + "(?!.*\\b(?:will|'ll|going\\s+to|let'?s|from\\s+now|until|till)\\b)"
      // "st mark's hall said we can use their cold room again", "ops told us it's fine": what
      // someone else said, reported.
      + "|^\\W*(?!(?:i|we|you)\\b)(?:[\\w'’.-]+\\s+){1,4}?(?:said|says|told\\s+(?:us|me|them)|confirmed|mentioned|replied"
      + "|wrote(?:\\s+back)?)(?:\\s+that)?\\s+(?:we|they|it|he|she|you)\\b");
}
