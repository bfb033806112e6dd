/** Contact details: your own name, email, phone number and postal address. */
import type { EnglishRule, RuleSpec } from '../types';
import { OPT_OUT_ONLY, withChinese } from './common';
import { anyOf, CONTACT_DETAILS, EMAIL_ADDRESS, pattern, PHONE_NUMBER, POSTAL_ADDRESS } from './vocabulary';

const english: EnglishRule[] = [
  {
    id: 'contact-details',
    tags: ['contact'],
    severity: 'low',
    heldWhenHandingOnDenied: true,
    match: [
      pattern`\b${anyOf(EMAIL_ADDRESS, PHONE_NUMBER, POSTAL_ADDRESS, CONTACT_DETAILS)}\b`,
      /\b(?:first|last|full|user|your|real|child's) names?\b[^.]{0,40}\b(?:e-?mail|phone|address)/i,
    ],
    also: [/\b(?:collect|provid|giv|submit|enter|ask|request|requir|obtain|receiv|includ|such as|us(?:e|ing) your|register|sign(?:ing)? up|creat|we (?:may )?(?:have|store|keep)|share|disclos|sell|rent|pass(?:es|ed)? (?:on )?(?:your|their|the|these|such|this)|need|sen[dt] (?:us |them )?(?:your|their)|process(?:es|ed|ing)? (?:your|their|the)|(?:is|are) (?:passed|forwarded|sent|given|handed|shown|visible|made available|disclosed|shared)\b|\bgo(?:es)? to (?:the|our|your|a)\b|(?:on|linked to|associated with) your (?:account|profile)|on file|verif(?:y|ies|ied|ying) your identity|^\W*[\w' -]{1,40}:\s*used (?:only )?(?:for|to)\b)/i],
    // Someone else's address (a friend you send a card to) is not your own contact details.
    unless: [/\bcontact us (?:at|by|via)\b(?![^.]{0,200}\b(?:your|you provide|you give)\b)/i, OPT_OUT_ONLY, /\b(?:friend|recipient|contact|colleague|guest)(?:['’]s|s['’]) (?:e-?mail|phone|mobile|postal|home|mailing)\b/i],
    examples: {
      flag: [
        'We verify your identity with a passport scan and your home address.',
        'Work phone number: used only for rota reminders.',
        'When you register we collect your name, email address and phone number.',
        'We ask for your postal address to ship your order.',
        // Denying the sale of an address says the service has it; denying that it asks for one says it has none.
        { text: 'Your mobile number will never be shared with or sold to marketers.', also: ['third-party-sharing'] },
        { text: 'We never ask for your phone number.', polarity: 'does-not' },
        // The one the service holds, used to reach you: "…to the email address on your account".
        'Receipts go to the email address linked to your account.',
        'We process your mobile number and delivery address to fulfil your order.',
        'Your street address goes to the driver who brings your groceries.',
        { text: 'We send your name and home address to the courier.', also: ['third-party-sharing'] },
      ],
      ignore: ['Contact us at privacy@example.com with questions.', "We use your colleague's email address only to send the invitation you asked for."],
    },
  },
];

export const contactRules: RuleSpec[] = withChinese(english, [
  {
    of: 'contact-details',
    match: [/手机号(?:码)?|电话号码|本机号码|联系电话|电子邮(?:件|箱)(?:地址)?|邮箱(?:地址)?|姓名|(?:收货|收件|寄件|送货|邮寄|通信|通讯|联系)(?:人)?(?:的)?地址|联系方式/],
    also: [/收集|提供|填写|注册|获取|绑定|验证|使用|发送|预留|更正|修改|变更|(?:通过|以)(?:短信|电话|电子邮件|邮件)[^。；]{0,10}向您/],
    // Your contacts' numbers are your address book, not your own contact details.
    unless: [/(?:联系|咨询)我们[^。]{0,20}(?:邮箱|电话|地址)(?![^。]{0,100}您)/, /(?:邮箱|电话|热线|地址)[^。；，]{0,6}(?:与|和|同)我们联系/, /(?:通讯录|联系人|好友)(?:中|里)?的?(?:手机号|电话|姓名|联系方式)/],
    examples: {
      flag: [
        '注册账号时，您需要提供手机号码并设置密码。',
        '我们会向您绑定的电子邮箱发送账单。',
        { text: '我们会使用您的手机号码向您发送优惠短信。', also: ['targeted-ads-zh'] },
        '您下单时填写的收件人地址会用于安排配送。',
        '使用一键登录时，我们会获取您的本机号码。',
        '配送员会拨打您下单时填写的联系电话。',
        '您可以在账户设置里修改预留的通讯地址。',
        '我们会通过短信和电子邮件向您介绍新的服务。',
      ],
      ignore: [
        '如有疑问，您可以通过以下邮箱联系我们：privacy@example.com。',
        '有任何意见，欢迎写信到官网列出的邮箱和我们联系。',
        { text: '我们会读取通讯录中的手机号码，帮您找到已注册的好友。', also: ['address-book-zh'] },
      ],
    },
  },
]);
