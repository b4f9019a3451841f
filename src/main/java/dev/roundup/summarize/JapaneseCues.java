package dev.roundup.summarize;

import static dev.roundup.summarize.Cues.p;

import java.util.regex.Pattern;

/**
 * How people phrase each step of a conversation in Japanese: the words {@link Cues} describes, and
 * the words the conversation model reads replies with ({@link ReplyWords}). The rules that use
 * them are language-neutral; only the wording lives here.
 */
final class JapaneseCues {

  private JapaneseCues() {}

  static final Cues CUES = new Cues(
      p("決定|(?:予定|計画)変更[:：]|決めました|決まりました|に決め|で行きましょう|でいきましょう|それで行きます|承認"
          + "|で進めます|にします|ことにします|ことにしました|で決まり|でいきます|今後は|これからは"),
      p("まだ決まって|未定|検討中|次の(?:定例|会議|ミーティング)で|後で決め|あとで決め|様子を見"
          + "|わかりません|分かりません|かもしれません|保留|まだ決めて|決めていません|次回"
          + "|会議で(?:決め|相談)|で相談しましょう|後回し"
          // "件数次第かな", "法務の返事待ちです": it depends, or it waits on someone.
          + "|次第|待ち(?:です|ましょう|で)|様子見"),
      p("しましょう|ましょう|べきです|した方がいい|はどうでしょう|提案|(?:た|る)(?:方|ほう)がいい"
          + "|にしませんか|でいきませんか|はどうですか|(?:ルール|スケジュール|日程)[:：]"),
      p("^\\W*(?:賛成|了解|承知しました|それでいきましょう|進めてください|やってください)\\W*$"),
      p("^\\W*(?:\\d[\\p{N}日時:：/-]*(?:で)?(?:大丈夫です|OKです|問題ないです)"
          + "|\\+1|賛成|了解|承知|いいですね|いいと思います|同意|承知しました|そうですね"
          + "|異論(?:は)?ありません|問題(?:は)?ありません|わかりました|それでお願いします|👍|✅)"),
      p("でも|しかし|反対|ちょっと待"),
      p("(?:私|わたし|僕|ぼく|自分)が.{0,60}?ます"
          // "切り戻します", "対応します": a reply that is only the verb, in the polite form.
          + "|^[\\s\\p{P}]*(?!検討)[\\p{IsHan}\\p{IsKatakana}]"
          + "(?:[\\p{IsHan}\\p{IsKatakana}]|[\\p{IsHiragana}&&[^をにがはでとへものや]]){0,10}?"
          + "(?:します|いたします|しておきます)[。！!]?\\s*$|やっておきます|(?:対応|担当|確認|連絡|作成|修正"
          + "|調査|共有)します|調べます|送ります|(?:書き|やり|用意し|準備し)ます"
          + "|(?!決定|承認|提案|判断)\\p{IsHan}{2,}(?:します|しておきます|いたします)(?:ね)?(?=[。！!]|$)"
          // "参加者に聞いてみます", "資料を送っておきます": trying or seeing to it, said politely.
          + "|\\p{IsHiragana}[てで](?:みます|おきます)(?:ね)?(?=[。！!]|$)|やります(?:ね)?(?=[。！!]|$)"
          // "田中さんに聞かないといけません": an obligation taken on.
          + "|(?<!なら|れば|たら)\\p{IsHiragana}(?:なければ(?:なりません|いけません)|ないといけません)"
          + "(?:ね)?(?=[。！!]|$)"),
      p("と思います|かもしれません"),
      p("(?:誰か|どなたか).{0,30}(?:お願いします|できますか|もらえますか)"),
      // "<@tanaka> 棚卸ししてもらえる？": asked casually, too; any verb's te-form asks
      // ("手順を調べてもらえますか", "担当者に声をかけてください"), not only する's.
      p("[\\s、,]*(?:さん)?[\\s、,]*(?:.{0,40}?(?:お願いします|[てで](?:もらえますか|もらえませんか"
          + "|いただけますか|いただけませんか|ください)"
          + "|[てで](?:もらえる|くれる)(?:かな)?[？?]|お願いできる[？?]))"),
      p("^\\W*(?:了解|承知|やります|対応します|はい)"),
      // "ちょっと考えさせてください": not yet thought through.
      p("^\\W*(?:(?:ちょっと|少し)?考えさせて|まだ決まって|まだ決めて|わかりません|分かりません|わからない|分からない|未定|誰も|いい質問"
          + "|うーん|どうでしょう|どうだろう|さあ|知らない|知りません)"
          // "法務に聞いてください、正直わかりません": not knowing, said last.
          + "|(?:わかりません|分かりません|わからない(?:です)?|分からない(?:です)?|知りません)[。…]*$"),
      p("(" + Cues.MENTION + "|\\p{L}+?さん|\\p{L}+?チーム|経理|法務|人事|総務|情シス)"
          + "(?:に(?:確認|聞い|聞き|相談|問い合わせ)|の(?:返事|回答|確認)待ち|次第)"),
      p("(?:ますか|ですか|でしょうか)[？?]?$"),
      p("^\\W*(?:はい|いいえ|まだです|そうです|完了)"),
      p("^\\W*(?:おはよう|こんにちは|お疲れ様|ちなみに|共有です|参考まで|お知らせ)"),
      p("解決しました|見つかりました"),
      p("^\\W*(?:決定事項|TODO|タスク)\\s*[:：\\-–—]\\s*"),
      p("^\\W*(?:ありがとう(?:ございます)?|了解です|👍|\\+1)\\W*$"));

