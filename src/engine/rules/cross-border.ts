/** Cross-border transfer: data stored or processed in other countries, under other laws. */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';
import { anyOf, pattern, PROCESS, STORE, TRANSFER } from './vocabulary';

// Countries policies name as where data goes; "the United States" and others also through the pattern's own words.
const COUNTRY = String.raw`(?:people'?s republic of china|prc|mainland china|china|hong kong|singapore|india|russia|japan|korea|ireland|the (?:u\.?s\.?|usa?)\b|united kingdom|united states|european union|philippines|canada|australia|brazil|israel|switzerland|vietnam|malaysia|indonesia|taiwan|ukraine|south africa|portugal|lithuania|latvia|estonia|romania|bulgaria|czechia|the czech republic|hungary|greece|austria|belgium|luxembourg|morocco|sri lanka|costa rica|peru|mexico|germany|france|the netherlands|netherlands|sweden|finland|norway|denmark|spain|italy|poland|turkey|united arab emirates|the uae|saudi arabia|new zealand|argentina|chile|colombia|thailand|pakistan|bangladesh|nigeria|kenya|egypt)\b`;

const english: EnglishRule[] = [
  {
    id: 'cross-border',
    tags: ['cross-border'],
    severity: 'medium',
    match: [pattern`\b${anyOf(TRANSFER, STORE, PROCESS, 'hosted|maintained|moved|sen(?:d|ds|t)|housed|accessed|accessible|replicat(?:e|es|ed)|copied|mirrored|transmit(?:s|ted)?|shar(?:e|es|ed)|disclos(?:e|es|ed)|kept|held|handled')}\b[^.]{0,80}\b(?:other (?:countries|jurisdictions)|third countries|outside (?:of )?(?:your|the) (?:home )?(?:country|state|jurisdiction|eea|eu|uk|european|united|province|region)|(?:a|any) country other than|countries (?:such as|including|like)|(?:neighbouring|neighboring|foreign) countries|(?:other|another) country|countries other than|across borders|abroad|overseas|in the united states|to the united states|internationally|(?:in|to|from) (?:the )?${COUNTRY}|(?:any|all|other|each|several|many|multiple|the)(?: of the)? countr(?:y|ies) (?:where|in which) (?:we|our|it|they|its|\w+ (?:or|and) (?:its|our)|(?:[A-Z][\w&]* ){1,3}operates?\b)|wherever (?:we|our|they|it|\w+ (?:or|and) (?:its|our))\b|(?:around|across) the (?:world|globe)|worldwide|globally|in (?:several|multiple|many|various|different) (?:countries|jurisdictions)|servers? (?:located )?(?:in|outside))|\b(?:leave|leaves|leaving) the (?:eu|eea|uk|european union|european economic area)\b|\bcross-border|\binternational (?:data )?transfers?\b|\bstandard contractual clauses\b|\bbinding corporate rules\b|\badequacy decisions?\b|\bprivacy shield\b|\bdata protection laws? (?:of|in) (?:these|those|other) countries|\b(?:staff|teams?|employees|offices|servers?|data cent(?:er|re)s?|(?:sub-?)?processors?|(?:service |hosting |cloud )?providers?|vendors?|affiliates|group companies|studios|subsidiaries|partners?|parent company|(?:affiliated |sister )?companies|contractors|reinsurers|operators|agents|(?:contact|call|support|service) cent(?:re|er)s?)\b,? (?:(?:(?:are |is )?(?:located|based)|(?:some|many|most) of (?:which|whom) are (?:located|based)|(?:work|works|working) (?:from|in)) )?(?:in (?:the )?${COUNTRY}|outside (?:of )?(?:the |your )?(?:eea|european economic area|eu|european union|uk|united kingdom|united states|us|country|home country)\b)`],
    // Kept in one place only ("stored only in data centres in Australia", "never transferred outside the EEA") moves nothing.
    // …and so does data kept where it is and never sent on ("held on servers in Australia and never sent overseas").
    unless: [/\b(?:stored|kept|held|hosted|processed|located) (?:only|exclusively|solely) (?:in|within|on servers in|in data cent(?:re|er)s in)\b(?![^.]{0,80}\b(?:but|however|except)\b)/i,
      /\b(?:is|are|will be) (?:never|not) (?:\w+ )?(?:sent|transferred|moved|copied|stored|processed)\b[^.;]{0,20}\b(?:overseas|abroad|elsewhere|outside)\b(?![^.]{0,80}\b(?:but|however|except|unless)\b)/i],
    examples: {
      flag: [
        'Your information may be transferred to and stored in countries other than your own.',
        'We process data in the United States, where data protection laws may differ.',
        'For transfers out of the EEA we rely on standard contractual clauses.',
        { text: 'Some of the companies that process orders for us are based outside the European Economic Area.', also: ['third-party-sharing'] },
        'Our support staff in Canada may see your tickets.',
        'The app stores your backups in Singapore.',
        'Our servers are located in the United States.',
        'Recordings may be processed in any of the countries in which our transcription vendors work.',
        'Backups are replicated to data centres around the world.',
        'Our partner in Brazil may handle your support tickets.',
        'Claims data goes to reinsurers, some of whom are based outside the EU.',
        'Your records may be kept in a country other than the one where you live.',
        'Support chats may be handled by our call centre in Portugal.',
        'Our ticketing tool is hosted in the US, so your support requests leave the EEA.',
        'Your profile can be stored wherever we or our cloud host run servers.',
        { text: 'Calls are transcribed by a subprocessor in India.', also: ['third-party-sharing'] },
        { text: 'We never send personal data to third countries.', polarity: 'does-not' },
        { text: 'No transfers outside the EEA.', polarity: 'does-not' },
      ],
      ignore: ['We ship products to most countries.', 'Your records sit on servers in New Zealand and are never sent abroad.', 'Our company is based in Lisbon.', 'We are located in Canada, outside the reach of foreign subpoenas.'],
    },
  },
];

