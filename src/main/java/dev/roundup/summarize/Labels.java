package dev.roundup.summarize;

import java.util.Map;

/**
 * The words around a summary, in the conversation's language: section titles and the receipt
 * ("12 messages, 4 participants; 1 message addressed to the bot was ignored"). A reader of a
 * German thread gets German headings; a language without a table here gets English.
 *
 * @param source         the label of the link after a point or a quoted message, to the message
 *                       it rests on ("source")
 * @param asked          who an open question was sent on to ("— asked: finance")
 * @param leftOutHeading the receipt's "Left out" before what was set aside
 * @param readThread     the receipt's opening for a thread read: "Read the thread"
 * @param readWhat       its opening for anything else read, {@code %s} for what ("Read %s")
 * @param threadSummary  the heading of a thread's summary ("Thread summary")
 * @param summaryOf      the heading of any other summary, {@code %s} for what ("Summary of %s")
 * @param sizeFrom       how many messages from how many people: {@code %1$s} the messages,
 *                       {@code %2$s} the people ("%1$s from %2$s")
 * @param counts one-or-many forms: messages, participants, addressed to the bot, dropped items,
 *               removed owners, threads, files read, bot posts, files not read, people; each
 *               entry is {singular, plural} with {@code %d} for the number
 */
public record Labels(String tldr, String highlights, String keyPoints, String decisions,
    String actionItems, String openQuestions, String due, String source, String decided, String asked,
    String nothing, String leftOutHeading, String readThread, String readWhat,
    String threadSummary, String summaryOf, String sizeFrom, String[][] counts) {

  static final int MESSAGES = 0;
  static final int PARTICIPANTS = 1;
  private static final int TO_BOT = 2;
  private static final int UNSOURCED = 3;
  private static final int OWNERS = 4;
  static final int THREADS = 5;
  static final int FILES_READ = 6;
  static final int BOT_POSTS = 7;
  static final int FILES_NOT_READ = 8;
  private static final int PEOPLE = 9;

  public static final Labels ENGLISH = new Labels("TL;DR", "Highlights", "Key points", "Decisions",
      "Action items", "Open questions", "due", "source", "Decided", "asked", "nothing to summarize",
      "Left out", "Read the thread", "Read %s",
      "Thread summary", "Summary of %s", "%1$s from %2$s", new String[][] {
          {"%d message", "%d messages"}, {"%d participant", "%d participants"},
          {"%d message addressed to the bot was ignored",
              "%d messages addressed to the bot were ignored"},
          {"%d item that cited no message of the conversation was dropped",
              "%d items that cited no message of the conversation were dropped"},
          {"%d owner who is not in the conversation was removed",
              "%d owners who are not in the conversation were removed"},
              {"%d thread", "%d threads"}, {"%d file", "%d files"},
          {"%d post by a bot", "%d posts by bots"}, {"%d file not read", "%d files not read"},
          {"%d person", "%d people"}});

  private static final Map<String, Labels> BY_LANGUAGE = Map.of(
      "en", ENGLISH,
      "de", new Labels("Kurz gesagt", "Wichtigste Punkte", "Wichtigste Punkte", "Entscheidungen",
          "Aufgaben", "Offene Fragen", "fällig", "Quelle", "Entschieden", "gefragt",
          "nichts zusammenzufassen",
          "Weggelassen", "Thread gelesen", "%s gelesen", "Thread-Zusammenfassung",
          "Zusammenfassung von %s", "%1$s von %2$s", new String[][] {{"%d Nachricht", "%d Nachrichten"},
              {"%d Teilnehmer", "%d Teilnehmende"},
              {"%d Nachricht an den Bot wurde ignoriert",
                  "%d Nachrichten an den Bot wurden ignoriert"},
              {"%d Punkt ohne Quelle im Gespräch wurde verworfen",
                  "%d Punkte ohne Quelle im Gespräch wurden verworfen"},
              {"%d Verantwortliche(r) außerhalb des Gesprächs wurde entfernt",
                  "%d Verantwortliche außerhalb des Gesprächs wurden entfernt"},
              {"%d Thread", "%d Threads"}, {"%d Datei", "%d Dateien"},
              {"%d Bot-Beitrag", "%d Bot-Beiträge"},
              {"%d Datei nicht gelesen", "%d Dateien nicht gelesen"},
              {"%d Person", "%d Personen"}}),
      "fr", new Labels("En bref", "Points clés", "Points clés", "Décisions", "Actions",
          "Questions ouvertes", "échéance", "source", "Décidé", "demandé à", "rien à résumer", "Écarté", "Fil lu", "Lu dans %s",
          "Résumé du fil", "Résumé de %s", "%1$s de %2$s", new String[][] {
              {"%d message", "%d messages"}, {"%d participant", "%d participants"},
              {"%d message adressé au bot a été ignoré",
                  "%d messages adressés au bot ont été ignorés"},
              {"%d élément sans source dans la conversation a été écarté",
                  "%d éléments sans source dans la conversation ont été écartés"},
              {"%d responsable absent de la conversation a été retiré",
                  "%d responsables absents de la conversation ont été retirés"},
              {"%d fil", "%d fils"}, {"%d fichier", "%d fichiers"},
              {"%d message de bot", "%d messages de bots"},
              {"%d fichier non lu", "%d fichiers non lus"},
              {"%d personne", "%d personnes"}}),
      "es", new Labels("En resumen", "Puntos clave", "Puntos clave", "Decisiones",
          "Tareas", "Preguntas abiertas", "fecha", "fuente", "Decidido", "consultado", "nada que resumir",
          "Omitido", "Hilo leído", "Leído en %s", "Resumen del hilo", "Resumen de %s", "%1$s de %2$s", new String[][] {{"%d mensaje", "%d mensajes"},
              {"%d participante", "%d participantes"},
              {"%d mensaje dirigido al bot se ignoró",
                  "%d mensajes dirigidos al bot se ignoraron"},
              {"%d elemento sin fuente en la conversación se descartó",
                  "%d elementos sin fuente en la conversación se descartaron"},
              {"%d responsable ajeno a la conversación se quitó",
                  "%d responsables ajenos a la conversación se quitaron"},
              {"%d hilo", "%d hilos"}, {"%d archivo", "%d archivos"},
              {"%d mensaje de bot", "%d mensajes de bots"},
              {"%d archivo sin leer", "%d archivos sin leer"},
              {"%d persona", "%d personas"}}),
      "pt", new Labels("Em resumo", "Pontos principais", "Pontos principais", "Decisões",
          "Tarefas", "Perguntas em aberto", "prazo", "fonte", "Decidido", "consultado", "nada para resumir",
          "Deixado de fora", "Thread lida", "Lido em %s", "Resumo da thread", "Resumo de %s", "%1$s de %2$s", new String[][] {{"%d mensagem", "%d mensagens"},
              {"%d participante", "%d participantes"},
              {"%d mensagem dirigida ao bot foi ignorada",
                  "%d mensagens dirigidas ao bot foram ignoradas"},
              {"%d item sem fonte na conversa foi descartado",
                  "%d itens sem fonte na conversa foram descartados"},
              {"%d responsável fora da conversa foi removido",
                  "%d responsáveis fora da conversa foram removidos"},
              {"%d thread", "%d threads"}, {"%d arquivo", "%d arquivos"},
              {"%d mensagem de bot", "%d mensagens de bots"},
              {"%d arquivo não lido", "%d arquivos não lidos"},
              {"%d pessoa", "%d pessoas"}}),
      "ja", new Labels("要約", "要点", "要点", "決定事項", "アクションアイテム", "未解決の質問",
          "期限", "出典", "決定", "確認先", "要約する内容がありません", "除外", "スレッドを確認", "%sを確認",
          "スレッドの要約", "%sの要約", "%2$sから%1$s", new String[][] {
              {"%d件のメッセージ", "%d件のメッセージ"}, {"参加者%d人", "参加者%d人"},
              {"ボット宛てのメッセージ%d件を無視しました", "ボット宛てのメッセージ%d件を無視しました"},
              {"会話に出典のない項目%d件を除外しました", "会話に出典のない項目%d件を除外しました"},
              {"会話にいない担当者%d人を外しました", "会話にいない担当者%d人を外しました"},
              {"スレッド%d件", "スレッド%d件"}, {"ファイル%d件", "ファイル%d件"},
              {"ボットの投稿%d件", "ボットの投稿%d件"},
              {"読めなかったファイル%d件", "読めなかったファイル%d件"}, {"%d人", "%d人"}}));

  /** The labels for an ISO 639-1 code; English for any other. */
  public static Labels of(String language) {
    return BY_LANGUAGE.getOrDefault(language == null ? "en" : language, ENGLISH);
  }

  /**
   * "12 messages, 4 participants; 1 message addressed to the bot was ignored": the size of what
   * was read, then whatever was left out, each only when it happened.
   */
  public String receipt(Summary.Stats stats) {
    String line = count(MESSAGES, stats.messages()) + ", "
        + count(PARTICIPANTS, stats.participants());
    String leftOut = leftOut(stats);
    return leftOut.isEmpty() ? line : line + "; " + leftOut;
  }

  /** What was left out, or "" when nothing was. */
  public String leftOut(Summary.Stats stats) {
    StringBuilder out = new StringBuilder();
    int[] left = {stats.addressedToBot(), stats.unsourcedDropped(), stats.ownersDropped()};
    int[] kinds = {TO_BOT, UNSOURCED, OWNERS};
    for (int i = 0; i < left.length; i++) {
      if (left[i] > 0) {
        out.append(out.isEmpty() ? "" : "; ").append(count(kinds[i], left[i]));
      }
    }
    return out.toString();
  }

  /** A receipt part as a sentence of its own: first letter upper-cased. */
  public static String sentence(String part) {
    return part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1);
  }

  /**
   * The heading of a summary: "Thread summary: 24 messages from 6 people" for a thread ({@code what}
   * null), "Summary of #eng: …" for anything else.
   */
  public String heading(String what, int messages, int people) {
    return (what == null ? threadSummary : String.format(summaryOf, what)) + ": "
        + size(messages, people);
  }

  /** "24 messages from 6 people". */
  public String size(int messages, int people) {
    return String.format(sizeFrom, count(MESSAGES, messages), count(PEOPLE, people));
  }

  /** "5,001 messages": digits grouped as in the summary's heading. */
  String count(int kind, int n) {
    return counts[kind][n == 1 ? 0 : 1].replace("%d", grouped(n));
  }

  /**
   * The number with its digits grouped. Below a thousand there is nothing to group, and the
   * formatter (which builds its locale's symbols afresh on every call) is skipped: counts are
   * written for every summary, and almost all of them are small.
   */
  private static String grouped(int n) {
    return n > -1000 && n < 1000 ? Integer.toString(n) : String.format("%,d", n);
  }
}
