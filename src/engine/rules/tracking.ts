/** Tracking: cookies, web beacons, pixels and SDKs that follow you within and across sites. */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';
import { ANALYTICS, anyOf, FINGERPRINTS, pattern, SDKS, TRACKERS } from './vocabulary';

// "You can…", "your browser must accept cookies", "the site works without them", "cookies are not personally identifiable".
const ABOUT_YOUR_SIDE = /\b(?:you|your (?:browser|device|computer)|users?|visitors?)\b(?: \w+)? (?:can|could|may|might|should|must|need to|will need to|are (?:able|free) to|have the (?:ability|option|choice) to)\b(?! (?:also )?(?:see|notice|receive|find|encounter|get)\b)|\bwithout (?:accepting |enabling |allowing |using )?(?:cookies|them|it)\b|\b(?:cookies?|they)\b[^.]{0,30}\b(?:are|is) (?:required|necessary|needed|essential) (?:to|for) (?:use|place|log|sign|access|complete|make)\b|\b(?:are|is) not (?:themselves )?(?:personally )?identif/i;

const english: EnglishRule[] = [
  {
    id: 'tracking-technologies',
    tags: ['tracking', 'log-collection'],
    severity: 'medium',
    match: [pattern`\b${anyOf(TRACKERS, SDKS, FINGERPRINTS, ANALYTICS)}\b`],
    // A log when someone gathers with them, not when the sentence is about your side of cookies: what you can do
    // about them, that the site needs or works without them, or what they are not.
    tagsWhen: { 'log-collection': { test: (head: string) => !ABOUT_YOUR_SIDE.test(head) } },
    // Telling you how to refuse cookies, or what a cookie is, is not a use of them.
    // …unless the sentence first says we use them: "Our website uses cookies, which you can manage in the banner".
    unless: [
      /^(?![^.]*\b(?:we|our (?:[\w-]+ ){0,2}?(?:site|website|app|apps|service|services|pages?|shop|store|platform|products?|games?|extension)|this (?:site|website|app)|the (?:site|website|app)) (?:also )?(?:use|uses|place|places|set|sets|rely on|relies on|employ|employs|deploy|deploys)\b)[^]*?(?:\b(?:opt(?:ing)?[- ]?out|disable|refuse|reject|block|delete|remove|clear|manage|turn off|prevent|decline|not to accept|stop accepting)\b(?:[^.]{0,40})\bcookies?\b|\bcookies?\b[^.]{0,40}\b(?:can be (?:removed|deleted|disabled|blocked)|be (?:rejected|refused))\b|\b(?:set|adjust|configure) your (?:\w+ )?browser\b|\bbrowsers? (?:settings )?(?:allow|let|will tell|automatically accept)\b)/i,
      // Blocking trackers protects the reader: "our browser blocks tracking scripts", "the app stops fingerprinting".
      /\b(?:block(?:s|ed|ing)?|prevent(?:s|ed|ing)?|strip(?:s|ped|ping)?|stop(?:s|ped|ping)?|filter(?:s|ed|ing)? out)\b[^.]{0,40}\b(?:trackers?|tracking (?:pixels?|scripts?|cookies?|codes?|technolog\w+)|fingerprint(?:ing|s)?|third[- ]party cookies)\b/i,
      // A definition however it is dressed ('A "web beacon" (also known as a clear GIF) is an invisible graphic…',
      // "Cookies, also called HTTP cookies, are small files…"), unless the sentence says who of ours uses them:
      // "We use cookies, which are small files, to…" is a use, not a definition.
      /["“']?(?:\b(?:flash|http|persistent|session|third[- ]party) )?\b(?:cookies?|web beacons?|web bugs?|pixel tags?|clear gifs?|local shared objects?)\b(?<!\b(?:we|us|our)\b[^.]*)["”']?(?: \([^)]{0,80}\)|,[^,.]{1,40},|(?:(?!\b(?:which|that)\b)[^.]){0,20})? (?:is|are) (?:an? |simply |essentially )?(?:small|tiny|invisible|transparent|text|data|graphic|piece|bit|string|file|electronic|unique|little)\w*\b(?![^.]{0,200}\b(?:we|us|our (?:partners|advertisers)|third[- ]part(?:y|ies))\b)/i,
      /\bfor (?:more )?information (?:about|on)\b|\bplease (?:see|visit|read)\b|\bclick here\b|\blearn (?:more|how)\b/i,
      // How the technology works anywhere, with no one of ours acting: "A cookie typically holds…", "Many sites use…".
      /^(?![^]*\b(?:we|us|our|partners?|advertisers?|third[- ]part(?:y|ies))\b)\W*(?:note:\s*)?(?:an?|most|many|some|typical|other)\s+(?:commercial\s+|web\s+)?(?:cookies?|web ?sites?|sites?|web beacons?|pixel tags?|browsers?|servers?)\b/i,
    ],
    examples: {
      flag: [
        { text: 'A session replay tool on the checkout page records how visitors fill in the form.', also: ['activity-logs'] },
        { text: 'We and our partners use cookies, web beacons and pixel tags.', also: ['third-party-sharing'] },
        { text: 'A cookie placed by our ad partners notes which pages you read.', also: ['third-party-sharing', 'targeted-ads', 'search-and-viewing-history'] },
        { text: 'Our app includes third-party SDKs that collect analytics data.', also: ['third-party-sharing'] },
        { text: 'Your browser will need to accept cookies before the basket can keep your items.', tags: ['tracking'] },
        { text: 'Every page of the archive can be read without accepting cookies.', tags: ['tracking'] },
        'We rely on cookies, which are tiny files kept by your browser, to count returning readers.',
        { text: 'Our shop uses cookies from analytics providers, which you can manage in the cookie banner.', tags: ['tracking'], also: ['third-party-sharing'] },
      ],
      ignore: [
        { text: 'We may pass purchase records to data analytics providers and advertising networks.', also: ['third-party-sharing', 'targeted-ads'] },
        'Cookies, also called browser cookies, are little data files a site leaves in your browser.',
        'A "pixel tag" (sometimes called a clear GIF) is a tiny transparent image embedded in a page or an email.',
        { text: 'You can set your browser to refuse cookies.', also: ['opt-out'] },
        'Cookies are small text files stored by your browser.',
        'A cookie typically holds the domain that set it, an expiry date and a random number.',
        'Many sites use cookies to keep the contents of a shopping basket between pages.',
        'We will send your gifts to the address you provide.',
        'The built-in shield blocks tracking scripts and third-party cookies before they load.',
        'Our keyboard prevents fingerprinting by reporting the same generic device profile for everyone.',
      ],
    },
  },
];

export const trackingRules: RuleSpec[] = withChinese(english, [
  {
    of: 'tracking-technologies',
    // Clearing or refusing cookies says they are set: the clause is about tracking (and the choice, opt-out-zh).
    // Recognising you across other apps and sites is tracking by whatever means.
    match: [/cookie|网络信标|网页信标|像素标签|同类技术|SDK|软件开发工具包|追踪技术|跟踪技术|统计代码|埋点|(?:监测|追踪|跟踪)(?:代码|工具)|像素(?:标签|代码)|web\s*beacon|本地存储|设备指纹|跨(?:应用|App|网站|平台|设备)(?:追踪|跟踪|识别|关联)?|(?:不同|其他|多个)(?:的)?(?:应用|App|网站)(?:之间|间)[^。；]{0,20}(?:识别|追踪|跟踪|关联|广告)/i],
    // A log when the technology gathers something, not when it only shows an ad.
    tagsWhen: { 'log-collection': /收集|采集|记录|获取|读取|统计|识别|分析|追踪|跟踪|了解|监测/ },
    examples: {
      flag: [
        { text: '我们和第三方合作伙伴会使用Cookie和同类技术来识别您的身份。', also: ['third-party-sharing-zh'] },
        '我们在邮件中使用网络信标，统计邮件是否被打开。',
        { text: '应用内集成的广告SDK会向您展示广告。', tags: ['tracking'], also: ['targeted-ads-zh'] },
        { text: '您可以通过浏览器设置清除Cookie。', tags: ['tracking'], also: ['opt-out-zh'] },
        { text: '我们不使用Cookie追踪您的浏览。', polarity: 'does-not' },
        { text: '我们在页面中设置了埋点，用于统计各按钮的点击次数。', also: ['activity-logs-zh'] },
        { text: '我们会通过广告标识符在其他App之间识别同一台设备，用于衡量广告效果。', also: ['device-data-zh', 'targeted-ads-zh'] },
      ],
      ignore: [
        { text: '我们会收集您的手机号码。', also: ['contact-details-zh'] },
      ],
    },
  },
]);
