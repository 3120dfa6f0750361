"""The demo programme's curriculum for seed_demo: invented, original teaching material.

The modules and lessons are read from their content files (courses/demo/content/en/, see courses.demo.content);
the seminar days are described here.
"""

from courses.demo.content import read_track

MENTOR_MODULES = read_track("en", "mentor")
COACH_MODULES = read_track("en", "coach")


SEMINARS = [
    {
        "slug": "seminar-1-foundations",
        "title": "Seminar 1: The mentor role and the foundations of MI",
        "kind": "seminar",
        "days": 2,
        "objectives": (
            "<p>The first seminar introduces the programme, the mentor role and the spirit of motivational "
            "interviewing. By the end of the two days, mentors will:</p>"
            "<ul>"
            "<li>understand the aims of the programme, the mentor role and its boundaries, and how mentors work "
            "alongside prison and probation staff;</li>"
            "<li>know the framework for mentoring: the mentoring agreement and its review every three months, "
            "confidentiality, and what must be passed on to the programme manager;</li>"
            "<li>have experienced partnership, acceptance, compassion and evocation in practical exercises;</li>"
            "<li>recognise their own righting reflex and have practised holding it back;</li>"
            "<li>have met the other mentors in their intake and the coaches who will support them.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Complete the module <strong>The spirit of motivational interviewing and the four processes</strong> "
            "before the first day. "
            "Think of one or two personal experiences of being helped, or not helped, to change, and be ready to "
            "talk about them in a small group if you wish. Bring any questions about the practical side of "
            "mentoring, such as meetings, visits and contact with the institutions.</p>"
        ),
    },
    {
        "slug": "seminar-2-mi-skills",
        "title": "Seminar 2: MI skills in practice",
        "kind": "seminar",
        "days": 2,
        "objectives": (
            "<p>The second seminar is mostly practice, in pairs and small groups. Mentors will:</p>"
            "<ul>"
            "<li>use open questions, affirmations, reflections and summaries in role plays based on realistic "
            "mentoring situations;</li>"
            "<li>tell simple from complex reflections and practise making more complex ones;</li>"
            "<li>recognise change talk and sustain talk, and practise drawing out and responding to change "
            "talk;</li>"
            "<li>take part in a short observed practice conversation and receive feedback from a coach based on "
            "simple counts.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Complete the modules <strong>Engaging: open questions, affirmations, reflections and "
            "summaries</strong>, <strong>Focusing: finding a direction together</strong> and <strong>Evoking: "
            "change talk and sustain talk</strong>. During the week before, try "
            "reflecting in everyday conversations and write down three examples: what the other person said, "
            "what you reflected, and what happened next.</p>"
        ),
    },
    {
        "slug": "seminar-3-plans-release-families",
        "title": "Seminar 3: Mentoring plans, release and families",
        "kind": "seminar",
        "days": 2,
        "objectives": (
            "<p>The third seminar moves from conversation to action. Mentors will:</p>"
            "<ul>"
            "<li>recognise when a mentee is ready to plan, and practise testing readiness;</li>"
            "<li>build change plans around release, housing, work or education, and new networks;</li>"
            "<li>explore how family and old friends from outside the criminal or extremist environment can be "
            "involved, and when to be careful;</li>"
            "<li>prepare for the three-monthly review of the mentoring agreement with the programme manager and "
            "institution staff;</li>"
            "<li>practise responding to setbacks and to discord without losing the relationship.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Complete the modules <strong>Sustain talk and discord</strong> and <strong>Planning: from "
            "commitment to a change plan</strong>. If you already have a mentee, bring one planning challenge to discuss, "
            "referring to the mentee only by case code. If not, think about what you would want in place in the "
            "first week after a release.</p>"
        ),
    },
    {
        "slug": "follow-up-1",
        "title": "Follow-up seminar 1: Bringing experience back",
        "kind": "follow_up",
        "days": 1,
        "objectives": (
            "<p>A day to connect early mentoring experience with the training. Mentors will:</p>"
            "<ul>"
            "<li>share what has worked and what has been hard in their first mentoring relationships;</li>"
            "<li>refresh OARS and change talk skills through short practice rounds;</li>"
            "<li>discuss anonymised situations in small groups, with a coach in each group;</li>"
            "<li>set one or two personal learning goals to work on with their coach.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Read back through your private reflections from the modules. Prepare one situation that went well "
            "and one that was difficult, using case codes only. If you can, bring a short practice recording or a "
            "written note of an exchange you would like feedback on.</p>"
        ),
    },
    {
        "slug": "follow-up-2",
        "title": "Follow-up seminar 2: Sustaining the work",
        "kind": "follow_up",
        "days": 1,
        "objectives": (
            "<p>The second follow-up focuses on keeping going over time. Mentors will:</p>"
            "<ul>"
            "<li>review progress against their learning goals with their coach;</li>"
            "<li>practise responding to discord and setbacks in longer role plays;</li>"
            "<li>discuss boundaries, their own wellbeing, and how mentoring relationships come to an end or "
            "change shape after release;</li>"
            "<li>agree how they will keep learning through supervision and networking days.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Look again at your learning goals from the first follow-up seminar and note where you have got "
            "to. Think about one moment in your mentoring that tested your patience or your values, and what "
            "helped you through it.</p>"
        ),
    },
    {
        "slug": "extremism-and-radicalisation-course",
        "title": "Course on extremism and radicalisation",
        "kind": "extremism_course",
        "days": 2,
        "objectives": (
            "<p>A two-day course delivered together with partner authorities, such as the national security and "
            "intelligence service and the ministry responsible for integration and social affairs. Mentors "
            "will:</p>"
            "<ul>"
            "<li>understand common pathways into extremist environments, including the needs for belonging, "
            "identity, meaning and protection that groups can appear to meet;</li>"
            "<li>understand pathways out, and the role of family, new networks, work and practical support in "
            "leaving;</li>"
            "<li>learn about current developments, such as people travelling to conflict zones, online "
            "radicalisation and propaganda, and the growing crossover between criminal gangs and extremist "
            "groups;</li>"
            "<li>know what kinds of signs give cause for concern, and that such concerns go to the programme "
            "manager according to the service's procedure;</li>"
            "<li>connect this knowledge to MI: understanding the person without debating doctrine.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Complete the lesson <strong>When ideology comes up</strong> in the module <strong>Responding to "
            "discord</strong>, and read the latest briefings on the platform. Note any questions you would like "
            "the speakers to address. The field changes quickly, so the facilitators will confirm the current "
            "topics shortly before the course.</p>"
        ),
    },
    {
        "slug": "networking-day",
        "title": "Networking day",
        "kind": "networking_day",
        "days": 1,
        "objectives": (
            "<p>Networking days bring together active mentors from all intakes. Every mentor attends at least "
            "one. On the day, mentors will:</p>"
            "<ul>"
            "<li>meet mentors and coaches from other intakes and exchange experience;</li>"
            "<li>hear short presentations on current topics and discuss them in groups;</li>"
            "<li>learn about developments in the programme and in the field;</li>"
            "<li>build a network of peers to draw on between seminars.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Sign up on the platform and read the agenda. Think of one experience or question from your "
            "mentoring that you would like to share, referring to any mentee only by case code.</p>"
        ),
    },
]


