// The papers filter: title, author and kind, as the visitor types. The list is complete
// without it; the form (hidden in the HTML) is shown only when this runs.
(function () {
  function fold(text) {
    // "Csordas" finds "Csordás": compare without case and accents.
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function setup(root) {
    var form = root.querySelector("[data-esfomo-papers] .esfomo-filter");
    if (!form || !form.hidden) return;
    var list = form.parentNode;
    var items = Array.prototype.map.call(list.querySelectorAll("li[data-kind]"), function (li) {
      var title = li.querySelector(".esfomo-paper__title"), authors = li.querySelector(".esfomo-authors");
      var text = (title ? title.textContent : "") + " " + (authors ? authors.textContent : "");
      return { li: li, kind: li.getAttribute("data-kind"), text: fold(text), shown: true };
    });
    var groups = Array.prototype.map.call(list.querySelectorAll(".esfomo-papers"), function (group) {
      return { el: group, items: items.filter(function (item) { return group.contains(item.li); }) };
    });
    var input = form.querySelector("input"), select = form.querySelector("select");
    var count = form.querySelector("output");
    function apply() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var kind = select ? select.value : "";
      var shown = 0;
      for (var i = 0; i < items.length; i++) {
        var item = items[i], match = !kind || item.kind === kind;
        for (var j = 0; match && j < words.length; j++) match = item.text.indexOf(words[j]) !== -1;
        if (match !== item.shown) {  // touch only what changes: the rest costs no style work
          item.li.hidden = !match;
          item.shown = match;
        }
        if (match) shown++;
      }
      groups.forEach(function (group) {
        group.el.hidden = !group.items.some(function (item) { return item.shown; });
      });
      count.textContent = words.length || kind ? shown + " of " + items.length + " papers" : "";
    }
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
