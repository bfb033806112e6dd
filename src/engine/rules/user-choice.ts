/** User choice: opt-outs, opt-ins and controls the policy offers you. A good sign. */
import type { Rule } from '../types';

export const userChoiceRules: Rule[] = [
  {
    id: 'opt-out',
    family: 'user-choice',
    tags: ['user-choice'],
    severity: 'info',
    positive: true,
    why: 'You can refuse or limit this use of your data.',
    match: [/\b(?:opt[- ]?(?:out|in)|unsubscribe|do not track|withdraw (?:your )?consent|(?:disable|refuse|decline|reject|block|delete|remove|turn off|manage|control) (?:\w+ ){0,3}(?:cookies|notifications|location|tracking|emails?|ads|advertising)|(?:browser|device|privacy|account|ad|cookie) (?:settings|preferences)|(?:you (?:can|may) (?:choose|elect|decline|refuse|limit|stop|control|adjust|change (?:your )?(?:settings|preferences)))|your choices|choice(?:s)? (?:about|regarding)|cookie (?:banner|consent)|preferences? (?:center|centre|page)|aboutads|networkadvertising|youradchoices|follow the instructions (?:in|at|provided))/i],
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
