"""The HTML report's stylesheet and script: trusted constants, inserted as markup and pinned by their hashes
in the page's Content-Security-Policy (`checker.reporters.html.csp_hash`).
"""

from __future__ import annotations

STYLE = """
:root { --err: #b3261e; --warn: #8a5a00; --info: #1d5fa8; --line: #d0d4da; --soft: #f4f5f7; --mark: #ffe58a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  color: #1b1f24; background: #fff; }
[hidden] { display: none !important; }
header.top, main { max-width: 80rem; margin: 0 auto; padding: 0 1rem; }
header.top { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: .5rem; }
h1 { font-size: 1.5rem; margin: 1rem 0 .25rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 0 0 .5rem; }
h4 { font-size: .9rem; margin: .75rem 0 .25rem; }
nav.toc a { margin-right: .75rem; }
a { color: var(--info); }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
.totals { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0 0 1rem; }
.totals div { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .8rem; min-width: 7rem; }
.totals dt { font-size: .8rem; text-transform: uppercase; color: #57606a; }
.totals dd { margin: 0; font-size: 1.4rem; font-weight: 600; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; padding: .75rem; margin-bottom: 1rem;
  background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
.filters label { display: flex; flex-direction: column; font-size: .8rem; color: #57606a; }
.filters select, .filters input { font: inherit; font-size: .95rem; padding: .25rem; min-width: 10rem; max-width: 100%; }
.filters output { font-size: .9rem; }
.finding, .note { border: 1px solid var(--line); border-left: 6px solid var(--info); border-radius: 6px; padding: .75rem 1rem;
  margin: 0 0 1rem; }
.finding.sev-error, .note.sev-error { border-left-color: var(--err); }
.finding.sev-warning, .note.sev-warning { border-left-color: var(--warn); }
.finding > header, .note > header { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline; }
.badge { font-size: .75rem; font-weight: 700; text-transform: uppercase; color: #fff; background: var(--info);
  border-radius: 4px; padding: .05rem .4rem; }
.badge.sev-error { background: var(--err); }
.badge.sev-warning { background: var(--warn); }
.rule { font-weight: 600; }
.topic { color: #57606a; }
.message { margin: .5rem 0; }
.derivation { background: var(--soft); padding: .4rem .6rem; border-radius: 4px; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); gap: .75rem; }
.figure { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .75rem; background: #fcfcfd; }
.figure dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: 0 0 .5rem; font-size: .9rem; }
.figure dt { color: #57606a; }
.figure dd { margin: 0; overflow-wrap: anywhere; }
blockquote { margin: .25rem 0; padding: .25rem .6rem; border-left: 3px solid var(--line); overflow-wrap: anywhere; }
ul.links { margin: 0; padding-left: 1.1rem; font-size: .9rem; }
ul.links li { margin-bottom: .35rem; }
.meta { color: #57606a; font-size: .85rem; }
.none { color: #57606a; font-style: italic; font-size: .9rem; }
.anchor { display: block; }
/* The browser lays out and paints only what is near the screen: a page of hundreds of cards and a
   long table opens as fast as a short one (Ctrl+F, anchors and screen readers still see it all). */
.finding, .note { content-visibility: auto; contain-intrinsic-size: auto 40rem; }
#claims .scroll, #documents .scroll { content-visibility: auto; contain-intrinsic-size: auto 60rem; }
.docs { margin: .4rem 0 0; padding: 0; list-style: none; font-size: .9rem; }
.docs li { margin: 0; }
.totals-line { margin: 0 0 .5rem; }
th button.sort { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; margin: 0;
  cursor: pointer; text-align: left; }
th button.sort::after { content: " \\2195"; color: #8c959f; }
th[aria-sort="ascending"] button.sort::after { content: " \\25B2"; color: inherit; }
th[aria-sort="descending"] button.sort::after { content: " \\25BC"; color: inherit; }
@media (max-width: 40rem) {
  body { font-size: 14px; }
  .filters select, .filters input { min-width: 0; width: 100%; }
  .filters label { flex: 1 1 100%; }
  .finding, .note { padding: .5rem .6rem; }
}
@media print {
  body { font-size: 10pt; }
  .filters, nav.toc, .permalink { display: none !important; }
  th button.sort::after { content: none; }
  .finding, .note, .figure, tr, blockquote { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .scroll { overflow: visible; }
  .finding, .note, #claims .scroll, #documents .scroll { content-visibility: visible; }
}
"""

