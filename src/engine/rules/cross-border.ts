/** Cross-border transfer: data stored or processed in other countries, under other laws. */
import type { Rule } from '../types';

export const crossBorderRules: Rule[] = [
  {
    id: 'cross-border',
    family: 'cross-border',
    tags: ['cross-border'],
    severity: 'medium',
    why: 'Data stored abroad falls under another country\'s laws, which may give its authorities more access and you fewer rights.',
    match: [/\b(?:transferr?(?:ed|ing)?|stored?|process(?:ed)?|hosted|maintained|moved|sent)\b[^.]{0,80}\b(?:other (?:countries|jurisdictions)|outside (?:of )?(?:your|the) (?:country|state|jurisdiction|eea|european|united|province)|(?:other|another) country|countries other than|across borders|abroad|overseas|in the united states|to the united states|internationally)|\bcross-border|\binternational (?:data )?transfers?\b|\bdata protection laws? (?:of|in) (?:these|those|other) countries/i],
    examples: {
      flag: [
        'Your information may be transferred to and stored in countries other than your own.',
        'We process data in the United States, where data protection laws may differ.',
      ],
      ignore: ['We ship products to most countries.'],
    },
  },
];
