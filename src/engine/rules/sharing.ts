/** Third parties: data shared with, or collected by, affiliates, partners, advertisers and acquirers. */
import { DEIDENTIFIED_ONLY, deidentifiedOnly } from '../details';
import type { EnglishRule, RuleSpec, Severity } from '../types';
import { OPT_OUT_ONLY, withChinese } from './common';
import {
  ACQUIRERS, ADVERTISERS, anyOf, CORPORATE_FAMILY, DATA, DATA_KIND, DATA_SOURCES, DISCLOSE, DISCLOSE_OR_DISCLOSURE, FORWARD, MAKE_AVAILABLE,
  OTHER_COMPANIES, PARTNERS, pattern, PROVIDE, PUBLISH, RELEASE, SHARE, SOCIAL_NETWORKS, SUPPLIERS, THIRD_PARTIES, TRANSFER,
} from './vocabulary';

// "Request a list of the third parties we disclosed to" is a right of access, not a disclosure.
// Nor is asking us to disclose what we hold about you (a CCPA right to know).
const ASK_WHO_RECEIVED = /\b(?:request|obtain|ask for)\b[^.]{0,80}\b(?:a list|information)\b[^.]{0,60}\bthird parties\b|\b(?:ask|request|require) (?:that )?(?:us|we) (?:to )?disclose (?:to you )?(?:the )?(?:categories|specific pieces|what|which)\b/i;

const THIRD_PARTY = pattern`\b${anyOf(THIRD_PARTIES, CORPORATE_FAMILY, PARTNERS, ADVERTISERS, SUPPLIERS, OTHER_COMPANIES, SOCIAL_NETWORKS, ACQUIRERS, DATA_SOURCES)}`;
// Sent on to someone: "we may transmit your information to third parties" (not what you transmit to us).
const TRANSMITTED_TO = String.raw`(?<!\byou )transmit(?:s|ted|ting)? (?:[\w-]+ ){0,6}?to (?!us\b|our (?:servers|systems|site|website|service)s?\b)`;
// Handing on, and a third party's own collecting, tracking or processing ("advertisers may collect...").
const PASS = pattern`\b(?:${SHARE}|${DISCLOSE_OR_DISCLOSURE}|${PROVIDE} (?:\w+ ){0,4}(?:to|with)|${TRANSFER}|${TRANSMITTED_TO}|sell|sold|rent|trade|giv(?:e|es|en|ing) (?:\w+ ){0,3}(?:to|access)|${MAKE_AVAILABLE}|pass(?:es|ed)? (?:\w+ ){0,3}(?:on|to|along)|send (?:\w+ ){0,3}to|access (?:to )?(?:your|this|such|the) (?:personal )?(?:information|data)|(?:collect|gather|obtain|receive|use)(?:s|d|ed)?(?: \w+){0,8} (?:by|from|through|via|on|about)|place (?:\w+ ){0,2}cookies|set (?:\w+ ){0,2}cookies|serv(?:e|ing) (?:\w+ ){0,2}ads|on our behalf|process(?:es|ed)? (?:\w+ ){0,3}(?:for|on)|(?:receive|collect|gather|obtain|record|track|place|recogni[sz]e|access|use|analy[sz]e|read)(?:s|d|ed)?\b)`;

// Processors by other names, and the other side of a transaction ("we share your pickup point with the driver").
const PROCESSORS = String.raw`sub-?processors?|(?:payment |data )?processors|payment (?:service )?providers?|suppliers?|parent compan(?:y|ies)|group compan(?:y|ies)|(?:cloud |web )?hosting providers?`;
const COUNTERPARTS = String.raw`driver|merchant|seller|host|courier|clinician|doctor|landlord|employer|recruiter|insurer|lender|restaurant|retailer|other (?:party|user|person|player|member)`;
const HANDED_TO = pattern`\b(?:${PROCESSORS})\b[^.;]{0,60}\b(?:process(?:es|ed|ing)?|host(?:s|ed)?|access(?:es|ed)?|receiv(?:e|es|ed)|handl(?:e|es|ed))\b|\b(?:process(?:ed)?|accessed|accessible|handled|hosted|stored|transcribed|translated|analy[sz]ed|reviewed|verified|screened|checked|performed|run|carried out) (?:to |by )(?:our |its |their )?(?:[\w-]+ ){0,3}(?:${PROCESSORS}|${SUPPLIERS}|${CORPORATE_FAMILY}|teams? in)\b|\bengag(?:e|es|ed|ing) (?:\w+ ){0,2}(?:${PROCESSORS}|${SUPPLIERS})\b|\b${SHARE} (?:[\w,'’-]+ ){0,8}with (?:the|your) (?:${COUNTERPARTS})s?\b`;