# Runs only in the browser; everything it filters or sorts is already in the page. It reads the filters
# from the URL fragment too (#severity=error&rule=C101&doc=ID&q=text), so a filtered view can be linked.
# A table of class "sortable" sorts by a column when its header is clicked: by the cells' data-sort
# attribute when they have one (numbers in base units), else their text; as numbers when the header
# says data-type="number". Buttons are added here, so a page without JavaScript shows plain headers.
SCRIPT = """
(function () {
  "use strict";
  var collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });
  function key(row, index, numeric) {
    var cell = row.cells[index];
    var text = !cell ? "" : cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : (cell.textContent || "").trim();
    if (!numeric) { return text; }
    var number = parseFloat(text);
    return isNaN(number) ? -Infinity : number;
  }
  function sortBy(table, header, index) {
    var numeric = header.getAttribute("data-type") === "number";
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.map.call(body.rows, function (row, i) {
      return { row: row, key: key(row, index, numeric), i: i };
    });
    rows.sort(function (a, b) {
      var order = numeric ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : collator.compare(a.key, b.key);
      return (ascending ? order : -order) || a.i - b.i;
    });
    var sorted = document.createDocumentFragment();
    rows.forEach(function (r) { sorted.appendChild(r.row); });
    body.appendChild(sorted);
    Array.prototype.forEach.call(header.parentNode.cells, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (header, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (header.firstChild) { button.appendChild(header.firstChild); }
      header.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, header, index); });
    });
  });
  var form = document.getElementById("filters");
  if (!form) { return; }
  var fields = ["severity", "rule", "doc", "q"];
  var controls = {};
  fields.forEach(function (name) { controls[name] = document.getElementById("f-" + name); });
  var count = document.getElementById("f-count");
  var none = document.getElementById("no-match");
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
  function fold(text) {
    return text.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").replace(/[\\u0111\\u0110]/g, "d").toLowerCase();
  }
  var texts = cards.map(function (card) { return fold(card.textContent || ""); });
  var docs = cards.map(function (card) {
    try { return JSON.parse(card.getAttribute("data-docs") || "[]"); } catch (e) { return []; }
  });
  function apply() {
    var severity = controls.severity.value, rule = controls.rule.value, doc = controls.doc.value;
    var words = fold(controls.q.value).split(/\\s+/).filter(Boolean);
    var shown = 0;
    cards.forEach(function (card, i) {
      var ok = (!severity || card.getAttribute("data-severity") === severity) &&
        (!rule || card.getAttribute("data-rule") === rule) &&
        (!doc || docs[i].indexOf(doc) >= 0) &&
        words.every(function (word) { return texts[i].indexOf(word) >= 0; });
      card.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + cards.length + " findings shown";
    count.setAttribute("data-shown", String(shown));
    if (none) { none.hidden = shown > 0 || cards.length === 0; }
  }
  function readFragment() {
    var fragment = window.location.hash.slice(1);
    if (fragment.indexOf("=") < 0) { return; }
    var params = new URLSearchParams(fragment);
    fields.forEach(function (name) { controls[name].value = params.get(name) || ""; });
  }
  function writeFragment() {
    var params = new URLSearchParams();
    fields.forEach(function (name) { if (controls[name].value) { params.set(name, controls[name].value); } });
    var fragment = params.toString();
    try {
      history.replaceState(null, "", fragment ? "#" + fragment : window.location.pathname + window.location.search);
    } catch (e) { /* some file: URLs refuse; the filter still works */ }
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("input", function () { apply(); writeFragment(); });
  form.addEventListener("change", function () { apply(); writeFragment(); });
  window.addEventListener("hashchange", function () { readFragment(); apply(); });
  form.hidden = false;
  readFragment();
  apply();
}());
"""
