"""Demo briefings for seed_demo: the situations are invented, on the themes of the source report; the sources and
further reading they cite are real, public publications."""

BRIEFINGS = [
    # ------------------------------------------------------------------
    # 1. Online radicalisation (older version, superseded by entry 4)
    # ------------------------------------------------------------------
    {
        "slug": "online-radicalisation",
        "title": "Demo: Talking with mentees about online radicalisation",
        "summary": (
            "This demo briefing describes what mentors in an invented pilot noticed about mentees who first met "
            "extremist ideas online. Online groups often offered belonging, respect and purpose before any "
            "ideology took hold. Mentors should explore what the mentee gained online with open questions and "
            "reflections, avoid arguing about content, never investigate accounts themselves, and pass any "
            "safety concern to the programme manager, following their service's procedure."
        ),
        "urgency": "important",
        "published_days_ago": 220,
        "review_in_days": 365,
        "tags": ["online radicalisation"],
        "supersedes": None,
        "related_modules": ["core-skills-oars", "change-talk-and-sustain-talk"],
        "body": [
            ("heading", "What mentors in the demo pilot noticed"),
            (
                "paragraph",
                "<p>In this invented pilot, many mentees said they first met extremist ideas online, often long "
                "before they met anyone in person. Videos, chat groups and forums offered a sense of belonging, "
                "purpose and excitement, and sometimes a simple story in which their own grievances finally made "
                "sense. For some, the online world was the place where they felt most respected.</p>",
            ),
            (
                "paragraph",
                "<p>In prison, access to the internet is limited, but online relationships often carry on in the "
                "mentee's mind: loyalty to people they have never met, admiration for online figures, and the "
                "expectation of reconnecting after release. Treat these ties as <strong>real relationships with "
                "a real pull</strong>, not as something that disappears when the device is taken away.</p>",
            ),
            ("heading", "What mentors should do"),
            (
                "paragraph",
                "<p>Be curious rather than alarmed. Ask open questions about what the mentee found online and what "
                "it gave them, for example <em>What did those conversations give you that was missing "
                "elsewhere?</em> Reflect the needs underneath, such as belonging, recognition and meaning, and "
                "explore other ways the mentee could meet them. Avoid debating content line by line; arguing "
                "tends to strengthen sustain talk.</p>",
            ),
            (
                "paragraph",
                "<p>You are a mentor, not a monitor. Do not ask mentees to show you their accounts, and never go "
                "looking for them online yourself. If something a mentee says worries you about their safety or "
                "someone else's, tell the programme manager and follow your service's procedure.</p>",
            ),
            (
                "key_point",
                {
                    "title": "Needs before content",
                    "text": (
                        "Online groups usually meet a need before they change a belief. Explore that need with "
                        "the mentee and you open space for change."
                    ),
                },
            ),
            (
                "sources",
                [
                    {
                        "title": "Radicalisation in the digital era: The use of the internet in 15 cases of terrorism and extremism",
                        "publisher": "Ines von Behr, Anaïs Reding, Charlie Edwards and Luke Gribbon, RAND Europe, 2013",
                    },
                ],
            ),
        ],
    },
    # ------------------------------------------------------------------
    # 2. Family and old friends around release (past its review date)
    # ------------------------------------------------------------------
    {
        "slug": "family-and-old-friends-around-release",
        "title": "Demo: Involving family and old friends around release",
        "summary": (
            "This demo briefing covers family members and old friends outside the extremist or gang "
            "environment, who can be an important resource in the months around release. Involvement is often "
            "hard early in a sentence, and some mentees do not want it. Mentors should map relationships with "
            "the mentee, respect their choices, raise contact as release approaches, and never contact "
            "relatives themselves without agreement from the mentee and the programme manager."
        ),
        "urgency": "routine",
        "published_days_ago": 400,
        "review_in_days": 180,
        "tags": ["release and families"],
        "supersedes": None,
        "related_modules": ["core-skills-oars", "planning-and-commitment"],
        "body": [
            ("heading", "Why networks matter"),
            (
                "paragraph",
                "<p>Leaving an extremist group or a gang often means losing friends, status and a daily routine "
                "all at once. In this demo programme, mentees who had at least one trusted person outside the old "
                "environment, such as a parent, a sibling, a cousin, a school friend or a former sports coach, "
                "seemed to cope better with the first months after release.</p>",
            ),
            (
                "paragraph",
                "<p>The timing is difficult. Early in a long sentence, release feels far away and family plans "
                "feel abstract. Some mentees also do not want their family involved, because of shame, old "
                "conflicts or a wish to protect them. <strong>That choice belongs to the mentee</strong>, and it "
                "may change over time.</p>",
            ),
            ("heading", "Practical steps for mentors"),
            (
                "paragraph",
                "<p>Start by asking who matters to the mentee, who they miss and who they have lost touch with. A "
                "simple drawn map of relationships can help, marking which people pull towards the old "
                "environment and which pull away from it. As release approaches, ask what the mentee would like "
                "to say to someone, and whether they would like support in arranging contact through the proper "
                "channels.</p>",
            ),
            (
                "paragraph",
                "<p>Never contact relatives or old friends on your own initiative, and agree every step with the "
                "mentee and the programme manager. Some family members may be part of the problem, and some may "
                "be at risk themselves; your service's procedure decides what is appropriate. Families can often "
                "help most with practical matters such as housing, training and work.</p>",
            ),
            (
                "key_point",
                {
                    "title": "The mentee decides who is involved",
                    "text": (
                        "Family and old friends can be a strong resource, but only with the mentee's agreement "
                        "and through your service's procedure."
                    ),
                },
            ),
            (
                "sources",
                [
                    {
                        "title": "Back on Track: A pilot project on the prevention of radicalisation among inmates. Final report",
                        "publisher": "Danish Department of Prisons and Probation and Danish Ministry of Children, Gender Equality, Integration and Social Affairs, June 2014",
                    },
                    {
                        "title": "Responses to returnees: Foreign terrorist fighters and their families",
                        "publisher": "Radicalisation Awareness Network (RAN), European Commission, 2017",
                    },
                ],
            ),
        ],
    },
    # ------------------------------------------------------------------
    # 3. Crossover between gang and extremist environments
    # ------------------------------------------------------------------
    {
        "slug": "gang-and-extremist-crossover",
        "title": "Demo: When gang and extremist environments overlap",
        "summary": (
            "This demo briefing notes that mentors increasingly meet mentees who have moved between criminal "
            "gangs and extremist groups, or belong to both. The core mentoring approach works in both "
            "settings. Mentors should avoid labels, explore what each environment has given and cost the "
            "mentee, stay alert to pressure from more than one direction, and bring any concern about risk to "
            "the programme manager rather than assessing it alone."
        ),
        "urgency": "important",
        "published_days_ago": 40,
        "review_in_days": 180,
        "tags": ["gang crossover"],
        "supersedes": None,
        "related_modules": ["spirit-of-mi", "responding-to-discord"],
        "body": [
            ("heading", "What has changed"),
            (
                "paragraph",
                "<p>Mentors increasingly meet mentees whose story does not fit one box. Someone may have grown up "
                "in a street gang and later joined an extremist group, or moved back and forth between the two, "
                "carrying contacts and habits of violence from one to the other. In some of the invented cases "
                "behind this demo briefing, the extremist group offered a way to feel that past crime was now "
                "justified or even redeemed.</p>",
            ),
            (
                "paragraph",
                "<p>The encouraging news is that the core of mentoring stays the same. Mentors in the demo "
                "programme who had worked with both groups found that motivational interviewing, a steady "
                "relationship and practical help with housing, work and new networks were <strong>useful in "
                "both</strong>.</p>",
            ),
            ("heading", "What mentors should do"),
            (
                "paragraph",
                "<p>Avoid labelling. Ask the mentee how they describe themselves and the people around them, and "
                "use their words where that is appropriate. Explore what each environment gave them, such as "
                "protection, money, brotherhood or a cause, and what each has cost them. Ambivalence often sits "
                "in the gap between those two lists, and that is where change talk can grow.</p>",
            ),
            (
                "paragraph",
                "<p>Remember that pressure to stay can come from more than one direction, and that leaving may "
                "carry real risks. Do not try to assess threats yourself or negotiate with anyone from either "
                "environment. Share concerns with the programme manager, follow your service's procedure, and "
                "ask for supervision if you feel out of your depth.</p>",
            ),
            (
                "key_point",
                {
                    "title": "Same skills, wider picture",
                    "text": (
                        "The motivational interviewing skills you already use work in both environments. What "
                        "changes is the picture of loyalties and pressures you need to explore with the mentee."
                    ),
                },
            ),
            (
                "sources",
                [
                    {
                        "title": "“I'm down for a Jihad”: How 100 years of gang research can inform the study of terrorism, radicalization and extremism",
                        "publisher": "Scott H. Decker and David C. Pyrooz, Perspectives on Terrorism 9(1), 2015",
                    },
                    {
                        "title": "Motives and methods for leaving the gang: Understanding the process of gang desistance",
                        "publisher": "David C. Pyrooz and Scott H. Decker, Journal of Criminal Justice 39(5), 2011",
                    },
                ],
            ),
        ],
    },
    # ------------------------------------------------------------------
    # 4. Online radicalisation (updated, supersedes entry 1)
    # ------------------------------------------------------------------
    {
        "slug": "online-radicalisation-update",
        "title": "Demo: Online radicalisation - updated guidance for mentors",
        "summary": (
            "This demo briefing replaces the earlier one on online radicalisation. The core advice stands, but "
            "invented evaluation data now show mixed and shifting views, more influence from short videos and "
            "private chats, and mentees planning to reconnect online soon after release. Mentors should take "
            "online life seriously even without a clear ideology, listen for change talk about it, and include "
            "online habits and contacts in release planning."
        ),
        "urgency": "important",
        "published_days_ago": 10,
        "review_in_days": 180,
        "tags": ["online radicalisation"],
        "supersedes": "online-radicalisation",
        "related_modules": ["change-talk-and-sustain-talk", "planning-and-commitment"],
        "body": [
            ("heading", "What is new since the previous briefing"),
            (
                "paragraph",
                "<p>This demo briefing replaces the earlier briefing on online radicalisation. The core advice "
                "still stands: be curious, explore the needs that online spaces meet, and leave any monitoring to "
                "others. Three things have changed in our invented evaluation data since then.</p>",
            ),
            (
                "paragraph",
                "<p><strong>First</strong>, mentees describe a wider mix of content. Many did not follow one clear "
                "ideology but picked up pieces from several, mixed with conspiracy stories, dark humour and anger "
                "about personal experiences. <strong>Second</strong>, short videos and private group chats now "
                "matter more than long texts or open forums. <strong>Third</strong>, mentees nearing release more "
                "often say that reconnecting online will be one of the first things they do.</p>",
            ),
            ("heading", "What this means in practice"),
            (
                "paragraph",
                "<p>Do not wait for a named ideology before you take a mentee's online life seriously. Ask what "
                "they watched, who they talked to and how it made them feel. Reflect both sides, for example "
                "<em>Part of you misses those chats, and part of you is tired of being angry all the time.</em> "
                "Listen for change talk about wanting different content, different friends or a different "
                "routine.</p>",
            ),
            (
                "paragraph",
                "<p>Include online life in release planning. Explore with the mentee what a healthy first week "
                "online might look like, which contacts they want to avoid and who they could turn to instead. As "
                "before, never look up a mentee's accounts yourself, and pass any concern about safety to the "
                "programme manager under your service's procedure.</p>",
            ),
            (
                "key_point",
                {
                    "title": "Mixed views, same method",
                    "text": (
                        "A mentee does not need a clear ideology for online influence to matter. Explore "
                        "feelings and needs, and make online life part of release planning."
                    ),
                },
            ),
            (
                "sources",
                [
                    {
                        "title": "Determining the role of the internet in violent extremism and terrorism: Six suggestions for progressing research",
                        "publisher": "Maura Conway, Studies in Conflict & Terrorism 40(1), 2017",
                    },
                    {
                        "title": "Radicalisation in the digital era: The use of the internet in 15 cases of terrorism and extremism",
                        "publisher": "Ines von Behr, Anaïs Reding, Charlie Edwards and Luke Gribbon, RAND Europe, 2013",
                    },
                ],
            ),
        ],
    },
    # ------------------------------------------------------------------
    # 5. Travel to conflict zones (urgent)
    # ------------------------------------------------------------------
    {
        "slug": "travel-to-conflict-zones",
        "title": "Demo: Young people who want to travel to a conflict abroad",
        "summary": (
            "In this demo scenario, mentors report that several younger mentees talk about travelling abroad "
            "to take part in an armed conflict. Mentors are not asked to judge how serious a plan is. They "
            "should report any concrete plan, or anyone encouraging travel, to the programme manager the same "
            "day under their service's procedure, then stay in the relationship, reflect the values behind the "
            "wish and explore other ways to act on them."
        ),
        "urgency": "urgent",
        "published_days_ago": 2,
        "review_in_days": 60,
        "tags": ["foreign fighters", "young people"],
        "supersedes": None,
        "related_modules": ["change-talk-and-sustain-talk", "responding-to-discord"],
        "body": [
            ("heading", "Why this briefing is urgent"),
            (
                "paragraph",
                "<p>In the invented scenario behind this demo briefing, mentors report that several younger "
                "mentees have begun talking about travelling abroad to take part in an armed conflict. The talk "
                "may be admiring, vague or very specific. It often comes with strong feelings about injustice, a "
                "wish to protect others, or a search for adventure and a clear role.</p>",
            ),
            (
                "paragraph",
                "<p>Mentors are not expected to judge how serious a plan is. Your task is to keep the relationship "
                "open while making sure the right people know. <strong>Any mention of a concrete plan to travel, "
                "or of someone encouraging the mentee to go, must be reported to the programme manager the same "
                "day</strong>, following your service's procedure. Be honest with mentees from the start that "
                "there are things you cannot keep to yourself.</p>",
            ),
            ("heading", "How to respond in conversation"),
            (
                "paragraph",
                "<p>Stay calm and avoid lecturing or frightening the mentee; strong warnings tend to produce "
                "sustain talk and can end the conversation. Reflect the values underneath, for example <em>You "
                "care a lot about people who are suffering there.</em> Then explore other ways of acting on that "
                "concern, such as humanitarian study, volunteering, or supporting family and community here.</p>",
            ),
            (
                "paragraph",
                "<p>Ask about the costs as the mentee sees them: family left behind, plans for the future, and "
                "what returning people have said about life in a war zone. Notice and reflect any change talk, "
                "however small. After a conversation like this, look after yourself and use supervision.</p>",
            ),
            (
                "key_point",
                {
                    "title": "Report, then stay in the relationship",
                    "text": (
                        "Pass any concrete travel plan to the programme manager the same day. Then keep "
                        "listening, because the relationship may be the mentee's best reason to stay."
                    ),
                },
            ),
            (
                "sources",
                [
                    {
                        "title": "Responses to returnees: Foreign terrorist fighters and their families",
                        "publisher": "Radicalisation Awareness Network (RAN), European Commission, 2017",
                    },
                ],
            ),
        ],
    },
    # ------------------------------------------------------------------
    # 6. The mentor's own safety (routine)
    # ------------------------------------------------------------------
    {
        "slug": "mentor-safety",
        "title": "Demo: Your own safety as a mentor",
        "summary": (
            "Mentors meet people leaving environments where threats and pressure are normal, and a mentee who "
            "leaves a group can himself be threatened by it. This briefing sets out the habits that keep mentors "
            "safe: meet in agreed places, keep private contact details private, know the concern procedure, and "
            "use supervision for what a meeting leaves behind."
        ),
        "urgency": "routine",
        "published_days_ago": 30,
        "review_in_days": 365,
        "tags": ["mentor wellbeing"],
        "supersedes": None,
        "related_modules": ["spirit-of-mi", "responding-to-discord"],
        "body": [
            ("heading", "Why safety belongs in the work"),
            (
                "paragraph",
                "<p>Leaving a gang or an extremist group is rarely welcome to the group. People who leave can face "
                "pressure, threats or worse, and those who help them are sometimes drawn in. Most mentoring "
                "relationships never meet this; planning for it is still part of the role.</p>",
            ),
            ("heading", "Habits that keep you safe"),
            (
                "paragraph",
                "<ul>"
                "<li>Meet in the places agreed in the mentoring agreement: the prison, the probation office, "
                "public places in daytime. Not at your home, not in the mentee's old area.</li>"
                "<li>Use the programme's phone number and e-mail; keep your address, family and social media "
                "private.</li>"
                "<li>Tell the programme manager at once about threats against you or the mentee, and about any "
                "request to carry messages or objects.</li>"
                "<li>Leave a meeting that feels unsafe. You do not have to explain why there and then.</li>"
                "</ul>",
            ),
            ("heading", "After a hard meeting"),
            (
                "paragraph",
                "<p>What mentors hear can stay with them: violence, loss, views that offend. Talk it through with "
                "your coach or in supervision, and notice signs of strain in yourself: poor sleep, dread before "
                "meetings, taking the work home.</p>",
            ),
            (
                "key_point",
                {
                    "title": "Boundaries protect the relationship",
                    "text": (
                        "Clear meeting places and private contact details are not distrust: they keep the mentor "
                        "able to stay in the relationship."
                    ),
                },
            ),
            (
                "sources",
                [
                    {
                        "title": "Back on Track: A pilot project on the prevention of radicalisation among inmates. Final report",
                        "publisher": "Danish Department of Prisons and Probation and Danish Ministry of Children, Gender Equality, Integration and Social Affairs, June 2014",
                    },
                    {
                        "title": "Leaving Terrorism Behind: Individual and Collective Disengagement",
                        "publisher": "Tore Bjørgo and John Horgan (eds.), Routledge, 2009",
                    },
                ],
            ),
        ],
    },
    # ------------------------------------------------------------------
    # 7. Disengagement and deradicalisation (routine)
    # ------------------------------------------------------------------
    {
        "slug": "disengagement-and-deradicalisation",
        "title": "Demo: Leaving a group is not the same as changing one's mind",
        "summary": (
            "Research on people leaving extremist groups separates disengagement, leaving the group and its "
            "violence, from deradicalisation, giving up its ideas. Many disengage first, for personal reasons, "
            "and their views change later or not at all. Mentors support the leaving: a life, a network and "
            "reasons that hold, without making a change of belief the condition."
        ),
        "urgency": "routine",
        "published_days_ago": 75,
        "review_in_days": 730,
        "tags": ["disengagement"],
        "supersedes": None,
        "related_modules": ["change-talk-and-sustain-talk", "planning-and-commitment"],
        "body": [
            ("heading", "Two different changes"),
            (
                "paragraph",
                "<p><strong>Disengagement</strong> is a change in behaviour: leaving the group, its activities "
                "and its violence. <strong>Deradicalisation</strong> is a change in belief: giving up the "
                "ideology. Studies of people who left right-wing, militant Islamist and other violent groups find "
                "that many leave because of disillusion with the group, burn-out, the wish for a family or a job, "
                "while their views change slowly, later, or only in part.</p>",
            ),
            ("heading", "What it means for mentors"),
            (
                "paragraph",
                "<p>Support the leaving: housing, work, a network outside the group, and the mentee's own reasons "
                "for a different life. Do not make a change of belief the entry ticket; arguing about ideology "
                "tends to strengthen it. When views come up, stay curious about what they do for the person, and "
                "say calmly where you stand if you are asked.</p>",
            ),
            (
                "key_point",
                {
                    "title": "Behaviour first",
                    "text": (
                        "A mentee who has left the group and its violence has made the change that matters most "
                        "for safety, even if his views have not caught up."
                    ),
                },
            ),
            (
                "sources",
                [
                    {
                        "title": "Walking Away from Terrorism: Accounts of Disengagement from Radical and Extremist Movements",
                        "publisher": "John Horgan, Routledge, 2009",
                    },
                    {
                        "title": "Leaving Terrorism Behind: Individual and Collective Disengagement",
                        "publisher": "Tore Bjørgo and John Horgan (eds.), Routledge, 2009",
                    },
                    {
                        "title": "How extremist experiences become valuable knowledge in EXIT programmes",
                        "publisher": "Tina Wilchen Christensen, Journal for Deradicalization 3, 2015",
                    },
                ],
            ),
        ],
    },
]
