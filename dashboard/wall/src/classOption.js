// The ECharts option of an enterprise's class history (EnterpriseView.history): high-risk or low-risk from each
// change on, as a step line with a marker per change, red and green as its code (DB3304/T 056 §5.1.4). Pure.
import { FILL } from './palette.js';

const full = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', hour12: false, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit',
});

export const CLASS_LEVEL = { low: 0, high: 1 };

/** [time in ms, 1 for high-risk or 0 for low-risk] per change, and the class still held at `now`; the numbers index the class axis. */
export function classSeries(history, now) {
  const points = history.map((change) => [Date.parse(change.at), CLASS_LEVEL[change.class] ?? 0]);
  if (points.length > 0 && points.at(-1)[0] < now) points.push([now, points.at(-1)[1]]);
  return points;
}

export function classOption(history, now, scale = 1) {
  const text = { color: '#5b6b82', fontSize: 12 * scale };
  return {
    animation: false,
    grid: { left: 70 * scale, right: 16 * scale, top: 12 * scale, bottom: 26 * scale },
    tooltip: {
      trigger: 'item',
      formatter: (item) => {
        const change = history[item.dataIndex];
        return change ? `${full.format(new Date(change.at))}<br/>${change.class === 'high' ? '高风险企业' : '低风险企业'}` : '';
      },
    },
    xAxis: { type: 'time', axisLabel: text },
    yAxis: { type: 'category', data: ['低风险', '高风险'], axisLabel: text },
    series: [{
      id: 'class',
      name: '企业分类',
      type: 'line',
      step: 'end',
      symbolSize: 8 * scale,
      data: classSeries(history, now),
      lineStyle: { color: '#5b6b82', width: 2 * scale },
      itemStyle: { color: (p) => (p.value[1] === 1 ? FILL.red : FILL.green) },
    }],
  };
}
