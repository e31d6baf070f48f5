// An enhancement only: a form marked data-concept is saved as the person's draft on the server while they type, so
// that a closed tab or an expired session loses at most half a minute of it (and the saving keeps the session alive).
// Without JavaScript the form's own "Bewaren en later verder" button does the same at each step.
(function () {
  "use strict";

  function fields(form) {
    var body = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === "string" && name !== "actie") {
        body.append(name, value);
      }
    });
    return body;
  }

  function time() {
    var now = new Date();
    return ("0" + now.getHours()).slice(-2) + ":" + ("0" + now.getMinutes()).slice(-2);
  }

  document.querySelectorAll("form[data-concept]").forEach(function (form) {
    var saved = form.querySelector("[data-concept-bewaard]");
    var failed = form.querySelector("[data-concept-mislukt]");
    var last = fields(form).toString();
    var stopped = false;
    form.addEventListener("submit", function () {
      stopped = true;
    });
    window.setInterval(function () {
      var body = fields(form);
      if (stopped || body.toString() === last) {
        return;
      }
      fetch("/concepten/" + encodeURIComponent(form.getAttribute("data-concept")), {
        method: "POST",
        body: body,
        credentials: "same-origin",
        redirect: "manual",
        headers: { "X-Requested-With": "JavaScript" }
      }).then(function (response) {
        if (response.status === 204) {
          last = body.toString();
          saved.textContent = saved.getAttribute("data-concept-bewaard").replace("TIJD", time());
          failed.textContent = "";
        } else {
          failed.textContent = failed.getAttribute("data-concept-mislukt");
        }
      }, function () {
        failed.textContent = failed.getAttribute("data-concept-mislukt");
      });
    }, Number(form.getAttribute("data-concept-interval")) || 30000);
  });
})();
