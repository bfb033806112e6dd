/** Cross-border transfer: data stored or processed in other countries, under other laws. */
import type { Rule } from '../types';
import { withChinese } from './common';

// Countries policies name as where data goes; "the United States" and others also through the pattern's own words.
const COUNTRY = String.raw`(?:people'?s republic of china|prc|mainland china|china|hong kong|singapore|india|russia|japan|korea|ireland|the (?:u\.?s\.?|usa?)\b|united kingdom|united states|european union|philippines|canada|australia|brazil|israel|switzerland|vietnam|malaysia|indonesia|taiwan|ukraine|south africa|mexico)\b`;

const english: Rule[] = [
  {
    id: 'cross-border',
    family: 'cross-border',
    tags: ['cross-border'],
    severity: 'medium',
    why: 'Data stored abroad falls under another country\'s laws, which may give its authorities more access and you fewer rights.',
    match: [new RegExp(String.raw`\b(?:transfer(?:s|red|ring)?|stor(?:e|es|ed|ing)|process(?:es|ed|ing)?|hosted|maintained|moved|sen(?:d|ds|t)|housed|accessed)\b[^.]{0,80}\b(?:other (?:countries|jurisdictions)|third countries|outside (?:of )?(?:your|the) (?:country|state|jurisdiction|eea|european|united|province)|(?:other|another) country|countries other than|across borders|abroad|overseas|in the united states|to the united states|internationally|(?:in|to|from) (?:the )?${COUNTRY}|(?:any|other) countr(?:y|ies) (?:where|in which) (?:we|our|it)|servers? (?:located )?(?:in|outside))|\bcross-border|\binternational (?:data )?transfers?\b|\bstandard contractual clauses\b|\bbinding corporate rules\b|\badequacy decisions?\b|\bprivacy shield\b|\bdata protection laws? (?:of|in) (?:these|those|other) countries|\b(?:staff|teams?|employees|offices|data cent(?:er|re)s|(?:sub-?)?processors|(?:service |hosting |cloud )?providers|vendors|affiliates|group companies|studios|subsidiaries)\b (?:(?:are |is )?(?:located|based) )?(?:in (?:the )?${COUNTRY}|outside (?:of )?(?:the )?(?:eea|european economic area|eu|european union|uk|united kingdom|united states|us)\b)`, 'i')],
    mayAlsoFire: ['data-disclosure', 'third-party-sharing'],
    examples: {
      flag: [
        'Your information may be transferred to and stored in countries other than your own.',
        'We process data in the United States, where data protection laws may differ.',
        'For transfers out of the EEA we rely on standard contractual clauses.',
        'Some of the companies that process orders for us are based outside the European Economic Area.',
        'Our support staff in Canada may see your tickets.',
        'The app stores your backups in Singapore.',
        { text: 'We never send personal data to third countries.', polarity: 'does-not' },
      ],
      ignore: ['We ship products to most countries.', 'Our company is based in Lisbon.', 'We are located in Canada, outside the reach of foreign subpoenas.'],
    },
  },
];

export const crossBorderRules: Rule[] = withChinese(english, [
  {
    of: 'cross-border',
    match: [/(?:境外|跨境|出境|海外|其他国家|其他司法管辖区)[^。]{0,30}(?:传输|提供|存储|处理|转移|访问)|(?:传输|提供|存储|处理|转移)[^。]{0,20}(?:境外|海外|其他国家)/],
    examples: {
      flag: ['您的个人信息可能会被传输至境外并在境外存储。'],
      ignore: ['我们的产品在中国大陆地区提供。'],
    },
  },
]);
