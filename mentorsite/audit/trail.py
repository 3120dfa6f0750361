"""Writing the audit trail, and which models it covers.

Create, change and delete of every model in AUDITED are recorded by model signals, inside the transaction
that saves the change (each request is one transaction: ATOMIC_REQUESTS). Views record views and exports
with `record_view` and `record_export`. Every model of the project and of the packages it installs is either
in AUDITED or in NOT_AUDITED with the reason; tests/security/test_audit.py fails for a model in neither, so
a new model cannot hold personal data unnoticed.
"""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_init, post_save

from mentorsite.request_context import client_address, current_request

from .models import AuditEvent

AUDITED = {
    "users.User",
    "scheduling.Booking",
    "scheduling.CalendarFeed",
    "courses.Enrolment",
    "courses.LessonCompletion",
    "courses.KnowledgeCheckAttempt",
    "courses.ReflectionAnswer",
    "courses.PracticeResponse",
    "courses.BriefingConfirmation",
    "courses.Certificate",
    "courses.CertificateRenewal",
    "courses.Refresher",
    "courses.RefresherStep",
    "supervision.CoachAssignment",
    "supervision.SupervisionRecord",
    "supervision.AgreedAction",
    "supervision.Addendum",
    "supervision.Concern",
    "supervision.MitiCoding",
    "supervision.CalibrationCoding",
    "mentoring.MenteeCase",
    "mentoring.CaseStatusChange",
    "mentoring.MentorProfile",
    "mentoring.Relationship",
    "mentoring.AgreementVersion",
    "mentoring.AgreementGoal",
    "mentoring.Review",
    "mentoring.GoalRating",
    "mentoring.Applicant",
    "mentoring.StageRecord",
    "mentoring.ResearchExport",
    "otp_totp.TOTPDevice",
    "otp_static.StaticDevice",
}

