from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.access import tracks_requiring, user_may_study_page
from courses.blocks import WRITTEN, timed_plan
from courses.briefings import current, unconfirmed_for
from courses.dashboard import panels_for
from courses.forms import REFRESHER_DUE, ProgressFilterForm, ReflectionForm
from courses.knowledge_check import InvalidSubmission, mark, next_attempt, partial_submission, read_submission
from courses.models import (
    BriefingPage,
    Certificate,
    Enrolment,
    KnowledgeCheckAttempt,
    LessonCompletion,
    LessonPage,
    ModulePage,
    PracticeResponse,
    ReflectionAnswer,
    SeminarPage,
)
from courses.progress import (
    COMPLETE,
    IN_PROGRESS,
    PENDING,
    SEMINAR,
    complete_lesson,
    progress_for_people,
    progress_for_tracks,
)
from courses.refreshers import certificates_due, open_refresher_for_lesson, record_step
from mentorsite.audit.trail import record_export
from mentorsite.exports import csv_response
from mentorsite.pdf import render_pdf
from mentorsite.scheduling.services import upcoming_sessions_of
from mentorsite.translations import in_language, original_of, originals, show_in_language
from mentorsite.users.decorators import role_required
from mentorsite.users.roles import STAFF_ROLES


@login_required
def dashboard(request):
    """The landing page after login: progress per enrolled track, what to do next, recent completions."""
    enrolments = list(
        Enrolment.objects.filter(user=request.user).select_related("track__builds_on").order_by("track__path")
    )
    recent = list(LessonCompletion.objects.filter(user=request.user).select_related("lesson")[:5])
    show_in_language(completion.lesson for completion in recent if completion.lesson)
    track_progress = progress_for_tracks(request.user, [e.track for e in enrolments])
    revoked = {
        certificate.track_id: certificate
        for certificate in Certificate.objects.filter(user=request.user, revoked_at__isnull=False)
    }
    for progress in track_progress:
        progress.revoked_certificate = revoked.get(original_of(progress.track).pk)
    return render(
        request,
        "courses/dashboard.html",
        {
            "track_progress": track_progress,
            "recent_completions": recent,
            "upcoming_sessions": upcoming_sessions_of(request.user, limit=5),
            "unconfirmed_briefings": in_language(unconfirmed_for(request.user)[:10]),
            "panels": panels_for(request),
        },
    )


def _studyable_lesson(request, lesson_id):
    """The live lesson, if the signed-in person is enrolled to study it; 404 if unknown, 403 if not theirs."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    if not user_may_study_page(request.user, lesson):
        raise PermissionDenied(_("You are not enrolled in the track this lesson belongs to."))
    return lesson


def _render_lesson(request, lesson, status=200, **extra):
    context = lesson.get_context(request)
    context.update(extra)
    return TemplateResponse(request, lesson.get_template(request), context, status=status)


@login_required
@require_POST
def mark_lesson_complete(request, lesson_id):
    lesson = _studyable_lesson(request, lesson_id)
    if lesson.knowledge_check is not None:
        messages.error(request, _("This lesson is completed by passing its knowledge check."))
        return _render_lesson(request, lesson, status=400)
    _completion, created = complete_lesson(request.user, lesson, LessonCompletion.Method.MARKED)
    if created:
        messages.success(request, _("Lesson completed. Well done."))
        _refreshed(request, lesson)
    return redirect(lesson.url)


def _refreshed(request, lesson):
    """Count the lesson for the person's open refresher that asks for it, and say so if that renewed them."""
    renewal = record_step(request.user, lesson)
    if renewal is not None:
        messages.success(
            request,
            _("Refresher complete: your certificate is renewed until %(date)s.")
            % {"date": date_format(renewal.expires_on, "DATE_FORMAT")},
        )


