/** Advertising and marketing: targeted ads, profiling for ads, and marketing messages. */
import { ONLY_AGGREGATES } from '../details';
import type { EnglishRule, RuleSpec } from '../types';
import { OPT_OUT_ONLY, withChinese } from './common';
import { DISCLOSE, pattern, PROVIDE, SHARE } from './vocabulary';

const english: EnglishRule[] = [
  {
    id: 'targeted-ads',
    tags: ['ads'],
    severity: 'medium',
    match: [
      /\b(?:to|for|serv(?:e|es|ing)|deliver(?:s|ing)?|show(?:s|ing)?|display(?:s|ing)?|present|tailor(?:ed)?|personali[sz](?:e|ed|ing)|target(?:ed|ing)?|customi[sz](?:e|ed)|relevant|measure (?:the )?(?:effectiveness|performance) of|play(?:s|ing)?|insert(?:s|ing)?|run(?:s|ning)?|see)\b[^.;]{0,50}\b(?:advertis(?:ing|ements?)|ads|commercials)\b/i,
      // Ads shown at all, by other names, and the business of measuring them.
      /\b(?:ads|adverts|advertisements|commercials|sponsored (?:content|posts?|listings?|results?|playlists?|shortcuts?|tiles?|links?|stories|videos?|products?)|promoted (?:posts?|listings?|results?|content|vacancies|jobs?))\b[^.;]{0,60}\b(?:(?:are|is|may be|will be|can be) )?(?:shown|displayed|served|inserted|placed|played|included|chosen|selected|ranked|delivered|appear(?:s|ing)?)\b|\b(?:includ(?:e|es|ing)|featur(?:e|es|ing)|pay(?:s)? to (?:feature|promote|boost)) (?:\w+ ){0,2}(?:sponsored|promoted|paid)\b|\b(?:campaign (?:reporting|performance|measurement|results)|frequency capping|(?:ad|advertising) (?:delivery|measurement|attribution|performance|campaigns?|impressions?)|impression (?:logs?|data|counts?)|conversion (?:tracking|pixels?|events?)|how (?:our |their |your )?(?:ads|campaigns|adverts) (?:perform|performed|are performing))\b/i,
      /\b(?:advertis(?:ing|ement)|ad) (?:purposes|targeting|personali[sz]ation|profiles?)\b|\b(?:supported by advertising|advertising[- ]supported)\b|\binterest[- ]based|\bbehaviou?ral(?:ly)? (?:targeted|advertising)|\b(?:re|re-)?targeting\b|\bremarketing\b/i,
      /\badvertisers?\b[^.]{0,40}\b(?:may|can|will)? ?(?:use|collect|serve|receive|target|place|set)\b/i,
      // Ads by their kind and the places sold for them: interest segments, contextual ads, paid placement.
      /\binterest (?:segments?|profiles?|categories)\b|\b(?:advertising|ads|adverts)\b[^.;]{0,40}\b(?:is|are) contextual\b|\bcontextual (?:advertising|ads)\b|\bpay(?:s|ing)? (?:us )?(?:for|to get) (?:\w+ )?(?:placement|prominence|promotion)\b|\bpay(?:s)? to (?:feature|promote|boost|highlight)\b/i,
      // Handing data to the advertising business, and ads chosen from what you did.
      pattern`\b(?:${SHARE}|${DISCLOSE}|${PROVIDE}|sell|sold|licen[cs](?:e|es|ed|ing)|pass(?:es|ed)?|send|transfer(?:s|red)?|make (?:\w+ )?available)\b[^.]{0,120}\b(?:(?:third[- ]party )?advertisers|advertising (?:partners?|networks?|compan(?:y|ies)|platforms?|technology (?:partners|companies))|ad (?:networks?|partners?|platforms?|tech(?:nology)? (?:partners|companies)))\b`,
      /\b(?:ads|advertisements|advertising|adverts)\b[^.]{0,30}\b(?:(?:are|is) )?(?:based|chosen|selected) (?:only |solely |partly )?on\b|\baudience segments?\b|\b(?:lookalike|custom) (?:audiences?|modell?ing|targeting)\b/i,
      // The ad business named as such: "the ads you see", "your ad preferences", "through our advertising partners", real-time bidding.
      /\b(?:the )?(?:ads|adverts|advertisements) you (?:see|are shown|receive)\b|\bad (?:preferences|settings|interests|space|inventory|auctions?|exchanges?)\b|\bbid requests?\b|\breal[- ]time bidding\b|\b(?:through|via|with|by) (?:our |its |their )?(?:advertising|ad) (?:and \w+ )?(?:partners|networks|vendors|providers)\b/i,
    ],
    // Audience statistics for advertisers target no one: aggregated or de-identified data only, and no ads chosen for you.
    unless: [OPT_OUT_ONLY, /\bnot (?:responsible|endorse)\b[^.]{0,200}\badvertis/i, new RegExp(String.raw`${ONLY_AGGREGATES.source}(?![^]*\b(?:target|tailor|personali[sz]|interest[- ]based|behaviou?ral|relevant|retarget|remarketing))`, 'i')],
    examples: {
      flag: [
        'Ads beside the recipes are contextual: they follow the recipe, not you.',
        'Shops can pay for placement at the top of the results.',
        'We group readers into interest segments such as cycling or cooking.',
        'Our app receives bid requests from ad exchanges to fill its banner slots.',
        { text: 'We use your viewing history to show you personalised advertisements.', also: ['search-and-viewing-history', 'activity-logs'] },
        { text: 'Advertisers may use cookies to deliver interest-based ads.', also: ['third-party-sharing', 'tracking-technologies'] },
        { text: 'We pass hashed email addresses to ad networks to find you on their platforms.', also: ['third-party-sharing'] },
        'Some of what we know about you is made available to advertising technology partners.',
        'The adverts in the app are chosen based on the topics of the groups you join.',
        'We place you in audience segments, such as frequent travellers, for our clients.',
        'On the free plan, audio commercials are played between songs.',
        'Search results may include sponsored listings that sellers pay for.',
        { text: 'We report impression counts and campaign results to the brands that advertise with us.', also: ['third-party-sharing'] },
        { text: 'We license listening profiles to advertising networks.', also: ['data-sale'] },
      ],
      ignore: [
        'We answer support requests within two days.',
        { text: 'Advertisers receive only aggregated figures about our readership, such as how many readers are in each age band.', also: ['third-party-sharing'] },
      ],
    },
  },
  {
    id: 'direct-marketing',
    tags: ['ads'],
    severity: 'low',
    match: [
      /\b(?:send(?:ing)?|contact(?:ing)?|e-?mail(?:ing)?|mail(?:ing)?|call(?:ing)?|offer(?:ing)?|inform(?:ing)?|notify(?:ing)?|provid(?:e|ing)|tell(?:ing)?) (?:you|users|customers|members)?\b[^.]{0,60}\b(?:marketing|promotion(?:s|al)?|special offers?|offers|newsletters?|(?:new |other )?products (?:and|or) services|(?:new|other) (?:[A-Z]\w+ )?products|product (?:updates|news|announcements)|sales|deals|discounts|new arrivals)\b/i,
      /\b(?:for|in|to) (?:our |their |its |direct |targeted |joint )?marketing\b|\b(?:receive|get|sen[dt]|opt in to) (?:\w+ ){0,3}(?:marketing|newsletters?|promotional (?:messages|e-?mails|offers|notifications|texts))\b|\b(?:tailor|personali[sz]e|customi[sz]e|target)(?:s|d|ed)? (?:\w+ ){0,3}(?:offers|promotions|deals|discounts|mailings)\b|\brecommend(?:s|ing|ations? (?:of|for))? (?:\w+ )?(?:products|items|offers|deals|services) (?:you|that|which)\b|\b(?:offers|products|deals) (?:that |which )?(?:may|might|could) interest you\b|\bpartner (?:offers|products|promotions)\b|\bsend (?:you )?(?:\w+ )?(?:tips|news|updates) (?:about|on) (?:\w+ ){0,3}(?:features|products|services|offers)\b/i,
      /\b(?:marketing|promotional|advertising) (?:purposes|communications?|messages?|e-?mails?|materials?|campaigns?|offers?|lists?)\b|\bdirect marketing\b|\bmarket(?:ing)? (?:to you|research)\b|\bmarketing (?:and \w+ )?(?:studies|analys[ie]s|research)\b|\bpersonali[sz]ed (?:promotions|offers|marketing)\b|\bshow(?:s|ing)? you (?:\w+ ){0,2}(?:offers|deals|promotions)\b/i,
      // Marketing by other names: coupons, fundraising appeals, "products that may interest you" from firms your data is passed to.
      /\bmarket (?:\w+ ){0,2}(?:products|services|offers) to (?:you|them|users|customers)\b|\bpersonali[sz]e (?:their|its|our) (?:marketing|offers|promotions)\b|\b(?:coupons?|vouchers?|fundraising (?:communications?|appeals?|calls?|e-?mails?|mail(?:ings)?)|product recommendations?)\b|\btell you about (?:our |other |new )?(?:\w+ )?(?:products|services|offers|events)\b|\bwhose (?:products|services|offers)(?: (?:and|or) (?:products|services|offers))? (?:\w+ ){0,3}(?:may|might|could) interest you\b/i,
    ],
    unless: [OPT_OUT_ONLY],
    examples: {
      flag: [
        { text: 'Our sister companies may use your details to market their own products to you.', also: ['third-party-sharing'] },
        'Members receive coupons for the shops they visit most.',
        'We pass our mailing list to firms whose products we think may interest you.',
        'We may send you promotional emails about new products and special offers.',
        'Our partners may contact you with marketing communications.',
        'Your order history helps us recommend items you may want next.',
        'Members may receive promotional texts about seasonal sales.',
        'We use the answers you give in surveys for marketing.',
        'We may also show you partner offers for travel insurance.',
        'We will occasionally send you tips about features you have not used yet.',
        'Subscribers may get our weekly newsletter with invitations to events.',
        'We tailor the discounts in the app to what you usually buy.',
        'We may email you about new Fernhill products we think you will like.',
        { text: 'Our tracking pixel lets us show you our holiday deals on other sites.', also: ['tracking-technologies'] },
      ],
      ignore: [
        // A call to sign up asks; it states nothing done with anyone's data.
        'Sign up for our newsletter to get a new recipe every week.',
        { text: 'We use your email address to reset your password.', also: ['contact-details'] },
        'Our marketing team is based in Lisbon.',
        'We send you a receipt after each purchase.',
      ],
    },
  },
];

