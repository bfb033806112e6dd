/** The words the English rules are written in, named once: verbs of handing data on with their inflections, the
 *  nouns for data, and who receives it. Each is a regular-expression fragment (alternatives, no capture groups);
 *  `pattern` and `anyOf` put them together, so a rule reads as words rather than as one long literal. */

/** Fragments as alternatives of one group: anyOf(SHARE, DISCLOSE) reads "share or disclose, in any form". */
export const anyOf = (...fragments: string[]) => `(?:${fragments.join('|')})`;

/** A case-insensitive pattern written with fragments: pattern`\b${SHARE}\b` is /\bshar(?:e|es|ed|ing)\b/i. */
export const pattern = (strings: TemplateStringsArray, ...fragments: string[]) => new RegExp(String.raw(strings, ...fragments), 'i');

// Verbs of handing data on, with the inflections the rules read.
export const SELL = 'sell|sells|sold|selling';
export const RENT = 'rent(?:s|ed|ing)?';
export const SHARE = 'shar(?:e|es|ed|ing)';
export const DISCLOSE = 'disclos(?:e|es|ed|ing)';
/** "disclose" and "disclosure": a disclosure named is a disclosure said. */
export const DISCLOSE_OR_DISCLOSURE = 'disclos(?:e|es|ed|ing|ure)';
export const RELEASE = 'releas(?:e|es|ed|ing)';
export const TRANSFER = 'transfer(?:s|red|ring)?';
export const PROVIDE = 'provid(?:e|es|ed|ing)';
export const FORWARD = 'forward(?:s|ed)?';
export const PUBLISH = 'publish(?:es|ed)?';
/** "make … available", with up to three words between. */
export const MAKE_AVAILABLE = String.raw`mak(?:e|es|ing) (?:\w+ ){0,3}available`;
/** Passed on, handed over or turned over, with up to four words between ("hand your data over"). */
export const HAND_OVER = String.raw`hand(?:s|ed|ing)? (?:\w+ ){0,4}over|pass(?:es|ed|ing)? (?:\w+ ){0,4}on|turn(?:s|ed|ing)? (?:\w+ ){0,4}over`;

// Verbs of collecting data.
export const COLLECT = 'collect(?:s|ed|ing|ion)?';
export const RECORD = 'record(?:s|ed|ing)?';
/** "log", "logged", but not "log in" or "log out". */
export const LOG = String.raw`log(?:s|ged|ging)?\b(?! (?:in|out|on|into|off)\b)`;
export const GATHER = 'gather(?:s|ed|ing)?';
export const RECEIVE = 'receiv(?:e|es|ed|ing)';
export const OBTAIN = 'obtain(?:s|ed)?';
export const CAPTURE = 'captur(?:e|es|ed)';
export const TRACK = 'track(?:s|ed|ing)?';
export const MONITOR = 'monitor(?:s|ed|ing)?';
export const ANALYSE = 'analy[sz](?:e|es|ed|ing)';

// Verbs of keeping data, and of getting rid of it.
export const RETAIN = 'retain(?:s|ed|ing)?';
export const KEEP = 'keep(?:s|ing)?|kept';
export const STORE = 'stor(?:e|es|ed|ing)';
export const SAVE = 'sav(?:e|es|ed)';
export const PRESERVE = 'preserv(?:e|es|ed|ing)';
export const MAINTAIN = 'maintain(?:s|ed)?';
export const HOLD = 'hold|held';
export const ARCHIVE = 'archiv(?:e|es|ed)';
export const DELETE = 'delet(?:e|es|ed|ing)';
export const DESTROY = 'destroy(?:s|ed)?|destruction';
export const PURGE = 'purg(?:e|es|ed)';
export const ERASE = 'eras(?:e|es|ed)';
/** Made anonymous: kept, but no longer about you. */
export const ANONYMISE = 'anonymi[sz](?:e|es|ed)|de-identif(?:y|ied)';
export const PROCESS = 'process(?:es|ed|ing)?';

// Changing a policy: the verbs of a change to come (no past tense: "updated" dates a policy), and changes named as nouns.
export const CHANGE_VERBS = 'chang(?:e|es|ing)|updat(?:e|es|ing)|modif(?:y|ies|ying)|revis(?:e|es|ing)|amend(?:s|ing)?|alter(?:s|ing)?';
export const CHANGES = 'changes?|updates?|modifications?|revisions?|amendments?|alterations?';

// How long.
/** Spelled-out numbers that start a duration ("eighteen months"), from the details' table of number words. */
export { NUMBER_WORDS } from '../details';
export const TIME_UNIT = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?';

// What data is called.
/** The plain nouns for it: "information", "data", "details", "content", "records". */
export const DATA = String.raw`information|data|details|content|records?`;
/** Words that say whose or what kind of data it is, before the noun ("personal", "customer", "your"). */
export const DATA_KIND = String.raw`personal|personally identifiable|contact|demographic|account|user|customer|aggregate[d]?|other|such|this|the|your|our users'?`;

