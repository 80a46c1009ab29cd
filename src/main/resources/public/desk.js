// The story editor with JavaScript: a small toolbar for the body's markup, and autosave of drafts.
// Without it the editor is a plain form that does all the same.
(function () {
  "use strict";
  var form = document.querySelector("form.desk-editor");
  var body = document.getElementById("body");
  if (!form || !body) {
    return;
  }

  var tools = [
    ["Bold", "**", "**", "strong text"],
    ["Italic", "*", "*", "emphasised text"],
    ["Link", "[", "](https://)", "link text"],
    ["Subheading", "\n\n## ", "\n\n", "Subheading"],
    ["Quote", "\n\n> ", "\n\n", "Quoted words"],
    ["List", "\n\n- ", "\n\n", "list item"]
  ];

  function wrap(before, after, placeholder) {
    var start = body.selectionStart, end = body.selectionEnd;
    var chosen = body.value.slice(start, end) || placeholder;
    body.setRangeText(before + chosen + after, start, end, "end");
    body.setSelectionRange(start + before.length, start + before.length + chosen.length);
    body.focus();
    body.dispatchEvent(new Event("input", { bubbles: true }));
  }

  var bar = document.createElement("div");
  bar.className = "desk-toolbar";
  bar.setAttribute("role", "toolbar");
  bar.setAttribute("aria-label", "Format the body");
  bar.setAttribute("aria-controls", "body");
  tools.forEach(function (tool) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = tool[0];
    button.addEventListener("click", function () { wrap(tool[1], tool[2], tool[3]); });
    bar.appendChild(button);
  });
  body.parentNode.insertBefore(bar, body);

  var address = form.getAttribute("data-autosave");
  var status = form.querySelector(".desk-autosave");
  if (!address || !window.fetch || !window.FormData) {
    return;
  }
  var changed = false, saving = false;
  form.addEventListener("input", function () { changed = true; });
  form.addEventListener("submit", function () { changed = false; });

  function autosave() {
    if (!changed || saving) {
      return;
    }
    saving = true;
    changed = false;
    var data = new FormData(form);
    data.delete("leadFile");
    data.delete("figureFile");
    fetch(address, { method: "POST", body: data, credentials: "same-origin" })
      .then(function (response) {
        return response.json().then(function (json) { return { status: response.status, json: json }; });
      })
      .then(function (answer) {
        if (answer.status === 200) {
          form.querySelector("input[name=revision]").value = answer.json.revision;
          status.textContent = "Draft saved " + answer.json.saved + ".";
        } else {
          changed = answer.status !== 409;
          status.textContent = answer.json.message || "The draft could not be saved automatically.";
        }
      })
      .catch(function () {
        changed = true;
        status.textContent = "Not saved automatically: the connection failed. Save by hand.";
      })
      .then(function () { saving = false; });
  }
  window.setInterval(autosave, 20000);
})();
