/** Logs and metadata: what you searched and viewed, your device and IP, and who you talked to and when. */
import { AUXILIARIES } from '../clauses';
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';
import {
  ANALYSE, anyOf, CAPTURE, COLLECT, DEVICE_IDS, DEVICE_TRAITS, DIAGNOSTICS, GATHER, LOG, MONITOR, NETWORK_IDS, OBTAIN, pattern, RECEIVE, RECORD,
  TRACK,
} from './vocabulary';

// Collected, logged, received or seen by the service, in any form.
const COLLECTED = pattern`\b${anyOf(COLLECT, RECORD, LOG, GATHER, RECEIVE, OBTAIN, CAPTURE, TRACK, 'stor(?:e|es|ed)', MONITOR, 'automatically|access(?:es)?|retain|keep', ANALYSE, 'measure|know|sees?|sent by|send us|provides? us|includes?', 'sends|sent|transmit(?:s|ted)?|upload(?:s|ed)?|held', 'provided to|shared with|passed to|forwarded to')}\b`;
const ACTIVITY = /\b(?:whether you (?:have )?(?:open(?:ed)?|read|click(?:ed)?(?: on)?) (?:them|it|our (?:e-?mails?|messages?|newsletters?)|the (?:e-?mails?|messages?|newsletters?|links?))|search(?:es| queries| terms| history| keywords)|(?:pages?|content|articles?|videos?|ads|advertisements|products?|links?|features?|sections?|screens?|sites?|applications|apps)(?: (?:and|or) \w+)? (?:you )?(?:have )?(?:view(?:ed)?|visit(?:ed)?|click(?:ed)?(?: on)?|access(?:ed)?|enter(?:ed)?|open(?:ed)?|submit(?:ted)?|search(?:ed)? for)|(?:usage|browsing|viewing|participation|purchasing|navigation)(?: and \w+)? (?:activit(?:y|ies)|patterns|habits|behaviou?r)|information (?:about|regarding|on) (?:your )?(?:use of|visits?|activit|interactions?|usage)|website use information|number of times you|(?:web ?pages?|sites?|urls?) (?:you )?visit|referr(?:ing|er|al) (?:url|website|page|site|domain)|click(?:s|stream)|time spent|(?:date|time|length|duration)s? (?:and (?:time|date) )?of (?:your |the )?(?:visit|access|request|session)s?|browsing (?:activit|histor|behavio)|(?:usage|activity|log|navigation|clickstream|interaction) (?:data|information|files?|records?)|server logs?|log (?:files?|data|information)|usage (?:of|patterns|statistics)|how you (?:use|interact|navigate)|(?:listening|viewing|watching|reading|browsing|shopping|driving|gaming|usage|in-app|on-site|online) (?:habits|history|patterns|behaviou?r|activity|data|speed)|mouse movements|session replays?|(?:download|access|request|event|error|audit|connection|impression|network|traffic|firewall|proxy) logs?|(?:date|time)s? (?:and (?:time|date) )?of (?:each|every) (?:download|visit|login|log-in|sign-in|purchase|request|session)|interactions? with (?:our|the) (?:site|service|app|website|content|ads?|emails?))/i;
const DEVICE = pattern`\b${anyOf(NETWORK_IDS, DEVICE_IDS, DEVICE_TRAITS, DIAGNOSTICS)}\b`;
const COMMUNICATION = /\b(?:(?:amount|volume) of data (?:transferred|sent|used|uploaded)|(?:vpn )?servers? you connect(?:ed)? to|connection (?:times?|timestamps?|start and end times)|bandwidth (?:used|usage|consumed)|(?:who|whom) you (?:talk|communicate|call|message|text|chat|interact)(?: with)?|(?:numbers|people|contacts) you (?:call|text|message|chat with)|(?:senders?|recipients?) (?:and|or) (?:recipients?|senders?) of (?:your |each )?(?:messages?|calls?|emails?)|(?:when|how often) (?:and for how long )?you (?:call|talk|message|communicate)|call (?:duration|times?)|(?:duration|length) of (?:each |your )?calls?|(?:the )?(?:time|date|duration|length|frequency)(?:, (?:time|date|duration))*(?:,? and (?:time|date|duration|length))? of (?:your |the )?(?:communications?|calls?|messages?|chats?)|call (?:logs?|history|records?|detail)|(?:message|communication|contact) metadata|people you (?:communicate|interact|message)|(?:the )?senders?,? (?:and )?(?:the )?recipients?|how many (?:messages|calls|texts|emails) you (?:send|make|receive)|(?:who|which (?:people|participants)) (?:attended|joined|took part|was on the call|dialled in)|when each (?:person|participant|speaker|attendee) (?:spoke|joined|left|talked)|how long (?:the|each|a|your) (?:meeting|call|session|conversation|chat)s? (?:ran|lasted|took))\b/i;