// Recipients a sentence names without saying "third party": the people and businesses on the other side
// ("the host", "other members", "your dealer", "record labels", "a fraud consortium").
const PARTIES = String.raw`(?:other )?users|members|players|friends|followers|couriers?|drivers?|hosts?|sellers?|merchants?|dealers?|dealerships?|repairers?|(?:re)?insurers?|brokers?|adjusters?|hospitals?|clinics?|doctors?|pharmac(?:y|ies)|laborator(?:y|ies)|labs|recruiters?|employers?|labels?|publishers?|brands?|retailers?|organi[sz]ers?|contractors?|providers?|platforms?|engines?|consorti(?:um|a)|clients?|firms?|agenc(?:y|ies)|banks?|lenders?|carriers?|operators?|processors?|developers?|researchers?|sponsors?|databases?|bureaus?|societies|organi[sz]ations?|companies|businesses|vendors?|partners?|marketers|charities|restaurants?|landlords?|clinicians?|schools?|any ?one(?: else)?|any ?body(?: else)?|other people|the public`;
// What is handed over: a person's data by its common names.
const THEIR_DATA = String.raw`information|data|details|names?|(?:phone )?numbers?|address(?:es)?|records?|histor(?:y|ies)|profiles?|photos?|content|messages|posts|identifiers?|IDs?|location|statistics|results|files|CVs?|orders?|purchases|readings|recordings|images|signals|lists|attributes|fingerprints|gamertags?|usernames?|achievements|status`;
// "We share your address with the courier" hands it on; "you can share your playlist with friends" is yours to do.
const WE_SHARE = String.raw`(?<!\byou (?:can |may |could |might |will )?(?:also |then )?(?:choose to |decide to )?)shar(?:e|es|ed)`;
const HANDING = String.raw`${WE_SHARE}|made available|make (?:\w+ ){0,3}available|pass(?:es|ed)?(?: on| along)?|provid(?:e|es|ed)|forward(?:s|ed)?|sen[dt]|sends|transmit(?:s|ted)?|hand(?:s|ed)?(?: over| on)?|suppl(?:y|ies|ied)|deliver(?:s|ed)?|transfer(?:s|red)?|giv(?:e|es|en)|show(?:s|n)?|visible|accessible|exposed|report(?:s|ed)?|exchang(?:e|es|ed)`;
// Data handed to a named recipient ("your details are passed to the courier", "we pass your details to other
// insurers"), and a recipient that gets it ("the host receives your name", "other members can see your photos").
const TO_PARTY = String.raw`(?:to|with) (?:[\w'-]+ ){0,4}?(?:${PARTIES})\b`;
const GIVEN_TO = pattern`\b(?:${THEIR_DATA})\b[^.;]{0,120}?\b(?:${HANDING}) (?:[\w'-]+ ){0,2}?${TO_PARTY}|\b(?:${HANDING}) (?:[\w'-]+ ){0,6}?(?:${THEIR_DATA})\b[^.;]{0,80}?\b${TO_PARTY}`;
const PARTY_GETS = pattern`\b(?:${PARTIES})\b(?: [\w'-]+){0,4}? (?:receives?|gets?|(?:can|may|will) (?:also )?(?:see|view|access|read|receive|get|collect)|sees?|ha(?:s|ve) access to|collects?|obtains?)\b(?! (?:[\w'-]+ ){0,3}(?:their|its) own\b)(?: [\w'-]+){0,6}? (?:${THEIR_DATA})\b`;

// A GDPR notice's list of who receives the data: "Recipients of your personal data include…", "Categories of recipients:".
const RECIPIENTS_LISTED = /\b(?:categories of )?recipients\b(?: of [^.:;]{0,40}?)?(?:\s*(?:include|are|may include|can include|comprise)\b|\s*:)/i;

/** Someone other than the service, named in any way: sharing is with someone. The fitted layer flags sharing on a
 *  sentence without a rule only when it names one ("clicks measure ad delivery" weighs like sharing, and is not). */
