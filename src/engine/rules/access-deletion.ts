/** Access and deletion: seeing, correcting, exporting and deleting your data. A good sign. */
import type { EnglishRule, RuleSpec } from '../types';
import { withChinese } from './common';
import { EMAIL_ADDRESS, PHONE_NUMBER, POSTAL_ADDRESS } from './vocabulary';

const EDIT = String.raw`(?:access|review|view|see|correct|update|edit|amend|change|modify|rectify|delete|remove|erase|export|download|obtain (?:a copy of|access to)|deactivate|close|cancel|terminate|de-?register)`;
const EDIT_PAST = String.raw`accessed|reviewed|corrected|updated|edited|amended|changed|modified|rectified|deleted|removed|erased|exported`;
// Within the same sentence; a dot inside "nytimes.com" does not end it.
const NEAR = String.raw`(?:[^.;]|\.(?=\S)){0,80}`;
// Your data, not your settings: changing preferences is a choice, not access or deletion.
// Your own contact details are data of yours to see and correct too ("update your email address in settings").
const YOUR_DATA = String.raw`(?:information|data|details|account|profile|records?|content|registration|inaccuracies|postings?|resume|${EMAIL_ADDRESS}|${PHONE_NUMBER}|${POSTAL_ADDRESS}|(?:uploaded |synced )?(?:contacts|photos|messages|posts|recordings|files|uploads|history))(?![ -](?:preferences|settings?|options|management|section|page|menu)\b)`;
// Asking the service to act on your data: "ask us for a copy", "email us to have it corrected".
const ASK = String.raw`\b(?:ask|tell|instruct|email|e-mail|write to|contact|request (?=us))(?:s|ing)? (?:us |our (?:support |privacy )?(?:team|office|officer) )?(?:for (?:a copy|an export|access)\b|to (?:\w+ )?(?:see|access|correct|rectify|update|delete|erase|remove|export|close|deactivate)\b|to disclose (?:to you )?(?:the )?(?:categories|specific pieces|what|which)\b)`;
// The machinery of a rights request ("a request" alone is too often a mailing-list or Shine the Light one): submitting it, verifying it, answering it, appealing it, an agent making it.
const RIGHTS_REQUEST = String.raw`\b(?:submit|send|make|file)(?:s|ting|ing)? (?:us )?(?:a|your) (?:deletion|access|correction|data subject|data access) request\b|\bauthori[sz]ed agent\b|\bappeal (?:our|the|a|this|that) (?:decision|refusal|denial|response)|\b(?:verify|verifiable|verified) (?:consumer |privacy )?requests?\b|\b(?:respond|reply) to (?:\w+ ){0,2}requests? (?:within|in)\b|\bexercise (?:any of )?(?:your|these|those|their|such|the) (?:privacy |data protection |individual )?rights\b|\b(?:data )?subject access requests?\b|\bdata subject requests?\b|\brequests? (?:will be|are|is) (?:answered|handled|processed|responded to) within\b`;
// Deleting your account that deletes what it held: "when you delete your account, we erase your data".
const ACCOUNT_GONE = String.raw`\b(?:delet(?:e|es|ing)|clos(?:e|es|ing)|cancel(?:s|l?ing)?|deactivat(?:e|es|ing)) your (?:\w+ )?(?:account|profile)\b[^.;]{0,60}\b(?:we (?:will |then )?(?:delete|erase|remove|purge|anonymi[sz]e)|deletes|erases|removes|purges)\b|\b(?:want|wish|would like|'d like) (?:us to (?:delete|erase|remove|close) (?:your|the)|your (?:account|data|information|profile) (?:to be )?(?:deleted|removed|erased|closed))\b|\b(?:and|or|then) (?:delete|close|cancel|deactivate) your (?:\w+ )?account\b|\bto have (?:\w+ ){0,4}(?:data|information|account|profile|details)(?: \w+){0,3} (?:deleted|erased|removed|corrected|exported)\b|\buntil you delete (?:it|them|your)\b|\bwe (?:will|'ll) (?:delete|erase|remove) your (?:\w+ )?(?:profile|account|data|information)\b`;