  /** "Done", "Rollback done": a report that what was taken on is finished. */
  static final Pattern DONE = p("完了|終わりました|対応しました|戻りました|復旧しました|済みです|予約しました|送りました"
          + "|送信しました|共有しました|押さえました");

  /**
   * "問い合わせの5件には私から復旧の連絡をします": the speaker naming themselves as the one it
   * comes from (私から), with a polite verb, takes it on (action items).
   */
  static final Pattern PLAN_IN_PRESENT = p("(?:私|わたし|僕|ぼく|自分)から.{0,60}?(?:します|しておきます"
      + "|いたします|送ります|伝えます|連絡します)(?:ね)?(?:[。！!]|$)"
      // "パイプラインの部分は手伝います": help taken on for a part.
      + "|(?:の|を)(?:部分|ところ)?(?:は|を)?手伝います");

  /**
   * A reply that puts a question off or says nobody has looked at it ({@link
   * EnglishCues#LEAVES_OPEN}): "今日は決めません", "まだ誰も見ていません" (open questions).
   */
  static final Pattern LEAVES_OPEN = p("今日は決めません|まだ誰も(?:見て|確認して|検討して)いません"
      + "|別の議論|後で考えましょう"
      // "来週の定例で決めましょう", "1月に検討しましょう": put off to a meeting or a time.
      + "|(?:来週|来月|再来週|\\d+月|下期|次回)(?:の[^。、\\s]{1,8})?(?:で|に)(?:決め|検討し|話し)ましょう"
      // "いったん保留で", "定例の議題に入れておきます", "決める前に法務に確認します".
      + "|保留(?:で|に|しましょう|します)|議題に(?:入れ|載せ|追加し)|決める前に"
      // "ローテーションは後で考えます", "月曜に確定します": put off, said plainly.
      + "|(?:後で|あとで|月曜|火曜|水曜|木曜|金曜|明日)(?:日)?(?:に)?(?:考え|確定し|決め|確認し)ます");

  /** A question reported ("…か聞かれました", "…か問い合わせがありました") (open questions). */
  static final Pattern INDIRECT_QUESTION = p("か(?:と|って)?(?:聞かれ|質問され|問い合わせ)"
      // "スパイクタイヤが自転車レーンで使えるか誰か知ってる": asked of everyone.
      + "|か(?:どうか)?[、,]?\\s*誰か(?:知って|わかる|分かる)");

  /**
   * A reminder to whoever is doing something ("忘れずに…", "必ず…しておいて"): a task once the one it is
   * said to takes it ("will do"); advice otherwise.
   */
  static final Pattern REMINDER = p("忘れずに|必ず.{0,40}(?:して|しておいて)(?:ね|ください)?");

  /**
   * A task given to someone named, by name or mention (group 1), the task after the match, also
   * after an acknowledgement by whoever hands it out: "伊藤さんが手順書を書きます", "じゃあ、伊藤さんが
   * 手順書をお願いします".
   */
  static final Pattern ASSIGNED = p("^\\W*(?:(?:じゃあ|では|それでは)[、,\\s]*)?(" + Cues.MENTION
      + "|\\p{L}+?)さんが");

  /**
   * A question about how the plan goes on ({@link EnglishCues#PLAN_QUESTION}): "時間は？", "祝日
   * の場合はどうしますか？", "サポートチームもですか？".
   */
  static final Pattern PLAN_QUESTION = p("^[^、。？?\\s]{1,12}は[？?]$|はどうします(?:か)?[？?]?$"
      + "|どうしましょう(?:か)?[？?]?$|もですか[？?]?$"
      // "今年もフクロウの展示やりますか？": whether what was done before is done again.
      + "|^(?:今年|今回|次回)も.*(?:やります|します|やる|する)(?:か)?[？?]?$");

