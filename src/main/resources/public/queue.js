/*
 * Broadsheet's moderation queue, with the keyboard and without page loads. Without this script every
 * button is a plain form that comes back to the same view.
 *   j / k   next / previous comment         a   approve          s   mark as spam
 *   r       reject: pick or type a reason, then Enter             b   ban or suspend, then Enter
 *   x       check the comment for a bulk action                   Esc back to the comment
 *   /       search the text                 1-5 open a tab
 * Decisions go to the same addresses as the forms (same origin, with the form token) and ask for
 * JSON; the card leaves, the next one takes the focus, and a polite status says what was done.
 */
(function () {
  "use strict";
  var status = document.getElementById("queue-status");
  var toggle = document.getElementById("keys-on");
  var current = 0;
  var STORE = "broadsheet-queue-keys";

  function cards() { return Array.prototype.slice.call(document.querySelectorAll(".card")); }

  function select(index, focus) {
    var all = cards();
    if (all.length === 0) { return null; }
    current = Math.max(0, Math.min(all.length - 1, index));
    all.forEach(function (card, i) { card.classList.toggle("current", i === current); });
    if (focus) {
      all[current].focus();
      all[current].scrollIntoView({ block: "nearest" });
    }
    return all[current];
  }

  function say(message, failed) {
    status.textContent = message;
    status.classList.add("shown");
    status.classList.toggle("failed", !!failed);
  }

  function setCount(selector, value) {
    document.querySelectorAll(selector).forEach(function (element) {
      var text = Number(value).toLocaleString("en-US");
      var label = element.getAttribute("data-label");
      element.textContent = label ? text + " " + label : text;
    });
  }

  function updateCounts(answer) {
    Object.keys(answer.counts || {}).forEach(function (tab) { setCount(".tab-count[data-count='" + tab + "']", answer.counts[tab]); });
    Object.keys(answer.nav || {}).forEach(function (name) { setCount(".staff-count[data-count='" + name + "']", answer.nav[name]); });
  }

  function leave(card) {
    var all = cards();
    var index = all.indexOf(card);
    card.remove();
    if (cards().length > 0) {
      select(index, true);
      return;
    }
    var main = document.querySelector(".queue-main");
    var empty = document.createElement("p");
    empty.className = "queue-empty";
    empty.textContent = "No more comments on this page.";
    main.insertBefore(empty, main.firstChild);
    var next = document.querySelector(".queue-pager a[rel=next]");
    (next || document.querySelector("h1")).focus();
  }

  function send(form, submitter) {
    var card = form.closest(".card");
    var body = new URLSearchParams(new FormData(form));
    if (submitter && submitter.name) { body.append(submitter.name, submitter.value); }
    card.classList.add("leaving");
    // The attribute, not form.action: a field named "action" stands in for that property.
    fetch(form.getAttribute("action"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString()
    }).then(function (response) {
      return response.json().catch(function () { return { message: "The server did not answer as expected." }; })
        .then(function (answer) { return { ok: response.ok, answer: answer }; });
    }).then(function (result) {
      card.classList.remove("leaving");
      if (!result.ok) {
        say(result.answer.message || "That did not work.", true);
        return;
      }
      say(result.answer.message);
      updateCounts(result.answer);
      if (result.answer.leaves) {
        leave(card);
      } else {
        showSanction(card, result.answer.sanction);
        card.focus();
      }
    }).catch(function () {
      card.classList.remove("leaving");
      say("The server could not be reached; nothing was changed. Try again.", true);
    });
  }

  function showSanction(card, text) {
    if (!text) { return; }
    var line = card.querySelector(".card-sanction");
    if (!line) {
      line = document.createElement("p");
      line.className = "card-sanction";
      card.querySelector(".card-history").insertAdjacentElement("afterend", line);
    }
    line.textContent = text;
    var panel = card.querySelector(".card-sanction-panel");
    if (panel) { panel.open = false; }
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.closest(".card")) { return; }
    event.preventDefault();
    send(form, event.submitter);
  });

  document.addEventListener("focusin", function (event) {
    var card = event.target.closest && event.target.closest(".card");
    if (card) { select(cards().indexOf(card), false); }
  });

  function keysOn() { return !toggle || toggle.checked; }
  if (toggle) {
    toggle.checked = localStorage.getItem(STORE) !== "off";
    toggle.addEventListener("change", function () { localStorage.setItem(STORE, toggle.checked ? "on" : "off"); });
  }

  function open(card, selector, field) {
    var panel = card.querySelector(selector);
    if (panel && panel.tagName === "DETAILS") { panel.open = true; }
    var control = card.querySelector(field);
    if (control) { control.focus(); }
  }

  function press(key) {
    var card = select(current, false);
    if (/^[1-5]$/.test(key)) {
      var tab = document.querySelector(".queue-tabs a[data-key='" + key + "']");
      if (tab) { tab.click(); }
      return true;
    }
    if (key === "/") { document.getElementById("filter-text").focus(); return true; }
    if (!card) { return false; }
    switch (key) {
      case "j": select(current + 1, true); return true;
      case "k": select(current - 1, true); return true;
      case "a": card.focus(); send(card.querySelector(".card-decide"), card.querySelector("button[value=approve]")); return true;
      case "s": card.focus(); send(card.querySelector(".card-decide"), card.querySelector("button[value=spam]")); return true;
      case "r": open(card, ".card-reject", "select[name=preset]"); return true;
      case "b": open(card, ".card-sanction-panel", "select[name=length]"); return true;
      case "x": var box = card.querySelector(".card-check"); box.checked = !box.checked; return true;
      default: return false;
    }
  }

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var inField = target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);
    var form = inField && target.closest(".card-reject, .card-sanction-form");
    if (form && event.key === "Enter" && target.tagName === "SELECT") {
      event.preventDefault();
      form.requestSubmit();
      return;
    }
    if (event.key === "Escape" && target && target.closest && target.closest(".card")) {
      var card = target.closest(".card");
      var panel = card.querySelector(".card-sanction-panel");
      if (panel) { panel.open = false; }
      card.focus();
      event.preventDefault();
      return;
    }
    if (inField || event.ctrlKey || event.metaKey || event.altKey || !keysOn()) { return; }
    if (press(event.key)) { event.preventDefault(); }
  });

  /* Other moderators work the same queue: the numbers are refreshed every half minute while the page is in view. */
  function refresh() {
    if (document.hidden) { return; }
    fetch("/admin/moderation/counts" + location.search, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) { if (answer) { updateCounts(answer); } })
      .catch(function () { /* the next refresh will try again */ });
  }
  setInterval(refresh, 30000);

  select(0, false);
})();
