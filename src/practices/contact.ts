/** The reader's words for contact details: your own name, email, phone number and postal address. */
import type { PracticeFamily } from './shape';

export const contact = {
  id: 'contact',
  label: { en: 'Your contact details', zh_CN: '您的联系方式' },
  practices: {
    'contact-details': {
      protective: false,
      does: {
        en: 'Your name, email and phone number identify you directly and can be used to contact or profile you.',
        zh_CN: '您的姓名、邮箱和电话号码能直接识别您，并可能被用来联系您或为您画像。',
      },
    },
  },
} as const satisfies PracticeFamily;
