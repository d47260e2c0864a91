// Operator console: sign in, live queue (server-sent events), claim, live chat with the citizen, notes, refer, transfer, close.
// Everything shown from the server goes through textContent: nothing a citizen writes is ever parsed as HTML.
const API = '/console/api';
const RISK = { high: 'Nguy cơ cao', medium: 'Trung bình', low: 'Thấp' };
const CHANNEL = { directline: 'Web chat', sms: 'SMS' };
const STATUS = { queued: 'Đang chờ', claimed: 'Đã nhận', contacted: 'Đang trò chuyện', referred: 'Đã giới thiệu', closed: 'Đã kết thúc', cancelled: 'Đã huỷ', gone: 'Không còn' };
const $ = (id) => document.getElementById(id);

let csrf = '';
let queueEvents = null;
let caseEvents = null;
let openCaseId = null;
let lastTypingPost = 0;
let queueItems = [];
let me = null;
let staffNames = new Map();

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function notice(text) {
  $('notice').textContent = text;
  $('notice').hidden = !text;
}

async function refreshToken() {
  const response = await fetch(`${API}/antiforgery`, { credentials: 'same-origin', cache: 'no-store' });
  csrf = (await response.json()).token;
}

async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['X-CSRF-TOKEN'] = csrf;
  }
  const response = await fetch(API + path, {
    method, headers, credentials: 'same-origin', cache: 'no-store',
    body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
  });
  if (response.status === 401 && path !== '/login') {
    showLogin('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
    throw new Error('signed out');
  }
  return response;
}

async function problem(response) {
  try { return (await response.json()).detail ?? `Lỗi ${response.status}`; } catch { return `Lỗi ${response.status}`; }
}

function showLogin(message) {
  queueEvents?.close();
  caseEvents?.close();
  queueEvents = caseEvents = null;
  openCaseId = null;
  $('desk').hidden = true;
  $('case').hidden = true;
  $('login').hidden = false;
  for (const id of ['who', 'online', 'logout']) $(id).hidden = true;
  notice(message ?? '');
  document.dispatchEvent(new CustomEvent('console:signed-out'));
}

async function showDesk(account) {
  if (account.role === 'collaborator') {
    window.location.replace('/console/cong-tac-vien/'); // collaborators get the chat with their procedures, not the desk
    return;
  }
  me = account;
  await refreshToken(); // the token of the signed-in session
  $('login').hidden = true;
  $('desk').hidden = false;
  $('who').textContent = `${me.name} (${me.role})`;
  for (const id of ['who', 'online', 'logout']) $(id).hidden = false;
  notice('');
  const supervises = me.role === 'supervisor' || me.role === 'admin';
  $('mine-title').textContent = supervises ? 'Tất cả ca đang xử lý' : 'Ca của tôi';
  $('admin').hidden = me.role !== 'admin';
  // The queue stream opens at once, alongside the rest; cases held by others are drawn again once staff names are in.
  let lastView = null;
  queueEvents = new EventSource(`${API}/events`);
  queueEvents.addEventListener('queue', (event) => renderQueue(lastView = JSON.parse(event.data)));
  queueEvents.onerror = () => { if (queueEvents?.readyState === EventSource.CLOSED) checkSession(); };
  document.dispatchEvent(new CustomEvent('console:desk', { detail: { me, api, problem, notice } })); // other panels (directory.js) start here
  await Promise.all([loadCanned(), loadOutcomes(), loadStaff(), me.role === 'admin' ? loadUsers() : null]);
  if (lastView?.mine.some((c) => c.holderId !== me.id)) renderQueue(lastView);
}

async function checkSession() {
  const response = await fetch(`${API}/me`, { credentials: 'same-origin', cache: 'no-store' });
  if (response.ok) await showDesk(await response.json()); else showLogin();
}

