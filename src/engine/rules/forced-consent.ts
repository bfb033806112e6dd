/** Forced consent: accept or lose access, or "consent" by merely continuing to use the service. */
import type { Rule } from '../types';

export const forcedConsentRules: Rule[] = [
  {
    id: 'forced-consent',
    family: 'forced-consent',
    tags: ['forced-consent'],
    severity: 'high',
    negationIsThePractice: true,
    why: 'You are not really asked: refusing means losing the service, or using it at all counts as agreeing.',
    match: [
      /\b(?:by (?:continuing to |your continued )?(?:use|using|access|accessing|visiting|browsing)|continued (?:use|access)|continuing to use)\b[^.]{0,120}\b(?:consent|agree|accept|acceptance|deemed|signif(?:y|ies))/i,
      /\b(?:if you do not|if you don't|should you not)\b[^.]{0,40}\b(?:agree|accept|consent)\b[^.]{0,100}\b(?:not (?:be able to )?use|stop using|(?:cannot|can't|may not|will not be able to) (?:use|access|continue)|discontinue|do not use|unable to|cease)/i,
      /\b(?:(?:must|required to) (?:accept|agree)|accept (?:these|the) (?:terms|policy) (?:to|in order to) (?:continue|use))\b/i,
    ],
    examples: {
      flag: [
        'By using our services, you consent to the collection and use of your information as described here.',
        'If you do not agree to this policy, you will not be able to use WeChat.',
        'Your continued use of the site after changes means you accept the new policy.',
      ],
      ignore: ['You may withdraw your consent at any time in settings.'],
    },
  },
];
