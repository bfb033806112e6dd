/** Advertising and marketing: targeted ads, profiling for ads, and marketing messages. */
import type { EnglishRule, RuleSpec } from '../types';
import { OPT_OUT_ONLY, withChinese } from './common';

const english: EnglishRule[] = [
  {
    id: 'targeted-ads',
    tags: ['ads'],
    severity: 'medium',
    match: [
      /\b(?:to|for|serv(?:e|es|ing)|deliver(?:s|ing)?|show(?:s|ing)?|display(?:s|ing)?|present|tailor(?:ed)?|personali[sz](?:e|ed|ing)|target(?:ed|ing)?|customi[sz](?:e|ed)|relevant|measure (?:the )?(?:effectiveness|performance) of)\b[^.]{0,50}\b(?:advertis(?:ing|ements?)|ads)\b/i,
      /\b(?:advertis(?:ing|ement)|ad) (?:purposes|targeting|personali[sz]ation|profiles?)\b|\b(?:supported by advertising|advertising[- ]supported)\b|\binterest[- ]based|\bbehaviou?ral(?:ly)? (?:targeted|advertising)|\b(?:re|re-)?targeting\b|\bremarketing\b/i,
      /\badvertisers?\b[^.]{0,40}\b(?:may|can|will)? ?(?:use|collect|serve|receive|target|place|set)\b/i,
    ],
    unless: [OPT_OUT_ONLY, /\bnot (?:responsible|endorse)\b[^.]{0,200}\badvertis/i],
    mayAlsoFire: ['search-and-viewing-history', 'third-party-sharing', 'tracking-technologies'],
    examples: {
      flag: [
        'We use your viewing history to show you personalised advertisements.',
        'Advertisers may use cookies to deliver interest-based ads.',
      ],
      ignore: ['We answer support requests within two days.'],
    },
  },
  {
    id: 'direct-marketing',
    tags: ['ads'],
    severity: 'low',
    match: [
      /\b(?:send(?:ing)?|contact(?:ing)?|e-?mail(?:ing)?|mail(?:ing)?|call(?:ing)?|offer(?:ing)?|inform(?:ing)?|notify(?:ing)?|provid(?:e|ing)|tell(?:ing)?) (?:you|users|customers|members)?\b[^.]{0,60}\b(?:marketing|promotion(?:s|al)?|special offers?|offers|newsletters?|(?:new |other )?products (?:and|or) services|(?:new|other) products)\b/i,
      /\b(?:marketing|promotional|advertising) (?:purposes|communications?|messages?|e-?mails?|materials?|campaigns?|offers?|lists?)\b|\bdirect marketing\b|\bmarket(?:ing)? (?:to you|research)\b|\bmarketing (?:and \w+ )?(?:studies|analys[ie]s|research)\b|\bpersonali[sz]ed (?:promotions|offers|marketing)\b/i,
    ],
    unless: [OPT_OUT_ONLY],
    mayAlsoFire: ['contact-details'],
    examples: {
      flag: [
        'We may send you promotional emails about new products and special offers.',
        'Our partners may contact you with marketing communications.',
      ],
      ignore: ['We use your email address to reset your password.'],
    },
  },
];

export const adsRules: RuleSpec[] = withChinese(english, [
  {
    of: 'targeted-ads',
    match: [/(?:个性化|定向|精准|程序化)(?:的)?(?:广告|推荐|推送|营销)|广告(?:推送|投放|展示)|(?:推送|展示|投放)[^。；]{0,10}广告|营销(?:信息|活动|推广|短信)|商业(?:广告|推广|性信息)|用户画像/],
    unless: [/关闭(?:个性化)?(?:广告|推荐)|退订|拒绝接收/],
    mayAlsoFire: ['activity-logs-zh', 'opt-out-zh'],
    examples: {
      flag: ['我们会根据您的浏览记录向您展示个性化广告。', '我们可能向您发送营销信息和商业推广。'],
      ignore: ['您可以在设置中关闭个性化广告。'],
    },
  },
]);
