"""The platform's URLs plus the benchmark's bare template view (settings/bench.py uses this URLconf)."""

from django.urls import path

from mentorsite.bench import views
from mentorsite.urls import handler500
from mentorsite.urls import urlpatterns as platform_urlpatterns

urlpatterns = [path("bench/bare/", views.bare_template, name="bench_bare"), *platform_urlpatterns]

__all__ = ["handler500", "urlpatterns"]
