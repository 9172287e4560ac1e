"""Snippets and highlighting: the stored text of a result, with the words the query matched marked.

The text is cut into tokens by `search.analysis` in the result's content language, and a token is
marked when one of its terms is a term of the query analysed in that same language, so "campañas"
marks "campaña" and "数字" marks the 数字 of 数字权利. Everything else is escaped.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import analysis

SNIPPET_LENGTH = 240
# How far into a result's stored text a matching passage is looked for.
SNIPPET_SCAN = 10_000


def query_term_set(query, language_code):
    return {term for group in analysis.query_terms(query, language_code) for term in group}


def _matches(text, terms, language_code):
    """Merged (start, end) spans of the tokens of `text` that match `terms`."""
    spans = []
    for token in analysis.tokens(text, language_code):
        if terms.intersection(token.terms):
            if spans and token.start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], token.end))
            else:
                spans.append((token.start, token.end))
    return spans


def _render(text, spans, start=0, end=None):
    end = len(text) if end is None else end
    parts = []
    position = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        parts.append(escape(text[position:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    parts.append(escape(text[position:end]))
    return "".join(parts)


def highlight(text, terms, language_code):
    """The whole text, escaped, with matching words in <mark>."""
    text = text or ""
    return mark_safe(_render(text, _matches(text, terms, language_code)))


def snippet(text, terms, language_code, length=SNIPPET_LENGTH):
    """About `length` characters of `text` around its densest run of matches, escaped, with
    matching words in <mark> and an ellipsis where the text was cut."""
    text = " ".join((text or "")[:SNIPPET_SCAN].split())
    if not text:
        return mark_safe("")
    spans = _matches(text, terms, language_code) if terms else []
    start = 0
    if spans:

        def density(anchor):
            return sum(1 for span in spans if anchor[0] <= span[0] < anchor[0] + length)

        best = max(spans, key=density)
        # Start a little before the first match of the window, at a word boundary.
        start = max(0, best[0] - length // 5)
        if start:
            boundary = text.rfind(" ", 0, start)
            start = boundary + 1 if boundary >= 0 else 0
    end = min(len(text), start + length)
    if end < len(text):
        boundary = text.rfind(" ", start + length // 2, end)
        end = boundary if boundary > start else end
    html = _render(text, spans, start, end)
    if start > 0:
        html = "…" + html
    if end < len(text):
        html += "…"
    return mark_safe(html)
