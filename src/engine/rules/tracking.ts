/** Tracking: cookies, web beacons, pixels and SDKs that follow you within and across sites. */
import type { Rule } from '../types';

export const trackingRules: Rule[] = [
  {
    id: 'tracking-technologies',
    family: 'tracking',
    tags: ['tracking', 'log-collection'],
    severity: 'medium',
    why: 'Cookies, pixels and SDKs let this site and others recognise you across visits and across the web.',
    match: [/\b(?:cookies?|web ?beacons?|pixel(?:s| tags?)?|clear gifs?|gifs?|tracking (?:technolog|tools?|codes?|pixels?)|(?:flash|local) (?:cookies|shared objects|storage)|lsos?|sdks?|software development kits?|tags?\b(?= and)|e-?tags|device fingerprint|fingerprinting|similar technologies|analytics (?:tools?|services?|providers?|software)|google analytics|do not track)/i],
    examples: {
      flag: [
        'We and our partners use cookies, web beacons and pixel tags.',
        'Our app includes third-party SDKs that collect analytics data.',
      ],
      ignore: ['We answer mail within a week.', 'Our bakery sells fresh bread daily.'],
    },
  },
];