  /** An answer given as a guess ("たぶんそうです", "佐藤さんだと思います"). */
  static final Pattern GUESS = p("たぶん|多分|おそらく|と思います|と思う|気がします|かな(?=[。！!？?、]|$)|個人的には|私の意見では");

  /** The one answering saying they may be wrong ("自信ないですが", "うろ覚えですが"). */
  static final Pattern UNSURE = p("自信(?:が|は)?(?:ない|ありません)|確かではない|確かじゃない|うろ覚え"
      + "|間違っているかもしれません|(?:約束|保証)(?:は|も)?でき(?:ません|ない)"
      // "兄の車を借りられるかもしれません、確認します": still to be checked.
      + "|(?:確認します|確認してみます|聞いてみます)[。！!]*$");

  /** What a reply does to the message it answers, in Japanese ({@link ReplyWords}). */
  static final ReplyWords REPLY = new ReplyWords(
      p("(?:しましょうか|やりましょうか|おきましょうか|しておきましょうか)[？?]?$"),
      p("(?:誰|どなた)が"),
      p("^\\W*(?:私|わたし|僕|ぼく|自分)(?:が|で)"),
      p("^\\W*(?:はい|お願いします|ぜひ|お願い)"),
      p("^\\W*(?:いいえ|いや)"),
      p("(?:PR|プルリク)(?:を)?(?:出しました|上げました)|レビュー(?:を)?お願いします"),
      p("(?:前回|去年)(?:は)?(?:私|僕)が"));

  /**
   * A question put off rather than settled ({@link Cues#isDeferral}): "後で決めましょう", "今日は
   * 決めない", "また今度", "持ち越し", "先送り"; and deciding put off until after something else
   * ("それはリハ後に決めましょう", "結果を見てから決めたい", "見積もり次第で決めます"), never "リハ後に決めた手順で
   * 行きます" (a decision already taken) nor "決めました".
   */
  static final Pattern PUT_OFF = p("後で決め|あとで決め|(?:今日|今)は決め(?:ない|ません)|決めずに"
      + "|また今度|改めて(?:決め|相談|検討)|持ち越し|先送り"
      + "|(?:後に|[てで]から|次第で)決め(?:ましょう|よう|たい|ます(?!し)|る(?!こと))"
      // "まだ。9時半に決めましょう": put off to a time of day.
      + "|\\d{1,2}(?:時(?:半|\\d{1,2}分)?|[:：]\\d{2})(?:頃|ごろ)?(?:に|までに)決め(?:ましょう|よう|たい"
      + "|ます(?!し)|る(?!こと))");

  /**
   * A question about how things will work from now on ({@link EnglishCues#RULE_QUESTION}): "誰が
   * 承認しますか？", "対面とオンラインのどちらにしますか？".
   */
  static final Pattern RULE_QUESTION = p("誰が(?:承認|決め|判断)|どちらにします|どっちにします");

  /**
   * A plan put as the conclusion ({@link ConcludingPlans}): "では、まず証明書を更新して復旧を優先で",
   * "じゃあ来週から週1回にします".
   */
  static final Pattern CONCLUDED = p("^(?:では|じゃあ|それでは|なので|とりあえず)[、,]?.{2,}"
      + "(?:にします|しましょう|でいきます|で行きます|で進めます|を優先で|を優先します)[。！!]?$");

  /**
   * An arrangement that holds until something happens ({@link EnglishCues#INTERIM}): "修正が出る
   * までは旧バージョンで運用します".
   */
  static final Pattern INTERIM = p("まで(?:は)?[^。]{0,30}(?:止めます|停止します|継続します|維持します|運用します"
      + "|使います|にします)");

  /**
   * 「フィルタが直るまで同期は止めたままにする」「80台に証明書が入り次第、一時VLANは止める」: 何かが
   * 起きるまでそのままにする、または起き次第動く ({@link EnglishCues#HOLDS_UNTIL})。
   */
  static final Pattern HOLDS_UNTIL = p("(?:まで(?:は)?|次第)[^。]{0,30}(?:たまま|のまま|止め|停止|維持|残す|残し|必要)"
      // 「パッキンが交換されるまでは、夜勤が巡回ごとにドアを確認する」: それまでの取り決め.
      + "|^[^。、]{2,30}(?:まで(?:は|の間)?)、[^。]{2,60}(?:する|します|こと)[。！!]*$");

