// Renders the conversation. Server data only ever reaches the DOM through textContent and vetted hrefs.
import { linkify } from './linkify.js';

const TYPING_VISIBLE_MS = 5000;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function safeHref(value) {
  try {
    const url = new URL(String(value), window.location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'tel:' ? url.href : null;
  } catch {
    return null;
  }
}

function appendRichText(container, text) {
  for (const piece of linkify(text)) {
    const href = piece.href ? safeHref(piece.href) : null;
    if (!href) {
      container.append(document.createTextNode(piece.text));
      continue;
    }
    const link = element('a', 'link', piece.text);
    link.href = href;
    if (!href.startsWith('tel:')) {
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
    container.append(link);
  }
}

function cardTexts(activity) {
  const texts = [];
  for (const attachment of Array.isArray(activity.attachments) ? activity.attachments : []) {
    const content = attachment && typeof attachment.content === 'object' ? attachment.content : null;
    if (!content) continue;
    for (const key of ['title', 'subtitle', 'text']) {
      if (typeof content[key] === 'string' && content[key]) texts.push(content[key]);
    }
  }
  return texts;
}

export class Transcript {
  #log;
  #scroller;
  #typing;
  #typingTimer = 0;
  #chips = null;

  constructor(log, scroller, typing) {
    this.#log = log;
    this.#scroller = scroller;
    this.#typing = typing;
  }

  /** Adds the user's own bubble in the "sending" state and returns it. */
  addUserMessage(text) {
    this.clearChips();
    const row = element('div', 'row from-user');
    const bubble = element('div', 'bubble');
    appendRichText(bubble, text);
    row.append(bubble, element('div', 'delivery'));
    this.#log.append(row);
    this.markPending(row);
    this.#scrollToEnd();
    return row;
  }

  markPending(row) {
    row.classList.remove('failed', 'sent');
    row.classList.add('pending');
    row.querySelector('.delivery').replaceChildren('Đang gửi…');
  }

  markSent(row, activityId) {
    row.classList.remove('failed', 'pending');
    row.classList.add('sent');
    if (activityId) row.dataset.activityId = activityId;
    row.querySelector('.delivery').replaceChildren('Đã gửi');
  }

  markFailed(row, retry) {
    row.classList.remove('pending', 'sent');
    row.classList.add('failed');
    const button = element('button', 'retry', 'Thử lại');
    button.type = 'button';
    button.addEventListener('click', retry);
    row.querySelector('.delivery').replaceChildren(element('span', 'failure', 'Chưa gửi được.'), ' ', button);
  }

  /** Adds a bot message; its suggested actions become chips under it. */
  addBotMessage(activity, userId, onAction) {
    this.hideTyping();
    this.clearChips();
    const texts = [typeof activity.text === 'string' ? activity.text : '', ...cardTexts(activity)].filter(Boolean);
    if (texts.length === 0) return;
    const row = element('div', 'row from-bot');
    if (activity.id) row.dataset.activityId = String(activity.id);
    const bubble = element('div', 'bubble');
    texts.forEach((text, index) => {
      if (index > 0) bubble.append(document.createElement('br'));
      appendRichText(bubble, text);
    });
    row.append(bubble);
    this.#log.append(row);
    this.#addChips(activity.suggestedActions, userId, onAction);
    this.#scrollToEnd();
  }

  /** A local note from the page itself (not sent to anyone), e.g. a geolocation error. */
  addNote(text) {
    this.#log.append(element('p', 'note', text));
    this.#scrollToEnd();
  }

  showTyping() {
    this.#typing.hidden = false;
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => this.hideTyping(), TYPING_VISIBLE_MS);
    this.#scrollToEnd();
  }

  hideTyping() {
    clearTimeout(this.#typingTimer);
    this.#typing.hidden = true;
  }

  clearChips() {
    if (this.#chips) this.#chips.remove();
    this.#chips = null;
  }

  /** Removes every message from the page. */
  clear() {
    this.hideTyping();
    this.clearChips();
    this.#log.replaceChildren();
  }

  #addChips(suggested, userId, onAction) {
    const actions = suggested && Array.isArray(suggested.actions) ? suggested.actions : [];
    const to = suggested && Array.isArray(suggested.to) ? suggested.to : [];
    if (actions.length === 0 || (to.length > 0 && !to.includes(userId))) return;
    const group = element('div', 'chips');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Gợi ý trả lời');
    for (const action of actions) {
      const chip = this.#chip(action, onAction);
      if (chip) group.append(chip);
    }
    if (!group.childElementCount) return;
    this.#log.append(group);
    this.#chips = group;
  }

  #chip(action, onAction) {
    if (!action || typeof action !== 'object') return null;
    const label = String(action.title ?? action.value ?? '').trim();
    if (!label) return null;
    if (action.type === 'openUrl' || action.type === 'call') {
      const raw = action.type === 'call' && !String(action.value).startsWith('tel:') ? `tel:${action.value}` : action.value;
      const href = safeHref(raw);
      if (!href) return null;
      const link = element('a', 'chip', label);
      link.href = href;
      if (!href.startsWith('tel:')) {
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
      }
      return link;
    }
    const button = element('button', 'chip', label);
    button.type = 'button';
    button.addEventListener('click', () => onAction(action));
    return button;
  }

  #scrollToEnd() {
    this.#scroller.scrollTop = this.#scroller.scrollHeight;
  }
}
