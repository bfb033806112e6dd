/** Security: what the policy promises about protecting your data, and how much it really says. */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';

const english: EnglishRule[] = [
  {
    id: 'end-to-end-encryption',
    // Precise enough to stand without the fitted layer: the grade's questions rest on it.
    alone: true,
    tags: ['security'],
    severity: 'info',
    match: [/\bend[- ]to[- ]end encrypt/i],
    reportNegated: true,
    mayAlsoFire: ['transit-encryption-only'],
    examples: {
      flag: ['Your messages are protected with end-to-end encryption.'],
      ignore: ['We encrypt data in transit using TLS.'],
    },
  },
  {
    id: 'transit-encryption-only',
    // Precise enough to stand without the fitted layer: the grade's questions rest on it.
    alone: true,
    tags: ['security'],
    severity: 'low',
    match: [/\b(?:encrypt(?:ed|s|ion)?|ssl|tls|secure (?:socket|server)s?)\b|\bhttps\b(?!:)/i],
    unless: [/\bend[- ]to[- ]end\b/i],
    mayAlsoFire: ['end-to-end-encryption'],
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
    tags: ['security'],
    severity: 'low',
    match: [/\b(?:secur(?:e|ed|ity|ely)|safeguards?|protect(?:s|ed|ion)? (?:\w+ ){0,4}(?:from|against)|unauthori[sz]ed (?:access|use|disclosure)|firewalls?|password[- ]protected|confidentiality)\b/i],
    also: [/\b(?:information|data|account|password|credit card|personal|records|safeguards|procedures|measures|firewalls?)\b/i],
    unless: [/\bencrypt|\bssl\b|\btls\b|\bsocial security\b|\b(?:national|public|homeland) security/i, /\bsecurity (?:purposes|reasons|notices?|settings|policies of|and monitoring)\b(?![^.]{0,200}\b(?:measures|safeguards)\b)/i, /\bprotect (?:against|from) (?:\w+ )?(?:misuse|fraud)[^.]{0,20}\b(?:of|on) (?:the|our)\b/i],
    mayAlsoFire: ['data-disclosure', 'legal-disclosure'],
    examples: {
      flag: [
        'We take reasonable measures to protect your information, but no method is 100% secure.',
        'We maintain physical, electronic and procedural safeguards.',
      ],
      ignore: ['We may disclose data to protect national security.'],
    },
  },
];

export const securityRules: RuleSpec[] = withChinese(english, [
  {
    of: 'end-to-end-encryption',
    match: [/端到端加密/],
    mayAlsoFire: ['weak-security-claim-zh'],
    examples: { flag: ['您的消息采用端到端加密。'], ignore: ['我们在传输过程中使用SSL加密。'] },
  },
  {
    of: 'weak-security-claim',
    match: [/加密|安全(?:措施|防护|技术|保护)|SSL|TLS|HTTPS|访问控制|(?:百分之百|100%|绝对)(?:的)?安全/i],
    unless: [/端到端/, /国家安全|公共安全|国防安全/],
    mayAlsoFire: ['end-to-end-encryption-zh'],
    examples: {
      flag: ['我们使用SSL加密技术保护您的数据在传输过程中的安全。', '互联网环境并非百分之百安全，我们将尽力确保您的信息安全。'],
      ignore: ['您的消息采用端到端加密。'],
    },
  },
]);
