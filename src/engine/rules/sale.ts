/** Sale: your data sold, rented or traded for value, kept apart from "we do not sell". */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';
import { anyOf, DISCLOSE_OR_DISCLOSURE, HAND_OVER, pattern, PROVIDE, RENT, SELL, SHARE, TRANSFER } from './vocabulary';

// What is sold: data, lists, profiles and what is made of them (segments, insights, statistics), whoever's they are.
// A mailing list's rows are names and addresses: "we may rent your name and postal address to other companies".
const SOLD_THING = String.raw`(?:information|data|email (?:address|list)|lists?|details|histor(?:y|ies)|records|profiles?|segments|insights|snippets|excerpts|datasets|audiences|analytics|photos|statistics|responses|trends|scores?|reports|(?:e-?mail|mailing|postal|home) address(?:es)?|names?(?= and (?:(?:e-?mail|mailing|postal|home) )?address)|phone numbers)`;
const SOLD = String.raw`(?:your |our )?(?:personal |customer |user |browsing |viewing |location |survey |health )?${SOLD_THING}`;
// Licensing and monetising data are selling it under other names.
const LICENSE = 'licen[sc]e[sd]?|licen[sc]ing';
const MONETISE = String.raw`monetis\w*|monetiz\w*|commerciali[sz]\w*`;
// Given for value: data handed over, then what is got for it, or a reward for letting us use it (a "financial
// incentive"). "Used only for payment" or "in exchange for using the app" hands nothing over.
const HANDED = anyOf(SHARE, PROVIDE, TRANSFER, DISCLOSE_OR_DISCLOSURE, HAND_OVER, String.raw`giv(?:e|es|en|ing)|sen(?:d|ds|t)|mak(?:e|es|ing) (?:[\w-]+ ){0,5}available|made (?:[\w-]+ ){0,5}available|supply|supplies|supplied|exchang(?:e|es|ed|ing)`);
const FOR_VALUE = String.raw`\b${HANDED}\b[^.;]{0,100}?\b(?:in (?:exchange|return) for|for (?:monetary|valuable|other valuable|monetary or other valuable) consideration|for (?:money|payment|compensation|consideration)|for a fee)\b(?! (?:purposes?|processing|verification|details|information|methods?|cards?|(?:their|its|the|our|your) (?:services?|work|help|support))\b)|\bin (?:exchange|return) for (?:allowing us to|letting us|permitting us to) (?:use|collect|share|track|record|see)\b`;

