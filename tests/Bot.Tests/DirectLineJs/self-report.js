// Drives a complete self-report through our Direct Line endpoint with the real botframework-directlinejs client, the
// library inside Web Chat. Usage: node self-report.js <baseUrl> <communityCode> <websocket|polling>
// Prints one JSON line with what it saw; exits non-zero with the reason on any protocol problem.
'use strict';
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [baseUrl, communityCode, mode] = process.argv.slice(2);
const answers = ['报备', '同意', '张三华', '138-1234-5678', '5号楼2单元301', '扬州市邗江区甘泉街道', '前天', '昨天', '高铁 G1234', '没有', '确认'];
const seen = [];
let listeners = [];
let finished = false;

function fail(reason) {
  console.error(JSON.stringify({ ok: false, reason, seen: seen.map(a => ({ type: a.type, id: a.id, replyToId: a.replyToId, text: a.text })) }));
  process.exit(1);
}

function waitFor(description, predicate, timeoutMs = 20000) {
  const found = seen.find(predicate);
  if (found) { return Promise.resolve(found); }
  return new Promise(resolve => {
    const timer = setTimeout(() => fail('timed out waiting for ' + description), timeoutMs);
    listeners.push({ predicate, resolve: a => { clearTimeout(timer); resolve(a); } });
  });
}

async function main() {
  const response = await fetch(baseUrl + '/v3/directline/tokens/generate', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ communityCode })
  });
  if (!response.ok) { fail('tokens/generate answered ' + response.status); }
  const { token } = await response.json();

  const directLine = new DirectLine({ token, domain: baseUrl + '/v3/directline', webSocket: mode !== 'polling', pollingInterval: 200 });
  directLine.connectionStatus$.subscribe(status => {
    if (!finished && (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.ExpiredToken || status === ConnectionStatus.Ended)) {
      fail('connection status ' + ConnectionStatus[status]);
    }
  });
  directLine.activity$.subscribe(activity => {
    seen.push(activity);
    const matched = listeners.filter(l => l.predicate(activity));
    listeners = listeners.filter(l => !matched.includes(l));
    matched.forEach(l => l.resolve(activity));
  }, error => fail('activity stream error: ' + error));

  await waitFor('the greeting', a => a.type === 'message' && a.from.role === 'bot');
  let userId;
  for (let i = 0; i < answers.length; i++) {
    const clientActivityID = 'node-' + i + '-' + Date.now();
    const id = await new Promise((resolve, reject) => directLine.postActivity({
      type: 'message', text: answers[i], from: { id: 'spoofed-user', role: 'user' }, locale: 'zh-CN', channelData: { clientActivityID }
    }).subscribe(resolve, reject));
    if (id === 'retry') { fail('postActivity failed for "' + answers[i] + '"'); }
    const echo = await waitFor('the echo of "' + answers[i] + '"', a => a.channelData && a.channelData.clientActivityID === clientActivityID);
    if (echo.id !== id) { fail('echo id ' + echo.id + ' differs from the posted id ' + id); }
    if (echo.from.id === 'spoofed-user') { fail('from was not forced to the token user'); }
    userId = userId || echo.from.id;
    if (echo.from.id !== userId) { fail('the user id changed'); }
    await waitFor('a reply to "' + answers[i] + '"', a => a.replyToId === id && a.from.role === 'bot');
  }
  const outcome = await waitFor('the outcome', a => a.type === 'message' && typeof a.text === 'string' && a.text.includes('中风险'));

  const stamps = seen.map(a => Date.parse(a.timestamp));
  for (let i = 1; i < stamps.length; i++) {
    if (!(stamps[i] > stamps[i - 1])) { fail('timestamps do not increase at ' + i); }
  }
  console.log(JSON.stringify({ ok: true, conversationId: directLine.conversationId || null, activities: seen.length, userId, outcome: outcome.text }));
  finished = true;
  directLine.end();
  process.exit(0);
}

main().catch(error => fail(String(error && error.stack || error)));
