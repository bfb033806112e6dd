/** Third parties: data shared with, or collected by, affiliates, partners, advertisers and acquirers. */
import type { EnglishRule, RuleSpec } from '../types';
import { OPT_OUT_ONLY, withChinese } from './common';

// "Request a list of the third parties we disclosed to" is a right of access, not a disclosure.
const ASK_WHO_RECEIVED = /\b(?:request|obtain|ask for)\b[^.]{0,80}\b(?:a list|information)\b[^.]{0,60}\bthird parties\b/i;

const THIRD_PARTY = /\b(?:third[- ]part(?:y|ies)|affiliat(?:e|es|ed)|subsidiar(?:y|ies)|(?:business|marketing|advertising|trusted|select(?:ed)?|carefully selected|co-?branding|content|joint) partners?|partners?\b|advertis(?:ers|ing (?:networks?|compan|partners))|ad networks?|sponsors?|vendors?|(?:service|content|analytics) providers?|contractors|agents|other compan(?:y|ies)|companies (?:that|we|who)|outside (?:parties|companies|organi[sz]ations)|unaffiliated|non-?affiliated|other (?:organi[sz]ations|businesses|parties|entities)|social (?:media|network(?:ing)?) (?:sites?|platforms?|services?|plug-?ins?|features?)|(?:facebook|google|twitter|doubleclick)\b|buyer|acquir(?:er|ing (?:company|entity))|successor|purchaser|data brokers?|(?:other|third[- ]party|public|outside|external) sources)/i;
const PASS = /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing|ure)|provid(?:e|es|ed|ing) (?:\w+ ){0,4}(?:to|with)|transfer(?:s|red|ring)?|sell|sold|rent|trade|giv(?:e|es|ing) (?:\w+ ){0,3}(?:to|access)|mak(?:e|es|ing) (?:\w+ ){0,3}available|pass(?:es|ed)? (?:\w+ ){0,3}(?:on|to|along)|send (?:\w+ ){0,3}to|access (?:to )?(?:your|this|such|the) (?:personal )?(?:information|data)|(?:collect|gather|obtain|receive|use)(?:s|d|ed)?(?: \w+){0,8} (?:by|from|through|via|on|about)|place (?:\w+ ){0,2}cookies|set (?:\w+ ){0,2}cookies|serv(?:e|ing) (?:\w+ ){0,2}ads|on our behalf|process(?:es|ed)? (?:\w+ ){0,3}(?:for|on)|(?:receive|collect|gather|obtain|record|track|place|recogni[sz]e|access|use|analy[sz]e|read)(?:s|d|ed)?\b)/i;

const english: EnglishRule[] = [
  {
    id: 'third-party-sharing',
    tags: ['sharing'],
    severity: 'medium',
    match: [THIRD_PARTY],
    also: [PASS],
    unless: [/\bthird[- ]party (?:sites?|websites?|links?)[^.]{0,200}\b(?:not responsible|their own privacy|different privacy|policies of)/i, OPT_OUT_ONLY, ASK_WHO_RECEIVED],
    mayAlsoFire: ['activity-logs', 'data-disclosure', 'device-data', 'targeted-ads'],
    examples: {
      flag: [
        'These advertisers automatically receive your IP address when they serve an ad.',
        'We may receive information about you from data brokers and combine it with what we have.',
        'We share your information with our affiliates and advertising partners.',
        'Third-party advertisers may collect information about your visits to our site.',
        'If we are acquired, your data may be transferred to the buyer.',
        'We do not share your personal information with third parties except as described in this policy.',
      ],
      ignore: [
        'We are not responsible for the privacy practices of third-party websites, which have their own privacy policies.',
        'You can change your password at any time.',
      ],
    },
  },
  {
    id: 'data-disclosure',
    tags: ['sharing'],
    severity: 'medium',
    match: [
      /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|transfer(?:s|red|ring)?|forward(?:s|ed)?|mak(?:e|es|ing) (?:\w+ ){0,3}available|publish(?:es|ed)?)\b(?: [\w,()-]+){0,6}? (?:(?:personal|personally identifiable|contact|demographic|account|user|customer|aggregate[d]?|other|such|this|the|your|our users'?) )*(?:information|data|details|content|records?)\b/i,
      /\b(?:information|data|content)\b[^.]{0,60}\b(?:is|are|may be|will be|can be|becomes?) (?:\w+ )?(?:shared|disclosed|released|transferred|forwarded|publicly available|available to the public|made available)\b/i,
      /\b(?:merger|acquisition|bankruptcy|reorgani[sz]ation|sale of (?:all|some|substantially all|part|a portion) of|business transfers?|change of control)\b/i,
    ],
    unless: [/\byou (?:can|may) (?:share|forward)\b(?![^.]{0,200}\b(?:information|data|content)\b)/i, OPT_OUT_ONLY, ASK_WHO_RECEIVED],
    mayAlsoFire: ['data-sale'],
    examples: {
      flag: [
        'In the event of a merger or acquisition, user information is transferred along with the business.',
        'We may publicly disclose aggregated information about our users.',
        'When you request a magazine, we will forward the information you give us to the publisher.',
      ],
      // Sale is its own rule (which tags sharing too), so it is not counted twice.
      ignore: ['You can share articles with friends using the buttons below.', 'We sell your personal information.'],
    },
  },
];

export const sharingRules: RuleSpec[] = withChinese(english, [
  {
    of: 'third-party-sharing',
    match: [/第三方|关联(?:公司|方)|合作伙伴|合作方|广告主|服务提供商|供应商|其他公司|收购方|受让方|接入的SDK/],
    also: [/共享|提供|披露|转让|委托(?:处理)?|传输|接入|集成|嵌入|收集|获取|发送|使用/],
    unless: [/第三方(?:网站|链接)[^。]{0,100}(?:不承担|不负责|其自身的隐私政策)/],
    examples: {
      flag: ['我们可能会与关联公司及合作伙伴共享您的个人信息。', '在发生合并或收购时，您的个人信息可能会转让给受让方。'],
      ignore: ['对于第三方网站的隐私做法，我们不承担责任，请查阅其自身的隐私政策。'],
    },
  },
]);
