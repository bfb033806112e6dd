/** Sale: your data sold, rented or traded for value, kept apart from "we do not sell". */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';

const english: EnglishRule[] = [
  {
    id: 'data-sale',
    tags: ['data-sale', 'sharing'],
    severity: 'high',
    denialHolds: true,
    match: [/\b(?:sell|sells|sold|selling|sale of|rent(?:s|ed|ing)?|lease|trade|exchange) (?:(?:or|and|,) \w+ ){0,3}(?:\w+ ){0,4}(?:your |our )?(?:personal |customer |user |browsing |viewing |location )?(?:information|data|email (?:address|list)|lists?|details|histor(?:y|ies)|records|profiles?)\b|\b(?:in exchange for|for (?:monetary|valuable) consideration|for (?:money|payment)|for a fee)\b/i],
    unless: [/\b(?:sell|sale of) (?:our )?(?:products|goods|tickets|services)\b(?![^.]{0,200}\b(?:information|data)\b)/i],
    mayAlsoFire: ['third-party-sharing'],
    examples: {
      flag: [
        'We may sell your personal information to data brokers.',
        'We rent our email lists to carefully selected companies.',
        { text: 'We do not sell your personal information.', polarity: 'does-not' },
        { text: "We dont sell or profit from the information you give us.", polarity: 'does-not' },
        { text: 'We will not sell, rent or trade your data without your express permission.', polarity: 'does-not' },
      ],
      ignore: ['We sell products and services online.', 'Our store accepts credit cards.'],
    },
  },
];

export const saleRules: RuleSpec[] = withChinese(english, [
  {
    of: 'data-sale',
    match: [/(?:出售|售卖|贩卖|买卖|出租|交易)[^。；]{0,10}(?:个人信息|数据|信息|资料)|(?:个人信息|数据)[^。；]{0,6}(?:出售|售卖|买卖|出租)/],
    examples: {
      flag: ['我们可能会向数据经纪商出售您的个人信息。', { text: '我们不会出售您的个人信息。', polarity: 'does-not' }],
      ignore: ['我们通过应用商店出售会员服务。'],
    },
  },
]);
