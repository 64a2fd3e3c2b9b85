// Unit tests of the wall's model: snapshot and delta application, resume position, gap detection.
// Run with `npm test` (node --test); the xunit suite runs them too (tests/QualityMap.Tests/Wall).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RegionModel, TICKER_CAPACITY } from '../src/model.js';

const summary = (code, colour, highRisk = 0, monitored = 10, extra = {}) =>
  ({ code, name: `区域${code}`, level: code.length === 9 ? 'town' : 'county', colour, highRisk, monitored,
     sharePercent: monitored ? (100 * highRisk) / monitored : null, reason: '', openWarning: null, ...extra });

const snapshot = (seq, epoch = 'e1', children = [summary('330402', 'green'), summary('330411', 'no_data', 0, 0)], recent = []) =>
  ({ type: 'snapshot', epoch, seq, reason: 'subscribe', region: { ...summary('330400', 'green'), level: 'city' }, children, recent });

const delta = (fromSeq, seq, regions = [], ticker = [], epoch = 'e1') => ({ type: 'delta', epoch, fromSeq, seq, regions, ticker });

const tick = (seq) => ({ kind: 'enterprise', seq, at: '2026-11-21T08:00:00+00:00', regionCode: '330402007', uscc: 'x', name: 'n', from: 'low', to: 'high', rules: [] });

test('a fresh model has no resume position and is not ready', () => {
  const model = new RegionModel('330400');
  assert.equal(model.resumeToken(), null);
  assert.equal(model.ready, false);
});

test('a snapshot sets region, children, ticker and the resume position', () => {
  const model = new RegionModel('330400');
  assert.equal(model.apply(snapshot(10, 'e1', undefined, [tick(9), tick(8)])), 'applied');
  assert.equal(model.ready, true);
  assert.deepEqual(model.resumeToken(), { epoch: 'e1', seq: 10 });
  assert.equal(model.children.size, 2);
  assert.deepEqual(model.ticker.map((t) => t.seq), [8, 9]);
});

test('a delta that continues at the last seq updates children and the region itself', () => {
  const model = new RegionModel('330400');
  model.apply(snapshot(10));
  const result = model.apply(delta(10, 15, [summary('330402', 'red', 3, 10), { ...summary('330400', 'yellow', 3, 60), level: 'city' }], [tick(14)]));
  assert.equal(result, 'applied');
  assert.equal(model.children.get('330402').colour, 'red');
  assert.equal(model.region.colour, 'yellow');
  assert.deepEqual(model.resumeToken(), { epoch: 'e1', seq: 15 });
  assert.deepEqual(model.ticker.map((t) => t.seq), [14]);
});

test('an empty delta only advances seq and does not ask for a repaint', () => {
  const model = new RegionModel('330400');
  model.apply(snapshot(10));
  const version = model.version;
  assert.equal(model.apply(delta(10, 12)), 'applied');
  assert.equal(model.seq, 12);
  assert.equal(model.version, version);
});

test('a delta that skips ahead is a gap: nothing applied, position forgotten, data kept', () => {
  const model = new RegionModel('330400');
  model.apply(snapshot(10));
  assert.equal(model.apply(delta(11, 15, [summary('330402', 'red', 3, 10)])), 'gap');
  assert.equal(model.children.get('330402').colour, 'green');
  assert.equal(model.resumeToken(), null);
  assert.equal(model.ready, true);
});

test('a delta of another epoch is a gap even when its fromSeq matches', () => {
  const model = new RegionModel('330400');
  model.apply(snapshot(10, 'e1'));
  assert.equal(model.apply(delta(10, 11, [], [], 'e2')), 'gap');
  assert.equal(model.resumeToken(), null);
});

test('a delta before any snapshot is a gap', () => {
  const model = new RegionModel('330400');
  assert.equal(model.apply(delta(0, 3)), 'gap');
});

test('a resumed stream continues with deltas from the resume point', () => {
  const model = new RegionModel('330400');
  model.apply(snapshot(10));
  model.apply(delta(10, 20));
  const resume = model.resumeToken();
  // …connection lost, Watch called again with `resume`; the server answers with the missed deltas…
  assert.equal(model.apply(delta(resume.seq, 25, [summary('330411', 'orange', 1, 10)])), 'applied');
  assert.equal(model.children.get('330411').colour, 'orange');
});

test('a snapshot after a restart (new epoch) replaces everything, the ticker included', () => {
  const model = new RegionModel('330400');
  model.apply(snapshot(500, 'e1', undefined, [tick(499)]));
  model.apply({ ...snapshot(3, 'e2', [summary('330402', 'red', 5, 10)], [tick(2)]), reason: 'epoch-changed' });
  assert.deepEqual(model.resumeToken(), { epoch: 'e2', seq: 3 });
  assert.deepEqual([...model.children.keys()], ['330402']);
  assert.deepEqual(model.ticker.map((t) => t.seq), [2]);
});

test('the ticker is capped and keeps the newest, without duplicates', () => {
  const model = new RegionModel('330400');
  model.apply(snapshot(0));
  let seq = 0;
  for (let i = 0; i < 200; i++) model.apply(delta(seq, ++seq, [], [tick(seq)]));
  model.apply(delta(seq, seq + 1, [], [tick(seq)]));
  assert.equal(model.ticker.length, TICKER_CAPACITY);
  assert.equal(model.ticker.at(-1).seq, 200);
  assert.equal(new Set(model.ticker.map((t) => t.seq)).size, TICKER_CAPACITY);
});

test('headline counts: monitored and high-risk of the region, red/orange children, open warnings', () => {
  const model = new RegionModel('330400');
  const warning = (id) => ({ id, countyCode: id.slice(0, 6), level: 'red', status: 'open', raisedAt: '2026-11-21T08:00:00+00:00' });
  model.apply({
    ...snapshot(1, 'e1', [
      summary('330402', 'red', 3, 10, { openWarning: warning('330402-0001') }),
      summary('330411', 'orange', 1, 10, { openWarning: warning('330411-0001') }),
      summary('330421', 'yellow', 1, 20),
      summary('330424', 'no_data', 0, 0),
    ]),
    region: { ...summary('330400', 'orange', 5, 40), level: 'city' },
  });
  assert.deepEqual(model.headline(), { monitored: 40, highRisk: 5, redOrOrange: 2, openWarnings: 2 });
});
