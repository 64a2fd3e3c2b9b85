// Colours and words of the wall. The four region colours must stay apart from across a room and on a dark
// background, so they are saturated and differ in lightness as well as hue; "no data" is a neutral grey
// (DOMAIN: a region with no monitored enterprise is not green).

export const FILL = {
  red: '#e8333a',
  orange: '#ff8a1c',
  yellow: '#f4d21f',
  green: '#22a85a',
  no_data: '#4a5568',
};

export const COLOUR_NAME = { red: '红色', orange: '橙色', yellow: '黄色', green: '绿色', no_data: '无数据' };

/** Order of severity, for the ranking: red first, no data last. */
export const SEVERITY = { red: 4, orange: 3, yellow: 2, green: 1, no_data: 0 };

export const fillOf = (colour) => FILL[colour] ?? FILL.no_data;

export const RULE_NAME = {
  'failed-sampling': '监督抽查不合格',
  'administrative-penalty': '行政处罚',
  licence: '许可证吊销/暂停或无证生产',
  'failed-reinspection': '复查仍不合格',
  'dishonesty-listing': '严重违法失信名单',
  'refused-sampling': '拒绝抽查',
  'quality-accident': '质量安全事故',
};

export const WARNING_ACTION = { raised: '发出', escalated: '升级为', lifted: '解除' };

/** The code colour of an enterprise class (DB3304/T 056 §5.1.4: red for high-risk, green for low-risk). */
export const CODE_COLOUR = { high: 'red', low: 'green' };
export const CODE_NAME = { high: '红码', low: '绿码' };

const timeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
});

/** Wall clocks show China Standard Time whatever the browser's zone. */
export const formatTime = (date) => timeFormat.format(date);

export const formatShare = (summary) =>
  summary.sharePercent === null || summary.sharePercent === undefined ? '—' : `${Number(summary.sharePercent).toFixed(1)}%`;