// Chinese: sent or kept outside the reader's country. A named country counts; China only when data is sent there
// (a Chinese app's "存储在中华人民共和国境内" keeps it at home). Windows stop at a comma, so the part that says
// "不会传输至境外" is read on its own.
const ZH_ABROAD = '(?:境外|海外|国外|外国|其他国家|其他司法管辖区|任何国家|全球各地|美国|欧洲|欧盟|英国|日本|韩国|新加坡|印度|俄罗斯|加拿大|澳大利亚|爱尔兰|德国|香港|澳门|台湾)';

export const crossBorderRules: RuleSpec[] = withChinese(english, [
  {
    of: 'cross-border',
    match: [
      new RegExp(`(?:境外|跨境|出境|海外|其他国家|其他司法管辖区)[^。；，]{0,30}(?:传输|提供|存储|处理|转移|访问)|(?:传输|传送|传到|传至|提供|存储|储存|存放|保存|托管|处理|转移|迁移|发送|发往)[^。；，]{0,20}${ZH_ABROAD}|位于${ZH_ABROAD}[^。；，]{0,12}(?:服务器|数据中心|机房|云)|(?:在|于)[^。；，]{0,12}${ZH_ABROAD}(?:或地区)?[^。；，]{0,6}(?:处理|存储|储存|保存|托管|访问)|(?:传输|转移|发送)(?:至|到)(?:位于)?中(?:国|华人民共和国)(?!境内|大陆境内)`),
    ],
    examples: {
      flag: [
        '您的个人信息可能会被传输至境外并在境外存储。',
        '您的照片可能保存在位于新加坡的服务器上。',
        '我们可能在我们运营所在的任何国家处理您的信息。',
        '您在海外使用本服务时，您的数据会被传输到中国。',
        { text: '您的信息存储在境内，不会传输至境外。', polarity: 'does-not' },
      ],
      ignore: ['我们的产品在中国大陆地区提供。', '我们收集的个人信息将存储在中华人民共和国境内。'],
    },
  },
]);
