"""Panels that other apps add to the mentor dashboard (upcoming sessions, unread briefings, ...).

An app that stands on courses registers a function `panel(request) -> dict | None` with `register_panel`;
a dict needs "template" and may carry more context for that template. None means nothing to show.
"""

_panels = []


def register_panel(function):
    _panels.append(function)
    return function


def panels_for(request):
    return [panel for panel in (function(request) for function in _panels) if panel]
