"""Who may see and study which curriculum pages.

A person may study the tracks they are enrolled in and every track those build on (the coach track
includes the mentor track). Facilitators and the programme manager may read everything but study nothing.
"""

from wagtail.models import Page

from mentorsite.users.roles import is_staff_member


def studyable_track_paths(user):
    """Tree paths of the tracks `user` may study, read once per request and kept on the user object."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_studyable_track_paths", None)
    if cached is None:
        from courses.models import Enrolment

        tracks = []
        enrolments = Enrolment.objects.filter(user=user).select_related("track__builds_on")
        for enrolment in enrolments:
            tracks += enrolment.track.track_chain()
        # A track in another language is the same track: its pages may be studied too.
        paths = (
            set(
                Page.objects.filter(translation_key__in={track.translation_key for track in tracks}).values_list(
                    "path", flat=True
                )
            )
            if tracks
            else set()
        )
        cached = user._studyable_track_paths = frozenset(paths)
    return cached


def track_path_of(page):
    """The path of the track a curriculum page belongs to (programme pages have none)."""
    levels = getattr(page.specific_class, "levels_below_track", None)
    if levels is None:
        return None
    return page.path[: len(page.path) - levels * Page.steplen] if levels else page.path


def user_may_study_page(user, page):
    path = track_path_of(page)
    return path is not None and path in studyable_track_paths(user)


def user_may_view_page(user, page):
    if not user.is_authenticated:
        return False
    return is_staff_member(user) or user_may_study_page(user, page)


def tracks_requiring(track):
    """Ids of the track and every track that builds on it (directly or through others): their people study it."""
    from courses.models import TrackPage

    found = [track.pk]
    frontier = [track.pk]
    while frontier:
        frontier = list(
            TrackPage.objects.filter(builds_on_id__in=frontier).exclude(pk__in=found).values_list("pk", flat=True)
        )
        found += frontier
    return found
