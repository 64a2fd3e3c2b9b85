// What bureau officers read (zh-CN) for the API's stable names. Unknown names are shown as they are, never hidden.

import { RULE_NAME } from '../palette.js';

// Roles as the session answers them (the role claim).
export const ROLES = { CityBureau: '市局', CountyBureau: '区县局' };

export const LEVELS = { red: '红色', orange: '橙色' };

export const STAGES = {
  awaiting_plan: '待提交整治方案',
  plan_under_review: '整治方案审核中',
  rectifying: '整改中',
  acceptance_requested: '已申请验收',
  acceptance_passed: '验收通过',
  lifted: '已解除',
};

export const HISTORY = {
  raised: '发出预警',
  escalated: '预警升级',
  plan_filed: '提交整治方案',
  plan_reviewed: '审核整治方案',
  investigation_recorded: '记录企业排查',
  guidance_recorded: '记录分级指导与整改要求',
  revocation_recorded: '记录吊销许可证',
  acceptance_applied: '申请验收',
  acceptance_sampled: '记录验收抽查',
  lifted: '解除预警',
  bulletin_issued: '发布警情通报',
};

/** The step paths of /api/warnings/{id}/… (docs/bureau-api.md) as buttons. */
export const STEPS = {
  plan: '提交整治方案',
  'plan-review': '审核整治方案',
  investigations: '记录企业排查',
  guidance: '记录分级指导与整改要求',
  revocations: '记录吊销许可证',
  'acceptance-application': '申请验收',
  'acceptance-sampling': '记录验收抽查',
  lift: '解除预警',
  bulletin: '发布警情通报',
};

/** The refusing rule of a problem detail, with the clause where there is one. */
export const RULES = {
  'county-bureau-only': '只有被预警区县的市场监管局可以办理此事项',
  'city-bureau-only': '只有市局可以审核整治方案、记录验收抽查、解除预警和发布警情通报',
  'other-county': '该预警不属于本区县',
  'other-city': '该预警不属于本市',
  'out-of-scope': '超出本单位的辖区',
  'warning-lifted': '预警已解除，不能再办理',
  'plan-under-review': '已有整治方案在审核中，请等待市局审核（§4.2.2）',
  'plan-already-accepted': '整治方案已审核通过',
  'no-plan-under-review': '没有待审核的整治方案',
  'plan-not-accepted': '须在整治方案提交后、申请验收前办理（§4.2.2）',
  'investigation-required': '申请验收前须先记录对辖区生产企业的排查（§4.2.2 a）',
  'acceptance-not-requested': '区县尚未申请验收（§4.2.3.1）',
  'acceptance-not-passed': '验收通过后方可解除预警（§4.2.3.2）',
  'sampling-incomplete': '验收抽查须覆盖辖区全部高风险企业（§4.2.3.1）',
  'sampling-invalid': '抽查数据无效：每家企业抽查批次至少为1，不合格批次不超过抽查批次，且企业不重复',
  'text-required': '必填项未填写',
  'document-number-format': '文号格式应如“嘉市监〔2026〕12号”（机关代字、〔年份〕、序号、号）',
  'document-number-taken': '该文号已被使用，一个文号只对应一份通报',
  'deadline-not-after-issue': '整治期限须晚于发布日期',
  'bulletin-already-issued': '该预警已发布警情通报',
  'date-format': '日期格式应为 年-月-日',
  'no-bulletin': '该预警尚未发布警情通报',
  required: '必填项未填写',
  'must-exist': '对象不存在',
  'must-match': '用户名或密码错误',
  'same-origin': '只能从本平台自己的页面提交，跨站请求已被拒绝',
  'fits-label': '标签格子放不下质量安全码，请管理员调整标签页设置（Codes:LabelSheet）',
};

/** Refusals that name no rule, by their problem type (urn:qualitymap:problem:…). */
export const PROBLEM_TYPES = {
  'font-unavailable': '服务器未安装中文字体，无法打印企业名称，请联系管理员',
  'rate-limited': '请求过于频繁，请稍后再试',
};

export const ALERT_KINDS = {
  warning_raised: '发出预警',
  warning_escalated: '预警升级',
  town_red: '乡镇变红',
  town_orange: '乡镇变橙',
  plan_filed: '方案待审核',
  acceptance_applied: '待验收',
  acceptance_passed: '验收通过',
  acceptance_failed: '验收不通过',
  deadline_approaching: '期限将至',
  deadline_passed: '已逾期',
  escalated: '升级提醒',
};

const TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
});

/** A timestamp in Beijing time, as bureaus read dates. */
export const time = (iso) => (iso ? TIME.format(new Date(iso)) : '—');

const DAY = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });

/** The day of a timestamp in Beijing time, as a document writes it: 2026年11月3日. */
export const day = (iso) => DAY.format(new Date(iso));

/**
 * Why an enterprise is high-risk, one line per reason, as the 警情通报 words it: the rule, each evidence event with
 * the day it occurred (GET /api/enterprises/{uscc}'s `evidence`), and until when the reason holds.
 */
export function reasonLines(enterprise) {
  const occurred = new Map((enterprise.evidence ?? []).map((e) => [e.eventId, e.occurredAt]));
  return enterprise.reasons.map((reason) => {
    const events = reason.evidenceEventIds.map((id) => (occurred.has(id) ? `${day(occurred.get(id))} ${id}` : id)).join('、');
    const until = reason.until ? `，${day(reason.until)}前有效` : '';
    return `${RULE_NAME[reason.rule] ?? reason.rule}（依据事件：${events}${until}）`;
  });
}

export const label = (table, name) => table[name] ?? name;

/** A problem detail (RFC 9457) as one Chinese sentence: the rule's meaning, the field, and the rule's id. */
export function problemText(problem, failed = '未能办理') {
  const type = problem.type?.split(':').pop();
  const rule = problem.rule ? label(RULES, problem.rule) : PROBLEM_TYPES[type] ?? problem.title ?? '请求失败';
  const field = problem.field ? `（字段：${problem.field}）` : '';
  const id = problem.rule ? ` [规则 ${problem.rule}]` : '';
  return `${failed}：${rule}${field}。${id}`;
}

/** The scope first (全辖区), then the regions below it, as a select's options. */
export const regionOptions = (regionNames) => [...regionNames].map(([code, name], i) =>
  Object.assign(document.createElement('option'), { value: code, textContent: i === 0 ? `${name}（全辖区）` : name }));
