/*
 * Broadsheet moderation queue keyboard shortcuts (progressive enhancement; the forms work without it):
 * j / k move between comments, a approves, r rejects (asks the reason first), s marks as spam.
 */
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll(".queue-item"));
  if (items.length === 0) { return; }
  var current = 0;
  function select(index) {
    current = Math.max(0, Math.min(items.length - 1, index));
    items.forEach(function (item, i) { item.classList.toggle("queue-current", i === current); });
    items[current].focus();
  }
  function press(key) {
    var button = items[current].querySelector("button[data-key='" + key + "']");
    if (!button) { return; }
    if (key === "r") {
      var reason = items[current].querySelector("input[name=reason]");
      if (!reason.value) { reason.focus(); return; }
    }
    button.click();
  }
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT")) { return; }
    if (event.key === "j") { select(current + 1); }
    else if (event.key === "k") { select(current - 1); }
    else if (event.key === "a" || event.key === "r" || event.key === "s") { press(event.key); }
    else { return; }
    event.preventDefault();
  });
  select(0);
})();
