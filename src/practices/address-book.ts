/** The reader's words for address book: uploading your contacts, people who never agreed to this policy. */
import type { PracticeFamily } from './shape';

export const addressBook = {
  id: 'address-book',
  label: { en: 'Your address book', zh_CN: '您的通讯录' },
  practices: {
    'address-book': {
      protective: false,
      does: {
        en: 'Your contacts list describes other people who never agreed to this policy.',
        zh_CN: '您的通讯录涉及从未同意本政策的其他人。',
      },
    },
  },
} as const satisfies PracticeFamily;
