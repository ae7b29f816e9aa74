// Adds the visitor's local time next to schedule times when their zone differs
// from the workshop's, written the way the edition writes its own times
// (the table's data-clock and data-am), and on the day marks the item on now
// and the next one. The page is complete without it.
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
  // English day names without Intl: making an Intl.DateTimeFormat costs a phone some 100 ms
  // on first use, so it is made only for another language, and only when a day is named.
  var WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  var weekdays = null;
  function weekdayOf(when, lang) {
    if (/^en\b/i.test(lang)) return WEEKDAYS[when.getDay()];
    weekdays = weekdays || new Intl.DateTimeFormat(lang, { weekday: "short" });
    return weekdays.format(when);
  }
  function annotate(root) {
    var lang = document.documentElement.lang || "en";
    root.querySelectorAll(".esfomo-schedule").forEach(function (table) {
      // Item rows only: a session's span is read from its items.
      table.querySelectorAll(".esfomo-time time[datetime]:not(.esfomo-end)").forEach(function (el) {
        var shown = el.closest(".esfomo-span") || el; // an item's span: its local start after the whole span
        if (shown.nextElementSibling && shown.nextElementSibling.classList.contains("esfomo-local")) return;
        var iso = el.getAttribute("datetime");
        var when = new Date(iso);
        var theirs = offsetOf(iso);
        if (isNaN(when) || theirs === null || -when.getTimezoneOffset() === theirs) return;
        var span = document.createElement("span");
        span.className = "esfomo-local";
        // Name the day when it is another one where the visitor is (a morning talk seen from Asia).
        var other = localDay(when) !== iso.slice(0, 10);
        span.textContent = (other ? weekdayOf(when, lang) + " " : "") + clock(table, when) + " your time";
        shown.after(span);
      });
    });
  }
  // On the workshop's day, marks the item on now and the next one, from the items' <time datetime>
  // (and data-end, when an item ends before the next starts). Nothing on other days.
  var LAST_ITEM_MS = 60 * 60 * 1000; // the last item of a day, with no end given, is taken to last an hour
  function dayAt(ms, iso) {
    var offset = offsetOf(iso);
    return new Date(ms + (offset || 0) * 60000).toISOString().slice(0, 10);
  }
  function mark(root, ms) {
    var items = [];
    root.querySelectorAll(".esfomo-schedule tr.esfomo-item").forEach(function (tr) {
      var time = tr.querySelector("time[datetime]");
      if (!time) return;
      var iso = time.getAttribute("datetime"), start = Date.parse(iso);
      if (!isNaN(start)) items.push({ tr: tr, iso: iso, start: start, end: Date.parse(tr.getAttribute("data-end") || "") });
      tr.classList.remove("esfomo-item--now", "esfomo-item--next");
      tr.removeAttribute("aria-current");
      var old = tr.querySelector(".esfomo-mark");
      if (old) old.remove();
    });
    var current = null, next = null;
    items.forEach(function (item, i) {
      var day = item.iso.slice(0, 10);
      if (dayAt(ms, item.iso) !== day) return;
      var following = items[i + 1];
      var end = !isNaN(item.end) ? item.end : following && following.start > item.start ? following.start : item.start + LAST_ITEM_MS;
      if (item.start <= ms && ms < end) current = item;
      else if (item.start > ms && !next) next = item;
    });
    [[current, "now", "Now"], [next, "next", "Next"]].forEach(function (found) {
      if (!found[0]) return;
      var tr = found[0].tr, badge = document.createElement("span");
      tr.classList.add("esfomo-item--" + found[1]);
      if (found[1] === "now") tr.setAttribute("aria-current", "time");
      badge.className = "esfomo-mark esfomo-mark--" + found[1];
      badge.textContent = found[2];
      var cell = tr.querySelector(".esfomo-event") || tr.lastElementChild;
      cell.insertBefore(badge, cell.firstChild);
    });
  }
  // Material's search is a dialog without a name (axe: aria-dialog-name); every page loads this script.
  function nameSearch() {
    var dialog = document.querySelector('.md-search[role="dialog"]:not([aria-label]):not([aria-labelledby])');
    var input = dialog && dialog.querySelector("input[aria-label]");
    if (dialog) dialog.setAttribute("aria-label", input ? input.getAttribute("aria-label") : "Search");
  }
  var timer = null;
  function run(root) {
    nameSearch();
    annotate(root);
    mark(root, Date.now());
    if (timer === null) timer = setInterval(function () { mark(document, Date.now()); }, 30000);
  }
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(function () { run(document); });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { run(document); });
  } else {
    run(document);
  }
})();
