"""Search looks at a briefing's tags as well as its text.

Regression: "foreign fighters" found nothing although briefings carried that tag.
"""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_search_finds_a_briefing_by_its_tag(mentor_client, urgent_briefing):
    urgent_briefing.tags.add("foreign fighters")
    urgent_briefing.save_revision().publish()
    body = mentor_client.get(reverse("search"), {"q": "foreign fighters"}).content.decode()
    assert urgent_briefing.title in body
    # A tag that is on no briefing finds nothing.
    assert urgent_briefing.title not in mentor_client.get(reverse("search"), {"q": "zeppelin"}).content.decode()
