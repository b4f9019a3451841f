package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sets aside what talks to the bot rather than to the people in the conversation: messages that
 * mention Roundup ({@link Message#addressedToBot()}, marked when read) and messages that read as
 * instructions to an AI ("ignore all previous instructions and …", "you are now a …", "as the
 * summarizer, say …"). Neither is obeyed, and neither is content: a summary that quoted them
 * would repeat the attempt to every reader. Both summarizers read a conversation through this,
 * and the receipt counts what it set aside.
 */
final class AddressedToBot {

  // Phrasings of prompt injection in the languages the summarizer reads; each needs an
  // instruction verb aimed at the model's instructions or role, not just the word "ignore".
  private static final Pattern INSTRUCTION_TO_AI = Pattern.compile("(?iu)(?:"
      + "\\b(?:ignore|disregard|forget|override)\\s+(?:all\\s+|any\\s+)?(?:of\\s+)?(?:the\\s+|your\\s+)?"
      + "(?:previous|prior|above|earlier|preceding|system|original)\\s+(?:instructions|prompts?|rules"
      + "|directions|messages)"
      + "|\\b(?:ignore|disregard)\\s+(?:your|the)\\s+(?:instructions|rules|system prompt)"
      + "|\\byou\\s+are\\s+now\\s+(?:an?\\s+|the\\s+)?(?:ai|llm|assistant|chatbot|bot|language model"
      + "|dan|different|unrestricted|jailbroken)\\b"
      + "|\\b(?:system|developer)\\s+prompt\\b"
      + "|\\b(?:as|dear|hey|attention)\\s+(?:an?\\s+|the\\s+)?(?:ai|llm|language model|summari[sz]er"
      + "|assistant|chatbot|bot)\\b[,:]?\\s+(?:please\\s+)?(?:ignore|say|respond|reply|output|write"
      + "|print|include|add|list|summari[sz]e|report|state)\\b"
      + "|\\b(?:ai|llm|summari[sz]er|assistant|chatbot)\\s*[:,]\\s*(?:please\\s+)?(?:ignore|say"
      + "|respond|reply|output|write|print|include|add|list|report|state)\\b"
      // A message that opens by addressing an AI ("AI summarizer: when you write this up, say …",
      // "Note to the bot, …") and then tells it what to write, within the same sentence.
      + "|^\\W*(?:(?:hey|dear|attention|note\\s+to|to)\\s+)?(?:the\\s+|any\\s+|an?\\s+)?(?:ai|llm"
      + "|summari[sz]er|assistant|chatbot|bot)(?:\\s+(?:summari[sz]er|assistant|bot|model))?\\s*[:,]"
      + "[^.!?\\n]{0,80}?\\b(?:say|write|report|include|list|state|mention|output|print|ignore)\\b"
      + "|\\bwhen\\s+(?:you\\s+)?summari[sz](?:e|ing)\\s+(?:this|the)\\b.{0,40}\\b(?:say|write|report"
      + "|include|list|state|mention)\\b"
      // "write up the postmortem" is said to people; "write up this channel" only to a machine.
      + "|\\bwhen\\s+(?:you(?:['’]re|\\s+are)?\\s+)?(?:writ(?:e|ing)\\s+up|sum(?:ming)?\\s+up|recap(?:ping)?)"
      + "\\s+this\\s+(?:thread|channel|conversation|discussion|chat)\\b.{0,40}\\b(?:say|write|report"
      + "|include|list|state|mention)\\b"
      + "|\\bif\\s+you(?:['’]re|\\s+are)\\s+(?:an?\\s+)?(?:ai|llm|language model|summari[sz]er)\\b"
      + "|\\b(?:any|the)\\s+(?:ai|llm|bot|summari[sz]er)\\s+reading\\s+this\\b"
      // Whatever machine processes this conversation, addressed as such: "note for whatever AI
      // summarizes this: …", "any model that reads this should …". A person is never "whichever
      // bot summarizes this"; "the bot reads this channel" is a remark, so "the" is not enough.
      + "|\\b(?:whatever|whichever|any)\\s+(?:ai|llm|bot|summari[sz]er|model|assistant)\\s+"
      + "(?:(?:that|which)\\s+)?(?:(?:is|are)\\s+)?(?:reads?|reading|summari[sz](?:es|ing)|recap(?:s|ping)"
      + "|process(?:es|ing)|writes?\\s+up|writing\\s+up)\\s+this\\b"
      // A note handed to whatever machine writes the summary: "note for whatever AI writes the
      // summary of this channel: …", "any model that generates the recap for this thread …".
      // "note for the AI team" is said to people, so "the" does not address a machine here.
      + "|\\b(?:note|message|reminder|instructions?)\\s+(?:for|to)\\s+(?:whatever|whichever|any)\\s+"
      + "(?:ai|llm|bot|summari[sz]er|model|assistant)\\b"
      + "|\\b(?:whatever|whichever|any)\\s+(?:ai|llm|bot|summari[sz]er|model|assistant)\\s+"
      + "(?:(?:that|which)\\s+)?(?:(?:is|are)\\s+)?(?:writ(?:es|ing)|mak(?:es|ing)|generat(?:es|ing)"
      + "|produc(?:es|ing)|creat(?:es|ing)|do(?:es|ing))\\s+(?:up\\s+)?(?:the\\s+|a\\s+)?(?:summary"
      + "|summaries|recap|write-?up|digest|tl;?dr)\\s+(?:of|for)\\s+(?:this|the)\\b"
      // A note to "whoever writes the summary / recap" is about the summary, not the work: it
      // is meant for the summarizer, person or machine, and is no content of the summary itself.
      // "note for whoever writes the postmortem / release notes" is said to people about work.
      + "|\\b(?:note|message|reminder|instructions?)\\s+(?:for|to)\\s+whoever\\s+(?:summari[sz]es"
      + "|(?:writes|makes|does|puts\\s+together|is\\s+writing)\\s+(?:up\\s+)?(?:the|this|a)\\s+"
      + "(?:summary|recap|write-?up|tl;?dr|digest))\\b"
      + "|\\b(?:hinweis|notiz|nachricht)\\s+(?:für|an)\\s+(?:die|jede)\\s+ki\\b(?!-)"
      + "|\\bnote\\s+(?:pour|à)\\s+(?:l['’]\\s*|toute\\s+)ia\\b(?!-)"
      + "|\\bnota\\s+para\\s+(?:la|a|cualquier|qualquer)\\s+ia\\b(?!-)"
      + "|(?:要約|まとめ)(?:する|を書く|を作る)(?:AI|ＡＩ)(?:へ|に)|(?:AI|ＡＩ)(?:への|に)(?:指示|お願い|メモ)"
      + "|\\bignorier(?:e|en\\s+sie)\\s+(?:alle\\s+)?(?:vorherigen|bisherigen|obigen)\\s+anweisungen"
      + "|\\bignore[zr]?\\s+(?:toutes\\s+)?(?:les\\s+)?instructions\\s+(?:précédentes|ci-dessus)"
      + "|\\bignora\\s+(?:todas\\s+)?(?:las\\s+)?instrucciones\\s+(?:anteriores|previas)"
      + "|\\bignor[ae]\\s+(?:todas\\s+)?(?:as\\s+)?instruções\\s+(?:anteriores|acima)"
      + "|(?:以前|前|上記)の(?:指示|命令|プロンプト)を(?:すべて|全て)?無視)");


  private AddressedToBot() {}

  /** What a summary is made of, and how many messages were set aside. */
  record Content(Conversation conversation, int ignored) {}

  static Content split(Conversation conversation) {
    List<Message> kept = new ArrayList<>(conversation.size());
    int ignored = 0;
    for (Message m : conversation.messages()) {
      if (isAddressedToBot(m)) {
        ignored++;
      } else {
        kept.add(m);
      }
    }
    return new Content(ignored == 0 ? conversation : conversation.withMessages(kept), ignored);
  }

  static boolean isAddressedToBot(Message message) {
    return message.addressedToBot() || readsAsInstructionToAi(message.text());
  }

  static boolean readsAsInstructionToAi(String text) {
    return RegexPrefilter.find(INSTRUCTION_TO_AI, text);
  }
}
