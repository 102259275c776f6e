// What is being done, from two kinds of words that go together in one sentence, where no lexicon phrase can list
// every pairing: a detail of theirs with a verb that exposes it (名前と勤め先を書かれた, "posted my address and where
// I work") is their personal information exposed; a way of reaching them with a word of repetition (毎晩非通知で
// かけてくる, "dozens of texts every night") is contact that does not stop; a public place or a post with a verb of
// being put up by someone else (掲示板に書かれてる, "there's a thread about me", "the video went viral") is
// something up that hurts them, which the corpus README counts as remove-posts whether or not they ask. All on
// folded text (foldForTriage).
import { JAPANESE, LATIN } from "./interpret-context.js";

/** One reading the words make true (a need, or that a crime was done to them), with the words that told it. */
export interface ActFound {
  reading:
    | "need:personal-info"
    | "need:stop-contact"
    | "need:remove-posts"
    | "need:tracking"
    | "need:intimate-images"
    | "need:identify-poster"
    | "need:impersonation"
    | "audience:crime-victims"
    | "audience:sexual-violence-victims";
  start: number;
  end: number;
  words: string[];
}

/** A sentence (a run between sentence ends). The patterns below are tried on each, and take its first match. */
const SENTENCE = /[^。.!?！？\n]+/g;

/**
 * A detail of theirs. Words that are also places or people (学校, 職場, 会社) count only as the thing itself, before
 * a particle that makes it the object (職場を, 学校名), not as where something happens (職場の人, 学校の裏サイト).
 */
const JA_DETAIL =
  /本名|実名|旧姓|名前|なまえ|住所|じゆうしよ|電話番号|でんわばんごう|番号(?=を|が|も|まで|と)|勤め先|勤務先|しごとば|仕事場|職場(?=を|が|も|まで|と|名)|会社(?=名|の名前|を|が|も|まで)|学校(?=名|の名前|を|が|も|まで)|大学名|学部|学年|部屋番号|まんしよん名|表札|(?:お前|おまえ|あんた|君)の(?:家|実家)|家(?=(?:どこか|の場所|も|は|を)?(?:知つ|しつ|わか|分か|ばれ|特定))|住んで(?:る|いる)(?:区|市|町|場所|所|とこ)|顔写真|顔(?=を|と|も|が|まで)|家の写真|いえの写真|(?:家|いえ)のしやしん|家の場所|在留かど|自宅|最寄り|最寄駅|車のなんば|本あか|個人情報/;
/** A verb that exposes it, in its stem so any ending follows (書かれ, 載せられた, 晒して, ばらされ). */
const JA_EXPOSE =
  /書か|書い|書き込|かかれ|かいて|載せ|のせ|載つ|晒|さらさ|さらし|さらす|出され|出して|出さ|だされ|貼ら|貼つ|はら|はつ|公開|拡散|広め|ひろめ|広ま|ばらさ|ばらし|ばらす|ばれ|バレ|特定|突き止|つきとめ|調べ|しらべ|知られ|しられ|回され|まわされ|流され|流し|ながされ|暴露|さらけ|教え|出てる|出てま|出とる|出ちや|分かつ|わかつ|言いふら|いいふら|知つて|しつて|知つと|しつと|上げ|上がつ|あげられ|あがつて|撮られ|撮ら|撮つ|合つて|あつてる/;