const english: EnglishRule[] = [
  {
    id: 'data-sale',
    tags: ['data-sale', 'sharing'],
    severity: 'high',
    denialHolds: true,
    match: [
      // A "sale" as a law defines it (CCPA): the quotes mark the legal term, and "sold to:" rows of a disclosure table.
      /["“'‘](?:sold|sale|sell|selling)["”'’]|\bsold (?:to:|in the (?:last|past|preceding) (?:12|twelve) months)|\bcategories (?:of (?:personal )?(?:information|data) )?(?:we )?(?:have )?(?:sold|shared or sold|sold or shared)\s*:|\b(?:we|the company) (?:have|has|may have) sold\b/i,
      // Sold, rented, traded or licensed, with up to three more verbs and four words before what is sold; or anything given for value.
      pattern`\b${anyOf(SELL, 'sale of', RENT, 'lease|trade', String.raw`exchange(?= (?:your|users?'?|customers?'?|members?'?|subscribers?'?|subscriber|customer|member|mailing|personal|the|our|such|this|these|that|any|data|information|lists?)\b)`, LICENSE, MONETISE)} (?:(?:or|and|,) (?:otherwise )?\w+ ){0,3}(?:[\w'’-]+(?:(?<=ed),)? ){0,4}${SOLD}\b|${FOR_VALUE}`,
      // The data first: "location data may be sold", "statistics may be licensed to analytics firms".
      pattern`\b(?:${SOLD_THING}|e-?mails?|(?:mobile |phone |telephone )?numbers?|address(?:es)?)\b[^.;]{0,60}\b(?:be|been|is|are|was|were|being) (?:not |never |ever )?(?:sold|rented|licen[sc]ed|traded|${MONETISE})\b`,
      // Paid access: "advertisers pay us for access to...", "employers who pay for a subscription can view your CV".
      /\bpay(?:s|ing)? us\b(?: (?:a|an) \w+)? (?:for|to|when)\b(?! (?:\w+ )?(?:placement|promot\w*|advertis\w*|ads?|sponsored|featured|listings?|visibility|boost\w*|rank\w*)\b)|\bwho pay\b[^.]{0,60}\b(?:can|may|are able to) (?:view|access|download|see|search|contact|receive)\b|\b(?:receive|get|earn|are paid) (?:a )?(?:payment|commission|fee|compensation|money)s? (?:from [\w ]{1,30} )?(?:when|for|in return)\b[^.]{0,60}\b(?:pass|share|send|provide|refer|give|disclose)\w*/i,
      // …or the payment after the handing on: "we share it with insurers, and they pay us for it".
      pattern`\b${HANDED}\b[^.]{0,120}\b(?:(?:receive|get|earn|are paid) (?:a )?(?:payment|commission|fee|compensation|money)s?|(?:they|who|which) pay us)(?: from (?:them|[\w ]{1,30}))? (?:for (?:it|this|that|them|the data|doing so|access)|in return)\b`,
      // Bought from us: "audience segments that advertisers can buy", "brokers who purchase contact lists".
      pattern`\b${SOLD_THING}\b (?:that|which) (?:\w+ ){1,2}(?:can|may) (?:buy|purchase|license)\b|\bwho (?:buy|purchase) (?:[\w-]+ ){0,3}${SOLD_THING}\b`,
    ],
    unless: [
      /\b(?:sell|sale of) (?:our )?(?:products|goods|tickets|services)\b(?![^.]{0,200}\b(?:information|data)\b)/i,
      // A right as the law states it for everyone, not this service's practice.
      /^\W*(?:consumers|residents|individuals|californians|users) (?:have|has) the right to\b/i,
    ],
    examples: {
      flag: [
        'We may sell pseudonymised, aggregated listening insights to record labels.',
        'We exchange anonymised usage analytics with a research lab in return for free compute time.',
        { text: 'Your email will never be sold to marketers.', polarity: 'does-not' },
        { text: 'Phone numbers collected for two-factor login are never rented out.', polarity: 'does-not', also: ['contact-details'] },
        { text: 'We may sell your personal information to data brokers.', also: ['third-party-sharing'] },
        'We rent our email lists to carefully selected companies.',
        { text: "Now and then we rent our subscribers' names and postal addresses to other publishers.", also: ['contact-details'] },
        { text: 'We do not sell your personal information.', polarity: 'does-not' },
        { text: 'Free to use, with no trackers and no selling or renting of your data.', polarity: 'does-not' },
        { text: 'Shoppers\' postcodes and basket totals are passed on to partner brands in exchange for a share of the revenue.', also: ['third-party-sharing'] },
        { text: 'Rewards club members get coupons in return for letting us track what they buy.', also: ['direct-marketing'] },
        'We make the mailing lists we compile available to brokers for a fee.',
        { text: "We dont sell or profit from the information you give us.", polarity: 'does-not' },
        { text: 'We will not sell, rent or trade your data without your express permission.', polarity: 'does-not' },
        { text: 'Member lists will never be sold or rented by us.', polarity: 'does-not' },
        { text: 'We may license anonymised usage statistics to market research firms.', also: ['direct-marketing'] },
        { text: 'Your listening history may be sold to partners in aggregate form.', also: ['third-party-sharing'] },
        'Brands pay us for access to the shopping insights our members generate.',
        'We pass trip summaries to fleet insurers, who pay us for them.',
        { text: 'We build interest segments that marketers can buy on our exchange.', also: ['targeted-ads'] },
        'We may sell anonymised footfall trends to shopping-centre owners.',
        'Lenders pay us a commission when we pass your loan application to them.',
        { text: 'Under state privacy laws, sharing identifiers for advertising may be a "sale".', also: ['targeted-ads'] },
        'Categories sold in the last 12 months: identifiers and internet activity.',
        'Categories of personal information sold or shared: identifiers and purchase history.',
      ],
      ignore: [
        'Buyers who purchase tickets through us get an email receipt.',
        'Our hosting provider stores your files in return for their services fee.',
        // A product's or a site's name is not a trade.
        'You can import your work history from the Global Career Exchange website.',
        'We sell products and services online.',
        'We post the gift cards you buy to the address you give us.',
        // Paid placement is advertising, not a sale of data.
        { text: 'Restaurants pay us for featured placement in the app.', also: ['targeted-ads'] },
        'Our store accepts credit cards.',
        // Something given for money with no data handed over.
        'The billing team reads your card number only for payment and refunds.',
        { text: 'In exchange for a free subscription, you agree to receive our weekly newsletter.', also: ['direct-marketing'] },
        { text: 'Consumers have the right to know what categories of data a business collects.', also: ['access-deletion'] },
        'We license our software under the MIT licence.',
      ],
    },
  },
];

// Chinese: sold, rented or traded for value, whichever comes first, the data or the verb; and data given
// "有偿" or in return for a fee, a revenue share or other data (an exchange of member lists is a sale too).
const ZH_DATA = '(?:个人信息|信息|数据|资料|名单|记录|画像|标签|偏好|联系方式|手机号码?|电话)';
const ZH_PASS = '(?:提供|共享|分享|转让|披露|交换|给予|开放)';
const ZH_VALUE = '(?:报酬|收益|费用|对价|回报|经济利益|佣金|分成|收入)';

export const saleRules: RuleSpec[] = withChinese(english, [
  {
    of: 'data-sale',
    match: [
      // Paid access under other names: audience packages bought by advertisers, data exchanges, referral fees, swaps of data.
      /有偿(?:推荐|提供|共享|转让)|付费购买|人群包|数据交易(?:所|计划|平台)|挂牌的数据产品|导流(?:服务)?费|推荐费|数据资源互换|(?:授权|许可)[^。；]{0,24}(?:收取|获取|获得)[^。；]{0,8}(?:费用|服务费|收益|经济收益|报酬)/,
      new RegExp(`(?:出售|售卖|贩卖|出租|租售|买卖|倒卖|卖给|卖予)(?:给|予)?[^。；]{0,16}${ZH_DATA}|${ZH_DATA}[^。；]{0,24}(?:出售|售卖|贩卖|出租|买卖|倒卖|卖给)`),
      new RegExp(`${ZH_PASS}[^。；]{0,30}(?:获取|获得|收取|取得|赚取|换取)[^。；]{0,8}${ZH_VALUE}|(?:有偿|付费|收费|以换取${ZH_VALUE})(?:地|的方式|方式)?[^。；]{0,12}${ZH_PASS}|交换[^。；]{0,12}(?:会员|用户|客户)?${ZH_DATA}|${ZH_DATA}变现`),
    ],
    // The business sold or merged, with your data passed on as one of its assets: sharing (the acquirer), not a sale of data.
    unless: [/(?:合并|收购|重组|破产|分立|资产|业务|股权)(?:出售|转让)|(?:出售|转让)(?:全部|部分)?(?:业务|资产|股权|公司)/],
    examples: {
      flag: [
        '品牌方可以付费购买我们根据浏览数据生成的人群包。',
        '我们会把您的手机号码出租给合作商家。',
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
