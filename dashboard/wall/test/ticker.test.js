// The ticker's wording of each item kind, as the wall shows it, and how it folds repeats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, fold } from '../src/ticker.js';

const names = (code) => ({ '330400': '嘉兴市', '330411002': '新城街道', '330421102': '大云镇' })[code] ?? code;

test('a recalled batch names its product, its lot and the towns that hold it', () => {
  const text = describe({
    kind: 'batch', regionCode: '330400', gtin: '06901234567892', lot: 'L2026-1107A', productName: 'BV 2.5mm² 电线',
    flag: 'recalled', townCodes: ['330411002', '330421102'],
  }, names);

  assert.deepEqual(text, {
    tone: 'red', title: '召回 BV 2.5mm² 电线', place: '新城街道、大云镇', detail: '批号 L2026-1107A · 涉及 2 个乡镇（街道）',
  });
});

test('a failed batch is worded as such', () => {
  const text = describe({ kind: 'batch', regionCode: '330400', lot: 'A', productName: '电线', flag: 'failed', townCodes: [] }, names);

  assert.equal(text.title, '不合格批次 电线');
  assert.equal(text.place, '嘉兴市');
});

const flip = (seq, uscc, to, at) => ({ kind: 'enterprise', seq, at, regionCode: '330411002', uscc, name: uscc, from: to === 'high' ? 'low' : 'high', to });

test('repeats of one condition fold into one line: the latest, how many, the first time, where the latest came', () => {
  const items = [
    flip(1, 'A', 'high', '2026-06-01T02:00:00Z'),
    flip(2, 'B', 'high', '2026-06-01T02:01:00Z'),
    flip(3, 'A', 'low', '2026-06-01T02:02:00Z'),
    flip(4, 'A', 'high', '2026-06-01T02:03:00Z'),
    flip(5, 'A', 'low', '2026-06-01T02:04:00Z'),
    flip(6, 'A', 'high', '2026-06-01T02:05:00Z'),
  ];

  const lines = fold(items);

  assert.deepEqual(lines.map((l) => [l.item.seq, l.count, l.firstAt]), [
    [6, 3, '2026-06-01T02:00:00Z'],   // A turned red three times
    [5, 2, '2026-06-01T02:02:00Z'],   // A turned green twice
    [2, 1, '2026-06-01T02:01:00Z'],
  ]);
});

test('conditions are told apart by what happened, not only to whom', () => {
  const warning = (seq, action) => ({ kind: 'warning', seq, action, warning: { id: '330402-0001', level: 'red' } });
  const batch = (seq, flag) => ({ kind: 'batch', seq, gtin: '06901234567892', lot: 'L1', flag, townCodes: [] });

  assert.equal(fold([warning(1, 'raised'), warning(2, 'escalated'), warning(3, 'raised')]).length, 2);
  assert.equal(fold([batch(1, 'failed'), batch(2, 'recalled'), batch(3, 'failed')]).length, 2);
  assert.equal(fold([{ kind: 'other', seq: 1 }, { kind: 'other', seq: 2 }]).length, 2);
});
