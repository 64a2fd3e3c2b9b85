// The bureau page (docs/bureau-api.md): sign in, the open warnings of the officer's scope with their deadlines, a
// warning's timeline and the steps the signed-in role may take now, the trends, an enterprise's class history, the
// printing of the scope's codes, and the scope's alerts, live.
import './bureau.css';
import { AlertList } from './alerts.js';
import { call, get, post } from './api.js';
import { CodeExportForm } from './codeExports.js';
import { HISTORY, LEVELS, ROLES, STAGES, STEPS, label, problemText, reasonLines, regionOptions, time } from './labels.js';
import { bodyOf, buildForm } from './steps.js';
import { LineChart } from '../lineChart.js';
import { trendOption } from '../trendOption.js';
import { classOption } from '../classOption.js';

// The charts on a white page: dark type.
const DESK_INK = { text: '#5b6b82', axis: '#d5dde6' };

const $ = (id) => document.getElementById(id);
let me = null;
let regionNames = new Map();
let selected = null;
let alerts = null;
let trendChart = null;
let classChart = null;
const codeExports = new CodeExportForm({
  form: $('export-form'), progress: $('export-progress'), download: $('export-download'), problem: $('export-problem'),
});

function show(state) {
  document.body.dataset.state = state;
  $('signin').hidden = state !== 'signed-out';
  $('desk').hidden = state !== 'signed-in';
  $('who').hidden = state !== 'signed-in';
}

function setProblem(element, problem, failed) {
  element.hidden = problem == null;
  element.textContent = problem ? problemText(problem, failed) : '';
}

/** Names of the scope and the counties below it, from the region's map. */
async function loadRegionNames(code) {
  const map = await get(`/api/regions/${code}/map`);
  regionNames = new Map();
  if (!map.ok) return;
  regionNames.set(map.data.region.code, map.data.region.name);
  map.data.children.forEach((child) => regionNames.set(child.code, child.name));
}

function deadlineText(deadline) {
  if (!deadline) return '—';
  const overdue = new Date(deadline.dueAt) <= new Date();
  return `${label(STEPS, deadline.step)} ${time(deadline.dueAt)}前${overdue ? '（已逾期）' : ''}`;
}

async function loadWarnings() {
  const answer = await get(`/api/regions/${me.regionCode}/warnings`);
  if (!answer.ok) return;
  const open = answer.data.filter((warning) => warning.status === 'open');
  const rows = open.map((warning) => {
    const row = document.createElement('tr');
    row.dataset.id = warning.id;
    row.classList.toggle('selected', warning.id === selected);
    const level = Object.assign(document.createElement('span'), { className: `tag ${warning.level}`, textContent: label(LEVELS, warning.level) });
    const cells = [warning.id, regionNames.get(warning.countyCode) ?? warning.countyCode, level,
      label(STAGES, warning.stage), time(warning.raisedAt), deadlineText(warning.deadline)];
    for (const content of cells) {
      const cell = document.createElement('td');
      cell.append(content);
      row.append(cell);
    }
    if (warning.deadline && new Date(warning.deadline.dueAt) <= new Date()) row.lastChild.className = 'overdue';
    row.addEventListener('click', () => openWarning(warning.id));
    return row;
  });
  $('warnings').tBodies[0].replaceChildren(...rows);
  $('no-warnings').hidden = rows.length > 0;
}

async function openWarning(id) {
  selected = id;
  const [warning, allowed] = await Promise.all([get(`/api/warnings/${id}`), get(`/api/warnings/${id}/actions`)]);
  if (!warning.ok) return;
  const w = warning.data;
  $('detail').hidden = false;
  $('detail').dataset.id = id;
  $('detail-id').textContent = id;
  $('detail-level').textContent = label(LEVELS, w.level);
  $('detail-level').className = `tag ${w.level}`;
  $('detail-stage').textContent = label(STAGES, w.stage);
  $('detail-deadline').textContent = w.deadline ? `办理期限：${deadlineText(w.deadline)}` : '当前无区县办理期限';
  // The city's 警情通报, readable by the city and the warned county alike.
  $('bulletin').hidden = !w.bulletinDocumentNo;
  $('bulletin-no').textContent = w.bulletinDocumentNo ?? '';
  $('bulletin-page').href = `/api/warnings/${id}/bulletin.html`;
  $('bulletin-pdf').href = `/api/warnings/${id}/bulletin.pdf`;
  $('timeline').replaceChildren(...w.history.map((entry) => {
    const li = document.createElement('li');
    li.dataset.action = entry.action;
    const head = Object.assign(document.createElement('div'), { textContent: `${label(HISTORY, entry.action)} → ${label(STAGES, entry.stage)}` });
    const meta = Object.assign(document.createElement('div'), { className: 'meta', textContent: `${time(entry.at)} · ${entry.actor === 'system' ? '系统' : entry.actor}` });
    const evidence = Object.assign(document.createElement('div'), { textContent: entry.detail });
    li.append(head, meta, evidence);
    return li;
  }));
  const steps = allowed.ok ? allowed.data.actions : [];
  $('actions').replaceChildren(...steps.map((step) => {
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: label(STEPS, step) });
    button.dataset.step = step;
    button.addEventListener('click', () => {
      document.querySelectorAll('#actions button').forEach((b) => b.classList.toggle('active', b === button));
      setProblem($('problem'), null);
      buildForm($('step-form'), step);
    });
    return button;
  }));
  $('no-actions').hidden = steps.length > 0;
  $('step-form').hidden = true;
  document.querySelectorAll('#warnings tbody tr').forEach((row) => row.classList.toggle('selected', row.dataset.id === id));
}

