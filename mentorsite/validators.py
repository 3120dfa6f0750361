"""Validators that keep identifying details of mentees out of free text.

Mentees are referred to by pseudonymous case code only. Text that looks like a personal identification
number (a Danish CPR number, DDMMYY-XXXX), an e-mail address or a list of people's names is refused with a
message saying what was found.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# DDMMYY then four digits, with an optional dash or space: the shape of a Danish CPR number.
CPR_NUMBER = re.compile(r"(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[-\s]?\d{4}(?!\d)")
# The look-behind lets a match start only where the name starts: without it every later character of a long
# word was tried as a start again, and 100,000 characters took 25 to 40 seconds (quadratic).
EMAIL_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+")

# Three or more full names (two or three capitalised words each) in a row, separated by commas, semicolons,
# line breaks or "and"/"og": a list of people. A single name in a sentence, or an institution's name, passes.
_FULL_NAME = r"[A-ZÆØÅ][a-zæøåé'-]+(?: [A-ZÆØÅ][a-zæøåé'-]+){1,2}"
NAME_LIST = re.compile(rf"(?<!\w){_FULL_NAME}(?:(?:\s*[,;\n]\s*|\s+(?:and|og)\s+){_FULL_NAME}){{2,}}")


def refuse_personal_identifiers(text):
    if not text:
        return
    if CPR_NUMBER.search(text):
        raise ValidationError(
            _("This looks like a personal identification number (CPR). Refer to mentees by case code only."),
            code="cpr_number",
        )
    if EMAIL_ADDRESS.search(text):
        raise ValidationError(
            _("This contains an e-mail address. Refer to mentees by case code only; leave contact details out."),
            code="email_address",
        )
    if NAME_LIST.search(text):
        raise ValidationError(
            _("This looks like a list of people's names. Refer to mentees by case code only, and leave others out."),
            code="name_list",
        )
