// The live ticker: the latest reclassifications (an enterprise's code flips 红 ↔ 绿), formal warnings, and batches
// found 不合格 or recalled with the towns that hold them, newest first. Rebuilt from the model on each repaint, so it is capped by construction.
// As the bureaus' alerts do (docs/bureau-api.md), repeats of one condition fold into one line: the latest, "×N", its first time.
import { CODE_NAME, RULE_NAME, WARNING_ACTION, formatTime } from './palette.js';

const SHOWN = 30;

/** One ticker item as the wall words it; `names` resolves region codes the wall knows to names. */
export function describe(item, names) {
  const place = names(item.regionCode);
  if (item.kind === 'enterprise') {
    const rules = (item.rules ?? []).map((r) => RULE_NAME[r] ?? r).join('、');
    return {
      tone: item.to === 'high' ? 'red' : 'green',
      title: `企业 赋码 ${CODE_NAME[item.from] ?? item.from}→${CODE_NAME[item.to] ?? item.to}`,
      place,
      detail: [item.name, rules].filter(Boolean).join(' · '),
    };
  }
  if (item.kind === 'warning') {
    const w = item.warning ?? {};
    const level = w.level === 'red' ? '红色' : '橙色';
    const action = WARNING_ACTION[item.action] ?? item.action;
    return {
      tone: item.action === 'lifted' ? 'green' : w.level === 'red' ? 'red' : 'orange',
      title: item.action === 'lifted' ? '预警 解除' : `预警 ${action}${level}预警`,
      place,
      detail: w.id ? `预警编号 ${w.id}` : '',
    };
  }
  if (item.kind === 'batch') {
    const towns = (item.townCodes ?? []).map((code) => names(code)).join('、');
    return {
      tone: 'red',
      title: item.flag === 'recalled' ? `召回 ${item.productName}` : `不合格批次 ${item.productName}`,
      place: towns || place,
      detail: `批号 ${item.lot} · 涉及 ${(item.townCodes ?? []).length} 个乡镇（街道）`,
    };
  }
  return { tone: 'grey', title: item.kind, place, detail: '' };
}

/** The condition a ticker item tells of: items of one condition are repeats. Unknown kinds never fold. */
export function conditionOf(item) {
  if (item.kind === 'enterprise') return `enterprise:${item.uscc}:${item.to}`;
  if (item.kind === 'warning') return `warning:${item.warning?.id}:${item.action}`;
  if (item.kind === 'batch') return `batch:${item.gtin}:${item.lot}:${item.flag}`;
  return `seq:${item.seq}`;
}

/**
 * The items (oldest first) folded by condition, newest first: each line is the latest item of its condition with how
 * many times it came (`count`) and when first (`firstAt`), placed where its latest repeat is.
 */
export function fold(items) {
  const lines = new Map();
  for (const item of items) {
    const key = conditionOf(item);
    const known = lines.get(key);
    lines.delete(key);
    lines.set(key, { item, count: (known?.count ?? 0) + 1, firstAt: known?.firstAt ?? item.at });
  }
  return [...lines.values()].reverse();
}

export function renderTicker(list, items, names) {
  const fragment = document.createDocumentFragment();
  for (const { item, count, firstAt } of fold(items).slice(0, SHOWN)) {
    const text = describe(item, names);
    const li = document.createElement('li');
    li.className = `tick ${text.tone}`;
    li.dataset.seq = item.seq;
    const time = document.createElement('time');
    time.textContent = item.at ? formatTime(new Date(item.at)) : '';
    const title = document.createElement('b');
    title.textContent = count > 1 ? `${text.title} ×${count}` : text.title;
    if (count > 1) li.title = `首次 ${formatTime(new Date(firstAt))}`;
    if (text.place) {
      const place = document.createElement('small');
      place.textContent = text.place;
      title.append(place);
    }
    const detail = document.createElement('span');
    detail.textContent = text.detail;
    li.append(time, title, detail);
    fragment.append(li);
  }
  list.replaceChildren(fragment);
}
