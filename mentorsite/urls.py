from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from courses.certificate_views import verify as verify_certificate
from mentorsite.search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("search/", search_views.search, name="search"),
    # Public on purpose: the QR code on a printed certificate leads here.
    path("verify/<str:code>/", verify_certificate, name="certificate_verify"),
    path("", include("courses.urls")),
    path("", include("mentorsite.scheduling.urls")),
    path("", include("supervision.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Everything not matched above is a Wagtail page; this must stay last.
urlpatterns.append(path("", include(wagtail_urls)))
