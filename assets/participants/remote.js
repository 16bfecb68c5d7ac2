// The trainer's remote, live: the countdown and the step as the console has them,
// the buttons sent without a reload. Served by Facilitator itself. Without this
// script each button is a plain form and the page comes back after it.
(function () {
  "use strict";
  var body = document.body;
  var live = false;

  function text(id, value) {
    var element = document.getElementById(id);
    if (element) { element.textContent = value; }
  }

  function show(view) {
    text("step", view.step);
    text("title", view.title);
    text("clock", view.clock);
    text("state", view.state_text);
    text("item", view.item);
    var clock = document.getElementById("clock");
    if (clock) { clock.className = "clock " + view.phase; }
    var instructions = document.getElementById("instructions");
    if (instructions && instructions.getAttribute("data-html") !== view.instructions) {
      // Rendered and escaped by the app; the page's policy runs no script in it.
      instructions.innerHTML = view.instructions;
      instructions.setAttribute("data-html", view.instructions);
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll("form.command"), function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      fetch(body.getAttribute("data-command"), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ name: form.elements.name.value }),
        cache: "no-store"
      }).then(function (r) { return r.json(); }).then(function (answer) {
        var status = document.getElementById("status");
        if (status) { status.hidden = answer.ok; }
      }).catch(function () { /* the next press tries again */ });
    });
  });

  function poll() {
    if (live) { return; }
    fetch(body.getAttribute("data-state"), { cache: "no-store" }).then(function (r) {
      return r.json();
    }).then(show).catch(function () { /* tried again */ });
  }

  function connect() {
    var socket = new WebSocket("ws://" + location.host + body.getAttribute("data-live"));
    socket.onopen = function () { live = true; };
    socket.onmessage = function (event) {
      var view = JSON.parse(event.data);
      if (view.type === "remote") { show(view); }
    };
    socket.onclose = function () { live = false; setTimeout(connect, 3000); };
  }

  connect();
  setInterval(poll, 5000);
}());
