// The map: an ECharts map series over the region's GeoJSON (DataV `{adcode}_full.json`), or, when there are no
// boundaries for this level, a schematic tile map (one labelled tile per child, drawn by a custom series).
// It only ever draws the children of the shown region; the caller decides when (repaints are throttled there).
import * as echarts from 'echarts/core';
import { MapChart, CustomChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { fillOf, formatShare, COLOUR_NAME } from './palette.js';

echarts.use([MapChart, CustomChart, TooltipComponent, CanvasRenderer]);

/**
 * Keeps only what the map needs of a DataV feature and names it by its code, so region names in the GeoJSON and
 * in the region tree may differ without breaking the match. `cp` is where ECharts puts the label.
 */
export function prepareGeoJson(geo) {
  return {
    type: 'FeatureCollection',
    features: (geo.features ?? [])
      .filter((f) => f.properties?.adcode !== undefined && f.geometry)
      .map((f) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: { name: String(f.properties.adcode), cp: f.properties.centroid ?? f.properties.center },
      })),
  };
}

export class MapView {
  #chart;
  #shown = null; // { code, mode: 'geo'|'tiles', geo }
  #children = [];

  constructor(element, onSelect) {
    this.element = element;
    this.#chart = echarts.init(element, null, { renderer: 'canvas' });
    this.#chart.on('click', (params) => {
      const code = params.data?.code;
      if (code) onSelect(code);
    });
    new ResizeObserver(() => {
      this.#chart.resize();
      if (this.#shown) this.#draw(true);
    }).observe(element);
  }

  get mode() {
    return this.#shown?.mode ?? null;
  }

  /** Switches to another region; `geo` is its prepared GeoJSON, or null for the tile map. */
  show(code, geo) {
    if (geo) echarts.registerMap(code, geo);
    this.#shown = { code, mode: geo ? 'geo' : 'tiles', geo };
    this.#children = [];
    this.#chart.clear();
  }

  /** Draws the current children (RegionSummary[]); only the data changes between calls, never the layout. */
  update(children) {
    this.#children = [...children].sort((a, b) => a.code.localeCompare(b.code));
    this.#draw(false);
  }

  /** What the map paints, per child: the fill handed to ECharts and the region's centre on the page. */
  painted() {
    const option = this.#chart.getOption();
    const data = option?.series?.[0]?.data ?? [];
    const box = this.element.getBoundingClientRect();
    return data.map((item) => {
      const centre = this.#centreOf(item);
      return {
        code: item.code,
        fill: item.itemStyle?.areaColor ?? item.fill,
        x: centre ? Math.round(box.left + centre[0]) : null,
        y: centre ? Math.round(box.top + centre[1]) : null,
      };
    });
  }

  #centreOf(item) {
    if (this.#shown?.mode === 'tiles') {
      const t = this.#tileLayout()[item.index];
      return t ? [t.x + t.w / 2, t.y + t.h / 2] : null;
    }
    const feature = this.#shown?.geo?.features.find((f) => f.properties.name === item.code);
    const cp = feature?.properties.cp;
    return cp ? this.#chart.convertToPixel({ seriesIndex: 0 }, cp) : null;
  }

  // Type scales with the element so the same page reads on a 1920×1080 and a 3840×2160 wall.
  #scale() {
    return Math.max(0.6, this.element.clientWidth / 1100);
  }

  #draw(layoutChanged) {
    if (!this.#shown) return;
    const option = this.#shown.mode === 'geo' ? this.#geoOption() : this.#tileOption();
    // Merging keeps ECharts' diffing: only changed items are re-rendered. A new layout (resize) replaces all.
    this.#chart.setOption(option, { notMerge: layoutChanged, lazyUpdate: false });
  }

  #geoOption() {
    const s = this.#scale();
    const known = new Set(this.#children.map((c) => c.code));
    const data = this.#children.map((c) => ({
      name: c.code,
      code: c.code,
      summary: c,
      itemStyle: {
        areaColor: fillOf(c.colour),
        borderColor: c.openWarning ? '#ffffff' : '#0b1426',
        borderWidth: (c.openWarning ? 3 : 1.2) * s,
      },
    }));
    // Features without a child in the model (a boundary file wider than the region tree) stay grey.
    for (const f of this.#shown.geo.features) {
      if (!known.has(f.properties.name)) data.push({ name: f.properties.name, itemStyle: { areaColor: fillOf('no_data') } });
    }
    return {
      backgroundColor: 'transparent',
      tooltip: this.#tooltip(),
      series: [{
        id: 'regions',
        type: 'map',
        map: this.#shown.code,
        roam: false,
        selectedMode: false,
        layoutCenter: ['50%', '50%'],
        layoutSize: '96%',
        itemStyle: { areaColor: fillOf('no_data'), borderColor: '#0b1426', borderWidth: 1.2 * s },
        label: {
          show: true,
          formatter: (p) => (p.data?.summary ? labelOf(p.data.summary) : ''),
          color: '#ffffff',
          fontSize: 18 * s,
          fontWeight: 'bold',
          lineHeight: 24 * s,
          textBorderColor: 'rgba(0,0,0,0.85)',
          textBorderWidth: 3 * s,
        },
        emphasis: {
          label: { show: true, color: '#ffffff' },
          itemStyle: { areaColor: undefined, borderColor: '#7fd3ff', borderWidth: 3 * s, shadowBlur: 20 * s, shadowColor: '#7fd3ff' },
        },
        data,
      }],
    };
  }

  #tileOption() {
    const s = this.#scale();
    const layout = this.#tileLayout();
    const data = this.#children.map((c, index) => ({ value: index, index, code: c.code, summary: c, fill: fillOf(c.colour) }));
    return {
      backgroundColor: 'transparent',
      tooltip: this.#tooltip(),
      series: [{
        id: 'regions',
        type: 'custom',
        coordinateSystem: 'none',
        data,
        renderItem: (params) => {
          const item = data[params.dataIndex];
          const t = layout[params.dataIndex];
          if (!item || !t) return null;
          const c = item.summary;
          // Dark type on the light fills, white on the dark ones; as large as the tile allows.
          const dark = c.colour === 'yellow' || c.colour === 'orange';
          const fontSize = Math.round(Math.min(24 * s, t.w / 7, t.h / 3.5));
          return {
            type: 'group',
            children: [
              {
                type: 'rect',
                shape: { x: t.x, y: t.y, width: t.w, height: t.h, r: 8 * s },
                style: { fill: item.fill, stroke: c.openWarning ? '#ffffff' : 'rgba(255,255,255,0.15)', lineWidth: (c.openWarning ? 3 : 1) * s },
              },
              {
                type: 'text',
                style: {
                  x: t.x + t.w / 2, y: t.y + t.h / 2, align: 'center', verticalAlign: 'middle',
                  text: labelOf(c), fill: dark ? '#111111' : '#ffffff',
                  font: `bold ${fontSize}px sans-serif`, lineHeight: Math.round(fontSize * 1.35),
                },
              },
            ],
          };
        },
      }],
    };
  }

  // A grid as close to the element's aspect ratio as the number of tiles allows.
  #tileLayout() {
    const n = this.#children.length;
    if (n === 0) return [];
    const width = this.element.clientWidth;
    const height = this.element.clientHeight;
    const cols = Math.max(1, Math.min(n, Math.round(Math.sqrt((n * width) / Math.max(1, height)))));
    const rows = Math.ceil(n / cols);
    const gap = 10 * this.#scale();
    const w = (width - gap * (cols + 1)) / cols;
    const h = Math.min((height - gap * (rows + 1)) / rows, w * 0.75);
    const top = (height - (h * rows + gap * (rows - 1))) / 2;
    return Array.from({ length: n }, (_, i) => ({
      x: gap + (i % cols) * (w + gap),
      y: top + Math.floor(i / cols) * (h + gap),
      w,
      h,
    }));
  }

  #tooltip() {
    const s = this.#scale();
    return {
      trigger: 'item',
      backgroundColor: 'rgba(10,20,40,0.95)',
      borderColor: '#2b4a7a',
      textStyle: { color: '#e8f0ff', fontSize: 15 * s },
      formatter: (p) => {
        const c = p.data?.summary;
        if (!c) return '';
        const warning = c.openWarning ? `<br/>⚠ ${c.openWarning.level === 'red' ? '红色' : '橙色'}预警 ${c.openWarning.id}` : '';
        return `<b>${c.name}</b> ${COLOUR_NAME[c.colour] ?? ''}<br/>${c.reason ?? ''}${warning}`;
      },
    };
  }
}

function labelOf(c) {
  const mark = c.openWarning ? '⚠ ' : '';
  const share = c.monitored > 0 ? `${formatShare(c)}（${c.highRisk}/${c.monitored}）` : '无数据';
  return `${mark}${c.name}\n${share}`;
}
