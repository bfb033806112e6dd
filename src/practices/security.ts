/** The reader's words for security: what the policy promises about protecting your data, and how much it really says. */
import type { PracticeFamily } from './shape';

export const security = {
  id: 'security',
  label: { en: 'Security claims', zh_CN: '安全声明' },
  practices: {
    'end-to-end-encryption': {
      protective: true,
      does: {
        en: 'End-to-end encryption means even the service cannot read the content.',
        zh_CN: '端到端加密意味着连服务方也无法读取内容。',
      },
      doesNot: {
        en: 'Content is NOT end-to-end encrypted: the service can read it.',
        zh_CN: '内容并非端到端加密：服务方可以读取。',
      },
    },
    'transit-encryption-only': {
      protective: false,
      does: {
        en: 'Encryption "in transit" or "between our servers and your device" protects the wire, not your data from the service itself: it is not end-to-end.',
        zh_CN: '“传输中”加密只保护传输线路，并不能防止服务方本身读取您的数据：这不是端到端加密。',
      },
    },
    'weak-security-claim': {
      protective: false,
      does: {
        en: 'General security promises ("reasonable measures", audits and certifications, encryption that is not end-to-end) say little about how your data is protected, and "no system is 100% secure" leaves you carrying the risk of a breach.',
        zh_CN: '笼统的安全承诺（“合理措施”、审计和认证、并非端到端的加密）很少说明您的数据实际如何受到保护，而“没有系统百分之百安全”把数据泄露的风险留给了您。',
      },
    },
  },
} as const satisfies PracticeFamily;
