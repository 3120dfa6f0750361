import re
import unicodedata

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page

from mentorsite.translations import in_language

from .highlight import excerpt

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
# Enough candidates to fill several pages after leaving out what the person may not see.
CANDIDATES = 200


def clean_query(raw):
    """The query without control characters (PostgreSQL refuses NUL), squeezed and cut to a sane length."""
    text = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in raw[: MAX_QUERY_LENGTH * 4])
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def searchable_text(page):
    parts = [getattr(page, "summary", "") or "", getattr(page, "introduction", "") or ""]
    body = getattr(page, "body", None)
    if body is not None and hasattr(body, "stream_block"):
        parts += [str(text) for text in body.stream_block.get_searchable_content(body)]
    return " ".join(str(part) for part in parts if part)


def one_per_translation_group(pages):
    """A page and its translations are one result, shown in the reader's language where it is translated."""
    seen = set()
    unique = []
    for page in pages:
        if page.translation_key not in seen:
            seen.add(page.translation_key)
            unique.append(page)
    by_model = {}
    for page in unique:
        by_model.setdefault(type(page), []).append(page)
    shown = {}
    for pages_of_model in by_model.values():
        for original, localized in zip(pages_of_model, in_language(pages_of_model), strict=True):
            shown[original.pk] = localized
    return [shown[page.pk] for page in unique]


@login_required
def search(request):
    """Search lessons, modules, briefings and every other live page; only what this person may open is shown.

    Pages decide who may open them with may_be_viewed_by(user); pages without it are not listed.
    """
    query = clean_query(request.GET.get("q", ""))
    # The backends read operators and quotes in a query; searching for the words alone answers any input.
    words = " ".join(re.findall(r"\w+", query))
    results = []
    if words:
        ids = [page.pk for page in Page.objects.live().not_exact_type(Page).search(words)[:CANDIDATES]]
        order = {pk: position for position, pk in enumerate(ids)}
        pages = sorted(Page.objects.filter(pk__in=ids).specific(), key=lambda page: order[page.pk])
        results = [page for page in pages if hasattr(page, "may_be_viewed_by") and page.may_be_viewed_by(request.user)]
        results = one_per_translation_group(results)
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    for page in page_obj:
        page.search_excerpt = excerpt(searchable_text(page), query)
    return render(request, "search/search.html", {"query": query, "page_obj": page_obj})
