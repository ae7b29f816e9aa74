// The papers filter: title, author, poster session and kind, as the visitor types. The list is complete without
// it; the form (hidden in the HTML) is shown only when this runs.
//
// Showing or hiding a thousand papers one by one costs the browser far more than a frame (their
// styles, then the layout of their text). So the papers' own list is never changed piece by
// piece: words fold it away whole and show the first matches in a list of their own (the rest a
// click away); a kind folds away the other kinds' groups. Folding keeps the folded part's layout
// (height 0, see esfomo.css), so unfolding it costs no layout either.
(function () {
  var SHOWN = 15; // matches shown at once (more than a screenful): laying them out fits in a frame
  var SETTLED = 300; // ms without typing before folded papers also leave the tab order
  function fold(text) {
    // "Csordas" finds "Csordás": compare without case and accents.
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  // Attributes, not classes: a class change on a big element makes the browser restyle all that
  // is inside it (the theme's selectors), an attribute only our rule names does not.
  function setFolded(element, folded) {
    if (folded) {
      element.setAttribute("data-esfomo-folded", "");
      element.setAttribute("aria-hidden", "true");
    } else {
      element.removeAttribute("data-esfomo-folded");
      element.removeAttribute("aria-hidden");
    }
  }
  function setup(root) {
    var form = root.querySelector("[data-esfomo-papers] .esfomo-filter");
    if (!form || !form.hidden) return;
    var list = form.parentNode, all = list.querySelector(".esfomo-paperlist__all");
    var items = Array.prototype.map.call(all.querySelectorAll("li[data-kind]"), function (li) {
      var title = li.querySelector(".esfomo-paper__title"), authors = li.querySelector(".esfomo-authors");
      var session = li.querySelector(".esfomo-session-of"); // its poster session, when it has one
      var text = [title, authors, session].map(function (e) { return e ? e.textContent : ""; }).join(" ");
      return { li: li, kind: li.getAttribute("data-kind"), text: fold(text), session: !!session };
    });
    var groups = Array.prototype.slice.call(all.querySelectorAll(".esfomo-papers"));
    var input = form.querySelector("input"), select = form.querySelector("select");
    if (items.some(function (item) { return item.session; })) input.placeholder = "Title, author or session";
    var count = form.querySelector("output");
    var results = document.createElement("ol"), more = document.createElement("button");
    results.className = "esfomo-results";
    more.type = "button";
    more.className = "md-button esfomo-more";
    results.hidden = more.hidden = true;
    list.insertBefore(results, all);
    list.insertBefore(more, all);
    var matches = [], settle = null;
    function show(from, to) {
      var fragment = document.createDocumentFragment();
      matches.slice(from, to).forEach(function (item) {
        var copy = item.li.cloneNode(true);
        copy.setAttribute("data-paper", copy.id);
        copy.removeAttribute("id"); // the anchor stays with the paper in its own list
        fragment.appendChild(copy);
      });
      results.appendChild(fragment);
      var left = matches.length - results.children.length;
      more.hidden = left <= 0;
      more.textContent = "Show " + (left === 1 ? "the last match" : "all " + matches.length + " matches");
    }
    function apply() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var kind = select ? select.value : "";
      setFolded(all, words.length > 0);
      groups.forEach(function (group) {
        setFolded(group, !!kind && !group.classList.contains("esfomo-papers--" + kind));
      });
      results.textContent = "";
      matches = !words.length ? [] : items.filter(function (item) {
        if (kind && item.kind !== kind) return false;
        for (var j = 0; j < words.length; j++) if (item.text.indexOf(words[j]) === -1) return false;
        return true;
      });
      results.hidden = !words.length;
      more.hidden = true;
      if (words.length) show(0, SHOWN);
      var total = words.length ? matches.length : items.filter(function (item) { return !kind || item.kind === kind; }).length;
      count.textContent = words.length || kind ? total + " of " + items.length + " papers" : "";
      // Restyling for inert costs more than a frame: it waits until the typing stops.
      clearTimeout(settle);
      settle = setTimeout(function () {
        [all].concat(groups).forEach(function (element) {
          element.inert = element.hasAttribute("data-esfomo-folded");
        });
      }, SETTLED);
    }
    more.addEventListener("click", function () { show(results.children.length, matches.length); });
    form.addEventListener("input", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
  }
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(function () { setup(document); });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { setup(document); });
  } else {
    setup(document);
  }
})();
