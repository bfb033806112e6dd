/** The reader's words for location: precise GPS positions or approximate location from IP and networks. */
import type { PracticeFamily } from './shape';

export const location = {
  id: 'location',
  label: { en: 'Location', zh_CN: '位置信息' },
  practices: {
    'location': {
      protective: false,
      does: {
        en: 'Where you are and have been reveals your home, work, health visits and routines.',
        zh_CN: '您的位置和行踪会暴露您的住所、工作地点、就医情况和日常规律。',
      },
    },
  },
} as const satisfies PracticeFamily;
