// Unit tests of the trend and class-history charts' options: what series and bands they hand to ECharts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axisTop, bandAreas, linePieces, shareSeries, trendOption } from '../src/trendOption.js';
import { classSeries, classOption } from '../src/classOption.js';

const point = (at, highRisk, monitored, sharePercent, colour) => ({ at, highRisk, monitored, sharePercent, colour });
const trend = {
  code: '330402', name: '南湖区', level: 'county', span: '24h', from: '2026-03-01T02:16:00+00:00', to: '2026-03-02T02:15:20+00:00',
  bands: { yellowPercent: 5, orangePercent: 10, redPercent: 20 },
  points: [
    point('2026-03-01T02:16:00+00:00', 0, 0, null, 'no_data'),
    point('2026-03-02T01:00:00+00:00', 0, 20, 0, 'green'),
    point('2026-03-02T01:05:00+00:00', 2, 20, 10, 'orange'),
    point('2026-03-02T02:15:20+00:00', 2, 20, 10, 'orange'),
  ],
};

test('the share series is one [time, share] per point, null where there is no data', () => {
  assert.deepEqual(shareSeries(trend), [
    [Date.parse('2026-03-01T02:16:00Z'), null], [Date.parse('2026-03-02T01:00:00Z'), 0],
    [Date.parse('2026-03-02T01:05:00Z'), 10], [Date.parse('2026-03-02T02:15:20Z'), 10],
  ]);
});

test('the bands lie between 0, the thresholds and the top of the axis, which shows the red band and the highest share', () => {
  assert.equal(axisTop(trend), 30);
  assert.equal(axisTop({ ...trend, points: [point('2026-03-02T01:00:00Z', 9, 10, 90, 'red')] }), 100);
  assert.deepEqual(bandAreas(trend.bands, 30).map(([from, to]) => [from.name, from.yAxis, to.yAxis]),
    [['绿色', 0, 5], ['黄色', 5, 10], ['橙色', 10, 20], ['红色', 20, 30]]);
});

test('the line takes its band colour: each threshold belongs to the band above it', () => {
  assert.deepEqual(linePieces(trend.bands).map((p) => [p.gte ?? null, p.lt ?? null]), [[null, 5], [5, 10], [10, 20], [20, null]]);
});

test('the trend is a step line to now, each value holding until the next point, from shortly before its first data', () => {
  const option = trendOption(trend);
  const [series] = option.series;
  assert.equal(series.step, 'end');
  assert.equal(option.xAxis.min, Date.parse('2026-03-02T00:55:00Z'));
  assert.equal(trendOption({ ...trend, points: [trend.points[0]] }).xAxis.min, Date.parse(trend.from));
  assert.equal(trendOption({ ...trend, span: '90d' }).xAxis.min, Date.parse('2026-03-01T02:16:00Z'));   // a day before: the span's start
  assert.equal(option.xAxis.max, Date.parse(trend.to));
  assert.equal(series.markArea.data.length, 4);
});

test('the class history holds each class until the next change, and the last one until now', () => {
  const history = [
    { at: '2026-03-02T01:00:00+00:00', class: 'low', reasons: [], trigger: 'reg-1' },
    { at: '2026-03-02T01:05:00+00:00', class: 'high', reasons: [], trigger: 'smp-1' },
  ];
  const now = Date.parse('2026-03-02T02:00:00Z');
  assert.deepEqual(classSeries(history, now), [[Date.parse('2026-03-02T01:00:00Z'), 0], [Date.parse('2026-03-02T01:05:00Z'), 1], [now, 1]]);
  assert.deepEqual(classSeries([], now), []);
  assert.equal(classOption(history, now).series[0].step, 'end');
});
