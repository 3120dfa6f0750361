"""The Danish of the courses demo: the page texts written in seed.py (home, programme, tracks, briefings index),
and the pairs of curriculum.py with curriculum_da.py (the content files of courses/demo/content/en/ and /da/)."""

from mentorsite.demo import paired_texts

PAGE_TEXTS = {
    "Mentor training": "Mentoruddannelse",
    "Training for mentors who help people in prison and on probation leave extremist and gang environments. Demo material: the people and content here are invented.": "Uddannelse for mentorer, der hjælper mennesker i fængsel og under tilsyn med at forlade ekstremistiske miljøer og bandemiljøer. Demomateriale: personerne og indholdet her er opdigtede.",
    "Back on Track mentor programme": "Mentorprogrammet Back on Track",
    "<p>A year of training for mentors: self-study in motivational interviewing, seminars, a course on extremism and radicalisation, and networking days with mentors of every intake. Mentor coaches add two days of coach training.</p>": "<p>Et års uddannelse for mentorer: selvstudie i motiverende samtale (MI), seminarer, et kursus i ekstremisme og radikalisering og netværksdage med mentorer fra alle hold. Mentorcoaches får desuden to dages coachuddannelse.</p>",
    "Demo Prison and Probation Service": "Kriminalforsorgen (demo)",
    "Mentor track": "Mentorforløb",
    "<p>Everything a mentor completes before and while working with a mentee: eight modules that follow motivational interviewing through its four processes and apply it to leaving extremist groups and gangs and to the mentor role, and the seminars that go with them.</p>": "<p>Alt det, en mentor gennemfører før og under arbejdet med en mentee: otte moduler, der følger motiverende samtale gennem dens fire processer og bruger den på at forlade ekstremistiske grupper og bander og på mentorrollen, og de seminarer, der hører til.</p>",
    "Mentor coach track": "Coachforløb",
    "<p>For mentors who also supervise fellow mentors: the whole mentor track plus coach training.</p>": "<p>For mentorer, der også giver supervision til andre mentorer: hele mentorforløbet og desuden coachuddannelsen.</p>",
    "Briefings": "Briefinger",
    "Updates on extremism and radicalisation for every active mentor and coach.": "Nyt om ekstremisme og radikalisering til alle aktive mentorer og mentorcoaches.",
    "Demo training centre, room 2": "Kursuscenter (demo), lokale 2",
    "Spring 2026": "Forår 2026",
    "Demo cohort: ten invented mentors at different stages of the mentor track.": "Demohold: ti opdigtede mentorer, der er nået forskellige steder i mentorforløbet.",
    "Autumn 2025": "Efterår 2025",
    "Demo cohort that has finished its training.": "Demohold, der har gennemført sin uddannelse.",
}


def danish_pairs():
    """(English, Danish) for every text of the courses demo pages (the content files are read on the first call,
    when seed_demo translates, not when the app starts)."""
    from . import curriculum, curriculum_da

    for name in ("MENTOR_MODULES", "COACH_MODULES", "SEMINARS", "COACH_SEMINARS", "BRIEFINGS"):
        yield from paired_texts(getattr(curriculum, name), getattr(curriculum_da, name))
    yield from PAGE_TEXTS.items()
