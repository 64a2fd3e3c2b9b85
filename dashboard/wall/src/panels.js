// The side panels: headline counts and the ranking of the shown region's children.
import { COLOUR_NAME, SEVERITY, formatShare } from './palette.js';

const number = new Intl.NumberFormat('zh-CN');

export function renderHeadline(elements, headline) {
  elements.monitored.textContent = number.format(headline.monitored);
  elements.highRisk.textContent = number.format(headline.highRisk);
  elements.redOrOrange.textContent = number.format(headline.redOrOrange);
  elements.openWarnings.textContent = number.format(headline.openWarnings);
}

/** Children, worst first; a row is a button when the child can be drilled into. */
export function renderRanking(list, children, onSelect) {
  const rows = [...children].sort((a, b) =>
    (SEVERITY[b.colour] ?? 0) - (SEVERITY[a.colour] ?? 0)
    || (b.sharePercent ?? -1) - (a.sharePercent ?? -1)
    || a.code.localeCompare(b.code));
  const fragment = document.createDocumentFragment();
  for (const c of rows) {
    const li = document.createElement('li');
    li.className = c.colour;
    li.dataset.code = c.code;
    if (onSelect) {
      li.tabIndex = 0;
      li.addEventListener('click', () => onSelect(c.code));
    }
    const swatch = document.createElement('i');
    swatch.className = `swatch ${c.colour}`;
    swatch.title = COLOUR_NAME[c.colour] ?? '';
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = (c.openWarning ? '⚠ ' : '') + c.name;
    const share = document.createElement('span');
    share.className = 'share';
    share.textContent = formatShare(c);
    const counts = document.createElement('span');
    counts.className = 'counts';
    counts.textContent = c.monitored > 0 ? `${c.highRisk}/${c.monitored}` : '';
    li.append(swatch, name, share, counts);
    fragment.append(li);
  }
  list.replaceChildren(fragment);
}
