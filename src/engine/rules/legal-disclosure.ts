/** Legal disclosure: handing data to police, courts, governments, or "to comply with applicable laws". */
import { legalRecipients } from '../details';
import type { Rule } from '../types';

const AUTHORITY = /\b(?:law enforcement|police|government(?:al)? (?:agenc|authorit|bod|entit|officials?|requests?)|governments?\b|public authorit|regulat(?:ors?|ory (?:agenc|authorit|bod))|courts?\b|judicial|tribunal|subpoenas?|warrants?|court orders?|legal (?:process|proceedings?|requests?|obligations?|requirements?|orders?)|national security|public (?:security|safety)|intelligence agenc|authorities)/i;
const LEGAL_PURPOSE = /\b(?:comply with|compliance with|complying with|required (?:to do so )?by|requirements? of|obligations? under|pursuant to|in response to|respond to|responding to|as (?:required|permitted|authori[sz]ed) by|when we believe|good[- ]faith belief|believe (?:in good faith )?(?:that )?(?:such|the|it|disclosure|release))\b[^.;]{0,80}\b(?:laws?|legal|regulations?|statutes?|legislation|subpoenas?|court|judicial|government|authorit|process|legally)/i;
const DISCLOSE = /\b(?:disclos(?:e|es|ed|ing|ure)|shar(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|transfer(?:s|red|ring)?|giv(?:e|es|en|ing)|hand(?:s|ed)? over|turn over|access(?:ed)? by|report(?:s|ed|ing)?|furnish|make (?:\w+ )?available|retain, preserve|preserve|respond(?:s|ing)? to|cooperat(?:e|es|ing) (?:with|in|fully)|(?:be )?entitled to (?:access|obtain|request)|intercepted|monitored)\b/i;
// A list item that continues a lead-in such as "We may share your information:" carries its verb.
const CONTINUES_LEAD_IN = /^\W{0,3}(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:to (?:comply|respond|cooperate|satisfy|meet)|as (?:required|permitted|authori[sz]ed|needed)|when (?:required|we believe|legally)|if (?:required|we believe|legally)|in response to|where required|under applicable law)\b/i;

export const legalDisclosureRules: Rule[] = [
  {
    id: 'legal-disclosure',
    family: 'legal-disclosure',
    tags: ['legal-disclosure'],
    severity: 'high',
    why: 'Your data can be handed to police, courts or governments, often on their request alone and without telling you.',
    match: [LEGAL_PURPOSE, AUTHORITY],
    also: [new RegExp(`${DISCLOSE.source}|${CONTINUES_LEAD_IN.source}`, 'i')],
    unless: [/\b(?:children'?s online privacy protection act|coppa)\b(?![^.]*disclos)|\bwe comply with (?:the )?(?:eu|us|swiss)[^.]*privacy shield/i],
    details: legalRecipients,
    examples: {
      flag: [
        'We may retain, preserve or disclose your data to comply with applicable laws or regulations.',
        'We may share information with law enforcement agencies in response to a subpoena or court order.',
        'We will not disclose your personal information unless required by law.',
        'We may disclose information to government authorities without notifying you.',
        'We may release personal information when we believe release is appropriate to comply with the law.',
      ],
      ignore: [
        'We comply with the EU-U.S. Privacy Shield Framework.',
        'You may contact our support team with any question.',
        'The courts of California have jurisdiction over disputes.',
      ],
    },
  },
];
