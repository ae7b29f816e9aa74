// Adds the visitor's local time next to schedule times when their zone differs
// from the workshop's. The page is complete without it.
(function () {
  function offsetOf(iso) {
    var m = /([+-])(\d\d):(\d\d)$/.exec(iso);
    if (!m) return /Z$/.test(iso) ? 0 : null;
    return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  }
  function annotate(root) {
    var times = root.querySelectorAll(".esfomo-schedule time[datetime]");
    var format = new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" });
    var withDay = new Intl.DateTimeFormat(undefined, { weekday: "short", hour: "numeric", minute: "2-digit" });
    function localDay(d) {
      return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
    }
    times.forEach(function (el) {
      if (el.nextElementSibling && el.nextElementSibling.classList.contains("esfomo-local")) return;
      var iso = el.getAttribute("datetime");
      var when = new Date(iso);
      var theirs = offsetOf(iso);
      if (isNaN(when) || theirs === null || -when.getTimezoneOffset() === theirs) return;
      var span = document.createElement("span");
      span.className = "esfomo-local";
      // Name the day when it is another one where the visitor is (a morning talk seen from Asia).
      var other = localDay(when) !== iso.slice(0, 10);
      span.textContent = (other ? withDay : format).format(when) + " your time";
      el.after(span);
    });
  }
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(function () { annotate(document); });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { annotate(document); });
  } else {
    annotate(document);
  }
})();