/** The trend of the scope or one region below it (GET /api/regions/{code}/trend), over the span chosen. */
async function loadTrend() {
  const code = $('trend-region').value;
  const span = $('trend-span').value;
  if (!code) return;
  const answer = await get(`/api/regions/${code}/trend?span=${span}`);
  if (!answer.ok || $('trend-region').value !== code || $('trend-span').value !== span) return;
  trendChart ??= new LineChart($('region-trend'));
  $('region-trend').dataset.code = code;
  $('region-trend').dataset.span = span;
  trendChart.draw(trendOption(answer.data, 1, DESK_INK));
}

$('trend-region').addEventListener('change', loadTrend);
$('trend-span').addEventListener('change', loadTrend);

/** An enterprise of the scope: its class and the history of its classes (GET /api/enterprises/{uscc}). */
$('enterprise-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const uscc = event.currentTarget.elements.uscc.value.trim().toUpperCase();
  const answer = await get(`/api/enterprises/${encodeURIComponent(uscc)}`);
  setProblem($('enterprise-problem'), answer.ok ? null : answer.problem, '未能查询');
  $('enterprise').hidden = !answer.ok;
  if (!answer.ok) return;
  const enterprise = answer.data;
  $('enterprise-name').textContent = enterprise.name;
  $('enterprise-class').textContent = enterprise.class === 'high' ? '高风险企业' : '低风险企业';
  $('enterprise-class').className = `tag ${enterprise.class}`;
  $('enterprise-town').textContent = regionNames.get(enterprise.townCode) ?? enterprise.townCode ?? '';
  $('enterprise-reasons').replaceChildren(...reasonLines(enterprise).map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  classChart ??= new LineChart($('class-history'));
  $('class-history').dataset.uscc = uscc;
  classChart.draw(classOption(enterprise.history, Date.now()));
});

$('step-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  const answer = await post(`/api/warnings/${selected}/${form.dataset.step}`, bodyOf(form));
  setProblem($('problem'), answer.ok ? null : answer.problem);
  if (!answer.ok) return;
  await Promise.all([openWarning(selected), loadWarnings()]);
});

async function enter(who) {
  me = who;
  await loadRegionNames(me.regionCode);
  $('who-name').textContent = me.name || me.id;
  $('who-role').textContent = label(ROLES, me.role);
  $('who-scope').textContent = `${regionNames.get(me.regionCode) ?? ''}（${me.regionCode}）`;
  show('signed-in');
  $('trend-region').replaceChildren(...regionOptions(regionNames));
  codeExports.fillRegions(regionNames);
  await Promise.all([loadWarnings(), loadTrend()]);
  alerts = new AlertList($('alerts'), $('no-alerts'), (status) => {
    document.body.dataset.connection = status;
    $('connection').textContent = { connected: '实时连接', reconnecting: '正在重连…', offline: '未连接' }[status] ?? status;
  }, () => {
    // A new warning, a step or a deadline changes what the list and the open warning show.
    loadWarnings();
    loadTrend();
    if (selected) openWarning(selected);
  });
  await alerts.start(me.regionCode);
}

$('signin').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  const answer = await post('/api/session', { login: form.elements.login.value, password: form.elements.password.value });
  setProblem($('signin-error'), answer.ok ? null : answer.problem, '登录失败');
  if (answer.ok) {
    form.reset();
    await enter(answer.data);
  }
});

$('signout').addEventListener('click', async () => {
  await alerts?.stop();
  codeExports.stop();
  await call('DELETE', '/api/session');
  me = null;
  selected = null;
  $('detail').hidden = true;
  show('signed-out');
});

// A session cookie from an earlier visit signs the officer straight in.
const session = await get('/api/session');
if (session.ok) await enter(session.data);
else show('signed-out');