  /** 「先週誰かが…」「去年…」「前回は…」: 過去の話。 */
  static final Pattern ANECDOTE = p("先週|先月|去年|昨年|昨日|昨夜|昨晩|前回|この前|前の会社");

  /** 「経理はもう承認済みです」「先月承認されました」: よそで済んだ承認の報告。 */
  static final Pattern APPROVAL_REPORTED = p("承認済み|(?:もう|既に|すでに)[^。]{0,10}承認|承認され(?:まし|てい)");

  /** 「それがルールです」「そういう決まりです」。 */
  static final Pattern RULE_AFFIRMED = p("(?:それが|そういう)(?:ルール|決まり|方針)");

  /** 「日程：…」「締め切り：12/10」「アジェンダ：…」: 日程や範囲を見出しで。 */
  static final Pattern SCHEDULE_LABEL = p("^\\W*(?:日程|日付|締め切り|締切|期限|アジェンダ|議題|範囲"
      + "|スコープ|メンテナンス枠)\\s*[:：]\\s*\\S");

  /** 「生成コードを除いて」「申請があれば例外」: 例外つきのルール。 */
  static final Pattern EXCEPTION = p("を除いて|を除き|以外は|は例外|申請があれば|申請制");

  /**
   * 「ローテーションは後で考えよう」「後回しでいい」: 後で詰める点。会議まで保留にする点
   * (「大会は14日の委員会まで保留にしましょう」)や、別の季節にゆっくり話す点(「冬にゆっくり話しましょう」;
   * 「冬にゆっくり話した」は違う)も。
   */
  static final Pattern LEFT_FOR_LATER = p("(?:後で|あとで|後ほど|追って)(?:考え|詰め|相談|検討|調整)|後回し"
      + "|ブロッカーではない"
      + "|まで(?:は)?(?:保留|棚上げ|寝かせ)"
      + "|(?:冬|春|夏|秋|年明け|閑散期|シーズンオフ|落ち着いたら|落ち着いてから)(?:に|にでも)?(?:ゆっくり|じっくり)?"
      + "(?:話し|相談し|検討し)(?:ましょう|よう|たい)"
      + "|(?:ゆっくり|じっくり)(?:話し合い|話し|相談し|検討し)(?:ましょう|よう)");

  /** 「APIに移行することもできたけど」「アラートがあるべきだった」: 後からの感想や願望。決定ではない。 */
  static final Pattern HINDSIGHT = p("べきだった|べきでした|ばよかった|こともでき(?:た|ました)|があるべき"
      // 「ゼロから始めるならDatadogなんだけどね」「もし最初からだったらDatadogにしたのに」
      + "|(?:ゼロから|一から|最初から)[^。]{0,20}(?:なら|だったら|たら)[^。]{0,30}(?:けど|のに)"
      // 「ポータルに表示されたらいいのに」: 誰も引き受けない願い.
      + "|(?:たら|れば|と)(?:いい|良い)のに");

  /** タスクの名指しや別タスク扱い。スレッドの決定ではない: 「それは別タスクだね」「誰か担当が必要」. */
  static final Pattern TASK_NAMED = p("別タスク|別チケット|別件(?:だ|です|で)|誰か[^。]{0,20}(?:必要|いない)");

  /** 「返金を許可します」: 一人称での承認. */
  static final Pattern APPROVAL_GIVEN = p("(?:承認|許可)します(?:ね)?(?:[。！!]|$)");

  /** 「Jenkinsの認証情報はそのままにする」「スコープ外」: 手を付けない範囲. */
  static final Pattern SCOPE_KEPT = p("はそのまま(?:に|で)?(?:する|します|しましょう|で行|でいい|にしておく)|スコープ外|対象外(?:とする|にする|です)");

  /** 「外部テスターの前にクラッシュレポーターが必要」: ある段階の前の条件. */
  static final Pattern GATE = p("前に[^。]{0,20}(?:必要|必須|入れる|入れておく)");

  /**
   * A yes made to wait on someone still to ask ({@link Cues#waitsOnSomeone}): "<@wei>に確認しないと無理",
   * "田中さんに相談してからでないと決められない", "部長の了承なしではできない".
   */
  static final Pattern WAITS_ON_SOMEONE = p("(?:に|と)(?:確認|相談|聞か|聞い|話さ)(?:し)?(?:ないと|なければ|てからでないと|てからじゃないと)"
      + "|(?:確認|相談|了承|許可|承認|OK)(?:なしで|なしに|せず(?:に)?)は");
}
