"""Template filters for MITI results."""

from decimal import ROUND_DOWN, Decimal

from django import template
from django.utils.formats import number_format

from supervision import miti

register = template.Library()


@register.filter
def miti_level(level):
    """A stored MITI level ("good") in the reader's language."""
    return miti.level_label(level)


@register.filter
def miti_figure(value, decimals=2):
    """A MITI summary cut (never rounded) to `decimals`, in the reader's number format: a value just below a
    threshold never shows as the threshold itself (39.96 % of complex reflections read "40 %" beside "below
    fair"; now "39.9")."""
    if value is None:
        return ""
    cut = Decimal(str(value)).quantize(Decimal(1).scaleb(-int(decimals)), rounding=ROUND_DOWN)
    return number_format(cut, int(decimals))


@register.simple_tag
def miti_entered(coding):
    """The global scores and behaviour counts the coach entered, as (label, value) rows."""
    fields = [*miti.GLOBAL_SCORES, *miti.BEHAVIOUR_COUNTS]
    return [(coding._meta.get_field(name).verbose_name, getattr(coding, name)) for name in fields]