_PAGE = "curriculum content: its owner is the editor, and Wagtail's page history records every edit"
_TRANSLATION = (
    "wagtail-localize's working copy of page texts being translated (Wagtail logs publishing the translation); "
    "no data about mentors"
)
_WAGTAIL = "Wagtail's own editing records (Wagtail keeps its own history of them); no data about mentors"
_CONFIGURATION = "configuration of the site, its roles and its workflows; no data about people"
_LOGINS = (
    "django-axes' record of login attempts (username, address), kept to throttle logins; it is itself a log, "
    "and erasure removes a person's entries"
)
NOT_AUDITED = {
    "audit.AuditEvent": "the audit trail itself: append-only, and reading or exporting it is recorded in it",
    "scheduling.Session": "a scheduled event; who comes is in the audited Booking",
    "mentoring.Questionnaire": "questions written by staff (Wagtail keeps its revisions); no data about people",
    "mentoring.Round": "a questionnaire sent to a group: dates and the group, no answers",
    "mentoring.Invitation": "that a person was asked and whether they answered; recording when each answered "
    "would put the answerers in order beside the anonymous answers and so link them",
    "mentoring.Response": "answers: a named one is recorded by mentoring/evaluation/services.py; an anonymous one "
    "must leave no trace of who wrote it, which a model signal would record",
    "courses.SeminarSession": "a scheduled seminar day; who comes is in the audited Booking",
    "networking.NetworkingDay": "a scheduled networking day; who comes is in the audited Booking",
    "supervision.SupervisionSession": "a supervision slot; who comes is in the audited Booking",
    "scheduling.Notice": "a notification generated from audited data, holding no more than it points to",
    "courses.BriefingNotice": "a reminder generated from a briefing, holding no more than it points to",
    "courses.BriefingReminder": "when a reminder to confirm a briefing was sent, holding no more than it points to",
    "courses.DocumentRun": "a job record; its downloads are audited as exports",
    "mentoring.Institution": _CONFIGURATION,
    "mentoring.TargetGroup": _CONFIGURATION,
    "mentoring.EndingReason": _CONFIGURATION,
    "mentoring.RecruitmentStage": _CONFIGURATION,
    "mentoring.ApplicantSource": _CONFIGURATION,
    "mentoring.StopReason": _CONFIGURATION,
    "mentoring.ReviewReminder": "when a reminder of a review coming due was sent, holding no more than it points to",
    "supervision.SlotNotice": "an e-mail to a coach generated from an audited booking, holding no more than it "
    "points to",
    "supervision.RecordAccess": "the access log of supervision records: itself a log, written on every opening",
    "home.HomePage": _PAGE,
    "courses.ProgrammePage": _PAGE,
    "courses.TrackPage": _PAGE,
    "courses.ModulePage": _PAGE,
    "courses.LessonPage": _PAGE,
    "courses.SeminarPage": _PAGE,
    "courses.BriefingIndexPage": _PAGE,
    "courses.BriefingPage": _PAGE,
    "wagtailcore.Page": _PAGE,
    "wagtailcore.Revision": _PAGE,
    "wagtailcore.PageLogEntry": _WAGTAIL,
    "wagtailcore.ModelLogEntry": _WAGTAIL,
    "wagtailcore.WorkflowState": _WAGTAIL,
    "wagtailcore.TaskState": _WAGTAIL,
    "wagtailcore.Comment": _WAGTAIL,
    "wagtailcore.CommentReply": _WAGTAIL,
    "wagtailcore.PageSubscription": _WAGTAIL,
    "wagtailcore.UploadedFile": _WAGTAIL,
    "wagtailcore.APIToken": "not used: the platform serves no API",
    "wagtailadmin.EditingSession": _WAGTAIL,
    "wagtailadmin.FormState": _WAGTAIL,
    "wagtailusers.UserProfile": "admin display preferences (language, theme) of staff",
    "wagtaildocs.Document": "curriculum handouts; the uploader is an editor",
    "wagtailimages.Image": "curriculum images; the uploader is an editor",
    "wagtailimages.Rendition": "a resized copy of a curriculum image",
    "wagtailembeds.Embed": "a cached description of a video embedded in a lesson",
    "wagtailsearch.IndexEntry": "the search index of curriculum content",
    "wagtailsearch.SQLiteFTSIndexEntry": "the search index of curriculum content (SQLite)",
    "wagtailcore.ReferenceIndex": "which content refers to which (for Wagtail's usage counts)",
    "wagtailredirects.Redirect": "an address that moved; no data about people",
    "wagtailforms.FormSubmission": "not used: the platform has no Wagtail form pages",
    "courses.BriefingPageTag": "a tag on a briefing (curriculum content)",
    "courses.BriefingRelatedPage": "a link from a briefing to a lesson (curriculum content)",
    "courses.TrackRefresherModule": "a module a track's refresher asks for (curriculum content)",
    "supervision.ReferenceTranscript": "an invented conversation for coder training and its model coding (curriculum)",
    "taggit.Tag": "a tag word; no data about people",
    "taggit.TaggedItem": "a tag on content; no data about people",
    "supervision.SupervisionTopic": "a topic word on a supervision record; no text about a person, and every "
    "create, change and delete of the record itself is audited",
    "users.Cohort": "an intake's name and dates; who belongs to it is a field of the audited User",
    "auth.Group": "a role; who has it is recorded as a change of the audited User's groups",
    "auth.Permission": _CONFIGURATION,
    "contenttypes.ContentType": _CONFIGURATION,
    "wagtailadmin.Admin": _CONFIGURATION,
    "wagtailcore.Site": _CONFIGURATION,
    "wagtailcore.Locale": _CONFIGURATION,
    **{
        f"wagtail_localize.{name}": _TRANSLATION
        for name in (
            "TranslatableObject",
            "TranslationSource",
            "Translation",
            "TranslationLog",
            "TranslationContext",
            "String",
            "StringTranslation",
            "StringSegment",
            "Template",
            "TemplateSegment",
            "RelatedObjectSegment",
            "OverridableSegment",
            "SegmentOverride",
            "LocaleSynchronization",
        )
    },
    "wagtailcore.Collection": _CONFIGURATION,
    "wagtailcore.CollectionViewRestriction": _CONFIGURATION,
    "wagtailcore.PageViewRestriction": _CONFIGURATION,
    "wagtailcore.GroupCollectionPermission": _CONFIGURATION,
    "wagtailcore.GroupPagePermission": _CONFIGURATION,
    "wagtailcore.GroupSitePermission": _CONFIGURATION,
    "wagtailcore.Workflow": _CONFIGURATION,
    "courses.SecondReaderTask": _CONFIGURATION,
    "wagtailcore.WorkflowContentType": _CONFIGURATION,
    "wagtailcore.WorkflowPage": _CONFIGURATION,
    "wagtailcore.Task": _CONFIGURATION,
    "wagtailcore.WorkflowTask": _CONFIGURATION,
    "wagtailcore.GroupApprovalTask": _CONFIGURATION,
    "axes.AccessAttempt": _LOGINS,
    "axes.AccessAttemptExpiration": _LOGINS,
    "axes.AccessFailureLog": _LOGINS,
    "axes.AccessLog": _LOGINS,
    "sessions.Session": "a login session: opaque to people, ended by logout, idle timeout or a password change",
    "otp_static.StaticToken": "a recovery code: replaced as a set with the audited StaticDevice, and the trail "
    "must never hold a code",
    "django_tasks_database.DBTaskResult": "a queued job and its result (ids, never personal text); what the job "
    "writes is audited where it is written",
}


