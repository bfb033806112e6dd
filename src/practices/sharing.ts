/** The reader's words for third parties: data shared with, or collected by, affiliates, partners, advertisers and acquirers. */
import type { PracticeFamily } from './shape';

export const sharing = {
  id: 'sharing',
  label: { en: 'Sharing with third parties', zh_CN: '与第三方共享' },
  practices: {
    'third-party-sharing': {
      protective: false,
      does: {
        en: "Once shared, your data follows the third party's rules, not this policy's, and you rarely learn who they are.",
        zh_CN: '数据一旦共享，就受第三方而非本政策的约束，而您很少知道他们是谁。',
      },
      doesNot: {
        en: 'The policy says it does not share this data with third parties.',
        zh_CN: '政策称不会与第三方共享这些数据。',
      },
    },
    'data-disclosure': {
      protective: false,
      does: {
        en: 'Your information leaves the service: disclosed, transferred or made public, to people this policy does not bind.',
        zh_CN: '您的信息会离开该服务：被披露、转让或公开，而接收者不受本政策约束。',
      },
      doesNot: {
        en: 'The policy says it does not disclose this data.',
        zh_CN: '政策称不会披露这些数据。',
      },
    },
  },
} as const satisfies PracticeFamily;
