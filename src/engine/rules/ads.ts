/** Advertising and marketing: targeted ads, profiling for ads, and marketing messages. */
import type { Rule } from '../types';

export const adsRules: Rule[] = [
  {
    id: 'targeted-ads',
    family: 'ads',
    tags: ['ads'],
    severity: 'medium',
    why: 'Your activity is used to profile you for advertising, often by companies you never dealt with.',
    match: [/\b(?:advertis(?:e|es|ing|ements?|ers?)|ads?\b|ad (?:networks?|servers?|serving|choices)|interest[- ]based|behavioral(?:ly)? targeted|(?:re-?)?targeting|sponsored (?:content|links))/i],
    unless: [/\bnot (?:responsible|endorse)\b[^.]*\badvertis/i],
    examples: {
      flag: [
        'We use your viewing history to show you personalised advertisements.',
        'Advertisers may use cookies to deliver interest-based ads.',
      ],
      ignore: ['We answer support requests within two days.'],
    },
  },
  {
    id: 'direct-marketing',
    family: 'ads',
    tags: ['ads'],
    severity: 'low',
    why: 'Your contact details are used to market to you, by this company and sometimes its partners.',
    match: [/\b(?:marketing|promotion(?:s|al)|special offers?|offers (?:and|or|from)|newsletters?|promotional (?:e-?mails?|messages|materials|communications)|(?:e-?mails?|messages|information) (?:about|regarding) (?:\w+ ){0,3}(?:products|services|offers|events|promotions)|contests?|sweepstakes|surveys?|(?:new|our|other) products and services)\b/i],
    examples: {
      flag: [
        'We may send you promotional emails about new products and special offers.',
        'Our partners may contact you with marketing communications.',
      ],
      ignore: ['We use your email address to reset your password.'],
    },
  },
];
