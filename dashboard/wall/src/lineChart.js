// One ECharts line chart in an element, redrawn whole from an option. What it drew is read back from the chart
// itself and kept on the element, where the browser tests (and a curious operator) read it: data-series (each
// series' data) and data-bands (each series' marked areas as [from, to] on the value axis).
import * as echarts from 'echarts/core';
import { LineChart as EChartsLine } from 'echarts/charts';
import { GridComponent, MarkAreaComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([EChartsLine, GridComponent, MarkAreaComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export class LineChart {
  #chart;

  constructor(element) {
    this.element = element;
    this.#chart = echarts.init(element, null, { renderer: 'canvas' });
    new ResizeObserver(() => this.#chart.resize()).observe(element);
  }

  draw(option) {
    this.#chart.setOption(option, { notMerge: true });
    this.element.dataset.series = JSON.stringify(this.drawn());
    this.element.dataset.bands = JSON.stringify(this.bands());
  }

  /** The data of each drawn series, as the chart holds it. */
  drawn() {
    return (this.#chart.getOption()?.series ?? []).map((s) => s.data);
  }

  /** The marked areas of each drawn series, as the chart holds them. */
  bands() {
    return (this.#chart.getOption()?.series ?? []).map((s) => (s.markArea?.data ?? []).map(([from, to]) => [from.yAxis, to.yAxis]));
  }
}
