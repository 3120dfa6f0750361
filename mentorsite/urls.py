from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import Http404
from django.urls import include, path, re_path
from django.views.defaults import page_not_found
from django.views.generic import RedirectView
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from courses.certificate_views import verify as verify_certificate
from mentorsite import views as platform_views
from mentorsite.search import views as search_views
from mentorsite.users import account_views, privacy_views, two_factor
from mentorsite.users.password_reset import QueuedPasswordResetForm

handler500 = "mentorsite.views.server_error"

urlpatterns = [
    # For load balancers: no login, answers only "ok" or "failing" per dependency.
    path("health/", platform_views.health, name="health"),
    # Wagtail's deliberate server error ("failwhale"), for trying out error reporting: shadowed, a 404 for
    # everyone, so no signed-in editor can fill the error log (or the error mails) at will.
    path("admin/failwhale/", page_not_found, {"exception": Http404()}),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    # Wagtail's own login form for restricted pages is a bare page outside the site's layout that skips the
    # second factor's step: everyone signs in at the one login page (the "next" address goes along).
    # It takes the name of the Wagtail view it stands in front of.
    path("_util/login/", RedirectView.as_view(pattern_name="login", query_string=True), name="wagtailcore_login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/my-data.json", privacy_views.my_data, name="my_data"),
    path("people/<int:user_id>/privacy/", privacy_views.person_privacy, name="person_privacy"),
    path("people/<int:user_id>/data.json", privacy_views.person_data, name="person_data"),
    path("people/<int:user_id>/erase/", privacy_views.erase_person, name="erase_person"),
    path("accounts/", account_views.account, name="account"),
    path("accounts/language/", account_views.change_language, name="account_language"),
    # The language switch before login (Django's set_language view: a POST that sets the language cookie).
    path("i18n/setlang/", set_language, name="set_language"),
    path("accounts/two-factor/", two_factor.overview, name="two_factor"),
    path("accounts/two-factor/setup/", two_factor.setup, name="two_factor_setup"),
    path("accounts/two-factor/verify/", two_factor.verify, name="two_factor_verify"),
    path("accounts/two-factor/recovery-codes/", two_factor.new_recovery_codes, name="two_factor_recovery_codes"),
    # Changing the password ends every other session of that person (Django's session hash); this one stays.
    path("accounts/password/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("accounts/password/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    # The reset form answers the same, equally fast, whether or not an account has that address.
    path(
        "accounts/password-reset/",
        auth_views.PasswordResetView.as_view(form_class=QueuedPasswordResetForm),
        name="password_reset",
    ),
    path("accounts/password-reset/sent/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "accounts/password-reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(post_reset_login=False),
        name="password_reset_confirm",
    ),
    path(
        "accounts/password-reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("search/", search_views.search, name="search"),
    # Uploaded images in every environment (only images: documents go through Wagtail's checked view).
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", platform_views.media_image, name="media_image"),
    # Public on purpose: the QR code on a printed certificate leads here. Only the shape of a code reaches the
    # view (letters, digits, dashes), so nothing else is ever looked up.
    re_path(r"^verify/(?P<code>[A-Za-z0-9-]{1,40})/$", verify_certificate, name="certificate_verify"),
    path("", include("courses.urls")),
    path("", include("mentorsite.scheduling.urls")),
    path("", include("supervision.urls")),
    path("", include("mentoring.urls")),
    path("", include("mentoring.recruitment.urls")),
    path("", include("mentoring.evaluation.urls")),
    path("", include("mentorsite.audit.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Everything not matched above is a Wagtail page; this must stay last.
urlpatterns.append(path("", include(wagtail_urls)))
