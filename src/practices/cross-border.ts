/** The reader's words for cross-border transfer: data stored or processed in other countries, under other laws. */
import type { PracticeFamily } from './shape';

export const crossBorder = {
  id: 'cross-border',
  label: { en: 'Transfers abroad', zh_CN: '跨境传输' },
  practices: {
    'cross-border': {
      protective: false,
      does: {
        en: "Data stored or handled abroad falls under another country's laws, which may give its authorities more access and you fewer rights.",
        zh_CN: '在境外存储或处理的数据受另一国法律管辖，该国机关可能有更多访问权，而您的权利可能更少。',
      },
    },
  },
} as const satisfies PracticeFamily;
