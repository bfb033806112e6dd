/** Address book: uploading your contacts, people who never agreed to this policy. */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';

const english: EnglishRule[] = [
  {
    id: 'address-book',
    tags: ['address-book'],
    severity: 'high',
    match: [/\b(?:address book|contacts? list|(?:your|phone|device|mobile) contacts|contact lists?|phone ?book|friends list|invite (?:your )?(?:friends|contacts)|(?:upload|sync|synchroni[sz]e|import|access|read|scan|match)(?:s|es|ed|ing)? (?:\w+ ){0,2}contacts|contacts (?:stored |saved )?(?:on|in) your (?:phone|device|mobile)|phone numbers (?:stored |saved )?in your (?:contacts|phone))\b/i],
    examples: {
      flag: [
        { text: 'With your permission we upload your address book to find friends who use the app.', also: ['opt-out'] },
      ],
      ignore: ['You can contact us through the help center.'],
    },
  },
];

export const addressBookRules: RuleSpec[] = withChinese(english, [
  {
    of: 'address-book',
    match: [/通讯录|手机联系人|联系人(?:列表|信息)|好友列表/],
    examples: {
      flag: ['经您授权，我们会读取您的通讯录以便向您推荐好友。'],
      ignore: ['如有疑问，请与我们联系。'],
    },
  },
]);
