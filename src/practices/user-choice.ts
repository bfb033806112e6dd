/** The reader's words for user choice: opt-outs, opt-ins and controls the policy offers you. */
import type { PracticeFamily } from './shape';

export const userChoice = {
  id: 'user-choice',
  label: { en: 'Your choices', zh_CN: '您的选择' },
  practices: {
    'opt-out': {
      protective: true,
      does: {
        en: 'You can refuse or limit this use of your data.',
        zh_CN: '您可以拒绝或限制对数据的这种使用。',
      },
    },
  },
} as const satisfies PracticeFamily;
