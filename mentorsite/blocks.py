"""StreamField blocks shared by every kind of content page (lessons now, briefings later).

Blocks that belong to one domain (the knowledge check, the reflection prompt) live in that app's blocks.py.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading inside a page body."""

    text = blocks.CharBlock(label=_("Text"), max_length=120, help_text=_("The heading text, short enough to scan."))
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section")), ("h3", _("Subsection"))],
        default="h2",
        help_text=_("Sections structure the page; subsections sit inside a section."),
        search_index=False,
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class KeyPointBlock(blocks.StructBlock):
    """A highlighted box with one thing to remember."""

    title = blocks.CharBlock(label=_("Title"), max_length=100, help_text=_('A short label, e.g. "Remember".'))
    text = blocks.TextBlock(label=_("Text"), help_text=_("One or two sentences the reader should take away."))

    class Meta:
        icon = "pick"
        template = "blocks/key_point_block.html"


class VideoBlock(blocks.StructBlock):
    """A video embedded from a provider such as Vimeo or YouTube, with a caption."""

    video = EmbedBlock(label=_("Video link"), help_text=_("The address of the video page, e.g. a Vimeo link."))
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=200,
        help_text=_("What the video shows; also read by screen readers."),
    )

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    """A link to a document from the document library (a handout, a form, a reading)."""

    document = DocumentChooserBlock(label=_("Document"), help_text=_("Choose or upload the document."))
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=120,
        help_text=_("Link text; the document's title is used when empty."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"


RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "blockquote"]


def content_blocks():
    """The general-purpose blocks, as (name, block) pairs for a StreamBlock."""
    return [
        (
            "paragraph",
            blocks.RichTextBlock(
                label=_("Paragraph"),
                features=RICH_TEXT_FEATURES,
                help_text=_("Text with simple formatting, lists and links."),
            ),
        ),
        ("heading", HeadingBlock(label=_("Heading"))),
        (
            "image",
            ImageBlock(label=_("Image"), help_text=_("An image; describe it in the alt text unless it is decorative.")),
        ),
        ("video", VideoBlock(label=_("Video"))),
        ("document", DocumentLinkBlock(label=_("Document"))),
        ("key_point", KeyPointBlock(label=_("Key point"))),
    ]
