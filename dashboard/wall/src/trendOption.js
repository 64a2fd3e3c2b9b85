// The ECharts option of a region's trend (GET /api/regions/{code}/trend): its share of high-risk enterprises as a
// step line (each value holds until the next point), over colour bands at its level's thresholds. Pure and DOM-free
// so `node --test` can check what is drawn.
import { COLOUR_NAME, FILL } from './palette.js';

const zoneTime = (options) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, ...options });
const hourMinute = zoneTime({ hour: '2-digit', minute: '2-digit' });
const monthDay = zoneTime({ month: 'numeric', day: 'numeric' });
const full = zoneTime({ month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** [time in ms, share in percent or null without data] per point: what the chart's first series draws. */
export function shareSeries(trend) {
  return trend.points.map((p) => [Date.parse(p.at), p.sharePercent ?? null]);
}

/** The top of the share axis: the red band always shows, and so does the highest share. */
export function axisTop(trend) {
  const highest = Math.max(0, ...trend.points.map((p) => p.sharePercent ?? 0));
  return Math.min(100, Math.ceil(Math.max(trend.bands.redPercent * 1.5, highest * 1.15) / 5) * 5);
}

/** The four colour bands (DB3304/T 056 §4.1.1) between 0, the thresholds and the top of the axis. */
export function bandAreas(bands, top) {
  const edges = [0, bands.yellowPercent, bands.orangePercent, bands.redPercent, Math.max(top, bands.redPercent)];
  return ['green', 'yellow', 'orange', 'red'].map((colour, i) => [
    { yAxis: edges[i], name: COLOUR_NAME[colour], itemStyle: { color: FILL[colour], opacity: 0.16 } },
    { yAxis: edges[i + 1] },
  ]);
}

/**
 * A region watched for less than the span starts its axis a little before its first data (5 minutes, or a day when
 * by the day), not in empty hours or months.
 */
export const LEAD_MS = { '24h': 5 * 60 * 1000, '90d': 24 * 60 * 60 * 1000 };

export function axisStart(trend) {
  const from = Date.parse(trend.from);
  const first = trend.points.find((p) => p.sharePercent !== null);
  return first ? Math.max(from, Date.parse(first.at) - (LEAD_MS[trend.span] ?? 0)) : from;
}

/** Type and axis colours (the line takes its band's): the wall's (a dark room) by default; the bureau page passes its own. */
export const WALL_INK = { text: '#8ea3c4', axis: '#1f3d6b' };

/** The line takes the colour of the band it is in (ECharts visualMap pieces on the share). */
export function linePieces(bands) {
  return [
    { lt: bands.yellowPercent, color: FILL.green },
    { gte: bands.yellowPercent, lt: bands.orangePercent, color: FILL.yellow },
    { gte: bands.orangePercent, lt: bands.redPercent, color: FILL.orange },
    { gte: bands.redPercent, color: FILL.red },
  ];
}

/**
 * @param scale type size factor (1 on a 1920-wide screen)
 * @param ink colours of the type and the axis
 */
export function trendOption(trend, scale = 1, ink = WALL_INK) {
  const byDay = trend.span === '90d';
  const top = axisTop(trend);
  const text = { color: ink.text, fontSize: 12 * scale };
  return {
    backgroundColor: 'transparent',
    animation: false,
    grid: { left: 44 * scale, right: 14 * scale, top: 14 * scale, bottom: 26 * scale },
    visualMap: { show: false, type: 'piecewise', dimension: 1, seriesIndex: 0, pieces: linePieces(trend.bands) },
    tooltip: {
      trigger: 'axis',
      formatter: (items) => {
        const point = trend.points[items[0]?.dataIndex];
        if (!point) return '';
        const share = point.sharePercent === null ? '无数据' : `${point.sharePercent}%（${point.highRisk}/${point.monitored}）`;
        return `${full.format(new Date(point.at))}<br/>高风险企业占比 ${share}`;
      },
    },
    xAxis: {
      type: 'time',
      min: axisStart(trend),
      max: Date.parse(trend.to),
      minInterval: byDay ? 24 * 60 * 60 * 1000 : 60 * 1000,
      axisLabel: { ...text, formatter: (value) => (byDay ? monthDay : hourMinute).format(new Date(value)) },
      axisLine: { lineStyle: { color: ink.axis } },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: top,
      axisLabel: { ...text, formatter: '{value}%' },
      splitLine: { lineStyle: { color: 'rgba(79,195,247,0.08)' } },
    },
    series: [{
      id: 'share',
      name: '高风险企业占比',
      type: 'line',
      step: 'end',
      showSymbol: false,
      connectNulls: false,
      lineStyle: { width: 3 * scale },
      data: shareSeries(trend),
      markArea: {
        silent: true,
        label: { position: 'insideTopRight', color: ink.text, fontSize: 10 * scale },
        data: bandAreas(trend.bands, top),
      },
    }],
  };
}
