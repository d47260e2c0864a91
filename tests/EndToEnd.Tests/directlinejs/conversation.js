// Holds a conversation with our service through Microsoft's own DirectLineJS client, unchanged.
// usage: node conversation.js <directLineUrl> <websocket|polling>
// Prints one JSON object with what the citizen saw; exits non-zero on any failure or timeout.
'use strict';
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [domain, mode] = process.argv.slice(2);
const webSocket = mode === 'websocket';
const USER = { id: 'dljs-citizen', name: 'Citizen' };

function fail(message) {
  console.error(message);
  process.exit(1);
}
setTimeout(() => fail('timed out'), 45000).unref();

function open(options) {
  const dl = new DirectLine({ domain, webSocket, pollingInterval: 200, ...options });
  const seen = [];
  const waiters = [];
  let ended = false;
  dl.activity$.subscribe(
    activity => {
      seen.push(activity);
      for (const w of waiters.splice(0)) if (!w.check()) waiters.push(w);
    },
    error => ended || fail('activity$ error: ' + error));
  const until = predicate => new Promise(resolve => {
    const w = { check: () => { const hit = seen.find(predicate); if (hit) resolve(hit); return !!hit; } };
    if (!w.check()) waiters.push(w);
  });
  const say = text => new Promise((resolve, reject) =>
    dl.postActivity({ type: 'message', from: USER, text, locale: 'vi-VN' }).subscribe(resolve, reject));
  const end = () => { ended = true; dl.end(); };
  return { dl, seen, until, say, end };
}

const botSays = text => a => a.from && a.from.role === 'bot' && a.type === 'message' && a.text === text;

(async () => {
  const generated = await fetch(domain + '/tokens/generate', { method: 'POST' }).then(r => r.json());

  const first = open({ token: generated.token });
  const greeting = await first.until(a => a.from.role === 'bot' && a.suggestedActions);
  const postedId = await first.say('Tôi cần tư vấn');
  const echo = await first.until(a => a.id === postedId);
  await first.until(botSays('Bạn muốn được tư vấn về điều gì?'));
  await first.say('4'); // "Điều khác": not offered the danger assessment, so the province question comes next
  const province = await first.until(a => a.text && a.text.startsWith('Bạn đang ở tỉnh'));
  const status = first.dl.connectionStatus$.getValue();
  const watermark = first.dl.watermark;
  const conversationId = first.dl.conversationId;
  const token = first.dl.token;
  first.end();

  // A new client for the same conversation, resuming from the watermark (as after a page reload or lost network).
  const second = open({ token, conversationId, watermark });
  await second.say('Hà Tĩnh');
  const thanks = await second.until(a => a.text && a.text.startsWith('Cảm ơn bạn đã chia sẻ.'));
  const redelivered = second.seen.filter(a => first.seen.some(b => b.id === a.id)).length;
  second.end();

  console.log(JSON.stringify({
    mode,
    connected: status === ConnectionStatus.Online,
    greeting: greeting.text,
    menu: greeting.suggestedActions.actions.map(a => a.title),
    echoRole: echo.from.role,
    province: province.text,
    watermark,
    thanks: thanks.text,
    redelivered,
  }));
  process.exit(0);
})().catch(error => fail(String(error && error.stack || error)));
