/** Retention: how long the service keeps your data, and whether it outlives your account. */
import { periodDays, retentionPeriod, retentionPeriodZh } from '../details';
import type { EnglishRule, RuleSpec, Severity } from '../types';
import { withChinese } from './common';
import {
  ANONYMISE, anyOf, ARCHIVE, DELETE, DESTROY, ERASE, HOLD, KEEP, MAINTAIN, NUMBER_WORDS, pattern, PRESERVE, PURGE, RETAIN, SAVE, STORE,
  TIME_UNIT,
} from './vocabulary';

// How long: a duration, an open end, or an event after which data is still there.
const HOW_LONG = String.raw`(?:for (?:at least|at most|no (?:less|more) than|not (?:less|more) than|a (?:minimum|maximum) of|approximately|about|around|roughly|over|up to) |for (?:a |an |the )?(?:(?:limited|reasonable|commercially reasonable|extended|certain|specific|longer|shorter|shortest|minimum|maximum|necessary|required|appropriate|applicable|relevant|retention) )?(?:period|time|duration|length|as long|up to|longer|no longer|\d|${NUMBER_WORDS}|several|many|backup|archival|audit|record-keeping)|until|as long as|while (?:you|your)|for (?:your )?(?:future|later|subsequent) (?:use|visits?|articles?|purchases?|orders?|reference)|indefinitely|permanently|beyond|(?:even )?after (?:you|your|the (?:termination|deletion|closure|end)|termination|deletion|closing|deactivat|cancel|account)|following (?:termination|deletion|closure|deactivation)|longer than|no longer than|up to \d|in (?:our )?(?:backups?|archives?|archived))`;
// Data kept: how long, that it remains, when it is deleted.
const KEPT = [
  /\b(?:retention (?:period|polic|schedule|requirement)|data retention|how long (?:we|do we|will we) (?:keep|retain|store|hold))/i,
  // Kept, and up to sixteen words on, for how long.
  pattern`\b${anyOf(RETAIN, KEEP, STORE, SAVE, PRESERVE, MAINTAIN, HOLD, ARCHIVE)}\b(?: [\w(),/-]+){0,16} ${HOW_LONG}`,
  // ...data, that is: "so that the service remains available" is about the service.
  /(?<!\b(?:service|site|website|system|app|platform|network|portal)s? )\b(?:remain(?:s)?|persist(?:s)?|resid(?:e|ual))\b(?! (?:available|online|up|operational|accessible to (?:all|every)))[^.]{0,60}\b(?:databases?|servers?|backups?|archiv(?:es|ed)|logs|records|systems?|caches?)\b/i,
  // Deleted, and when: once, after a time, within one, or on a schedule.
  pattern`\b${anyOf(DELETE, DESTROY, PURGE, ERASE, ANONYMISE)}\b[^.]{0,60}\b(?:once|after (?:\w+ ){0,3}(?:days?|weeks?|months?|years?|period)|(?:\d+|a|an|${NUMBER_WORDS}) ${anyOf(TIME_UNIT)} (?:after|from|once)|within|when (?:it is |they are )?no longer|promptly|periodically|regular(?:ly)?|on a (?:regular|periodic|rolling) basis)\b`,
  // Softer verbs (remove, discard, truncate, wipe) count only with a stated time: "removed within the help tab" is no period.
  /\b(?:remov|discard|truncat|wip|clear|overwrit)\w*\b[^.]{0,60}\b(?:(?:after|within|every) (?:\w+ ){0,2}(?:hours?|days?|weeks?|months?|years?)|(?:on|at|after) (?:every|each) (?:reboot|restart|session|login|visit|call|use|night|day))\b|\b(?:(?:and )?then|immediately|right away|straight away|as soon as (?:\w+ ){0,4}(?:is|are|has|have) (?:done|finished|complete|been (?:sent|delivered|used|checked)))\b (?:\w+ )?(?:discarded|deleted|erased|removed|wiped|destroyed|thrown away)\b|\b(?:discarded|deleted|erased|removed|wiped|destroyed) (?:\w+ )?(?:immediately|right away|straight away|at once|as soon as|once)\b/i,
  // Deleted after a spell of disuse: "if you do not sign in for two years, we close and delete your account".
  pattern`\b(?:inactiv(?:e|ity)|dormant|(?:do not|don't|did not|didn't|have not|haven't) (?:sign|log)(?:ged)? (?:in|on)|(?:not|no longer) (?:been )?(?:used|active))\b[^.]{0,60}\b${anyOf(DELETE, DESTROY, PURGE, ERASE, ANONYMISE)}\b`,
  // Data that stays until something ends it: "chats stay in your history until you delete them".
  /\b(?:stays?|remains?)\b (?:(?!(?:in effect|valid|available|open|active|in force)\b)[\w-]+ ){0,4}until (?:you|they|it is|they are|the|your|we)\b/i,
  // Kept in another form instead of deleted: "we anonymise your history rather than deleting it".
  /\b(?:anonymi[sz]|de-identif|pseudonymi[sz]|aggregat|keep|kept|retain|archiv)\w*\b[^.;]{0,60}\b(?:rather than|instead of) (?:deleting|erasing|removing|destroying|purging)\b/i,
  /\bresidual (?:copies|information|data)|\b(?:regular|periodic|scheduled|routine) (?:destruction|deletion|purg)|\bkeep (?:a )?records? of\b|\bbackup (?:copies|media|systems?|storage)/i,
];
// A pointer to another page ("click here to read about what may remain in our archives") states nothing itself.
const POINTER = /^\W{0,3}(?:please )?(?:click here|see (?:our|the)|read (?:our|the)|visit (?:our|the)|learn more)\b[^.]{0,40}\b(?:to (?:read|learn|find out)|about|for (?:more|details))\b/i;
const DATA = /\b(?:information|data|records?|logs?|histor(?:y|ies)|content|messages?|cop(?:y|ies)|backups?|details|searches|it|them|cookies?|address(?:es)?|numbers?|communications?|calls?|documents?|invoices?|receipts?|files?|recordings?|transcripts?|photos?|videos?|posts?|progress|(?:inactive |closed |dormant )?accounts?|hashes|ids?|profiles?|chats?|statements?|samples|readings|statistics|snapshots|images|audio|clips|footage)\b/i;
function severityOfPeriod(details: Record<string, string>): Severity {
  const days = periodDays(details.period);
  if (days === null) return 'medium';
  if (days === Infinity || days > 2 * 365) return 'high';
  return days <= 90 ? 'low' : 'medium';
}

