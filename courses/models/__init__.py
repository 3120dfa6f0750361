from .pages import LessonPage, MembersOnlyPage, ModulePage, ProgrammePage, SeminarPage, TrackPage
from .progress import Enrolment, KnowledgeCheckAttempt, LessonCompletion, ReflectionAnswer

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
    "TrackPage",
]
