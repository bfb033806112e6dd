/** Policy change: whether the policy can change, and whether you will be told. */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';
import { anyOf, CHANGE_VERBS, CHANGES, pattern } from './vocabulary';

// A future or possible change, not a date stamp or a past update.
// Using the service after a change, a change that may come, or one said to apply.
const KEEP_USING = String.raw`continu(?:e|ing) to use|continu(?:e|ing) using|keep using|continued use`;
const MAY_COME = String.raw`may|will|won'?t|can|might|could|reserve the right to|right to|from time to time|periodically|occasionally|at any time|if we|when we|should we|in the event (?:that )?we`;
const CHANGE = pattern`\b(?:${anyOf(KEEP_USING)}\b[^.]{0,80}\b(?:after|following|once) (?:\w+ ){0,3}?(?:an? |any |the |such )?(?:updates?|changes?|revisions?|modifications?)\b|(?:changes?|updates?) to how we (?:use|collect|share|process|handle|store)\b|${anyOf(MAY_COME)}\b[^.]{0,50}\b${anyOf(CHANGE_VERBS, 'make changes')}|(?:material |any |future |significant )?${anyOf(CHANGES)} (?:to|in|of) (?:this|our|the|these|its)|(?:revised|updated|modified|amended|new) (?:version|privacy policy|policy|statement|notice)s? (?:will|shall|(?:is|are)(?! effective (?:on|as of|from|since)\b)|becomes?)|effective (?:immediately|upon posting|when posted))`;
const THIS_POLICY = /\b(?:this|our|the) (?:privacy )?(?:policy|policies|statement|notice|terms)\b|\bprivacy (?:policy|statement|notice)\b|\b(?:revised|updated|amended|new) (?:privacy )?(?:policy|notice|statement|terms)\b|\bchanges? to how we (?:use|collect|share|process|handle|store)\b/i;
// Notice given, not "without notice".
const NOTICE = /(?<!\bwithout (?:any |prior |advance |further ){0,3})\b(?:notify|notif(?:y|ied|ication)|inform|post(?:ing|ed)? (?:the|any|a|an|such|all|changes|revised|updated|notice)|e-?mail|prominent(?:ly)?|notice|let you know|alert|ask (?:for )?your consent|obtain your consent)\b|\b(?:won'?t|will not|never|do not|don'?t)\b[^.;]{0,160}?\bwithout (?:first )?(?:telling|notifying|informing|asking|letting you know|warning|(?:the |your |their )?(?:prior |express )?consent)\b/i;

// Your own settings or records changed, not the policy: "we will be happy to update or change your record".
const YOUR_THINGS_CHANGED = /\b(?:chang|updat|correct|modif|amend|edit)\w* (?:your|the) (?:\w+ )?(?:settings|preferences|password|e-?mail|records?|account|information|data|details|profile|status)\b/i;

const english: EnglishRule[] = [
  {
    id: 'policy-change-silent',
    tags: ['policy-change'],
    severity: 'high',
    match: [CHANGE],
    also: [THIS_POLICY],
    unless: [NOTICE, YOUR_THINGS_CHANGED],
    examples: {
      flag: [
        'We may change this policy at any time without prior notice.',
        'We reserve the right to modify this privacy policy at our discretion.',
      ],
      ignore: [
        { text: 'We will notify you by email before material changes to this policy take effect.', also: ['policy-change-notice'] },
        { text: 'You can change your settings at any time.', also: ['opt-out'] },
        'Questions about this privacy policy? Write to us and we will gladly review, correct or change your customer record.',
        // A date stamp says when the text took effect, not that it may change unannounced.
        'This updated privacy notice is effective as of 3 March 2024.',
      ],
    },
  },
  {
    id: 'policy-change-notice',
    tags: ['policy-change'],
    severity: 'low',
    match: [CHANGE],
    also: [THIS_POLICY, NOTICE],
    unless: [YOUR_THINGS_CHANGED],
    examples: {
      flag: [
        'We will post any changes to this privacy policy on this page and notify you by email.',
        'We will never alter this notice without first letting you know.',
        'We will never change this policy so that it protects the data we already hold less, without the consent of the people it concerns.',
        'Customers are told by email a month before any change to how we use their data.',
        'If you keep using the app after we publish an update, the revised notice applies to you, and we will alert you in the app.',
      ],
      ignore: [
        { text: 'You can update your account information in settings.', also: ['access-deletion'] },
        'We will tell you when your order ships.',
      ],
    },
  },
];

// Chinese: this policy (本政策, 本指引, or plainly 隐私政策/政策) updated, changed or revised.
const ZH_CHANGE = /(?:更新|修改|修订|变更|调整)[^。]{0,10}本(?:隐私)?(?:政策|指引|协议)|本(?:隐私)?(?:政策|指引)[^。]{0,10}(?:更新|修改|修订|变更|调整)|(?:更新|修改|修订|变更)后的(?:隐私)?(?:政策|指引|协议)|(?:隐私)?(?:政策|指引)(?:的)?(?:更新|修改|修订|变更)(?:生效|发布|时|前|后)/;
const ZH_TOLD = /(?<!无需|不会另行|不另行)(?:通知|告知|公告|弹窗|推送|提示|邮件|短信|站内信|征得您)/;

export const policyChangeRules: RuleSpec[] = withChinese(english, [
  {
    of: 'policy-change-silent',
    match: [ZH_CHANGE],
    unless: [ZH_TOLD],
    examples: {
      flag: ['我们可能随时修改本政策，恕不另行通知。', '我们有权随时修订本政策，无需通知您。'],
      ignore: [
        { text: '本政策更新时，我们会通过弹窗或推送通知您。', also: ['policy-change-notice-zh'] },
      ],
    },
  },
  {
    of: 'policy-change-notice',
    match: [ZH_CHANGE],
    also: [ZH_TOLD],
    examples: {
      flag: ['本政策更新时，我们会通过弹窗或推送通知您。', '隐私政策变更生效前，我们会以站内消息提示您。', '我们会在政策修订后通过邮件告知您主要变化。'],
      ignore: [
        { text: '我们可能随时修改本政策，恕不另行通知。', also: ['policy-change-silent-zh'] },
      ],
    },
  },
]);
