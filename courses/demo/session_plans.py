"""The demo seminars' session plans, for facilitators (SeminarPage.session_plan); session_plans_da.py is the
Danish, item for item. Written for the demo: the scenarios and people are invented."""


def day(label, starts_at):
    return ("day", {"label": label, "starts_at": starts_at})


def activity(title, kind, minutes, description, materials="", trainer_notes=""):
    return (
        "activity",
        {
            "title": title,
            "kind": kind,
            "minutes": minutes,
            "description": description,
            "materials": materials,
            "trainer_notes": trainer_notes,
        },
    )


def role_play(title, minutes, scenario, roles, debrief=""):
    return (
        "role_play",
        {
            "title": title,
            "minutes": minutes,
            "scenario": scenario,
            "roles": [{"role": role, "brief": brief} for role, brief in roles],
            "debrief": debrief,
        },
    )


OBSERVER = (
    "Observer",
    "Tally the mentor's questions, simple reflections, complex reflections and affirmations on the tally sheet. "
    "Note one sentence that worked. Keep time and stop after ten minutes.",
)
BREAK = activity("Break", "break", 15, "<p>Coffee and fresh air.</p>")
LUNCH = activity("Lunch", "break", 45, "<p>Lunch together.</p>")

PLANS = {
    "seminar-1-foundations": [
        day("Day 1", "09:00"),
        activity(
            "Welcome and the programme",
            "input",
            45,
            "<p>Round of names and one reason each for becoming a mentor. The programme's aims, the mentor role "
            "and its boundaries, who does what (mentor, coach, programme manager, prison and probation staff).</p>",
            "Name cards, the programme overview on one page",
            "Keep the round short: one sentence each. Write the reasons on the flip chart; return to them on day 2.",
        ),
        activity(
            "Being helped to change",
            "exercise",
            45,
            "<p>In pairs, each tells of a time someone helped them change, and a time someone tried and it did not "
            "help. The group collects what the helpful people did: listened, did not push, believed in them.</p>",
            "Flip chart",
            "The list is MI's spirit in the group's own words: partnership, acceptance, compassion, evocation.",
        ),
        BREAK,
        activity(
            "The spirit of MI",
            "input",
            45,
            "<p>Partnership, acceptance, compassion and evocation, with examples from prison visits and probation "
            "meetings. The four processes as the road map of every meeting: engaging, focusing, evoking, "
            "planning.</p>",
            "Slides, the module's key points",
        ),
        LUNCH,
        role_play(
            "Holding back the righting reflex",
            60,
            "A mentee five months before release says he will move back to his old area because his cousin has a "
            "room. The mentor knows the area means the gang.",
            [
                (
                    "Mentor",
                    "For ten minutes, give no advice and no warnings. Ask what the move would mean to him and "
                    "reflect what you hear. Notice the urge to fix it.",
                ),
                (
                    "Mentee",
                    "The room is free and your cousin is family. You also fear the old friends. Say the second "
                    "thing only if the mentor has listened for a while.",
                ),
                OBSERVER,
            ],
            "Ask the mentor first: what did the urge to fix feel like? Then the mentee: when did you say more?",
        ),
        activity(
            "The mentoring agreement",
            "discussion",
            45,
            "<p>The mentoring agreement, its review every three months, confidentiality and what must be passed "
            "on. Cases from earlier intakes, without names.</p>",
            "A blank agreement, the concern procedure",
        ),
        day("Day 2", "09:00"),
        activity(
            "Back to the reasons",
            "discussion",
            30,
            "<p>The flip chart of reasons from day 1: what has changed since yesterday?</p>",
        ),
        activity(
            "Open questions",
            "exercise",
            60,
            "<p>Turn closed questions into open ones in pairs, then in a round: each asks the next an open question "
            "about their week and reflects the answer in one sentence.</p>",
            "Cards with closed questions",
        ),
        BREAK,
        role_play(
            "The first meeting",
            75,
            "A first meeting in the visiting room. The mentee agreed to the programme but says he only wants the "
            "letter for his parole hearing.",
            [
                (
                    "Mentor",
                    "Engage: introduce yourself and the programme briefly, ask what he would like from the "
                    "meetings, and accept the answer you get.",
                ),
                (
                    "Mentee",
                    "You are polite but guarded. Open up a little if the mentor does not sell the programme.",
                ),
                OBSERVER,
            ],
            "What did the mentor do that made the mentee say more? Swap roles for a second round.",
        ),
        activity(
            "Meeting the coaches, and closing",
            "discussion",
            45,
            "<p>The coaches introduce themselves and how supervision works. Each mentor names one thing to try "
            "before seminar 2.</p>",
        ),
    ],
    "seminar-2-mi-skills": [
        day("Day 1", "09:00"),
        activity(
            "Check-in: one moment from a meeting",
            "discussion",
            30,
            "<p>Each mentor shares one moment since seminar 1 when they listened well, or wish they had.</p>",
        ),
        activity(
            "Reflections, simple and complex",
            "input",
            45,
            "<p>The difference, with examples; reflections to questions 1:1 fair and 2:1 good, complex reflections "
            "40% fair and 50% good, as the MITI counts them.</p>",
            "Slides",
        ),
        activity(
            "Reflection chains",
            "exercise",
            45,
            "<p>In threes: the speaker talks about something they are of two minds about; the listener may only "
            "reflect, no questions, for five minutes. Then swap.</p>",
            trainer_notes="Walk round and catch questions in disguise (“So you mean…?”).",
        ),
        BREAK,
        role_play(
            "Two minds about the group",
            60,
            "A mentee in prison has said he might leave a right-wing extremist group. The group visits every month; "
            "his family has stopped writing.",
            [
                (
                    "Mentor",
                    "Aim for two reflections for every question. Reflect both sides; end on the side of change.",
                ),
                (
                    "Mentee",
                    "The group are the only ones who visit. You are tired of the fights they drag you into. You "
                    "miss your sister. Argue back if you are argued with.",
                ),
                OBSERVER,
            ],
            "Read out the tallies. What was the ratio of reflections to questions? Which reflection moved him?",
        ),
        LUNCH,
        activity(
            "Hearing change talk",
            "exercise",
            60,
            "<p>Trainers read out mentee statements; the group sorts them into desire, ability, reasons, need, "
            "commitment and steps, and into change talk and sustain talk.</p>",
            "Statement cards",
        ),
        day("Day 2", "09:00"),
        activity(
            "Focusing: what is this meeting about?",
            "input",
            45,
            "<p>Agenda mapping: offer the topics, ask which matters most today. Elicit-provide-elicit for "
            "information about housing and work.</p>",
            "An agenda map on paper",
        ),
        role_play(
            "Information without a lecture",
            60,
            "A mentee on probation asks whether he can get a job with his record. The mentor knows of a scheme.",
            [
                (
                    "Mentor",
                    "Ask what he already knows, offer the information briefly with permission, ask what he makes "
                    "of it (elicit-provide-elicit).",
                ),
                ("Mentee", "You have been refused twice. You expect to be lectured."),
                OBSERVER,
            ],
            "Did the mentee talk more after the information than before it?",
        ),
        BREAK,
        activity(
            "Practice plan and closing",
            "discussion",
            45,
            "<p>Each mentor chooses one skill to practise until seminar 3 and tells their coach which.</p>",
        ),
    ],
    "seminar-3-plans-release-families": [
        day("Day 1", "09:00"),
        activity(
            "Planning: from why to how",
            "input",
            45,
            "<p>Signs of readiness, testing the water, and a change plan in the mentee's words. The importance and "
            "confidence rulers with their follow-up questions.</p>",
            "Ruler cards 0 to 10",
        ),
        role_play(
            "The confidence ruler",
            60,
            "A mentee two weeks before release wants to stay away from the gang but rates his confidence 3.",
            [
                (
                    "Mentor",
                    "Ask why 3 and not 0, then what would take him to 4. Let him find the steps.",
                ),
                ("Mentee", "Your reason for 3: your mother's flat is far from the old area. You have no job."),
                OBSERVER,
            ],
            "Which question produced a step he could take this week?",
        ),
        BREAK,
        activity(
            "Release: the first weeks",
            "discussion",
            60,
            "<p>What the first weeks out hold: housing, money, probation, old contacts. How the agreement and its "
            "review keep pace.</p>",
        ),
        LUNCH,
        day("Day 2", "09:00"),
        activity(
            "Families",
            "input",
            45,
            "<p>When and how families take part, with the mentee's consent; what the mentor does not carry.</p>",
        ),
        role_play(
            "A mother's worry",
            60,
            "The mentee has agreed that his mother joins one meeting. She wants the mentor to keep him away from his "
            "friends.",
            [
                ("Mentor", "Reflect her worry and his wish; keep the decisions with him."),
                ("Mother", "You are frightened and angry. You want promises."),
                ("Mentee", "You love her and hate being managed."),
            ],
            "How did the mentor stay beside the mentee without dismissing the mother?",
        ),
        activity("Closing", "discussion", 30, "<p>One thing each takes into their next meeting.</p>"),
    ],
    "follow-up-1": [
        day("Day 1", "09:00"),
        activity(
            "Cases from the work",
            "discussion",
            60,
            "<p>Mentors bring a stuck moment (case codes only). The group answers in reflections first, advice "
            "last.</p>",
        ),
        role_play(
            "Replaying the stuck moment",
            60,
            "The mentor who brought the case plays the mentee; another mentor tries a different response.",
            [
                ("Mentor", "Try one new response: a complex reflection or agreeing with a twist."),
                ("Mentee", "Play your mentee as they were."),
                OBSERVER,
            ],
        ),
        BREAK,
        activity("Refreshing MI skills", "exercise", 60, "<p>Reflection chains and change-talk cards again.</p>"),
    ],
    "follow-up-2": [
        day("Day 1", "09:00"),
        activity(
            "Sustaining the work",
            "discussion",
            60,
            "<p>What keeps mentors going; signs of strain; where to find support.</p>",
        ),
        role_play(
            "Ending well",
            60,
            "A mentoring relationship ends as planned after a year. The mentee says he does not need anyone now.",
            [
                ("Mentor", "Summarise the year in his words; affirm what he did; leave the door open."),
                ("Mentee", "You are proud and a little afraid."),
                OBSERVER,
            ],
        ),
        BREAK,
        activity("Evaluation and closing", "discussion", 45, "<p>The questionnaire, and a round of thanks.</p>"),
    ],
    "extremism-and-radicalisation-course": [
        day("Day 1", "09:00"),
        activity(
            "Pathways in and out",
            "input",
            90,
            "<p>Radicalisation as a process; militant Islamism, right-wing extremism, gang exit and hate crime "
            "compared; disengagement is not the same as deradicalisation.</p>",
            "Slides; the briefings on disengagement",
        ),
        BREAK,
        activity(
            "Ideology comes up",
            "exercise",
            60,
            "<p>In pairs: respond to ideological statements with curiosity about the person, not the doctrine.</p>",
            "Statement cards",
            "Stop any pair that starts debating the ideology; ask what the statement does for the person.",
        ),
        LUNCH,
        day("Day 2", "09:00"),
        role_play(
            "A statement in the visiting room",
            60,
            "A mentee in remand says a hate-crime victim “had it coming”.",
            [
                (
                    "Mentor",
                    "Do not argue and do not agree. Reflect what lies under it; say calmly where you stand if asked.",
                ),
                ("Mentee", "You are testing the mentor. You feel humiliated by the charge."),
                OBSERVER,
            ],
        ),
        activity(
            "The mentor's own safety",
            "input",
            60,
            "<p>Boundaries, contact details, meeting places, when to raise a concern.</p>",
        ),
    ],
    "coach-training-day-1-role-and-supervision": [
        day("Day 1", "09:00"),
        activity(
            "The coach role",
            "input",
            45,
            "<p>What a coach is and is not; supervision in the spirit of MI.</p>",
        ),
        role_play(
            "A supervision conversation",
            60,
            "A mentor says their mentee has stopped coming and they feel they failed.",
            [
                ("Coach", "Reflect before you advise; ask what the mentor already tried."),
                ("Mentor", "You are discouraged and a little defensive."),
                OBSERVER,
            ],
        ),
        BREAK,
        activity(
            "Writing the supervision record",
            "exercise",
            45,
            "<p>Write a record on the platform from the role play: summary, actions, no names.</p>",
        ),
    ],
    "coach-training-day-2-feedback-and-concerns": [
        day("Day 1", "09:00"),
        activity(
            "MITI 4.2.1: the codes",
            "input",
            60,
            "<p>The four global scores with their anchors, the ten behaviour counts, the summary scores and "
            "thresholds.</p>",
            "The coach module Coding practice conversations with MITI 4.2.1",
        ),
        activity(
            "Coding a reference transcript",
            "exercise",
            60,
            "<p>Each coach codes a reference transcript on the platform and compares with the model coding; the "
            "group discusses the codes furthest apart.</p>",
            "Laptops; Supervision > MITI calibration",
        ),
        BREAK,
        role_play(
            "Feedback without a grade",
            45,
            "A coach gives feedback on a coded practice conversation with ratio 0.5 and no complex reflections.",
            [
                ("Coach", "Share the counts as information; ask what the mentor notices first."),
                ("Mentor", "You thought it went well."),
                OBSERVER,
            ],
        ),
        activity(
            "Concerns",
            "discussion",
            45,
            "<p>When and how to raise a concern with the programme manager.</p>",
        ),
    ],
}
