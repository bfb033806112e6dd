/** Location: precise GPS positions or approximate location from IP and networks. */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';
import { anyOf, LOCATION, pattern } from './vocabulary';

// A position handed on (shown to other members, given to the police, sold) is no log of the service's own unless the
// clause also reads it: collects, records, uses, infers it, or takes it from GPS, the IP address or the network.
const HANDED_ON = /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|sold|sells?|licen[cs](?:e|es|ed|ing)|giv(?:e|es|en|ing)|visible|sees?|shown to)\b/i;
const READ_BY_US = /\b(?:collect\w*|record\w*|gather\w*|track\w*|detect\w*|infer\w*|determin\w*|estimat\w*|reads?|access\w*|receiv\w*|obtain\w*|uses?|used|using|log(?:s|ged)?|gps|ip address|wi-?fi|bluetooth|background|automatically)\b/i;

const english: EnglishRule[] = [
  {
    id: 'location',
    tags: ['location', 'log-collection'],
    tagsWhen: { 'log-collection': { test: (head: string) => READ_BY_US.test(head) || !HANDED_ON.test(head) } },
    severity: 'medium',
    match: [
      pattern`\b${anyOf(LOCATION)}\b`,
      // A bare "location" read as data: the object of a verb that reads, sends or permits it, a setting for it, or an
      // item listed with other readings of a trip ("location, speed and braking").
      /\b(?:allow(?:s|ed)?|enabl(?:e|es|ed)|access(?:es|ed)? to|sends?|sent|transmit(?:s|ted)?|attach(?:es|ed)?|detect(?:s|ed)?|determin(?:e|es|ed)|infer(?:s|red)?|estimat(?:e|es|ed)|read(?:s)?|record(?:s|ed)?|collect(?:s|ed)?|log(?:s|ged)?|track(?:s|ed)?) (?:(?:its|their|the|a|an)\s)?(?:\w+['’]s\s)?location\b(?! of (?:our|its|the company)\b)/i,
      /\blocation (?:permissions?|access|tags?|sharing|settings?|signals?|coordinates|pings?|points?|updates?)\b|\blocation(?:,| and| or) (?:speed|heading|altitude|direction|route|time(?:stamps?)?)\b/i,
    ],
    // Where our offices are, or whose laws apply where you are, is no position of yours being read.
    unless: [/\b(?:our|its) (?:office|headquarters) (?:location|is located)/i, /\b(?:laws?|rules|regulations|rights|jurisdictions?|courts?|authorities)\b[^.]{0,40}\bwhere you are\b/i],
    examples: {
      flag: [
        'We record the vehicle\'s location when the alarm is triggered.',
        'We collect your precise location from your device GPS.',
        'We may infer your approximate location from your IP address.',
        { text: 'Couriers are given the drop-off address and a contact name for each parcel.', tags: ['location'] },
        'The map shows the routes you ride, with your speed on each stretch.',
        'We guess which city you are in from your IP address to show local offers.',
        'During a trip the scooter transmits its location to us every thirty seconds.',
        { text: 'Turn on location access so the app can suggest stops near you.', also: ['opt-out'] },
        'Each ping records location, heading and time.',
        'The thermostat uses your phone\'s position to notice when everyone has left home.',
        'A geofence around each branch triggers your welcome offer when you arrive.',
        { text: 'We check which country you are in before a film starts, because licences differ.', tags: ['location'] },
        { text: 'Your co-riders can see your approximate position on the shared map.', tags: ['location'] },
        { text: 'We may give your last known location to the police when a device is reported stolen.', tags: ['location'], also: ['legal-disclosure'] },
      ],
      ignore: ['Our offices are located in Dublin.', 'Our current position on this question is set out in our blog.', 'We may record the location of our offices on the contact page.', 'Choose a location for your next event from our venue list.', 'Some of these rights depend on the data protection laws that apply where you are.'],
    },
  },
];

export const locationRules: RuleSpec[] = withChinese(english, [
  {
    of: 'location',
    match: [/位置信息|地理位置|(?:精确|精准|实时|大致|粗略|当前|所在)(?:的)?位置|位置数据|定位(?!(?:并|和|及|、)?(?:修复|解决|排查|分析)?(?:问题|故障|原因|错误|异常|漏洞|bug))|GPS|(?:行踪|出行|行程|运动|移动)轨迹|常用地址|常去的?地点|基站|WLAN\s*接入点|附近的人|所在(?:的)?(?:地区|城市|省份|国家)(?!(?:\/地区)?(?:的法律|以外|之外))|位置(?:权限|记录)|(?:车辆|历史|您的)位置|足迹|位置轨迹|(?:行驶|行进|骑行|跑步|运动)(?:过程中|途中|时)?(?:的)?位置|位置(?:和|、|及|与)(?:速度|方向|轨迹|时间)|(?:添加|分享|标注|标记|显示|展示)(?:您的|所在的?|拍摄)?(?:位置|地点)|(?:记录|保存)[^。；，]{0,10}(?:路线|路径)|IP\s*属地|归属地|(?:附近|周边)(?:的)?(?:门店|网点|办事网点|设备|商家|药店|司机|服务|设施)|经纬度|(?:地理|位置)坐标/i],
    // A log when the service gathers the position itself (continuously, in the background, from GPS, base
    // stations, Wi-Fi or the IP address, or by collecting, reading or recording it); a place you add to a
    // post, or a clause on what you can see, delete or switch off, is not a log.
    tagsWhen: { 'log-collection': /^(?!(?:您|你)(?:也|还|随时)?(?:可以|可|能够|有权))[^]*?(?:持续|后台|定期|定时|每隔|每次|GPS|基站|WLAN|Wi-?Fi|蓝牙|传感器|IP\s*地址|(?:收集|采集|获取|读取|记录|上传|使用)[^。；，]{0,12}(?:位置|定位|轨迹|经纬度|路线))/i },
    // A definition of location data ("精确位置信息：指…") says what the words mean, not what is done.
    unless: [/^[^，。；：:]{1,15}[：:]\s*(?:是)?指/],
    examples: {
      flag: [
        { text: '我们会在您的评论旁展示您的IP属地。', tags: ['location'] },
        '当您使用附近的人功能时，我们会收集您的精确位置信息。',
        '即使您没有打开应用，我们也会在后台持续获取您的定位。',
        { text: '我们会根据您的IP地址推断您所在的城市。', also: ['device-data-zh'] },
        { text: '我们不会在后台收集您的位置信息。', polarity: 'does-not' },
        '骑行开始后，我们会记录您骑过的路线和用时。',
        { text: '拍照打卡时，我们会在照片里写入拍摄点的经纬度。', tags: ['location'] },
        '当您查询附近的充电桩时，我们会获取您当前所在的位置。',
        { text: '您在相册中分享照片时，可以选择是否标注拍摄地点。', tags: ['location'] },
        { text: '本应用不申请定位权限，也不会读取您的位置。', polarity: 'does-not' },
      ],
      ignore: [
        '我们的总部位于深圳。', '请在页面顶部的位置找到搜索框。',
        '应用出现异常时，我们会上传错误报告，以便定位并解决问题。',
        '大致位置信息：是指仅能确定到城市一级的位置。',
      ],
    },
  },
]);
