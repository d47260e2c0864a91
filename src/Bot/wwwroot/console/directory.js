// Directory of places of help, for supervisors and admins: search, quick capacity − / +, open/close; admins add and edit.
// Starts when console.js shows the desk ('console:desk' event, with its api helper). Everything from the server goes
// through textContent. An edit sends back the version it started from (If-Match); the server refuses a stale one (409).
const KINDS = {
  'trusted-address': 'Địa chỉ tin cậy',
  'community-shelter': 'Nhà tạm lánh',
  'social-support-centre': 'Trung tâm công tác xã hội',
  police: 'Công an',
  health: 'Cơ sở y tế',
  'legal-aid': 'Trợ giúp pháp lý',
};
const STATUS = { active: 'Đang hoạt động', 'temporarily-closed': 'Tạm đóng' };
const FLAGS = ['accepts_children', 'accepts_men', 'disability_access', 'overnight', 'demo'];
const LISTS = ['phones', 'languages'];
const $ = (id) => document.getElementById(id);

let ctx = null; // { me, api, problem, notice } from console.js
let page = 1;
let editing = null; // { id, version } while editing; null while adding
let communes = [];

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function button(text, label, onClick) {
  const b = el('button', null, text);
  b.type = 'button';
  if (label) b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

document.addEventListener('console:desk', async (event) => {
  ctx = event.detail;
  const staff = ctx.me.role === 'supervisor' || ctx.me.role === 'admin';
  $('directory').hidden = !staff;
  $('dir-new').hidden = ctx.me.role !== 'admin';
  if (!staff) return;
  await loadAreas();
  await search(1);
});

document.addEventListener('console:signed-out', () => {
  ctx = null;
  $('directory').hidden = true;
  closeForm();
});

async function loadAreas() {
  const areas = await (await ctx.api('GET', '/directory/areas')).json();
  communes = areas.communes;
  const options = () => areas.provinces.map((p) => Object.assign(el('option', null, p.name), { value: p.id }));
  $('dir-province').replaceChildren(Object.assign(el('option', null, 'Tất cả'), { value: '' }), ...options());
  $('f-province').replaceChildren(Object.assign(el('option', null, 'Chọn tỉnh/thành…'), { value: '' }), ...options());
  const kinds = () => Object.entries(KINDS).map(([code, name]) => Object.assign(el('option', null, name), { value: code }));
  $('dir-kind').replaceChildren(Object.assign(el('option', null, 'Tất cả'), { value: '' }), ...kinds());
  $('f-kind').replaceChildren(...kinds());
}

function fillCommunes() {
  const province = $('f-province').value;
  $('f-communes').replaceChildren(...communes.filter((c) => c.provinceId === province).map((c) => Object.assign(el('option'), { value: c.name })));
}

async function search(toPage) {
  const query = new URLSearchParams({ page: String(toPage), pageSize: '20' });
  for (const [name, id] of [['q', 'dir-q'], ['province', 'dir-province'], ['kind', 'dir-kind'], ['status', 'dir-status']]) {
    if ($(id).value.trim()) query.set(name, $(id).value.trim());
  }
  const response = await ctx.api('GET', `/directory/places?${query}`);
  if (!response.ok) { ctx.notice(await ctx.problem(response)); return; }
  const result = await response.json();
  page = result.page;
  $('dir-rows').replaceChildren(...result.items.map(row));
  $('dir-count').textContent = `${result.total} nơi hỗ trợ`;
  $('dir-page').textContent = `Trang ${result.page}/${result.pages}`;
  $('dir-prev').disabled = result.page <= 1;
  $('dir-next').disabled = result.page >= result.pages;
}

function row(entry) {
  const p = entry.place;
  const tr = el('tr');
  tr.dataset.placeId = p.id;
  const name = el('td');
  name.append(el('strong', null, p.name), el('span', 'meta', ` ${p.id}${p.visibility === 'operators-only' ? ' · địa chỉ kín' : ''}`));
  const capacity = el('td', 'capacity');
  capacity.append(
    button('−', `Bớt một chỗ trống: ${p.name}`, () => changeCapacity(tr, p.id, { delta: -1 })),
    el('span', 'capacity-count', `${p.capacity_available}/${p.capacity_total}`),
    button('+', `Thêm một chỗ trống: ${p.name}`, () => changeCapacity(tr, p.id, { delta: 1 })),
  );
  const status = el('td');
  const closed = p.status === 'temporarily-closed';
  status.append(
    el('span', closed ? 'status-closed' : 'status-active', STATUS[p.status] ?? p.status),
    button(closed ? 'Mở lại' : 'Tạm đóng', `${closed ? 'Mở lại' : 'Tạm đóng'}: ${p.name}`, () => setStatus(tr, p.id, closed ? 'active' : 'temporarily-closed')),
  );
  const edit = el('td');
  if (ctx.me.role === 'admin') edit.append(button('Sửa', `Sửa: ${p.name}`, () => openEdit(p.id)));
  tr.append(name, el('td', null, KINDS[p.kind] ?? p.kind), el('td', null, `${p.commune}, ${entry.provinceName}`), el('td', null, p.phones[0] ?? ''), capacity, status, edit);
  return tr;
}

async function changeCapacity(tr, id, body) {
  const response = await ctx.api('POST', `/directory/places/${encodeURIComponent(id)}/capacity`, body);
  if (response.ok) {
    const entry = await response.json();
    replaceRow(tr, entry);
    ctx.notice('');
    say(`${entry.place.name}: còn ${entry.place.capacity_available}/${entry.place.capacity_total} chỗ trống.`);
  } else {
    ctx.notice(await ctx.problem(response));
  }
}

async function setStatus(tr, id, status) {
  const response = await ctx.api('POST', `/directory/places/${encodeURIComponent(id)}/status`, { status });
  if (response.ok) {
    const entry = await response.json();
    replaceRow(tr, entry);
    ctx.notice('');
    say(`${entry.place.name}: ${STATUS[entry.place.status]}.`);
  } else {
    ctx.notice(await ctx.problem(response));
  }
}

// A changed row is drawn again; the keyboard stays on the same button (its label may change: Tạm đóng → Mở lại).
function replaceRow(tr, entry) {
  const buttons = [...tr.querySelectorAll('button')];
  const focused = buttons.indexOf(document.activeElement);
  const fresh = row(entry);
  tr.replaceWith(fresh);
  if (focused >= 0) fresh.querySelectorAll('button')[focused]?.focus();
}

function say(text) {
  $('dir-live').textContent = text;
}

function clearErrors() {
  $('dir-form-error').textContent = '';
  for (const node of $('dir-form').querySelectorAll('.field-error')) node.textContent = '';
  for (const node of $('dir-form').querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
}

function showErrors(errors, detail) {
  clearErrors();
  let first = null;
  const elsewhere = [];
  for (const [field, reasons] of Object.entries(errors ?? {})) {
    const input = $('dir-form').elements.namedItem(field);
    const slot = $(`f-${field}-error`);
    if (slot && input) {
      slot.textContent = reasons.join(' ');
      input.setAttribute('aria-invalid', 'true');
      first ??= input;
    } else {
      elsewhere.push(...reasons);
    }
  }
  $('dir-form-error').textContent = [detail, ...elsewhere].filter(Boolean).join(' ');
  (first ?? $('dir-form-error')).focus?.();
}

function openForm(title) {
  clearErrors();
  $('dir-form-title').textContent = title;
  $('dir-form').hidden = false;
}

function closeForm() {
  editing = null;
  $('dir-form').reset();
  $('dir-form').hidden = true;
}

function openAdd() {
  $('dir-form').reset();
  editing = null;
  $('f-id').disabled = false;
  $('f-capacity_available').disabled = false;
  $('f-capacity-hint').hidden = true;
  $('f-set-total').hidden = true;
  $('f-schedule').value = '24/7';
  $('f-languages').value = 'vi';
  fillCommunes();
  openForm('Thêm nơi hỗ trợ');
  $('f-name').focus();
}

async function openEdit(id) {
  const response = await ctx.api('GET', `/directory/places/${encodeURIComponent(id)}`);
  if (!response.ok) { ctx.notice(await ctx.problem(response)); return; }
  const entry = await response.json();
  const form = $('dir-form');
  form.reset();
  for (const [field, value] of Object.entries(entry.place)) {
    const input = form.elements.namedItem(field);
    if (!input) continue;
    if (FLAGS.includes(field)) input.checked = value === true;
    else if (LISTS.includes(field)) input.value = value.join(', ');
    else input.value = value ?? '';
  }
  fillCommunes();
  $('f-province').value = entry.place.province;
  editing = { id, version: entry.version, total: entry.place.capacity_total };
  $('f-id').disabled = true;
  $('f-capacity_available').disabled = true;
  $('f-capacity-hint').hidden = false;
  $('f-set-total').hidden = false;
  openForm(`Sửa: ${entry.place.name}`);
  $('f-name').focus();
}

function formBody() {
  const form = $('dir-form');
  const body = {};
  for (const input of form.querySelectorAll('[name]')) {
    if (input.disabled) continue;
    const field = input.name;
    if (FLAGS.includes(field)) body[field] = input.checked;
    else if (LISTS.includes(field)) body[field] = input.value.split(/[,;|]/).map((v) => v.trim()).filter(Boolean);
    else body[field] = input.value.trim();
  }
  for (const field of ['lat', 'lon']) body[field] = body[field].replace(',', '.'); // 18,34 as typed on a Vietnamese keyboard
  if (editing) { delete body.capacity_total; delete body.capacity_available; } // capacity changes through its own buttons
  return body;
}

async function save(event) {
  event.preventDefault();
  const body = formBody();
  let response;
  if (editing && Number($('f-capacity_total').value) !== editing.total && !(await setTotal())) return;
  if (editing) {
    response = await fetch(`/console/api/directory/places/${encodeURIComponent(editing.id)}`, {
      method: 'PUT',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-TOKEN': await csrfToken(), 'If-Match': `"${editing.version ?? 0}"` },
      body: JSON.stringify(body),
    });
  } else {
    response = await ctx.api('POST', '/directory/places', body);
  }
  if (response.ok) {
    const entry = await response.json();
    closeForm();
    ctx.notice(`Đã lưu ${entry.place.name}.`);
    $('dir-q').value = entry.place.id;
    await search(1);
    return;
  }
  const problem = await response.json().catch(() => ({}));
  if (response.status === 409 && editing) {
    showErrors(null, `${problem.detail ?? 'Người khác vừa sửa nơi này.'} Bấm “Sửa” trong bảng để mở lại.`);
  } else {
    showErrors(problem.errors, problem.detail ?? `Lỗi ${response.status}`);
  }
}

// The console's api helper sends POSTs only with the token; PUT needs the same token, fetched from the session.
async function csrfToken() {
  const response = await fetch('/console/api/antiforgery', { credentials: 'same-origin', cache: 'no-store' });
  return (await response.json()).token;
}

async function setTotal() {
  if (!editing) return false;
  const total = Number($('f-capacity_total').value);
  const response = await ctx.api('POST', `/directory/places/${encodeURIComponent(editing.id)}/capacity`, { total });
  if (response.ok) {
    const entry = await response.json();
    $('f-capacity_available').value = entry.place.capacity_available;
    editing.total = entry.place.capacity_total;
    clearErrors();
    ctx.notice(`Tổng số chỗ: ${entry.place.capacity_total}, còn trống ${entry.place.capacity_available}.`);
    await search(page);
    return true;
  }
  const problem = await response.json().catch(() => ({}));
  showErrors({ capacity_total: problem.errors?.capacity ?? [problem.detail ?? `Lỗi ${response.status}`] });
  return false;
}

$('dir-search').addEventListener('submit', (event) => { event.preventDefault(); search(1); });
$('dir-prev').addEventListener('click', () => search(page - 1));
$('dir-next').addEventListener('click', () => search(page + 1));
$('dir-new').addEventListener('click', openAdd);
$('dir-cancel').addEventListener('click', closeForm);
$('dir-form').addEventListener('submit', save);
$('f-province').addEventListener('change', fillCommunes);
$('f-set-total').addEventListener('click', setTotal);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !$('dir-form').hidden && $('dir-form').contains(document.activeElement)) closeForm();
});
