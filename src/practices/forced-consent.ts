/** The reader's words for forced consent: accept or lose access, or "consent" by merely continuing to use the service. */
import type { PracticeFamily } from './shape';

export const forcedConsent = {
  id: 'forced-consent',
  label: { en: 'Forced consent', zh_CN: '强制同意' },
  practices: {
    'forced-consent': {
      protective: false,
      does: {
        en: 'You are not really asked: refusing means losing the service, or using it at all counts as agreeing.',
        zh_CN: '您并没有真正的选择：拒绝就无法使用服务，或者一使用就算同意。',
      },
    },
  },
} as const satisfies PracticeFamily;
