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
    if not words:
        return escape(piece)
    # Match in the raw text and escape each piece, so a word like "amp" never lands inside an entity.
    pattern = re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)
    html, position = [], 0
    for match in pattern.finditer(piece):
        html += [escape(piece[position : match.start()]), "<mark>", escape(match.group()), "</mark>"]
        position = match.end()
    html.append(escape(piece[position:]))
    # Every piece of text is escaped above; only <mark> tags are added.
    return mark_safe("".join(html))  # noqa: S308  # nosec B308, B703
