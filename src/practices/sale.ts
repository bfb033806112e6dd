/** The reader's words for sale: your data sold, rented or traded for value, kept apart from "we do not sell". */
import type { PracticeFamily } from './shape';

export const sale = {
  id: 'sale',
  label: { en: 'Sale of data', zh_CN: '出售数据' },
  practices: {
    'data-sale': {
      protective: false,
      does: {
        en: 'Sold data is bought by data brokers and resold again; you cannot follow it or take it back.',
        zh_CN: '被出售的数据会被数据经纪商买走并再次转卖；您无法追踪，也无法收回。',
      },
      doesNot: {
        en: 'The policy promises not to sell your data.',
        zh_CN: '政策承诺不出售您的数据。',
      },
    },
  },
} as const satisfies PracticeFamily;
