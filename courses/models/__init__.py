from .briefings import (
    BriefingConfirmation,
    BriefingIndexPage,
    BriefingNotice,
    BriefingPage,
    BriefingPageTag,
    BriefingRelatedPage,
)
from .certificates import Certificate
from .pages import LessonPage, MembersOnlyPage, ModulePage, ProgrammePage, SeminarPage, TrackPage
from .progress import Enrolment, KnowledgeCheckAttempt, LessonCompletion, ReflectionAnswer
from .runs import DocumentRun
from .sessions import SeminarSession

__all__ = [
    "BriefingConfirmation",
    "BriefingIndexPage",
    "BriefingNotice",
    "BriefingPage",
    "BriefingPageTag",
    "BriefingRelatedPage",
    "Certificate",
    "DocumentRun",
    "Enrolment",
    "KnowledgeCheckAttempt",
    "LessonCompletion",
    "LessonPage",
    "MembersOnlyPage",
    "ModulePage",
    "ProgrammePage",
    "ReflectionAnswer",
    "SeminarPage",
    "SeminarSession",
    "TrackPage",
]
