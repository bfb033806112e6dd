/** Sale: your data sold, rented or traded for value, kept apart from "we do not sell". */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';
import { anyOf, pattern, RENT, SELL } from './vocabulary';

// What is sold: data, lists and profiles, whoever's they are.
const SOLD = String.raw`(?:your |our )?(?:personal |customer |user |browsing |viewing |location )?(?:information|data|email (?:address|list)|lists?|details|histor(?:y|ies)|records|profiles?)`;

const english: EnglishRule[] = [
  {
    id: 'data-sale',
    tags: ['data-sale', 'sharing'],
    severity: 'high',
    denialHolds: true,
    // Sold, rented or traded, with up to three more verbs and four words before what is sold; or anything given for value.
    match: [pattern`\b${anyOf(SELL, 'sale of', RENT, 'lease|trade|exchange')} (?:(?:or|and|,) \w+ ){0,3}(?:\w+ ){0,4}${SOLD}\b|\b(?:in exchange for|for (?:monetary|valuable) consideration|for (?:money|payment)|for a fee)\b`],
    unless: [/\b(?:sell|sale of) (?:our )?(?:products|goods|tickets|services)\b(?![^.]{0,200}\b(?:information|data)\b)/i],
    examples: {
      flag: [
        { text: 'We may sell your personal information to data brokers.', also: ['third-party-sharing'] },
        'We rent our email lists to carefully selected companies.',
        { text: 'We do not sell your personal information.', polarity: 'does-not' },
        { text: "We dont sell or profit from the information you give us.", polarity: 'does-not' },
        { text: 'We will not sell, rent or trade your data without your express permission.', polarity: 'does-not' },
      ],
      ignore: ['We sell products and services online.', 'Our store accepts credit cards.'],
    },
  },
];

// Chinese: sold, rented or traded for value, whichever comes first, the data or the verb; and data given
// "有偿" or in return for a fee, a revenue share or other data (an exchange of member lists is a sale too).
const ZH_DATA = '(?:个人信息|信息|数据|资料|名单|记录|画像|标签|偏好)';
const ZH_PASS = '(?:提供|共享|分享|转让|披露|交换|给予|开放)';
const ZH_VALUE = '(?:报酬|收益|费用|对价|回报|经济利益|佣金|分成|收入)';

export const saleRules: RuleSpec[] = withChinese(english, [
  {
    of: 'data-sale',
    match: [
      new RegExp(`(?:出售|售卖|贩卖|出租|租售|买卖|倒卖|卖给|卖予)(?:给|予)?[^。；]{0,16}${ZH_DATA}|${ZH_DATA}[^。；]{0,24}(?:出售|售卖|贩卖|出租|买卖|倒卖|卖给)`),
      new RegExp(`${ZH_PASS}[^。；]{0,30}(?:获取|获得|收取|取得|赚取|换取)[^。；]{0,8}${ZH_VALUE}|(?:有偿|付费|收费|以换取${ZH_VALUE})(?:地|的方式|方式)?[^。；]{0,12}${ZH_PASS}|交换[^。；]{0,12}(?:会员|用户|客户)?${ZH_DATA}|${ZH_DATA}变现`),
    ],
    examples: {
      flag: [
        '我们可能会向数据经纪商出售您的个人信息。',
        '您的浏览数据可能被打包出售给营销公司。',
        '我们会把用户名单出租给精选的商业伙伴。',
        { text: '我们可能向合作方有偿提供您的消费偏好。', also: ['third-party-sharing-zh'] },
        { text: '我们会将去标识化的使用数据提供给研究机构，并向其收取一定费用。', also: ['data-disclosure-zh'] },
        '我们与合作品牌互相交换客户名单。',
        { text: '我们不会出售您的个人信息。', polarity: 'does-not' },
        { text: '我们绝不会将您的数据卖给任何人，也不会出租。', polarity: 'does-not' },
        { text: '我们不会出售您的个人信息，除非法律另有规定。', polarity: 'does-not' },
      ],
      ignore: ['我们通过应用商店出售会员服务。', '您购买商品时，我们会收集您的交易信息。', '推荐好友注册成功后，您可获得奖励积分。'],
    },
  },
]);
