/** User choice: opt-outs, opt-ins and controls the policy offers you. A good sign. */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';

const english: EnglishRule[] = [
  {
    id: 'opt-out',
    tags: ['user-choice'],
    severity: 'info',
    // An opt-in is offered whatever the clause denies ("we do not collect it unless you choose to add it"), and a refusal
    // that costs nothing is the choice ("refusing them will not affect your use of the app").
    negationIsThePractice: /^(?:unless|only (?:if|when|after|with)|if|when|once|until|provided)\b|\b(?:(?:will|would|does|do|shall) not|won['’]?t|doesn['’]?t|don['’]?t) affect\b/i,
    match: [
      // An opt-in as a condition ("…unless you opt in") is the opt-in pattern's below.
      /\b(?:opt(?:ing|s)?[- ]?out(?! choices)|(?<!\b(?:if|when|unless|once|only (?:if|when|after)|until) you (?:first |explicitly )?)opt(?:ing|s)?[- ]?in(?! choices)|unsubscrib(?:e|ing)|withdraw (?:your )?consent|(?:consent|permission),? which you (?:can|may) (?:withdraw|revoke)|(?:can|may) withdraw (?:it|this|that) at any time)\b/i,
      /\b(?:you|users?|visitors?|parents?|members?|customers?|players?|subscribers?|account holders?)\b (?:can|may|could|have the (?:right|option|choice) to|are (?:able|free) to)(?: \w+)? (?:(?:choose|elect|decide) (?:not to|whether|if|to (?:opt|stop|limit|receive|disable|block|refuse))|decline|refuse|reject|limit|disable|block|hide|turn (?:\w+ ){0,3}off|switch (?:\w+ ){0,3}off|stop|pause|control|adjust|(?:change|update|review) your (?:\w+ )?(?:settings|preferences|choices?|consent|mind)|manage (?:some of |all of )?(?:your|their) (?:\w+ )?(?:settings|preferences|choices|consents?|permissions)|set (?:your|who|whether|chats?|messages?|posts?|it|them|the app)|modify your (?:\w+ )?(?:settings|preferences)|instruct|request that we (?:not|stop))\b/i,
      // Opt-in: the practice waits for you to switch it on, or to say yes.
      /\b(?:if|when|unless|once|only (?:if|when|after)|until) you (?:choose to |decide to |explicitly |first )?(?:enable|turn on|switch on|activate|opt[- ]?in|give (?:us )?(?:your )?(?:permission|consent)|grant (?:us )?(?:permission|access)|choose to (?:add|turn on|enable))\b|(?:^\W{0,3}|\bonly )with your (?:prior |explicit |express |separate )?(?:consent|permission)\b/i,
      // …or to allow it, agree, tick a box or join a programme: "if you allow it", "only if you agree", "if you enrol in
      // our rewards programme". Agreeing to the terms or the policy is no choice.
      /\b(?:if|when|once|only (?:if|when|after)|provided(?: that)?) you (?:first |explicitly |expressly )?(?:allow (?:it|this|that|them|us|access)|agree(?! to (?:the|these|our|this) (?:terms|policy|privacy|conditions))|consent(?! to (?:the|these|our|this) (?:terms|policy|privacy|conditions))|accept (?:them|it|these|optional|analytics|non-essential|marketing)|tick|check (?:the|a|this) box|(?:join|enrol|enroll|sign up for|register for|choose to (?:join|enrol|enroll|upload|sync|share|allow|give))\b(?=[^.;]{0,40}\b(?:programmes?|programs?|scheme|rewards?|panel|study|studies|research|beta|your (?:contacts|address book|location|data|photos))\b))/i,
      // Opt-out by saying no: "unless you tell us not to", "if you would rather not receive them", "you don't have to".
      // "If you do not want…" is a choice only with a way to make it, not "…then do not use the site".
      /\bunless you (?:tell|ask|instruct|direct) us (?:not to|otherwise)\b|\bif you(?:['’]d| would) rather not\b|\bif you (?:(?:do not|don'?t|no longer) (?:want|wish)|prefer not to)\b(?=[^.]{0,120}\b(?:you (?:can|may)|please (?:adjust|use|click|contact|visit|e-?mail|write|change|update|select|reply|let)|adjust|opt|unsubscrib|click|tap|settings|preferences|reply|let us know|contact us|e-?mail us|write to us)\b)|\bstop receiving\b|\b(?:you )?(?:do not|don'?t|never) (?:have|need) to (?:accept|agree to|allow|consent to|turn on)\b/i,
      /\b(?:disable|refuse|decline|reject|block|delete|remove|turn off|clear) (?:\w+ ){0,3}(?:cookies|notifications|location|tracking|e-?mails?|ads|advertising)\b|\bset (?:your|the) (?:browser|device)\b|\bmanage your (?:\w+ )?(?:preferences|settings)|\bprivacy settings\b/i,
      // A control named as a step: "Turn off 'Tailored ads' under Settings", "flip the toggle off", "sync is off by default".
      /(?:^|[.?!:]\s+|\bA:\s*)(?:turn|switch|toggle|flip) (?:[\w'‘’"“”-]+ ){0,6}?(?:on|off)\b|\b(?:is|are) (?:switched |turned )?(?:off|disabled) by default\b|\b(?:toggle|switch) (?:[\w'‘’"“”-]+ ){0,2}off\b/i,
      /\b(?:aboutads\.info|networkadvertising\.org|youradchoices|ad ?choices)\b/i,
      // A way to say no, however far from "you can": "you can go to Settings to turn off...", "you may object to this processing".
      /\b(?:you|users?|parents?|members?|customers?)\b (?:can|may|are free to|have the (?:right|option) to)\b[^.;]{0,80}?\b(?:turn(?:ing)? (?:it |this |them )?off|switch(?:ing)? (?:it |this |them )?off|disable|deny (?:it|access|permission)|revoke|withdraw (?:any |your |this |their )?(?:consent|permission|authori[sz]ation)|object (?:at any time )?to|refuse to allow|opt (?:out|in)|close (?:the |your )?personali[sz]ed|make (?:it|them|(?:your|their) [\w-]+(?: [\w-]+)?) private|set (?:a |your )?privacy|change (?:your |the )?(?:[\w-]+ ){0,2}(?:preferences|settings|visibility|choices|consents?|permissions|mind))\b/i,
      /\b(?:the )?right to (?:limit|object|opt out|restrict|withdraw|refuse|say no|decline)\b|^\W*to (?:limit|stop|opt out of|restrict|control|manage|object to)\b[^.]{0,60}\b(?:call|visit|e-?mail|write|click|go to|use|contact)\b/i,
      // Consent asked for as a step of its own: "subject to your opt-in", "we will obtain your separate consent".
      /\bsubject to your (?:prior |explicit )?opt-in\b|\bunder the premise of your (?:consent|authori[sz]ation)\b|\bwe will (?:first )?(?:obtain|ask for|seek|request) your (?:separate|explicit|express) (?:consent|permission|authori[sz]ation)\b/i,
      // Giving us data "is optional" (a form's field, a brochure request) qualifies that collection, as OPP-115 reads it,
      // and offers no control of its own: in its development split 1 of 18 such paragraphs had user choice.
      /\b(?:is|are)(?<!\b(?:provid|submit|giv|enter|supply|supplie|disclos|fill|information|data|details|fields?|answers?|email address|phone number|name)\w*\b[^.]{0,80}) (?:entirely )?(?:optional|voluntary|up to you|your choice)\b|\b(?:refusing|declining|rejecting|withdrawing|turning (?:it |this )?off)\b[^.]{0,60}\b(?:will|would|does) not affect\b/i,
      // Saying no costs only that feature: "if you refuse, you can still use the other functions".
      /\bif you (?:refuse|decline|deny (?:it|access|permission)|do not (?:allow|grant|agree|consent)|don['’]?t (?:allow|grant|agree|consent))\b[^.]{0,100}?\b(?:(?:can|may|will) still (?:use|access|enjoy|browse)|(?:will|would|does) not affect (?:your (?:use|ability)|the (?:use|other))|other (?:functions|features|services) (?:remain|are still|will still|still))\b/i,
    ],
    unless: [/\b(?:for (?:more |additional )?information (?:about|on|regarding)|please see|please read|learn (?:more|about)|section (?:of|titled)|describes)\b[^.]{0,200}\b(?:choices|opt(?:ion|-out|s))\b(?![^.]{0,200}\byou (?:can|may)\b)/i],
    examples: {
      flag: [
        'You can opt out of interest-based advertising at any time.',
        'You may disable cookies in your browser settings.',
        'To unsubscribe, click the link at the bottom of any email.',
        'Members can hide their last-seen time from other members.',
        'You can switch these reminders off in the app.',
        'You may change your choices at any time from the consent banner.',
        'Subscribers can manage their notification permissions in Settings.',
        'Your photos are uploaded to the cloud only if you turn on sync.',
        'We will show your city on your profile when you choose to add it.',
        'With your permission, we use your microphone to recognise songs.',
        'We turn on microphone wake-word detection only if you agree during setup.',
        'If you allow it, the app reads your step count from the health platform.',
        { text: 'Your purchase history is passed to our airline partner when you enrol in its frequent-flyer scheme.', also: ['third-party-sharing'] },
        'If you tick the box at checkout, we keep your card details for next time.',
        { text: 'We will send you partner offers by post unless you ask us not to.', also: ['direct-marketing'] },
        { text: 'If you would rather not receive our newsletter, reply STOP.', also: ['direct-marketing'] },
        { text: "If you'd rather not give us your location, you can type a postcode instead.", also: ['location'] },
        { text: "You don't have to accept marketing cookies to read our articles.", also: ['tracking-technologies'] },
        { text: 'Only with your consent do we use your voice recordings to train our models.', also: ['device-content'] },
        'You can open Settings and then Privacy to switch off usage reports.',
        "Turn off 'Activity-based suggestions' under Settings > Privacy.",
        'Cloud backup is off by default.',
        'You may object at any time to processing based on our legitimate interests.',
        'We will ask for your separate consent before we pass your fitness data to a research institute.',
        { text: 'Sharing your location with friends is optional.', also: ['location'] },
        'You have the right to restrict how we use your data.',
        'Customers can make their wish lists private.',
        'We do not read your calendar unless you switch on calendar sync.',
        { text: 'Your voice clips are never kept for review unless you opt in.', also: ['device-content'] },
        { text: 'Declining analytics cookies will not affect how the site works for you.', also: ['tracking-technologies'] },
        'Camera access is needed for video calls; if you refuse, you can still use text chat and every other feature.',
      ],
      ignore: [
        { text: 'We collect your email address.', also: ['contact-details'] },
        'You agree to these terms when you sign up.',
        'We use your microphone when you record a voice message.',
        'If you do not want your details shared, do not enter the contest.',
        'If you choose to connect your social account, we receive your public profile.',
        'If you agree to these terms, you can create an account.',
        'If you join our team, we keep your CV on file.',
        'We collect your address when you take part in a prize draw.',
        'You can change your password at any time.',
        'Entering your date of birth is optional.',
        { text: 'Providing a phone number is voluntary, but it helps us recover your account.', also: ['contact-details'] },
        { text: 'A valid email address is required to create an account.', also: ['contact-details'] },
      ],
    },
  },
];

export const userChoiceRules: RuleSpec[] = withChinese(english, [
  {
    of: 'opt-out',
    // What you may turn on or off, refuse, withdraw or choose; "当您开启…功能时" is a choice you make too.
    match: [
      // Consent asked as a step of its own (单独同意, asked again for a new purpose), settings that hide or limit, opting out.
      /(?:单独|再次|重新)(?:征求|征得|取得|获得|点选|勾选|确认)?您?的?(?:授权)?同意|(?:同意|选择)接收|(?:开启|打开|启用)[“"「][^”"」]{1,12}[”"」](?:功能|服务|开关)?(?:时|后)|(?:设置|设定)[^。；]{0,6}(?:提取码|访问密码|有效期)|(?:征得|取得|获得)您的(?:单独|明示|书面)(?:授权|同意)|私密(?:账号|模式)|无痕模式|可见范围|仅(?:好友|自己|本人)可见|黑名单|(?:取消)?勾选[“"「]|选择退出|退出[^。；]{0,12}计划|限制广告跟踪|重置[^。；]{0,8}广告标识|(?:可|可以|均可)[^。；]{0,16}(?:关闭|撤回)|关闭[“"「]|关闭[^。；]{0,12}(?:共享|整理|推送|通知|优惠)|您可以拒绝/,
      /撤回[^。；]{0,12}(?:授权|同意|权限)|(?:关闭|停用|禁用)(?:[^。；]{0,10})(?:权限|广告|推荐|功能|定位|同步|上传|开关|选项|服务|个性化)|退订|取消(?:订阅|分享|共享|授权|关注)|拒绝接收|(?:可以|可|有权)(?:随时)?拒绝(?:授权|提供|开启)|(?:您|用户)可以(?:自主|自行)?选择|(?:您|用户)?(?:可以|可)?(?:随时)?(?:在[^。；]{0,20})?(?:修改|调整|管理)[^。；]{0,10}(?:权限|设置|可见范围)|(?:当您|如果您|若您|您)(?:主动)?(?:开启|打开|启用)[^。；，]{0,12}(?:功能|权限|选项|开关|服务)(?:时|后)|(?:清除|删除|拒绝|禁用|管理)[^。；]{0,10}cookie|(?:拒绝|禁用|(?<!《[^》]{0,30})管理)[^。；]{0,10}(?:词库|历史|记录)/i,
    ],
    examples: {
      flag: [
        '处理您的指纹信息前，我们会单独征求您的同意。',
        '您可以把相册设为仅自己可见。',
        '这些权限均可在手机设置中随时关闭。',
        { text: '您可以在设置中关闭个性化广告推荐。', also: ['targeted-ads-zh'] },
        '您可以随时撤回您的授权同意。',
        '您可以拒绝授权麦克风权限，仅语音功能不可用。',
        '当您开启同步功能时，我们会把收藏夹上传到云端。',
        '您可以随时调整动态的可见范围。',
        '打开“离线下载”后，我们会在夜间为您缓存已订阅的节目。',
        '分享相册链接时，您可以设置访问密码和有效期。',
        '只有在您同意接收推送后，我们才会发送新品通知。',
      ],
      ignore: [
        // Clearing your own records is access and deletion, not a choice about what is done with your data.
        { text: '您可以在“足迹”页面删除单条或全部位置记录。', also: ['access-deletion-zh', 'location-zh'] },
        { text: '我们会收集您的手机号码。', also: ['contact-details-zh'] },
      ],
    },
  },
]);
