"""On PostgreSQL, the audit table refuses UPDATE and DELETE: not even the application can rewrite history.

SQLite gets no trigger: Django's test database flush empties tables with DELETE there (PostgreSQL uses
TRUNCATE, which a row trigger does not see), and SQLite is for development only.
TRUNCATE is left alone for the same reason: the test runs empty every table with it between tests. The
database role that owns the table could still drop the trigger; a deployment that must rule that out runs the
app servers under a role that does not own the tables (see README, Running in production).
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail is append-only: % on audit_auditevent refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_auditevent
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
"""
DROP = """
DROP TRIGGER IF EXISTS audit_event_append_only ON audit_auditevent;
DROP FUNCTION IF EXISTS audit_event_append_only();
"""


def run_on_postgresql(sql):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql, params=None)  # no parameters: the % in RAISE is literal

    return operation


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [migrations.RunPython(run_on_postgresql(CREATE), run_on_postgresql(DROP))]
