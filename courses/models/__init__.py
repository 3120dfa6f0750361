from .briefings import (
    BriefingConfirmation,
    BriefingIndexPage,
    BriefingNotice,
    BriefingPage,
    BriefingPageTag,
    BriefingRelatedPage,
    BriefingReminder,
)
from .certificates import Certificate
from .pages import LessonPage, MembersOnlyPage, ModulePage, ProgrammePage, SeminarPage, TrackPage
from .practice import PracticeCode, PracticeResponse
from .progress import Enrolment, KnowledgeCheckAttempt, LessonCompletion, ReflectionAnswer
from .refreshers import CertificateRenewal, Refresher, RefresherStep, TrackRefresherModule
from .review import SecondReaderTask
from .runs import DocumentRun
from .sessions import SeminarSession

__all__ = [
    "BriefingConfirmation",
    "BriefingIndexPage",
    "BriefingNotice",
    "BriefingReminder",
    "BriefingPage",
    "BriefingPageTag",
    "BriefingRelatedPage",
    "Certificate",
    "CertificateRenewal",
    "DocumentRun",
    "Enrolment",
    "KnowledgeCheckAttempt",
    "LessonCompletion",
    "LessonPage",
    "MembersOnlyPage",
    "ModulePage",
    "PracticeCode",
    "PracticeResponse",
    "ProgrammePage",
    "ReflectionAnswer",
    "Refresher",
    "RefresherStep",
    "SecondReaderTask",
    "SeminarPage",
    "SeminarSession",
    "TrackPage",
    "TrackRefresherModule",
]