@login_required
@require_POST
def refresh_lesson(request, lesson_id):
    """A lesson without a knowledge check, worked through again for the person's refresher."""
    lesson = _studyable_lesson(request, lesson_id)
    if lesson.knowledge_check is not None:
        messages.error(request, _("For your refresher, pass this lesson's knowledge check again."))
        return _render_lesson(request, lesson, status=400)
    if open_refresher_for_lesson(request.user, lesson) is None:
        messages.error(request, _("No refresher of yours asks for this lesson."))
        return _render_lesson(request, lesson, status=400)
    messages.success(request, _("Done for your refresher."))
    _refreshed(request, lesson)
    return redirect(lesson.url)


@login_required
@require_POST
def submit_knowledge_check(request, lesson_id):
    lesson = _studyable_lesson(request, lesson_id)
    check = lesson.knowledge_check
    if check is None:
        messages.error(request, _("This lesson has no knowledge check."))
        return _render_lesson(request, lesson, status=400)
    original = original_of(lesson)
    latest = KnowledgeCheckAttempt.objects.filter(user=request.user, lesson=original).order_by("-number").first()
    number, layout = next_attempt(check, request.user.pk, original.pk, latest)
    handed_in_as = request.POST.get("attempt", str(number))
    if latest is not None and handed_in_as == str(latest.number) and _same_answers(check, request.POST, latest):
        # The attempt just handed in, sent again (a double click, the browser's resend): it counts once.
        return redirect(f"{lesson.url}?attempt={latest.pk}#knowledge-check")
    try:
        # A form without the number (an old page) is taken as the next attempt; another number means the page
        # was opened before other attempts were handed in, so its questions may not be this attempt's.
        if handed_in_as != str(number):
            raise InvalidSubmission(
                _(
                    "You handed in this check from another window after opening this page. "
                    "Here are the questions of your next attempt."
                )
            )
        chosen, written = read_submission(check, request.POST, layout)
    except InvalidSubmission as error:
        messages.error(request, str(error))
        # Keep what the mentor ticked and wrote, so only the missing answers need adding.
        ticked, typed = partial_submission(check, request.POST, layout)
        return _render_lesson(
            request, lesson, status=400, unmarked_questions=mark(check, ticked, layout, typed).questions
        )

    result = mark(check, chosen, layout, written)
    try:
        with transaction.atomic():
            attempt = KnowledgeCheckAttempt.objects.create(
                user=request.user,
                lesson=original,
                lesson_title=lesson.title,
                number=number,
                layout=layout,
                answers=chosen,
                score=result.score,
                passed=result.passed,
            )
            # Written responses go to the mentor's coaches; the attempt itself keeps no free text.
            PracticeResponse.objects.bulk_create(
                PracticeResponse(
                    mentor=request.user,
                    kind=PracticeResponse.Kind.WRITTEN,
                    lesson=original,
                    lesson_title=lesson.title,
                    block_id=question.id,
                    prompt=question.question,
                    text=question.written,
                    attempt=attempt,
                )
                for question in result.questions
                if question.kind == WRITTEN
            )
            if result.passed:
                complete_lesson(request.user, lesson, LessonCompletion.Method.KNOWLEDGE_CHECK)
                _refreshed(request, lesson)
    except IntegrityError:
        # The same attempt handed in twice at once (a double click, two windows): the first one counts.
        attempt = KnowledgeCheckAttempt.objects.get(user=request.user, lesson=original, number=number)
        return redirect(f"{lesson.url}?attempt={attempt.pk}#knowledge-check")
    if written:
        messages.info(request, _("Your written responses went to your coach, who will give you feedback."))
    if result.passed and not result.has_marked_questions:
        messages.success(request, _("Handed in. The lesson is complete."))
    elif result.passed:
        messages.success(request, _("You passed with %(score)s%%. The lesson is complete.") % {"score": result.score})
    else:
        messages.error(
            request,
            _("You scored %(score)s%%; %(pass_mark)s%% is needed to pass. See which answers were wrong and try again.")
            % {"score": result.score, "pass_mark": result.pass_mark},
        )
    # Post/redirect/get: reloading the result page must not submit the attempt again.
    return redirect(f"{lesson.url}?attempt={attempt.pk}#knowledge-check")


