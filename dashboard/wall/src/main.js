// The wall: loads /wall/config.json, watches the root region (and the region drilled into) over SignalR, and
// repaints from the in-memory models at most every MIN_REPAINT_MS however many messages arrive.
import { RegionModel } from './model.js';
import { LiveConnection } from './live.js';
import { MapView, prepareGeoJson } from './mapView.js';
import { renderTicker } from './ticker.js';
import { renderHeadline, renderRanking } from './panels.js';
import { formatTime } from './palette.js';
import { LineChart } from './lineChart.js';
import { trendOption } from './trendOption.js';
import './style.css';

const MIN_REPAINT_MS = 250;
const CONFIG_RETRY_MS = 3000;
// An opened county's trend is fetched again when its counts moved (at most this often), and every minute anyway.
const TREND_CHECK_MS = 3000;
const TREND_PERIOD_MS = 60000;

const $ = (id) => document.getElementById(id);
const ui = {
  title: $('title'), back: $('back'), crumb: $('crumb'), now: $('now'), updated: $('updated'), banner: $('banner'),
  ranking: $('ranking'), rankingHint: $('ranking-hint'), ticker: $('ticker'), reason: $('region-reason'), status: $('wall-status'),
  trendBox: $('trend-box'), trendTitle: $('trend-title'), trend: $('trend'),
  headline: { monitored: $('h-monitored'), highRisk: $('h-high'), redOrOrange: $('h-red-orange'), openWarnings: $('h-warnings') },
};

function showClock() {
  ui.now.textContent = formatTime(new Date());
}

async function loadConfig() {
  for (;;) {
    try {
      const response = await fetch('config.json', { cache: 'no-store' });
      if (response.ok) return await response.json();
    } catch {
      // the silo is not up yet: a wall started before its server keeps trying
    }
    showConnection('reconnecting');
    await new Promise((resolve) => setTimeout(resolve, CONFIG_RETRY_MS));
  }
}

function showConnection(status) {
  document.body.dataset.connection = status;
  // The first connect is not an outage; every later loss of the connection is.
  ui.banner.hidden = status !== 'reconnecting';
}

const config = await loadConfig();
ui.title.textContent = `${config.rootName}产品质量安全地域图`;
document.title = `${config.rootName}产品质量安全地域图 · 指挥中心`;

const geoCache = new Map();
async function loadGeo(code) {
  if (!config.geoUrlTemplate) return null;
  if (geoCache.has(code)) return geoCache.get(code);
  try {
    const response = await fetch(config.geoUrlTemplate.replaceAll('{code}', code));
    const geo = response.ok ? prepareGeoJson(await response.json()) : null;
    // No boundaries for this level (404) is an answer worth keeping; a network error is not.
    if (response.ok || response.status === 404) geoCache.set(code, geo?.features.length ? geo : null);
    return geo?.features.length ? geo : null;
  } catch (error) {
    console.warn(`No boundaries for ${code}: ${error}`);
    return null;
  }
}

