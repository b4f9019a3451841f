package dev.roundup.digest;

/**
 * A question a thread had open at the subscriber's previous digest and has answered since.
 *
 * @param text         the question as the summary lists it
 * @param questionTs   ts of the message that asked it
 * @param answerTs     ts of the first reply since the previous digest by someone other than the
 *                     asker (the link target), or of the first reply since when the asker alone
 *                     replied
 * @param answerAuthor who wrote that reply, or null when unknown
 */
public record AnsweredQuestion(String text, String questionTs, String answerTs, String answerAuthor) {}
