/** The reader's words for logs and metadata: what you searched and viewed, your device and IP, and who you talked to and when. */
import type { PracticeFamily } from './shape';

export const logCollection = {
  id: 'log-collection',
  label: { en: 'Logs and metadata', zh_CN: '日志与元数据' },
  practices: {
    'search-and-viewing-history': {
      protective: false,
      does: {
        en: 'What you searched for and looked at describes your interests, health, politics and habits, in your own words.',
        zh_CN: '您搜索和浏览过的内容，以您自己的话描述了您的兴趣、健康、政治观点和习惯。',
      },
    },
    'device-content': {
      protective: false,
      does: {
        en: 'Keystrokes, the list of your apps and the content of your messages reveal far more than the service needs to work.',
        zh_CN: '按键记录、您安装的应用列表和消息内容所透露的信息，远超服务运行所需。',
      },
    },
    'activity-logs': {
      protective: false,
      does: {
        en: 'A record of what you searched, read and clicked describes your interests, health, politics and habits.',
        zh_CN: '您搜索、阅读和点击的记录会暴露您的兴趣、健康、政治倾向和生活习惯。',
      },
    },
    'device-data': {
      protective: false,
      does: {
        en: 'IP address and device identifiers tie your activity to you and your device, across sessions and services.',
        zh_CN: 'IP 地址和设备标识符会把您的活动与您本人及设备关联起来，跨会话、跨服务。',
      },
    },
    'communication-metadata': {
      protective: false,
      does: {
        en: 'Who you talk to, when and for how long reveals your relationships even without the content of your messages.',
        zh_CN: '即使不看消息内容，您和谁、何时、聊了多久也会暴露您的人际关系。',
      },
    },
  },
} as const satisfies PracticeFamily;
