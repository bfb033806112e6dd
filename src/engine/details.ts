/** Pulls out the details a reader wants from a clause: how long data is kept, and who receives it. */

const UNIT_WORDS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'];
// Cheap gate: only clauses that name a duration are read for one.
const DURATION_GATE = new RegExp(`\\b(?:${UNIT_WORDS.join('|')})s?\\b`, 'i');

const OPEN_ENDED: [RegExp, string][] = [
  [/\b(?:indefinitely|permanently|forever|in perpetuity|without (?:a )?time limit|for an unlimited (?:time|period))\b/i, 'indefinitely'],
  [/\bas long as (?:your account|you (?:have|maintain|use))\b/i, 'as long as your account is active'],
  [/\bas long as (?:is |it is |we deem |reasonably )?(?:necessary|needed|required)\b/i, 'as long as necessary (no fixed period)'],
  [/\b(?:after|following|even after|beyond) (?:you (?:close|delete|deactivate|cancel|terminate)|(?:the )?(?:closure|deletion|deactivation|termination|cancellation) of) (?:your )?(?:account|membership|subscription)/i, 'after you close your account'],
  [/\bbackups?\b|\barchiv(?:e|ed|al)\b/i, 'in backups or archives'],
  [/\buntil you (?:clear|delete|remove) (?:it|them|your)/i, 'until you clear it'],
  [/\bas (?:required|permitted) by (?:applicable )?law\b/i, 'as required by law'],
];

const DIGIT_DURATION = new RegExp(`\\b(\\d+(?:\\.\\d+)?)[\\s-]*(${UNIT_WORDS.join('|')})s?\\b`, 'gi');
// Spelled-out numbers policies use for periods. compromise read these before; a table of words does the same
// job without its 300 kB, and it ran on 1 clause in 13,394 of 115 real policies.
const ONES: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** Spelled-out numbers that start a duration ("eighteen months", "one hundred days"), articles left out: one table of
 *  number words for the details and the retention rule's patterns. */
export const NUMBER_WORDS = [...Object.keys(ONES).filter((w) => w !== 'a' && w !== 'an'), ...Object.keys(TENS), 'a hundred', 'one hundred'].join('|');
// Cheap gate for spelled periods: a number word (or "a", "an", "several") before a unit, one word between at most.
const SPELLED_NUMBER = new RegExp(String.raw`\b(?:${[...Object.keys(ONES), ...Object.keys(TENS), 'hundred', 'several'].join('|')})\s+(?:\w+\s+)?(?:${UNIT_WORDS.join('|')})s?\b`, 'i');
const NUMBER_WORD = `(?:${[...Object.keys(TENS), ...Object.keys(ONES), 'hundred'].join('|')})`;
const SPELLED_DURATION = new RegExp(String.raw`\b((?:${NUMBER_WORD}[\s-]+(?:and[\s-]+)?){1,4})(${UNIT_WORDS.join('|')})s?\b`, 'gi');

