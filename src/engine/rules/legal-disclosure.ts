/** Legal disclosure: handing data to police, courts, governments, or "to comply with applicable laws". */
import { legalRecipients, legalRecipientsZh } from '../details';
import { deniesAllButLawZh } from '../polarity';
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';
import { anyOf, DISCLOSE_OR_DISCLOSURE, HAND_OVER, pattern, PROVIDE, RELEASE, SHARE, TRANSFER } from './vocabulary';

const AUTHORITY = /\b(?:law enforcement|police|government(?:al)? (?:agenc|authorit|bod|entit|officials?|requests?)|governments?\b(?! (?:information|websites?|sites?|services|publications|content|data)\b)|public authorit|(?<!self-)regulat(?:ors?\b|ory (?:agenc|authorit|bod|requirements?|obligations?|requests?|demands?))|courts?\b|judicial|tribunal|subpoenas?|warrants?|court orders?|legal (?:process|proceedings?|requests?|obligations?|requirements?|orders?)|national security|public (?:security|safety)|intelligence agenc|authorities|\b(?:the|that|relevant|competent|requesting|issuing) authority\b(?! to\b)|\b(?:a|the|any) judge\b|\bjudges\b)/i;
const LEGAL_PURPOSE = /\b(?:comply with|compliance with|complying with|required (?:to do so )?by|requirements? of|obligations? under|pursuant to|in response to|respond to|responding to|as (?:required|permitted|authori[sz]ed) by|when we believe|good[- ]faith belief|believe (?:in good faith )?(?:that )?(?:such|the|it|disclosure|release))\b[^.;]{0,80}\b(?:laws?|legal|regulations?|statutes?|legislation|subpoenas?|court|judicial|government|authorit|process|legally)/i;
const DISCLOSE = pattern`\b(?:${DISCLOSE_OR_DISCLOSURE}|pass(?:es|ed|ing)? (?:\w+ )?on\b|${SHARE}|${PROVIDE}|${RELEASE}|${TRANSFER}|giv(?:e|es|en|ing)|hand(?:s|ed|ing)? (?:\w+ )?over|turn over|produc(?:e|es|ed|ing)|access(?:ed)? by|report(?:s|ed|ing)?|furnish|make (?:\w+ )?available|retain, preserve|preserve|respond(?:s|ing)? to|cooperat(?:e|es|ing) (?:with|in|fully)|(?:be )?entitled to (?:access|obtain|request)|intercepted|monitored)\b`;
// A list item that continues a lead-in such as "We may share your information:" carries its verb; a sentence with
// a verb of its own ("As required by law, we will delete…") does not.
const CONTINUES_LEAD_IN = /^(?![^.]*\bwe (?:\w+ )?(?:delete|remove|erase|destroy|notify|inform|tell|keep|retain|store|update)\b)\W{0,3}(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:to (?:comply|respond|cooperate|satisfy|meet)|as (?:required|permitted|authori[sz]ed|needed)|when (?:required|we believe|legally)|if (?:required|we believe|legally)|in response to|where required|under applicable law)\b/i;

// Bound by law to hand data over, said without naming who asks ("when we are legally required to").
// The handing over must be said in so many words: "where legally required we provide you with access" is a right.
const BOUND = String.raw`(?:(?:legally|lawfully) (?:required|obliged|obligated|compelled|bound)\b|(?:required|obliged|obligated|compelled) (?:to do so )?(?:by|under) (?:the |applicable )?laws?\b|(?:where|when|if|unless|as) (?:the |applicable |the applicable )?laws? (?:requires?|obliges?|demands?|compels?)\b)`;
const HANDING_OVER = String.raw`${anyOf(SHARE, DISCLOSE_OR_DISCLOSURE, RELEASE, HAND_OVER)}\b`;
const LEGALLY_BOUND = pattern`\b${HANDING_OVER}[^.;]{0,100}\b${BOUND}|\b${BOUND}[^.;]{0,60}\b${HANDING_OVER}`;
// Complying with a legal demand is handing the data over, even when no verb of disclosure is written.
const OBEYS_LEGAL_DEMAND = /\b(?:comply|complies|complying|cooperate|cooperates|cooperating) with (?:\w+ ){0,3}(?:subpoenas?|warrants?|court orders?|legal (?:process|demands?|requests?)|law enforcement (?:requests?|demands?)|government(?:al)? (?:requests?|demands?))/i;

