// Direct Line 3.0 client for our own server (same origin).
// The token, conversation id and watermark live in this object only: never in storage, cookies or the URL.

const POLL_INTERVAL_MS = 1000;
const REQUEST_TIMEOUT_MS = 20000;
const MAX_RETRY_DELAY_MS = 15000;
const SOCKET_FAILURES_BEFORE_POLLING = 3;
const HEALTHY_SOCKET_MS = 10000;

/** An HTTP error from the Direct Line server, with its status code and the server's own message, if it sent one. */
export class DirectLineError extends Error {
  constructor(status, serverMessage = null) {
    super(`Direct Line request failed (${status})`);
    this.status = status;
    this.serverMessage = serverMessage;
  }
}

/** The `error.message` of a Direct Line error body, or null. */
async function serverMessageOf(response) {
  try {
    const body = await response.json();
    return typeof body?.error?.message === 'string' ? body.error.message : null;
  } catch {
    return null;
  }
}

export function randomId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function isNewer(candidate, current) {
  if (current === null) return true;
  const a = Number(candidate);
  const b = Number(current);
  return Number.isFinite(a) && Number.isFinite(b) ? a > b : candidate !== current;
}

export class DirectLineClient {
  #domain;
  #onActivities;
  #onStatus;
  #token = null;
  #conversationId = null;
  #watermark = null;
  #userId = null;
  #socket = null;
  #polling = false;
  #pollLoopRunning = false;
  #stopped = false;
  #socketFailures = 0;
  #attempt = 0;
  #retryTimer = 0;
  #refreshTimer = 0;
  #pollTimer = 0;
  #handleOnline = () => this.#onNetworkBack();
  #handleOffline = () => this.#onNetworkLost();
  #vendToken;

  /**
   * @param {{domain: string, onActivities: (activities: object[]) => void, onStatus: (status: string) => void,
   *          vendToken?: (userId: string) => Promise<{token: string, expires_in: number}>}} options
   * Status is one of: connecting, online, reconnecting, offline, ended.
   * vendToken replaces the anonymous /tokens/generate (the collaborator page gets its token from the console).
   */
  constructor({ domain, onActivities, onStatus, vendToken }) {
    this.#domain = domain.replace(/\/+$/, '');
    this.#onActivities = onActivities;
    this.#onStatus = onStatus;
    this.#vendToken = vendToken ?? ((userId) => this.#request('POST', '/tokens/generate', { user: { id: userId } }));
  }

  get userId() {
    return this.#userId;
  }

  get ready() {
    return this.#conversationId !== null && !this.#stopped;
  }

