// The in-memory state of one Watch stream (docs/live-map-protocol.md): the watched region, its direct children
// and the latest ticker items, plus the (epoch, seq) position needed to resume after a reconnect.
// Pure and DOM-free so `node --test` can check snapshot/delta application and gap detection.

/** Ticker items kept per stream; the wall shows fewer, and a busy city must not grow memory without bound. */
export const TICKER_CAPACITY = 50;

export class RegionModel {
  constructor(code) {
    this.code = code;
    this.epoch = null;
    this.seq = null;
    this.region = null;
    /** @type {Map<string, object>} child code → RegionSummary */
    this.children = new Map();
    /** newest last, unique by seq */
    this.ticker = [];
    /** bumped on every applied change, so views repaint only when something moved */
    this.version = 0;
  }

  /** True once a snapshot has been applied: the view has something to draw. */
  get ready() {
    return this.region !== null;
  }

  /** What to pass as `resume` to Watch: the position of the last applied message, or null for a fresh subscription. */
  resumeToken() {
    return this.epoch !== null && this.seq !== null ? { epoch: this.epoch, seq: this.seq } : null;
  }

  /** Forgets the position (not the data: the wall keeps showing the last state until a snapshot replaces it). */
  forgetPosition() {
    this.epoch = null;
    this.seq = null;
  }

  /**
   * Applies one stream item. Returns "applied", or "gap" when a delta does not continue exactly where the last
   * applied message ended (other epoch, or fromSeq ≠ last seq): the caller must resubscribe without resume.
   */
  apply(message) {
    if (message.type === 'snapshot') {
      this.#applySnapshot(message);
      return 'applied';
    }
    if (message.type === 'delta') {
      if (message.epoch !== this.epoch || message.fromSeq !== this.seq) {
        this.forgetPosition();
        return 'gap';
      }
      this.#applyDelta(message);
      return 'applied';
    }
    return 'ignored';
  }

  #applySnapshot(message) {
    this.epoch = message.epoch;
    this.seq = message.seq;
    this.region = message.region;
    this.children = new Map((message.children ?? []).map((child) => [child.code, child]));
    // `recent` is the server's own account of the latest items; sequence numbers of another epoch would not
    // even be comparable, so the snapshot replaces the ticker instead of merging into it.
    this.ticker = [];
    this.#addTicker(message.recent ?? []);
    this.version++;
  }

  #applyDelta(message) {
    for (const summary of message.regions ?? []) {
      if (summary.code === this.code) this.region = summary;
      else this.children.set(summary.code, summary);
    }
    this.#addTicker(message.ticker ?? []);
    this.seq = message.seq;
    if ((message.regions?.length ?? 0) > 0 || (message.ticker?.length ?? 0) > 0) this.version++;
  }

  #addTicker(items) {
    const seen = new Set(this.ticker.map((t) => t.seq));
    for (const item of items) if (!seen.has(item.seq)) this.ticker.push(item);
    this.ticker.sort((a, b) => a.seq - b.seq);
    if (this.ticker.length > TICKER_CAPACITY) this.ticker.splice(0, this.ticker.length - TICKER_CAPACITY);
  }

  /** The headline numbers of the shown region (docs: 企业数, 高风险企业, 红/橙色区域, 未解除预警). */
  headline() {
    const children = [...this.children.values()];
    const warnings = new Set();
    for (const r of [this.region, ...children]) if (r?.openWarning?.status === 'open') warnings.add(r.openWarning.id);
    return {
      monitored: this.region?.monitored ?? 0,
      highRisk: this.region?.highRisk ?? 0,
      redOrOrange: children.filter((c) => c.colour === 'red' || c.colour === 'orange').length,
      openWarnings: warnings.size,
    };
  }
}