const english: EnglishRule[] = [
  {
    id: 'access-deletion',
    tags: ['access-deletion'],
    severity: 'info',
    match: [
      new RegExp(String.raw`\b(?:you|users?|members?|individuals?|residents?|parents?|visitors?|customers?|students|patients|employees|players|subscribers|consumers|applicants|candidates|(?:the )?account (?:owner|holder)s?)\b(?: \w+){0,2} (?:can|may|could|have (?:the )?(?:right|ability|option)s? to|are (?:able|entitled) to|(?:would|wish|want|like|'d like) to|wishes to|decide to)(?: \w+){0,4} ${EDIT}\b${NEAR}\b${YOUR_DATA}`, 'i'),
      new RegExp(String.raw`(?:^|(?<!\buse )\b(?:to|please|simply|you can|you may|make changes to|so (?:that )?we (?:can|may)|ability to)\s+)${EDIT}\b(?: (?:and|or|\w+,)){0,3}(?: \w+)? (?:your|their|the child's|his or her)\b${NEAR}\b${YOUR_DATA}`, 'i'),
      new RegExp(String.raw`\b(?:information|data|accounts?|profiles?|details|address)\b[^.]{0,60}\b(?:can|may) be (?:${EDIT_PAST})\b|\b(?:${EDIT_PAST}) from our (?:database|records|files|systems?)|\bcopy of (?:your|their) (?:personal )?(?:information|data)`, 'i'),
      new RegExp(String.raw`\bwe (?:will|can|may)\s+${EDIT}\b${NEAR}\b(?:on|upon|at) (?:your )?request`, 'i'),
      new RegExp(`${ASK}|${RIGHTS_REQUEST}|${ACCOUNT_GONE}`, 'i'),
      // Your data handed back to you: "download any transcript as a PDF", "we'll send you a ZIP file of your readings",
      // "view and edit everything the assistant remembers about you".
      /\b(?:download|export)(?:s|ing)? (?:a copy of (?:your |all )?|an archive of (?:your |all )?|all (?:of )?(?:your )?|any |every |each |your )(?:[\w-]+ ){0,2}?(?:data|information|transcripts?|recordings?|history|messages?|chats?|conversations?|photos?|files?|measurements?|readings?|posts?|notes?|memor(?:y|ies)|archive)\b(?! (?:from|of) (?:other|third)\b)|\bsend you (?:a |an )?(?:zip |compressed |machine-readable )?(?:file|copy|archive|export|download link)\b[^.;]{0,20}\b(?:of|with|containing) (?:all |everything )?(?:of )?(?:your|the data|the information)\b|\b(?:view|see|review|edit|delete|correct)\b(?: (?:and|or) (?:view|see|review|edit|delete|correct))? (?:everything|anything|what|all (?:that|of what)) (?:\w+ ){0,2}(?:remembers|knows|has (?:stored|saved|learned)|stores|keeps|holds) (?:about|of|on) you\b|\b(?:tell|ask) (?:\w+ ){0,2}to forget\b/i,
      /\brequest(?:ing|s)? (?:\w+ ){0,2}(?:access to|a copy of|deletion|correction|removal|amendment|erasure|rectification|a list of|that (?:we (?:delete|remove|correct|update)|your (?:account|information|data) be))|\bright (?:to|of) (?:access|rectification|erasure|deletion|be forgotten|data portability|correct|know|request)|\bdata portability\b|\bupon (?:your )?request,? (?:we )?(?:will )?(?:delete|remove|correct|provide)/i,
    ],
    // "We need to access your contacts" is the service reading them, not your right to see them.
    unless: [/\bunauthori[sz]ed (?:access|use)/i, /\b(?:we|the app|the service|this feature|it) (?:\w+ )?(?:need|needs|want|wants|ha(?:s|ve)|will|may) (?:\w+ )?to access (?:your|the)\b/i, /\b(?:courts?|authorities|third parties|(?:service )?providers|contractors|the public|others|recipients)\b[^.]{0,60}\b(?:access|accessed)\b|\baccess(?:ed)? (?:to [^.]{0,40})?by (?:these|the|our|third|other|service|outside)\b/i, /(?<!\b(?:correct|delet|updat|access|rectif|eras)\w*\b[^.]{0,200})\bopt(?:ing)?[- ]?out of (?:receiving|future|commercial|promotional|marketing)(?![^.]{0,200}\b(?:correct|delete|update|access)\b)/i, /(?<!\b(?:correct|delet|updat|access|rectif|eras)\w*\b[^.]{0,200})\bto (?:stop|unsubscribe|opt out|no longer)\b(?![^.]{0,200}\b(?:correct|delete|update|access)\b)/i,
      // Other members seeing your profile is your data shown to them, not your access to it.
      /\b(?:other|fellow) (?:members|users|players|customers|people|riders|drivers|students)\b[^.]{0,20}\b(?:can|may|will|are able to) (?:see|view)\b/i,
      // Clearing cookies, or what a browser add-on stores, is a choice about tracking, not your data held by us.
      /^(?![^]*\byour (?:account|profile|personal (?:information|data)|information we hold)\b)[^]*\b(?:delete|remove|clear|disable)\b[^.]{0,60}\b(?:cookies?|local shared objects|browser add-ons?|browser history|cache)\b/i,
      // Someone else let in ("apps you authorise to access your content") is not your access.
      /\b(?:allow|authori[sz]e|permit|let|grant)(?:s|ed|ing)? (?:\w+ ){0,3}?(?:third[- ]part(?:y|ies)|them|apps?|applications|services?|websites?|sites|partners|developers|others|someone|anyone)\b[^.]{0,30}?\bto access\b|\b(?:third[- ]part(?:y|ies)|apps?|applications|services?|partners|developers)\b (?:that |which |whom )?you (?:authori[sz]e|allow|permit|let|connect)\b/i],
    examples: {
      flag: [
        'You can access, correct or delete your personal information from your account settings.',
        'California residents have the right to request deletion of their data.',
        'Write to our privacy office to see the records we keep about you or to have them corrected.',
        'You can email us for a copy of everything linked to your account.',
        'You may ask us to disclose which pieces of personal information we hold about you.',
        'We aim to answer every verified request within one month.',
        'If we turn down your request, you can appeal the decision by replying to our email.',
        'Someone you authorise can make the request for you as your authorized agent.',
        { text: 'Closing your profile erases your photos and messages from our servers within a week.', also: ['retention-period'] },
        'If you would like us to delete your data, contact support.',
        { text: 'You can remove synced contacts from your account at any time.', also: ['address-book'] },
        'Download every note you have written as a single text file from the web app.',
        'We will send you a machine-readable file of all your heart-rate readings.',
        'You can see and edit everything the assistant remembers about you, or tell it to forget a detail.',
        { text: 'You may ask for a copy or the erasure of your data, and to opt out of targeted ads by using the link below.', also: ['opt-out', 'targeted-ads'] },
      ],
      ignore: [
        { text: 'Other members can view your profile photos and your bio.', also: ['third-party-sharing'] },
        // Changing settings is a choice (opt-out), not access to or deletion of your data.
        { text: 'Members can change their account preferences from the account management page.', also: ['opt-out'] },
        { text: 'To suggest people you may know, the app needs to access your contacts.', also: ['address-book'] },
        'If you allow a fitness app to access your workout history, its own policy applies to what it reads.',
        { text: 'You can also clear the data that plug-ins keep, such as Flash cookies, in the plug-in\'s own settings.', also: ['tracking-technologies'] },
        { text: 'We protect your data against unauthorized access.', also: ['weak-security-claim'] },
        { text: 'We may update this policy from time to time.', also: ['policy-change-silent'] },
        'You can download our app from the app store.',
        'Visitors who download information from our library pages are counted.',
        { text: 'Access to your personal information by these service providers is limited to what they need.', also: ['third-party-sharing'] },
        { text: 'You can change your cookie preferences in your browser.', also: ['opt-out', 'tracking-technologies'] },
        { text: 'If you close your account, we keep your invoices for seven years.', also: ['retention-period'] },
        { text: 'Email us to stop receiving newsletters.', also: ['direct-marketing', 'opt-out'] },
      ],
    },
  },
];

