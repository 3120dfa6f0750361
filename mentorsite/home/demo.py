"""The last demo step: every English demo page gets a live Danish translation, made the way facilitators make
them, through wagtail-localize, so the translation workflow can be tried on real content.

The Danish texts come from the apps' phrasebooks (mentorsite.demo.register_demo_phrasebook). Each English
segment of a page is looked up there; a segment without Danish stays English in the translation, and
tests/languages/test_demo_in_danish.py fails on it.
"""

from wagtail.models import Locale, Page, Site
from wagtail_localize.strings import StringValue, extract_strings

from mentorsite.demo import demo_phrasebook
from mentorsite.translations import publish_translation, same_slug


def segment_phrasebook(pairs):
    """The phrasebook as wagtail-localize stores segments: escaped plain text, and rich text split by block."""
    segments = {}
    for english, danish in pairs.items():
        segments.setdefault(StringValue.from_plaintext(english).data, StringValue.from_plaintext(danish).data)
        if "<" in english:
            _template, english_strings = extract_strings(english)
            _template, danish_strings = extract_strings(danish)
            if len(english_strings) == len(danish_strings):
                for (english_string, _attrs), (danish_string, _danish_attrs) in zip(
                    english_strings, danish_strings, strict=True
                ):
                    segments.setdefault(english_string.data, danish_string.data)
    return segments


def write_demo_site_in_english():
    """The demo content is written in English and translated into Danish, so the demo site's home page stands in
    the English locale even where the programme's default language (and so the first locale) is Danish."""
    home = Site.objects.get(is_default_site=True).root_page
    english = Locale.objects.get(language_code="en")
    if home.locale_id != english.pk and not home.get_translations().exists():
        Page.objects.filter(path__startswith=home.path).update(locale=english)


def demo_pages_in_english():
    """The English pages of the demo site, parents before children."""
    home = Site.objects.get(is_default_site=True).root_page
    english = Locale.objects.get(language_code="en")
    return Page.objects.filter(path__startswith=home.path, locale=english).order_by("path")


def translate_demo_pages():
    danish = Locale.objects.get(language_code="da")
    segments = segment_phrasebook(demo_phrasebook())
    translate = same_slug(lambda text, _context: segments.get(text, ""))
    for page in demo_pages_in_english().specific():
        if page.has_translation(danish):
            continue  # Idempotent; and a facilitator's own translation is never overwritten.
        publish_translation(page, "da", translate)