@login_required
@require_POST
def save_reflection(request, lesson_id, block_id):
    lesson = _studyable_lesson(request, lesson_id)
    prompt = next((block for block in lesson.reflection_blocks if block.id == block_id), None)
    if prompt is None:
        raise Http404(_("This reflection prompt is not part of the lesson."))
    form = ReflectionForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["text"]))
        return _render_lesson(
            request,
            lesson,
            status=400,
            reflection_error_block=block_id,
            reflection_errors=form.errors["text"],
            reflection_draft=request.POST.get("text", ""),
            reflection_send_ticked=bool(request.POST.get("send_to_coach")),
        )
    text = form.cleaned_data["text"]
    original = original_of(lesson)
    with transaction.atomic():
        ReflectionAnswer.objects.update_or_create(
            user=request.user,
            lesson=original,
            block_id=block_id,
            defaults={"text": text, "prompt": prompt.value["prompt"], "lesson_title": lesson.title},
        )
        if form.cleaned_data["send_to_coach"]:
            send_reflection(request.user, original, lesson.title, block_id, prompt.value["prompt"], text)
    if form.cleaned_data["send_to_coach"]:
        messages.success(request, _("Your reflection is saved and sent to your coach for feedback."))
    else:
        messages.success(request, _("Your reflection is saved. Only you can read it."))
    return redirect(f"{lesson.url}#reflection-{block_id}")


def _same_answers(check, data, attempt):
    """Whether `data` answers the choice questions of `attempt` exactly as it was handed in."""
    try:
        chosen, _written = read_submission(check, data, attempt.layout)
    except InvalidSubmission:
        return False
    return chosen == attempt.answers


def send_reflection(mentor, lesson, lesson_title, block_id, prompt, text):
    """Sends a copy of the reflection to the mentor's coaches. Sent again before any feedback, the copy waiting
    is brought up to date; after feedback, a new copy is sent, so the feedback stays beside what it was about."""
    waiting = PracticeResponse.objects.filter(
        mentor=mentor, lesson=lesson, block_id=block_id, kind=PracticeResponse.Kind.REFLECTION, feedback_at=None
    ).first()
    if waiting is not None:
        waiting.text, waiting.prompt, waiting.sent_at = text, prompt, timezone.now()
        waiting.save(update_fields=["text", "prompt", "sent_at"])
        return waiting
    return PracticeResponse.objects.create(
        mentor=mentor,
        kind=PracticeResponse.Kind.REFLECTION,
        lesson=lesson,
        lesson_title=lesson_title,
        block_id=block_id,
        prompt=prompt,
        text=text,
    )


def _filtered_people(request):
    """The filter form and the people enrolled in the chosen track (optionally of one cohort)."""
    form = ProgressFilterForm(request.GET or None)
    track = cohort = None
    show = ""
    if form.is_bound and form.is_valid():
        track, cohort, show = form.cleaned_data["track"], form.cleaned_data["cohort"], form.cleaned_data["show"]
    if track is None:
        track = form.fields["track"].queryset.first()
    if track is not None:
        track = original_of(track)
    people = get_user_model().objects.none()
    if track is not None:
        people = (
            get_user_model()
            .objects.filter(enrolments__track__in=tracks_requiring(track), is_active=True)
            .distinct()
            .select_related("cohort")
            .order_by("cohort__name", "first_name", "last_name", "username")
        )
        if cohort is not None:
            people = people.filter(cohort=cohort)
        if show == REFRESHER_DUE:
            people = people.filter(pk__in=certificates_due(track).values("user_id"))
    return form, track, cohort, people


def _cell_text(requirement_progress):
    if requirement_progress.state == COMPLETE:
        return _("Completed %(date)s") % {"date": timezone.localtime(requirement_progress.completed_on).date()}
    if requirement_progress.state == PENDING:
        return _("Not attended")
    if requirement_progress.state == IN_PROGRESS and requirement_progress.kind == SEMINAR:
        return _("%(done)s of %(total)s days attended") % {
            "done": requirement_progress.done,
            "total": requirement_progress.total,
        }
    if requirement_progress.state == IN_PROGRESS:
        return _("%(done)s of %(total)s lessons") % {
            "done": requirement_progress.done,
            "total": requirement_progress.total,
        }
    return _("Not started")