export const accessDeletionRules: RuleSpec[] = withChinese(english, [
  {
    of: 'access-deletion',
    // Your rights to see, correct, export and delete, and deletion when you close the account.
    match: [/(?:访问|查阅|查询|查看|更正|修改|补充|删除|清除|清空|复制|导出|下载|编辑)(?:和|、|或|及)?[^。；]{0,12}(?:个人信息|账号信息|账户信息|信息|数据|资料|记录|副本|词库|历史|内容|视频|评论|账单|保单)|注销(?:您的)?[^。；]{0,4}(?:账号|账户|帐号)|(?:获取|需要|索取|请求)[^。；]{0,20}副本|解绑|(?:作出|提交|申请)更正|(?:迁移|转移|转出)(?:到|至)其他|删除权|更正权|查阅权|可携带权|(?:请求|申请|反馈)[^。；]{0,16}(?:\d+|十五|三十)个?(?:工作日|天|日)内|无端重复/],
    // Who may act, or the service answering a request.
    also: [/(?:都|也|均)可以(?:在[^。；]{0,12})?(?:查看|查询|下载|导出|删除|更正|提交|提出)|(?:您|用户|监护人|车主|家长)[^。]{0,8}(?:可以|可通过|可在|可登录|有权|能够|申请|请求|提出|一键|需要)|(?:注销|删除|关闭|解绑)[^。；]{0,12}(?:后|时)[^。；]{0,20}(?:删除|匿名化|清除|无法)|我们将在收到|(?:请求|申请)[^。；]{0,10}(?:拒绝|予以)/],
    examples: {
      flag: [
        '家长可以清空孩子的练习记录。',
        '我们将在收到您的申请后十五个工作日内答复。',
        '您可以在设置中解绑手表，解绑后手表上的数据会被清除。',
        '您有权访问、更正和删除您的个人信息。',
        '您可以在设置中注销您的账号。',
        '您可以申请获取一份您的个人信息副本。',
        '办理过的业务都可以在“我的”页面查看和下载办理记录。',
        '资料有误的，您可以提交更正，我们核实后会修改。',
        '您可以在“我的-设置”中一键清除全部浏览记录。',
        { text: '账号注销后，我们会删除您的全部资料。', also: ['retention-period-zh'] },
      ],
      ignore: ['我们会收集您的个人信息。', '在您办理需要核验身份的业务时，我们会获取您的证件信息。'],
    },
  },
]);