const english: EnglishRule[] = [
  {
    id: 'retention-period',
    tags: ['retention'],
    severity: 'medium',
    match: KEPT,
    also: [DATA],
    unless: [
      POINTER,
      /\b(?:collection|use|processing|disclosure),? (?:[\w-]+,? ){0,3}(?:and|or|&) retention\b/i,
      /\bpersistent cookies?\b|\bkeep (?:track|you)\b|\bcookies?["”’']? (?:are|is) (?:small|text|bits)|\bcookies?\b[^.]{0,140}\b(?:keep records|remain|persist|stay)\b/i,
    ],
    details: retentionPeriod,
    severityFor: severityOfPeriod,
    examples: {
      flag: [
        { text: 'We retain your search history for two years.', details: { period: '2 years' }, also: ['activity-logs', 'search-and-viewing-history'] },
        { text: 'We retain your search history for eighteen months.', details: { period: '18 months' }, also: ['activity-logs', 'search-and-viewing-history'] },
        { text: 'We retain call detail records, including the numbers you call and the duration of each call, for 18 months.', details: { period: '18 months' }, also: ['communication-metadata'] },
        { text: 'We keep server logs for 30 days and then delete them.', details: { period: '30 days' }, also: ['activity-logs'] },
        { text: 'We may retain your information indefinitely.', details: { period: 'indefinitely' } },
        { text: 'We preserve the time, date and duration of your calls for as long as your account exists.', details: { period: 'as long as your account is active' }, also: ['communication-metadata'] },
        { text: 'Copies of your content may remain in backup storage even after you delete your account.', details: { period: 'after you close your account; in backups or archives' }, also: ['retention-beyond-deletion'] },
        { text: 'We store your messages until you clear them.', details: { period: 'until you clear it' } },
        'Voice notes stay in the shared folder until the owner removes them.',
        'When you close your account we aggregate your ride history instead of deleting it.',
        { text: 'Old snapshots are overwritten after fourteen days.', details: { period: '14 days' } },
        { text: 'Log data is deleted after 90 days.', details: { period: '90 days' }, also: ['activity-logs'] },
        { text: 'We strip the last octet from stored IP addresses after 30 days and remove them entirely after a year.', details: { period: '30 days; 1 year' }, also: ['device-data', 'retention-beyond-deletion'] },
        { text: 'Raw location data is discarded within 24 hours.', details: { period: '24 hours' }, also: ['location'] },
        'Selfie photos are deleted as soon as the match is confirmed.',
        { text: 'Accounts left inactive for three years are closed and their data erased.', details: { period: '3 years' } },
        { text: "If you haven't logged in for 18 months, we anonymise your profile.", details: { period: '18 months' } },
        'We keep claim documents only for the shortest period the purpose needs.',
        { text: 'Voice samples are stored for up to six months.', details: { period: '6 months' }, also: ['device-content'] },
        { text: 'We keep your uploaded documents for at least five years.', details: { period: '5 years' } },
        { text: 'Call recordings are kept for no more than 90 days.', details: { period: '90 days' } },
        { text: 'Your voice recordings are transcribed on our servers and then deleted.', also: ['device-content'] },
        'The photo you send for verification is erased immediately after the check.',
        'Session data is wiped on every restart of the server.',
        { text: 'Chats are deleted automatically seven days after they are read.', details: { period: '7 days' } },
        { text: 'Inactive accounts are closed and their data deleted after two years.', details: { period: '2 years' } },
      ],
      ignore: [
        'Keep your password confidential.',
        'We watch for attacks so that the portal remains available to every citizen and our servers stay fast.',
        { text: 'By using the service you consent to our collection, use and retention of your information.', also: ['forced-consent'] },
        'We keep you informed about new features.',
        'Click here to learn about the records we keep after you close your account.',
        { text: 'Please keep in mind that public posts can be seen by anyone.', also: ['data-disclosure'] },
        { text: 'We maintain physical, electronic and procedural safeguards.', also: ['weak-security-claim'] },
      ],
    },
  },
  {
    id: 'retention-beyond-deletion',
    tags: ['retention'],
    severity: 'high',
    alone: true,
    match: [
      /\b(?:retain|keep|kept|stor(?:e|ed)|preserv(?:e|ed)|maintain|hold|log)(?:s|ed|ing)?\b[^.;]{0,120}\b(?:even (?:after|when|if|though)|after)\b[^.;]{0,40}\b(?:delet|clos|deactivat|cancel|remov|terminat)\w*/i,
      /\b(?:not|never) (?:be )?(?:permanently |completely |fully )?(?:deleted|removed|erased|purged)\b[^.;]{0,60}\b(?:ever|at all|from our (?:servers|systems|backups)|backups?)\b|\b(?:deleted|removed) (?:\w+ ){0,3}(?:servers|systems) ever\b/i,
      /\b(?:remain|persist|retained|kept|stored)\b[^.;]{0,60}\b(?:backups?|backup (?:copies|systems|media)|archives?)\b/i,
      // Kept for good: what cannot be deleted, and records that are permanent ("ledger entries are public and permanent").
      /\b(?:cannot|can['’]?t|can not|(?:are|is) (?:unable|not able) to)(?<=\b(?:we|it|they|these|which|that|records?|data|information|content|posts?|messages?|entries|transactions?|reviews?|comments?|copies|backups?) (?:cannot|can['’]?t|can not|(?:are|is) (?:unable|not able) to)) (?:be )?(?:deleted|erased|removed|purged|delete|erase|remove|purge)\b|\b(?:records?|transactions?|entries|posts?|content|data|information|history|messages?)\b[^.;]{0,40}\b(?:are|is|remains?|stays?) (?:[\w-]+ and )?permanent\b/i,
      /\b(?:retain|keep|preserv|stor|maintain|hold)(?:e|es|ed|ing|s)?\b[^.;]{0,120}\b(?:to comply with|as (?:required|permitted) by|in accordance with|under|pursuant to|for) (?:applicable |relevant |our |any )?(?:laws?|legal (?:obligations?|requirements?|reasons|purposes)|regulations?|regulatory (?:obligations?|requirements?))\b/i,
      // Kept because a law says so, in either order: "tax law requires us to keep invoices for ten years".
      /\b(?:retain|keep|kept|preserv|stor|maintain|hold)(?:e|es|ed|ing|s)?\b[^.;]{0,100}\b(?:as (?:required|mandated|demanded) by|required by|under) (?:[\w-]+,? ){0,5}(?:laws?|acts?|codes?|regulations?|rules)\b|\b(?:required|obliged|obligated|mandated) (?:by|under) (?:[\w-]+,? ){0,5}(?:laws?|acts?|regulations?|rules) to (?:[\w,-]+ ){0,8}?(?:keep|retain|store|preserve|hold)\b|\b(?:laws?|regulations?|rules) (?:\w+ ){0,2}(?:requires?|obliges?|oblige|compels?) us to (?:keep|retain|store|preserve|hold)\b|\b(?:legally|lawfully|statutorily) (?:required|obliged|obligated|bound) to (?:keep|retain|store|preserve|hold)\b/i,
    ],
    // Kept on your own device is not kept by the service.
    unless: [POINTER, /\b(?:stored|kept|saved) (?:only |locally )?on your (?:device|phone|computer)\b(?![^.;]{0,80}\b(?:after|even)\b)/i],
    details: retentionPeriod,
    examples: {
      flag: [
        'We keep a full log of your messages even when both of you later delete your accounts.',
        'Your posts are not deleted from our servers ever.',
        'Once a review is published it cannot be deleted, only hidden.',
        'Entries written to the public ledger are visible and permanent.',
        { text: 'Medical notes we are legally obliged to keep stay on file after you leave.', also: ['retention-period'] },
        { text: 'Copies may persist in our backup systems for some time.', details: { period: 'in backups or archives' }, also: ['retention-period'] },
        'We may retain your information to comply with applicable laws.',
        { text: 'Payment records are kept for six years as required by UK tax rules.', details: { period: '6 years' }, also: ['retention-period'] },
        { text: 'Local banking regulations require us to keep proof of your identity after your account closes.', also: ['retention-period'] },
        { text: 'We are obliged under consumer protection law to keep order confirmations for two years.', details: { period: '2 years' } },
      ],
      ignore: [
        { text: 'You can delete your posts at any time.', also: ['access-deletion'] },
        'We store your preferences on your device.',
        { text: 'Your drafts are kept only on your phone unless you switch on backups.', also: ['opt-out'] },
        'You cannot delete your account while a payment is pending.',
        'This notice remains in effect until we replace it.',
      ],
    },
  },
  {
    id: 'retention-limit',
    tags: ['retention'],
    severity: 'info',
    // "We do not keep it longer than necessary" states how long it is kept: the negation is the limit.
    negationIsThePractice: true,
    match: [/\b(?:not|never|no)\b[^.;]{0,30}\b(?:keep|retain|store|hold|save|maintain)\b[^.;]{0,80}\b(?:(?:any )?longer than|after|beyond|past|once|except|other than|more than)\b/i],
    details: retentionPeriod,
    examples: {
      flag: [
        "We do not store the friend's email address for any longer than reasonably necessary to send the card.",
        { text: "We will not keep the child's email address after the promotion.", also: ['direct-marketing'] },
      ],
      ignore: ['We do not store your payment details.'],
    },
  },
];

