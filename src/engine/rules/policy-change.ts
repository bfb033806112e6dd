/** Policy change: whether the policy can change, and whether you will be told. */
import type { Rule } from '../types';

// A future or possible change, not a date stamp or a past update.
const CHANGE = /\b(?:(?:may|will|can|might|could|reserve the right to|right to|from time to time|periodically|occasionally|at any time|if we|when we|should we|in the event (?:that )?we)\b[^.]{0,50}\b(?:chang(?:e|es|ing)|updat(?:e|es|ing)|modif(?:y|ies|ying)|revis(?:e|es|ing)|amend(?:s|ing)?|alter(?:s|ing)?|make changes)|(?:material |any |future |significant )?(?:changes?|updates?|modifications?|revisions?|amendments?|alterations?) (?:to|in|of) (?:this|our|the|these|its)|(?:revised|updated|modified|amended|new) (?:version|privacy policy|policy|statement|notice)s? (?:will|shall|is|are|becomes?)|effective (?:immediately|upon posting|when posted))/i;
const THIS_POLICY = /\b(?:this|our|the) (?:privacy )?(?:policy|policies|statement|notice|terms)\b|\bprivacy (?:policy|statement|notice)\b/i;
// Notice given, not "without notice".
const NOTICE = /(?<!\bwithout (?:any |prior |advance |further )*)\b(?:notify|notif(?:y|ied|ication)|inform|post(?:ing|ed)? (?:the|any|a|an|such|all|changes|revised|updated|notice)|e-?mail|prominent(?:ly)?|notice|let you know|alert|ask (?:for )?your consent|obtain your consent)\b/i;

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
    also: [THIS_POLICY, NOTICE],
    unless: [/\bchange (?:your|the) (?:settings|preferences|password|email)|\bupdate your (?:information|preferences|account|details|settings|profile)/i],
    examples: {
      flag: ['We will post any changes to this privacy policy on this page and notify you by email.'],
      ignore: ['You can update your account information in settings.'],
    },
  },
];