// How you can be reached, and where you are.
export const EMAIL_ADDRESS = String.raw`e-?mail address(?:es)?`;
export const PHONE_NUMBER = String.raw`(?:tele)?phone numbers?|telephone|mobile (?:phone )?numbers?|cell(?:ular)? (?:phone )?numbers?`;
export const POSTAL_ADDRESS = String.raw`(?:postal|mailing|home|street|billing|shipping|physical) address(?:es)?`;
export const CONTACT_DETAILS = String.raw`contact (?:information|details|info)`;
export const LOCATION = String.raw`(?:precise|approximate|general|physical|geographic(?:al)?|real[- ]time|current|device|mobile|gps|coarse|rough|exact|fine|live|last known|(?:vehicle|car|device|phone)['’]s)[- ]?location|(?:approximate|exact) distance (?:from|to|between)|location[- ](?:data|information|services|based|history|tracking)|geo-?locat(?:e|ion|ing)|gps|latitude|longitude|your location|where you are|location of (?:your|the) (?:home|house|flat|device|phone|car|vehicle|bike|scooter)|wi-?fi (?:access points|networks)|cell (?:towers?|ids?|masts?)|whereabouts|(?:which|what) (?:country|city|region|town|state) you(?:['’]re| are) in|(?:phone|device|vehicle|car|watch)['’]s (?:current )?position|(?:your|its) current position|satellite positioning|geo-?fenc(?:e|es|ed|ing)|beacons? (?:\w+ ){0,4}detect|geographic(?:al)? (?:area|region)`
  // Where you are, named by what it is used for: a trip's ends, a vehicle's position, the region read from your IP,
  // how far you are from someone, where a photo was taken, the routes you run.
  + String.raw`|(?:pick-?up|drop-?off)(?: and (?:pick-?up|drop-?off))? (?:locations?|points?|address(?:es)?|spots?)|(?:vehicle|car|trip|bike|scooter) locations?|location of (?:a|the|your) (?:vehicle|car|device|phone|bike|scooter)|ip[- ]based location|approximate (?:region|city|area|country|position)|(?:country|city|region|town)\b[^.]{0,20}\bfrom your ip|your (?:approximate )?distance\b|(?:where|place) (?:it|the photo|the picture|a photo|the image) was taken|(?:running|cycling|riding|walking|driving|hiking) routes?|routes? you (?:run|ride|cycle|walk|drive|take)`;

// What a device and its connection give away.
/** The address and network you connect from. */
export const NETWORK_IDS = String.raw`ip[- ]?address(?:es)?|internet protocol|mac address|(?:isp|internet service provider|carrier|mobile network)|domain names?`;
/** Identifiers of the device itself, and of its advertising id. */
export const DEVICE_IDS = String.raw`device (?:ids?|type|model)|device (?:id|identifiers?|information|type|model|data|settings)|(?:unique|mobile|advertising|hardware) (?:device )?(?:identifiers?|ids?)|udid|idfa|imei`;
/** What the device, its browser and its settings are. */
export const DEVICE_TRAITS = String.raw`screen size|installed software|browser (?:type|version|information|language|characteristics)|type of (?:browser|device|computer)|operating system|(?:os|platform) version|(?:computer|technical|connection) information|screen (?:resolution|size)|time ?zone|language (?:preference|settings)|user[- ]agent|hardware (?:information|details|configuration|specifications)`;
/** Reports of what went wrong. */
export const DIAGNOSTICS = String.raw`crash (?:data|reports?|logs?)|diagnostic (?:data|information|codes|reports|logs|trouble codes)|diagnostics|telemetry|telematics(?: data)?|odometer readings?|battery (?:state|level|health)|performance data|memory usage|error (?:reports|logs|codes)|ip logs`;

// What tracks you across visits: files and tags placed on your device, code in apps, and analytics services.
export const TRACKERS = String.raw`cookies?|web ?beacons?|pixels?|pixel tags?|clear gifs?|gifs|tracking (?:technolog(?:y|ies)|tools?|codes?|pixels?)|(?:flash|local) (?:cookies|shared objects|storage)|lsos?`;
export const SDKS = String.raw`sdks?|software development kits?`;
export const FINGERPRINTS = String.raw`e-?tags|device fingerprint(?:s|ing)?|fingerprinting|similar technolog(?:y|ies)`;
/** Analytics as a technology that watches you; "analytics providers" named among recipients are a party, not a tracker
 *  ("Sold to: advertising networks, data analytics providers" is a sale). */
export const ANALYTICS = String.raw`analytics (?:tools?|services?|software)|google analytics|(?:audience )?measurement (?:services?|tools?)|session replay (?:tools?|services?|scripts?|software)`;

// Who receives it: third parties by kind.
export const THIRD_PARTIES = String.raw`third[- ]part(?:y|ies)`;
export const CORPORATE_FAMILY = String.raw`affiliat(?:e|es|ed)|subsidiar(?:y|ies)|sister (?:compan(?:y|ies)|brands?|publications?|titles|sites|apps|services)`;
export const PARTNERS = String.raw`(?:business|marketing|advertising|trusted|select(?:ed)?|carefully selected|co-?branding|content|joint) partners?|partners?\b`;
export const ADVERTISERS = String.raw`advertis(?:ers|ing (?:networks?|compan|partners))|ad networks?|sponsors?\b`;
export const SUPPLIERS = String.raw`vendors?|(?:service|content|analytics) providers?|contractors|agents`;
export const OTHER_COMPANIES = String.raw`other compan(?:y|ies)|companies (?:that|we|who)|outside (?:parties|companies|organi[sz]ations)|unaffiliated|non-?affiliated|other (?:organi[sz]ations|businesses|parties|entities)`;
export const SOCIAL_NETWORKS = String.raw`social (?:media|network(?:ing)?) (?:sites?|platforms?|services?|plug-?ins?|features?)|(?:facebook|google|twitter|doubleclick)\b`;
/** Whoever takes over the business. */
export const ACQUIRERS = String.raw`buyer|acquir(?:er|ing (?:company|entity))|successor|purchaser|new owners?`;
/** Where data comes from when not from you. */
export const DATA_SOURCES = String.raw`data brokers?|(?:other|third[- ]party|public|outside|external) sources`;
