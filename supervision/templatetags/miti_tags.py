"""Template filters for MITI results."""

from django import template

from supervision import miti

register = template.Library()


@register.filter
def miti_level(level):
    """A stored MITI level ("good") in the reader's language."""
    return miti.level_label(level)