def _actor_role(request):
    if request is None or not request.user.is_authenticated:
        return "system" if request is None else "anonymous"
    if not hasattr(request, "_audit_actor_role"):
        names = sorted(request.user.groups.values_list("name", flat=True))
        if request.user.is_superuser:
            names.insert(0, "superuser")
        request._audit_actor_role = ", ".join(names)[:120] or "no role"
    return request._audit_actor_role


def record(action, model_label, object_id="", changed_fields=(), request=None):
    """Appends one event. `request` defaults to the request being served (None in commands and tasks)."""
    request = request if request is not None else current_request.get()
    user = getattr(request, "user", None)
    return AuditEvent.objects.create(
        actor=user if user is not None and user.is_authenticated else None,
        actor_role=_actor_role(request),
        action=action,
        model_label=model_label,
        object_id=str(object_id)[:64],
        changed_fields=sorted(changed_fields),
        request_id=getattr(request, "request_id", "") if request is not None else "",
        client_address=client_address(request) if request is not None else None,
    )


def record_update(model, object_id, changed_fields, request=None):
    """A change written with QuerySet.update(), which sends no model signals, so its caller records it here."""
    return record(AuditEvent.Action.CHANGE, model._meta.label, object_id, changed_fields, request=request)


def record_view(request, instance_or_label, object_id=""):
    """A person opened sensitive data: an object, or a page of them (`label` names the list)."""
    if isinstance(instance_or_label, str):
        return record(AuditEvent.Action.VIEW, instance_or_label, object_id, request=request)
    return record(AuditEvent.Action.VIEW, instance_or_label._meta.label, instance_or_label.pk, request=request)


def record_views(request, model_label, object_ids):
    """A page showed several sensitive objects: one event each, written in one query."""
    role = _actor_role(request)
    AuditEvent.objects.bulk_create(
        AuditEvent(
            actor=request.user if request.user.is_authenticated else None,
            actor_role=role,
            action=AuditEvent.Action.VIEW,
            model_label=model_label,
            object_id=str(object_id),
            request_id=getattr(request, "request_id", ""),
            client_address=client_address(request),
        )
        for object_id in object_ids
    )


def record_export(request, what, object_id=""):
    """A person downloaded or exported data: `what` names it, e.g. "export:progress_overview.csv"."""
    return record(AuditEvent.Action.EXPORT, what, object_id, request=request)


# Signals ----------------------------------------------------------------------------------------


def _values(instance):
    # Only loaded fields: reading a deferred one would cost a query per object.
    loaded = instance.__dict__
    return {field.attname: loaded[field.attname] for field in instance._meta.concrete_fields if field.attname in loaded}


def _remember(sender, instance, **kwargs):
    instance._audit_initial = _values(instance)


def _saved(sender, instance, created, update_fields=None, raw=False, **kwargs):
    if raw:  # loading fixtures
        return
    if created:
        record(AuditEvent.Action.CREATE, sender._meta.label, instance.pk)
    else:
        if update_fields:
            names = set(update_fields)
        else:
            before = getattr(instance, "_audit_initial", {})
            now = _values(instance)
            names = {
                field.name
                for field in instance._meta.concrete_fields
                if field.attname in before and before[field.attname] != now.get(field.attname)
            }
        if names:
            record(AuditEvent.Action.CHANGE, sender._meta.label, instance.pk, names)
    instance._audit_initial = _values(instance)


def _deleted(sender, instance, **kwargs):
    record(AuditEvent.Action.DELETE, sender._meta.label, instance.pk)


def _relation_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    field_name = next(
        (f.name for f in instance._meta.many_to_many if f.remote_field.through is sender),
        None,
    )
    if field_name is not None and instance._meta.label in AUDITED:
        record(AuditEvent.Action.CHANGE, instance._meta.label, instance.pk, [field_name])
    elif reverse and model._meta.label in AUDITED:
        # Changed from the other side (group.user_set.add(...)): one event per person affected.
        name = next((f.name for f in model._meta.many_to_many if f.remote_field.through is sender), "")
        for pk in pk_set or ():
            record(AuditEvent.Action.CHANGE, model._meta.label, pk, [name])


def audited_models():
    return [apps.get_model(label) for label in sorted(AUDITED)]


def relation_senders():
    """(through model, dispatch uid) of every many-to-many relation of the audited models."""
    for model in audited_models():
        for field in model._meta.many_to_many:
            yield field.remote_field.through, f"audit:{model._meta.label}:{field.name}"


def connect_signals():
    for model in audited_models():
        uid = f"audit:{model._meta.label}"
        post_init.connect(_remember, sender=model, dispatch_uid=f"{uid}:init")
        post_save.connect(_saved, sender=model, dispatch_uid=f"{uid}:save")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"{uid}:delete")
    for through, uid in relation_senders():
        m2m_changed.connect(_relation_changed, sender=through, dispatch_uid=uid)