COACH_SEMINARS = [
    {
        "slug": "coach-training-day-1-role-and-supervision",
        "title": "Coach training day 1: The coach role and supervision",
        "kind": "coach_training",
        "days": 1,
        "objectives": (
            "<p>The first coach training day prepares mentors to supervise their peers. Coaches will:</p>"
            "<ul>"
            "<li>understand the coach role between seminars, and how it differs from the programme manager's "
            "role;</li>"
            "<li>practise running a supervision conversation in the spirit of MI, in groups of three;</li>"
            "<li>agree ground rules for confidentiality, case codes and supervision records;</li>"
            "<li>recognise signs of strain in mentors and discuss ways to support their wellbeing.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Complete the first two lessons of the module <strong>Supervising a fellow mentor</strong>. Think "
            "about the best and the worst supervision or feedback you have ever received, and what made the "
            "difference.</p>"
        ),
    },
    {
        "slug": "coach-training-day-2-feedback-and-concerns",
        "title": "Coach training day 2: Practice feedback and concerns",
        "kind": "coach_training",
        "days": 1,
        "objectives": (
            "<p>The second coach training day focuses on feedback and on concerns. Coaches will:</p>"
            "<ul>"
            "<li>code short practice conversations with MITI 4.2.1: the ten behaviour counts and the four global "
            "scores (cultivating change talk, softening sustain talk, partnership, empathy);</li>"
            "<li>work out and interpret the balance of reflections to questions and the share of complex "
            "reflections;</li>"
            "<li>practise giving feedback that starts from the mentor's own view and ends with one clear next "
            "step;</li>"
            "<li>recognise concerns about risk, boundaries or wellbeing, and know to raise them with the "
            "programme manager following the service's procedure.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Complete the lesson <strong>Feedback on practice and raising concerns</strong>. Bring a short "
            "practice recording or transcript (your own, or a colleague's with their consent) and tally the "
            "questions, reflections and affirmations in it before you arrive.</p>"
        ),
    },
]