const EN_DETAIL =
  /\b(?:my|her|his|our|their)\s+(?:own\s+)?(?:full\s+|real\s+|home\s+|work\s+|school\s+|new\s+|old\s+)?(?:name|address|adress|addy|apt|room(?:\s+number)?|deadname|visa(?:\s+status)?|salary|nationality|area|phone(?:\s+number)?|number|school|workplace|employer|company|office|face|location|house|home|apartment|flat|building|plate|license plate|dorm|university|uni|college|station|neighbou?rhood|namae|apaato|juusho|univercity|front door)\b|\b(?:company|university|school|apartment|uni)(?:'s)? name\b|\broom is [0-9]+|\bwhere\s+(?:i|you|she|he|we|they)\s+(?:live|lives|work|works|study|studies|go to school|goes to school)\b|\b(?:which|what)\s+(?:school|hotel|(?:train )?station|train|day-care|daycare|gym|office|building|floor|hospital|company)\b|\b(?:pics|photos|pictures|videos?)\s+of\s+(?:my|our|her|his)\s+(?:house|home|apartment|car|street|door)\b/;
const EN_EXPOSE =
  /\b(?:post(?:ed|ing|s)?|shar(?:ed|ing|es)|leak(?:ed|ing|s)?|dox+(?:ed|ing)?|expos(?:ed|ing|es)|put\s+(?:it\s+)?(?:up|out|online)|spread(?:ing|s)?|publish(?:ed|ing)|reveal(?:ed|ing|s)|wrote|written|found out|found|finds|figured out|tracked down|dug up|knows|knew|asking|asked|asks|naming|named|told|telling|sent|sending|tagged|uploaded|know|spamming|pic of|filmed|filming|photographed|took (?:photos|pics|pictures|a photo|a picture|a pic) of)\b|(?<!\bi\s)\b(?:dropped|drops|write|writes|put|puts|using)\b/;

/** A private fact (their sexuality, gender history, health) with a verb that spreads it: outing. */
// れず only before what follows a noun: 忘れずに, 離れず are verbs.
const JA_PRIVATE =
  /げい|ばいせく|ばい(?=な|だ|つて)|れず(?=だ|で|つて|かつ|び|の)|とらんす|性的指向|性自認|同性愛|病気|病歴|持病|前科|家庭の事情|年収|給料|あうていんぐ/;
const JA_SPREAD =
  /言いふら|いいふら|ばらさ|ばらし|ばらす|ばれ|広め|広ま|話され|言われ|言つた|教え|あうて|書か|書い|呟か|つぶやか|拡散/;
const EN_PRIVATE =
  /\b(?:(?:i'?m|i am|that i'?m|was)\s+(?:gay|bi|bisexual|lesbian|trans|queer|hiv|pregnant)|my (?:sexuality|diagnosis|deadname|pre-transition)|outed)\b/;
const EN_SPREAD =
  /\b(?:told|tells|telling|outed|spread|spreading|posted|shared|sending|sent|showed|announced|announcing)\b/;

/** A way of reaching them. */
// メール folds to める, which also ends やめる and 止める: only before a verb of coming or sending (メール来てる).
const JA_CONTACT =
  /連絡|れんらく|電話|でんわ|言われ|いわれ|聞かれ|きかれ|着信|非通知|めつせ|(?<!ん)らいん|(?<![a-z])line|(?<![a-z])dm|める(?=が(?:来|き|く)|(?:来|き)て|で(?:連絡|送)|を(?:送|くれ))|通知|りぷ|こめんと|手紙|てがみ|ぷれぜんと|いんたほん|ちやいむ/;
/** A word of repetition or of no end. */
const JA_REPEAT =
  /毎日|まいにち|毎晩|まいばん|毎朝|毎回|毎週|何度も|なんども|何回も|なんかいも|何十|何百|[0-9]+件|[0-9]+回|ずつと|しつこ|延々|えんえん|続け|続い|つづけ|つづい|止まらな|とまらな|鳴り止まな|鳴りやまな|やまな|一日中|昼夜|夜中|深夜|真夜中|次々|つぎつぎ|またき|また来|別の(?:あか|垢|番号|あかうんと)|たまに|何通も|なんつうも|[月週日]に(?:一|1|二|2|三|3|何)(?:度|回)|毎月|してく(?:る|ん)|してきま|してきよ|してきて(?:る|ます)/;
const EN_CONTACT =
  /\b(?:messag(?:e|es|ed|ing)|texts?|texted|texting|calls?|called|calling|telephon(?:e|es|ed|ing)|likes?|liked|liking|doorbell|buzzer|rang|rung|comes (?:in|by)|came (?:in|by)|(?:asking|asks|asked) (?:me|her|him) for|sending (?:me|her|him)|sends (?:me|her|him)|dms?|dm'?d|dming|emails?|emailed|mail|comments?|commented|commenting|repl(?:y|ies|ied)|letters?|gifts?|voicemails?|notifications?|rings?|ringing|knocks?|knocking)\b/;
const EN_REPEAT =
  /\bevery\s+(?:day|night|morning|hour|time|single)\b|\ball\s+(?:day|night)\b|\b(?:constantly|nonstop|non-stop|endless(?:ly)?|repeatedly|daily|nightly|hourly)\b|\b(?:over and over|again and again|day and night|around the clock)\b|\b(?:dozens|hundreds|tons|loads)\s+of\b|\b[0-9]+\+?\s+(?:times|messages|calls|texts|dms|emails|comments)\b|\b(?:keeps?|kept|won't stop|will not stop|doesn't stop|does not stop|won't leave me alone|will not leave me alone)\b|\b(?:new|another|different|fake)\s+(?:accounts?|numbers?)\b|\b(?:[2-9]|[1-9][0-9]+)(?:nd|rd|th)\s+time\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|[2-9]|[1-9][0-9]+)\s+times\s+(?:a|an|per|every|this|today|tonight|in|now)\b|\ball the time\b|\bagain\b|\b(?:everything|every (?:post|photo|pic|story|shift))\b|\bfor\s+(?:the\s+(?:last|past)\s+)?(?:[0-9]+|two|three|four|five|six|several|many|a few)\s+(?:days|weeks|months|years)\b|\bfor (?:days|weeks|months|years)\b|\b(?:has|have) been\s+\w+ing\b/;

/** Someone turning up where they are, again and again, or following them: contact that does not stop, in itself. */
const JA_TURNS_UP =
  /待ち伏せ|まちぶせ|先回り|さきまわり|絡まれ|からまれ|追われ(?=て)|おわれ(?=て)|(?:部屋|へや|家|いえ)の?(?:中|なか)に(?:入|はい)つ|(?:中|なか)に(?:入|はい)つた(?:あと|跡|形跡)|侵入され|しんにゆうされ|どこ(?:に|へ)?(?:行|い)つても[^。\n]{0,10}?(?:いる|おる|会う|あう|現れ|あらわれ)|付きまと|つきまと|後をつけ|あとをつけ|つけられ|ついてく|ついてき|跡をつけ|現れ|あらわれ|見張|みはら|張り込|出待ち|でまち|押しかけ|押し掛け|おしかけ/;
const EN_TURNS_UP =
  /\b(?:keeps?|kept)\s+(?:making|makin|creating|opening)\s+(?:new|more|another|different)\s+accounts?\b|\b(?:turns?|turned|turning|shows?|showed|showing|pops?|popped|popping) up\b|\b(?:appears?|appeared|appearing)\s+(?:at|outside|near|in front|wherever|everywhere)|\b(?:waiting|waits|waited|standing|stood|parked|parks|lurking|hanging around|loitering)\s+(?:at|outside|in front of|near|across from|by|around)\b|\bfollow(?:s|ed|ing)?\s+(?:me|her|him|us)\s+(?:home|around|to|from|everywhere|again|into|down|off|back|out|when|all)\b/;

/**
 * Being watched: someone knowing where they are or were, or what they said in private, or their phone, messages or
 * location looked into or shared without them (どこにいるか知ってる, 言ってないのに, LINEを勝手に見られる, "knows
 * where i am", "quoted something i only said in my DMs"). All as the corpus README's tracking.
 */
const JA_WATCHED =
  /(?:どこ(?:に|で|へ)?(?:いる|居る|いた|行|住|会|遊)|行き先|居場所|誰と(?:会|い))[^。\n]{0,14}?(?:知つて|しつて|知られ|分かつて|わかつて|ばれて|ばれる)|(?:言つて|いつて|教えて|話して)(?:ない|へん)のに|(?:line|らいん|すまほ|携帯|けいたい|めつせ|dm|める|かめら|ろぐ)[^。\n]{0,8}?(?:勝手に見|見られ|みられ|ちえつくされ|読まれ|よまれ|覗か|のぞか)|(?:知らない|変な|へんな|謎の)あぷり|位置情報|現在地|共有中|ふあみり共有|筒抜け|つつぬけ|発信機|仕込[まみん]|life360|apple ?id|icloud|(?:誰にも|だれにも)(?:教え|おしえ)て(?:い)?(?:ない|ません|なかつた)|(?:言う|いう)て(?:へん|ない)のに|(?:教えて|おしえて|話して|伝えて)(?:い|お)(?:ない|ません)(?:はず)?(?:のに|なのに)|(?:あかうんと|ぐぐる|google|いんすた|らいん|line|gmail|ぱすわど)[^。\n]{0,14}?(?:入れる|入られ|はいられ|乗つ取|のつと)|ろぐいん(?:通知|さ)|知らない端末|乗つ取ら|のつとら|検索[^。\n]{0,6}?(?:言い当て|いいあて)|(?:何を買つた|どこ(?:の店|に|で|へ)(?:行|寄|い)つた)か[^。\n]{0,12}?(?:書かれ|言われ|知ら|聞かれ|ばれ|言つてき)|どこ(?:に|へ)?(?:引つ越|逃げ)しても|かめら[^。\n]{0,20}?(?:玄関|げんかん|どあ|部屋の|窓)|(?:玄関|げんかん|どあ)[^。\n]{0,20}?かめら/;
const EN_WATCHED =
  /(?<!\bi\s)\b(?:knows?|knew|tells? me|texted me|said)\s+(?:exactly\s+)?where\s+(?:i|we|she|he)\s+(?:am|was|go|went|live|lives|work|works|have been|had been|are|were|is|stay|stayed|park|parked|ate|eat)\b|\b(?:found|finds|find)\s+(?:my|our|her)\s+new\s+(?:apt|apartment|address|place|house|home|flat|number)\b|\bquot(?:ed|ing|es)\s+(?:something|things|stuff|what)\s+i\b|\b(?:checks?|checked|checking|goes through|went through|reads?|reading)\s+my\s+(?:location|phone|messages|texts|dms|chats|line|email|emails)\b|\blife360\b|\bfind my\b|\bsnap ?map\b|\bghost mode\b|\b(?:never|did not|have not)\s+(?:ever\s+)?(?:told|tell|said|say|gave|give|given|shown|show|mentioned|shared)\b[^.!?\n]{0,30}?\b(?:where|which|address|station|school|anywhere|anything about)\b|\bwhere\s+(?:i|she|he)\s+(?:have|has|had)\s+been\b|\beverywhere\s+(?:i|she|he)\s+(?:have been|has been|went)\b|\bwhat i am doing\b|\bin real time\b|\bonly (?:ever )?(?:said|wrote|told|in)\b[^.!?\n]{0,20}?\b(?:private|dms?|chat|messages)\b|\b(?:(?:got|gets|getting|logged|logging|loging|broke|breaking)\s+in(?:to)?|hacked|hackd)\s+(?:my|her|his)\s+(?:phone|account|accounts|insta\w*|gmail|email|line|google|twitter|facebook)\b|\bnew (?:sign[- ]?in|login)\b|\b(?:put|installed|install|set up|setup|fixed)\s+(?:something|an? app|apps?|spyware|stalkerware|a tracker)\s+on\s+(?:my|her|his|it)\b|\btracks?\s+(?:my|her|his)\s+(?:phone|location|car)\b|\bmagnet\b[^.!?\n]{0,30}?\bunder\b|\bcamera\b[^.!?\n]{0,30}?\b(?:point(?:ed|ing|s)?|facing|aimed)\s+(?:right\s+)?(?:at|to)\s+(?:my|our|the)\s+(?:front\s+)?(?:door|window|house|apartment|entrance|balcony|gate)\b|\b(?:shared|sharing|share)\s+(?:my\s+)?location\b|\blocation\s+(?:sharing|shared)\b|\bapple (?:id|family)\b|\bicloud\b|\b(?:in|into) my (?:account|phone|icloud|email)\b/;

/**
 * A body undressed or a sexual act, with a picture or a film of it: intimate images, in words the lexicon does not
 * list (着替えを撮られた, えっちな自撮り, "the shower photos", "video of us in bed").
 */
const JA_BODY =
  /はだか|下着|下半身|からだの|体の|体を(?:触|さわ)|えろ|えつち|えちえち|はめ撮り|着替え|着がえ|きがえ|しやわ|風呂|ふろ場|といれ|更衣室|脱衣所|浴室|脱い|脱が|ぬいで|あだると|性行為|行為中|せつくす|痴漢|(?:元彼|元かれ|彼氏|かれし)と(?:した|してる)(?:時|とき)/;
const JA_PICTURE = /写真|しやしん|写め|しやめ|画像|がぞう|動画|どうが|びでお|自撮り|撮ら|撮つ|撮り|録画|ろくが|かめら/;
const EN_BODY =
  /\b(?:intimate|sex|sexual|explicit|private|secret|bath|bathroom|shower|toilet|changing|locker room|bedroom|undress(?:ed|ing)?|in bed|skirt|costume|adult|porn|pornographic|topless|underwear|lingerie|body|bodies|without (?:clothes|a top|top|a shirt)|exposing (?:himself|herself)|(?:we|i) (?:made|took|filmed) together)\b|🔞/;
const EN_PICTURE =
  /\b(?:photos?|pics?|pictures?|videos?|vids?|images?|recording|recorded|filmed|filming|selfies?|clips?|camera|cam|tape)\b/;

/**
 * A crime done to them, in the words the corpus README gives crime-victims: money paid to someone extorting them
 * (3万払った, "already sent her 10k"), a police case (被害届を出した, 罰金刑, "he was convicted"), or an assault
 * (殴られた, 首つかまれた, "he hit me"; not 叩かれ, which is mostly being bashed online).
 */
const JA_CRIME =
  /[0-9]+(?:万|千|円)[^。\n]{0,8}?(?:払つ(?:た|ちや|てしま)|払いまし|振り込[んみ]|振込[んみ]|送金し|渡し(?:た|まし))|逮捕され|警告(?:を|が)?(?:出され|出た|受け|され)|盗撮され|りべんじぽるの(?:を)?され|(?:知らない|しらない)[^。\n]{0,10}?(?:入|はい)つてき|被害届(?:を)?(?:出|受理|だし)|告訴(?:し|状)|罰金刑|服役|有罪|痴漢|強制性交|暴行され|傷害|殴られ|なぐられ|(?:殴|なぐ)つてき|蹴られ|(?:首|髪|腕|胸ぐら)を?(?:つかま|掴ま)れ|(?:私|わたし|僕|ぼく)を(?:殴|なぐ|叩|たた|蹴)|暴力を(?:振る|ふる)われ|突き飛ばされ|(?:押しつけ|押し付け)られ/;
const EN_CRIME =
  /\b(?:paid|sent|transferred|wired)\s+(?:(?:him|her|them|a guy|the guy|someone|already)\s+)*(?:[0-9][0-9,.]*\s?k?\s*(?:yen|man|dollars)?|money)\b|\b(?:police report|filed a report|filed a complaint|pressed charges|was convicted|got convicted|in prison|in jail|robbed|beaten up|was assaulted|sexually assaulted|raped|forced me to have sex|groped)\b|\b(?:hit|hits|punched|kicked|slapped|choked|strangled|beat|beats|shoved)\s+me\b(?!\s+up)|\bgrabbed\s+(?:me|my\s+(?:neck|hair|arm|throat))\b|\b(?:already\s+)?(?:pay|paid|send|sent|transfer(?:red)?|gave)\s+(?:him|her|them\s+)?(?:[$¥][0-9]|[0-9][0-9,.]*\s?(?:k|yen|man)\b|[0-9]{1,3},[0-9]{3})|\b(?:police|cops)\s+(?:gave|issued)\s+(?:him|her|them)\s+(?:a\s+)?(?:formal\s+)?warning|\b(?:was|got|been|has been)\s+(?:fined|arrested|charged|prosecuted)\b|\bstalking case\b|\bbroke in(?:to)?\b/;

/**
 * Not knowing who is behind it, said outright (誰がやったか分からない, 差出人不明, "no idea who runs it", "unknown
 * number"): the corpus README counts saying so as wanting to know who. The negation is part of the match, so it is
 * not read as the words denied.
 */
const JA_WHO =
  /(?:誰|だれ)(?:が|なのか|なの|か|かも|だか|やつた|がやつた)?[^。\n]{0,10}?(?:(?:分から|わから|わかん|わがん)(?:ない|ねえ|ん|ず|なく|なかつ)?|知りたい|調べ|特定|見当(?:が|も)?(?:つかな)?|わかる[?？]|分かる[?？])|犯人(?:を|が|は|見つけ|捕ま|知りたい)|差出人(?:不明|が分から|がわから|のない)|知らん?(?:番号|あかうんと|あか|垢)/;
const EN_WHO =
  /\b(?:don'?t|do not|dont|idk|no idea|no clue|not sure|can'?t tell|cannot tell)\s+(?:know\s+)?who\b|\bwho(?:'s| is| was)\s+(?:behind|doing|running|sending|writing|posting)\b|\b(?:trace|unmask) (?:the|a|this|it|them|him|her)\b|\bno (?:name|return address|sender)\b|\b(?:unknown|withheld|blocked|hidden|private) (?:number|caller|sender)\b|\bcould it be (?:him|her|my)\b/;

/** A public place, or a post, picture or video. */
const JA_PUBLIC =
  /掲示板|けいじばん|すれ(?:つど)?(?=に|で|が|を|の|ま|立)|まとめ|ぶろぐ|口こみ|口コミ|くちこみ|れびゆ|ねつと|sns|(?<![a-z])x(?![a-z])|ついつた|いんすた|tiktok|ゆつば|youtube|(?<![a-z])さいと|投稿|書き込み|動画|写真|画像|記事|しやしん|がぞう|どうが|裏垢|うらあか|ぐるぷ|たいむらいん|すとり|ふえいすぶつく|facebook|ゆちゆぶ|5ちやん|5ch|2ch|らいん|(?<![a-z])line(?![a-z])/;
/** Put up by someone else (passive, or up and spreading), not their own posting (投稿したら: they posted). */
const JA_PUT_UP =
  /書かれ|かかれ|書き込まれ|かきこまれ|載せられ|のせられ|載つて|のつて(?=る|い|ま)|上げられ|あげられ|上がつて|あがつて|投稿され|晒され|さらされ|貼られ|はられ|拡散され|拡散して|ばらまかれ|出回|でまわ|流出|広まつ|ひろまつ|回され|まわされ|使われ|つかわれ|残つて(?=る|い|ま)|のこつて(?=る|い|ま)|転載|呟かれ|つぶやかれ|(?:回|まわ)つ(?:と|てる|てい)|引用(?:り|rt|され)|ばらされ(?!たく)|(?<![a-z聞])だされ|(?<!聞き)出され/;
const EN_PUBLIC =
  /\b(?:posts?|thread|forum|board|reviews?|videos?|vids?|photos?|pics?|pictures?|selfies?|screenshots?|blog|page|site|website|reddit|twitter|x|instagram|insta|tiktok|youtube|facebook|online|internet|group chats?|gc|story|stories|tweets?|comments?|5ch|2ch|bio|profile|acct|edits?|memes?|clips?|chats?|dms)\b/;
/** Put up or spreading, by someone else: a verb with no "i" before it, or something said to be up. */
const EN_PUT_UP =
  /\b(?<!\bi\s)(?:posted|posting|putting|uploaded|uploading|reposted|reposting|reuploaded|reuploading|shared|spread|spreading|leaked|published|screenshotted|tweeted)\b|\bput\s+(?:it\s+|them\s+)?(?:up|online|on\s+(?:his|her|their|the|a)?\s*(?:facebook|insta|instagram|x|twitter|tiktok|youtube|5ch|2ch|internet|story|page|profile|site))\b|\b(?:went|gone|going)\s+viral\b|\b(?:is|are|still)\s+up\b|\b(?:circulating|going around|all over|passing (?:it )?around|passed around|sent (?:it )?round|sending (?:it )?round|airdropp?(?:ing|ed)(?! me))\b|\b(?:write|wrote|writes|writing|posts|posting|making)\s+(?:\w+\s+)?(?:about|of)\s+me\b|(?<!\bi\s)\b(?:shares|sharing|posts|put)\b(?=[^.!?\n]{0,60}\b(?:on|onto|in)\s+(?:his|her|their|the|a|my|some)?\s*(?:\w+\s+)?(?:facebook|insta|instagram|x|twitter|tiktok|youtube|5ch|2ch|internet|story|page|profile|site|website|weibo|line|group chat)\b)|\bthere(?:'s|\s+is|\s+are)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:thread|post|video|page|photos?|pics?|account)\s+(?:about|of|with)\b/;

/**
 * Bashed or mocked in public (ネットで叩かれてた, 裏垢で悪口書かれてる, Xでばかにされた): with a public place in the
 * sentence (JA_PUBLIC), something up about them that hurts.
 */
const JA_BASHED =
  /叩かれ|たたかれ|誹謗中傷|中傷され|悪口|わるぐち|悪く書|わるく書|笑われ|わらわれ|ばかにされ|馬鹿にされ|ばかにした|炎上|ねたにし|ネタにし|言いふらし|いいふらし/;
/**
 * Someone else putting it up, said actively (会社の人がわたしの写真をSNSにのせて, ママ友が…スクショを上げてて, 元同僚が
 * …動画出してる, 誰かが…書いてる): a doer marked by が or は before the verb, not the writer (私が載せた).
 */
const JA_THEY_PUT_UP =
  /(?<!私|わたし|あたし|僕|ぼく|俺|おれ|自分)(?:が|は)[^。.!?！？\n]{0,40}?(?:載せ|のせ|上げ|あげ|出して|出し|貼つ|晒し|さらし|書いて|書いた|書き込ん|かいて|かいた|流し|まとめ|作つ|つくつ)(?!たら|ようと|よう|たい)/;
/**
 * An account, page or thread made about them ("made a meme account about me", "a burner that's just screenshots of
 * my bereals"), something written about them on a site ("posting on X that I", "wrote … on a website"), a video
 * going round, being doxxed, slander: something up about them that hurts.
 */
const EN_ABOUT_THEM =
  /\b(?:made|created|started|set up|runs?|running|opened)\s+(?:a|an|this|that)\s+(?:\w+\s+){0,3}?(?:account|acc|acct|page|burner|thread|site|blog|profile)\b(?=[^.!?\n]{0,40}\b(?:about|of|mocking|using)\s+(?:me|my|her|him|his)\b|[^.!?\n]{0,30}\b(?:screenshots?|pics?|photos?)\b)|(?<!\bi\s)\b(?:wrote|written|writing|writes|posting|posted|saying|says)\b[^.!?\n]{0,40}?\b(?:on|in)\s+(?:a|an|the|his|her|their|some)?\s*(?:\w+\s+)?(?:facebook|insta|instagram|x|twitter|tiktok|youtube|5ch|2ch|internet|website|site|forum|board|blog|review site|open chat)\b|\b(?:went|goes|going|gone)\s+a?round\b|\beveryone (?:saw|has seen|had seen|can see)\b|\bdox+(?:ed|ing)\b|\bslander(?:ed|ing|ous)?\b|\bdeepfakes? of (?:me|her|him|my)\b|\bquote[- ]?tweet\w*|\bcomments? (?:on|under) my (?:youtube|videos?|posts?|insta\w*|tiktok|channel|stream)|\bposted (?:all of it|everything|it all)\b/;

/** Mocked or lied about, in English: with a public place or a post in the sentence, something up that hurts them. */
const EN_BASHED =
  /\b(?:making|make|made|makes) fun of\b|\bmock(?:ing|ed|s)?\b|\bcalling (?:me|him|her)\b|\brumou?rs?\b|\blies about\b/;
/** Posts about them named as such (掲示板の書き込み, 悪口スレ, 晒しの書き込み, 裏垢で書かれてる). */
const JA_POSTS_ABOUT =
  /(?:ねつと|掲示板|けいじばん|sns)(?:上)?の(?:書き込み|投稿)|悪口(?:すれ|の?書き込み)|晒しの?(?:書き込み|すれ|投稿)|裏(?:垢|あか)で[^。\n]{0,10}?(?:書い|書か|悪口)|引用りぷ/;
/**
 * An account posing as them, made with their name or photos ("made a fake insta of me", "uses my photos on pairs",
 * "a copy of my instagram"): impersonation, and so something of theirs up in public.
 */
const EN_FAKE =
  /\b(?:fake|copy of my|clone of my)\s+(?:\w+\s+)?(?:insta\w*|account|acount|acc|acct|profile|tinder|page|facebook|twitter|tiktok)\b(?!\s+(?:followed|messaged|dmed|liked|commented|keeps|sent|is (?:messaging|following|sending)))|\b(?:use|uses|using|used)\s+my\s+(?:photos|pics|pictures|name)\s+(?:on|in|to (?:make|pretend))\b|\b(?:make|made|making|created?|set up)\s+(?:an?\s+)?(?:\w+\s+)?(?:account|acount|acc|acct|profile)\s+(?:with|using)\s+my\b/;

/**
 * Filmed or touched against their will: a camera hidden where people undress, pictures taken in the bath or up a
 * skirt, groping, being forced (隠しカメラ, 更衣室で撮られ, 無理やり, "a tiny camera in the share house bathroom",
 * "took a photo up her skirt"). The corpus README's sexual-violence-victims (and intimate images).
 */
const JA_FILMED =
  /(?:かめら|すまほ)[^。\n]{0,12}?(?:仕掛け|しかけ|隠し|かくし)|隠しかめら|盗撮|隠し撮り|(?:といれ|更衣室|脱衣所|風呂|しやわ|浴室|着替え|着がえ|きがえ)[^。\n]{0,16}?(?:撮ら|撮つ|とら|とつ|録画|かめら)/;
const JA_VIOLATED = new RegExp(`${JA_FILMED.source}|無理やり|むりやり|体を(?:触|さわ)られ|痴漢`);
const EN_FILMED =
  /\b(?:hidden|tiny|small|secret|spy)\s+camera\b|\bcamera\b[^.!?\n]{0,40}\b(?:bathroom|shower|toilet|changing room|locker room)\b|\b(?:bathroom|shower|toilet|changing room|locker room)\b[^.!?\n]{0,40}\b(?:camera|filmed|filming|recorded)\b|\b(?:video|videos|photos?|pictures?|pics?)\s+of\s+(?:me|her|him|us)\s+(?:in the|during|when|while|changing)\b[^.!?\n]{0,20}?\b(?:bath|shower|changing|undress|sex|toilet)|\b(?:up|under)\s+(?:her|my)\s+skirt\b|\bsecretly (?:filmed|recorded)\b/;
const EN_VIOLATED = new RegExp(`${EN_FILMED.source}|\\bgroped\\b`);

/**
 * The pairs tried, in the order their readings are given; a pattern with no second says its reading alone. Each is
 * Japanese or English: tried only where the text has that script.
 */
const PAIRS: readonly (readonly [ActFound["reading"], RegExp, RegExp | undefined, "ja" | "en"])[] = [
  ["need:personal-info", JA_DETAIL, JA_EXPOSE, "ja"],
  ["need:personal-info", EN_DETAIL, EN_EXPOSE, "en"],
  ["need:personal-info", JA_PRIVATE, JA_SPREAD, "ja"],
  ["need:personal-info", EN_PRIVATE, EN_SPREAD, "en"],
  ["need:stop-contact", JA_CONTACT, JA_REPEAT, "ja"],
  ["need:stop-contact", EN_CONTACT, EN_REPEAT, "en"],
  ["need:intimate-images", JA_BODY, JA_PICTURE, "ja"],
  ["need:intimate-images", EN_BODY, EN_PICTURE, "en"],
  ["need:identify-poster", JA_WHO, undefined, "ja"],
  ["need:identify-poster", EN_WHO, undefined, "en"],
  ["audience:crime-victims", JA_CRIME, undefined, "ja"],
  ["audience:crime-victims", EN_CRIME, undefined, "en"],
  ["need:tracking", JA_WATCHED, undefined, "ja"],
  ["need:tracking", EN_WATCHED, undefined, "en"],
  ["need:stop-contact", JA_TURNS_UP, undefined, "ja"],
  ["need:stop-contact", EN_TURNS_UP, undefined, "en"],
  ["need:remove-posts", JA_PUBLIC, JA_PUT_UP, "ja"],
  ["need:remove-posts", EN_PUBLIC, EN_PUT_UP, "en"],
  ["need:remove-posts", JA_PUBLIC, JA_BASHED, "ja"],
  ["need:remove-posts", JA_PUBLIC, JA_THEY_PUT_UP, "ja"],
  ["need:remove-posts", EN_ABOUT_THEM, undefined, "en"],
  ["need:remove-posts", EN_PUBLIC, EN_BASHED, "en"],
  ["need:remove-posts", JA_POSTS_ABOUT, undefined, "ja"],
  ["need:impersonation", EN_FAKE, undefined, "en"],
  ["audience:sexual-violence-victims", JA_VIOLATED, undefined, "ja"],
  ["audience:sexual-violence-victims", EN_VIOLATED, undefined, "en"],
  ["need:intimate-images", JA_FILMED, undefined, "ja"],
  ["need:intimate-images", EN_FILMED, undefined, "en"],
];

/** `look` tried once per pattern: later calls with the same pattern give the first answer. */
function once<T>(look: (pattern: RegExp) => T): (pattern: RegExp) => T {
  const seen = new Map<RegExp, T>();
  return (pattern) => {
    if (!seen.has(pattern)) seen.set(pattern, look(pattern));
    return seen.get(pattern) as T;
  };
}

/** Each sentence of folded `text` where both kinds of words stand, as the reading they make true. */
export function actsIn(text: string, denied: (start: number, end: number) => boolean): ActFound[] {
  // Only the pairs whose words are somewhere in the text are tried sentence by sentence: most texts hold few, and
  // trying all of them on every sentence of a long text cost a fifth of the interpreter's time. A pattern shared by
  // several pairs (JA_PUBLIC, EN_PUBLIC) is tried once, on the text and on each sentence.
  const has = once((pattern) => pattern.test(text));
  const japanese = JAPANESE.test(text);
  const latin = LATIN.test(text);
  const live = PAIRS.filter(
    ([, first, second, script]) => (script === "ja" ? japanese : latin) && has(first) && (!second || has(second)),
  );
  const out: ActFound[] = [];
  if (live.length === 0) return out;
  const found = new Set<ActFound["reading"]>();
  for (const s of text.matchAll(SENTENCE)) {
    const sentence = s[0];
    const match = once((pattern) => sentence.match(pattern));
    for (const [reading, first, second] of live) {
      if (found.has(reading)) continue;
      const a = match(first);
      const b = a && (second ? match(second) : a);
      if (!a || !b) continue;
      const start = s.index + (b.index ?? 0);
      const end = start + b[0].length;
      // "they did not post my address", 住所は書かれてない: denied, not done.
      if (denied(start, end)) continue;
      found.add(reading);
      out.push({ reading, start, end, words: second ? [a[0], b[0]] : [a[0]] });
    }
  }
  return out;
}
