/** Address book: uploading your contacts, people who never agreed to this policy. */
import type { Rule } from '../types';

export const addressBookRules: Rule[] = [
  {
    id: 'address-book',
    family: 'address-book',
    tags: ['address-book'],
    severity: 'high',
    why: 'Your contacts list describes other people who never agreed to this policy.',
    match: [/\b(?:address book|contacts? list|(?:your|phone|device|mobile) contacts|contact lists?|phone ?book|friends list|invite (?:your )?(?:friends|contacts))\b/i],
    examples: {
      flag: ['With your permission we upload your address book to find friends who use the app.'],
      ignore: ['You can contact us through the help center.'],
    },
  },
];
