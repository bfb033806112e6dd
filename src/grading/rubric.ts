/** The scorecard: fixed questions about what a policy does with your data, each answered from the clauses that decide it. */
import { DEIDENTIFIED_ONLY, periodDays } from '../engine/details';
import type { Finding } from '../engine/types';
import type { Answer, RubricAnswer } from '../report/answers';

export { ANSWERS, type Answer, type RubricAnswer } from '../report/answers';

/**
 * What one clause says about a question's practice: `bad` and `good` settle it one way or the other,
 * `weak-bad` and `weak-good` only half ("only with a court order", "encrypted in transit"), and
 * `mitigates` softens a bad practice without standing for anything alone ("you can opt out of ads").
 */
export type Stance = 'bad' | 'weak-bad' | 'mitigates' | 'weak-good' | 'good';
export const STANCES: readonly Stance[] = ['bad', 'weak-bad', 'mitigates', 'weak-good', 'good'];

export interface Question {
  id: string;
  /** The stances its clauses can take; the answers' points are monotone over these (the rubric test checks). */
  stances: readonly Stance[];
  /** The question as a reader sees it (English; the popup carries translations keyed by id). */
  question: string;
  /** The answer that protects you: "no" for a risky practice, "yes" for a protective one. */
  safe: 'yes' | 'no';
  /** Points for each answer; the most, for the safe answer, is what the question is worth. */
  points: Record<'safe' | 'partly' | 'unsafe' | 'not-stated', number>;
  /** What a finding says about the practice, or null when it says nothing about it. */
  stance(f: Finding): Stance | null;
  /** Policy snippets and the answer each must get; the rubric test runs them through the real engine. */
  examples: Partial<Record<Answer, string[]>>;
}

const base = (f: Finding) => f.rule.replace(/-zh$/, '');
const does = (f: Finding) => f.polarity === 'does';

