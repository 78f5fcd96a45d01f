"""The HTML report's Jinja2 template, kept as a constant so that it ships with the package.

The template is rendered with autoescape on: every `{{ }}` escapes. Only STYLE and SCRIPT
(`checker.reporters.html_assets`), trusted constants pinned by hash in the page's Content-Security-Policy,
are inserted as markup (`| safe`). Findings come first; the tables after them hold only what the
findings involve.
"""

from __future__ import annotations

TEMPLATE = """\
{%- macro marked(m) -%}
<span lang="vi">{{ m.before }}{% if m.figure %}<mark>{{ m.figure }}</mark>{% endif %}{{ m.after }}</span>
{%- endmacro -%}
{%- macro doc_name(d) -%}
{%- if d.href %}<a href="{{ d.href }}" lang="vi">{{ d.title or d.id }}</a>{% else %}<span lang="vi">{{ d.title or d.id }}</span>\
{% endif %}
{%- endmacro -%}
{%- macro claim_ref(l) -%}
{%- if l.href %}<a href="{{ l.href }}">{{ l.other_id }}</a>{% else %}<code>{{ l.other_id }}</code>{% endif %}
{%- endmacro -%}
{%- macro link_item(l) -%}
<li>{{ claim_ref(l) }} <span class="meta">{% if l.doc %}{{ doc_name(l.doc) }} · {{ l.doc.date or "undated" }} · {% endif %}\
score {{ l.score }}</span>
{%- if l.sentence %}<br>{{ marked(l.sentence) }}{% endif %}</li>
{%- endmacro -%}
{%- macro link_list(links, kind) -%}
<ul class="links {{ kind }}">{% for l in links.shown %}{{ link_item(l) }}{% endfor %}
{%- if links.more %}<li class="meta">and {{ links.more | length }} more: {{ links.more | join(", ") }}</li>{% endif %}</ul>
{%- endmacro -%}
{%- macro card_body(card, kind) -%}
<header><a class="permalink" href="#{{ kind }}-{{ card.number }}">{% if kind == "note" %}note {% endif %}#{{ card.number }}</a>
<span class="badge sev-{{ card.severity }}">{{ card.severity }}</span>
<span class="rule">{{ card.finding.rule }} {{ card.finding.name }}</span>
{%- if card.finding.metric or card.finding.period %}
<span class="topic" lang="vi">{{ card.finding.metric }}{% if card.finding.period %} · {{ card.finding.period }}{% endif %}</span>
{%- endif %}</header>
{%- if card.docs %}
<ul class="docs">{% for d in card.docs %}<li>{{ doc_name(d) }} <span class="meta">{{ d.date or "undated" }} · \
<code>{{ d.id }}</code></span></li>{% endfor %}</ul>
{%- endif %}
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
<dt>Value</dt><dd lang="vi">{{ fig.value }}</dd>
<dt>Interval</dt><dd lang="vi">{{ fig.interval }}</dd>
<dt>Hedge</dt><dd lang="vi">{{ fig.claim.hedge or "none" }}</dd>
<dt>Modality</dt><dd>{{ fig.claim.modality }}</dd>
<dt>Document</dt><dd>{{ doc_name(fig.doc) }} <span class="meta"><code>{{ fig.doc.id }}</code></span></dd>
<dt>Date</dt><dd>{{ fig.doc.date or "unknown" }}</dd>
<dt>Claim</dt><dd><a href="{{ fig.claim.claim_id | claim_href }}">{{ fig.claim.claim_id }}</a>\
{% if fig.claim.line %} <span class="meta">claims.csv line {{ fig.claim.line }}</span>{% endif %}</dd>
</dl>
<blockquote>{{ marked(fig.sentence) }}</blockquote>
<h4>Supported by</h4>
{%- if fig.supports.shown %}
{{ link_list(fig.supports, "supports") }}
{%- else %}
<p class="none">No other sentence supports this figure.</p>
{%- endif %}
{%- if fig.contradicts.shown %}
<h4>Contradicted by</h4>
{{ link_list(fig.contradicts, "contradicts") }}
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
<nav class="toc"><a href="#findings">Findings</a>{% if notes %} <a href="#notes">Notes</a>{% endif %} \
<a href="#rules">Rules</a> <a href="#claims">Claims</a> \
<a href="#documents">Documents</a></nav>
</header>
<main>
<section id="summary">
<dl class="totals">
<div><dt>Documents</dt><dd id="count-documents">{{ summary.documents }}</dd></div>
<div><dt>Claims</dt><dd id="count-claims">{{ summary.claims }}</dd></div>
<div><dt>Findings</dt><dd id="count-findings">{{ summary.findings }}</dd></div>
{%- if notes %}
<div><dt>Notes</dt><dd id="count-notes">{{ notes | length }}</dd></div>
{%- endif %}
{%- for severity, n in summary.by_severity %}
<div class="sev-{{ severity }}"><dt>{{ severity }}</dt><dd id="count-{{ severity }}">{{ n }}</dd></div>
{%- endfor %}
</dl>
{%- if summary.drafts %}
<p>Drafts checked: {% for d in summary.drafts %}{{ doc_name(d) }} <span class="meta">{{ d.id }}</span>\
{% if not loop.last %}, {% endif %}{% endfor %}</p>
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
{%- for d in filter_documents %}<option value="{{ d.doc.id }}">{{ d.title or d.doc.id }}{% if d.doc.date %} · {{ d.doc.date }}\
{% endif %} ({{ d.findings }})</option>{% endfor -%}
</select></label>
<label for="f-q">Search<input id="f-q" type="search" autocomplete="off" placeholder="words in a finding"></label>
<output id="f-count" aria-live="polite"></output>
</form>
{%- for card in cards %}
<article class="finding sev-{{ card.severity }}" id="finding-{{ card.number }}" data-severity="{{ card.severity }}" \
data-rule="{{ card.finding.rule }}" data-docs="{{ card.docs_json }}">
{%- if card.fingerprint_anchor %}<span class="anchor" id="{{ card.fingerprint_anchor }}"></span>{% endif %}
{{ card_body(card, "finding") }}
</article>
{%- else %}
<p class="none">No findings.</p>
{%- endfor %}
<p id="no-match" class="none" hidden>No finding matches the filters.</p>
</section>
{%- if notes %}
<section id="notes">
<h2>Notes on the archive</h2>
<p>{{ notes_heading }}. The check does not fail on them.</p>
{%- for card in notes %}
<article class="note sev-{{ card.severity }}" id="note-{{ card.number }}">
{{ card_body(card, "note") }}
</article>
{%- endfor %}
</section>
{%- endif %}
<section id="rules">
<h2>Findings by rule</h2>
<div class="scroll"><table id="rules-table" class="sortable">
<thead><tr><th>Rule</th><th>Name</th><th>Severity</th><th>Summary</th><th data-type="number">Findings</th></tr></thead>
<tbody>
{%- for r in summary.by_rule %}
<tr id="rule-{{ r.code }}"><td>{{ r.code }}</td><td>{{ r.name }}</td><td>{{ r.severity }}</td><td>{{ r.summary }}</td>\
<td class="num" data-rule-count="{{ r.code }}">{{ r.count }}</td></tr>
{%- endfor %}
</tbody>
</table></div>
</section>
<section id="claims">
<h2>Claims of the findings</h2>
<p class="meta">The {{ summary.claims_shown }} claims that the findings involve, of {{ summary.claims }}. The whole \
claim table is the claims file (<code>claims.csv</code>, or the file given to <code>--claims</code>); \
<code>checker check --format json</code> lists every claim of every finding.</p>
<div class="scroll"><table id="claims-table" class="sortable">
<thead><tr><th>Claim</th><th>Document</th><th>Quote</th><th>Metric</th><th>Period</th><th data-type="number">Value</th>\
<th>Interval</th><th>Modality</th><th>Status</th><th data-type="number">Line</th><th>Links</th>\
<th data-type="number">Findings</th></tr></thead>
<tbody>
{%- for row in claims %}
<tr class="claim" id="claim-{{ row.claim.claim_id }}"><td><a href="{{ row.claim.claim_id | claim_href }}">\
{{ row.claim.claim_id }}</a></td><td data-sort="{{ row.doc.title or row.doc.id }}">{{ doc_name(row.doc) }} \
<span class="meta">{{ row.doc.id }} #{{ row.claim.sentence }}</span></td>
<td lang="vi">{{ row.claim.quote }}</td>
<td lang="vi">{{ row.claim.metric }}</td><td>{{ row.claim.period }}</td>\
<td class="num" lang="vi" data-sort="{{ row.value_key }}">{{ row.value }}</td><td class="num" lang="vi">{{ row.interval }}</td>\
<td>{{ row.claim.modality }}</td><td>{{ row.claim.status }}</td><td class="num">{{ row.claim.line or "" }}</td>
<td>{% for relation, links in row.links %}{{ relation }} {% for l in links %}{{ claim_ref(l) }}{% if not loop.last %}, \
{% endif %}{% endfor %}{% if not loop.last %}; {% endif %}{% endfor %}</td>
<td data-sort="{{ row.findings | length }}">{% for n in row.findings %}<a href="#finding-{{ n }}">#{{ n }}</a>\
{% if not loop.last %} {% endif %}{% endfor %}</td></tr>
{%- endfor %}
</tbody>
</table></div>
</section>
<section id="documents">
<h2>Documents</h2>
<p class="meta">The {{ summary.documents_shown }} documents with findings{% if summary.drafts %} and the drafts\
{% endif %}, of {{ summary.documents }}.</p>
<div class="scroll"><table id="documents-table" class="sortable">
<thead><tr><th>Document</th><th>Title</th><th>Date</th><th>Source</th><th data-type="number">Claims</th>\
<th data-type="number">Findings</th></tr></thead>
<tbody>
{%- for d in documents %}
<tr id="doc-{{ d.doc.id }}"><td>{{ d.doc.id }}</td><td lang="vi">{{ d.title }}</td><td>{{ d.doc.date }}</td>\
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
