/** Location: precise GPS positions or approximate location from IP and networks. */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';
import { anyOf, LOCATION, pattern } from './vocabulary';

const english: EnglishRule[] = [
  {
    id: 'location',
    tags: ['location', 'log-collection'],
    severity: 'medium',
    match: [pattern`\b${anyOf(LOCATION)}\b`],
    unless: [/\b(?:our|its) (?:office|headquarters) (?:location|is located)/i],
    examples: {
      flag: [
        'We record the vehicle\'s location when the alarm is triggered.',
        'We collect your precise location from your device GPS.',
        'We may infer your approximate location from your IP address.',
      ],
      ignore: ['Our offices are located in Dublin.'],
    },
  },
];

export const locationRules: RuleSpec[] = withChinese(english, [
  {
    of: 'location',
    match: [/位置信息|地理位置|(?:精确|精准|实时|大致|粗略|当前|所在)(?:的)?位置|位置数据|定位|GPS|(?:行踪|出行|行程|运动|移动)轨迹|常用地址|常去的?地点|基站|WLAN\s*接入点|附近的人|所在(?:的)?(?:地区|城市|省份|国家)(?!(?:\/地区)?(?:的法律|以外|之外))|位置(?:权限|记录)|(?:车辆|历史|您的)位置|足迹|IP\s*属地|归属地|附近(?:的)?(?:门店|网点|办事网点|设备|商家|药店|司机)/i],
    // A log only when the signals are gathered as you go (continuously, in the background, from GPS, base
    // stations, Wi-Fi or the IP address); showing nearby shops from a location is not a log.
    tagsWhen: { 'log-collection': /持续|后台|定期|GPS|基站|WLAN|Wi-?Fi|蓝牙|传感器|IP\s*地址|轨迹/i },
    examples: {
      flag: [
        { text: '我们会在您的评论旁展示您的IP属地。', tags: ['location'] },
        { text: '当您使用附近的人功能时，我们会收集您的精确位置信息。', tags: ['location'] },
        '即使您没有打开应用，我们也会在后台持续获取您的定位。',
        { text: '我们会根据您的IP地址推断您所在的城市。', also: ['device-data-zh'] },
        { text: '我们不会在后台收集您的位置信息。', polarity: 'does-not' },
      ],
      ignore: ['我们的总部位于深圳。', '请在页面顶部的位置找到搜索框。'],
    },
  },
]);