export const retentionRules: RuleSpec[] = withChinese(english, [
  {
    of: 'retention-period',
    match: [
      /(?:保存|保留|存储|储存|留存)(?:(?!保存|保留|存储|储存|留存)[^。；]){0,30}?(?:期限|期间|时间|[\d一二两三四五六七八九十百]+\s*(?:个月|年|天|日|周)|长期|永久|直至|直到|至.{0,8}(?:注销|删除|终止)|注销|最短|法律(?:法规)?(?:规定|要求))/,
      // Kept only as long as needed ("只留到…需要的时候").
      /(?:只|仅)(?:会)?(?:保留|保存|存储|留存|留|存)(?:到|至)[^。；]{0,20}(?:需要|必要|必需|时候|为止)|不会多(?:保存|保留|存|留)|用完即(?:删除?|弃|销毁|清除)/,
      /(?:期限|期间)[^。；]{0,10}(?:保存|保留|存储|留存)|(?:超出|超过)[^。；]{0,10}(?:保存|保留|存储)期限|(?:删除|匿名化)[^。；]{0,20}(?:超出|超过|到期|期限届满)/,
      /(?:在|于)?[^。；]{0,10}(?:期限|期间)届满后[^。；]{0,20}(?:删除|匿名化)/,
      /(?:长期|永久|无限期|备份|注销[^。；]{0,10}(?:后|仍))[^。；]{0,12}(?:保存|保留|存储|留存)/,
      // Kept on the service's servers (where, rather than how long, is what the sentence says).
      /(?:在|于|至)(?:我们的)?(?:服务器|云端|云服务器|数据库)(?:上|中)?[^。；，]{0,6}(?:保存|保留|存储|留存)|(?:保存|保留|存储|留存)(?:在|于|至)(?:我们的)?(?:服务器|云端|云服务器|数据库)/,
      // Deleted at a stated time: on closing the account, within so many days.
      /(?:注销|删除|关闭)(?:您的)?(?:账号|账户|帐号)?(?:后|时|之后)[^。；]{0,20}(?:删除|匿名化|清除|销毁)|[\d一二两三四五六七八九十百]+\s*(?:个)?(?:工作日|日|天|周|个月|年)(?:内|后)[^。；]{0,12}(?:删除|匿名化|清除|销毁)/,
    ],
    unless: [/存储(?:在|于)(?:中国|中华人民共和国|境内|境外)(?![^。；]{0,100}(?:期限|年|月|天))/],
    details: retentionPeriodZh,
    examples: {
      flag: [
        { text: '识别完成后原始图片不会保留，识别出的文字保留7天。', details: { period: '7 days' } },
        { text: '我们会将您的搜索记录保存六个月。', details: { period: '6 months' }, also: ['search-and-viewing-history-zh'] },
        { text: '您的聊天记录将在服务器上存储两年。', details: { period: '2 years' }, also: ['device-content-zh'] },
        { text: '我们可能会长期保存您的账号信息。', details: { period: 'indefinitely' } },
        { text: '即使您注销账号，我们仍可能在备份中保留您的信息。', details: { period: 'in backups or archives' } },
        '您的草稿会存储在我们的云端，方便您在电脑上继续编辑。',
        { text: '您关闭账户后，我们会在30日内删除或匿名化您的资料。', details: { period: '30 days' }, also: ['access-deletion-zh'] },
        { text: '订单完成后七天内，骑手看到的联系电话会被清除。', details: { period: '7 days' } },
        '您上传的证件照片我们只保留到审核完成为止。',
        '识别用的人脸图像用完即删，不留在服务器上。',
      ],
      ignore: ['您可以保存图片到手机相册。', '我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内。'],
    },
  },
  {
    of: 'retention-beyond-deletion',
    // Kept because a law or a regulator asks for it, whatever you delete.
    match: [/(?:为(?:了)?(?:遵守|满足|履行)|根据|依据|按照|依照)[^。；]{0,40}(?:法律|法规|监管)[^。；]{0,40}(?:保存|保留|留存|存储)|(?:保存|保留|留存)[^。；]{0,20}(?:以(?:遵守|满足|履行)|为(?:遵守|满足))[^。；]{0,10}(?:法律|法规|监管)/],
    details: retentionPeriodZh,
    examples: {
      flag: [
        { text: '为履行法律法规规定的义务，我们可能在您删除账号后继续保留部分交易记录。', details: { period: 'as required by law' } },
        '依据监管要求，我们会留存您的交易凭证。',
        '相关数据将被保留，以满足法律法规的要求。',
      ],
      ignore: ['我们会依据本政策为您提供服务。'],
    },
  },
]);
