from wagtail import hooks

from .viewsets import cohort_viewset


@hooks.register("register_admin_viewset")
def register_cohort_viewset():
    return cohort_viewset
