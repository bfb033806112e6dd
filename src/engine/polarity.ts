/** Decides whether a clause says a practice happens ("does") or is ruled out ("does-not"). */
import type { Polarity } from './types';

// A negation that governs what follows it in the clause.
// "chosen without using your history" denies the use.
const WITHOUT_DOING = /\bwithout (?:using|collecting|sharing|storing|recording|tracking|logging|keeping|selling|reading)\b/;
const NEGATION_WORDS = /\b(?:do|does|did|will|would|shall|should|can|could|may|must|is|are)\s+not\b|\b(?:don't|doesn't|won't|wouldn't|shan't|can't|cannot|isn't|aren't|dont|doesnt|wont|never|no longer|no one|nor|under no circumstances)\b|[’'`]t\b|\bnot\s+(?:sell|rent|share|disclose|trade|use|collect|store|track|retain|keep|give|provide|transfer)|\bnot\s+(?:to|on|from|by|through)\s+\w$|\bneither\b|\b(?:has|have|had)\s+not\b|\bat no (?:point|time)\b|\bin no (?:event|case|way)\b|\bby no means\b|\bnone\b|\bwe (?:\w+ )?refuse to\b|\bnothing to (?:give|hand over|provide|disclose|share|sell|turn over)\b|\b(?:contains?|uses?|has|have|includes?|there (?:is|are)|shows?|serves?|displays?|runs?) no\b/;
const NEGATION = new RegExp(`${NEGATION_WORDS.source}|${WITHOUT_DOING.source}`, 'i');
// An exception turns "we do not share ... unless required by law" back into a practice.
// "Stored only in the EU" says where, not when else.
// "We never hand your data over without a court order" hands it over with one.
const WITHOUT_LEGAL_ORDER = String.raw`without (?:first )?(?:receiving |being served with |seeing )?(?:an? |any )?(?:valid |binding |legally binding |proper |lawful )?(?:court orders?|subpoenas?|(?:search )?warrants?|legal process|(?:a )?legal (?:obligation|requirement|order) to do so)`;
const EXCEPTION = new RegExp(String.raw`\b(?:unless|except|other than|but (?:we )?may|however,? we may|(?<!\b(?:stored|kept|held|hosted|located|processed) )only (?:when|if|with|to|as|for|in)|except|${WITHOUT_LEGAL_ORDER})\b`, 'i');
// Consent as the only condition keeps a denial, as in Chinese: "we will never share it without your permission",
// "not … unless you ask us to" leave the choice with you, as an opt-in does. Set aside before looking for an exception.
const CONSENT_GATE = /\b(?:without (?:first )?(?:obtaining |getting |asking for |receiving |having )?(?:your|the user's|their) (?:(?:prior|express|explicit|written|affirmative|separate|specific)(?:,? | and | or ))*(?:consent|permission|authori[sz]ation|agreement|approval|opt-in)|(?:except|unless|other than|only) (?:with|after obtaining|after receiving|upon|by) (?:your|their) (?:(?:prior|express|explicit|written|affirmative)(?:,? | and | or ))*(?:consent|permission|authori[sz]ation|request|instructions?)|(?:except|unless|other than|only) (?:(?:when|where|if) )?(?:we (?:have|receive|get|obtain|have obtained|have received)|you (?:have )?(?:given|give|granted|grant) (?:us )?) (?:your|their) (?:(?:prior|express|explicit|written|affirmative|separate|specific)(?:,? | and | or ))*(?:consent|permission|authori[sz]ation|agreement|approval)(?!\s*,?\s*(?:or|and)\b)|unless you (?:have )?(?:first )?(?:consent(?:ed)?|agree[ds]?|give (?:us )?(?:your )?(?:consent|permission)|allow (?:us|it)|ask us(?: to)?|tell us(?: to)?|direct us(?: to)?|instruct us(?: to)?|opt(?:ed)? in|choose to|authori[sz]e (?:us|it)|request (?:it|that))\b)/gi;
const withoutConsentGates = (clause: string) => clause.replace(CONSENT_GATE, (m) => ' '.repeat(m.length));
// An exception that is the law alone: "unless required by law or by government authorities", "except to comply with a subpoena".
const LAW_ONLY = new RegExp(String.raw`\b${WITHOUT_LEGAL_ORDER}\b[^.;,]*?(?=\s*(?:,|\bor\b|\band\b|[.;]|$))|` + /\b(?:unless|except|other than|save)\b(?: (?:as|where|when|if|to the extent|in (?:the )?cases?))?[^.;]{0,30}?\b(?:(?:required|permitted|compelled|requested|ordered|authori[sz]ed|mandated) (?:to do so )?by (?:applicable |relevant )?(?:laws?|regulations?|a court|courts?|court orders?|legal process|(?:competent |government(?:al)? |public )?authorities)|(?:by|under) (?:applicable )?laws?|(?:the |applicable |the applicable )?laws? (?:requires?|obliges?|demands?|compels?)|to comply with|legally (?:required|obliged|obligated)|law enforcement|court orders?|subpoenas?|warrants?|legal (?:process|obligations?|requirements?))\b[^.;,]*?(?=\s*(?:,|\bor\b|\band\b|[.;]|$))/.source, 'gi');
// "…unless the law requires it or our processor needs it": a second condition that is not the law.
const ANOTHER_CONDITION = /\u0000\s*,?\s*(?:or|and)\b(?![^.;]{0,40}\b(?:laws?|legal|court|authorit\w*|government\w*|regulat\w*|subpoena\w*|warrant\w*|police)\b)/i;
const lawAlone = (clause: string) => { const rest = clause.replace(LAW_ONLY, '\u0000'); return ANOTHER_CONDITION.test(rest) ? clause : rest; };

// Chinese negation governs its own part of the sentence (up to ，；：), whatever the practice's words are
// ("我们不会将您的聊天内容提供给广告合作伙伴": 不会 is far from the partner it denies). Only words that deny an act
// count: "不限于", "不时", "不少于", "不同" and "未成年人" deny nothing.
const ZH_NEGATION = /不会|不得|不能|不可|不应|不予|不再|不曾|绝不|决不|从不|从未|并不|并未|均不|亦不|也不|都不|不(?=依赖|依靠|靠|做|进行|从事|申请|含|出售|售卖|出租|买卖|交易|共享|分享|提供|披露|公开|转让|传输|上传|收集|获取|读取|使用|存储|储存|保存|保留|留存|记录|追踪|跟踪|监控|查看|访问|扫描|向|将|把|与|对|主动|对外|以|在|用于|要求|强制|包含|涉及)|未(?=曾|收集|获取|读取|使用|共享|提供|披露|出售|存储|保存|记录|追踪|向|将|对|在)|没有|无意|无法|禁止|严禁|杜绝|不存在/;
// A part that opens with a condition ("如果您不希望…", "若您不同意…") asks the reader; its negation denies nothing.
const ZH_CONDITION = /如果|如您|若|假如|倘若|一旦|当您|您(?:可以|可|有权)/;
const ZH_PART = /[^，,；;：:]*/g;
// Consent as the only condition keeps a denial: "未经您同意，我们不会…", "除非获得您的授权" leave the choice with
// you, as an opt-in does. These phrases are set aside before looking for an exception.
const ZH_CONSENT = /(?:在)?未经(?:过)?您?(?:的)?(?:明示|单独|书面|事先|另行|明确)*(?:同意|授权|许可)(?:的情况下|之前|前)?|除非(?:事先|另行|再次)?(?:获得|征得|取得|经过?|得到)?您?(?:的)?(?:明示|单独|书面|事先|另行|明确)*(?:同意|授权|许可)|(?:事先|另行)?(?:征得|获得|取得|经过?)您(?:的)?(?:明示|单独|书面|事先|另行|明确)*(?:同意|授权|许可)/g;
// An exception that names when it happens anyway (law, listed cases) turns the denial into a conditional
// practice, as "not … except/unless" does in English: "除…外，我们不会…", "…，法律法规另有规定的除外".
const ZH_EXCEPTION = /除非|除外|除[^。；]{0,40}?(?:外|以外)|另有规定|另有要求|依法|依照法律|依据法律|根据(?:适用的)?法律|法律(?:法规)?(?:规定|要求)|(?:以下|下列|如下)(?:情形|情况)|仅(?:在|当|限于|为|用于)|只(?:在|有在|会在)|以外的(?:任何)?(?:其他)?(?:第三方|公司|机构|组织|个人|人)/;

// An exception that is the law alone ("法律法规另有规定的除外", "除非法律法规要求"): with `lawAloneKeepsDenial` the denial
// of sharing holds, and the disclosure to authorities is the legal-disclosure rule's to report, as in English.
const ZH_LAW_EXCEPTION = /(?:除非|除)?(?:根据|依据|依照|按照|应)?(?:适用的|相关)?(?:法律|法规|监管|司法|政府|主管部门|有权机关)[^，,。；;：:]{0,16}?(?:另有规定|规定|要求|命令)(?:的)?(?:情形|情况)?(?:外|以外|除外)?|依法|依照法律|依据法律/g;

// A concession states nothing by itself: in "尽管我们与众多商家合作，我们绝不会将您的支付信息提供给商家" the merchants are
// named in the first part and denied the data in the next, which is read with it.
const ZH_CONCESSION = /^(?:尽管|虽然|虽说|虽|即便|即使)/;
function concededUntil(clause: string, at: number): number {
  const start = Math.max(clause.lastIndexOf('，', at), clause.lastIndexOf(',', at)) + 1;
  if (!ZH_CONCESSION.test(clause.slice(start).trimStart())) return at;
  const next = /[，,][^，,；;。]*/g;
  next.lastIndex = at;
  const m = next.exec(clause);
  return m ? m.index + m[0].length : at;
}

/** Polarity of a practice in a Chinese clause: its match runs from `at` to `end`. With `denialHolds` (a sale)
 *  an exception does not turn the denial round; with `lawAloneKeepsDenial`, an exception for the law alone does not. */
export function polarityAtZh(clause: string, at: number, end = at + 1, denialHolds = false, lawAloneKeepsDenial = false): Polarity {
  let denied = false;
  end = Math.max(end, concededUntil(clause, at));
  ZH_PART.lastIndex = 0;
  for (let m = ZH_PART.exec(clause); m && m.index < end; m = ZH_PART.exec(clause)) {
    const from = m.index, to = m.index + m[0].length;
    if (to === from) { ZH_PART.lastIndex++; continue; }
    if (to <= at) continue;
    // The part where the practice is stated, read up to where its words end.
    const part = clause.slice(from, Math.min(to, end));
    const n = ZH_NEGATION.exec(part.replace(ZH_CONSENT, (c) => '　'.repeat(c.length)));
    if (n && !ZH_CONDITION.test(part.slice(0, n.index))) denied = true;
  }
  if (!denied) return 'does';
  const exceptions = clause.replace(ZH_CONSENT, '');
  return !denialHolds && ZH_EXCEPTION.test(lawAloneKeepsDenial ? zhLawAlone(exceptions) : exceptions) ? 'does' : 'does-not';
}

// "…，但为完成支付与支付机构共享、或法律法规另有规定的除外": a condition joined to the law's is not the law's alone.
const ZH_ANOTHER_CONDITION = /[^\s，,。；;\u0000]{2,}\s*(?:、|或|和|及|以及)\s*\u0000/;
const zhLawAlone = (clause: string) => { const rest = clause.replace(ZH_LAW_EXCEPTION, '\u0000'); return ZH_ANOTHER_CONDITION.test(rest) ? clause : rest; };

const ZH_LAW_NAMED = new RegExp(ZH_LAW_EXCEPTION.source);
/** Whether a Chinese clause denies every disclosure but the one the law demands ("除非法律法规要求，我们不会向任何
 *  第三方披露…"): a disclosure to authorities, and no sharing. */
export const deniesAllButLawZh = { test: (clause: string) => ZH_LAW_NAMED.test(clause) && polarityAtZh(clause, 0, clause.length, false, true) === 'does-not' };

// A negation inside a relative clause about the data ("information that does not identify you may be shared")
// describes the data, not the practice.
// …and so does any "that don't <verb>" whose verb is not the practice's own ("numbers that don't match an account are
// discarded"): the window ends one letter into the practice's words, so a practice verb right after "not" is never taken;
// a verb that governs the practice ("a system that does not require us to retain your email") still denies it.
const DESCRIBES_THE_DATA = /\b(?:that|which|who)\s+(?:do|does|did|will|would|can|could|may|might)(?:\s+not|n['’]?t)\s+(?:personally\s+|directly\s+|by itself\s+)?(?:identify|reveal|include|contain|disclose your identity|(?!(?:requir|need|allow|permit|let|ask|want|forc|enabl|expect|oblig|involv|mean)\w*\b)[a-z]{2,})\w*/gi;
const blankedOut = (text: string) => text.replace(DESCRIBES_THE_DATA, (m) => ' '.repeat(m.length));
// A condition before the practice asks the reader; its "not" denies nothing: "If you do not accept it, you may delete your account".
const CONDITION_FIRST = /\b(?:if|when|whenever|should|once|in case)\b[^,;.]{0,120},\s/gi;
const withoutConditions = (text: string) => text.replace(CONDITION_FIRST, (m) => ' '.repeat(m.length));
// Where a sentence turns to a new subject: "; ", or ", and/but/while" followed by one.
const NEW_SUBJECT = /;\s+|,\s+(?:and|but|while|whereas|so)\s+(?=(?:the|our|your|we|they|it|this|these|those|advertisers|partners|you)\b)/i;

// The data itself denied just before the practice's words: "we collect no usage data", "no usage data is sent
// to us", "no logs are kept". "No security measures are perfect" denies nothing done with data.
const NO_BEFORE = /\bno\s+(?:[\w-]+\s+){0,2}\w?$/i;
const VERB_NO = /\b(?:collect|record|log|store|keep|retain|share|sell|send|track|use|gather|receive|transmit|save|show|serve|display|run)(?:s|ed|n)?\s+no\s+(?:[\w-]+\s+){0,2}\w?$/i;
// What is done to data, as a past participle.
const DONE = 'sent|kept|held|shared|sold|stored|collected|logged|recorded|given|transmitted|retained|tracked|used|disclosed|passed|uploaded|saved|processed|monitored|read';
const DONE_TO_IT = new RegExp(String.raw`^[\w\s,'-]{0,60}?\b(?:is|are|was|were|will be|gets?)\s+(?:ever\s+)?(?:${DONE})\b`, 'i');
// The data as the sentence's subject, denied by its own verb: "your search history is not saved", "voice clips are
// never uploaded". A relative clause ("…, which is not shared") or a second verb ("is stored … and is not sold")
// speaks of another act.
const DETERMINER = String.raw`(?:your|the|our|any|all|such|this|these|those|their|its|a|an|(?:users?|customers?|players?|subscribers?|members?|clients?|patients?|students?)['’]?s?)\s+`;
// "Subscribers' names and email addresses are never shared": a first noun joined to the data by "and"/"or"; "the full
// address of the pages you view is not sent": the data named through what it is part of.
const SUBJECT_START = new RegExp(String.raw`^\W*(?:${DETERMINER})*(?:(?!(?:we|you|they|i|it)\b)[\w'’-]+\s+(?:[\w'’-]+\s+)?(?:and|or|of)\s+(?:${DETERMINER})*)?\w?$`, 'i');
const DONE_VERB = String.raw`(?:${DONE}|accessed|linked|analy[sz]ed)`;
const DENIED_DONE = new RegExp(String.raw`^(?:(?!\b(?:which|that|who|whom|where|but|is|are|was|were|will|shall|gets?)\b|\b(?:and|or)\s+(?:is|are|was|were|will|shall|gets?|it|they|we)\b)[\w\s,'’-]){0,60}?\b(?:(?:is|are|was|were|will|shall|gets?)\s+(?:not|never)|isn[’']?t|aren[’']?t|wasn[’']?t|weren[’']?t|won[’']?t)\s+(?:be\s+)?(?:ever\s+)?${DONE_VERB}\b`, 'i');
// The data denied as the subject, whatever follows its verb: "no personal information is shared with third parties
// for their own marketing" denies the sharing its last words name.
const NO_SUBJECT = new RegExp(String.raw`^\W*(?:no|nothing)\b[\w\s,'’-]{0,60}?\b(?:is|are|was|were|will be|gets?|may be|can be)\s+(?:ever\s+)?(?:${DONE})\b`, 'i');
// The practice named as the subject and denied after it: "selling user data is not part of our business".
const PRACTICE_DENIED = /^(?:sell|rent|shar|trad|licens|disclos|transferr|monetis|monetiz|track|collect|stor|keep|record|log)\w*ing\b(?:(?!\b(?:which|that|and|but|or|is|are|was|were)\b)[\w\s,'’-]){0,60}?\b(?:is not|isn[’']t|is never|has never been|was never)\b/i;
// `before` ends one character into the practice's words, where `after` starts.
// The data left out of what is handled: "information (not including your name, address or email address)".
const LEFT_OUT = /\b(?:not includ(?:e|es|ing)|never includ(?:e|es|ing)|excluding)\s+(?:(?!(?:it|them|with|to|we|you|they|is|are|may|will|can|shar\w*|us\w*|sell\w*|disclos\w*|sen[dt]\w*|giv\w*|provid\w*|collect\w*|stor\w*)\b)[\w'’-]+,?\s+){0,8}\w?$/i;
// A practice denied as a title or a list item: "No transfers to third countries.", "No sale of your data", "No
// third-party advertising or tracking SDKs", and as a list's next item: "…, and no selling or renting of user data".
const NO_FIRST = /(?:^\W*|[,;]\s*(?:and\s+|or\s+)?|\b(?:and|nor)\s+)no\s+(?:(?!(?:matter|longer|doubt|one|later|more|less|fewer|sooner)\b)[\w-]+,?\s+(?:(?:or|and)\s+)?){0,3}\w?$/i;
// A cheap first look: most windows have no "no" at all.
const HAS_NO = /\bno\s/i;
const dataDenied = (before: string, after: string) => LEFT_OUT.test(before) || (HAS_NO.test(before) && NO_FIRST.test(before)) || (NO_BEFORE.test(before) && (VERB_NO.test(before) || DONE_TO_IT.test(after)))
  || (SUBJECT_START.test(before) && (DENIED_DONE.test(after) || PRACTICE_DENIED.test(after))) || NO_SUBJECT.test(before + after.slice(1));

/** Polarity of the practice whose trigger starts at `at` in the clause. "We do not share … except …" states
 *  a conditional practice (does); with `denialHolds` (a sale) the exception does not turn the denial round. */
export function polarityAt(clause: string, at: number, denialHolds = false, lawAloneKeepsDenial = false): Polarity {
  const window = blankedOut(clause.slice(Math.max(0, at - 90), at + 1));
  // A negation governs its own part of the sentence: "we do not build a profile, and the ads you see are based on…".
  const parts = window.split(NEW_SUBJECT);
  const before = withoutConditions(parts[parts.length - 1]!);
  if (!NEGATION.test(before) && !dataDenied(before, clause.slice(at))) return 'does';
  // ...and so does an exception: in "reports are sent only if you opt in, and they never include your messages" the
  // condition is the reports', not the messages'.
  const own = parts.length > 1 ? clause.slice(Math.max(0, at - 90) + window.length - before.length) : clause;
  const exceptions = withoutConsentGates(own);
  return !denialHolds && EXCEPTION.test(lawAloneKeepsDenial ? lawAlone(exceptions) : exceptions) ? 'does' : 'does-not';
}

/** Polarity of a clause as a whole, when no single trigger is known: its first negation governs. */
export function clausePolarity(clause: string): Polarity {
  const m = NEGATION.exec(blankedOut(clause));
  if (!m) return 'does';
  return EXCEPTION.test(withoutConsentGates(clause)) ? 'does' : 'does-not';
}
