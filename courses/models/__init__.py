from .pages import LessonPage, MembersOnlyPage, ModulePage, ProgrammePage, SeminarPage, TrackPage
from .progress import Enrolment, KnowledgeCheckAttempt, LessonCompletion, ReflectionAnswer
from .sessions import SeminarSession

__all__ = [
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
