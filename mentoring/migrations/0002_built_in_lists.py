"""The target groups and ending reasons the platform ships (the report's); the manager may add more, or put
these out of use. Their names are shown in each reader's language (models.ListEntry.BUILT_IN)."""

from django.db import migrations

TARGET_GROUPS = [("extremism", "Extremism", True), ("gang_exit", "Gang exit", False), ("other", "Other", False)]
ENDING_REASONS = [
    ("mentee_withdrew", "Mentee withdrew", False),
    ("mentee_transferred", "Mentee transferred", False),
    ("contact_lost", "Released and contact lost", False),
    ("mentor_left", "Mentor left", False),
    ("security_concern", "Security concern", False),
    ("goals_met", "Goals met", False),
    ("other", "Other", True),
]


def add_lists(apps, schema_editor):
    TargetGroup = apps.get_model("mentoring", "TargetGroup")
    EndingReason = apps.get_model("mentoring", "EndingReason")
    for position, (code, name, primary) in enumerate(TARGET_GROUPS):
        TargetGroup.objects.get_or_create(code=code, defaults={"name": name, "is_primary": primary, "position": position})
    for position, (code, name, needs_text) in enumerate(ENDING_REASONS):
        EndingReason.objects.get_or_create(
            code=code, defaults={"name": name, "needs_text": needs_text, "position": position}
        )


class Migration(migrations.Migration):
    dependencies = [("mentoring", "0001_initial")]

    operations = [migrations.RunPython(add_lists, migrations.RunPython.noop)]