export const SOMEONE_ELSE = pattern`${THIRD_PARTY.source}|\b(?:${PARTIES}|${PROCESSORS}|${COUNTERPARTS}|others|outside|external|google|facebook|meta|twitter|microsoft|amazon|apple|adobe|doubleclick|(?:[A-Z][\w-]* )+(?:inc|llc|ltd))\b`;

// Handing on only aggregated or de-identified data is still sharing (OPP-115 labels it so), but a lesser risk.
const sharingSeverity = (details: Record<string, string>): Severity => (details.data === DEIDENTIFIED_ONLY ? 'low' : 'medium');

const ABROAD_ONLY = /^(?![^]*\b(?:shar(?:e|es|ed|ing)|disclos\w*|sell|sold|provid\w*|giv(?:e|en)|pass(?:ed)?|partners?|third[- ]part\w*|affiliates?|vendors?|providers?)\b)[^]*\btransfer\w*\b[^.;]{0,60}\b(?:countr(?:y|ies)|jurisdictions?|outside (?:the|of|your)|abroad|overseas|servers? (?:located )?in|the (?:united states|us|eu|eea|uk))\b/i;

// Partners named only as where data goes ("…transferred to any country where we or our partners operate") place a
// transfer abroad; they are not told to receive anything.
const PARTIES_ONLY_WHERE = /^(?![^]*\b(?:shar(?:e|es|ed|ing)|disclos\w*|sell|sold|giv(?:e|en)|pass(?:ed)?|access\w*|provid\w* (?:to|with))\b)[^]*\b(?:countr(?:y|ies)|jurisdictions?|places?|locations?) (?:in which|where) (?:we|\w+) (?:or|and) (?:our|its) (?:\w+ )?(?:partners|affiliates|providers|subsidiaries|group companies|vendors) (?:operate|maintain|have|are located)\b(?![^]*\b(?:third[- ]part\w*|advertis\w*)\b)/i;

