"""The demo programme's curriculum for seed_demo: invented, original teaching material (the briefings cite real,
public sources). Everything is read from the content files in courses/demo/content/en/ (see courses.demo.content):
trainers and translators edit text there, not here.
"""

from courses.demo.content import read_briefings, read_seminars, read_track

MENTOR_MODULES = read_track("en", "mentor")
COACH_MODULES = read_track("en", "coach")
SEMINARS = read_seminars("en", "mentor")
COACH_SEMINARS = read_seminars("en", "coach")
BRIEFINGS = read_briefings("en")