const HANDED_OVER_ZH = /提供|披露|共享|转让|公开|调取|配合|协助|报告|报送|移交/;

const english: EnglishRule[] = [
  {
    id: 'legal-disclosure',
    // The mission's centre: its pattern stands without the fitted layer (which may still add clauses the rule misses).
    alone: true,
    // A disclosure to authorities is a disclosure to a third party too.
    tags: ['legal-disclosure', 'sharing'],
    severity: 'high',
    match: [LEGAL_PURPOSE, AUTHORITY, LEGALLY_BOUND],
    also: [new RegExp(`${DISCLOSE.source}|${CONTINUES_LEAD_IN.source}|${OBEYS_LEGAL_DEMAND.source}`, 'i')],
    // Telling you ("we will give you notice, or as otherwise required by law") hands nothing to an authority.
    unless: [/\b(?:children'?s online privacy protection act|coppa)\b(?![^.]{0,200}disclos)|\bwe comply with (?:the )?(?:eu|us|swiss)[^.]{0,200}privacy shield/i, /\b(?:provide|give|send) you (?:with )?(?:\w+ ){0,2}notice\b(?![^.]*\b(?:disclos\w*|shar(?:e|ed|ing)|(?:provide|give|hand) (?:your|the|such|this) (?:personal )?(?:information|data|records))\b)/i],
    // Denying every disclosure but the one the law demands shares with no one else: that is a disclosure to
    // authorities, not sharing. An exception for partners is the sharing rule's to read.
    tagsWhen: { sharing: /^(?![^.]*\b(?:not|never|nor|no one|nobody|n't)\b[^.]{0,120}\b(?:unless|except|other than|save where|save when)\b)/i },
    details: legalRecipients,
    examples: {
      flag: [
        'If a judge orders us to produce your files, we will tell you before handing them over.',
        'We may be required to provide the account records to the requesting authority.',
        { text: 'We may retain, preserve or disclose your data to comply with applicable laws or regulations.', details: { to: 'whenever law requires' }, also: ['data-disclosure', 'retention-beyond-deletion'] },
        { text: 'We may share information with law enforcement agencies in response to a subpoena or court order.', details: { to: 'law enforcement, courts and legal process' }, also: ['data-disclosure', 'third-party-sharing'] },
        { text: 'We will not disclose your personal information unless required by law.', tags: ['legal-disclosure'], details: { to: 'whenever law requires' }, also: ['data-disclosure'] },
        { text: 'No one outside our team sees your files, except when a court order requires us to disclose them.', tags: ['legal-disclosure'], details: { to: 'courts and legal process' } },
        { text: 'We may share your data with our payment processor and, when required by law, with the police.', details: { to: 'law enforcement, whenever law requires' }, also: ['data-disclosure', 'third-party-sharing'] },
        { text: 'We may disclose information to government authorities without notifying you.', details: { to: 'government', notice: 'you may not be told' }, also: ['data-disclosure'] },
        { text: 'We may release personal information when we believe release is appropriate to comply with the law.', also: ['data-disclosure'] },
        'Account records are passed on where we are legally obliged to pass them on.',
        { text: 'We do not share your trip history with anyone unless the law requires it.', tags: ['legal-disclosure'], also: ['third-party-sharing'] },
        { text: 'We comply with valid search warrants and court orders that concern your account.', details: { to: 'courts and legal process' } },
      ],
      ignore: [
        { text: 'Where the law requires it, we will erase the recordings within thirty days.', also: ['retention-period'] },
        'We will give you advance notice of any such change, or as otherwise required by law.',
        'Our ad practices follow the self-regulatory principles of the advertising industry.',
        { text: 'We comply with the EU-U.S. Privacy Shield Framework.', also: ['cross-border'] },
        'We comply with applicable data protection laws.',
        'You must be legally able to enter into contracts to use the service.',
        'You may contact our support team with any question.',
        'The courts of California have jurisdiction over disputes.',
      ],
    },
  },
];

export const legalDisclosureRules: RuleSpec[] = withChinese(english, [
  {
    of: 'legal-disclosure',
    match: [
      /(?:依据|根据|遵守|遵循|按照|依照|依|落实|履行)[^。；]{0,12}(?:法律|法规|规定|法律程序|诉讼|政府|司法|监管)|执法机关|司法机关|行政机关|有关(?:政府)?部门|(?:行业|行政)?主管部门|网信部门|税务(?:机关|部门)|海关|疾病预防控制|卫生健康(?:部门|委员会)|市场监督管理|政府(?:部门|机关|主管部门)|有权机关|国家机关|公安|检察|法院|监管(?:部门|机构|要求)|人民银行|征信(?:中心|系统)|国家安全|公共安全|法律程序|诉讼|仲裁|强制性要求|法律(?:法规)?(?:另有)?(?:规定|要求)|依法|反洗钱|反恐怖融资|防沉迷|实名制/,
    ],
    // Handing over, and also collecting or recording what the law asks for ("to comply with applicable laws").
    // Keeping alone because a law says so is retention (retention-beyond-deletion-zh); "访问时" is your visit.
    also: [/提供|披露|共享|转让|公开|调取|配合|协助|报告|报送|查询|移交|(?:查看|访问)(?!时)|收集|记录(?=您|用户|下|相关)|核验/],
    // Shared only when it is handed over: collecting for an anti-money-laundering check is no disclosure; nor is
    // denying every recipient but the one the law demands ("除非法律法规要求，我们不会向任何第三方披露…").
    tagsWhen: { sharing: { test: (head: string) => HANDED_OVER_ZH.test(head) && !deniesAllButLawZh.test(head) } },
    // An assessment or a filing the law asks for before data goes abroad is a step of a transfer (cross-border-zh), and
    // sending it abroad is no handing to an authority unless one is named.
    unless: [/^(?![^]*(?:机关|部门|机构|法院|公安|检察|监管|政府|有权))[^]*(?:依法|按照法律)[^。；，]{0,6}(?:进行|开展|通过|完成)?(?:安全评估|评估|备案|申报|认证)/],
    details: legalRecipientsZh,
    examples: {
      flag: [
        { text: '根据法律法规的规定或行政、司法机关的强制性要求，我们可能会向有关部门提供您的个人信息。', details: { to: 'courts and legal process, whenever law requires' }, also: ['data-disclosure-zh'] },
        { text: '为遵守适用的法律法规，我们可能保留、保存或披露您的个人信息。', details: { to: 'whenever law requires' }, also: ['retention-beyond-deletion-zh'] },
        { text: '与国家安全、国防安全直接相关的，我们无需征得您的同意即可共享您的信息。', details: { to: 'national or public security' } },
        { text: '按照反洗钱的规定，我们需要核验您的身份证件。', tags: ['legal-disclosure'] },
        { text: '公安机关依法调取时，我们会提供相关记录。', details: { to: 'law enforcement' } },
        '税务机关核查时，我们会提供您的开票信息。',
        { text: '我们会依照监管要求记录您的交易流水。', tags: ['legal-disclosure'], details: { to: 'regulators' } },
      ],
      ignore: [
        '如需把数据传往境外，我们会先依法完成安全评估。',
        '本政策适用于微信的所有服务。', '我们会依据本政策向您提供服务。',
        { text: '依照会计档案管理的规定，您的缴费凭证将保存十年。', also: ['retention-period-zh'] },
        { text: '办理贷款时，我们会把您的收入证明提供给合作的征信机构。', also: ['data-disclosure-zh'] },
      ],
    },
  },
]);