async function loadCanned() {
  const canned = await (await api('GET', '/canned')).json();
  const select = $('canned');
  select.replaceChildren(el('option', null, 'Câu trả lời mẫu…'));
  select.firstChild.value = '';
  for (const text of canned) select.append(Object.assign(el('option', null, text), { value: text }));
}

async function loadOutcomes() {
  const outcomes = await (await api('GET', '/outcomes')).json();
  $('outcome').replaceChildren(...outcomes.map((o) => Object.assign(el('option', null, o), { value: o })));
}

async function loadStaff() {
  const staff = await (await api('GET', '/staff')).json();
  staffNames = new Map(staff.map((s) => [s.id, s.name]));
  $('transfer-to').replaceChildren(...staff.map((s) => Object.assign(el('option', null, `${s.name} (${s.role})`), { value: s.name })));
}

function waited(createdAt) {
  const seconds = Math.max(0, Math.round((Date.now() - Date.parse(createdAt)) / 1000));
  return seconds < 60 ? `${seconds} giây` : `${Math.floor(seconds / 60)} phút`;
}

function riskBadge(risk) {
  return el('span', `risk risk-${risk}`, RISK[risk] ?? risk);
}

function renderQueue(view) {
  queueItems = view.queue;
  $('queue-length').textContent = String(view.queueLength);
  $('online').textContent = `${view.operatorsOnline} tư vấn viên trực tuyến`;
  const rows = view.queue.map((c) => {
    const li = el('li', 'queue-item');
    li.dataset.caseId = c.id;
    li.append(riskBadge(c.risk));
    li.append(el('span', 'cues', c.cues.length ? `Dấu hiệu: ${c.cues.join(', ')}` : 'Không có dấu hiệu'));
    const meta = el('span', 'meta', `${CHANNEL[c.channel] ?? c.channel} · ${c.province ?? 'Chưa rõ khu vực'} · chờ `);
    meta.append(Object.assign(el('span', 'wait', waited(c.createdAt)), { title: c.createdAt }));
    meta.querySelector('.wait').dataset.createdAt = c.createdAt;
    li.append(meta);
    const claim = el('button', null, 'Nhận ca');
    claim.type = 'button';
    claim.addEventListener('click', () => claimCase(c.id));
    li.append(claim);
    return li;
  });
  $('queue').replaceChildren(...rows);
  $('mine').replaceChildren(...view.mine.map((c) => {
    const li = el('li');
    li.dataset.caseId = c.id;
    const holder = c.holderId === me.id ? 'tôi' : (staffNames.get(c.holderId) ?? 'người khác');
    li.append(riskBadge(c.risk), el('span', 'meta', `${CHANNEL[c.channel] ?? c.channel} · ${STATUS[c.status] ?? c.status} · phụ trách: ${holder}`));
    const open = el('button', null, 'Mở');
    open.type = 'button';
    open.addEventListener('click', () => openCase(c.id));
    li.append(open);
    if (c.holderId !== me.id) {
      const takeover = el('button', null, 'Nhận lại ca này');
      takeover.type = 'button';
      takeover.addEventListener('click', async () => {
        const response = await api('POST', `/supervise/cases/${encodeURIComponent(c.id)}/takeover`);
        notice(response.ok ? 'Bạn đã nhận lại ca.' : await problem(response));
      });
      li.append(takeover);
    }
    return li;
  }));
}

setInterval(() => {
  for (const node of document.querySelectorAll('.wait')) node.textContent = waited(node.dataset.createdAt);
}, 10000);

async function claimCase(id) {
  const response = await api('POST', id ? `/cases/${encodeURIComponent(id)}/claim` : '/cases/next/claim');
  if (response.ok) {
    notice('');
    await openCase((await response.json()).caseId);
  } else {
    notice(await problem(response));
  }
}

