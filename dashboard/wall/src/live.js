// The SignalR side of docs/live-map-protocol.md: one connection to /hubs/map, any number of Watch streams, each
// feeding a RegionModel. What matters for a wall that runs for weeks:
//  - it never gives up: SignalR's automatic reconnect first, then our own retry loop for as long as it takes;
//  - after any reconnect every stream is resumed from the last applied (epoch, seq), so nothing is lost;
//  - a gap (delta.fromSeq ≠ last seq) is never papered over: the stream is restarted without resume.
import { HubConnectionBuilder, HubConnectionState, LogLevel } from '@microsoft/signalr';

const AUTOMATIC_RECONNECT_DELAYS_MS = [0, 1000, 2000, 5000, 10000];
const RETRY_DELAYS_MS = [1000, 2000, 5000];
const RETRY_MAX_DELAY_MS = 10000;
/** After the server ends or fails a stream while the connection stays up (e.g. it is shutting down). */
const STREAM_RETRY_DELAY_MS = 2000;

export class LiveConnection {
  #watches = new Set();
  #retryAttempt = 0;
  #retryTimer = null;

  /**
   * @param {string} hubUrl
   * @param {(status: 'connecting'|'connected'|'reconnecting') => void} onStatus
   * @param {string|null} apiKey the wall's key; without one the browser's session cookie (a signed-in bureau) is used
   */
  constructor(hubUrl, onStatus, apiKey) {
    this.onStatus = onStatus;
    this.status = 'connecting';
    this.connection = new HubConnectionBuilder()
      // The SignalR client sends the key as a bearer header, or as access_token on the WebSocket itself.
      .withUrl(hubUrl, apiKey ? { accessTokenFactory: () => apiKey } : {})
      .withAutomaticReconnect(AUTOMATIC_RECONNECT_DELAYS_MS)
      .configureLogging(LogLevel.Warning)
      .build();
    this.connection.onreconnecting(() => this.#setStatus('reconnecting'));
    this.connection.onreconnected(() => this.#connected());
    // onclose fires when the automatic reconnect has given up (or the first start never succeeded).
    this.connection.onclose(() => {
      this.#setStatus('reconnecting');
      this.#scheduleRetry();
    });
  }

  get isConnected() {
    return this.connection.state === HubConnectionState.Connected;
  }

  start() {
    this.#tryStart();
  }

  /** Starts a Watch stream that feeds `model`; `onChange` runs after every applied message. */
  watch(model, onChange) {
    const watch = new Watch(this, model, onChange);
    this.#watches.add(watch);
    if (this.isConnected) watch.subscribe();
    return { close: () => { this.#watches.delete(watch); watch.close(); } };
  }

  async #tryStart() {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    if (this.connection.state !== HubConnectionState.Disconnected) return;
    try {
      await this.connection.start();
      this.#connected();
    } catch {
      this.#setStatus('reconnecting');
      this.#scheduleRetry();
    }
  }

  #scheduleRetry() {
    if (this.#retryTimer !== null) return;
    const delay = RETRY_DELAYS_MS[this.#retryAttempt] ?? RETRY_MAX_DELAY_MS;
    this.#retryAttempt++;
    this.#retryTimer = setTimeout(() => this.#tryStart(), delay);
  }

  #connected() {
    this.#retryAttempt = 0;
    this.#setStatus('connected');
    // SignalR does not replay: every stream is called again, resuming where its model stopped.
    for (const watch of this.#watches) watch.subscribe();
  }

  #setStatus(status) {
    if (this.status === status) return;
    this.status = status;
    this.onStatus(status);
  }
}

class Watch {
  #subscription = null;
  // Each subscribe() starts a new generation; callbacks of an older stream are ignored, so a late message of a
  // stream we already replaced can never be applied on top of newer state.
  #generation = 0;
  #retryTimer = null;
  #closed = false;

  constructor(live, model, onChange) {
    this.live = live;
    this.model = model;
    this.onChange = onChange;
  }

  subscribe() {
    if (this.#closed) return;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    this.#subscription?.dispose();
    const generation = ++this.#generation;
    const resume = this.model.resumeToken();
    this.#subscription = this.live.connection.stream('Watch', this.model.code, resume).subscribe({
      next: (message) => {
        if (generation !== this.#generation) return;
        if (this.model.apply(message) === 'gap') {
          console.warn(`Watch ${this.model.code}: gap before seq ${message.seq}; subscribing afresh`);
          this.subscribe();
          return;
        }
        this.onChange(message);
      },
      error: (err) => this.#ended(generation, err),
      complete: () => this.#ended(generation, null),
    });
  }

  close() {
    this.#closed = true;
    clearTimeout(this.#retryTimer);
    this.#generation++;
    this.#subscription?.dispose();
    this.#subscription = null;
  }

  #ended(generation, err) {
    if (generation !== this.#generation || this.#closed) return;
    this.#subscription = null;
    // A dropped connection ends every stream; the reconnect resubscribes them all. Only when the connection is
    // still up (the hub failed or completed this one stream) do we retry here.
    if (!this.live.isConnected) return;
    if (err) console.warn(`Watch ${this.model.code} failed: ${err.message ?? err}`);
    // SignalR fails the streams before it marks the connection as reconnecting, so look again when the timer fires.
    this.#retryTimer = setTimeout(() => { if (this.live.isConnected) this.subscribe(); }, STREAM_RETRY_DELAY_MS);
  }
}
