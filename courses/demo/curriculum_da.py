"""The demo curriculum in Danish: the same modules, lessons, checks, seminars and briefings as curriculum.py, item
for item, read from courses/demo/content/da/.

seed_demo publishes these as Danish translations of the English pages (mentorsite/home/demo.py pairs each text
with the English text at the same place), so the structure must stay the same as curriculum.py's; a test checks it.
"""

from courses.demo.content import read_briefings, read_seminars, read_track

MENTOR_MODULES = read_track("da", "mentor")
COACH_MODULES = read_track("da", "coach")
SEMINARS = read_seminars("da", "mentor")
COACH_SEMINARS = read_seminars("da", "coach")
BRIEFINGS = read_briefings("da")