const english: EnglishRule[] = [
  {
    id: 'third-party-sharing',
    tags: ['sharing'],
    severity: 'medium',
    details: deidentifiedOnly,
    severityFor: sharingSeverity,
    lawAloneKeepsDenial: true,
    match: [THIRD_PARTY, HANDED_TO, GIVEN_TO, PARTY_GETS, RECIPIENTS_LISTED],
    also: [new RegExp(`${PASS.source}|${HANDED_TO.source}|${GIVEN_TO.source}|${PARTY_GETS.source}|${RECIPIENTS_LISTED.source}`, 'i')],
    unless: [/\bthird[- ]party (?:sites?|websites?|links?)[^.]{0,200}\b(?:not responsible|their own privacy|different privacy|policies of)/i, OPT_OUT_ONLY, ASK_WHO_RECEIVED, PARTIES_ONLY_WHERE,
      // Links out, and what we do not control there: "we may link to sites run by others that we do not control".
      /\blinks? to (?:[\w-]+ ){0,3}(?:web ?)?sites?\b[^.]{0,120}\b(?:(?:do|does) not (?:own|operate|control|monitor|endorse)|not under (?:our|its) control|(?:operated|owned|run|placed|maintained) by (?:third parties|others|other (?:companies|parties|organi[sz]ations)))|^(?![^.]*\b(?:shar|disclos|sell|sold|provid|transfer|collect|receiv)\w*)[^.]*\blinks? to (?:third[- ]party|other|external|outside)\b[^.]{0,40}\b(?:web ?)?sites?\b|\bwe (?:do not|don't|cannot|can't) (?:monitor|control|endorse)\b[^.]{0,100}\b(?:third[- ]part|other (?:sites|websites|companies))/i],
    examples: {
      flag: [
        'We may transmit your order history to third parties that run our loyalty scheme.',
        'Identity documents are checked by our verification vendor.',
        'Voice messages are transcribed by a speech-recognition subprocessor.',
        { text: 'These advertisers automatically receive your IP address when they serve an ad.', also: ['device-data', 'targeted-ads'] },
        'We may receive information about you from data brokers and combine it with what we have.',
        { text: 'We share your information with our affiliates and advertising partners.', also: ['data-disclosure', 'targeted-ads'] },
        { text: 'Third-party advertisers may collect information about your visits to our site.', also: ['activity-logs', 'targeted-ads'] },
        { text: 'If we are acquired, your data may be transferred to the buyer.', also: ['data-disclosure'] },
        { text: 'We do not share your personal information with third parties except as described in this policy.', also: ['data-disclosure'] },
        'Our sub-processors host the service and answer support tickets.',
        { text: 'Bookings are handled by our parent company in Ireland.', also: ['cross-border'] },
        'We share your name and flat number with the courier.',
        { text: 'Partners receive only de-identified survey results from us.', details: { data: 'aggregated or de-identified only' } },
        { text: 'Your delivery address and phone number are sent to the restaurant that prepares your meal.', also: ['contact-details'] },
        'We may pass your claim details to loss adjusters and other insurers.',
        'Once you book, the clinic receives your name, date of birth and the reason for your visit.',
        { text: 'We will not pass your messages on to anyone else unless you ask us to.', polarity: 'does-not' },
        'Other players can see your username, level and recent matches.',
        'We share your parcel number and address with the carriers that deliver it.',
        'Refunds are processed by our payment service provider.',
        'We may pass your newsletter preferences to our sister brands.',
        'Should the business change hands, customer records may be handed to the new owners.',
        'Recipients of the data we hold include our hosting company, our accountants and, where the law requires, tax offices.',
        'Categories of recipients: cloud hosts, customer-support contractors and our auditors.',
      ],
      ignore: [
        'Whatever you transmit to third parties yourself, for example by email, leaves our hands.',
        { text: 'We may transfer your files to any of the countries in which we or our business partners operate.', also: ['cross-border'] },
        'We are not responsible for the privacy practices of third-party websites, which have their own privacy policies.',
        'Our pages may link to sites run by other companies that we do not control.',
        'The forum contains links to third-party websites and to the blogs of our members.',
        'We cannot monitor or endorse what other websites do with the data they gather, including those operated by third parties.',
        'You can change your password at any time.',
        'You can share your reading lists with other members.',
        { text: 'Members can download their own data from the account page.', also: ['access-deletion'] },
        { text: 'We send newsletters to subscribers who asked for them.', also: ['direct-marketing'] },
      ],
    },
  },
  {
    id: 'data-disclosure',
    tags: ['sharing'],
    severity: 'medium',
    details: deidentifiedOnly,
    severityFor: sharingSeverity,
    lawAloneKeepsDenial: true,
    match: [
      // Handed on, up to six words before the data it names ("we may share aggregated information").
      pattern`\b${anyOf(SHARE, DISCLOSE, RELEASE, TRANSFER, FORWARD, MAKE_AVAILABLE, PUBLISH)}\b(?: [\w,()-]+){0,6}? (?:${anyOf(DATA_KIND)} )*${anyOf(DATA)}\b`,
      /\b(?:information|data|content)\b[^.]{0,60}\b(?:is|are|may be|will be|can be|becomes?) (?:\w+ )?(?:shared|disclosed|released|transferred|forwarded|publicly available|available to the public|made available)\b/i,
      /\b(?:merger|acquisition|bankruptcy|reorgani[sz]ation|sale of (?:all|some|substantially all|part|a portion) of|business transfers?|change of control)\b/i,
      // Made public: what you post is seen by anyone, or by everyone else on the service (OPP-115 counts the public
      // as a third party).
      pattern`\b(?:you|your|posts?|comments?|reviews?|profiles?|content|information|data|photos?|pictures?|videos?|names?|usernames?|tags?|scores?|listings?|messages?|activit(?:y|ies)|anything|whatever|everything)\b[^.;]{0,80}?\b(?:becomes?|is|are|will be|may be|can be|could be|might be|remains?|made)(?: \w+)? (?:public(?:ly (?:available|visible|accessible|displayed|viewable))?\b(?! (?:health|interest|safety|authorit))|(?:visible|viewable|accessible|available|displayed|shown|seen|read|searchable)(?: \w+){0,3}? (?:to|by) (?:the (?:general )?public|anyone|any ?one|everyone|every ?body|any ?body|others|other (?:users|members|visitors|people|players|readers|customers|participants)|all (?:users|members|visitors|players)))\b|\b(?:displayed|shown|published|posted|listed) publicly\b`,
    ],
    // Moved to another country, and handed to no one: a transfer abroad (cross-border), not a disclosure.
    unless: [/\byou (?:can|may) (?:share|forward)\b(?![^.]{0,200}\b(?:information|data|content)\b)/i, OPT_OUT_ONLY, ASK_WHO_RECEIVED, ABROAD_ONLY],
    examples: {
      flag: [
        'In the event of a merger or acquisition, user information is transferred along with the business.',
        { text: 'We may publicly disclose aggregated information about our users.', details: { data: 'aggregated or de-identified only' } },
        'Whatever you write in the community boards becomes public.',
        'Reviews are displayed publicly next to your first name and town.',
        'The photos in your album can be seen by anyone who has the link.',
        'Your gamer tag and scores are visible to other players.',
        { text: 'When you request a magazine, we will forward the information you give us to the publisher.', also: ['third-party-sharing'] },
      ],
      // Sale is its own rule (which tags sharing too), so it is not counted twice.
      ignore: [
        { text: 'Your files may be transferred to data centres in countries other than the one you live in.', also: ['cross-border'] },
        'Our annual report is publicly available on our website.',
        'Your password is never visible to our staff.',
        'You can share articles with friends using the buttons below.',
        { text: 'We sell your personal information.', also: ['data-sale'] },
      ],
    },
  },
];