export const adsRules: RuleSpec[] = withChinese(english, [
  {
    of: 'targeted-ads',
    // Ads shown, measured or bought with your data; a control over personalised ads says they are on.
    // Recommended content (个性化推荐 of articles or videos) is not an ad; recommended goods, paid services and
    // trips are, unless it is only what is nearby (附近的门店 answers a search). Ads placed between chapters or
    // in a feed, promoted posts, coupons and campaign texts are the ad business too.
    match: [/(?:个性化|定向|精准|程序化|兴趣)(?:的)?(?:广告|营销|推送)|广告(?:推送|投放|展示|效果|归因|曝光|点击|监测|转化|定向|体验)|(?:推送|展示|投放)[^。；]{0,10}(?:广告|商品|产品|优惠)|(?:插入|插播|植入|穿插|观看|播放)(?:[^。；，]{0,6})?广告|(?:开屏|信息流|弹窗|贴片|横幅|激励视频)广告|(?:推荐|推介)(?:(?!附近|周边|同城)[^。；，]){0,10}(?:广告|商品|产品|优惠|会员|增值|酒店|门票|用品|食品|装备|餐厅|套餐|课程)|推广(?:动态|帖子|内容|位)|(?:发送|推送|发放)[^。；]{0,10}(?:优惠券|代金券|红包)|(?:会员日|营销|促销|优惠)活动|(?:交叉|联合|精准|定向|直接|电话|短信|邮件)营销|营销(?:目的|用途|信息|活动|推广|短信|邮件)|用于营销|商业(?:广告|推广|性信息)|(?:促销|优惠|推广)(?:短信|信息|邮件|消息|活动|内容)|用户画像|广告(?:合作伙伴|主|商|联盟|平台|服务商|SDK)/],
    // An ad blocker (拦截弹窗广告) keeps ads away; a user's own control over which ads show (屏蔽不感兴趣的广告) says they are on.
    unless: [/广告(?:拦截|过滤)|拦截[^。；，]{0,15}广告|(?:默认|自动)(?:屏蔽|过滤)[^。；，]{0,15}广告/],
    examples: {
      flag: [
        { text: '我们会根据您的浏览记录向您展示个性化广告。', also: ['search-and-viewing-history-zh'] },
        '我们可能向您发送营销信息和商业推广。',
        '我们会根据您的购买偏好向您推荐可能感兴趣的商品。',
        '节假日期间，我们可能通过短信向您推送优惠活动。',
        { text: '我们会与广告合作伙伴共享广告点击数据，以评估投放效果。', also: ['activity-logs-zh', 'data-disclosure-zh', 'third-party-sharing-zh'] },
        { text: '您可以在设置中关闭个性化广告。', also: ['opt-out-zh'] },
        { text: '我们不会将您的健康信息用于营销目的。', polarity: 'does-not' },
        '您看完一集后，我们可能会播放一段广告。',
        '根据您去过的城市，我们可能向您推荐当地的民宿套餐。',
        '我们会在您的动态列表中穿插品牌的推广内容。',
        '我们会在您生日当天发送一张专属代金券。',
        '打开应用时可能会出现几秒钟的开屏广告。',
        '合作的基金公司可能会向您推介适合的理财产品。',
        { text: '本应用不含广告，也不会向您推送营销信息。', polarity: 'does-not' },
      ],
      ignore: [
        '我们会根据您的阅读兴趣为您推荐文章。', '您可以随时修改您的昵称。',
        '阅读模式会自动过滤页面上的横幅广告和弹窗广告。',
        { text: '我们会根据您的位置为您推荐附近的餐厅。', also: ['location-zh'] },
      ],
    },
  },
]);
