/** The reader's words for advertising and marketing: targeted ads, profiling for ads, and marketing messages. */
import type { PracticeFamily } from './shape';

export const ads = {
  id: 'ads',
  label: { en: 'Advertising and marketing', zh_CN: '广告与营销' },
  practices: {
    'targeted-ads': {
      protective: false,
      does: {
        en: 'What you do and who you are is used, or handed to advertisers, to profile you for ads, often by companies you never dealt with.',
        zh_CN: '您的活动和个人信息被用于、或被交给广告方，为广告给您画像，往往涉及您从未打过交道的公司。',
      },
    },
    'direct-marketing': {
      protective: false,
      does: {
        en: 'Your contact details and what you bought or did are used to market to you, by this company and sometimes its partners.',
        zh_CN: '您的联系方式以及您的购买和使用记录会被用于向您营销，有时也包括合作伙伴。',
      },
    },
  },
} as const satisfies PracticeFamily;
