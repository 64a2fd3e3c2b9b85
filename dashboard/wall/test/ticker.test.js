// The ticker's wording of each item kind, as the wall shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe } from '../src/ticker.js';

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
