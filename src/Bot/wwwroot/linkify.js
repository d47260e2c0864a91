// Splits plain text into text and link pieces. Callers build DOM nodes from the pieces (textContent only).

const URL_OR_NUMBER = /(https?:\/\/[^\s<>"']*[^\s<>"'.,;:!?)\]])|(\+?\d(?:[ .-]?\d)+)/g;
const SHORT_CODES = new Set(['111', '112', '113', '114', '115']);
const LONG_PREFIX = /^(0|84|1800|1900)/;

function phoneHref(candidate) {
  const digits = candidate.replace(/\D/g, '');
  if (SHORT_CODES.has(digits)) return `tel:${digits}`;
  if (LONG_PREFIX.test(digits) && digits.length >= 8 && digits.length <= 12) {
    return `tel:${candidate.trim().startsWith('+') ? '+' : ''}${digits}`;
  }
  return null;
}

function isBoundary(ch) {
  return ch === undefined || !/[\p{L}\p{N}/_@]/u.test(ch);
}

function numberPieces(candidate) {
  const whole = phoneHref(candidate);
  if (whole) return [{ text: candidate, href: whole }];
  // "gọi 113 hoặc 111" style runs are split so each number can still be linked.
  return candidate.split(/( )/).map((part) => {
    const href = part.trim() ? phoneHref(part) : null;
    return href ? { text: part, href } : { text: part };
  });
}

/** @returns {{text: string, href?: string}[]} */
export function linkify(text) {
  const pieces = [];
  let last = 0;
  for (const match of text.matchAll(URL_OR_NUMBER)) {
    const [found, url] = match;
    const start = match.index;
    const end = start + found.length;
    if (!url && !(isBoundary(text[start - 1]) && isBoundary(text[end]))) continue;
    if (start > last) pieces.push({ text: text.slice(last, start) });
    if (url) pieces.push({ text: url, href: url });
    else pieces.push(...numberPieces(found));
    last = end;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}