// Chinese recipients: third parties by kind, the businesses that fulfil an order, and SDKs and partner sites
// that collect through the service.
// Those who serve you (a courier, a driver, a hotel) are recipients when something is handed to them or they see it.
// A law's title (《医疗机构病历管理规定》) and a search for places nearby (附近药店) name no one who receives data.
const ZH_RECIPIENT = /(?<!《[^》]{0,30}|附近(?:的)?|周边(?:的)?)(?:第三方|关联(?:公司|方|企业)|(?:互联网)?医院|药店|药房|医疗机构|保险(?:公司|机构)|金融机构|商家|电信运营商|物流公司|快递公司|航空公司|(?:收款|发卡|中转|开户|境外)(?:银)?行|(?:收单|支付|清算)机构|(?:提供|交|传送|发送|传输|共享|同步|转交|披露)(?:给|至)[^。；，]{0,8}(?:快递员|配送(?:员|人员)|骑手|司机|酒店)|(?:快递员|配送(?:员|人员)|骑手|司机|酒店)(?:将|会|可以|可|能够)?(?:获取|看到|查看|接收)(?:到)?您|集团(?:内|公司|成员)|合作(?:伙伴|方|机构|网站|平台|应用|商户|单位)|广告(?:主|商|联盟|平台|服务商)|(?:服务|技术|云服务|支付|物流|数据)?(?:提供商|服务商)|供应商|数据(?:合作方|经纪商|公司)|监测机构|其他公司|收购方|受让方|(?:新的|后续的)?(?:持有者|持有方|承继方|继任者)|(?:SDK|软件开发工具包|统计代码|插件)[^。；]{0,20}(?:收集|获取|读取|访问|调用|记录))/;
const ZH_PASS = /共享|分享|提供|看到|交给|交由|转交|披露|转让|委托(?:处理)?|传输|传送|同步给|转发|接入|集成|嵌入|收集|获取|发送|使用|处理|托管|展示|交换|报送|读取|记录|统计|分析|访问|查看/;