// Cue words in a flagged clause that narrow a practice the engine has already found.
const WAY_OUT = /\b(?:unless|except|other than|without your (?:prior |express )?(?:consent|permission))\b/i;
const PROMISE_WITH_EXCEPTION = /\b(?:not|never)\b(?:\s+\w+){0,3}\s+(?:sell|rent|trade|lease)\b/i;
const ADS_CHOICE = /\b(?:advertis|ads\b|marketing|promotional|newsletters?|commercial (?:e-?mails?|messages))|广告|营销|推送|推荐/i;
const ONLY_PROVIDERS = /\b(?:service providers?|vendors?|contractors?|processors?|(?:who|that) (?:help|assist|perform|work)|on our behalf|acting for us|to (?:provide|operate|run) the service)\b|受托|代表我们|服务提供商/i;
const BROADLY = /\b(?:partners?|affiliates?|advertis|marketers?|data brokers?|sponsors?|other companies|third parties for their own|business purposes|for (?:their|its) own (?:purposes|marketing|use)|public(?:ly)?|acquir|merger|sale of (?:the )?(?:company|business|assets))|合作伙伴|关联公司|广告主/i;
const DISCRETION = /\b(?:believe|good[- ]faith|(?:upon|on|at|in response to|respond(?:s|ing)? to|compl(?:y|ying) with) (?:a |an |any |their |the |such |all )?(?:[\w-]+ ){0,3}(?:requests?|demands?|inquir(?:y|ies))|government(?:al)? (?:requests?|demands?)|(?:requests?|demands?|inquir(?:y|ies)) (?:from|by|of) (?:a |an |any |the )?(?:[\w-]+ ){0,2}(?:government|authorit|law enforcement|police|agenc|officials?|regulators?)|(?:authorit(?:y|ies)|police|law enforcement|agenc(?:y|ies)|officials?) (?:ask|asks|request|requests|demand|demands)\b|cooperat|appropriate|discretion|protect (?:the |our )?(?:rights|property|safety|interests)|national security|public (?:security|safety)|intelligence|investigat|without (?:any )?(?:prior )?(?:notice|notifying|telling|informing))|国家安全|公共安全|调取|配合|协助|行政(?:机关)?|公安|有权机关|政府(?:部门|机关)?(?:的)?要求|无需(?:另行|事先)?(?:通知|告知)/i;
const LEGAL_PROCESS = /\b(?:subpoenas?|warrants?|court orders?|legal process|judicial (?:order|proceedings?|process)|(?:required|compelled|obliged|obligated) (?:to do so )?by (?:law|a court|applicable law)|legally (?:required|binding|compelled|obliged|obligated)|required by (?:law|applicable law))\b|法院|司法机关|法律程序|诉讼/i;
const LIVES_ON = /\b(?:backups?|archiv(?:e|es|ed|al)|residual|cached|remain|persist|even after|after (?:you (?:delete|close|deactivate|cancel)|(?:the )?(?:deletion|closure|deactivation|termination|cancellation))|following (?:deletion|closure|termination))|备份|注销[^。；]{0,10}(?:后|仍)|删除[^。；]{0,10}后仍/i;
const YOU_DELETE = /\b(?:(?:when|if|once|after) you (?:delete|remove|erase|close|deactivate|cancel)|(?:upon|on|after|following) (?:your )?(?:request|deletion|account deletion|closure|closing)|(?:once|after|when) (?:it is |they are |they have been |it has been )?delivered|after (?:they are |it is )?delivery)\b|注销|删除(?:您的)?(?:账号|账户|信息)/i;
const GONE_FOR_GOOD = /\b(?:permanent(?:ly)?|immediately|irreversibl[ey]|for good|within \d+ (?:hours|days)|from (?:our |all )?(?:servers|systems|backups|databases)|including (?:from )?(?:our )?backups|no (?:copies|copy|trace)|cannot be recovered|(?:once|after|when) (?:it is |they are |they have been |it has been )?delivered|after (?:they are |it is )?delivery)\b|立即|永久|彻底/i;
const PRECISE = /\b(?:precise|exact|gps|latitude|longitude|real[- ]time|wi-?fi|cell(?:ular)? towers?|bluetooth|beacons?|geolocation|geo-?locate|device location|location of your (?:device|phone))\b|精确|GPS|基站|WLAN|蓝牙|行踪轨迹|附近的人/i;
const ACROSS = /\b(?:across|other (?:web)?sites|other (?:apps|services|devices)|third[- ]part(?:y|ies)|advertis|ad networks?|ad servers?|partners?|over time|interest[- ]based|behavio(?:u)?ral|retarget|remarket|social (?:media|network)|plug-?ins?|widgets?|facebook|google|doubleclick)\b|第三方|广告|合作伙伴|跨/i;
const HASHED_OR_LOCAL = /\b(?:hash(?:ed|es)?|on your device|locally|never (?:stored|kept|saved)|not (?:stored|kept|saved)|discard(?:ed)?|immediately deleted)\b|本地|哈希|不会(?:保存|存储)/i;
const SAFEGUARDED = /\b(?:standard contractual clauses|model clauses|adequa(?:te|cy)|privacy shield|safe harbou?r|binding corporate rules|appropriate safeguards|equivalent (?:level of )?protection|same (?:level of )?protection)\b|安全评估|标准合同/i;
const WITHDRAW_CONSENT = /\bwithdraw (?:your )?consent|\brefuse\b[^.]{0,40}\bwithout (?:losing|affecting)|\bwithout (?:losing|affecting) (?:access|your access|the service)|撤回(?:您的)?(?:授权|同意)/i;
const AHEAD = /\b(?:in advance|advance notice|prior notice|(?:before|prior to) (?:[\w-]+ ){0,6}(?:take|takes|taking|become|becomes|go|goes|come|comes|appl(?:y|ies)) (?:effect|effective|into (?:effect|force)|force)|before (?:they|it|the changes?) (?:appl(?:y|ies)|are applied)|(?:\d+|one|two|three|four|six|seven|ten|fourteen|fifteen|thirty|sixty|ninety) (?:days|weeks|months)(?:'|’)? (?:notice|before|in advance|prior)|by e-?mail|e-?mail(?:ing)? you|send(?:ing)? (?:you )?an? e-?mail|via e-?mail|notify you (?:directly|by|via|through|personally)|(?:ask|seek|obtain|request) (?:for )?your (?:prior |express )?consent|opt[- ]in)\b|事先|提前|征得您(?:的)?同意|弹窗|推送|邮件|短信/i;
const NO_NOTICE = /\bwithout (?:any |further |prior |advance )*(?:notice|notif|inform|telling)|\bno (?:prior |advance )?notice\b|无需通知|恕不另行通知|不另行通知/i;
const DELETION = /\b(?:delet|eras|remov|close|closing|deactivat|cancel|terminat|be forgotten)\w*|删除|注销/i;

/** "When you delete your account we erase it within 30 days, backups included": a promise, even though it names backups. */
function erasedForGood(f: Finding): boolean {
  return (f.family === 'retention' || f.family === 'access-deletion') && YOU_DELETE.test(f.text) && GONE_FOR_GOOD.test(f.text);
}

/** A retention finding's stance: a short stated period is a limit, a long one half of one, an open end none. */
function retentionStance(f: Finding): Stance | null {
  if (f.family !== 'retention') return null;
  if (!does(f) || base(f) === 'retention-limit' || erasedForGood(f)) return 'good';
  const days = periodDays(f.details.period);
  if (days === null) return null;
  if (days === Infinity || days > 2 * 365) return 'bad';
  return days <= 90 ? 'good' : 'weak-good';
}

export const RUBRIC: readonly Question[] = [
  {
    id: 'sells-data',
    stances: ['bad', 'weak-bad', 'good'],
    question: 'Does it sell or trade your data?',
    safe: 'no',
    points: { safe: 10, partly: 5, unsafe: 0, 'not-stated': 9 },
    // "We will not sell it, except as described here" is a promise with a way out: half an answer.
    // The engine reads such a promise as a denial (never a sale), so the way out is found in the text here.
    stance: (f) => (f.family !== 'sale' ? null : !does(f) ? (WAY_OUT.test(f.text) ? 'weak-bad' : 'good') : PROMISE_WITH_EXCEPTION.test(f.text) ? 'weak-bad' : 'bad'),
    examples: {
      yes: ['We may sell your personal information to data brokers.'],
      partly: ['We will not sell or rent your personal information to third parties, except as described in this policy.'],
      no: ['We do not sell or rent your personal information.'],
      'not-stated': ['We collect your email address when you sign up.'],
    },
  },
  {
    id: 'advertising',
    stances: ['bad', 'weak-bad', 'mitigates', 'good'],
    question: 'Is your data used for advertising, or shared with advertisers?',
    safe: 'no',
    points: { safe: 8, partly: 4, unsafe: 0, 'not-stated': 7 },
    stance: (f) => {
      if (f.family === 'ads') return !does(f) ? 'good' : base(f) === 'direct-marketing' ? 'weak-bad' : 'bad';
      // Being able to say no to ads halves the answer; it does not make the ads go away.
      if (f.family === 'user-choice' && does(f) && ADS_CHOICE.test(f.text)) return 'mitigates';
      return null;
    },
    examples: {
      yes: ['We use your browsing activity to show you targeted advertising.'],
      partly: ['We use your browsing activity to show you targeted advertising. You can opt out of interest-based advertising at any time.'],
      no: ['We do not use your data for targeted advertising.'],
    },
  },
  {
    id: 'shares-data',
    stances: ['bad', 'weak-bad', 'good'],
    question: 'Is your data shared with other companies beyond those running the service for it?',
    safe: 'no',
    points: { safe: 6, partly: 3, unsafe: 0, 'not-stated': 4 },
    stance: (f) => {
      if (f.family !== 'sharing') return null;
      if (!does(f)) return 'good';
      // Service providers only, or only aggregated or de-identified data: shared, but less of you.
      return (ONLY_PROVIDERS.test(f.text) && !BROADLY.test(f.text)) || f.details.data === DEIDENTIFIED_ONLY ? 'weak-bad' : 'bad';
    },
    examples: {
      yes: ['We share your personal information with our partners and affiliates for their own marketing.'],
      partly: ['We share your information with service providers who help us operate the service.', 'Our partners receive only aggregated, de-identified statistics about readership.'],
      no: ['We do not share your personal information with third parties.'],
    },
  },
  {
    id: 'authorities',
    stances: ['bad', 'weak-bad', 'good'],
    question: 'Can authorities get your data on request, without a court order or other legal process?',
    safe: 'no',
    points: { safe: 8, partly: 4, unsafe: 0, 'not-stated': 4 },
    stance: (f) => {
      if (f.family !== 'legal-disclosure') return null;
      if (!does(f)) return 'good';
      if (f.details.notice || DISCRETION.test(f.text)) return 'bad';
      return LEGAL_PROCESS.test(f.text) ? 'weak-bad' : 'bad';
    },
    examples: {
      yes: [
        'We may disclose your information to government authorities when we believe it is appropriate.',
        'We may retain, preserve or disclose your data to comply with applicable laws or regulations.',
        'We may give your data to the police without telling you.',
        'We may share your data with a police force that asks for it, or on a request from any public authority.',
        '根据行政机关的要求，我们可能会向有关部门提供您的个人信息。',
      ],
      partly: [
        'We disclose information to law enforcement only in response to a valid subpoena or court order.',
        'We hand over data only when a court order compels us, and we report how many such orders we receive.',
      ],
      'not-stated': ['We use your email address to send you receipts.'],
    },
  },
  {
    id: 'keeps-data',
    stances: ['bad', 'weak-good', 'good'],
    question: 'Does it limit how long your data is kept?',
    safe: 'yes',
    points: { safe: 8, partly: 4, unsafe: 0, 'not-stated': 2 },
    stance: retentionStance,
    examples: {
      yes: ['Server logs are deleted after 30 days.', 'We do not keep your messages after they are delivered.'],
      partly: [
        'Server logs are deleted after 30 days. We may keep your account information indefinitely.',
        'We retain your search history for eighteen months.',
      ],
      no: ['We may keep your account information indefinitely.'],
      'not-stated': ['We collect your name and email address.'],
    },
  },
  {
    id: 'deleted-data-lives-on',
    stances: ['bad', 'good'],
    question: 'Does your data live on after you delete it (in backups, logs or closed accounts)?',
    safe: 'no',
    points: { safe: 6, partly: 3, unsafe: 0, 'not-stated': 3 },
    stance: (f) => {
      if (erasedForGood(f)) return 'good';
      if (f.family === 'retention' && does(f) && (/backups|after you close/.test(f.details.period ?? '') || LIVES_ON.test(f.text))) return 'bad';
      if (f.family === 'retention' && !does(f)) return 'good';
      return null;
    },
    examples: {
      yes: ['Copies of your content may remain in backup storage even after you delete your account.'],
      no: ['When you delete your account, we permanently delete your data from our servers within 30 days, including from backups.'],
      'not-stated': ['You can change your password in settings.'],
    },
  },
  {
    id: 'activity-logged',
    stances: ['bad', 'weak-bad', 'good'],
    question: 'Are your searches, viewing history or communications (who, when, how long) logged?',
    safe: 'no',
    points: { safe: 8, partly: 4, unsafe: 0, 'not-stated': 6 },
    stance: (f) => {
      if (f.family !== 'log-collection') return null;
      if (!does(f)) return 'good';
      return base(f) === 'device-data' ? 'weak-bad' : 'bad';
    },
    examples: {
      yes: [
        'We collect the time, date and duration of your calls and the people you communicate with.',
        'We log your search queries and the pages you view.',
      ],
      partly: ['We collect your IP address and device identifiers.'],
      no: ['We do not log your searches or browsing history.'],
    },
  },
  {
    id: 'tracks-across-sites',
    stances: ['bad', 'weak-bad', 'good'],
    question: 'Are you tracked across other websites and apps?',
    safe: 'no',
    points: { safe: 7, partly: 4, unsafe: 0, 'not-stated': 6 },
    stance: (f) => {
      if (f.family !== 'tracking') return null;
      if (!does(f)) return 'good';
      return ACROSS.test(f.text) ? 'bad' : 'weak-bad';
    },
    examples: {
      yes: ['We and our advertising partners use cookies and web beacons to track your activity across websites.'],
      partly: ['We use cookies to remember your preferences.'],
      no: ['We do not use cookies or similar tracking technologies.'],
    },
  },
  {
    id: 'precise-location',
    stances: ['bad', 'weak-bad', 'good'],
    question: 'Is your precise location collected?',
    safe: 'no',
    points: { safe: 6, partly: 3, unsafe: 0, 'not-stated': 5 },
    stance: (f) => {
      if (f.family !== 'location') return null;
      if (!does(f)) return 'good';
      return PRECISE.test(f.text) ? 'bad' : 'weak-bad';
    },
    examples: {
      yes: ['We collect your precise location from your device GPS.'],
      partly: ['We may infer your approximate location from your IP address.'],
      no: ['We do not collect your location.'],
    },
  },
  {
    id: 'address-book',
    stances: ['bad', 'weak-bad', 'good'],
    question: 'Is your address book uploaded?',
    safe: 'no',
    points: { safe: 6, partly: 3, unsafe: 0, 'not-stated': 5 },
    stance: (f) => {
      if (f.family !== 'address-book') return null;
      if (!does(f)) return 'good';
      return HASHED_OR_LOCAL.test(f.text) ? 'weak-bad' : 'bad';
    },
    examples: {
      yes: ['We upload the contacts in your address book to our servers to find your friends.'],
      no: ['We never upload your address book.'],
    },
  },
  {
    id: 'transfers-abroad',
    stances: ['bad', 'weak-bad', 'good'],
    question: 'Is your data transferred to other countries?',
    safe: 'no',
    points: { safe: 4, partly: 2, unsafe: 0, 'not-stated': 3 },
    stance: (f) => {
      if (f.family !== 'cross-border') return null;
      if (!does(f)) return 'good';
      return SAFEGUARDED.test(f.text) ? 'weak-bad' : 'bad';
    },
    examples: {
      yes: ['Your information may be transferred to and stored in countries other than your own.'],
      partly: ['Your information may be transferred to other countries under standard contractual clauses.'],
    },
  },
  {
    id: 'forced-consent',
    stances: ['bad', 'mitigates', 'good'],
    question: 'Is your consent forced, or assumed because you keep using the service?',
    safe: 'no',
    points: { safe: 7, partly: 4, unsafe: 0, 'not-stated': 6 },
    stance: (f) => {
      if (f.family === 'forced-consent') return does(f) ? 'bad' : 'good';
      if (f.family === 'user-choice' && does(f) && WITHDRAW_CONSENT.test(f.text)) return 'mitigates';
      return null;
    },
    examples: {
      yes: ['By using the service you agree to this privacy policy.'],
      partly: ['By using the service you agree to this privacy policy. You may withdraw your consent at any time.'],
    },
  },
  {
    id: 'told-of-changes',
    stances: ['bad', 'weak-bad', 'good'],
    question: 'Are you told of changes to the policy before they apply?',
    safe: 'yes',
    points: { safe: 5, partly: 3, unsafe: 0, 'not-stated': 3 },
    stance: (f) => {
      if (f.family !== 'policy-change' || !does(f)) return null;
      // The cue decides over the rule: a clause that promises notice weeks ahead is not a silent change.
      if (AHEAD.test(f.text) && !NO_NOTICE.test(f.text)) return 'good';
      return base(f) === 'policy-change-silent' ? 'bad' : 'weak-bad';
    },
    examples: {
      yes: [
        'We will notify you by email 30 days before material changes to this policy take effect.',
        'We will let you know in the app two weeks before any change to this policy takes effect.',
      ],
      partly: ['We will post any changes to this privacy policy on this page.'],
      no: ['We may change this policy at any time without prior notice.'],
    },
  },
  {
    id: 'your-rights',
    stances: ['bad', 'weak-good', 'good'],
    question: 'Can you access, delete and export your data?',
    safe: 'yes',
    points: { safe: 6, partly: 3, unsafe: 0, 'not-stated': 1 },
    stance: (f) => {
      if (f.family !== 'access-deletion') return null;
      if (!does(f)) return 'bad';
      return DELETION.test(f.text) ? 'good' : 'weak-good';
    },
    examples: {
      yes: ['You can access, correct or delete your personal information from your account settings.'],
      partly: ['You can review and update your profile information at any time.'],
      'not-stated': ['We collect your name and email address.'],
    },
  },
  {
    id: 'end-to-end',
    stances: ['bad', 'weak-good', 'good'],
    question: 'Is your content end-to-end encrypted, so that not even the service can read it?',
    safe: 'yes',
    points: { safe: 5, partly: 2, unsafe: 0, 'not-stated': 1 },
    stance: (f) => {
      const id = base(f);
      if (id === 'end-to-end-encryption') return does(f) ? 'good' : 'bad';
      return id === 'transit-encryption-only' && does(f) ? 'weak-good' : null;
    },
    examples: {
      yes: ['Your messages are protected with end-to-end encryption.'],
      partly: ['Data is encrypted in transit between our servers and your device.'],
      no: ['Your messages are not end-to-end encrypted.'],
    },
  },
];

/** The question's answer from the stances its clauses take; the same set of stances always gives the same answer. */
export function answerOf(q: Pick<Question, 'safe'>, stances: ReadonlySet<Stance>): Answer {
  const unsafe = q.safe === 'yes' ? 'no' : 'yes';
  if (stances.has('bad')) return stances.has('good') || stances.has('weak-good') || stances.has('mitigates') ? 'partly' : unsafe;
  // A plain protective statement outweighs a half-risk ("posted on this page" beside "we email you first").
  if (stances.has('good')) return q.safe;
  if (stances.has('weak-bad') || stances.has('weak-good')) return 'partly';
  return 'not-stated';
}

export function pointsOf(q: Pick<Question, 'safe' | 'points'>, answer: Answer): number {
  if (answer === 'partly' || answer === 'not-stated') return q.points[answer];
  return answer === q.safe ? q.points.safe : q.points.unsafe;
}

/** Answers every question from a policy's findings (all of them, in any order). */
export function answerRubric(findings: readonly Finding[], questions: readonly Question[] = RUBRIC): RubricAnswer[] {
  return questions.map((q) => {
    const stanceById = new Map<string, Stance>();
    for (const f of findings) {
      const s = q.stance(f);
      if (s && q.stances.includes(s)) stanceById.set(f.id, s);
    }
    const stances = new Set(stanceById.values());
    const answer = answerOf(q, stances);
    // The clauses that decide: for a settled answer, those that settle it; for "partly", both sides.
    const decisive: ReadonlySet<Stance> = answer === 'not-stated' ? new Set()
      : answer === 'partly' ? new Set(STANCES)
        : answer === q.safe ? new Set<Stance>(['good']) : new Set<Stance>(['bad']);
    const ids = findings.filter((f) => decisive.has(stanceById.get(f.id)!)).map((f) => f.id);
    return { id: q.id, question: q.question, answer, points: pointsOf(q, answer), outOf: q.points.safe, findings: ids };
  });
}
