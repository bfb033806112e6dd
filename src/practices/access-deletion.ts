/** The reader's words for access and deletion: seeing, correcting, exporting and deleting your data. */
import type { PracticeFamily } from './shape';

export const accessDeletion = {
  id: 'access-deletion',
  label: { en: 'Access and deletion', zh_CN: '访问与删除' },
  practices: {
    'access-deletion': {
      protective: true,
      does: {
        en: 'You can see, correct, export or delete what they hold about you.',
        zh_CN: '您可以查看、更正、导出或删除他们持有的关于您的信息。',
      },
    },
  },
} as const satisfies PracticeFamily;
