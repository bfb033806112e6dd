/** Security: what the policy promises about protecting your data, and how much it really says. */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';

// Audits and certifications are claims about security that need no mention of "data" to be one.
const CERTIFIED = String.raw`\b(?:soc ?[12]\b(?: type (?:1|2|i|ii)\b)?|iso(?:/iec)? ?2700[12]|pci[- ]dss|pci (?:compliant|certified)|penetration test(?:s|ing)?|pen[- ]tests?|(?:independent|third[- ]party|external) (?:security )?(?:audits?|auditors|assessments?)|(?:independently|externally) (?:audited|assessed|tested|reviewed)|forward secrecy|(?:hashed|salted|pseudonymi[sz]ed) before (?:they|it) (?:leaves?|are sent|is sent|reach)|security (?:audits?|assessments?|certifications?|testing|reviews? of)|bug bounty|vulnerability (?:scans?|scanning|disclosure program))`;
// Who inside the service may see your data: access limited to staff who need it, and logged.
const ACCESS_LIMITED = String.raw`\baccess (?:to (?:your |personal |such |this |customer |user )?(?:information|data|content|records)\b )?(?:is |will be )?(?:strictly )?(?:restricted|limited) to\b|\b(?:restrict|limit)(?:s|ed)? (?:\w+ ){0,3}access (?:to (?:\w+ ){0,3}(?:information|data|content|records)\b )?(?:to|by)\b|\bneed[- ]to[- ]know\b|\bonly (?:\w+ ){0,3}(?:employees|staff|personnel|engineers|team members|administrators)\b[^.]{0,40}\b(?:can|may|have|are (?:allowed|permitted) to) access\b|\b(?:staff|employee|administrator|internal) access (?:is|to [^.]{0,40}is) (?:logged|audited|monitored|reviewed)`;

// Safeguards named by what they do: card numbers replaced by tokens, updates that fix flaws, scans for malware, a
// second factor at sign-in, a card number never kept whole. They need no mention of "data" to be one.
const NAMED_SAFEGUARDS = String.raw`\btokeni[sz](?:e|es|ed|ation)\b|\bsecurity (?:updates|patches|fixes)\b|\b(?:scan|scans|scanned|scanning|check|checks|checked) (?:\w+ ){0,4}for (?:malware|viruses|vulnerabilities)\b|\b(?:two|2|multi)[- ](?:factor|step) (?:authentication|verification)\b|\bnever (?:see|sees|store|stores|hold|holds|keep|keeps) (?:your |the )?(?:full|complete) (?:card|credit card|payment card) (?:number|details)\b`;

