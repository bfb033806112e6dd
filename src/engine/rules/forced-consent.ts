/** Forced consent: accept or lose access, or "consent" by merely continuing to use the service. */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';

const english: EnglishRule[] = [
  {
    id: 'forced-consent',
    tags: ['forced-consent'],
    severity: 'high',
    negationIsThePractice: true,
    match: [
      /\b(?:by (?:continuing to |your continued )?(?:use|using|access|accessing|visiting|browsing)|continued (?:use|access)|continuing to use)\b[^.]{0,120}\b(?:consent|agree|accept|acceptance|deemed|signif(?:y|ies))/i,
      /\b(?:if you do not|if you don't|should you not)\b[^.]{0,40}\b(?:agree|accept|consent)\b[^.]{0,100}\b(?:not (?:be able to )?use|stop using|(?:cannot|can't|may not|will not be able to|won't be able to) (?:use|access|continue|request|order|book|register|sign|log|play|open|create)|discontinue|do not use|unable to|cease)/i,
      // Refusing the data means losing the service: "if you refuse to provide it, you cannot use the app".
      /\b(?:if|should) you (?:refuse|decline|choose not|do not|don'?t|fail|are unwilling) (?:to )?(?:provide|give|share|supply|submit|grant|authori[sz]e)\b[^.]{0,100}\b(?:(?:will|would|may) not be able to|cannot|can'?t|won'?t be able to|(?:are|will be) unable to)\b (?:\w+ ){0,3}(?:use|access|open|register|create|sign up|log in|provide (?:you with )?(?:the|our) (?:service|app))\b[^.]{0,40}\b(?:app|service|services|platform|account|site|website|(?:core|basic|main) (?:functions?|features?))\b/i,
      /\b(?:using|use of|accessing|visiting|downloading) (?:the|our|this) (?:\w+ )?(?:service|services|site|website|app|application|platform|products?)\b (?:means|constitutes|indicates|signifies|shows|confirms) (?:that )?(?:you )?(?:accept|agree|consent|have read|your (?:acceptance|agreement|consent))/i,
      /\b(?:(?:must|required to) (?:accept|agree)|accept (?:these|the) (?:terms|policy) (?:to|in order to) (?:continue|use))\b/i,
      /\bby (?:visiting|using|accessing|browsing|downloading|installing|registering|signing up)\b[^.]{0,80}\b(?:you (?:are )?(?:accept(?:ing)?|agree(?:ing)?|consent(?:ing)?)|you (?:are )?deemed)/i,
      /\b(?:if you do not|if you don'?t|unless you)\b[^.]{0,40}\b(?:agree|accept|consent)\b[^.]{0,80}\b(?:(?:please )?(?:do not|don'?t|stop|cease to|discontinue) (?:use|using|access)|leave|exit|uninstall|delete your account|your only (?:option|choice|recourse))/i,
      /\b(?:cannot|can'?t|will not be able to|are not able to|may not) (?:use|access|continue (?:to use|using)|register for)\b[^.]{0,60}\b(?:unless|without|until) (?:you )?(?:agree|accept|consent|giv(?:e|ing) (?:your )?consent)/i,
      // Any act taken as consent: "Ordering from us means you accept...", "Entering the portal constitutes consent to monitoring".
      /\b(?:by |your )?[a-z]+ing\b(?: [\w'’-]+){0,5} (?:means|constitutes|indicates|signifies|confirms|will be (?:treated|taken|deemed) as|is (?:treated|taken|deemed) as) (?:that )?(?:you (?:have )?|your )?(?:accept|agree|consent|accepted|agreed|consented|read and (?:accept|agree)|acceptance|agreement|consent to)\b/i,
      /\bby (?:clicking|tapping|pressing|selecting|ticking|checking|booking|ordering|purchasing|submitting|creating|opening|joining|signing|playing|entering|uploading|providing|proceeding|continuing|installing|registering|logging|subscribing|completing|finishing|activating|setting up|downloading|paying|confirming)\b[^.;]{0,80}\byou (?:hereby |expressly )?(?:are )?(?:consent|agree|accept|confirm (?:that you (?:have read and )?(?:accept|agree))|authori[sz]e|give (?:us )?(?:your )?consent)/i,
      // Saying no to the data, a permission or the terms costs the service or a feature.
      /\b(?:if|should|where|when) (?:you|a parent|the user|users) (?:refuse|decline|choose not to|do not|don'?t|does not|fail to|are unwilling to|withdraw|disable|turn off|deny|object)\b[^.]{0,110}?\b(?:cannot|can'?t|could not|will not be able to|won'?t be able to|may not be able to|might not be able to|(?:are|is|will be) (?:unable|not able) to|will (?:be )?(?:unavailable|not (?:be )?(?:available|work|function))|(?:will|may) stop working|(?:will|would) (?:make it )?(?:be )?impossible|(?:will|would|may) have to (?:close|terminate|suspend|delete|end)|(?:will|may) (?:close|terminate|suspend) your account|please do not (?:use|submit|download|install|register|apply|continue|proceed|sign))\b/i,
      /\b(?:refusing|declining|without (?:this|that|such|the requested|your) (?:information|data|consent|permission|details))\b[^.]{0,80}\b(?:cannot|can'?t|will not be able to|(?:will|would) (?:make it )?impossible|(?:will|would) be impossible|(?:is|are|will be) (?:unable|not able) to|(?:will|would) not be (?:available|provided|possible))\b/i,
      // Consent or data as a condition of use: "mandatory to open an account", "a condition of accessing our content".
      /\b(?:is|are) (?:mandatory|compulsory|obligatory|a (?:pre-?)?condition|a prerequisite) (?:to|of|for|in order to) (?:open|opening|use|using|access|accessing|register|registering|create|creating|continue|continuing|play|download|sign up|enter|entering|receive|receiving|join|joining|book|booking|buy|buying|travel|travelling)\b/i,
      // The service itself refuses to run without the data or an account: "the devices will not work without an account",
      // "a loyalty card cannot be issued without an email address".
      /\b(?:cannot|can'?t|will not|won'?t|does not|doesn'?t|do not|don'?t) (?:be )?(?:work|function|run|operate|issued|completed|opened|created|processed|activated|set up)\b[^.]{0,40}\bwithout (?:an? |your |the )?(?:[\w-]+ )?(?:account|registration|subscription|e-?mail|phone|mobile|number|consent|data|information|details|ID|connection|internet|cloud|app|login)\b/i,
      /\byou (?:must|need to|have to|are required to) (?:first )?(?:consent|agree|accept|allow|grant|provide|authori[sz]e)\b[^.]{0,80}\b(?:(?:in order )?to (?:use|access|open|register|create|continue|play|install|sign up|enter)|before (?:you can|using|accessing|you use))\b/i,
      /\b(?:will not|won'?t|cannot|can'?t|does not|doesn'?t) (?:\w+ ){0,4}unless you (?:\w+ ){0,6}(?:accept|agree|consent|allow|authori[sz]e|grant)\b/i,
      // Continuing as consent, said as a condition: "if you keep using the app after that date, you accept the new policy".
      /\bif you (?:keep|continue|go on) (?:to )?(?:use|using|access|accessing|visit|visiting|browse|browsing)\b[^.]{0,120}\b(?:you (?:will )?(?:be )?(?:accept|agree|consent|deemed|bound)|(?:means|constitutes|signifies) (?:that )?(?:you (?:accept|agree|consent)|your (?:acceptance|agreement|consent)))/i,
      // No account or service without the data or the check: "you can't open an account without completing verification",
      // "if you can't provide these, we won't be able to open an account for you".
      /\b(?:cannot|can'?t|will not be able to|won'?t be able to|are not able to|may not) (?:open|create|register|sign up for|set up|use|access|activate)\b[^.]{0,60}\bwithout (?:first )?(?:completing|providing|giving|verifying|sharing|submitting|passing|agreeing|accepting|consenting)\b/i,
      /\bif you (?:refuse|decline|do not|don'?t|can'?t|cannot|are unable to|fail to|choose not to) (?:to )?(?:provide|give|share|supply|submit|grant|agree|accept|consent|verify|complete)\b[^.]{0,100}\bwe (?:will not|won'?t|cannot|can'?t|may not|are unable to|will be unable to|will not be able to|won'?t be able to)(?: be able to)? (?:\w+ ){0,2}(?:open|create|provide|offer|register|continue|complete|activate|give you|let you)\b/i,
      /\byour only (?:option|choice|recourse|remedy) is to (?:stop|cease|close|delete|leave|uninstall|cancel|not use)\b/i,
      /\bif you (?:do not|don'?t) (?:agree|accept|consent)\b[^.]{0,100}\b(?:(?:please )?(?:do not|don'?t|you should not|you must not) (?:download|install|play|submit|register|sign up|apply|continue|proceed|visit|enter|open|access|use)|you (?:should|must) (?:stop|cease|not))\b/i,
    ],
    examples: {
      flag: [
        'By using our services, you consent to the collection and use of your information as described here.',
        'If you do not agree to this policy, you will not be able to use WeChat.',
        { text: 'Your continued use of the site after changes means you accept the new policy.', also: ['policy-change-silent'] },
        'By visiting our website you are accepting the practices described in this notice.',
        'You cannot use the app unless you agree to the collection of your data.',
        { text: 'Should you decline to give us your phone number, you will be unable to create an account.', also: ['contact-details'] },
        'If you do not grant the requested permissions, you cannot use the basic functions of the app.',
        'Use of this website constitutes your acceptance of this notice.',
        "If you don't agree to the new terms, you won't be able to order from us.",
        'Ordering from our shop means you agree to the processing described in this notice.',
        'Entering the members area constitutes consent to the recording of your session.',
        { text: 'By tapping "Start", you agree to our collection of your usage data.', also: ['activity-logs'] },
        { text: 'If you turn off location access, the map feature will stop working.', also: ['opt-out', 'location'] },
        { text: 'Should you withdraw your consent, we will have to close your membership.', also: ['opt-out'] },
        'If you decline the camera permission, you will be unable to scan receipts.',
        'Declining the data terms will make it impossible to finish setting up the device.',
        { text: 'Your phone number is mandatory to create an account.', also: ['contact-details'] },
        'You need to allow access to your photos before you can post.',
        'The console will not go online unless you accept the telemetry terms.',
        'If you object to any of it, your only option is to stop using the service.',
        'If you do not accept this notice, please do not install the app.',
        'If you go on using the forum once the new version is posted, you agree to it.',
        'Members cannot activate a card without first completing the identity check.',
        'If you choose not to verify your age, we will not be able to let you into the adult sections.',
        'By finishing the set-up wizard you agree to the device data terms.',
        'The camera does not work without a cloud account.',
        'An order cannot be completed without a mobile number.',
      ],
      ignore: [
        { text: 'You may withdraw your consent at any time in settings.', also: ['opt-out'] },
        'If you do not provide a delivery address, we can still send you a digital receipt.',
        'You cannot open a new chat without signing in first.',
        { text: 'Strictly necessary cookies are set because the shop cannot work without them.', also: ['tracking-technologies'] },
        { text: 'If you disable cookies, some pages may load more slowly.', also: ['opt-out'] },
        { text: 'Turning off personalised ads will not affect your ability to use the service.', also: ['opt-out', 'targeted-ads'] },
        { text: 'If you decline, you can still use every feature of the app.', also: ['opt-out'] },
        'Reading this notice carefully helps you understand your choices.',
        { text: 'By law, you can ask us for a copy of your data.', also: ['access-deletion'] },
      ],
    },
  },
];

export const forcedConsentRules: RuleSpec[] = withChinese(english, [
  {
    of: 'forced-consent',
    match: [
      // Refuse (or turn off) and lose the service or a feature.
      /(?:不同意|拒绝|不接受|不授权|不提供|关闭|撤回|禁用|停用)[^。；]{0,50}(?:无法|不能|将无法|可能无法|不可|不再能)[^。；]{0,12}(?:使用|注册|登录|继续|获得|完成|开立|开通|享受|访问|办理|提供)|(?:不同意|拒绝)[^。；]{0,30}(?:退出|离开|停止使用|卸载)/,
      // Consent taken from using, entering, clicking or installing.
      /(?:继续|只要您|使用我们的(?:产品|服务)|一旦使用|进入|点击|勾选|登录|注册|下载|安装|访问|打开|开始使用)[^。；]{0,30}(?:即(?:视为|表示|代表)|视为|表示您|代表您|意味着您)[^。；]{0,8}(?:同意|接受|已阅读|知悉|认可)/,
      // Agreeing to all of it is the condition of use.
      /(?:必须|需要|须|应当)(?:先)?(?:同意|接受|授权)[^。；]{0,30}(?:才能|方可|后才|方能|才可以)[^。；]{0,8}(?:使用|继续|注册|登录|访问)/,
    ],
    // "We will not force you" denies the practice; it is not forced consent.
    unless: [/(?:不会|不得|绝不|决不|不)(?:以[^。；]{0,10})?(?:强制|强迫|捆绑|变相强制)/],
    examples: {
      flag: [
        '如果您不同意本政策，您将无法使用微信。',
        { text: '您继续使用我们的服务，即视为您同意更新后的政策。', also: ['policy-change-silent-zh'] },
        '若您拒绝授权摄像头权限，将无法使用扫码功能。',
        '安装本应用即表示您已阅读并接受本指引。',
        '您须同意本协议全部条款后方可注册。',
        '如您不同意，请点击“不同意”并退出应用。',
        { text: '如果您在浏览器中禁用了Cookie，购物车功能可能无法正常使用。', also: ['opt-out-zh', 'tracking-technologies-zh'] },
        '只要您继续收听节目，就视为您接受了修订后的条款。',
      ],
      ignore: [
        { text: '您可以随时撤回您的同意。', also: ['opt-out-zh'] },
        '我们不会强制您授权非必要的权限。',
      ],
    },
  },
]);
