// The residents' chat page: Web Chat on our own Direct Line endpoint, bound to one community.
// The conversation's token is kept in localStorage, so a reload (or reopening the page the same day) resumes the
// same conversation; only fetch is used (WeChat's browser blocks third-party cookies).
(function () {
  'use strict';
  var root = document.getElementById('webchat');
  var community = root.getAttribute('data-community');
  var storageKey = 'community-notices:chat:' + community;
  var domain = location.origin + '/v3/directline';
  // Chinese unless the phone is set to English; the bot answers in the language of the activities' locale.
  var locale = /^en\b/i.test(navigator.language || '') ? 'en-US' : 'zh-CN';

  function load() {
    try { return JSON.parse(localStorage.getItem(storageKey) || 'null'); } catch (e) { return null; }
  }

  function save(session) {
    try { localStorage.setItem(storageKey, JSON.stringify({ conversationId: session.conversationId, token: session.token })); } catch (e) { /* private mode */ }
  }

  function post(path, token, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) { headers.Authorization = 'Bearer ' + token; }
    return fetch(domain + path, { method: 'POST', headers: headers, body: body ? JSON.stringify(body) : '{}', credentials: 'omit' });
  }

  function session() {
    var saved = load();
    var resume = saved && saved.token
      ? post('/tokens/refresh', saved.token).then(function (r) { return r.ok ? r.json() : null; }, function () { return null; })
      : Promise.resolve(null);
    return resume.then(function (refreshed) {
      if (refreshed) { save(refreshed); return { session: refreshed, resumed: true }; }
      return post('/tokens/generate', null, { communityCode: community }).then(function (r) {
        if (!r.ok) { throw new Error('tokens/generate ' + r.status); }
        return r.json();
      }).then(function (fresh) { save(fresh); return { session: fresh, resumed: false }; });
    });
  }

  function failed() {
    root.innerHTML = '<div class="failed">暂时无法连接，请检查网络后重试。<br>Cannot connect right now; please check your network.<br><button type="button">重试 Retry</button></div>';
    root.querySelector('button').addEventListener('click', function () { location.reload(); });
  }

  session().then(function (started) {
    var options = { domain: domain, token: started.session.token };
    if (started.resumed) { options.conversationId = started.session.conversationId; }
    window.WebChat.renderWebChat({
      directLine: window.WebChat.createDirectLine(options),
      locale: locale,
      styleOptions: {
        hideUploadButton: true,
        bubbleMaxWidth: 600,
        suggestedActionLayout: 'flow',
        sendBoxTextWrap: true,
        accent: '#c0392b'
      }
    }, root);
  }).catch(failed);
})();