const english: EnglishRule[] = [
  {
    id: 'end-to-end-encryption',
    // Precise enough to stand without the fitted layer: the grade's questions rest on it.
    alone: true,
    tags: ['security'],
    severity: 'info',
    // Either order ("encrypted end to end"), and encryption whose key only you hold.
    match: [/\bend[- ]to[- ]end encrypt|\bencrypt(?:s|ed|ion)?\b(?: \w+){0,3} end[- ]to[- ]end\b|\bencrypt(?:s|ed)?\b[^.]{0,80}\bwith (?:a |the |your )?(?:keys?|password|passphrase) (?:that )?only you (?:know|have|hold|control)\b/i],
    reportNegated: true,
    examples: {
      flag: [
        'Your messages are protected with end-to-end encryption.',
        'Calls are encrypted end to end.',
        { text: 'Notes are encrypted on your phone with a passphrase only you know before they are synced.', also: ['transit-encryption-only'] },
        { text: 'Backups are not end-to-end encrypted.', polarity: 'does-not' },
      ],
      ignore: [
        { text: 'We encrypt data in transit using TLS.', also: ['transit-encryption-only'] },
        { text: 'Files are encrypted with keys that we manage.', also: ['transit-encryption-only'] },
      ],
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
    examples: {
      flag: [
        'Data is encrypted in transit between our servers and your device.',
        'We use SSL technology to protect your credit card number.',
      ],
      ignore: [
        { text: 'Your messages are end-to-end encrypted.', also: ['end-to-end-encryption'] },
      ],
    },
  },
  {
    id: 'weak-security-claim',
    tags: ['security'],
    severity: 'low',
    match: [
      /\b(?:secur(?:e|ed|ely)|safeguards?|protect(?:s|ed|ion)? (?:\w+ ){0,4}(?:from|against)|unauthori[sz]ed (?:access|use|disclosure)|firewalls?|password[- ]protected|confidentiality)\b/i,
      // "Security" in a title ("Site Security", "Consent and Security" run into the text after it) or an address
      // (".../security") names a section, not a safeguard.
      /\b(?=[sS])(?<!\b[A-Z][a-z]+ (?:and |& |of )?|\/)(?:security|SECURITY|Security(?! [A-Z][a-z]))\b/,
      // "Measures to protect your information", "technical and organisational measures".
      /\b(?:measures|steps|precautions|controls|procedures) (?:\w+ ){0,2}(?:to|that) (?:help )?(?:protect|safeguard|secure)\b|\b(?:technical|organi[sz]ational|administrative|physical)(?:,? (?:and |or )?(?:technical|organi[sz]ational|administrative|physical))* (?:security )?(?:measures|safeguards|controls)\b/i,
      new RegExp(`${CERTIFIED}|${ACCESS_LIMITED}`, 'i'),
      new RegExp(NAMED_SAFEGUARDS, 'i'),
    ],
    also: [new RegExp(String.raw`\b(?:information|data|account|password|credit card|personal|records|safeguards|procedures|measures|firewalls?|content)\b|${CERTIFIED}|${NAMED_SAFEGUARDS}`, 'i')],
    // Your own part ("it is important that you protect your password", "tips to secure your computer") is advice, not
    // a safeguard the service takes.
    unless: [/\b(?:(?:it is|it's) (?:important|essential|vital|your responsibility) (?:for you |that you )|you (?:are|remain) responsible for|you (?:should|must) (?:\w+ )?(?:protect|keep|safeguard|maintain|secure|guard)|(?:tips|advice|help you) (?:\w+ ){0,4}(?:guard|protect|secure))/i, /\bencrypt|\bssl\b|\btls\b|\bsocial security\b|\b(?:national|public|homeland) security/i, /\bsecurity (?:purposes|reasons|notices?|settings|policies of|and monitoring)\b(?![^.]{0,200}\b(?:measures|safeguards)\b)/i, /\bprotect (?:against|from) (?:\w+ )?(?:misuse|fraud)[^.]{0,20}\b(?:of|on) (?:the|our)\b/i],
    examples: {
      flag: [
        'We take reasonable measures to protect your information, but no method is 100% secure.',
        'We maintain physical, electronic and procedural safeguards.',
        'We apply technical and organisational measures to protect personal data against loss.',
        'Our infrastructure is audited every year against ISO 27001, and we run regular penetration tests.',
        'Independent auditors review our controls each year for our SOC 2 report.',
        'The app is externally tested twice a year.',
        { text: 'Phone numbers are salted and hashed before they are sent for matching.', also: ['contact-details'] },
        'Only the support staff who need it to answer your ticket can access your account data.',
        'Access to customer records is restricted to employees on a need-to-know basis.',
        'Saved cards are tokenised by our payment processor.',
        'Every router model gets security patches for six years.',
        'Sign-in asks for a one-time code as well as your password (two-factor authentication).',
        'Uploaded attachments are scanned automatically for malware.',
      ],
      ignore: [
        'You are responsible for keeping your password secret and your devices secure.',
        { text: 'We may disclose data to protect national security.', also: ['data-disclosure', 'legal-disclosure'] },
        'Our auditors review our financial statements each year.',
        'We take steps to make the app easier to use.',
        { text: 'Cookies and Security Whether you accept cookies is up to you, and you can change your mind in your browser.', also: ['tracking-technologies', 'opt-out'] },
      ],
    },
  },
];

export const securityRules: RuleSpec[] = withChinese(english, [
  {
    of: 'end-to-end-encryption',
    match: [/端到端加密/],
    examples: {
      flag: ['您的消息采用端到端加密。'],
      ignore: [{ text: '我们在传输过程中使用SSL加密。', also: ['weak-security-claim-zh'] }],
    },
  },
  {
    of: 'weak-security-claim',
    // Measures, and data used to keep accounts and the service safe (risk control, fraud and cheat detection).
    match: [/加密|安全(?:措施|防护|技术|保护|保障|验证|认证|审计|检测|评估|管理|事件|风险|漏洞)|SSL|TLS|HTTPS|访问控制|权限控制|(?:百分之百|100%|绝对)(?:的)?安全|(?:保障|保护|维护|确保|提升|加强)[^。；，]{0,10}(?:账号|账户|帐号|服务|交易|支付|系统|网络|数据|信息|运行|平台|设备|资金)(?:的)?安全|风险控制|风控|反(?:作弊|欺诈|外挂|垃圾|诈骗)|防(?:范|止)?(?:欺诈|作弊|外挂|盗号|诈骗)|身份(?:验证|核验|认证)|安全(?:提醒|培训)|保密协议|二次验证|(?:多|双)因素|(?:完全|绝对)(?:的)?安全|手势密码|指纹锁|(?:数据|信息)泄露|组织措施|最小授权|(?:严格|最小)(?:的)?(?:访问)?权限(?:管理|控制)?|(?:数据|信息|隐私)(?:安全)?保护措施|(?:记录|日志|访问|操作)审计|(?:识别|检测|防范)[^。；，]{0,6}(?:违法|违规|恶意|异常|风险)/i],
    // The assessment the law requires before data leaves the country is a step of the transfer, not a safeguard.
    unless: [/端到端/, /国家安全|公共安全|国防安全/, /(?:境外|出境|跨境)[^。]{0,30}安全评估|安全评估[^。]{0,12}(?:境外|出境|跨境)/],
    examples: {
      flag: [
        '我们使用SSL加密技术保护您的数据在传输过程中的安全。',
        '互联网环境并非百分之百安全，我们将尽力确保您的信息安全。',
        '为防止盗号，我们会在您从新设备登录时进行身份验证。',
        '我们会分析登录环境是否异常，用于风险控制。',
        '我们部署了访问控制和安全审计机制。',
        '接触用户数据的员工都签署了保密协议。',
        '您可以为钱包设置指纹锁，防止他人打开。',
        '发现异地登录时，我们会要求进行二次验证。',
        '只有经过授权的客服人员才能查看工单附件，我们为此设置了最小访问权限。',
        '我们要求合作方采取不低于本政策的数据保护措施。',
        '所有对数据库的查询都会留有操作审计。',
      ],
      ignore: [
        { text: '您的消息采用端到端加密。', also: ['end-to-end-encryption-zh'] },
        { text: '为维护国家安全，我们会配合有关部门的工作。', also: ['legal-disclosure-zh'] },
      ],
    },
  },
]);
