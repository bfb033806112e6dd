/** User choice: opt-outs, opt-ins and controls the policy offers you. A good sign. */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';

const english: EnglishRule[] = [
  {
    id: 'opt-out',
    tags: ['user-choice'],
    severity: 'info',
    match: [
      /\b(?:opt(?:ing|s)?[- ]?(?:out|in)(?! choices)|unsubscrib(?:e|ing)|withdraw (?:your )?consent)\b/i,
      /\b(?:you|users?|visitors?|parents?)\b (?:can|may|could|have the (?:right|option|choice) to|are (?:able|free) to)(?: \w+)? (?:(?:choose|elect) (?:not to|whether|to (?:opt|stop|limit|receive|disable|block|refuse))|decline|refuse|reject|limit|disable|block|turn off|stop|control|adjust|change your (?:\w+ )?(?:settings|preferences)|set your|modify your (?:\w+ )?(?:settings|preferences)|instruct|request that we (?:not|stop))\b/i,
      /\b(?:disable|refuse|decline|reject|block|delete|remove|turn off|clear) (?:\w+ ){0,3}(?:cookies|notifications|location|tracking|e-?mails?|ads|advertising)\b|\bset (?:your|the) (?:browser|device)\b|\bmanage your (?:\w+ )?(?:preferences|settings)|\bprivacy settings\b/i,
      /\b(?:aboutads\.info|networkadvertising\.org|youradchoices|ad ?choices)\b/i,
    ],
    unless: [/\b(?:for (?:more |additional )?information (?:about|on|regarding)|please see|please read|learn (?:more|about)|section (?:of|titled)|describes)\b[^.]{0,200}\b(?:choices|opt(?:ion|-out|s))\b(?![^.]{0,200}\byou (?:can|may)\b)/i],
    mayAlsoFire: ['contact-details'],
    examples: {
      flag: [
        'You can opt out of interest-based advertising at any time.',
        'You may disable cookies in your browser settings.',
        'To unsubscribe, click the link at the bottom of any email.',
      ],
      ignore: ['We collect your email address.'],
    },
  },
];

export const userChoiceRules: RuleSpec[] = withChinese(english, [
  {
    of: 'opt-out',
    match: [/撤回(?:您的)?(?:授权|同意)|关闭(?:[^。]{0,10})(?:权限|广告|推荐|功能|定位)|退订|取消订阅|拒绝接收|(?:您|用户)可以(?:自主)?选择(?:是否|不)|(?:清除|删除|拒绝|禁用|管理)[^。]{0,10}cookie/i],
    mayAlsoFire: ['contact-details-zh'],
    examples: {
      flag: ['您可以在设置中关闭个性化广告推荐。', '您可以随时撤回您的授权同意。'],
      ignore: ['我们会收集您的手机号码。'],
    },
  },
]);
