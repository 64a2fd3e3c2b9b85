// Printing the scope's quality safety codes (POST /api/regions/{code}/code-exports): a clerk picks the county or one
// of its towns and a format, watches the codes being rendered, then downloads the file. The export runs on the server;
// the page polls its progress.

import { get, post } from './api.js';
import { problemText, regionOptions, time } from './labels.js';

/** Each choice on the form and the query it sends: the sheet and the PNGs carry the enterprise's name. */
export const EXPORT_FORMATS = {
  pdf: { text: 'A4 标签页（PDF，含企业名称）', query: 'format=pdf' },
  png: { text: '图片包（PNG，含企业名称，ZIP）', query: 'format=png&label=true' },
  svg: { text: '矢量图包（SVG，ZIP）', query: 'format=svg' },
};

const POLL_MS = 1000;

export class CodeExportForm {
  /** @param {{form: HTMLFormElement, progress: HTMLElement, download: HTMLAnchorElement, problem: HTMLElement}} parts */
  constructor(parts) {
    this.parts = parts;
    this.running = null;
    parts.form.elements.format.replaceChildren(...Object.entries(EXPORT_FORMATS).map(([value, format]) =>
      Object.assign(document.createElement('option'), { value, textContent: format.text })));
    parts.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.start();
    });
  }

  /** The scope first, then the regions below it, as the trend's choices. */
  fillRegions(regionNames) {
    this.parts.form.elements.region.replaceChildren(...regionOptions(regionNames));
  }

  async start() {
    const { form, problem, download } = this.parts;
    const format = EXPORT_FORMATS[form.elements.format.value];
    this.show(null);
    download.hidden = true;
    const answer = await post(`/api/regions/${form.elements.region.value}/code-exports?${format.query}`);
    if (!answer.ok) {
      problem.hidden = false;
      problem.textContent = problemText(answer.problem, '未能生成');
      return;
    }
    problem.hidden = true;
    const id = answer.data.id;
    this.running = id;
    form.querySelector('button[type=submit]').disabled = true;
    let view = answer.data;
    while (this.running === id && (view.state === 'queued' || view.state === 'running')) {
      this.show(view);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const status = await get(`/api/code-exports/${id}`);
      if (!status.ok) break;
      view = status.data;
    }
    form.querySelector('button[type=submit]').disabled = false;
    if (this.running !== id) return;
    this.running = null;
    this.show(view);
  }

  /** Stops watching an export, as when the officer signs out; the server finishes and expires it on its own. */
  stop() {
    this.running = null;
    this.parts.progress.hidden = true;
    this.parts.download.hidden = true;
  }

  show(view) {
    const { progress, download } = this.parts;
    progress.hidden = view == null;
    if (view == null) {
      delete progress.dataset.state;
      return;
    }
    progress.dataset.state = view.state;
    const skipped = view.skipped > 0 ? `，${view.skipped} 家已注销或迁出未打印` : '';
    progress.textContent = {
      queued: `${view.regionName}：排队等待生成（共 ${view.total} 家）`,
      running: `${view.regionName}：正在生成 ${view.done} / ${view.total} 家${skipped}`,
      completed: `${view.regionName}：已生成 ${view.done} 家${skipped}。下载链接有效至 ${time(view.expiresAt)}。`,
      failed: `${view.regionName}：生成失败（${view.error ?? '未知原因'}），请重试。`,
    }[view.state] ?? view.state;
    download.hidden = view.state !== 'completed';
    if (view.state !== 'completed') return;
    download.href = view.downloadUrl;
    download.textContent = view.downloadUrl.endsWith('/pdf') ? '下载 PDF 标签页' : '下载 ZIP 图片包';
  }
}
