"""Password reset by e-mail, with the message sent by the task worker.

Django's reset form sends the e-mail inside the request, and only when an account has the address: the answer
then takes as long as an SMTP conversation for a known address and no time for an unknown one, which tells
anyone timing it whether the address has an account. Queuing the message makes both answers equally quick.
The queued job holds only the person's id; the link with its token is made when the message is written, so
no usable reset link is ever stored in the task queue.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext
from django_tasks import task


@task()
def send_password_reset_mail(user_id, protocol, domain):
    """Writes and sends the reset link to the person's address (nothing if the account is gone or disabled)."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).exclude(email="").first()
    if user is None or not user.has_usable_password():
        return False
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
    return True


class QueuedPasswordResetForm(PasswordResetForm):
    """Django's reset form, but the e-mail goes through the Tasks API (see the module's docstring)."""

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email, **kwargs):
        # The domain and protocol come from the request, which ALLOWED_HOSTS has already checked.
        send_password_reset_mail.enqueue(context["user"].pk, context["protocol"], context["domain"])
