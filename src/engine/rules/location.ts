/** Location: precise GPS positions or approximate location from IP and networks. */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';

const english: EnglishRule[] = [
  {
    id: 'location',
    tags: ['location', 'log-collection'],
    severity: 'medium',
    match: [/\b(?:(?:precise|approximate|general|physical|geographic(?:al)?|real[- ]time|current|device|mobile|gps)[- ]?location|location[- ](?:data|information|services|based|history|tracking)|geo-?locat(?:e|ion|ing)|gps|latitude|longitude|your location|where you are|wi-?fi (?:access points|networks)|cell (?:tower|id)|geographic(?:al)? (?:area|region))\b/i],
    unless: [/\b(?:our|its) (?:office|headquarters) (?:location|is located)/i],
    examples: {
      flag: [
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
    match: [/位置信息|地理位置|精确(?:的)?位置|定位|GPS|行踪轨迹|基站|WLAN\s*接入点|附近的人|所在地区/i],
    examples: {
      flag: ['当您使用附近的人功能时，我们会收集您的精确位置信息。'],
      ignore: ['我们的总部位于深圳。'],
    },
  },
]);
