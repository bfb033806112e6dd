/** Retention: how long the service keeps your data, and whether it outlives your account. */
import { periodDays, retentionPeriod } from '../details';
import type { Rule, Severity } from '../types';

const KEEP = /\b(?:retain(?:s|ed|ing)?|retention|keep(?:s|ing)?|kept|stor(?:e|es|ed|ing) (?:\w+ ){0,6}(?:for|until|as long|indefinitely|permanently)|preserv(?:e|es|ed|ing)|maintain(?:s|ed)? (?:\w+ ){0,5}(?:for|until|as long|records)|(?:delete|purge|destroy|anonymi[sz]e|erase)[sd]? (?:\w+ ){0,8}(?:after|within) (?:\w+ ){0,2}(?:days?|weeks?|months?|years?))\b/i;
const DATA = /\b(?:information|data|records?|logs?|histor(?:y|ies)|content|messages?|cop(?:y|ies)|backups?|details|searches|it|them|cookies?)\b/i;

function severityOfPeriod(details: Record<string, string>): Severity {
  const days = periodDays(details.period);
  if (days === null) return 'medium';
  if (days === Infinity || days > 2 * 365) return 'high';
  return days <= 90 ? 'low' : 'medium';
}

export const retentionRules: Rule[] = [
  {
    id: 'retention-period',
    family: 'retention',
    tags: ['retention'],
    severity: 'medium',
    why: 'Data that is kept can be leaked, breached or handed over later; the longer it is kept, the greater the risk.',
    whyNot: 'The policy says this data is not kept.',
    match: [KEEP],
    also: [DATA],
    unless: [/\bkeep (?:you|in mind|up to date|your (?:password|account information) (?:secret|confidential))|\bkeep(?:s|ing)? (?:you )?(?:informed|posted|track of your preferences)|\bstore (?:locator|front)|\bkeep (?:it|them) (?:secure|confidential|safe)\b(?![^.]*\b(?:for|until)\b)|\bmaintain(?:s)? (?:physical|administrative|technical|reasonable|appropriate|commercially)/i],
    details: retentionPeriod,
    severityFor: severityOfPeriod,
    examples: {
      flag: [
        'We retain your search history for two years.',
        'We keep server logs for 30 days and then delete them.',
        'We may retain your information indefinitely.',
        'We will preserve the time, date and duration of your communications.',
        'Copies of your content may remain in backup storage even after you delete your account.',
        'We store your messages until you clear them.',
        'Log data is deleted after 90 days.',
      ],
      ignore: [
        'Keep your password confidential.',
        'We keep you informed about new features.',
        'Please keep in mind that public posts can be seen by anyone.',
        'We maintain physical, electronic and procedural safeguards.',
      ],
    },
  },
];
