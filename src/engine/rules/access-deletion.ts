/** Access and deletion: seeing, correcting, exporting and deleting your data. A good sign. */
import type { Rule } from '../types';

export const accessDeletionRules: Rule[] = [
  {
    id: 'access-deletion',
    family: 'access-deletion',
    tags: ['access-deletion'],
    severity: 'info',
    positive: true,
    why: 'You can see, correct, export or delete what they hold about you.',
    match: [
      /\b(?:access|review|view|correct|update|edit|amend|change|modify|delete|remove|erase|export|download|obtain a copy of|request (?:a copy|access|deletion|correction)|deactivate|close|cancel)\b(?: \w+){0,3} (?:your|the|any|such|their)? ?(?:own )?(?:personal |account |profile |registration |contact )?(?:information|data|details|account|profile|records?|content|preferences|inaccurac)/i,
      /\bright (?:to|of) (?:access|rectification|erasure|deletion|be forgotten|data portability|correct)|\bdata portability\b/i,
    ],
    also: [/\b(?:you|users?|members?|individuals?|residents?|parents?|visitors?)\b/i],
    unless: [/\bwe (?:may )?(?:update|change|modify|amend) (?:this|our|the) (?:privacy )?(?:policy|statement|notice)/i, /\bunauthori[sz]ed (?:access|use)/i],
    examples: {
      flag: [
        'You can access, correct or delete your personal information from your account settings.',
        'California residents have the right to request deletion of their data.',
      ],
      ignore: ['We protect your data against unauthorized access.', 'We may update this policy from time to time.'],
    },
  },
];
