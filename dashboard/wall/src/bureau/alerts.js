// The scope's alerts: the history over HTTP, then the hub's Alerts stream from the last seq seen, so a new or changed
// alert shows without a reload. A client keeps the highest revision of each alert (docs/bureau-api.md): a condition
// that comes back within the hold is a new revision of its alert, so its row changes in place.
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { get, post } from './api.js';
import { alertBadges, alertMeta } from './alertLines.js';
import { ALERT_KINDS, label } from './labels.js';

const RECONNECT_DELAYS_MS = [0, 1000, 2000, 5000, 10000, 10000, 10000];

export class AlertList {
  #alerts = new Map();
  #lastSeq = 0;
  #connection = null;
  #subscription = null;

  /**
   * @param {HTMLOListElement} list
   * @param {HTMLElement} empty shown while there is no alert
   * @param {(status: string) => void} onStatus
   * @param {(alert: object) => void} onAlert runs for every alert the stream brings (new or changed)
   */
  constructor(list, empty, onStatus, onAlert) {
    this.list = list;
    this.empty = empty;
    this.onStatus = onStatus;
    this.onAlert = onAlert;
  }

  async start(region) {
    this.region = region;
    const history = await get(`/api/alerts/${region}`);
    if (history.ok) history.data.forEach((alert) => this.#keep(alert));
    this.#render();
    // No key: the browser's session cookie authenticates the hub connection.
    this.#connection = new HubConnectionBuilder()
      .withUrl('/hubs/map')
      .withAutomaticReconnect(RECONNECT_DELAYS_MS)
      .configureLogging(LogLevel.Warning)
      .build();
    this.#connection.onreconnecting(() => this.onStatus('reconnecting'));
    this.#connection.onreconnected(() => this.#subscribe());
    this.#connection.onclose(() => this.onStatus('offline'));
    await this.#connection.start();
    this.#subscribe();
  }

  async stop() {
    this.#subscription?.dispose();
    await this.#connection?.stop();
    this.#alerts.clear();
    this.#lastSeq = 0;
    this.list.replaceChildren();
  }

  #subscribe() {
    this.#subscription?.dispose();
    this.#subscription = this.#connection.stream('Alerts', this.region, this.#lastSeq).subscribe({
      next: (alert) => {
        this.#keep(alert);
        this.#render();
        this.onAlert(alert);
      },
      error: () => this.onStatus('reconnecting'),
      complete: () => {},
    });
    this.onStatus('connected');
  }

  #keep(alert) {
    const known = this.#alerts.get(alert.id);
    if (!known || alert.revision >= known.revision) this.#alerts.set(alert.id, alert);
    this.#lastSeq = Math.max(this.#lastSeq, alert.seq);
  }

  async #acknowledge(alert) {
    const answer = await post(`/api/alerts/${alert.regionCode}/${alert.id}/acknowledgement`);
    if (answer.ok) {
      this.#keep(answer.data);
      this.#render();
    }
  }

  #render() {
    const alerts = [...this.#alerts.values()].sort((a, b) => b.seq - a.seq);
    this.empty.hidden = alerts.length > 0;
    this.list.replaceChildren(...alerts.map((alert) => this.#item(alert)));
  }

  #item(alert) {
    const li = document.createElement('li');
    li.dataset.alertId = alert.id;
    li.dataset.kind = alert.kind;
    li.dataset.key = alert.key;
    li.classList.toggle('acknowledged', alert.acknowledgedAt != null);
    li.classList.toggle('closed', alert.open === false);
    const title = Object.assign(document.createElement('div'), { className: 'title', textContent: `【${label(ALERT_KINDS, alert.kind)}】${alert.title}` });
    for (const badge of alertBadges(alert)) {
      title.append(' ', Object.assign(document.createElement('span'), { className: `badge ${badge.className}`, textContent: badge.text }));
    }
    const detail = Object.assign(document.createElement('div'), { textContent: alert.detail });
    const meta = Object.assign(document.createElement('div'), { className: 'muted', textContent: alertMeta(alert) });
    li.append(title, detail, meta);
    if (alert.acknowledgedAt == null) {
      const ack = Object.assign(document.createElement('button'), { type: 'button', className: 'ack', textContent: '确认' });
      ack.addEventListener('click', () => this.#acknowledge(alert));
      li.append(ack);
    }
    return li;
  }
}
