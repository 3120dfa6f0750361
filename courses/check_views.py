"""Knowledge-check item statistics for facilitators and the programme manager (courses.item_statistics)."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from courses.item_statistics import MIN_ANSWERS_TO_JUDGE, item_statistics
from courses.models import KnowledgeCheckAttempt, LessonPage, ModulePage
from mentorsite.translations import in_language, original_of, originals, show_in_language
from mentorsite.users.decorators import role_required
from mentorsite.users.roles import STAFF_ROLES

# Only what marking reads: an attempt's answers can be the largest part of the row, the rest is not needed.
ATTEMPT_FIELDS = ("lesson", "answers", "layout", "score")


def _first_attempts(lesson_ids):
    """{lesson id: [each person's first attempt at its check]} in one query."""
    by_lesson = {lesson_id: [] for lesson_id in lesson_ids}
    for attempt in KnowledgeCheckAttempt.objects.filter(lesson__in=lesson_ids, number=1).only(*ATTEMPT_FIELDS):
        by_lesson[attempt.lesson_id].append(attempt)
    return by_lesson


@role_required(*STAFF_ROLES)
def knowledge_checks(request):
    """Every live lesson with a knowledge check, with how many took it and how many questions are flagged."""
    lessons = [lesson for lesson in originals(LessonPage.objects.live()).order_by("path") if lesson.knowledge_check]
    attempts = _first_attempts([lesson.pk for lesson in lessons])
    modules = {
        module.path: module
        for module in ModulePage.objects.filter(path__in={lesson.path[: -LessonPage.steplen] for lesson in lessons})
    }
    show_in_language([*lessons, *modules.values()])
    rows = []
    for lesson in lessons:
        statistics = item_statistics(lesson.knowledge_check, attempts[lesson.pk])
        rows.append(
            {
                "lesson": lesson,
                "module": modules.get(lesson.path[: -LessonPage.steplen]),
                "people": len(attempts[lesson.pk]),
                "questions": len(statistics),
                "flagged": sum(1 for item in statistics if item.flags),
            }
        )
    return render(request, "courses/knowledge_checks.html", {"rows": rows, "min_answers": MIN_ANSWERS_TO_JUDGE})


@role_required(*STAFF_ROLES)
def lesson_item_statistics(request, lesson_id):
    """One check's questions, each with its figures and flags, in the reader's language."""
    lesson = original_of(get_object_or_404(LessonPage.objects.live(), pk=lesson_id))
    shown = in_language([lesson])[0]
    # The translation's check has the same question and answer ids; its text is what the reader reads.
    check = shown.knowledge_check or lesson.knowledge_check
    if check is None:
        raise Http404("This lesson has no knowledge check.")
    attempts = _first_attempts([lesson.pk])[lesson.pk]
    context = {
        "lesson": shown,
        "people": len(attempts),
        "statistics": item_statistics(check, attempts),
        "min_answers": MIN_ANSWERS_TO_JUDGE,
    }
    return render(request, "courses/item_statistics.html", context)
