// Web chat entry point: wires the page to the Direct Line client.
// Privacy: everything lives in memory; nothing is written to storage, cookies, the URL or history.
import { DirectLineClient, DirectLineError, randomId } from './directline.js';
import { Transcript } from './transcript.js';

const ECHO_TIMEOUT_MS = 20000;
const DOUBLE_ESCAPE_MS = 1000;
// While the person types, a `typing` activity (never the text) at most this often, as Web Chat does: a counsellor
// holding the conversation sees "Người dùng đang nhập…".
const TYPING_EVERY_MS = 3000;
const LOCATION_TEXT = '📍 Vị trí của tôi';
const STATUS_TEXT = {
  connecting: 'Đang kết nối…',
  reconnecting: 'Đang kết nối lại…',
  offline: 'Mất kết nối mạng. Đang kết nối lại…',
  ended: 'Cuộc trò chuyện đã kết thúc. Hãy tải lại trang để bắt đầu lại.',
  online: '',
};

const exitUrl = document.body.dataset.exitUrl || 'https://www.google.com/';
const statusLine = document.getElementById('connection-status');
const composer = document.getElementById('composer');
const input = document.getElementById('message');
const shareLocation = document.getElementById('share-location');
const transcript = new Transcript(
  document.getElementById('transcript'),
  document.querySelector('.conversation'),
  document.getElementById('typing'),
);

/** Sent activities waiting for their echo, by clientActivityID. */
const awaitingEcho = new Map();
/** The bot asked for a secret (a collaborator's password): the next message is typed hidden and shown as dots. */
let secretNext = false;
const SECRET_SHOWN_AS = '••••••••';
/** Ids of activities already shown; a reconnect may deliver them again. */
const shownIds = new Set();
let lastEscapeAt = -Infinity;
let lastTypingAt = -Infinity;

const client = new DirectLineClient({
  domain: `${window.location.origin}/v3/directline`,
  onActivities: receive,
  onStatus: showStatus,
  vendToken: document.body.dataset.tokenUrl ? vendCollaboratorToken : undefined,
});

/**
 * The collaborator page (/console/cong-tac-vien/): the token comes from the console, for the signed-in collaborator
 * (session cookie + anti-forgery header). Not signed in any more: back to the console's sign-in.
 */
async function vendCollaboratorToken(userId) {
  const antiforgery = await fetch('/console/api/antiforgery', { credentials: 'same-origin', cache: 'no-store' });
  if (!antiforgery.ok) throw new DirectLineError(antiforgery.status);
  const { token, headerName } = await antiforgery.json();
  const response = await fetch(document.body.dataset.tokenUrl, {
    method: 'POST',
    credentials: 'same-origin',
    cache: 'no-store',
    headers: { 'Content-Type': 'application/json', [headerName]: token },
    body: JSON.stringify({ user: { id: userId } }),
  });
  if (response.status === 401 || response.status === 403) {
    window.location.replace('/console/');
    throw new DirectLineError(response.status);
  }
  if (!response.ok) throw new DirectLineError(response.status);
  return response.json();
}

function showStatus(status) {
  const text = STATUS_TEXT[status] ?? '';
  statusLine.textContent = text;
  statusLine.hidden = text === '';
  statusLine.dataset.status = status;
}

function isFromUser(activity) {
  const from = activity.from ?? {};
  return from.role ? from.role === 'user' : from.id !== undefined && from.id === client.userId;
}

function receive(activities) {
  for (const activity of activities) {
    if (!activity || typeof activity !== 'object') continue;
    if (activity.id) {
      if (shownIds.has(activity.id)) continue;
      shownIds.add(activity.id);
    }
    if (isFromUser(activity)) confirmEcho(activity);
    else if (activity.type === 'typing') transcript.showTyping();
    else if (activity.type === 'message') {
      transcript.addBotMessage(activity, client.userId, performAction);
      expectSecret(activity.channelData?.hotline?.secretInput === true);
    }
  }
}

function expectSecret(secret) {
  secretNext = secret;
  input.type = secret ? 'password' : 'text';
  input.autocomplete = secret ? 'current-password' : 'off';
}

function confirmEcho(activity) {
  const clientActivityId = activity.channelData?.clientActivityID;
  const entry = awaitingEcho.get(clientActivityId);
  if (!entry) {
    if (activity.type === 'message' && activity.text) transcript.markSent(transcript.addUserMessage(activity.text), activity.id);
    return;
  }
  clearTimeout(entry.timer);
  awaitingEcho.delete(clientActivityId);
  transcript.markSent(entry.row, activity.id);
}

