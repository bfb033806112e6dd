/** Security: what the policy promises about protecting your data, and how much it really says. */
import type { Rule } from '../types';

export const securityRules: Rule[] = [
  {
    id: 'end-to-end-encryption',
    family: 'security',
    tags: ['security'],
    severity: 'info',
    positive: true,
    why: 'End-to-end encryption means even the service cannot read the content.',
    match: [/\bend[- ]to[- ]end encrypt/i],
    reportNegated: true,
    whyNot: 'Content is NOT end-to-end encrypted: the service can read it.',
    examples: {
      flag: ['Your messages are protected with end-to-end encryption.'],
      ignore: ['We encrypt data in transit using TLS.'],
    },
  },
  {
    id: 'transit-encryption-only',
    family: 'security',
    tags: ['security'],
    severity: 'low',
    why: 'Encryption "in transit" or "between our servers and your device" protects the wire, not your data from the service itself: it is not end-to-end.',
    match: [/\b(?:encrypt(?:ed|s|ion)?|ssl|tls|https|secure (?:socket|server)s?)\b/i],
    unless: [/\bend[- ]to[- ]end\b/i],
    examples: {
      flag: [
        'Data is encrypted in transit between our servers and your device.',
        'We use SSL technology to protect your credit card number.',
      ],
      ignore: ['Your messages are end-to-end encrypted.'],
    },
  },
  {
    id: 'weak-security-claim',
    family: 'security',
    tags: ['security'],
    severity: 'low',
    why: 'Vague "reasonable measures" and "no system is 100% secure" leave you carrying the risk of a breach.',
    match: [/\b(?:secur(?:e|ed|ity|ely)|safeguards?|protect(?:s|ed|ion)? (?:\w+ ){0,4}(?:from|against)|unauthori[sz]ed (?:access|use|disclosure)|firewalls?|password[- ]protected|confidentiality)\b/i],
    unless: [/\bencrypt|\bssl\b|\btls\b|\bsocial security\b|\bnational security|\bpublic security/i, /\bsecurity (?:purposes|reasons)\b(?![^.]*\b(?:measures|safeguards)\b)/i],
    examples: {
      flag: [
        'We take reasonable measures to protect your information, but no method is 100% secure.',
        'We maintain physical, electronic and procedural safeguards.',
      ],
      ignore: ['We may disclose data to protect national security.'],
    },
  },
];
