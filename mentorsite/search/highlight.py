"""A short excerpt around the first match of the query, with the query's words marked."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

EXCERPT_CHARS = 220


def query_words(query):
    return [word for word in re.findall(r"\w+", query.lower()) if len(word) > 1][:10]


def excerpt(text, query):
    """Escaped text around the first word of `query` found in `text`, the words wrapped in <mark>."""
    text = " ".join(text.split())
    words = query_words(query)
    lowered = text.lower()
    positions = [lowered.find(word) for word in words if lowered.find(word) >= 0]
    start = max(min(positions) - EXCERPT_CHARS // 3, 0) if positions else 0
    piece = text[start : start + EXCERPT_CHARS]
    if start > 0:
        piece = "…" + piece
    if start + EXCERPT_CHARS < len(text):
        piece += "…"
    html = escape(piece)
    if words:
        pattern = re.compile("(" + "|".join(re.escape(escape(word)) for word in words) + ")", re.IGNORECASE)
        html = pattern.sub(r"<mark>\1</mark>", html)
    return mark_safe(html)  # noqa: S308 - built from escaped text; only <mark> is added
