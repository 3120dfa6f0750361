"""The recruitment stages the report describes, the sources its mentors came from and common reasons for
stopping. The manager may rename, reorder, add or put out of use any of them; names of these built-in
entries are shown in each reader's language (models.ListEntry.BUILT_IN)."""

from django.db import migrations

STAGES = [
    ("application", "Application", "The application arrives and is read."),
    ("phone_interview", "Phone interview", "With the project manager: the project, the training, the terms."),
    ("assessment", "Assessment", "Psychological test and interview, usually by an outside consultancy."),
    ("security_vetting", "Security vetting", "The prison service's vetting for work with inmates."),
    ("decision", "Decision", "Accept as a mentor, or stop."),
]
SOURCES = [
    ("prison_mentor_scheme", "The prison service's mentor scheme"),
    ("prevention_project", "Another prevention project"),
    ("police", "Through work with the police"),
    ("social_services", "Through work with social services"),
    ("prison_service", "Through work with the prison service"),
    ("other", "Other"),
]
STOP_REASONS = [
    ("motivation", "Motivation or expectations did not fit"),
    ("suitability", "Not suited after the assessment"),
    ("vetting", "No security clearance"),
    ("terms", "Could not accept the terms of employment"),
    ("capacity", "No place in the coming cohorts"),
    ("other", "Other"),
]


def add_lists(apps, schema_editor):
    RecruitmentStage = apps.get_model("mentoring", "RecruitmentStage")
    ApplicantSource = apps.get_model("mentoring", "ApplicantSource")
    StopReason = apps.get_model("mentoring", "StopReason")
    for position, (code, name, description) in enumerate(STAGES):
        RecruitmentStage.objects.get_or_create(
            code=code, defaults={"name": name, "description": description, "position": position * 10}
        )
    for model, entries in ((ApplicantSource, SOURCES), (StopReason, STOP_REASONS)):
        for position, (code, name) in enumerate(entries):
            model.objects.get_or_create(code=code, defaults={"name": name, "position": position})


class Migration(migrations.Migration):
    dependencies = [("mentoring", "0003_recruitment")]

    operations = [migrations.RunPython(add_lists, migrations.RunPython.noop)]
