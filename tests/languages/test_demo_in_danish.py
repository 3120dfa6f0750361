"""The demo programme in Danish: every English demo page has a live Danish translation made with
wagtail-localize, complete segment by segment, at the same address."""

import pytest
from wagtail.models import Page
from wagtail_localize.models import Translation

from mentorsite.demo import paired_texts
from tests.helpers import seed_demo_programme

# That the Danish content files repeat the English ones item for item: tests/courses/test_demo_content.py.


def test_a_difference_in_shape_is_refused():
    with pytest.raises(ValueError, match="another length"):
        list(paired_texts(["a", "b"], ["x"]))
    with pytest.raises(ValueError, match="keys differ"):
        list(paired_texts({"title": "a"}, {"titel": "x"}))
    with pytest.raises(ValueError, match="45"):
        list(paired_texts({"minutes": 30}, {"minutes": 45}))


@pytest.mark.django_db
def test_every_demo_page_has_a_complete_live_danish_translation_at_the_same_address():
    seed_demo_programme()
    english = Page.objects.filter(locale__language_code="en", depth__gte=2).specific()
    danish = {page.translation_key: page for page in Page.objects.filter(locale__language_code="da", depth__gte=2)}
    assert english.count() > 40
    for page in english:
        translation = danish.get(page.translation_key)
        assert translation is not None and translation.live, page.url_path
        assert translation.url == page.url
        assert translation.title != page.title or page.title in {"MITI"}, page.title
    incomplete = [
        (job.source.object_repr, job.get_progress())
        for job in Translation.objects.select_related("source")
        if job.get_progress()[0] != job.get_progress()[1]
    ]
    assert incomplete == []
