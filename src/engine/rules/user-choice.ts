/** User choice: opt-outs, opt-ins and controls the policy offers you. A good sign. */
import type { Rule } from '../types';
import { withChinese } from './common';

const english: Rule[] = [
  {
    id: 'opt-out',
    family: 'user-choice',
    tags: ['user-choice'],
    severity: 'info',
    positive: true,
    why: 'You can refuse or limit this use of your data.',
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

export const userChoiceRules: Rule[] = withChinese(english, [
  {
    of: 'opt-out',
    // What you may turn on or off, refuse, withdraw or choose; "当您开启…功能时" is a choice you make too.
    match: [/撤回[^。；]{0,12}(?:授权|同意)|(?:关闭|停用|禁用)(?:[^。；]{0,10})(?:权限|广告|推荐|功能|定位|同步|上传|开关|选项|服务|个性化)|退订|取消(?:订阅|分享|共享|授权|关注)|拒绝接收|(?:可以|可|有权)(?:随时)?拒绝(?:授权|提供|开启)|(?:您|用户)可以(?:自主|自行)?选择|(?:您|用户)?(?:可以|可)?(?:随时)?(?:在[^。；]{0,20})?(?:修改|调整|管理)[^。；]{0,10}(?:权限|设置|可见范围)|(?:当您|如果您|若您|您)(?:主动)?(?:开启|打开|启用)[^。；，]{0,12}(?:功能|权限|选项|开关|服务)(?:时|后)|(?:清除|删除|拒绝|禁用|管理)[^。；]{0,10}(?:cookie|词库|历史|记录)/i],
    mayAlsoFire: ['contact-details-zh', 'targeted-ads-zh'],
    examples: {
      flag: [
        '您可以在设置中关闭个性化广告推荐。',
        '您可以随时撤回您的授权同意。',
        '您可以拒绝授权麦克风权限，仅语音功能不可用。',
        '当您开启同步功能时，我们会把收藏夹上传到云端。',
        '您可以随时调整动态的可见范围。',
      ],
      ignore: ['我们会收集您的手机号码。'],
    },
  },
]);