function send(text, extra = {}) {
  const clientActivityId = randomId();
  const activity = {
    type: 'message',
    text,
    locale: 'vi-VN',
    textFormat: 'plain',
    ...extra,
    channelData: { ...(extra.channelData ?? {}), clientActivityID: clientActivityId },
  };
  lastTypingAt = -Infinity; // the next words typed are a new message: show them at once
  const entry = { activity, row: transcript.addUserMessage(secretNext ? SECRET_SHOWN_AS : text), timer: 0 };
  if (secretNext) expectSecret(false);
  awaitingEcho.set(clientActivityId, entry);
  deliver(entry);
}

async function deliver(entry) {
  transcript.markPending(entry.row);
  clearTimeout(entry.timer);
  entry.activity.from = { id: client.userId ?? '', role: 'user' };
  entry.timer = setTimeout(() => failed(entry), ECHO_TIMEOUT_MS);
  try {
    await client.post(entry.activity);
  } catch (error) {
    failed(entry);
    showOutageNote(error);
  }
}

// When the service itself fails, its error message carries the emergency numbers: show it once per outage.
let outageNoteShown = false;
function showOutageNote(error) {
  if (error?.serverMessage && !outageNoteShown) {
    outageNoteShown = true;
    transcript.addNote(error.serverMessage);
    setTimeout(() => { outageNoteShown = false; }, 60000);
  }
}

function failed(entry) {
  clearTimeout(entry.timer);
  if (awaitingEcho.get(entry.activity.channelData.clientActivityID) !== entry) return; // echoed meanwhile
  transcript.markFailed(entry.row, () => deliver(entry));
}

function sendTyping() {
  const now = performance.now();
  if (!client.ready || input.value.trim() === '' || now - lastTypingAt < TYPING_EVERY_MS) return;
  lastTypingAt = now;
  client.post({ type: 'typing', from: { id: client.userId ?? '', role: 'user' } }).catch(() => {});
}

function performAction(action) {
  const value = action.value ?? action.text ?? action.title;
  if (action.type === 'postBack' && typeof value !== 'string') {
    send(String(action.title ?? ''), { value, channelData: { postBack: true } });
  } else if (action.type === 'messageBack') {
    send(String(action.displayText ?? action.text ?? action.title ?? ''), { value: action.value });
  } else {
    send(String(value ?? ''));
  }
  input.focus();
}

function shareMyLocation() {
  if (!('geolocation' in navigator)) {
    transcript.addNote('Trình duyệt này không chia sẻ được vị trí. Bạn có thể nhập tên tỉnh/thành hoặc quận/huyện.');
    return;
  }
  shareLocation.disabled = true;
  shareLocation.setAttribute('aria-busy', 'true');
  const done = () => {
    shareLocation.disabled = false;
    shareLocation.removeAttribute('aria-busy');
  };
  navigator.geolocation.getCurrentPosition(
    (position) => {
      done();
      const round = (degrees) => Math.round(degrees * 1e5) / 1e5;
      send(LOCATION_TEXT, {
        entities: [{ type: 'GeoCoordinates', latitude: round(position.coords.latitude), longitude: round(position.coords.longitude) }],
      });
    },
    (error) => {
      done();
      transcript.addNote(error.code === error.PERMISSION_DENIED
        ? 'Bạn chưa cho phép chia sẻ vị trí. Bạn có thể nhập tên tỉnh/thành hoặc quận/huyện thay thế.'
        : 'Chưa lấy được vị trí. Bạn có thể thử lại hoặc nhập tên tỉnh/thành hoặc quận/huyện.');
    },
    { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
  );
}

/** Leaves at once: wipe what is on screen, forget the conversation, replace this page (no back-button entry). */
function quickExit() {
  try {
    client.stop();
    transcript.clear();
    awaitingEcho.forEach((entry) => clearTimeout(entry.timer));
    awaitingEcho.clear();
    shownIds.clear();
    input.value = '';
    document.title = '';
  } finally {
    window.location.replace(exitUrl);
  }
}

composer.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  send(text);
});
input.addEventListener('input', sendTyping);
shareLocation.addEventListener('click', shareMyLocation);
document.getElementById('quick-exit').addEventListener('click', quickExit);
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const now = performance.now();
  if (now - lastEscapeAt <= DOUBLE_ESCAPE_MS) {
    event.preventDefault();
    quickExit();
  }
  lastEscapeAt = now;
}, true);

showStatus('connecting');
client.start();
