/** The reader's words for legal disclosure: handing data to police, courts, governments, or "to comply with applicable laws". */
import type { PracticeFamily } from './shape';

export const legalDisclosure = {
  id: 'legal-disclosure',
  label: { en: 'Disclosure to authorities', zh_CN: '向政府机关披露' },
  practices: {
    'legal-disclosure': {
      protective: false,
      does: {
        en: 'Your data can be handed to police, courts or governments, often on their request alone and without telling you.',
        zh_CN: '您的数据可能被提供给警方、法院或政府，往往只需对方要求，且不告知您。',
      },
    },
  },
} as const satisfies PracticeFamily;