@role_required(*STAFF_ROLES)
def progress_overview(request):
    """Cohort x requirement matrix for facilitators and the programme manager."""
    form, track, cohort, people = _filtered_people(request)
    if form.is_bound and not form.is_valid():
        messages.error(request, _("That filter is not valid; showing the first track and all cohorts."))
    page = Paginator(people, settings.PROGRESS_OVERVIEW_PAGE_SIZE).get_page(request.GET.get("page"))
    structure, rows = progress_for_people(page.object_list, track) if track else (None, [])
    return render(
        request,
        "courses/progress_overview.html",
        {"form": form, "track": track, "cohort": cohort, "page_obj": page, "structure": structure, "rows": rows},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@role_required(*STAFF_ROLES)
def progress_overview_csv(request):
    form, track, cohort, people = _filtered_people(request)
    if (form.is_bound and not form.is_valid()) or track is None:
        messages.error(request, _("Choose a valid track and cohort to export."))
        return redirect("courses:progress_overview")
    structure, rows = progress_for_people(people, track)
    filename = f"progress-{track.slug}{'-' + str(cohort.pk) if cohort else ''}-{timezone.localdate()}.csv"
    record_export(request, "export:progress_overview.csv", track.pk)
    header = (
        [_("Name"), _("Username"), _("Cohort")]
        + [requirement.page.title for requirement in structure.requirements]
        + [_("Units done"), _("Units in total"), _("Percent"), _("Last activity"), _("Next lesson")]
    )
    lines = [
        [person.full_name, person.username, person.cohort or ""]
        + [_cell_text(r) for r in progress.requirements]
        + [
            progress.done_units,
            progress.total_units,
            progress.percent,
            timezone.localtime(progress.last_activity).date() if progress.last_activity else "",
            progress.next_lesson.title if progress.next_lesson else "",
        ]
        for person, progress in rows
    ]
    return csv_response([header, *lines], filename)


# How many ruled lines a printed reflection prompt leaves for writing by hand.
HANDOUT_RULED_LINES = 8


@login_required
def module_handout(request, module_id):
    """A module as a printable PDF: every live lesson, reflection prompts with ruled space, questions without
    the answers, and the briefings that update it. For people who may open the module."""
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    if not module.may_be_viewed_by(request.user):
        raise PermissionDenied
    # The lessons of the original module, each in the reader's language where translated (as on screen).
    original = original_of(module)
    lessons = list(LessonPage.objects.child_of(original).live().order_by("path"))
    briefings = in_language(
        current(originals(BriefingPage.objects.live()))
        .filter(related_pages__page_id__in=[original.pk, *[lesson.pk for lesson in lessons]])
        .distinct()
        .order_by("-published_on")
    )
    pdf = render_pdf(
        "pdf/module_handout.html",
        {
            "module": in_language([original])[0],
            "lessons": in_language(lessons),
            "briefings": briefings,
            "ruled_lines": range(HANDOUT_RULED_LINES),
            "today": timezone.localdate(),
            "site_url": settings.WAGTAILADMIN_BASE_URL,
        },
        name=f"handout-{module.pk}",
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{module.slug}-handout.pdf"'
    return response


@role_required(*STAFF_ROLES)
def session_plan_pdf(request, seminar_id):
    """A seminar's session plan, printable, in the reader's language where the seminar is translated."""
    seminar = get_object_or_404(SeminarPage.objects.live(), pk=seminar_id)
    [shown] = in_language([original_of(seminar)])
    if not shown.session_plan and not seminar.session_plan:
        raise Http404("This seminar has no session plan.")
    plan = shown.session_plan or seminar.session_plan
    pdf = render_pdf(
        "pdf/session_plan.html",
        {"seminar": shown, "plan": timed_plan(plan), "today": timezone.localdate()},
        name=f"session-plan-{seminar.pk}",
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{seminar.slug}-session-plan.pdf"'
    return response
