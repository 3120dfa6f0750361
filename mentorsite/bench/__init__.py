"""The benchmark (`make bench`, README "Speed"): bench-only pages and data, installed only by settings/bench.py.

It stands on the roof with the settings and mentorsite/urls.py: it measures the whole building, so it may
name every app. Production never installs it, so its reference pages (a bare template view and a stock
Wagtail page) are never served there.
"""
