"""The HTML report's Jinja2 template, stylesheet and script, kept as constants so they ship with the package.

The template is rendered with autoescape on: every `{{ }}` escapes. Only STYLE and SCRIPT, trusted constants
pinned by hash in the page's Content-Security-Policy, are inserted as markup (`| safe`).
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
th { background: var(--soft); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; padding: .75rem; margin-bottom: 1rem;
  background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
.filters label { display: flex; flex-direction: column; font-size: .8rem; color: #57606a; }
.filters select, .filters input { font: inherit; font-size: .95rem; padding: .25rem; min-width: 10rem; max-width: 100%; }
.filters output { font-size: .9rem; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--info); border-radius: 6px; padding: .75rem 1rem;
  margin: 0 0 1rem; }
.finding.sev-error { border-left-color: var(--err); }
.finding.sev-warning { border-left-color: var(--warn); }
.finding > header { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline; }
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
@media (max-width: 40rem) {
  body { font-size: 14px; }
  .filters select, .filters input { min-width: 0; width: 100%; }
  .filters label { flex: 1 1 100%; }
  .finding { padding: .5rem .6rem; }
}
@media print {
  body { font-size: 10pt; }
  .filters, nav.toc, .permalink { display: none !important; }
  .finding, .figure, tr, blockquote { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .scroll { overflow: visible; }
}
"""

