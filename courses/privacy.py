"""What courses holds about a person: enrolments, study (completions, knowledge checks, reflections), briefings
read, certificates, and the long document runs (reports, certificate bundles) whose files may name them.

All of it is the person's own and shown to them on their pages (dashboard, lessons, briefings, certificate),
so each section is simply theirs; a coach's feedback on practice is theirs too. On erasure their reflections,
the practice they sent their coach and their briefing reminders go, their certificates
carry the pseudonym, and stored document runs lose their files; the figures (enrolments, completions,
attempts, confirmations) stay.
"""

from datetime import timedelta

from django.conf import settings
from django.core.files.storage import storages
from django.db import transaction

from mentorsite import privacy

from .models import (
    BriefingConfirmation,
    BriefingNotice,
    BriefingReminder,
    Certificate,
    CertificateRenewal,
    DocumentRun,
    Enrolment,
    KnowledgeCheckAttempt,
    LessonCompletion,
    PracticeResponse,
    ReflectionAnswer,
    Refresher,
    RefresherStep,
)


def _theirs(model):
    return lambda person: privacy.rows(model.objects.filter(user=person))


def _pseudonymise_certificates(person, former):
    changed = 0
    for certificate in Certificate.objects.filter(user=person):  # one by one, so the audit trail sees each
        certificate.full_name = former.pseudonym
        certificate.save(update_fields=["full_name"])
        changed += 1
    return {"names on certificates": changed}


def _delete_files_once_committed(runs):
    """Deletes the runs' files once the transaction is committed (never on a dry run), then forgets them."""
    names = [name for run in runs for name in run.files.values()]
    storage = storages["documents"]

    def delete_files():
        for name in names:
            if storage.exists(name):
                storage.delete(name)

    transaction.on_commit(delete_files)
    return len(names)


def _erase_document_runs(person, former):
    """A programme report names the people who left in its period, a certificate bundle everyone certified;
    which run names whom is not recorded, and each is quick to run again: so every run's files go, and
    the runs stay, without files."""
    runs = [run for run in DocumentRun.objects.all() if run.files]
    removed = _delete_files_once_committed(runs)
    DocumentRun.objects.filter(pk__in=[run.pk for run in runs]).update(files={})
    return {"document run files": removed}


def _erase_practice(person, former):
    """What a mentor sent their coach goes, as their reflections do; in feedback a coach gave, their name goes
    from the texts (a supervisee may have written "as Rasmus said")."""
    deleted = PracticeResponse.objects.filter(mentor=person).delete()[0]
    given = PracticeResponse.objects.filter(feedback_by=person)
    return {
        "practice responses": deleted,
        "practice feedback naming them": former.scrub_fields(given, ["prompt", "text", "comment"], about_them=True),
    }


def _expire_document_runs(now):
    old_runs = DocumentRun.objects.filter(created_at__lt=now - timedelta(days=settings.RETENTION_DAYS["document_runs"]))
    _delete_files_once_committed(list(old_runs))
    return {"document runs and their files": old_runs.delete()[0]}


def register_sections():
    privacy.register("enrolments", export=_theirs(Enrolment))
    privacy.register("lesson_completions", export=_theirs(LessonCompletion))
    privacy.register("knowledge_check_attempts", export=_theirs(KnowledgeCheckAttempt))
    privacy.register(
        "reflection_answers",
        export=_theirs(ReflectionAnswer),
        erase=lambda person, former: {"reflection answers": ReflectionAnswer.objects.filter(user=person).delete()[0]},
    )
    privacy.register(
        "practice_responses",
        export=lambda person: privacy.rows(PracticeResponse.objects.filter(mentor=person)),
        erase=_erase_practice,
    )
    # A coach's feedback is theirs; what the mentor wrote is the mentor's, in the mentor's download.
    privacy.register(
        "practice_feedback_given",
        export=lambda person: privacy.rows(
            PracticeResponse.objects.filter(feedback_by=person), exclude={"prompt", "text"}
        ),
    )
    privacy.register("briefing_confirmations", export=_theirs(BriefingConfirmation))
    privacy.register(
        "briefing_notices",
        export=_theirs(BriefingNotice),
        erase=lambda person, former: {"notices": BriefingNotice.objects.filter(user=person).delete()[0]},
    )
    privacy.register(
        "briefing_reminders",
        export=_theirs(BriefingReminder),
        erase=lambda person, former: {"reminders": BriefingReminder.objects.filter(user=person).delete()[0]},
    )
    privacy.register("certificates", export=_theirs(Certificate), erase=_pseudonymise_certificates)
    privacy.register(
        "certificate_renewals",
        export=lambda person: privacy.rows(CertificateRenewal.objects.filter(certificate__user=person)),
    )
    privacy.register(
        "refreshers", export=lambda person: privacy.rows(Refresher.objects.filter(certificate__user=person))
    )
    privacy.register(
        "refresher_steps",
        export=lambda person: privacy.rows(RefresherStep.objects.filter(refresher__certificate__user=person)),
    )
    # Not exported: a run belongs to the manager who started it, and its files are about many people.
    privacy.register("document_runs", erase=_erase_document_runs, expire=_expire_document_runs)
