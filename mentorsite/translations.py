"""A page and its translations are one thing.

Records (completions, answers, attendance, confirmations, certificates, enrolments) point at the page of
record: the original the other translations were made from. People see each page in their language where a
live translation exists, and in its source language where none does (the page says so). Structure (which
lessons a module has, which modules a track requires) is read from the originals, so a translation cannot
add or double a requirement.
"""

from django.db.models import Exists, OuterRef
from django.utils import translation
from wagtail.models import Locale, Page


def original_of(page):
    """The page of record of `page` and its translations: the first of them created. Kept on the page."""
    if page is None:
        return None
    cached = page.__dict__.get("_page_of_record")
    if cached is None:
        first_pk = (
            Page.objects.filter(translation_key=page.translation_key)
            .order_by("pk")
            .values_list("pk", flat=True)
            .first()
        )
        cached = page if first_pk in (None, page.pk) else type(page).objects.get(pk=first_pk)
        page.__dict__["_page_of_record"] = cached
    return cached


def original_ids(pages):
    """{page id: id of its page of record} for these pages, in one query."""
    pages = list(pages)
    if not pages:
        return {}
    first = {}
    rows = Page.objects.filter(translation_key__in={page.translation_key for page in pages}).order_by("pk")
    for key, pk in rows.values_list("translation_key", "pk"):
        first.setdefault(key, pk)
    return {page.pk: first.get(page.translation_key, page.pk) for page in pages}


def active_language():
    return (translation.get_language() or "en").split("-")[0]


#: Short text fields that lists show beside a page's title; carried over from the translation with it.
SHOWN_WITH_TITLE = ("summary",)


def _shown_fields(model):
    """The fields of `model` a list reads: the title, and a summary where the model has one."""
    concrete = {field.name for field in model._meta.concrete_fields}
    return ("title", *(name for name in SHOWN_WITH_TITLE if name in concrete))


def show_in_language(pages, language=None):
    """Give each page the title (and summary) of its live translation in the reader's language, in place.

    The pages keep their own ids and addresses (every language has the same addresses), so records still
    point at the originals; only what is read changes. A page with no live translation keeps its own text.
    One query for plain pages and one per page type that has a summary (lessons, briefings), so a module's
    list of lessons reads in one language rather than Danish titles over English summaries.
    Returns the pages. Only for pages about to be read: never save a
    page after this (read it again from the database to write).
    """
    pages = list(pages)
    if not pages:
        return pages
    language = language or active_language()
    locale_id = Locale.objects.filter(language_code=language).values_list("pk", flat=True).first()
    by_fields = {}
    for page in pages:
        if page.locale_id != locale_id:
            fields = _shown_fields(type(page))
            model = type(page) if len(fields) > 1 else Page
            by_fields.setdefault((model, fields), []).append(page)
    for (model, fields), others in by_fields.items():
        rows = model.objects.filter(
            translation_key__in={page.translation_key for page in others},
            locale_id=locale_id,
            live=True,
        ).values_list("translation_key", *fields)
        translated = {key: values for key, *values in rows}
        for page in others:
            if page.translation_key in translated:
                for name, value in zip(fields, translated[page.translation_key], strict=True):
                    setattr(page, name, value)
    return pages


def publish_translation(page, language, translate):
    """Translate `page` into `language` through wagtail-localize and publish it, as a facilitator would.

    `translate(text, context)` gives the translation of each of the page's segments (an empty string leaves
    that segment in the source language). Parents must have their translation already. Returns the live
    translation.
    """
    from wagtail_localize.models import Translation, TranslationSource

    target_locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    job, _created = Translation.objects.get_or_create(source=source, target_locale=target_locale)
    po = job.export_po()
    for entry in po:
        entry.msgstr = translate(entry.msgid, entry.msgctxt)
    job.import_po(po)
    job.save_target(publish=False)
    # Published here rather than when the transaction commits (save_target's way), so the children of this
    # page find a live parent while they are translated in the same transaction.
    target = job.get_target_instance()
    target.get_latest_revision().publish()
    return target.specific


def same_slug(translate):
    """Wrap `translate` so a page's slug stays its source's: a page's address does not change with language."""
    return lambda text, context: text if context == "slug" else translate(text, context)


def originals(queryset):
    """Only the pages of record among `queryset`: each page and its translations once."""
    earlier = Page.objects.filter(translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk"))
    return queryset.exclude(Exists(earlier))


def in_language(pages, language=None):
    """Each page replaced by its live translation in the reader's language where there is one, with one query.

    For what is read (lists of briefings, search results); records keep pointing at the originals.
    """
    pages = list(pages)
    if not pages:
        return pages
    language = language or active_language()
    model = type(pages[0])
    translations = {
        page.translation_key: page
        for page in model.objects.live().filter(
            translation_key__in={page.translation_key for page in pages}, locale__language_code=language
        )
    }
    return [translations.get(page.translation_key, page) for page in pages]


def out_of_date_translations(translation_key=None):
    """The translations whose source was published after they were last synced, with a few queries in all
    (only those of one page and its translations when `translation_key` is given, as on an edit page).

    wagtail-localize copies a source's texts when a translation starts and again on "Sync translated pages";
    a source published since then has changes its translations have not seen. Returns a list of
    (translation page, source page, wagtail-localize Translation) in source-page order.
    """
    from wagtail_localize.models import Translation

    jobs = Translation.objects.filter(enabled=True).select_related("source__object", "target_locale")
    if translation_key is not None:
        jobs = jobs.filter(source__object__translation_key=translation_key)
    jobs = list(jobs)
    keys = {job.source.object.translation_key for job in jobs}
    rows = Page.objects.filter(translation_key__in=keys).select_related("locale")
    pages = {(page.translation_key, page.locale_id): page for page in rows}
    found = []
    for job in jobs:
        key = job.source.object.translation_key
        source = pages.get((key, job.source.locale_id))
        target = pages.get((key, job.target_locale_id))
        if source is None or target is None or source.last_published_at is None:
            continue
        if source.last_published_at > job.source.last_updated_at:
            found.append((target, source, job))
    return sorted(found, key=lambda row: row[1].path)
