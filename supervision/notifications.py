"""Telling the programme manager about a new concern, through the Tasks API, exactly once."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from mentorsite.users.languages import language_of
from mentorsite.users.roles import MANAGER
from supervision.models import Concern


@task()
def notify_managers_of_concern(concern_id):
    with transaction.atomic():
        concern = Concern.objects.select_for_update().filter(pk=concern_id, notified_at__isnull=True).first()
        if concern is None:
            return False  # already notified: running the job again sends nothing
        managers = (
            get_user_model()
            .objects.filter(groups__name=MANAGER, is_active=True)
            .exclude(email="")
            .select_related("wagtail_userprofile")
            .distinct()
        )
        # The e-mail says only that a concern waits: its content stays on the platform, behind the login.
        context = {"concern": concern, "base_url": settings.WAGTAILADMIN_BASE_URL}
        # One e-mail per language, to the managers who read it.
        by_language = {}
        for manager in managers:
            by_language.setdefault(language_of(manager), set()).add(manager.email)
        for language, addresses in sorted(by_language.items()):
            with translation.override(language):
                send_mail(
                    subject=render_to_string("supervision/email/concern_subject.txt", context).strip(),
                    message=render_to_string("supervision/email/concern.txt", context),
                    from_email=settings.DEFAULT_FROM_EMAIL,
                    recipient_list=sorted(addresses),
                )
        concern.notified_at = timezone.now()
        concern.save(update_fields=["notified_at"])
    return True
