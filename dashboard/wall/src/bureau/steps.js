// The form of each workflow step (docs/bureau-api.md): which fields, and the JSON body they make.
import { STEPS } from './labels.js';

const FIELDS = {
  plan: [['documentNo', '方案文号'], ['summary', '方案内容', 'textarea']],
  'plan-review': [['accepted', '审核结论', 'verdict'], ['comment', '审核意见', 'textarea']],
  investigations: [['enterprisesInvestigated', '排查企业数', 'number'], ['summary', '排查情况', 'textarea']],
  guidance: [['summary', '分级指导与整改要求', 'textarea']],
  revocations: [['uscc', '企业统一社会信用代码'], ['licenceNo', '许可证编号'], ['reason', '吊销原因', 'textarea']],
  'acceptance-application': [['summary', '整改情况', 'textarea']],
  'acceptance-sampling': [['samples', '抽查企业', 'samples']],
  lift: [['documentNo', '解除预警文号']],
  bulletin: [['documentNo', '通报文号（如 嘉市监〔2026〕12号）'], ['deadline', '整治期限', 'date']],
};

function input(name, kind) {
  if (kind === 'textarea') return Object.assign(document.createElement('textarea'), { name, rows: 2 });
  if (kind === 'verdict') {
    const select = Object.assign(document.createElement('select'), { name });
    select.append(new Option('通过', 'true'), new Option('退回修改', 'false'));
    return select;
  }
  return Object.assign(document.createElement('input'), { name, type: kind === 'number' || kind === 'date' ? kind : 'text' });
}

function sampleRow() {
  const row = document.createElement('div');
  row.className = 'sample';
  row.append(
    Object.assign(document.createElement('input'), { name: 'uscc', placeholder: '统一社会信用代码' }),
    Object.assign(document.createElement('input'), { name: 'batchesSampled', type: 'number', min: 1, placeholder: '抽查批次' }),
    Object.assign(document.createElement('input'), { name: 'batchesFailed', type: 'number', min: 0, placeholder: '不合格批次' }));
  return row;
}

/** Fills `form` with the fields of `step` and a submit button. */
export function buildForm(form, step) {
  form.replaceChildren();
  form.dataset.step = step;
  const title = document.createElement('strong');
  title.textContent = STEPS[step] ?? step;
  form.append(title);
  for (const [name, text, kind] of FIELDS[step] ?? []) {
    const label = document.createElement('label');
    label.append(text);
    if (kind === 'samples') {
      const rows = Object.assign(document.createElement('div'), { className: 'samples' });
      rows.append(sampleRow());
      const more = Object.assign(document.createElement('button'), { type: 'button', textContent: '添加企业' });
      more.addEventListener('click', () => rows.append(sampleRow()));
      label.append(rows, more);
    } else {
      label.append(input(name, kind));
    }
    form.append(label);
  }
  form.append(Object.assign(document.createElement('button'), { type: 'submit', textContent: '提交' }));
  form.hidden = false;
}

/** The JSON body of the filled form; empty fields are left out so the server names the missing one. */
export function bodyOf(form) {
  const body = {};
  for (const [name, , kind] of FIELDS[form.dataset.step] ?? []) {
    if (kind === 'samples') {
      body.samples = [...form.querySelectorAll('.sample')]
        .map((row) => ({
          uscc: row.querySelector('[name=uscc]').value.trim(),
          batchesSampled: Number(row.querySelector('[name=batchesSampled]').value),
          batchesFailed: Number(row.querySelector('[name=batchesFailed]').value),
        }))
        .filter((sample) => sample.uscc !== '');
      continue;
    }
    const value = form.elements[name].value.trim();
    if (value === '') continue;
    body[name] = kind === 'number' ? Number(value) : kind === 'verdict' ? value === 'true' : value;
  }
  return body;
}
