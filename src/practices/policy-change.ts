/** The reader's words for policy change: whether the policy can change, and whether you will be told. */
import type { PracticeFamily } from './shape';

export const policyChange = {
  id: 'policy-change',
  label: { en: 'Policy changes', zh_CN: '政策变更' },
  practices: {
    'policy-change-silent': {
      protective: false,
      does: {
        en: 'The policy can change at any time without anyone telling you; checking the page is left to you.',
        zh_CN: '政策可以随时修改而不通知任何人；只能靠您自己去查看。',
      },
    },
    'policy-change-notice': {
      protective: false,
      does: {
        en: 'The policy can change; you are told, but often only by a notice on this page.',
        zh_CN: '政策可能变更；会通知您，但往往只是在本页面上公告。',
      },
    },
  },
} as const satisfies PracticeFamily;
