// How an alert's life reads on its row (zh-CN): a condition that came back within the hold is one row with its first
// and latest time, 第N次 and perhaps 频繁变化; one that went away says since when, and an alert whose hold ran out says
// it is over. Pure, so `node --test` checks the wording.
import { time } from './labels.js';

/** The badges after the title: how often the condition came, and whether it flaps. */
export function alertBadges(alert) {
  const occurrences = alert.occurrences ?? 1;
  return [
    occurrences > 1 ? { className: 'occurrences', text: `第${occurrences}次` } : null,
    alert.flapping ? { className: 'flapping', text: '频繁变化' } : null,
  ].filter(Boolean);
}

/** The muted line under the detail: when, what became of the condition, and who did what. */
export function alertMeta(alert) {
  const repeated = (alert.occurrences ?? 1) > 1;
  return [
    repeated ? `首次 ${time(alert.raisedAt)} · 最近 ${time(alert.lastRaisedAt)}` : time(alert.raisedAt),
    alert.closedAt ? `已结束 ${time(alert.closedAt)}` : alert.absentSince ? `${time(alert.absentSince)} 起已消除` : '',
    alert.resentAt ? `已重发 ${time(alert.resentAt)}` : '',
    alert.escalatedAt ? `已升级至市局 ${time(alert.escalatedAt)}` : '',
    alert.acknowledgedAt ? `${alert.acknowledgedBy} 已确认 ${time(alert.acknowledgedAt)}` : '',
  ].filter(Boolean).join(' · ');
}