export const sharingRules: RuleSpec[] = withChinese(english, [
  {
    of: 'third-party-sharing',
    match: [ZH_RECIPIENT],
    also: [ZH_PASS],
    // Showing a third party's ads or links passes nothing on, unless the sentence says what they collect.
    unless: [/第三方(?:网站|链接)[^。]{0,100}(?:不承担|不负责|其自身的隐私政策)/, /(?:展示|播放|观看)第三方(?:的)?(?:广告|链接|内容)(?![^。]{0,40}(?:收集|获取|读取|共享|提供|SDK))/],
    examples: {
      flag: [
        { text: '刷卡消费时，您的卡号和交易金额会发送给收单机构。', also: ['data-disclosure-zh'] },
        { text: '我们可能会与关联公司及合作伙伴共享您的个人信息。', also: ['data-disclosure-zh'] },
        { text: '在发生合并或收购时，您的个人信息可能会转让给受让方。', also: ['data-disclosure-zh'] },
        { text: '我们接入的统计SDK会读取您的设备型号和系统版本。', also: ['device-data-zh', 'tracking-technologies-zh'] },
        '您的订单数据由我们的云服务商托管。',
        '下单后，我们会把收件人姓名和电话传送给承运的快递公司。',
        '行程开始前，接单司机可以看到您的上车点。',
        { text: '我们不会将您的个人信息提供给任何第三方。', polarity: 'does-not', also: ['data-disclosure-zh'] },
        { text: '未经您的明示同意，我们不会向合作方分享您的个人资料。', polarity: 'does-not', also: ['data-disclosure-zh'] },
        { text: '除本政策所述情形外，我们不会与第三方共享您的个人信息。', also: ['data-disclosure-zh'] },
        // The law as the only exception: a disclosure to authorities (legal-disclosure-zh), and no sharing, as in English.
        { text: '我们不会向第三方披露您的信息，但法律法规另有规定的除外。', polarity: 'does-not', also: ['data-disclosure-zh', 'legal-disclosure-zh'] },
        // A concession names the partners; the part after it says what they get.
        { text: '虽然我们有很多合作伙伴，我们从不把您的病历交给他们。', polarity: 'does-not', also: ['data-disclosure-zh'] },
      ],
      ignore: [
        { text: '按照《互联网医院管理办法》，您的处方记录将保存三年。', also: ['retention-period-zh'] },
        { text: '使用“附近医院”功能时，我们会获取您的大致位置。', also: ['location-zh'] },
        '对于第三方网站的隐私做法，我们不承担责任，请查阅其自身的隐私政策。', '我们会为您提供更好的服务。',
        { text: '关卡结束后会播放第三方广告，看完可领取金币。', also: ['targeted-ads-zh'] },
      ],
    },
  },
  {
    of: 'data-disclosure',
    match: [
      // Given to someone named in the sentence ("与商家共享", "提供给航空公司"), not to you.
      /(?:与|向|给|和)(?!您|你|用户本人)[^。；，]{1,20}(?:共享|分享|提供|披露|转让|报送|移交|交换)[^。；，]{0,20}(?:个人信息|信息|数据|资料|记录|内容|标识符|订单)|(?:共享|分享|提供|披露|转让|报送|移交|发送|转|交)(?:交)?(?:给|予)(?!您|你)/,
      // Sent or pushed on to someone else ("发送至救援中心"), not to your phone, our own servers or a country
      // (that is cross-border).
      /(?:发送|推送|传输|传送|转发)(?:至|到)(?!您|你|[^。；，]{0,30}(?:服务器|云端|数据中心)|(?:我们|本)?(?:的)?(?:本地|设备|手机|终端|邮箱|账号|客户端)|境外|境内|海外|国外|中国|中华人民共和国|其他国家|[\u4e00-\u9fff]{0,4}(?:国家|地区))/,
      // Made public, or passed on with the business.
      /公开(?:披露|展示|发布|可见)|对外(?:公开|提供|披露|共享|分享|转让)|(?:所有人|任何人|其他用户)(?:都)?(?:可以|能够|可)?(?:查看|看到|浏览|转发)|(?:合并|收购|分立|重组|破产|资产转让|资产出售)[^。；]{0,40}(?:转让|转移|移交|承继|继续(?:受|履行)|新的持有)/,
    ],
    unless: [/(?:您|你)可以(?:选择)?(?:与|向)(?:好友|朋友|他人)(?:分享|共享)(?![^。；]{0,30}(?:信息|数据))/],
    examples: {
      flag: [
        '我们会与交通管理部门共享匿名化的路况数据。',
        { text: '您下单后，我们会把收货人姓名和地址交给负责配送的快递公司。', also: ['third-party-sharing-zh'] },
        { text: '为完成配送，我们会向物流合作方提供您的收货信息。', also: ['third-party-sharing-zh'] },
        '您的昵称和头像将公开展示，其他用户可以查看。',
        '如发生重组或资产转让，您的信息将由新的主体继续受本政策约束。',
        { text: '我们不会主动将您的个人信息公开披露。', polarity: 'does-not' },
        { text: '发生求助时，您的定位和联系电话会推送到附近的志愿者。', also: ['location-zh'] },
        { text: '您预订的航班信息会传输至航空公司的值机系统。', also: ['third-party-sharing-zh'] },
      ],
      ignore: ['我们会向您提供客户服务。', '您可以与好友分享精彩瞬间。', '验证码会发送至您的手机。', '您的笔记会同步传输至我们位于杭州的服务器。'],
    },
  },
]);
