// The room's page, live: what the projector shows, and notes sent without a reload.
// Served by Facilitator itself (no framework, nothing from the internet). The page
// works without this script (a plain form); with it, notes wait on the phone until
// the app has confirmed them, and are sent again after a lost connection. Each
// note carries an id made here, so a note sent twice is one note on the wall.
(function () {
  "use strict";
  var body = document.body;
  var words = JSON.parse(body.getAttribute("data-words") || "{}");
  var form = document.getElementById("note-form");
  var statusLine = document.getElementById("status");
  var outboxLine = document.getElementById("outbox");
  var outbox = []; // notes not confirmed yet, oldest first
  var sending = false;
  var wait = 1000; // before trying again, doubled up to 15 s
  var socket = null;
  var live = false;

  function newId() {
    // crypto.randomUUID needs https; getRandomValues works on the room's plain http.
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  function say(text, refused) {
    if (!statusLine) { return; }
    statusLine.textContent = text;
    statusLine.className = refused ? "refused" : "sent";
    statusLine.hidden = !text;
  }

  function showOutbox() {
    if (!outboxLine) { return; }
    outboxLine.hidden = outbox.length === 0;
    outboxLine.textContent = (words.unsent || "{count}").replace("{count}", String(outbox.length));
  }

  function again() {
    setTimeout(flush, wait);
    wait = Math.min(wait * 2, 15000);
  }

  function flush() {
    showOutbox();
    if (sending || outbox.length === 0) { return; }
    sending = true;
    var note = outbox[0];
    fetch(body.getAttribute("data-post"), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(note),
      cache: "no-store",
      credentials: "same-origin"
    }).then(function (response) {
      return response.json().then(function (answer) {
        return { status: response.status, answer: answer };
      });
    }).then(function (result) {
      sending = false;
      var answer = result.answer;
      if (answer.ok) {
        outbox.shift();
        wait = 1000;
        say(answer.status === "pending" ? words.sent_waiting : words.sent_shown, false);
        flush();
      } else if (answer.retry) {
        say(answer.error, true);
        setTimeout(flush, answer.retry * 1000);
      } else {
        // Refused for good (too long, posting closed): the text goes back into the form.
        outbox.shift();
        say(answer.error || words.refused, true);
        if (form && !form.elements.text.value) { form.elements.text.value = note.text; }
        flush();
      }
    }).catch(function () {
      sending = false;
      showOutbox();
      again();
    });
  }

  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = form.elements.text.value;
      if (!text.trim()) { return; }
      outbox.push({
        id: newId(),
        text: text,
        kind: form.elements.kind.value,
        name: form.elements.name && !form.elements.name.disabled ? form.elements.name.value : ""
      });
      form.elements.text.value = "";
      flush();
    });
  }
  window.addEventListener("online", flush);

  function show(view) {
    var screen = document.getElementById("screen");
    if (screen) {
      // The server escaped every text of it; the page's policy runs no script in it.
      screen.innerHTML = view.screen || "<p class=\"blank\"></p>";
      if (!view.screen) { screen.firstChild.textContent = words.blank; }
    }
    if (form) {
      form.hidden = !view.posting;
      form.elements.kind.value = view.kind;
      form.elements.text.placeholder = view.prompt;
      var label = document.getElementById("text-label");
      if (label) {
        label.textContent = view.kind === "commitment" ? words.commitment_label : words.note_label;
      }
      var nameField = document.getElementById("name-field");
      if (nameField) { nameField.hidden = !view.names; }
      // Anonymous unless the trainer asks for names: a disabled field is never sent.
      if (form.elements.name) { form.elements.name.disabled = !view.names; }
    }
    var closed = document.getElementById("closed");
    if (closed) { closed.hidden = view.posting; }
    var groups = document.getElementById("groups-link");
    if (groups) { groups.hidden = !view.groups; }
  }

  function poll() {
    if (live) { return; }
    fetch(body.getAttribute("data-state"), { cache: "no-store" }).then(function (r) {
      return r.json();
    }).then(show).catch(function () { /* the next poll tries again */ });
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    try {
      socket = new WebSocket(scheme + location.host + body.getAttribute("data-live"));
    } catch (error) {
      setTimeout(connect, 5000);
      return;
    }
    socket.onopen = function () { live = true; wait = 1000; flush(); };
    socket.onmessage = function (event) {
      var view = JSON.parse(event.data);
      if (view.type === "live") { show(view); }
    };
    socket.onclose = function () {
      live = false;
      setTimeout(connect, 3000);
    };
  }

  connect();
  setInterval(poll, 10000);
}());
