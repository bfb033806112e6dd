/** The scorecard's words in English and Chinese: headings, answers and every question, keyed by question id. */
import type { Answer } from '../report/answers';

export interface ScorecardWords {
  heading: string;
  how: string;
  answers: Record<Answer, string>;
  points: (points: number, outOf: number) => string;
  showOnPage: string;
  more: (n: number) => string;
  otherSigns: string;
  /** Questions by id; a question missing here is shown in the report's own (English) words. */
  questions: Record<string, string>;
}

const en: ScorecardWords = {
  heading: 'Scorecard',
  how: 'The score is the sum of these points.',
  answers: { yes: 'Yes', no: 'No', partly: 'Partly', 'not-stated': 'Not stated' },
  points: (p, o) => `${p} of ${o} points`,
  showOnPage: 'Show on page.',
  more: (n) => `${n} more in the exports.`,
  otherSigns: 'Your choices, access and security',
  questions: {},
};

const zh: ScorecardWords = {
  heading: '评分卡',
  how: '得分是以下各项分数之和。',
  answers: { yes: '是', no: '否', partly: '部分', 'not-stated': '未说明' },
  points: (p, o) => `${p} / ${o} 分`,
  showOnPage: '在页面上显示。',
  more: (n) => `导出文件中还有 ${n} 条。`,
  otherSigns: '您的选择、访问权与安全',
  questions: {
    'sells-data': '是否出售或交易您的数据？',
    advertising: '您的数据是否用于广告，或与广告商共享？',
    'shares-data': '除为其运营服务的公司外，您的数据是否与其他公司共享？',
    authorities: '政府机关是否无需法院命令或其他法律程序、仅凭要求即可获取您的数据？',
    'keeps-data': '是否限定了您的数据的保存期限？',
    'deleted-data-lives-on': '您删除数据后，数据是否仍然存在（备份、日志或已注销的账号中）？',
    'activity-logged': '是否记录您的搜索、浏览记录或通讯（与谁、何时、多久）？',
    'tracks-across-sites': '您是否在其他网站和应用中被追踪？',
    'precise-location': '是否收集您的精确位置？',
    'address-book': '是否上传您的通讯录？',
    'transfers-abroad': '您的数据是否被传输到其他国家？',
    'forced-consent': '您的同意是否被强制，或因继续使用服务而被视为同意？',
    'told-of-changes': '政策变更生效前是否会通知您？',
    'your-rights': '您能否访问、删除和导出您的数据？',
    'end-to-end': '您的内容是否端到端加密，连服务方也无法读取？',
  },
};

export function scorecardWords(language: 'en' | 'zh'): ScorecardWords {
  return language === 'zh' ? zh : en;
}
