/** Policy change: whether the policy can change, and whether you will be told. */
import type { Rule } from '../types';

const CHANGE = /\b(?:chang(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|modif(?:y|ies|ied|ying|ication|ications)|revis(?:e|es|ed|ing|ions?)|amend(?:s|ed|ing|ments?)?|alter(?:s|ed|ations?)?)\b/i;
const THIS_POLICY = /\b(?:this|our|the) (?:privacy )?(?:policy|policies|statement|notice|terms)\b|\bprivacy (?:policy|statement|notice)\b/i;
const NOTICE = /\b(?:notify|notif(?:y|ied|ication)|inform|post(?:ing|ed)? (?:the|any|a|an|such|all|changes|revised|updated|notice)|e-?mail|prominent(?:ly)?|notice|let you know|alert|ask (?:for )?your consent|obtain your consent)\b/i;

export const policyChangeRules: Rule[] = [
  {
    id: 'policy-change-silent',
    family: 'policy-change',
    tags: ['policy-change'],
    severity: 'high',
    why: 'The policy can change at any time without anyone telling you; checking the page is left to you.',
    match: [CHANGE],
    also: [THIS_POLICY],
    unless: [NOTICE, /\bchange (?:your|the) (?:settings|preferences|password)/i],
    examples: {
      flag: [
        'We may change this policy at any time without prior notice.',
        'We reserve the right to modify this privacy policy at our discretion.',
      ],
      ignore: [
        'We will notify you by email before material changes to this policy take effect.',
        'You can change your settings at any time.',
      ],
    },
  },
  {
    id: 'policy-change-notice',
    family: 'policy-change',
    tags: ['policy-change'],
    severity: 'low',
    why: 'The policy can change; you are told, but often only by a notice on this page.',
    match: [CHANGE],
    also: [NOTICE],
    unless: [/\bchange (?:your|the) (?:settings|preferences|password|email)|\bupdate your (?:information|preferences|account|details|settings|profile)/i],
    examples: {
      flag: ['We will post any changes to this privacy policy on this page and notify you by email.'],
      ignore: ['You can update your account information in settings.'],
    },
  },
  {
    id: 'policy-effective-date',
    family: 'policy-change',
    tags: ['policy-change'],
    severity: 'info',
    why: 'Check the date: a recent change may mean new practices.',
    match: [/\b(?:last (?:updated|modified|revised)|effective (?:date|as of)|(?:updated|revised) (?:on|as of))\b/i],
    reportNegated: false,
    examples: { flag: ['Last updated: March 3, 2024.'], ignore: ['We last saw you in March.'] },
  },
];
