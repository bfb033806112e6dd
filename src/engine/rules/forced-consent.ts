/** Forced consent: accept or lose access, or "consent" by merely continuing to use the service. */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';

const english: EnglishRule[] = [
  {
    id: 'forced-consent',
    tags: ['forced-consent'],
    severity: 'high',
    negationIsThePractice: true,
    match: [
      /\b(?:by (?:continuing to |your continued )?(?:use|using|access|accessing|visiting|browsing)|continued (?:use|access)|continuing to use)\b[^.]{0,120}\b(?:consent|agree|accept|acceptance|deemed|signif(?:y|ies))/i,
      /\b(?:if you do not|if you don't|should you not)\b[^.]{0,40}\b(?:agree|accept|consent)\b[^.]{0,100}\b(?:not (?:be able to )?use|stop using|(?:cannot|can't|may not|will not be able to) (?:use|access|continue)|discontinue|do not use|unable to|cease)/i,
      /\b(?:(?:must|required to) (?:accept|agree)|accept (?:these|the) (?:terms|policy) (?:to|in order to) (?:continue|use))\b/i,
      /\bby (?:visiting|using|accessing|browsing|downloading|installing|registering|signing up)\b[^.]{0,80}\b(?:you (?:are )?(?:accept(?:ing)?|agree(?:ing)?|consent(?:ing)?)|you (?:are )?deemed)/i,
      /\b(?:if you do not|if you don'?t|unless you)\b[^.]{0,40}\b(?:agree|accept|consent)\b[^.]{0,80}\b(?:(?:please )?(?:do not|don'?t|stop|cease to|discontinue) (?:use|using|access)|leave|exit|uninstall|delete your account|your only (?:option|choice|recourse))/i,
      /\b(?:cannot|can'?t|will not be able to|are not able to|may not) (?:use|access|continue (?:to use|using)|register for)\b[^.]{0,60}\b(?:unless|without|until) (?:you )?(?:agree|accept|consent|giv(?:e|ing) (?:your )?consent)/i,
    ],
    mayAlsoFire: ['opt-out'],
    examples: {
      flag: [
        'By using our services, you consent to the collection and use of your information as described here.',
        'If you do not agree to this policy, you will not be able to use WeChat.',
        'Your continued use of the site after changes means you accept the new policy.',
        'By visiting our website you are accepting the practices described in this notice.',
        'You cannot use the app unless you agree to the collection of your data.',
      ],
      ignore: ['You may withdraw your consent at any time in settings.'],
    },
  },
];

export const forcedConsentRules: RuleSpec[] = withChinese(english, [
  {
    of: 'forced-consent',
    match: [
      /(?:不同意|拒绝|不接受)[^。]{0,40}(?:无法|不能|将无法|可能无法|不可)(?:[^。]{0,6})(?:使用|注册|登录|继续|获得)/,
      /(?:继续使用|使用我们的(?:产品|服务)|一旦使用)[^。]{0,30}(?:即(?:视为|表示)|视为|表示您)[^。]{0,6}(?:同意|接受|已阅读)/,
    ],
    mayAlsoFire: ['opt-out-zh', 'policy-change-silent-zh'],
    examples: {
      flag: ['如果您不同意本政策，您将无法使用微信。', '您继续使用我们的服务，即视为您同意更新后的政策。'],
      ignore: ['您可以随时撤回您的同意。'],
    },
  },
]);