/** "two" → 2, "thirty-six" → 36, "one hundred and eighty" → 180; null when the words make no number. */
export function spelledNumber(words: string): number | null {
  let total = 0, current = 0, seen = false;
  for (const w of words.toLowerCase().split(/[\s-]+/).filter((x) => x && x !== 'and')) {
    if (w in ONES) current += ONES[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else return null;
    seen = true;
  }
  total += current;
  return seen ? total : null;
}

function periodLabel(value: number, unit: string): string {
  const u = unit.toLowerCase().replace(/s$/, '');
  return `${value} ${value === 1 ? u : `${u}s`}`;
}

/** "30 days", "two years" → "2 years": digits and spelled-out numbers. */
function statedPeriods(clause: string): string[] {
  if (!DURATION_GATE.test(clause)) return [];
  const out = [...clause.matchAll(DIGIT_DURATION)].map((m) => periodLabel(Number(m[1]), m[2]!));
  if (SPELLED_NUMBER.test(clause)) {
    for (const m of clause.matchAll(SPELLED_DURATION)) {
      const n = spelledNumber(m[1]!.trim());
      if (n !== null && n > 0) out.push(periodLabel(n, m[2]!));
    }
  }
  return out;
}

/** The retention period(s) a clause states, most specific first. */
export function retentionPeriod(clause: string): Record<string, string> {
  const found = statedPeriods(clause);
  for (const [re, label] of OPEN_ENDED) if (re.test(clause)) found.push(label);
  return found.length ? { period: [...new Set(found)].join('; ') } : {};
}

const DAY = 1, YEAR = 365;
const UNIT_DAYS: Record<string, number> = { second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: DAY, week: 7, month: 30, year: YEAR, decade: 10 * YEAR };

/** The longest stated period in days, or Infinity for open-ended retention. */
export function periodDays(period: string | undefined): number | null {
  if (!period) return null;
  if (/indefinitely|account is active|no fixed period|after you close|backups/.test(period)) return Infinity;
  let longest: number | null = null;
  for (const m of period.matchAll(/(\d+(?:\.\d+)?) (\w+?)s?\b/g)) {
    const days = Number(m[1]) * (UNIT_DAYS[m[2]!] ?? 0);
    longest = Math.max(longest ?? 0, days);
  }
  return longest;
}

const RECIPIENTS: [RegExp, string][] = [
  [/\blaw enforcement|police\b/i, 'law enforcement'],
  [/\bgovernment(?:al)?\b|\bpublic authorit|\bstate (?:agenc|organ)/i, 'government'],
  [/\bcourts?\b|\bjudicial\b|\bsubpoena|\bwarrant|\blegal process|\bcourt order/i, 'courts and legal process'],
  [/\bregulat(?:or|ory)/i, 'regulators'],
  [/\bnational security|\bpublic security|\bintelligence/i, 'national or public security'],
  [/\bcomply with (?:any |all )?(?:applicable )?(?:laws?|legal|regulations?)|\brequired by law|\bapplicable laws?/i, 'whenever law requires'],
];

/** Who receives data in a legal-disclosure clause. */
export function legalRecipients(clause: string): Record<string, string> {
  const to = RECIPIENTS.filter(([re]) => re.test(clause)).map(([, label]) => label);
  const details: Record<string, string> = to.length ? { to: to.join(', ') } : {};
  if (/\bwithout (?:notice|notifying|informing|telling)|\bnot (?:notify|inform|tell) you/i.test(clause)) details.notice = 'you may not be told';
  return details;
}

/** The detail a sharing finding carries when all it hands on is aggregated or de-identified. */
export const DEIDENTIFIED_ONLY = 'aggregated or de-identified only';
const NOT_NAMED = String.raw`aggregate[sd]?|anonymi[sz]ed|anonymous|de-?identified|non-?personal(?:ly identifiable)?|non-?identifiable|pseudonymi[sz]ed|statistical|summary`;
const NOT_NAMED_DATA = new RegExp(String.raw`\b(?:${NOT_NAMED})(?:,? (?:and|or|and/or) (?:${NOT_NAMED}))*(?: [\w-]+){0,2}? (?:form|basis|information|data|statistics|stats|reports?|results|counts|demographics?|metrics|figures|numbers|insights|trends)\b|\bin (?:the )?aggregate\b`, 'i');
// Anything named beside it ("your personal information and aggregated statistics") is shared as well.
const NAMED_DATA = /(?<![-\w]|non-|non |personally )(?:personal(?:ly identifiable)?|identifiable) (?:information|data|details)\b|\byour (?:[\w-]+ )?(?:information|data|details|name|e-?mail|address|profile|contacts?)\b/i;

/** A clause about aggregated or de-identified data, and no other. */
export const ONLY_AGGREGATES = new RegExp(String.raw`^(?![^]*(?:${NAMED_DATA.source}))(?=[^]*(?:${NOT_NAMED_DATA.source}))`, 'i');

/** A sharing clause that hands on only aggregated or de-identified data: less of a risk, and the card says so. */
export function deidentifiedOnly(clause: string): Record<string, string> {
  return ONLY_AGGREGATES.test(clause) ? { data: DEIDENTIFIED_ONLY } : {};
}

const ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNITS: Record<string, string> = { 年: 'year', 个月: 'month', 月: 'month', 周: 'week', 星期: 'week', 天: 'day', 日: 'day', 小时: 'hour' };

/** 六个月 → 6, 十二 → 12, 三十 → 30, 180 → 180. */
export function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0, current = 0;
  for (const ch of s) {
    if (ch in ZH_DIGITS) current = ZH_DIGITS[ch]!;
    else if (ch === '十') { total += (current || 1) * 10; current = 0; }
    else if (ch === '百') { total += (current || 1) * 100; current = 0; }
    else return null;
  }
  return total + current;
}

const ZH_DURATION = /([\d零〇一二两三四五六七八九十百]+)\s*(个月|年|月|周|星期|天|日|小时)/g;
const ZH_OPEN_ENDED: [RegExp, string][] = [
  [/永久|长期|无限期/, 'indefinitely'],
  [/注销(?:账号|账户|帐号)?(?:后|之后)|删除(?:账号|账户)?后仍/, 'after you close your account'],
  [/备份/, 'in backups or archives'],
  [/(?:实现|达成).{0,10}目的所(?:必需|必要)的(?:最短)?(?:期限|时间)|必要的最短(?:期限|时间)/, 'as long as necessary (no fixed period)'],
  [/法律(?:法规)?(?:另有)?规定(?:的)?(?:期限|时间)?/, 'as required by law'],
];

/** The retention period(s) a Chinese clause states. */
export function retentionPeriodZh(clause: string): Record<string, string> {
  const found: string[] = [];
  for (const m of clause.matchAll(ZH_DURATION)) {
    const n = chineseNumber(m[1]!);
    if (n !== null && n > 0) found.push(periodLabel(n, ZH_UNITS[m[2]!]!));
  }
  for (const [re, label] of ZH_OPEN_ENDED) if (re.test(clause)) found.push(label);
  return found.length ? { period: [...new Set(found)].join('; ') } : {};
}

const ZH_RECIPIENTS: [RegExp, string][] = [
  [/执法机关|公安|警方|侦查/, 'law enforcement'],
  [/政府|行政机关|国家机关|主管部门|有权机关/, 'government'],
  [/司法机关|法院|检察|诉讼|仲裁/, 'courts and legal process'],
  [/监管/, 'regulators'],
  [/国家安全|公共安全|国防安全/, 'national or public security'],
  [/法律|法规/, 'whenever law requires'],
];

/** Who receives data in a Chinese legal-disclosure clause. */
export function legalRecipientsZh(clause: string): Record<string, string> {
  const to = ZH_RECIPIENTS.filter(([re]) => re.test(clause)).map(([, label]) => label);
  const details: Record<string, string> = to.length ? { to: to.join(', ') } : {};
  if (/无需(?:事先)?(?:通知|告知)|不(?:会)?(?:另行)?(?:通知|告知)您/.test(clause)) details.notice = 'you may not be told';
  return details;
}
