from django.contrib import messages
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from mentorsite.translations import out_of_date_translations
from mentorsite.users.admin_menu import StaffMenuItem

from . import views


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [path("translations-out-of-date/", views.translations_out_of_date, name="translations_out_of_date")]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return StaffMenuItem(
        _("Translations out of date"), reverse("translations_out_of_date"), icon_name="resubmit", order=900
    )


# Before wagtail-localize's own hook, which answers a translation's edit page with its translation editor.
@hooks.register("before_edit_page", order=-10)
def warn_of_out_of_date_translations(request, page):
    """Opening a page whose translation has not seen the latest changes of its source says so, on the source
    and on the translation alike."""
    if request.method != "GET":
        return
    for target, source, job in out_of_date_translations(page.translation_key):
        if page.pk in (target.pk, source.pk):
            messages.warning(
                request,
                format_html(
                    "{} <a href='{}'>{}</a>",
                    _("The %(language)s translation has not seen the changes published in its source since %(date)s.")
                    % {
                        "language": target.locale.get_display_name(),
                        "date": date_format(localtime(job.source.last_updated_at), "SHORT_DATETIME_FORMAT"),
                    },
                    reverse("wagtail_localize:update_translations", args=[job.source.pk]),
                    _("Sync translated pages"),
                ),
            )
