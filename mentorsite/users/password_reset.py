"""Password reset by e-mail, with the message sent by the task worker.

Django's reset form sends the e-mail inside the request, and only when an account has the address: the answer
then takes as long as an SMTP conversation for a known address and no time for an unknown one, which tells
anyone timing it whether the address has an account. Queuing the message makes both answers equally quick.
The queued job holds only the person's id; the link with its token is made when the message is written, so
no usable reset link is ever stored in the task queue.

It is the one reset for everyone: the Wagtail admin's reset form (WAGTAILADMIN_USER_PASSWORD_RESET_FORM) is
this form too, and every mail carries the front end's link. Requests are limited, counted in the Django
cache (shared by every app server and the worker): per e-mail address and per client address when asked,
per account when the worker sends, so nobody can flood a person's inbox. A limited request gets the same
answer as any other, and the counting is the same for known and unknown addresses.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils.crypto import salted_hmac
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext
from django_tasks import task
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm

from mentorsite.rate_limits import over_limit
from mentorsite.request_context import client_address
from mentorsite.users.languages import in_language_of


def _over_limit(scope, key, limit):
    """Counts one more request under `scope:key` in this window; True once there were more than `limit`."""
    return over_limit(f"password-reset:{scope}:{key}", limit, settings.PASSWORD_RESET_WINDOW_MINUTES * 60)


def _address_key(email):
    # Keyed by a keyed hash, not the address: the cache never holds anyone's e-mail address. Capitals and
    # surrounding spaces make no new address (accounts are found by the address ignoring case).
    return salted_hmac("password-reset-address", email.strip().casefold()).hexdigest()


@task()
def send_password_reset_mail(user_id, protocol, domain):
    """Writes and sends the reset link to the person's address (nothing if the account is gone or disabled)."""
    user = (
        get_user_model()
        .objects.filter(pk=user_id, is_active=True)
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .first()
    )
    if user is None or not user.has_usable_password():
        return False
    # Counted where every reset mail is sent, whichever form or address queued it.
    if _over_limit("account", user.pk, settings.PASSWORD_RESET_LIMIT):
        return False
    with in_language_of(user):
        _send_reset_mail(user, protocol, domain)
    return True


def _send_reset_mail(user, protocol, domain):
    context = {
        "email": user.email,
        "domain": domain,
        "site_name": gettext("Mentor training"),
        "uid": urlsafe_base64_encode(force_bytes(user.pk)),
        "user": user,
        "token": default_token_generator.make_token(user),
        "protocol": protocol,
    }
    subject = "".join(render_to_string("registration/password_reset_subject.txt", context).splitlines())
    body = render_to_string("registration/password_reset_email.html", context)
    EmailMessage(subject, body, to=[user.email]).send()


class QueuedPasswordResetForm(PasswordResetForm):
    """Django's reset form, but the e-mail goes through the Tasks API (see the module's docstring)."""

    def save(self, *args, request=None, **kwargs):
        # Both counters are counted before anyone is looked up, so known and unknown addresses cost the same;
        # a limited request simply queues nothing, and the view answers as always.
        email = self.cleaned_data["email"]
        limited_address = _over_limit("address", _address_key(email), settings.PASSWORD_RESET_LIMIT)
        # A request whose client address is unknown is not counted: all such requests in one bucket would let
        # one client use up everyone's allowance.
        address = client_address(request) if request is not None else None
        limited_client = address is not None and _over_limit("client", address, settings.PASSWORD_RESET_CLIENT_LIMIT)
        if limited_address or limited_client:
            return
        super().save(*args, request=request, **kwargs)

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email, **kwargs):
        # The domain and protocol come from the request, which ALLOWED_HOSTS has already checked.
        send_password_reset_mail.enqueue(context["user"].pk, context["protocol"], context["domain"])


class AdminQueuedPasswordResetForm(QueuedPasswordResetForm, WagtailPasswordResetForm):
    """The Wagtail admin's reset form (its field label and template), resetting the one queued way."""