async function openCase(id) {
  const response = await api('GET', `/cases/${encodeURIComponent(id)}`);
  if (!response.ok) { notice(await problem(response)); return; }
  const c = await response.json();
  caseEvents?.close();
  openCaseId = id;
  $('case').hidden = false;
  $('case-id').textContent = id.slice(0, 8);
  $('case-risk').replaceWith(Object.assign(riskBadge(c.risk), { id: 'case-risk' }));
  $('case-status').textContent = STATUS[c.status] ?? c.status;
  $('case-channel').textContent = (CHANNEL[c.channel] ?? c.channel) + (c.canRelay ? '' : ' (chưa nhắn trực tiếp được qua kênh này — hãy gọi lại)');
  $('case-province').textContent = c.province ?? 'Chưa rõ';
  $('case-cues').textContent = c.cues.length ? c.cues.join(', ') : 'Không có';
  $('case-danger').textContent = c.danger ? `${RISK[c.danger.level] ?? c.danger.level} (điểm ${c.danger.score}${c.danger.completed ? '' : ', chưa trả lời hết'}): ${c.danger.reasons.join(', ') || 'không có'}` : 'Chưa làm';
  $('case-phone').textContent = c.phone ?? 'Không có';
  $('notes').replaceChildren(...c.notes.map(noteRow));
  $('places').replaceChildren(...c.places.map(placeRow));
  $('lines').replaceChildren();
  $('transcript').replaceChildren();
  caseEvents = new EventSource(`${API}/cases/${encodeURIComponent(id)}/events`);
  caseEvents.addEventListener('lines', (event) => JSON.parse(event.data).forEach(addLine));
  caseEvents.addEventListener('typing', (event) => { $('citizen-typing').hidden = JSON.parse(event.data) !== 'citizen'; });
  caseEvents.addEventListener('status', (event) => {
    const status = JSON.parse(event.data);
    $('case-status').textContent = STATUS[status] ?? status;
    if (status === 'closed') caseEvents.close();
  });
}

function addLine(line) {
  const text = line.from === 'system' ? systemText(line) : line.text;
  const row = el('div', `line ${line.from}${line.risk === 'high' ? ' danger-high' : ''}`, text);
  row.title = new Date(line.at).toLocaleTimeString('vi-VN');
  $('lines').append(row);
  $('lines').scrollTop = $('lines').scrollHeight;
  if (line.from === 'citizen') $('citizen-typing').hidden = true;
}

function systemText(line) {
  const [what, detail] = line.text.split(':');
  const by = line.operator ?? '';
  return { claimed: `${by} đã nhận ca`, closed: `${by} đã kết thúc ca (${detail})`, referred: `${by} đã giới thiệu tới ${detail}`, transferred: `${by} đã chuyển ca cho ${detail}` }[what] ?? line.text;
}

function noteRow(note) {
  return el('li', null, `${new Date(note.at).toLocaleString('vi-VN')} · ${note.text}`);
}

function placeRow(place) {
  const li = el('li');
  li.append(el('strong', null, place.name));
  li.append(el('span', 'meta', `${place.address} · ${place.phone} · ${place.distanceKm} km · còn ${place.capacityAvailable}/${place.capacityTotal} chỗ${place.visibility === 'operators-only' ? ' · chỉ tư vấn viên được biết' : ''}${place.openNow ? '' : ' · đang đóng cửa'}`));
  const refer = el('button', null, 'Giới thiệu tới đây');
  refer.type = 'button';
  refer.addEventListener('click', async () => {
    const response = await api('POST', `/cases/${encodeURIComponent(openCaseId)}/refer`, { placeId: place.id });
    notice(response.ok ? '' : await problem(response));
  });
  li.append(refer);
  return li;
}

$('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  await refreshToken();
  const response = await api('POST', '/login', { name: $('login-name').value, password: $('login-password').value });
  $('login-password').value = '';
  if (response.ok) await showDesk(await response.json()); else notice(await problem(response));
});

$('logout').addEventListener('click', async () => {
  await api('POST', '/logout');
  showLogin('Đã đăng xuất.');
});

