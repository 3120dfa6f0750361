"""factory_boy factories for people and curriculum pages. Pages are added under a `parent` page."""

import json
import uuid

import factory
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify

from courses.models import (
    BriefingIndexPage,
    BriefingPage,
    Enrolment,
    LessonPage,
    ModulePage,
    ProgrammePage,
    SeminarPage,
    TrackPage,
)
from mentorsite.users.models import Cohort, User

PASSWORD = "a-test-password-123"


class CohortFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cohort

    name = factory.Sequence(lambda n: f"Cohort {n}")
    starts_on = factory.LazyFunction(timezone.localdate)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"person{n}")
    first_name = factory.Sequence(lambda n: f"First{n}")
    last_name = "Person"
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        self.save()
        for name in extracted or ():
            self.groups.add(Group.objects.get(name=name))


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment

    user = factory.SubFactory(UserFactory)


class PageFactory(factory.django.DjangoModelFactory):
    """Creates a live page under `parent` (required)."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    first_published_at = factory.LazyFunction(timezone.now)

    @classmethod
    def _create(cls, model_class, parent=None, **kwargs):
        assert parent is not None, "pass parent=<page>"
        page = model_class(**kwargs)
        parent.add_child(instance=page)
        return page


class ProgrammePageFactory(PageFactory):
    class Meta:
        model = ProgrammePage

    title = factory.Sequence(lambda n: f"Programme {n}")


class TrackPageFactory(PageFactory):
    class Meta:
        model = TrackPage

    title = factory.Sequence(lambda n: f"Track {n}")


class ModulePageFactory(PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")


def _item(value):
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def knowledge_check_block(questions=None, pass_mark=100, questions_per_attempt=None):
    """Raw StreamField data for a knowledge check; by default one single- and one multiple-choice question."""
    if questions is None:
        questions = [
            ("Which reflects?", "single", [("It sounds like you feel stuck.", True), ("Why did you do that?", False)]),
            (
                "Which are open questions?",
                "multiple",
                [("What matters most to you?", True), ("How did that go?", True), ("Are you okay?", False)],
            ),
        ]
    return {
        "type": "knowledge_check",
        "id": str(uuid.uuid4()),
        "value": {
            "title": "Check",
            "pass_mark": pass_mark,
            "questions_per_attempt": questions_per_attempt,
            "questions": [
                _item(
                    {
                        "question": text,
                        "kind": kind,
                        "answers": [
                            _item({"text": answer, "correct": correct, "feedback": f"Feedback on {answer}"})
                            for answer, correct in answers
                        ],
                    }
                )
                for text, kind, answers in questions
            ],
        },
    }


def reflection_block(prompt="What did you notice?"):
    return {"type": "reflection", "id": str(uuid.uuid4()), "value": {"prompt": prompt, "guidance": ""}}


def dialogue_block(turns=None, title="Jesper and the housing queue"):
    """Raw StreamField data for a worked dialogue; `turns` are (speaker, words, note) triples."""
    if turns is None:
        turns = [
            ("mentee", "I'll sort out housing when I get out.", ""),
            ("mentor", "What do you know about how it works?", "Elicit first: find out what he knows."),
        ]
    return {
        "type": "dialogue",
        "id": str(uuid.uuid4()),
        "value": {
            "title": title,
            "setting": "Open prison, five weeks before release.",
            "turns": [_item({"speaker": speaker, "words": words, "note": note}) for speaker, words, note in turns],
        },
    }


def paragraph_block(html="<p>Lesson text.</p>"):
    return {"type": "paragraph", "id": str(uuid.uuid4()), "value": html}


class LessonPageFactory(PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    summary = "A lesson."
    body = factory.LazyFunction(lambda: json.dumps([paragraph_block(), reflection_block()]))


class SeminarPageFactory(PageFactory):
    class Meta:
        model = SeminarPage

    title = factory.Sequence(lambda n: f"Seminar {n}")
    days = 2


class BriefingIndexPageFactory(PageFactory):
    class Meta:
        model = BriefingIndexPage

    title = "Briefings"


class BriefingPageFactory(PageFactory):
    class Meta:
        model = BriefingPage

    title = factory.Sequence(lambda n: f"Briefing {n}")
    summary = "What changed and what mentors should do."
    body = factory.LazyFunction(lambda: json.dumps([paragraph_block("<p>Young people travel to conflict zones.</p>")]))
    published_on = factory.LazyFunction(timezone.localdate)
    review_by = factory.LazyFunction(lambda: timezone.localdate() + timezone.timedelta(days=180))
    urgency = "routine"
