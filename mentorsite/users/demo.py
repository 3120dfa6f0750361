"""The demo's second factor: the demo coach, facilitator, manager and evaluator share one invented authenticator
key.

The README explains it; `manage.py demo_code` prints the code of the moment, so the demo can be walked
without a phone. Demo data only: seed_demo and demo_code refuse production settings.
"""

from django.contrib.auth import get_user_model
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from .roles import COACH, EVALUATOR, FACILITATOR, MANAGER

# The 20 bytes b"demo-key-mentor-2026" as hex (TOTPDevice.key's format). For an authenticator app, in
# base32 (shown in the README): MRSW23ZNNNSXSLLNMVXHI33SFUZDAMRW
DEMO_TOTP_KEY = "64656d6f2d6b65792d6d656e746f722d32303236"
DEMO_DEVICE_NAME = "Demo authenticator"


def demo_staff():
    return get_user_model().objects.filter(groups__name__in=[COACH, FACILITATOR, MANAGER, EVALUATOR]).distinct()


def seed_second_factor():
    for user in demo_staff():
        if not TOTPDevice.objects.filter(user=user, confirmed=True).exists():
            TOTPDevice.objects.create(user=user, name=DEMO_DEVICE_NAME, key=DEMO_TOTP_KEY, confirmed=True)


def current_demo_code(drift=0):
    """The code of the moment; drift=1 gives the next 30-second step's (accepted too, as apps drift)."""
    return f"{totp(bytes.fromhex(DEMO_TOTP_KEY), drift=drift):06d}"