$('claim-next').addEventListener('click', () => claimCase(null));

$('canned').addEventListener('change', () => {
  if ($('canned').value) $('say-text').value = $('canned').value;
  $('canned').value = '';
  $('say-text').focus();
});

$('say-text').addEventListener('input', () => {
  if (!openCaseId || Date.now() - lastTypingPost < 3000) return;
  lastTypingPost = Date.now();
  api('POST', `/cases/${encodeURIComponent(openCaseId)}/typing`).catch(() => {});
});

$('say-text').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); $('say').requestSubmit(); }
});

$('say').addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = $('say-text').value.trim();
  if (!text || !openCaseId) return;
  const response = await api('POST', `/cases/${encodeURIComponent(openCaseId)}/messages`, { text });
  if (response.ok) { $('say-text').value = ''; notice(''); } else notice(await problem(response));
});

$('note').addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = $('note-text').value.trim();
  if (!text || !openCaseId) return;
  const response = await api('POST', `/cases/${encodeURIComponent(openCaseId)}/notes`, { text });
  if (response.ok) { $('notes').append(noteRow({ at: new Date().toISOString(), text })); $('note-text').value = ''; } else notice(await problem(response));
});

$('transfer').addEventListener('submit', async (event) => {
  event.preventDefault();
  const response = await api('POST', `/cases/${encodeURIComponent(openCaseId)}/transfer`, { to: $('transfer-to').value });
  notice(response.ok ? 'Đã chuyển ca.' : await problem(response));
});

$('close').addEventListener('submit', async (event) => {
  event.preventDefault();
  const response = await api('POST', `/cases/${encodeURIComponent(openCaseId)}/close`, { outcome: $('outcome').value });
  if (response.ok) {
    notice('Đã kết thúc ca.');
  } else {
    notice(await problem(response));
  }
});

$('show-transcript').addEventListener('click', async () => {
  const response = await api('GET', `/cases/${encodeURIComponent(openCaseId)}/transcript`);
  if (!response.ok) { notice(await problem(response)); return; }
  const who = { citizen: 'Người dùng', bot: 'Trợ lý', operator: 'Tư vấn viên' };
  $('transcript').replaceChildren(...(await response.json()).map((l) => el('li', `line ${l.from}`, `${who[l.from] ?? l.from}: ${l.text}`)));
});

async function loadUsers() {
  const users = await (await api('GET', '/admin/users')).json();
  $('users').replaceChildren(...users.map((u) => {
    const item = el('li', null, `${u.name} (${u.role})${u.disabled ? ' — đã khóa' : ''} `);
    if (u.name !== me?.name) {
      const toggle = el('button', null, u.disabled ? 'Mở khóa' : 'Khóa');
      toggle.type = 'button';
      toggle.setAttribute('aria-label', `${u.disabled ? 'Mở khóa' : 'Khóa'} tài khoản ${u.name}`);
      toggle.addEventListener('click', async () => {
        const response = await api('POST', `/admin/users/${encodeURIComponent(u.name)}/disabled`, { disabled: !u.disabled });
        notice(response.ok ? `Đã ${u.disabled ? 'mở khóa' : 'khóa'} tài khoản ${u.name}.` : await problem(response));
        await Promise.all([loadUsers(), loadStaff()]);
      });
      item.append(toggle);
    }
    return item;
  }));
}

$('add-user').addEventListener('submit', async (event) => {
  event.preventDefault();
  const response = await api('POST', '/admin/users', { name: $('new-name').value.trim(), role: $('new-role').value, password: $('new-password').value });
  $('new-password').value = '';
  if (response.ok) {
    notice(`Đã lưu tài khoản ${(await response.json()).name}.`);
    $('new-name').value = '';
    await Promise.all([loadUsers(), loadStaff()]);
  } else {
    notice(await problem(response));
  }
});

checkSession();
