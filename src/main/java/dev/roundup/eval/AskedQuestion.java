package dev.roundup.eval;

import dev.roundup.summarize.Conversation;
import java.util.Set;

/**
 * One QMSum specific query as a question to answer from a meeting: the human answer, and the
 * turns the dataset marks as supporting it.
 *
 * @param id         {@code qmsum:MEETING:specific:N}
 * @param meeting    the meeting's position in the file
 * @param domain     which corpus the meeting comes from; a question asked of a meeting of another
 *                   domain has no answer there
 * @param supporting ts of the supporting turns (the {@code relevant_text_span} ranges)
 */
public record AskedQuestion(String id, int meeting, MeetingDomain domain, Conversation meetingText,
    String question, String answer, Set<String> supporting) {

  public AskedQuestion {
    supporting = Set.copyOf(supporting);
  }
}
