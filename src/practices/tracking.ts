/** The reader's words for tracking: cookies, web beacons, pixels and SDKs that follow you within and across sites. */
import type { PracticeFamily } from './shape';

export const tracking = {
  id: 'tracking',
  label: { en: 'Tracking technologies', zh_CN: '追踪技术' },
  practices: {
    'tracking-technologies': {
      protective: false,
      does: {
        en: 'Cookies, pixels and SDKs let this site and others recognise you across visits and across the web.',
        zh_CN: 'Cookie、像素和 SDK 让本网站和其他网站能在多次访问和整个网络中认出您。',
      },
    },
  },
} as const satisfies PracticeFamily;
