/** The reader's words for advertising and marketing: targeted ads, profiling for ads, and marketing messages. */
import type { PracticeFamily } from './shape';

export const ads = {
  id: 'ads',
  label: { en: 'Advertising and marketing', zh_CN: '广告与营销' },
  practices: {
    'targeted-ads': {
      protective: false,
      does: {
        en: 'Your activity is used to profile you for advertising, often by companies you never dealt with.',
        zh_CN: '您的活动被用来为广告给您画像，往往涉及您从未打过交道的公司。',
      },
    },
    'direct-marketing': {
      protective: false,
      does: {
        en: 'Your contact details are used to market to you, by this company and sometimes its partners.',
        zh_CN: '您的联系方式会被用于向您营销，有时也包括合作伙伴。',
      },
    },
  },
} as const satisfies PracticeFamily;
