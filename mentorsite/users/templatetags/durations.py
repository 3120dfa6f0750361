"""Durations as people read them ("30 minutes"), not as Python prints a timedelta ("0:30:00")."""

import math

from django import template

register = template.Library()


@register.filter
def whole_minutes(duration):
    """A timedelta as whole minutes, rounded up (a lock of 90 seconds is "2 minutes", never "1")."""
    if duration is None:
        return ""
    return max(1, math.ceil(duration.total_seconds() / 60))
