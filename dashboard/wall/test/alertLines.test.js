// How the bureau page words an alert whose condition came back, flaps, went away or is over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alertBadges, alertMeta } from '../src/bureau/alertLines.js';

const once = { raisedAt: '2026-06-01T02:00:00Z', lastRaisedAt: '2026-06-01T02:00:00Z', occurrences: 1, open: true, flapping: false };

test('an alert raised once shows its time and no badge', () => {
  assert.deepEqual(alertBadges(once), []);
  assert.equal(alertMeta(once), '2026/06/01 10:00');
});

test('a condition back within the hold shows 第N次, its first and latest time, and 频繁变化 once it flaps', () => {
  const back = { ...once, occurrences: 5, lastRaisedAt: '2026-06-01T02:08:00Z', flapping: true };

  assert.deepEqual(alertBadges(back).map((b) => b.text), ['第5次', '频繁变化']);
  assert.equal(alertMeta(back), '首次 2026/06/01 10:00 · 最近 2026/06/01 10:08');
});

test('a condition away says since when, and an alert whose hold ran out says it is over', () => {
  assert.equal(alertMeta({ ...once, absentSince: '2026-06-01T02:05:00Z' }), '2026/06/01 10:00 · 2026/06/01 10:05 起已消除');
  assert.equal(alertMeta({ ...once, absentSince: '2026-06-01T02:05:00Z', closedAt: '2026-06-01T03:05:00Z', open: false }),
    '2026/06/01 10:00 · 已结束 2026/06/01 11:05');
});

test('an acknowledged, re-sent alert keeps saying so', () => {
  const handled = { ...once, resentAt: '2026-06-01T02:30:00Z', acknowledgedBy: 'nanhu-officer', acknowledgedAt: '2026-06-01T02:31:00Z' };
  assert.equal(alertMeta(handled), '2026/06/01 10:00 · 已重发 2026/06/01 10:30 · nanhu-officer 已确认 2026/06/01 10:31');
});
