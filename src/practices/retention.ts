/** The reader's words for retention: how long the service keeps your data, and whether it outlives your account. */
import type { PracticeFamily } from './shape';

export const retention = {
  id: 'retention',
  label: { en: 'Data retention', zh_CN: '数据保存' },
  practices: {
    'retention-period': {
      protective: false,
      does: {
        en: 'Data that is kept can be leaked, breached or handed over later; the longer it is kept, the greater the risk.',
        zh_CN: '被保存的数据可能泄露、被入侵或日后被移交；保存得越久，风险越大。',
      },
      doesNot: {
        en: 'The policy says this data is not kept.',
        zh_CN: '政策称不会保存这些数据。',
      },
    },
    'retention-beyond-deletion': {
      protective: false,
      does: {
        en: 'Your data outlives your choice to delete it: it stays in logs, backups or closed accounts, or is kept because a law requires it, where it can still be breached or handed over.',
        zh_CN: '您删除后数据仍然存在：留在日志、备份或已关闭的账号中，或因法律要求被保留，仍可能泄露或被移交。',
      },
    },
    'retention-limit': {
      protective: true,
      does: {
        en: 'The policy limits how long this data is kept.',
        zh_CN: '政策限定了这些数据的保存期限。',
      },
    },
  },
} as const satisfies PracticeFamily;
