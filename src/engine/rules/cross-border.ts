/** Cross-border transfer: data stored or processed in other countries, under other laws. */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';

const english: EnglishRule[] = [
  {
    id: 'cross-border',
    tags: ['cross-border'],
    severity: 'medium',
    match: [/\b(?:transferr?(?:ed|ing)?|stored?|process(?:ed)?|hosted|maintained|moved|sent)\b[^.]{0,80}\b(?:other (?:countries|jurisdictions)|outside (?:of )?(?:your|the) (?:country|state|jurisdiction|eea|european|united|province)|(?:other|another) country|countries other than|across borders|abroad|overseas|in the united states|to the united states|internationally|(?:in|to) (?:the )?(?:people'?s republic of china|prc|mainland china|china|hong kong|singapore|india|russia|japan|korea|ireland|the (?:u\.?s\.?|usa?)\b|united kingdom|european union)|(?:any|other) countr(?:y|ies) (?:where|in which) (?:we|our|it)|servers? (?:located )?(?:in|outside))|\bcross-border|\binternational (?:data )?transfers?\b|\bstandard contractual clauses\b|\bbinding corporate rules\b|\badequacy decisions?\b|\bprivacy shield\b|\bdata protection laws? (?:of|in) (?:these|those|other) countries/i],
    mayAlsoFire: ['data-disclosure'],
    examples: {
      flag: [
        'Your information may be transferred to and stored in countries other than your own.',
        'We process data in the United States, where data protection laws may differ.',
        'For transfers out of the EEA we rely on standard contractual clauses.',
      ],
      ignore: ['We ship products to most countries.'],
    },
  },
];

export const crossBorderRules: RuleSpec[] = withChinese(english, [
  {
    of: 'cross-border',
    match: [/(?:境外|跨境|出境|海外|其他国家|其他司法管辖区)[^。]{0,30}(?:传输|提供|存储|处理|转移|访问)|(?:传输|提供|存储|处理|转移)[^。]{0,20}(?:境外|海外|其他国家)/],
    examples: {
      flag: ['您的个人信息可能会被传输至境外并在境外存储。'],
      ignore: ['我们的产品在中国大陆地区提供。'],
    },
  },
]);