// The wall's access key comes once in the address (/wall/#key=qm_…), is kept in this browser's storage, and is
// taken out of the address bar so it is not on the screen for everybody in the room.
function wallKey() {
  const fromAddress = new URLSearchParams(window.location.hash.slice(1)).get('key');
  if (fromAddress) {
    localStorage.setItem('qualitymap.wallKey', fromAddress);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return fromAddress ?? localStorage.getItem('qualitymap.wallKey');
}

const key = wallKey();
const live = new LiveConnection(new URL('../hubs/map', window.location.href).href, (status) => {
  showConnection(status);
  scheduleRender();
}, key);
const view = new MapView($('map'), (code) => drill(code));
ui.back.addEventListener('click', () => back());

// The regions being watched: the root, then each region drilled into. The root stays watched throughout, so
// going back is instant and the ticker always covers the whole city.
const stack = [];
let lastMessageAt = null;
// Counted for the status list: how many changes came in, and how few repaints they took.
let updatesApplied = 0;
let repaints = 0;

function watch(model) {
  return live.watch(model, (message) => {
    updatesApplied += (message.regions?.length ?? 0) + (message.ticker?.length ?? 0) + (message.children?.length ?? 0);
    lastMessageAt = new Date();
    scheduleRender();
  });
}

async function enter(code) {
  const model = new RegionModel(code);
  const entry = { model, watch: watch(model), geo: await loadGeo(code), drawn: -1 };
  stack.push(entry);
  view.show(code, entry.geo);
  scheduleRender();
}

let navigating = false;
async function drill(code) {
  const top = stack.at(-1);
  const child = top.model.children.get(code);
  if (navigating || !child || child.level === 'town') return;
  navigating = true;
  try {
    await enter(code);
  } finally {
    navigating = false;
  }
}

function back() {
  if (navigating || stack.length < 2) return;
  stack.pop().watch.close();
  const top = stack.at(-1);
  top.drawn = -1;
  view.show(top.model.code, top.geo);
  scheduleRender();
}

/** A region's name from any model the wall holds; a town's county is found by its 6-digit prefix. */
function nameOf(code) {
  for (const { model } of stack) {
    if (model.region?.code === code) return model.region.name;
    const child = model.children.get(code);
    if (child) return code.length === 9 ? `${nameOf(code.slice(0, 6)) ?? ''} ${child.name}`.trim() : child.name;
  }
  return code.length === 9 ? nameOf(code.slice(0, 6)) : null;
}

// Messages only touch the models; painting happens here, at most every MIN_REPAINT_MS.
let renderPending = false;
let lastRenderAt = 0;
let tickerDrawn = -1;
function scheduleRender() {
  if (renderPending) return;
  renderPending = true;
  const wait = Math.max(0, lastRenderAt + MIN_REPAINT_MS - performance.now());
  setTimeout(() => requestAnimationFrame(render), wait);
}

function render() {
  renderPending = false;
  repaints++;
  lastRenderAt = performance.now();
  const top = stack.at(-1);
  const { model } = top;
  if (model.ready && top.drawn !== model.version) {
    top.drawn = model.version;
    const children = [...model.children.values()];
    view.update(children);
    renderHeadline(ui.headline, model.headline());
    const drillable = children.some((c) => c.level !== 'town');
    renderRanking(ui.ranking, children, drillable ? (code) => drill(code) : null);
    ui.rankingHint.textContent = drillable ? '点击区域查看下级' : '';
    ui.reason.textContent = model.region ? `${model.region.name}：${model.region.reason}` : '';
  }
  const root = stack[0].model;
  if (tickerDrawn !== root.version) {
    tickerDrawn = root.version;
    renderTicker(ui.ticker, root.ticker, nameOf);
  }
  showTrend(top);
  ui.back.hidden = stack.length < 2;
  ui.crumb.textContent = stack.map((e) => e.model.region?.name ?? e.model.code).join(' › ');
  // The clock is redrawn with the update time, so the wall never shows an update later than its clock.
  showClock();
  ui.updated.textContent = lastMessageAt ? formatTime(lastMessageAt) : '—';
  renderStatus(top);
}

// The hidden status list: what is on the map right now, per child, as the tests (and a curious operator) read it.
function renderStatus(top) {
  const { model } = top;
  ui.status.dataset.region = model.code;
  ui.status.dataset.mode = view.mode ?? '';
  ui.status.dataset.epoch = model.epoch ?? '';
  ui.status.dataset.seq = model.seq ?? '';
  ui.status.dataset.connection = live.status;
  ui.status.dataset.updates = updatesApplied;
  ui.status.dataset.repaints = repaints;
  const painted = new Map(view.painted().map((p) => [p.code, p]));
  const fragment = document.createDocumentFragment();
  for (const child of model.children.values()) {
    const li = document.createElement('li');
    const p = painted.get(child.code);
    Object.assign(li.dataset, {
      code: child.code, name: child.name, colour: child.colour, fill: p?.fill ?? '',
      x: p?.x ?? '', y: p?.y ?? '', highRisk: child.highRisk, monitored: child.monitored,
      warning: child.openWarning?.id ?? '',
    });
    fragment.append(li);
  }
  ui.status.replaceChildren(fragment);
}

// The trend of the county drilled into (GET /api/regions/{code}/trend): fetched when the county opens, again when
// its counts have moved, and every minute so the line keeps up with the clock.
const trendChart = new LineChart(ui.trend);
const trend = { code: null, version: -1, fetchedAt: 0, loading: false };

function showTrend(top) {
  const county = top.model.region?.level === 'county' ? top.model.code : null;
  ui.trendBox.hidden = county === null;
  if (county !== trend.code) {
    trend.code = county;
    delete ui.trend.dataset.series;
    delete ui.trend.dataset.bands;
    if (county) loadTrend(top);
  }
}

async function loadTrend(top) {
  const { code, version } = top.model;
  trend.loading = true;
  trend.fetchedAt = performance.now();
  try {
    const response = await fetch(new URL(`../api/regions/${code}/trend?span=24h`, window.location.href),
      { headers: key ? { Authorization: `Bearer ${key}` } : {}, credentials: 'same-origin', cache: 'no-store' });
    if (!response.ok || trend.code !== code) return;
    const data = await response.json();
    trend.version = version;
    ui.trendTitle.textContent = `${data.name} 高风险企业占比 · 近24小时`;
    ui.trend.dataset.code = code;
    trendChart.draw(trendOption(data, Math.max(0.6, window.innerWidth / 1920)));
  } catch (error) {
    console.warn(`No trend for ${code}: ${error}`);
  } finally {
    trend.loading = false;
  }
}

setInterval(() => {
  const top = stack.at(-1);
  if (!top || trend.code !== top.model.code || trend.loading) return;
  const since = performance.now() - trend.fetchedAt;
  if ((top.model.version !== trend.version && since >= TREND_CHECK_MS) || since >= TREND_PERIOD_MS) loadTrend(top);
}, TREND_CHECK_MS);

setInterval(showClock, 1000);
showClock();

await enter(config.rootCode);
live.start();
