from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page


class StockPage(Page):
    """The benchmark's reference: the StreamField page a new `wagtail start` site would have, served to anonymous
    visitors by Wagtail's own view through the same middleware and server as the mentor pages. It exists only
    in the benchmark's database (settings/bench.py)."""

    body = StreamField(
        [
            ("heading", blocks.CharBlock(form_classname="title")),
            ("paragraph", blocks.RichTextBlock()),
            ("quote", blocks.BlockQuoteBlock()),
        ],
        blank=True,
        help_text="Headings, paragraphs and quotes, as in Wagtail's own tutorial.",
    )

    template = "bench/stock_page.html"
