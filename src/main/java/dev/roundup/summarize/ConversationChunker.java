package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Splits a conversation too long for one prompt into chunks of whole messages under a token
 * budget. A thread (parent and replies) stays in one chunk when it fits, because a reply read
 * without its parent is easy to misread; a thread larger than the budget is split between
 * messages.
 */
final class ConversationChunker {

  private final int budgetTokens;
  private final ToIntFunction<Message> cost;

  ConversationChunker(int budgetTokens, ToIntFunction<Message> cost) {
    this.budgetTokens = Math.max(1, budgetTokens);
    this.cost = cost;
  }

  List<List<Message>> split(Conversation conversation) {
    List<List<Message>> chunks = new ArrayList<>();
    List<Message> current = new ArrayList<>();
    int currentCost = 0;
    for (List<Message> unit : threadUnits(conversation)) {
      int unitCost = unit.stream().mapToInt(cost).sum();
      if (unitCost > budgetTokens) {
        // Too big to keep whole: continue the running chunk message by message.
        for (Message message : unit) {
          int messageCost = cost.applyAsInt(message);
          if (!current.isEmpty() && currentCost + messageCost > budgetTokens) {
            chunks.add(current);
            current = new ArrayList<>();
            currentCost = 0;
          }
          current.add(message);
          currentCost += messageCost;
        }
        continue;
      }
      if (!current.isEmpty() && currentCost + unitCost > budgetTokens) {
        chunks.add(current);
        current = new ArrayList<>();
        currentCost = 0;
      }
      current.addAll(unit);
      currentCost += unitCost;
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }

  /** Top-level messages alone, or with their replies, in order of first appearance. */
  private static List<List<Message>> threadUnits(Conversation conversation) {
    Map<String, List<Message>> units = new LinkedHashMap<>();
    for (Message message : conversation.messages()) {
      String root = message.isThreadReply() ? message.threadTs() : message.ts();
      units.computeIfAbsent(root, key -> new ArrayList<>()).add(message);
    }
    return new ArrayList<>(units.values());
  }
}
