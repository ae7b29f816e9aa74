// Adds the visitor's local time next to schedule times when their zone differs
// from the workshop's, written the way the edition writes its own times
// (the table's data-clock and data-am). The page is complete without it.
(function () {
  function offsetOf(iso) {
    var m = /([+-])(\d\d):(\d\d)$/.exec(iso);
    if (!m) return /Z$/.test(iso) ? 0 : null;
    return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  }
  function clock(table, when) {
    var hours = when.getHours(), minutes = String(when.getMinutes()).padStart(2, "0");
    if (table.getAttribute("data-clock") !== "12") return String(hours).padStart(2, "0") + ":" + minutes;
    var am = table.getAttribute("data-am") || "am";
    var half = hours < 12 ? am : am.replace("a", "p").replace("A", "P");
    return (hours % 12 || 12) + ":" + minutes + half;
  }
  function localDay(d) {
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }
  function annotate(root) {
    var lang = document.documentElement.lang || "en";
    var weekday = new Intl.DateTimeFormat(lang, { weekday: "short" });
    root.querySelectorAll(".esfomo-schedule").forEach(function (table) {
      // Item rows only: a session's span is read from its items.
      table.querySelectorAll(".esfomo-time time[datetime]").forEach(function (el) {
        if (el.nextElementSibling && el.nextElementSibling.classList.contains("esfomo-local")) return;
        var iso = el.getAttribute("datetime");
        var when = new Date(iso);
        var theirs = offsetOf(iso);
        if (isNaN(when) || theirs === null || -when.getTimezoneOffset() === theirs) return;
        var span = document.createElement("span");
        span.className = "esfomo-local";
        // Name the day when it is another one where the visitor is (a morning talk seen from Asia).
        var other = localDay(when) !== iso.slice(0, 10);
        span.textContent = (other ? weekday.format(when) + " " : "") + clock(table, when) + " your time";
        el.after(span);
      });
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