// An inventory line names the data first and has no verb of its own ("Search terms you enter;", "Browser type
// and operating system,"): under a list of what is collected, the naming is the collecting.
const inventoryOf = (data: RegExp) => new RegExp(`^(?!.*\\b(?:${AUXILIARIES}|not)\\b|.*n't\\b)["'(]?(?:[\\w'-]{1,30},?\\s+){0,4}(?:${data.source})`, 'i');

// What the mission is about and OPP-115 (websites, 2015) barely has: searches and views, keystrokes, apps, content.
const SEARCHED_OR_VIEWED = /\b(?:what you (?:have )?(?:search(?:ed)? for|look(?:ed)? (?:at|for|up)|view(?:ed)?|watch(?:ed)?|read|browse[ds]?|click(?:ed)? on)|(?:search|viewing|watch|browsing|reading|listening|playback) (?:history|histories|records?|logs?|activity)|(?:titles|shows|episodes|tracks|songs|videos|films|movies|podcasts) (?:you )?(?:have )?(?:watched|played|streamed|listened to|skipped|downloaded)|(?:articles|posts|videos|pages|profiles|products|accounts) you (?:have )?(?:read|view(?:ed)?|watch(?:ed)?|visit(?:ed)?|look(?:ed)? at|follow(?:ed)?|like[ds]?)|terms you search(?:ed)? for|queries you (?:enter|type|make)|what (?:appears|is shown|is displayed|is playing) on (?:your |the )?(?:screen|tv|television)|automatic content recognition|(?:lessons|courses|chapters|questions|levels|songs|shows|episodes) (?:you|they|students?|users?|your child) (?:open(?:ed)?|view(?:ed)?|watch(?:ed)?|complete[ds]?|play(?:ed)?|answer(?:ed)?)|how long (?:you|they|students?|users?|your child) (?:spends?|spent|stays?|watch(?:es)?) (?:on|in|watching|reading))\b/i;
const ON_DEVICE = /\b(?:(?:text|voice|video|in-game) (?:and (?:text|voice|video) )?chats?\b(?=[^.]{0,60}\b(?:recorded|monitored|logged|stored|reviewed|kept)\b)|messages you (?:send|exchange|receive)\b(?=[^.]{0,40}\b(?:are|is|may be) (?:stored|kept|saved|logged|recorded|retained|reviewed)\b)|keystrokes?|keystroke (?:data|patterns|dynamics)|what you type|(?:text|words|everything|anything) you (?:type|enter|dictate)|(?:typing|input) (?:data|patterns|behaviou?r|statistics|speed|samples|timing)|clipboard(?: content)?|running (?:processes|apps|applications|programs)|(?:voice|audio) (?:recordings?|samples|clips|commands)|records? your (?:voice |spoken )?(?:requests?|commands?|questions?|voice)|sends? (?:the )?(?:audio|recording)\b|installed (?:apps|applications|software|programs)|(?:apps|applications|software) (?:installed|running|you (?:have )?install(?:ed)?) on your (?:device|phone|computer)|other apps (?:you use|on your device)|(?:the )?content of (?:your |the )?(?:messages?|communications?|chats?|conversations?|emails?|calls?)|message contents?|(?:read|scan|analy[sz]e|review|monitor)s? (?:the )?(?:your |users' )?(?:private )?(?:messages|chats|emails|conversations))\b/i;
// Any word of the service holding or reading it, by its stem: what it does with a history or a keystroke.
const HANDLED = /\b(?:collect|record|log|gather|receiv|obtain|captur|track|stor|monitor|automatically|access|retain|keep|kept|read|scan|analy[sz]|process|save|use|see|know|sen[dt]|transmit|upload|shar|provid|forward)/i;

// Processed on your device and never sent: nothing is collected ("learning happens on your device only and your
// keystrokes are never sent to our servers", "checked against a list stored on your device").
const STAYS_ON_DEVICE = /\b(?:happens|stays?|remains?|processed|kept|stored|checked|done|performed|runs?) (?:only |entirely |locally )?(?:on|in) your (?:device|phone|browser|computer)(?: only)?\b(?![^.]{0,80}\b(?:and|then|but) (?:is |are |may be )?(?:sent|uploaded|synced|shared))|\bnever (?:leaves?|leave) your (?:device|phone)|\bon your (?:device|phone) only\b/i;

const english: EnglishRule[] = [
  {
    id: 'search-and-viewing-history',
    tags: ['log-collection'],
    severity: 'medium',
    alone: true,
    match: [SEARCHED_OR_VIEWED],
    also: [HANDLED],
    unless: [/\b(?:you can|you may|to) (?:clear|delete|remove|turn off|pause)\b[^.]{0,40}\b(?:history|activity)\b/i, STAYS_ON_DEVICE],
    examples: {
      flag: [
        'With content recognition on, the TV identifies what is playing on your screen and sends it to us.',
        'The app records which chapters your child opens and how long your child spends on each page.',
        { text: 'The app records what you searched for and which articles you opened.', also: ['activity-logs'] },
        'We keep your watch history to recommend videos.',
        { text: 'We store the songs you skipped and your listening history to shape your next playlist.', also: ['activity-logs'] },
        'We use the terms you search for to improve results.',
      ],
      ignore: ['You can clear your search history in settings.', 'Search our help pages for answers.'],
    },
  },
  {
    id: 'device-content',
    tags: ['log-collection'],
    severity: 'high',
    alone: true,
    match: [ON_DEVICE],
    also: [HANDLED],
    unless: [STAYS_ON_DEVICE],
    examples: {
      flag: [
        'Voice chats in ranked matches may be recorded for moderation.',
        'Messages you exchange in the app are stored on our servers.',
        'After the wake word, the speaker records your question and sends the audio to our servers.',
        'Our keyboard collects keystroke data to improve suggestions.',
        'We may access the list of installed applications on your device.',
        'We scan the content of your messages to detect spam.',
        'With cloud spelling on, the text you type is sent to our servers for corrections.',
        'The game reads the clipboard and the list of running processes to detect cheating tools.',
      ],
      ignore: ['Type your message and press send.', 'Predictions are learned from what you type on your phone only, and nothing you type is uploaded.'],
    },
  },
  {
    id: 'activity-logs',
    tags: ['log-collection'],
    severity: 'medium',
    match: [ACTIVITY],
    also: [new RegExp(`${COLLECTED.source}|${inventoryOf(ACTIVITY).source}`, 'i')],
    unless: [STAYS_ON_DEVICE],
    examples: {
      flag: [
        'Our newsletters tell us whether you opened them and which links you followed.',
        { text: 'We collect your search queries and the pages you view.', also: ['search-and-viewing-history'] },
        'Our servers automatically record the time spent on each page and the referring URL.',
        'We log information about how you use the Service.',
        'Links you click on and screens you open in the app;',
        { text: 'Our analytics vendor records mouse movements and scrolling on the sign-up form.', also: ['third-party-sharing'] },
        'We keep request logs and the date and time of each login.',
        { text: 'In offline mode no usage data is sent to us.', polarity: 'does-not' },
      ],
      ignore: [
        'You can search our help center for answers.',
        'The pages you visit can be bookmarked for later.',
        'Our pages are designed to load quickly.',
      ],
    },
  },
  {
    id: 'device-data',
    tags: ['log-collection'],
    severity: 'medium',
    match: [DEVICE],
    also: [new RegExp(`${COLLECTED.source}|${inventoryOf(DEVICE).source}|\\b(?:such as|including|like|e\\.g\\.|for example)\\b|${DEVICE.source}[^.]{0,200}${DEVICE.source}`, 'i')],
    unless: [/\b(?:operating system|browser) (?:settings )?(?:allows?|lets?) you\b|\bthrough your (?:browser|device)(?: or device)? settings\b/i],
    examples: {
      flag: [
        'The scooter sends us its battery level, error codes and odometer readings after every ride.',
        'We use telematics from the app, such as speed and braking, to score your driving.',
        'We automatically collect your IP address, browser type and operating system.',
        'We may collect device identifiers and crash reports when the app stops working.',
        'Device model, operating system version and mobile carrier;',
        'The app sends telemetry, such as memory usage and error reports, to us every day.',
      ],
      ignore: [
        { text: 'Your browser settings allow you to refuse cookies.', also: ['opt-out'] },
        'Contact us at the address below.',
      ],
    },
  },
  {
    id: 'communication-metadata',
    // A mission practice OPP-115 (websites, 2015) barely contains: the pattern stands without the fitted layer.
    alone: true,
    tags: ['log-collection'],
    severity: 'high',
    match: [COMMUNICATION],
    examples: {
      flag: [
        'Our notetaker records which participants joined a meeting and how long each call lasted.',
        'Our VPN servers log the amount of data transferred and the server you connected to.',
        'We collect the time, date and duration of your communications.',
        'We keep call logs, including who you call and the duration of calls.',
        'For every email, our servers log the sender and the recipients.',
      ],
      ignore: ['You can communicate with friends using our app.'],
    },
  },
];

// Chinese: what the service does with it; "请确保您的操作系统已更新" names a log word and does nothing with it.
// Kept only on your device ("仅存储在您的本地设备上") is nothing collected.
const STAYS_ON_DEVICE_ZH = /(?:仅|只)(?:会)?(?:存储|保存|保留|储存|留存)(?:在|于)(?:您的?)?(?:本地|设备|手机|终端)/;
const ZH_GATHER = /收集|采集|被(?:记录|录制|收集|保存)|录制|(?:机器|人工|自动)?审核|(?:会|将|可能|并|自动|持续|也)(?:记录|使用|访问|查看)|(?:记录|使用|访问|查看)(?:您|用户|下)|(?:根据|基于|结合|依据)(?:您|用户)|获取|读取|自动|保存|存储|留存|包括|分析|统计|上传|发送|传输|共享|提供|处理|判断|识别|检测|扫描|监测/;

export const logCollectionRules: RuleSpec[] = withChinese(english, [
  {
    of: 'search-and-viewing-history',
    // What you searched for, watched, read and listened to, in the service's own records.
    match: [/搜索(?:记录|关键词|关键字|历史|词|内容)|搜索过的|(?:浏览|观看|播放|阅读|收听|收看)(?:记录|历史|内容|时长|进度|偏好|行为|足迹|轨迹)|(?:您)?(?:观看|浏览|阅读|收听|查看|点击)(?:过)?的(?:视频|文章|内容|商品|页面|网页|节目|直播)/],
    also: [ZH_GATHER],
    unless: [/(?:清除|删除|清空)(?:您的)?(?:搜索|浏览|观看|播放)(?:记录|历史)/],
    examples: {
      flag: [
        '我们会收集您的搜索关键词和浏览记录。',
        '我们会记录您看过的节目和每集的播放进度。',
        '为了推荐您可能喜欢的音乐，我们会分析您的收听记录。',
        '您搜索过的商品会保存在您的账号中。',
      ],
      ignore: [
        { text: '您可以在设置中清除您的搜索记录。', also: ['access-deletion-zh'] },
        '搜索框位于页面顶部。',
      ],
    },
  },
  {
    of: 'device-content',
    // What is on your device or in your messages: installed apps, the clipboard, what you type or say, your files.
    match: [/(?:已)?安装(?:的)?(?:应用|软件|App)(?:列表|信息)?|(?:应用|软件)列表|(?:运行|正在运行)的(?:进程|应用)|进程信息|剪贴板|剪切板|粘贴板|(?:您)?(?:输入|键入)的(?:内容|文字|文本)|输入(?:内容|记录|习惯)|键盘输入|按键(?:记录|信息)|词库|(?:语音|录音)(?:输入)?(?:的)?(?:音频|内容|数据|文件)|聊天(?:记录|内容)|(?:消息|通话|短信|邮件|私信|沟通|对话)内容|(?:扫描|检测|识别|分析|审核)[^。；]{0,8}(?:上传|存储|保存|发送)的(?:文件|照片|图片|视频)|相册/i],
    also: [ZH_GATHER],
    unless: [/(?:您|你)可以[^。；]{0,20}(?:保存|上传)(?:图片|照片)到/, STAYS_ON_DEVICE_ZH],
    examples: {
      flag: [
        '我们会获取您设备上已安装的应用列表。',
        '应用在前台运行时会读取您的剪贴板，以识别口令。',
        '您通过输入法键入的文字可能上传至我们的服务器。',
        '我们会保存您的聊天记录，以便在多台设备间同步。',
        { text: '为识别违规内容，我们会自动检测您上传的图片。', also: ['weak-security-claim-zh'] },
        { text: '我们不会读取您的短信内容。', polarity: 'does-not' },
      ],
      ignore: ['请在输入框中输入验证码。', '您可以把喜欢的照片收藏起来。'],
    },
  },
  {
    of: 'activity-logs',
    match: [/日志(?:信息)?|点击(?:记录|数据|行为|次数)|(?:访问|使用|打开|启动)次数|曝光(?:数据|记录)|互动(?:行为|记录|数据)|访问(?:时间|日期|记录|的网页|的页面)|(?:使用|登录|登陆|在线|游戏|停留|访问)(?:情况|记录|时长|时间|频率|习惯)|(?:问诊|就诊|咨询|办事|打卡|签到|入场|离场|进出)(?:的)?时间|使用偏好|操作(?:记录|行为)|行为(?:数据|信息|记录)|您查看的/],
    also: [ZH_GATHER],
    // How the policy is laid out ("个人信息的收集和使用情况") and logs that never leave your device are no log collection.
    unless: [/清除(?:您的)?(?:搜索|浏览)记录/, /(?:收集|处理)(?:和|与|及|、)使用情况/, STAYS_ON_DEVICE_ZH],
    examples: {
      flag: [
        { text: '当您使用我们的服务时，我们会自动收集日志信息，包括访问时间和您查看的文章。', also: ['search-and-viewing-history-zh'] },
        '我们会统计您每天的在线时长和登录频率。',
        '我们会记录您在应用内的点击行为和操作记录。',
        '服务器会留存您的访问日志，用于排查故障。',
        '我们会记录您每次就诊的时间和就诊科室。',
        { text: '我们会根据您点赞和评论的互动行为调整信息流的内容。', tags: ['log-collection'] },
      ],
      ignore: [
        { text: '您可以在设置中清除您的搜索记录。', also: ['access-deletion-zh'] },
        '请保持良好的使用习惯。',
        '下表按功能列出了个人信息的收集和使用情况。',
        '练习模式的操作记录仅保存在您的手机中。',
      ],
    },
  },
  {
    of: 'device-data',
    match: [/IP\s*地址|广告标识符|设备(?:信息|型号|标识符|识别码|名称|ID|指纹)|唯一设备|IMEI|IMSI|ICCID|IDFA|IDFV|OAID|UUID|Android\s*ID|MAC\s*地址|设备序列号|SIM\s*卡(?:信息|序列号)|操作系统|(?:系统|软件|应用|App)版本|屏幕分辨率|浏览器(?:类型|版本|信息)|语言设置|时区|(?:WLAN|Wi-?Fi)(?:信息|列表|名称)|BSSID|SSID|传感器(?:信息|数据)|崩溃(?:信息|日志)|网络(?:类型|状态)|运营商/i],
    also: [ZH_GATHER],
    examples: {
      flag: [
        '我们会自动收集您的设备型号、操作系统版本、设备标识符和IP地址。',
        '为适配界面，我们会读取屏幕分辨率、系统语言设置和时区。',
        { text: '我们会根据您的IP地址判断您大致所在的城市。', also: ['location-zh'] },
        { text: '我们会把设备标识符提供给广告监测合作方。', also: ['data-disclosure-zh', 'targeted-ads-zh', 'third-party-sharing-zh'] },
      ],
      ignore: ['请确保您的操作系统已更新到最新版本。'],
    },
  },
  {
    of: 'communication-metadata',
    match: [/(?:通讯|通话|联系)(?:的)?(?:时间|时长|日期|频率|对象|记录)|(?:沟通|聊天|音视频通话|消息|短信|邮件)(?:的)?(?:发送|接收|收发)?(?:的)?(?:时间|时长|日期|频率|对象)|与您(?:沟通|通讯|通话|聊天)的(?:对象|人|联系人)|(?:与|和|给)谁(?:进行了?|有过|通过|打过)?(?:聊天|通话|通讯|联系|发(?:过)?消息|电话)|群(?:聊)?成员/],
    also: [/收集|记录|获取|保存|存储|留存|包括|统计|分析/],
    examples: {
      flag: [
        '我们会记录您的通讯对象以及通讯时间、日期和时长。',
        { text: '我们会保存每条消息的发送时间和接收对象。', also: ['retention-period-zh'] },
        '我们会记录您和谁通过电话、每次通话多久。',
        { text: '我们不会记录您的通话时长。', polarity: 'does-not' },
      ],
      ignore: ['您可以与好友进行视频通话。'],
    },
  },
]);