  async start() {
    window.addEventListener('online', this.#handleOnline);
    window.addEventListener('offline', this.#handleOffline);
    await this.#startConversation();
  }

  /** Posts an activity; resolves with the id the server gave it. */
  async post(activity) {
    if (!this.ready) throw new DirectLineError(0);
    const reply = await this.#request('POST', `${this.#conversationPath()}/activities`, activity);
    return reply.id;
  }

  /** Forgets everything: closes the stream, stops timers, drops the token and conversation id. */
  stop() {
    this.#stopped = true;
    window.removeEventListener('online', this.#handleOnline);
    window.removeEventListener('offline', this.#handleOffline);
    clearTimeout(this.#retryTimer);
    clearTimeout(this.#refreshTimer);
    clearTimeout(this.#pollTimer);
    const socket = this.#socket;
    this.#socket = null;
    if (socket) socket.close(1000);
    this.#token = null;
    this.#conversationId = null;
    this.#watermark = null;
    this.#userId = null;
  }

  async #startConversation() {
    this.#status('connecting');
    try {
      // The server binds the token to the user id we ask for; it is random and lives in memory only.
      const userId = `dl_${randomId()}`;
      const vended = await this.#vendToken(userId);
      this.#token = vended.token;
      this.#userId = userId;
      const started = await this.#request('POST', '/conversations', { user: { id: this.#userId }, locale: 'vi-VN' });
      if (started.token) this.#token = started.token;
      this.#conversationId = started.conversationId;
      this.#scheduleRefresh(started.expires_in ?? vended.expires_in);
      this.#open(started.streamUrl);
    } catch {
      if (this.#stopped) return;
      this.#token = null;
      this.#conversationId = null;
      this.#status('reconnecting');
      this.#retryLater(() => this.#startConversation());
    }
  }

  #open(streamUrl) {
    if (this.#stopped) return;
    if (this.#polling || !streamUrl || typeof WebSocket !== 'function') {
      this.#startPolling();
      return;
    }
    let healthy = false; // a frame arrived or the socket lived a while
    let openedAt = 0;
    let socket;
    try {
      socket = new WebSocket(streamUrl);
    } catch {
      this.#startPolling();
      return;
    }
    this.#socket = socket;
    socket.onopen = () => {
      openedAt = Date.now();
      this.#status('online');
      this.#catchUp();
    };
    socket.onmessage = (event) => {
      healthy = true;
      this.#receiveFrame(event.data);
    };
    socket.onclose = () => {
      if (this.#socket !== socket) return;
      this.#socket = null;
      if (this.#stopped) return;
      if (!navigator.onLine || healthy || (openedAt && Date.now() - openedAt >= HEALTHY_SOCKET_MS)) {
        this.#socketFailures = 0;
        this.#attempt = 0;
      } else if (++this.#socketFailures >= SOCKET_FAILURES_BEFORE_POLLING) {
        this.#polling = true; // WebSocket does not work here (proxy, firewall): fall back to polling
      }
      this.#status(navigator.onLine ? 'reconnecting' : 'offline');
      this.#retryLater(() => this.#reconnect());
    };
  }

  async #reconnect() {
    if (this.#stopped) return;
    if (this.#polling) {
      this.#startPolling();
      return;
    }
    try {
      const conversation = await this.#request('GET', `${this.#conversationPath()}${this.#watermarkQuery()}`);
      if (conversation.token) this.#token = conversation.token;
      this.#open(conversation.streamUrl);
    } catch (error) {
      if (this.#stopped) return;
      if (this.#isFatal(error)) return;
      this.#status(navigator.onLine ? 'reconnecting' : 'offline');
      this.#retryLater(() => this.#reconnect());
    }
  }

  #startPolling() {
    if (this.#stopped || this.#pollLoopRunning) return;
    this.#polling = true;
    this.#pollLoopRunning = true;
    const tick = async () => {
      if (this.#stopped) return;
      try {
        const set = await this.#request('GET', `${this.#conversationPath()}/activities${this.#watermarkQuery()}`);
        this.#status('online');
        this.#acceptSet(set);
      } catch (error) {
        if (this.#stopped || this.#isFatal(error)) return;
        this.#status(navigator.onLine ? 'reconnecting' : 'offline');
      }
      if (!this.#stopped) this.#pollTimer = setTimeout(tick, POLL_INTERVAL_MS);
    };
    this.#pollTimer = setTimeout(tick, 0);
  }

  /** After a (re)connect, fetch anything posted since our watermark; duplicates are dropped by activity id. */
  async #catchUp() {
    try {
      const set = await this.#request('GET', `${this.#conversationPath()}/activities${this.#watermarkQuery()}`);
      this.#acceptSet(set);
    } catch {
      // The stream carries on; a later reconnect will catch up again.
    }
  }

  #receiveFrame(data) {
    if (typeof data !== 'string' || data.trim() === '') return; // keepalive
    let set;
    try {
      set = JSON.parse(data);
    } catch {
      return;
    }
    this.#acceptSet(set);
  }

  #acceptSet(set) {
    if (!set || !Array.isArray(set.activities)) return;
    if (set.watermark && isNewer(String(set.watermark), this.#watermark)) this.#watermark = String(set.watermark);
    if (set.activities.length > 0) this.#onActivities(set.activities);
  }

  #onNetworkLost() {
    if (this.#stopped) return;
    this.#status('offline');
    const socket = this.#socket;
    if (socket) socket.close(4000, 'offline'); // onclose schedules the reconnect
  }

  #onNetworkBack() {
    if (this.#stopped) return;
    this.#attempt = 0;
    if (this.#socket || this.#pollLoopRunning) return;
    clearTimeout(this.#retryTimer);
    this.#status('reconnecting');
    if (this.#conversationId) this.#reconnect();
    else this.#startConversation();
  }

  #scheduleRefresh(expiresInSeconds) {
    const lifetime = Number(expiresInSeconds) > 0 ? Number(expiresInSeconds) : 1800;
    const delaySeconds = Math.max(30, Math.min(lifetime / 2, lifetime - 120));
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(() => this.#refresh(), delaySeconds * 1000);
  }

  async #refresh() {
    if (this.#stopped) return;
    try {
      const refreshed = await this.#request('POST', '/tokens/refresh');
      if (refreshed.token) this.#token = refreshed.token;
      this.#scheduleRefresh(refreshed.expires_in);
    } catch (error) {
      if (this.#stopped || this.#isFatal(error)) return; // refused (e.g. a disabled collaborator account): the chat ends
      this.#refreshTimer = setTimeout(() => this.#refresh(), 30000);
    }
  }

  #isFatal(error) {
    const status = error instanceof DirectLineError ? error.status : 0;
    if (status === 401 || status === 403 || status === 404) {
      this.#status('ended');
      return true;
    }
    return false;
  }

  #retryLater(action) {
    clearTimeout(this.#retryTimer);
    const delay = Math.min(MAX_RETRY_DELAY_MS, 500 * 2 ** this.#attempt) + Math.random() * 500;
    this.#attempt = Math.min(this.#attempt + 1, 10);
    this.#retryTimer = setTimeout(action, delay);
  }

  #conversationPath() {
    return `/conversations/${encodeURIComponent(this.#conversationId)}`;
  }

  #watermarkQuery() {
    return this.#watermark === null ? '' : `?watermark=${encodeURIComponent(this.#watermark)}`;
  }

  #status(status) {
    if (!this.#stopped) this.#onStatus(status);
  }

  async #request(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (this.#token) headers.Authorization = `Bearer ${this.#token}`;
    const init = {
      method,
      headers,
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(this.#domain + path, init);
    if (!response.ok) throw new DirectLineError(response.status, response.status >= 500 ? await serverMessageOf(response) : null);
    const text = await response.text();
    return text ? JSON.parse(text) : {};
  }
}
