/** The popup's own words in English and Chinese, chosen from the browser's language. */
import { FAMILY_LABELS } from '../report/families';
import { REASONS_ZH } from './reasons-zh';

const en = {
  loading: 'Loading…',
  reading: 'Reading the policy…',
  tooLong: 'The scan took too long. Reload the page and try again.',
  tryAgain: 'Try again',
  notPolicyTitle: 'Not a privacy policy?',
  notPolicyText: 'Fineprint reads policy pages by itself. On any other page it does nothing until you ask.',
  scanPage: 'Scan this page',
  allSites: 'Detect policies on every site',
  allSitesHint: ' Asks your browser for access to all sites; the text still never leaves your device.',
  grade: 'Grade',
  score: 'score',
  analysedFirst: (a: string, t: string) => `Analysed the first ${a} of ${t} words.`,
  keptFirst: (k: string, o: string) => `Kept the first ${k} findings; ${o} more were left out.`,
  changes: 'Changed since your last visit',
  added: 'New:',
  removed: 'Gone:',
  noFindings: 'No clauses of concern were found on this page.',
  byFamily: 'Risks by category',
  topRisks: 'Top risks',
  moreInExports: (n: number) => `${n} more in the exports.`,
  goodSigns: 'Good signs',
  exportJson: 'Export JSON',
  exportCsv: 'Export CSV',
  exportMd: 'Export Markdown',
  copy: 'Copy',
  copied: 'Copied',
  hide: 'Hide highlights',
  show: 'Show highlights',
  exportsLabel: 'Export and view',
  showOnPage: 'Show on page.',
  goodSign: 'good sign',
  doesNot: 'does not',
  severity: { high: 'high', medium: 'medium', low: 'low', info: 'info' } as Record<string, string>,
  clausesWorst: (n: number, worst: string) => `${n} clauses, worst ${worst}`,
  settings: 'Settings',
  autoScan: 'Scan policy pages automatically',
  history: 'Remember policies to show what changed',
  clearHistory: 'Clear history',
  historyCleared: 'History cleared',
  showLevel: 'Show',
  levels: { info: 'everything', low: 'low and above', medium: 'medium and above', high: 'high only' } as Record<string, string>,
  familiesShown: 'Families shown',
  families: FAMILY_LABELS,
};

export type Messages = typeof en;

const zh: Messages = {
  loading: '加载中…',
  reading: '正在阅读政策…',
  tooLong: '扫描时间过长。请刷新页面后重试。',
  tryAgain: '重试',
  notPolicyTitle: '这不是隐私政策？',
  notPolicyText: 'Fineprint 会自动阅读隐私政策页面。在其他页面上，除非您要求，它不会做任何事。',
  scanPage: '扫描此页面',
  allSites: '在所有网站上检测隐私政策',
  allSitesHint: ' 将请求访问所有网站的权限；文本仍然不会离开您的设备。',
  grade: '等级',
  score: '得分',
  analysedFirst: (a, t) => `已分析前 ${a} 个词（共 ${t} 个）。`,
  keptFirst: (k, o) => `保留了前 ${k} 条结果；另有 ${o} 条未列出。`,
  changes: '自您上次访问以来的变化',
  added: '新增：',
  removed: '删除：',
  noFindings: '此页面上没有发现值得关注的条款。',
  byFamily: '按类别的风险',
  topRisks: '主要风险',
  moreInExports: (n) => `导出文件中还有 ${n} 条。`,
  goodSigns: '积极信号',
  exportJson: '导出 JSON',
  exportCsv: '导出 CSV',
  exportMd: '导出 Markdown',
  copy: '复制',
  copied: '已复制',
  hide: '隐藏高亮',
  show: '显示高亮',
  exportsLabel: '导出与查看',
  showOnPage: '在页面上显示。',
  goodSign: '积极',
  doesNot: '承诺不做',
  severity: { high: '高', medium: '中', low: '低', info: '提示' },
  clausesWorst: (n, worst) => `${n} 条，最高 ${worst}`,
  settings: '设置',
  autoScan: '自动扫描隐私政策页面',
  history: '记住政策以显示变化',
  clearHistory: '清除历史记录',
  historyCleared: '历史记录已清除',
  showLevel: '显示',
  levels: { info: '全部', low: '低及以上', medium: '中及以上', high: '仅高' },
  familiesShown: '显示的类别',
  families: {
    retention: '数据保存', 'legal-disclosure': '向政府机关披露', 'log-collection': '日志与元数据', sharing: '与第三方共享',
    sale: '出售数据', ads: '广告与营销', location: '位置信息', tracking: '追踪技术', contact: '您的联系方式',
    'address-book': '您的通讯录', 'cross-border': '跨境传输', 'forced-consent': '强制同意', 'policy-change': '政策变更',
    'user-choice': '您的选择', 'access-deletion': '访问与删除', security: '安全声明',
  },
};

let current: Messages = en;

/** The report's one-sentence summary in the popup's language (the report itself carries the English one). */
export function summaryIn(report: { summary: string; findings: { family: string; severity: string; points: number }[] }): string {
  if (current === en) return report.summary;
  const risks = report.findings.filter((f) => f.points < 0);
  const good = report.findings.filter((f) => f.points > 0).length;
  if (!risks.length) return good ? '没有值得关注的条款，只有积极信号。' : '没有发现值得关注的条款。';
  const high = [...new Set(risks.filter((f) => f.severity === 'high').map((f) => familyName(f.family)))];
  const worst = high.length ? `高风险：${high.join('、')}。` : `${risks.length} 条值得关注的条款，均非高风险。`;
  return `${worst}${good ? `积极信号 ${good} 条。` : ''}`;
}

/** 'zh', 'zh-CN', 'zh-TW' … → Chinese; everything else English. */
export function setLocale(language: string | undefined): void {
  current = language?.toLowerCase().startsWith('zh') ? zh : en;
}

export function language(): 'en' | 'zh' {
  return current === zh ? 'zh' : 'en';
}

export function t(): Messages {
  return current;
}

/** Why a finding matters, in the popup's language (the report carries the English reason). */
export function reasonIn(f: { rule: string; polarity: string; explanation: string }): string {
  if (current === en) return f.explanation;
  const r = REASONS_ZH[f.rule.replace(/-zh$/, '')];
  const text = f.polarity === 'does-not' ? r?.doesNot : r?.does;
  return text ?? f.explanation;
}

export function familyName(family: string): string {
  return current.families[family] ?? family;
}
