"""The personal data registry: what each app holds about a person, and how to export, erase and expire it.

Each app registers its sections from its AppConfig.ready() (the app's privacy.py says what it holds and
why). A person's download (mentorsite/users/privacy.py), their erasure and `manage.py apply_retention` walk
the registry in the order the apps were installed, so the ground floor never imports an app to find out.

A section's export holds what the person may see on the site about themself, plus what they wrote: it is
built from the querysets the pages use to decide who sees what (supervision.access.records_for, for one),
never from everything a table holds about them.
"""

import re
from dataclasses import dataclass, field

from django.utils.text import Truncator

# Secrets are never exported, whatever model holds them: password hashes, second-factor keys, feed tokens.
SECRETS = {"password", "key", "token", "bin_key", "throttling_failure_timestamp"}


@dataclass(frozen=True)
class Section:
    """One kind of personal data an app holds (see `register`)."""

    name: str
    export: object = None
    erase: object = None
    expire: object = None


_sections = {}


def register(name, *, export=None, erase=None, expire=None):
    """Declares a section of personal data. Each function is optional:

    - export(person): the JSON-ready data of the person's download under `name` (`rows()` of a queryset);
    - erase(person, former): removes or pseudonymises it and returns {what: how many}. It is called inside the
      erasure's transaction, once the person's own account is pseudonymised; `former` (a `Former`) says who
      they were, so that copies of their name can be found. Files go only once the erasure is committed
      (transaction.on_commit), so a rolled-back erasure (a dry run) deletes nothing;
    - expire(now): removes what has outlived its period in settings.RETENTION_DAYS; returns {what: how many}.

    Registering a name again replaces it (ready() may run more than once in tests).
    """
    _sections[name] = Section(name, export, erase, expire)


def sections():
    return list(_sections.values())


def export(person):
    """Every registered section of `person`'s data, by name."""
    return {section.name: section.export(person) for section in sections() if section.export}


def _add(total, counts):
    for what, number in counts.items():
        total[what] = total.get(what, 0) + number
    return total


def erase(person, former):
    """Runs every section's erasure; returns what was removed, by kind (summed where sections share a kind)."""
    total = {}
    for section in sections():
        if section.erase:
            _add(total, section.erase(person, former))
    return total


def expire(now):
    """Runs every section's retention; returns what was removed, by kind."""
    total = {}
    for section in sections():
        if section.expire:
            _add(total, section.expire(now))
    return total


def rows(queryset, exclude=()):
    """The objects of `queryset` as JSON-ready rows of their own columns, without secrets and `exclude`d fields."""
    left_out = SECRETS | set(exclude)
    fields = [f for f in queryset.model._meta.concrete_fields if f.attname not in left_out and f.name not in left_out]
    return [{f.attname: getattr(obj, f.attname) for f in fields} for obj in queryset.order_by("pk")]


@dataclass(frozen=True)
class Former:
    """Who an erased person was: the strings that named them, to be removed wherever they were copied.

    The platform copies a person's display name into texts others keep (a session's title, Wagtail's history
    of an enrolment), and people type names into what they write (a coach's summary). `scrub` replaces them
    with the pseudonym, as whole words and in any case.
    """

    pk: int
    pseudonym: str
    full_name: str
    username: str = ""
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    _patterns: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, person, pseudonym):
        return cls(
            pk=person.pk,
            pseudonym=pseudonym,
            # The name people see; never the username alone (for someone without a name, full_name falls back to
            # it, and a username like "hope" would be replaced wherever the word occurs).
            full_name=person.get_full_name(),
            username=person.username,
            first_name=person.first_name,
            last_name=person.last_name,
            email=person.email,
        )

    def identifiers(self, about_them=False):
        """What names the person anywhere: their display name (their username if they had no name) and e-mail
        address. In texts about them (their supervision, their own history) their first and last names alone
        name them too; elsewhere a first name alone may well be someone else's, so it is left alone. The
        username alone is not searched for in texts: the platform copies it nowhere, and many are plain words."""
        found = [self.full_name, self.email]
        if about_them:
            found += [self.first_name, self.last_name]
        # Longest first, so "Gustav Vinter" becomes one pseudonym, not two.
        return sorted({text.strip() for text in found if text and text.strip()}, key=len, reverse=True)

    def _pattern(self, about_them):
        if about_them not in self._patterns:
            words = "|".join(re.escape(text) for text in self.identifiers(about_them))
            self._patterns[about_them] = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) if words else None
        return self._patterns[about_them]

    def scrub(self, text, about_them=False):
        """`text` with every mention of the person replaced by the pseudonym."""
        pattern = self._pattern(about_them)
        if not text or pattern is None or not isinstance(text, str):
            return text
        return pattern.sub(self.pseudonym, text)

    def scrub_data(self, value, about_them=False):
        """`scrub` applied to every string inside JSON-like data (dicts, lists)."""
        if isinstance(value, str):
            return self.scrub(value, about_them)
        if isinstance(value, dict):
            return {key: self.scrub_data(item, about_them) for key, item in value.items()}
        if isinstance(value, list):
            return [self.scrub_data(item, about_them) for item in value]
        return value

    def scrub_fields(self, queryset, field_names, about_them=False):
        """Scrubs the text fields of every object of `queryset`, saving (and so auditing) each one that changes.

        Returns how many objects changed.
        """
        changed = 0
        model = queryset.model
        # The pseudonym may be longer than the name it replaces: cut to the column's width (PostgreSQL refuses
        # an over-long value, and one refusal would roll back a whole retention run).
        widths = {name: model._meta.get_field(name).max_length for name in field_names}
        for obj in queryset:
            updates = [name for name in field_names if self.scrub(getattr(obj, name), about_them) != getattr(obj, name)]
            for name in updates:
                scrubbed = self.scrub(getattr(obj, name), about_them)
                if widths[name]:
                    scrubbed = Truncator(scrubbed).chars(widths[name])
                setattr(obj, name, scrubbed)
            if updates:
                obj.save(update_fields=updates)
                changed += 1
        return changed
