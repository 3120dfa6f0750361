"""Ids too large for a 64-bit integer find nothing, instead of crashing the query on SQLite.

Django (since 5.0) already answers `pk=<huge number>` on an integer field with "no rows", but not `__in`
lookups nor lookups through a relation (a foreign key, or a page's `page_ptr`): there SQLite's driver raises
OverflowError, so a form sent the id "99999999999999999999" (a track in the progress filter, supervisees
ticked on a record, groups in the user admin) answered 500 instead of "Select a valid choice". PostgreSQL
compares such numbers without an error; there these lookups now also skip the pointless scan.

Registered once, from UsersConfig.ready().
"""

from django.core.exceptions import EmptyResultSet
from django.db.models import ForeignObject, IntegerField
from django.db.models.fields.related_lookups import RelatedExact, RelatedIn
from django.db.models.lookups import In

BIGINT_RANGE = (-(2**63), 2**63 - 1)


def _fits(value):
    return not isinstance(value, int) or BIGINT_RANGE[0] <= value <= BIGINT_RANGE[1]


def _integer_target(lookup):
    field = lookup.lhs.output_field
    return isinstance(getattr(field, "target_field", field), IntegerField)


class IntegerIn(In):
    def get_prep_lookup(self):
        prepared = super().get_prep_lookup()
        return [value for value in prepared if _fits(value)] if isinstance(prepared, list) else prepared


class RelatedInRange(RelatedIn):
    def get_prep_lookup(self):
        prepared = super().get_prep_lookup()
        if isinstance(prepared, list) and not all(map(_fits, prepared)) and _integer_target(self):
            return [value for value in prepared if _fits(value)]
        return prepared


class RelatedExactInRange(RelatedExact):
    def process_rhs(self, compiler, connection):
        if not _fits(self.rhs) and _integer_target(self):
            raise EmptyResultSet
        return super().process_rhs(compiler, connection)


def register():
    IntegerField.register_lookup(IntegerIn)
    ForeignObject.register_lookup(RelatedInRange)
    ForeignObject.register_lookup(RelatedExactInRange)
