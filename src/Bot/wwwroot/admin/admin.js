// Admin pages: small progressive enhancements, no framework. Pages work without them (forms post normally).
(function () {
  "use strict";

  // <form data-preview-url="..."> : debounced fetch of the per-channel preview into [data-preview-target].
  document.querySelectorAll("form[data-preview-url]").forEach(function (form) {
    var target = document.querySelector(form.getAttribute("data-preview-target"));
    var timer = null;
    function refresh() {
      var data = new FormData(form);
      fetch(form.getAttribute("data-preview-url"), { method: "POST", body: data, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) { target.innerHTML = html; })
        .catch(function () { /* keep the last preview */ });
    }
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, 400);
    });
  });

  // <div data-poll-url="..." data-poll-ms="3000"> : replaces its content with the handler's HTML until it says data-done.
  document.querySelectorAll("[data-poll-url]").forEach(function (box) {
    var every = parseInt(box.getAttribute("data-poll-ms") || "3000", 10);
    function poll() {
      if (box.querySelector("[data-done]")) { return; }
      fetch(box.getAttribute("data-poll-url"), { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) { box.innerHTML = html; })
        .catch(function () { })
        .finally(function () { setTimeout(poll, every); });
    }
    setTimeout(poll, every);
  });

  // <button data-confirm="..."> asks first.
  document.querySelectorAll("[data-confirm]").forEach(function (el) {
    el.addEventListener("click", function (e) {
      if (!window.confirm(el.getAttribute("data-confirm"))) { e.preventDefault(); }
    });
  });
})();