# Runs only in the browser; everything it filters is already in the page. It reads the filters from
# the URL fragment too (#severity=error&rule=C101&doc=ID&q=text), so a filtered view can be linked.
SCRIPT = """
(function () {
  "use strict";
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

TEMPLATE = """\
{%- macro marked(m) -%}
<span lang="vi">{{ m.before }}{% if m.figure %}<mark>{{ m.figure }}</mark>{% endif %}{{ m.after }}</span>
{%- endmacro -%}
{%- macro link_item(l) -%}
<li><a href="{{ l.other_id | claim_href }}">{{ l.other_id }}</a> <span class="meta">{{ l.doc }}
{%- if l.date %} · {{ l.date }}{% endif %} · score {{ l.score }}</span>
{%- if l.sentence %}<br>{{ marked(l.sentence) }}{% endif %}</li>
{%- endmacro -%}
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src '{{ style_hash }}'; \
script-src '{{ script_hash }}'; base-uri 'none'; form-action 'none'">
<meta name="generator" content="checker">
<title>Fact-consistency report: {{ summary.findings }} findings</title>
<style>{{ style | safe }}</style>
</head>
<body>
<header class="top">
<h1>Fact-consistency report</h1>
<nav class="toc"><a href="#summary">Summary</a> <a href="#findings">Findings</a> <a href="#claims">Claims</a> \
<a href="#documents">Documents</a></nav>
</header>
<main>
<section id="summary">
<h2>Summary</h2>
<dl class="totals">
<div><dt>Documents</dt><dd id="count-documents">{{ summary.documents }}</dd></div>
<div><dt>Claims</dt><dd id="count-claims">{{ summary.claims }}</dd></div>
<div><dt>Findings</dt><dd id="count-findings">{{ summary.findings }}</dd></div>
{%- for severity, n in summary.by_severity %}
<div class="sev-{{ severity }}"><dt>{{ severity }}</dt><dd id="count-{{ severity }}">{{ n }}</dd></div>
{%- endfor %}
</dl>
<div class="scroll"><table id="rules">
<caption>Findings by rule</caption>
<thead><tr><th>Rule</th><th>Name</th><th>Severity</th><th>Summary</th><th>Findings</th></tr></thead>
<tbody>
{%- for r in summary.by_rule %}
<tr id="rule-{{ r.code }}"><td>{{ r.code }}</td><td>{{ r.name }}</td><td>{{ r.severity }}</td><td>{{ r.summary }}</td>\
<td class="num" data-rule-count="{{ r.code }}">{{ r.count }}</td></tr>
{%- endfor %}
</tbody>
</table></div>
{%- if summary.drafts %}
<p>Drafts checked: {% for d in summary.drafts %}<a href="{{ d | doc_href }}">{{ d }}</a>{% if not loop.last %}, {% endif %}\
{% endfor %}</p>
{%- endif %}
</section>
<section id="findings">
<h2>Findings</h2>
<form id="filters" class="filters" role="search" hidden>
<label for="f-severity">Severity<select id="f-severity"><option value="">all</option>
{%- for severity, n in summary.by_severity %}<option value="{{ severity }}">{{ severity }} ({{ n }})</option>{% endfor -%}
</select></label>
<label for="f-rule">Rule<select id="f-rule"><option value="">all</option>
{%- for r in summary.by_rule if r.count %}<option value="{{ r.code }}">{{ r.code }} {{ r.name }} ({{ r.count }})</option>\
{% endfor -%}
</select></label>
<label for="f-doc">Document<select id="f-doc"><option value="">all</option>
{%- for d in documents %}<option value="{{ d.doc.id }}">{{ d.doc.id }}</option>{% endfor -%}
</select></label>
<label for="f-q">Search<input id="f-q" type="search" autocomplete="off" placeholder="words in a finding"></label>
<output id="f-count" aria-live="polite"></output>
</form>
{%- for card in cards %}
<article class="finding sev-{{ card.severity }}" id="finding-{{ card.number }}" data-severity="{{ card.severity }}" \
data-rule="{{ card.finding.rule }}" data-docs="{{ card.docs_json }}">
{%- if card.fingerprint_anchor %}<span class="anchor" id="{{ card.fingerprint_anchor }}"></span>{% endif %}
<header><a class="permalink" href="#finding-{{ card.number }}">#{{ card.number }}</a>
<span class="badge sev-{{ card.severity }}">{{ card.severity }}</span>
<span class="rule">{{ card.finding.rule }} {{ card.finding.name }}</span>
{%- if card.finding.metric or card.finding.period %}
<span class="topic" lang="vi">{{ card.finding.metric }}{% if card.finding.period %} · {{ card.finding.period }}{% endif %}</span>
{%- endif %}</header>
<p class="message" lang="vi">{{ card.finding.message }}</p>
{%- if card.finding.derivation %}
<p class="derivation">Derivation: <code>{{ card.finding.derivation }}</code></p>
{%- endif %}
{%- if card.location %}
<p class="meta">At <code>{{ card.location }}</code></p>
{%- endif %}
{%- if card.figures %}
<div class="figures">
{%- for fig in card.figures %}
<section class="figure">
<h3><q lang="vi">{{ fig.claim.quote }}</q></h3>
<dl>
<dt>Value</dt><dd>{{ fig.value }}</dd>
<dt>Hedge</dt><dd lang="vi">{{ fig.claim.hedge or "none" }}</dd>
<dt>Interval</dt><dd>{{ fig.interval }}</dd>
<dt>Unit</dt><dd lang="vi">{{ fig.claim.unit }}</dd>
<dt>Modality</dt><dd>{{ fig.claim.modality }}</dd>
<dt>Document</dt><dd><a href="{{ fig.claim.doc | doc_href }}">{{ fig.claim.doc }}</a></dd>
<dt>Date</dt><dd>{{ fig.date or "unknown" }}</dd>
<dt>Claim</dt><dd><a href="{{ fig.claim.claim_id | claim_href }}">{{ fig.claim.claim_id }}</a></dd>
</dl>
<blockquote>{{ marked(fig.sentence) }}</blockquote>
<h4>Supported by</h4>
{%- if fig.supports %}
<ul class="links supports">{% for l in fig.supports %}{{ link_item(l) }}{% endfor %}</ul>
{%- else %}
<p class="none">No other sentence supports this figure.</p>
{%- endif %}
{%- if fig.contradicts %}
<h4>Contradicted by</h4>
<ul class="links contradicts">{% for l in fig.contradicts %}{{ link_item(l) }}{% endfor %}</ul>
{%- endif %}
</section>
{%- endfor %}
</div>
{%- endif %}
{%- if card.finding.pairs %}
<p class="meta">Pairs: {% for a, b in card.finding.pairs %}<a href="{{ a | claim_href }}">{{ a }}</a> ↔ \
<a href="{{ b | claim_href }}">{{ b }}</a>{% if not loop.last %}; {% endif %}{% endfor %}</p>
{%- endif %}
{%- if card.missing %}
<p class="none">Not in the claim table: {{ card.missing | join(", ") }}</p>
{%- endif %}
</article>
{%- else %}
<p class="none">No findings.</p>
{%- endfor %}
<p id="no-match" class="none" hidden>No finding matches the filters.</p>
</section>
<section id="claims">
<h2>Claims</h2>
<div class="scroll"><table>
<thead><tr><th>Claim</th><th>Document</th><th>Quote</th><th>Metric</th><th>Period</th><th>Value</th><th>Interval</th>\
<th>Unit</th><th>Hedge</th><th>Modality</th><th>Kind</th><th>Status</th><th>Links</th><th>Findings</th></tr></thead>
<tbody>
{%- for row in claims %}
<tr class="claim" id="claim-{{ row.claim.claim_id }}"><td><a href="{{ row.claim.claim_id | claim_href }}">\
{{ row.claim.claim_id }}</a></td><td><a href="{{ row.claim.doc | doc_href }}">{{ row.claim.doc }}</a> \
<span class="meta">#{{ row.claim.sentence }}</span></td>
<td lang="vi"><details><summary>{{ row.claim.quote }}</summary>{{ marked(row.sentence) }}</details></td>
<td lang="vi">{{ row.claim.metric }}</td><td>{{ row.claim.period }}</td><td class="num">{{ row.value }}</td>\
<td class="num">{{ row.interval }}</td><td lang="vi">{{ row.claim.unit }}</td><td lang="vi">{{ row.claim.hedge }}</td>\
<td>{{ row.claim.modality }}</td><td>{{ row.claim.kind }}</td><td>{{ row.claim.status }}</td>
<td>{% for l in row.links %}<a href="{{ l.other_id | claim_href }}">{{ l.relation }} {{ l.other_id }}</a> \
<span class="meta">{{ l.score }}</span>{% if not loop.last %}<br>{% endif %}{% endfor %}</td>
<td>{% for n in row.findings %}<a href="#finding-{{ n }}">#{{ n }}</a>{% if not loop.last %} {% endif %}{% endfor %}</td></tr>
{%- endfor %}
</tbody>
</table></div>
</section>
<section id="documents">
<h2>Documents</h2>
<div class="scroll"><table>
<thead><tr><th>Document</th><th>Title</th><th>Date</th><th>Source</th><th>Claims</th><th>Findings</th></tr></thead>
<tbody>
{%- for d in documents %}
<tr id="doc-{{ d.doc.id }}"><td>{{ d.doc.id }}</td><td lang="vi">{{ d.doc.title }}</td><td>{{ d.doc.date }}</td>\
<td><code>{{ d.doc.url or d.doc.path }}</code></td><td class="num">{{ d.claims }}</td><td class="num">{{ d.findings }}</td></tr>
{%- endfor %}
</tbody>
</table></div>
</section>
</main>
<script>{{ script | safe }}</script>
</body>
</html>
"""
