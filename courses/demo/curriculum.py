"""Demo curriculum for seed_demo: invented, original teaching text (demo material)."""

MENTOR_MODULES = [
    # ------------------------------------------------------------------
    # Module 1
    # ------------------------------------------------------------------
    {
        "slug": "spirit-of-mi",
        "title": "The spirit of motivational interviewing",
        "intro": (
            "This module introduces the attitude that sits underneath every motivational interviewing "
            "conversation. You will look at partnership, acceptance, compassion and evocation, learn to notice "
            "your own urge to put things right for a mentee, and see why lecturing someone who is involved in an "
            "extremist group or a gang tends to push them further in. Everything in the later modules builds on "
            "this foundation."
        ),
        "estimated_minutes": 45,
        "lessons": [
            {
                "slug": "why-the-spirit-matters",
                "title": "Why the spirit matters more than the technique",
                "summary": (
                    "Motivational interviewing is a way of being with someone, and mentees notice the attitude "
                    "long before they notice the technique."
                ),
                "body": [
                    ("heading", "A way of being, not a script"),
                    (
                        "paragraph",
                        (
                            "<p>Motivational interviewing (MI) is a collaborative way of talking with someone about "
                            "change. It has skills you can learn and practise, and you will do that in the next "
                            "modules. But the skills only work when they carry a particular attitude, often called "
                            "the <em>spirit</em> of MI. Without it, open questions feel like an interrogation and "
                            "reflections sound like a trick.</p>"
                            "<p>Most of the people you will mentor have spent years being assessed, searched, "
                            "instructed and judged. Many have learned to read adults in authority very quickly. Within "
                            "a few minutes a mentee will sense whether you are curious about them, or whether you "
                            "have already decided who they are and what they need. That first impression decides "
                            "whether they tell you anything true.</p>"
                        ),
                    ),
                    ("heading", "What mentees notice"),
                    (
                        "paragraph",
                        (
                            "<p>Picture the first meeting from the mentee's side. They have agreed to see a mentor "
                            "they have never met. They may suspect you report to the authorities, feel ashamed of "
                            "where they are, or simply be bored. What they look for is not expertise but signals:</p>"
                            "<ul>"
                            "<li>Do you listen, or wait for your turn to speak?</li>"
                            "<li>Do you accept that their life is theirs to decide?</li>"
                            "<li>Are you interested in what matters to them, or only in what worries you?</li>"
                            "</ul>"
                            "<p>Compare two openings. One mentor says: “I'm here to help you stay away from that crowd "
                            "when you get out.” Another says: “I don't know much about you yet. What would make these "
                            "meetings worth your time?” The first tells the mentee what their problem is. The second "
                            "invites them to say what they want, and leaves room for them to surprise you.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>The spirit of MI is not about being soft or agreeing with everything. You can be "
                            "honest, keep your boundaries and follow the rules of your service while still treating "
                            "the mentee as the expert on their own life. That combination is what makes real "
                            "conversations about change possible later on.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Attitude comes first",
                            "text": (
                                "The skills of MI only work when they carry genuine curiosity and respect. Mentees "
                                "read your attitude before they hear your words."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Think of a time someone tried to change your mind or your habits. What did they do "
                                "that made you more open, and what made you dig in?"
                            ),
                            "guidance": (
                                "Write freely for five minutes and be specific about words, tone and timing rather "
                                "than general impressions."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "the-four-elements",
                "title": "Partnership, acceptance, compassion and evocation",
                "summary": ("The four elements of the MI spirit, and what each one looks like in a mentoring meeting."),
                "body": [
                    ("heading", "Four elements that work together"),
                    (
                        "paragraph",
                        (
                            "<p>The spirit of MI is often described through four linked elements. None of them is a "
                            "technique; each is a way of positioning yourself in the conversation.</p>"
                            "<ul>"
                            "<li><strong>Partnership.</strong> You work with the mentee, not on them. You bring "
                            "knowledge of the system and of life outside; they bring knowledge of themselves, their "
                            "history and what they are willing to try. Neither is complete without the other.</li>"
                            "<li><strong>Acceptance.</strong> You respect the person's worth and their right to make "
                            "their own choices, you try to see how things look from where they stand, and you notice "
                            "their strengths. Acceptance does not mean approving of what they have done.</li>"
                            "<li><strong>Compassion.</strong> You actively put the mentee's wellbeing first. You are "
                            "not there to win, to collect information or to feel useful.</li>"
                            "<li><strong>Evocation.</strong> You assume that reasons and ideas for change are already "
                            "in the person, and your job is to draw them out rather than install them.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "What it sounds like"),
                    (
                        "paragraph",
                        (
                            "<p>In a second meeting, a mentee called Mikkel, who is leaving a right-wing extremist group, says: "
                            "“Everyone keeps telling me my friends "
                            "are the problem. They're the only ones who visited me.”</p>"
                            "<p>A mentor working in partnership and acceptance does not correct him. She might say: "
                            "“They stood by you when it counted, and that loyalty matters to you.” Mikkel hears that "
                            "she understood what he values. Later, evocation might sound like: “If things went the way "
                            "you wanted after release, what would an ordinary week look like?” The answer belongs to "
                            "Mikkel, and it usually holds far more useful material than any advice would.</p>"
                            "<p>Acceptance is often the hardest element with this group. You may hear views you find "
                            "offensive, or learn about offences that shock you. You do not have to pretend you are "
                            "not human, but you set your reaction aside during the meeting and take it to supervision "
                            "instead.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Acceptance is not approval",
                            "text": (
                                "You can respect a person's worth and autonomy without agreeing with their views or "
                                "excusing their actions. Take your own reactions to supervision, not into the meeting."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Which of the four elements will be hardest for you with a mentee whose views or "
                                "offences you find difficult, and why?"
                            ),
                            "guidance": (
                                "Be honest rather than ideal; naming the difficulty now makes it easier to handle in "
                                "the room and to raise with your coach."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "the-righting-reflex",
                "title": "The righting reflex and why lecturing backfires",
                "summary": (
                    "Why the urge to fix, warn and persuade usually strengthens the very position you hoped to weaken."
                ),
                "body": [
                    ("heading", "The urge to put things right"),
                    (
                        "paragraph",
                        (
                            "<p>When we see someone heading somewhere harmful, most of us feel a strong pull to set "
                            "them straight: to warn, argue, advise or spell out the consequences. In MI this is called "
                            "the <em>righting reflex</em>. It comes from good intentions, and it is one of the most "
                            "common reasons why conversations about change go nowhere.</p>"
                            "<p>The reason is simple. A person who is unsure about change carries arguments on both "
                            "sides. When you take the side of change, the natural response is to defend the other "
                            "side. Each time the mentee voices those arguments, they hear themselves make the case for "
                            "staying as they are, and become a little more convinced by it.</p>"
                        ),
                    ),
                    ("heading", "Why it matters even more here"),
                    (
                        "paragraph",
                        (
                            "<p>People drawn into extremist groups or gangs have often been told, in many ways, that "
                            "the outside world despises them. The group may have offered belonging, protection, "
                            "status or purpose that was hard to find anywhere else. A mentor who lectures, moralises "
                            "or mocks the group confirms the group's story: outsiders look down on us. The mentee may "
                            "defend the group more loudly, go silent, or stop coming.</p>"
                            "<p>Compare two responses to a mentee who says: “At least in the group people had my "
                            "back.”</p>"
                            "<p><strong>Righting reflex:</strong> “But look where they got you. You're in here and "
                            "they're out there.”</p>"
                            "<p><strong>MI-consistent:</strong> “Having people who had your back was important. I "
                            "wonder what it's been like in here, where that's harder to find.”</p>"
                            "<p>The first invites an argument. The second keeps the mentee talking about a real need, "
                            "and other ways of meeting that need can be explored later.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Noticing the reflex is the first step. You will feel it; everyone does. The skill lies "
                            "in pausing and choosing to understand before you try to influence.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Resist the reflex",
                            "text": (
                                "When you argue for change, the mentee tends to argue against it and hears themselves "
                                "defend the status quo. Understand first; influence later, and only with permission."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Recall a recent conversation in which you felt the urge to correct or advise someone. "
                                "What did you say, and what might you have said if you had set the urge aside?"
                            ),
                            "guidance": (
                                "Write down the actual words you used if you can, then draft one alternative that "
                                "shows understanding rather than correction."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Check your understanding",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "question": "What is the righting reflex?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "The urge to fix, warn or persuade someone when we see them heading somewhere harmful.",
                                            "correct": True,
                                            "feedback": "Right. It comes from good intentions, but arguing for change usually provokes the person to argue against it.",
                                        },
                                        {
                                            "text": "A mentee's habit of defending their group whenever it is criticised.",
                                            "correct": False,
                                            "feedback": "That defensiveness is often a reaction to the righting reflex, not the reflex itself, which is the helper's urge to correct.",
                                        },
                                        {
                                            "text": "A technique in which the mentor repeats the mentee's words back to them.",
                                            "correct": False,
                                            "feedback": "That describes a simple reflection, which is a core MI skill. The righting reflex is something to notice and hold back.",
                                        },
                                        {
                                            "text": "A mentee's ability to recover quickly after a setback.",
                                            "correct": False,
                                            "feedback": "That is resilience. The righting reflex belongs to the helper, not the mentee.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Which of these are elements of the spirit of MI as described in this module?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Partnership",
                                            "correct": True,
                                            "feedback": "Yes. You work with the mentee, each bringing different knowledge.",
                                        },
                                        {
                                            "text": "Evocation",
                                            "correct": True,
                                            "feedback": "Yes. You draw out the mentee's own reasons and ideas rather than supplying yours.",
                                        },
                                        {
                                            "text": "Compassion",
                                            "correct": True,
                                            "feedback": "Yes. You actively put the mentee's wellbeing and interests first.",
                                        },
                                        {
                                            "text": "Persuasion",
                                            "correct": False,
                                            "feedback": "No. Trying to persuade is what the righting reflex pushes us towards; MI draws out the person's own motivation instead.",
                                        },
                                    ],
                                },
                                {
                                    "question": "A mentee says: “Everyone in here treats us like animals. At least my brothers respected me.” Which response best fits the spirit of MI?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "“Being respected by the people around you matters a lot to you.”",
                                            "correct": True,
                                            "feedback": "Right. This reflects the need underneath the words without agreeing with or attacking the group.",
                                        },
                                        {
                                            "text": "“Those people are the reason you're in prison.”",
                                            "correct": False,
                                            "feedback": "This is the righting reflex. It invites the mentee to defend the group.",
                                        },
                                        {
                                            "text": "“That's not fair. The staff here are trying to help you.”",
                                            "correct": False,
                                            "feedback": "Contradicting the mentee's experience puts you on the other side of an argument and damages trust.",
                                        },
                                        {
                                            "text": "“You need to find new friends if you want to stay out.”",
                                            "correct": False,
                                            "feedback": "This is unasked-for advice. It may be true, but coming from you it is likely to be resisted.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Why does lecturing a radicalised or gang-involved mentee tend to backfire?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "It can confirm the group's message that outsiders look down on them.",
                                            "correct": True,
                                            "feedback": "Yes. A lecture can feel like proof of what the group has been saying about the outside world.",
                                        },
                                        {
                                            "text": "The mentee ends up voicing arguments for staying the same and becomes more convinced by them.",
                                            "correct": True,
                                            "feedback": "Yes. People tend to believe what they hear themselves say.",
                                        },
                                        {
                                            "text": "People in this group cannot follow reasoned argument.",
                                            "correct": False,
                                            "feedback": "No. This is untrue and disrespectful. The problem is the dynamic a lecture creates, not the mentee's ability to think.",
                                        },
                                        {
                                            "text": "It can damage trust, so the mentee stops talking openly or stops coming.",
                                            "correct": True,
                                            "feedback": "Yes. Without trust there is no conversation about change at all.",
                                        },
                                    ],
                                },
                                {
                                    "question": "What does acceptance mean in MI?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Respecting the person's worth and right to choose, without necessarily approving of their views or actions.",
                                            "correct": True,
                                            "feedback": "Right. Acceptance is about the person, not an endorsement of what they think or have done.",
                                        },
                                        {
                                            "text": "Agreeing with whatever the mentee says to keep the relationship going.",
                                            "correct": False,
                                            "feedback": "No. Pretending to agree is neither honest nor respectful, and mentees usually notice.",
                                        },
                                        {
                                            "text": "Accepting that some people will never change.",
                                            "correct": False,
                                            "feedback": "No. MI assumes that the potential for change is already present in the person.",
                                        },
                                        {
                                            "text": "Accepting the mentee's account of their offence as the full truth.",
                                            "correct": False,
                                            "feedback": "No. Acceptance is not about judging facts; it is about respecting the person and their perspective.",
                                        },
                                    ],
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Module 2
    # ------------------------------------------------------------------
    {
        "slug": "core-skills-oars",
        "title": "Core skills: open questions, affirmations, reflections and summaries",
        "intro": (
            "This module covers the four basic skills that carry every MI conversation, often remembered as OARS: "
            "open questions, affirmations, reflections and summaries. You will learn to tell simple from complex "
            "reflections, see how the skills fit together in a mentoring meeting, and practise spotting them in "
            "short examples. These are the skills your coach will listen for in practice conversations."
        ),
        "estimated_minutes": 60,
        "lessons": [
            {
                "slug": "open-questions-and-affirmations",
                "title": "Open questions and affirmations",
                "summary": (
                    "How to ask questions that invite the mentee to think aloud, and how to affirm real "
                    "strengths without empty praise."
                ),
                "body": [
                    ("heading", "Open questions"),
                    (
                        "paragraph",
                        (
                            "<p>A closed question can be answered in a word: “Did you talk to your sister?” An open "
                            "question invites the person to tell you something: “How did things go with your sister "
                            "this week?” Closed questions have their place, for example when you need to check a "
                            "practical detail, but a meeting built from them turns into a questionnaire. The mentee "
                            "answers, waits, and lets you do the work.</p>"
                            "<p>Open questions work best when they point somewhere useful. Compare “Tell me about your "
                            "week” with “What has been on your mind since we last met?” or “What would you like to be "
                            "different by the time you are released?” Ask one question at a time and give the mentee "
                            "room to answer. A silence of a few seconds is not a failure; it is often thinking.</p>"
                            "<p>Even open questions can pile up. Three in a row starts to feel like an interview. After "
                            "a question, follow the answer with a reflection before you ask anything else.</p>"
                        ),
                    ),
                    ("heading", "Affirmations"),
                    (
                        "paragraph",
                        (
                            "<p>An affirmation recognises something genuinely good in the person: a strength, an "
                            "effort, a value or an intention. It is not the same as praise. Praise puts you in the "
                            "position of judge (“Well done, I'm proud of you”). An affirmation describes what you "
                            "noticed about them, usually starting with “you” rather than “I”.</p>"
                            "<p><strong>Mentee:</strong> I went to the education office. They said the course is full "
                            "until spring.</p>"
                            "<p><strong>Mentor:</strong> You went and asked, even though you weren't sure they'd take "
                            "you seriously.</p>"
                            "<p>Affirmations must be true and specific. Mentees from gang and extremist settings have "
                            "often seen flattery used to draw them in, and they spot it quickly. Small, accurate "
                            "affirmations build trust; big, vague ones undermine it.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Open, then listen",
                            "text": (
                                "Ask one open question at a time and follow the answer with a reflection. Affirm "
                                "specific, real efforts and strengths instead of praising."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Write down three open questions you could use to start your next meeting with a "
                                "mentee, and one specific affirmation you could honestly offer them."
                            ),
                            "guidance": ("Check each question: could it be answered with one word? If so, rewrite it."),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Quick check",
                            "pass_mark": 100,
                            "questions": [
                                {
                                    "question": "Which of these is an open question?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "“What would make these meetings useful for you?”",
                                            "correct": True,
                                            "feedback": "Right. It cannot be answered with yes or no and invites the mentee to set the direction.",
                                        },
                                        {
                                            "text": "“Do you want to keep meeting?”",
                                            "correct": False,
                                            "feedback": "This is closed: it can be answered with a single word.",
                                        },
                                        {
                                            "text": "“Are you still in touch with your old friends?”",
                                            "correct": False,
                                            "feedback": "This is closed, and it may also feel like checking up on the mentee.",
                                        },
                                        {
                                            "text": "“Did you sleep badly again?”",
                                            "correct": False,
                                            "feedback": "This is closed. “How have you been sleeping?” would open it up.",
                                        },
                                    ],
                                },
                                {
                                    "question": "A mentee tells you he kept his temper when another inmate provoked him. Which response is an affirmation rather than praise?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "“You kept control of yourself even when it would have been easy not to.”",
                                            "correct": True,
                                            "feedback": "Right. It describes a specific strength the mentee showed, without you acting as judge.",
                                        },
                                        {
                                            "text": "“I'm really proud of you.”",
                                            "correct": False,
                                            "feedback": "This is praise. It is about your approval rather than the mentee's strength.",
                                        },
                                        {
                                            "text": "“Good. That's what I've been telling you to do.”",
                                            "correct": False,
                                            "feedback": "This takes the credit for the mentee's effort and puts you in the expert's seat.",
                                        },
                                        {
                                            "text": "“What did the other inmate say to you?”",
                                            "correct": False,
                                            "feedback": "This is a question, and it steers away from the mentee's achievement.",
                                        },
                                    ],
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "simple-and-complex-reflections",
                "title": "Reflections: simple and complex",
                "summary": (
                    "Reflective listening is the core skill of MI; this lesson shows how to make simple and "
                    "complex reflections."
                ),
                "body": [
                    ("heading", "What a reflection is"),
                    (
                        "paragraph",
                        (
                            "<p>A reflection is a statement, not a question, that gives back what you understood the "
                            "person to mean. It shows you are listening, lets the mentee hear their own thoughts from "
                            "the outside, and keeps them talking. A reflection ends with your voice going down, like "
                            "a statement. If your voice rises at the end, it becomes a question and the effect "
                            "changes.</p>"
                            "<p>Every reflection is a guess. You will sometimes get it wrong, and that is fine: the "
                            "mentee will correct you, and the correction tells you something new.</p>"
                        ),
                    ),
                    ("heading", "Simple and complex reflections"),
                    (
                        "paragraph",
                        (
                            "<p>A <strong>simple reflection</strong> stays close to what was said. It repeats or "
                            "rephrases, adding little. A <strong>complex reflection</strong> adds meaning: it guesses "
                            "at the feeling underneath, the value behind the words, or what the person has not yet "
                            "said out loud.</p>"
                            "<p><strong>Mentee:</strong> My mum keeps asking when I'm coming home. I don't know what to "
                            "tell her.</p>"
                            "<ul>"
                            "<li><strong>Simple:</strong> You don't know what to say to her.</li>"
                            "<li><strong>Complex:</strong> You don't want to make her a promise you're not sure you "
                            "can keep.</li>"
                            "<li><strong>Complex:</strong> What she thinks of you still matters a lot.</li>"
                            "</ul>"
                            "<p>Simple reflections are useful for showing you are following and for slowing things "
                            "down. Complex reflections move the conversation forward. Aim for a mix, with more complex "
                            "reflections as you get to know the person.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>A few habits help. Skip stems such as “What I hear you saying is…” and just say the "
                            "reflection. Keep it shorter than what the mentee said. When the mentee says something in "
                            "two halves (“I want out, but they're my family”), you can reflect both halves. And when "
                            "you are unsure whether to ask or reflect, reflect: most new mentors ask far too many "
                            "questions.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Reflect more than you ask",
                            "text": (
                                "A reflection is a statement offering your best guess at what the person means. "
                                "Complex reflections add meaning and usually take the conversation further than "
                                "questions do."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Think of something a friend or family member told you recently that mattered to them. "
                                "Write one simple and one complex reflection you could have offered."
                            ),
                            "guidance": (
                                "For the complex one, ask yourself what feeling or value sat underneath their words."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Quick check",
                            "pass_mark": 100,
                            "questions": [
                                {
                                    "question": "A mentee says: “I'm tired of looking over my shoulder all the time.” Which response is a complex reflection?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "“You'd like to be able to relax and feel safe for once.”",
                                            "correct": True,
                                            "feedback": "Right. It adds a guess about the wish underneath the words.",
                                        },
                                        {
                                            "text": "“You're tired of looking over your shoulder.”",
                                            "correct": False,
                                            "feedback": "This is a simple reflection: useful, but it adds no new meaning.",
                                        },
                                        {
                                            "text": "“Why do you feel you have to look over your shoulder?”",
                                            "correct": False,
                                            "feedback": "This is a question, and “why” questions can sound like a demand for justification.",
                                        },
                                        {
                                            "text": "“You should talk to the staff about that.”",
                                            "correct": False,
                                            "feedback": "This is advice. It moves away from listening before you understand the situation.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Which of these are true of reflections in MI?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "They are statements rather than questions.",
                                            "correct": True,
                                            "feedback": "Yes. Your voice goes down at the end, as in a statement.",
                                        },
                                        {
                                            "text": "They can be a guess that the mentee then corrects.",
                                            "correct": True,
                                            "feedback": "Yes. A corrected guess still moves the conversation on and shows you are trying to understand.",
                                        },
                                        {
                                            "text": "They should always repeat the mentee's exact words.",
                                            "correct": False,
                                            "feedback": "No. Parroting quickly feels odd. Simple reflections rephrase, and complex ones add meaning.",
                                        },
                                        {
                                            "text": "Complex reflections add meaning beyond what was said.",
                                            "correct": True,
                                            "feedback": "Yes. They guess at feelings, values or the unspoken next step.",
                                        },
                                    ],
                                },
                                {
                                    "question": "A mentee on probation says: “My probation officer only ever checks up on me. Nobody asks what I actually want.” Write a complex reflection: one sentence that guesses at the feeling or wish underneath.",
                                    "kind": "written",
                                    "answers": [],
                                    "model_answer": "“You want to be met as someone with plans of your own, not as a case to be checked.”",
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "summaries-and-oars-together",
                "title": "Summaries and putting OARS together",
                "summary": (
                    "How to use summaries to collect, link and move on, and how the four skills combine in a real "
                    "meeting."
                ),
                "body": [
                    ("heading", "Summaries"),
                    (
                        "paragraph",
                        (
                            "<p>A summary is a longer reflection that pulls several things together. It shows the "
                            "mentee you have been listening across the whole conversation, not just to the last "
                            "sentence. Summaries have three common uses:</p>"
                            "<ul>"
                            "<li><strong>Collecting:</strong> gathering several points the mentee has made, then "
                            "inviting more (“What else?”).</li>"
                            "<li><strong>Linking:</strong> connecting something said today with something from an "
                            "earlier meeting, especially where the two pull in different directions.</li>"
                            "<li><strong>Transitional:</strong> closing a topic or a meeting, checking you have "
                            "understood, and moving on.</li>"
                            "</ul>"
                            "<p>You choose what goes into a summary. In MI you give extra weight to what the mentee "
                            "says in favour of change, without leaving out the other side, so the summary stays "
                            "honest.</p>"
                        ),
                    ),
                    ("heading", "OARS in a real meeting"),
                    (
                        "paragraph",
                        (
                            "<p>Here is a short example with a mentee called Jonas, six months before release.</p>"
                            "<p><strong>Mentor:</strong> What has been on your mind this week? <em>(open "
                            "question)</em></p>"
                            "<p><strong>Jonas:</strong> Whether I go back to my old area. It's where everyone I know "
                            "is.</p>"
                            "<p><strong>Mentor:</strong> Home is where your people are, and part of you wonders what "
                            "going back would mean. <em>(complex reflection)</em></p>"
                            "<p><strong>Jonas:</strong> Yeah. My cousin got out and stayed away. He's working now.</p>"
                            "<p><strong>Mentor:</strong> You've seen someone close to you manage it. <em>(simple "
                            "reflection)</em> And you're thinking this through carefully instead of just drifting. "
                            "<em>(affirmation)</em></p>"
                            "<p><strong>Mentor, later:</strong> So going back means being near the people you know, "
                            "and also the same pressure as before. Your cousin showed you another route is possible, "
                            "and you're weighing which fits the life you want. Have I missed anything? "
                            "<em>(summary)</em></p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Notice the rhythm: one question, then reflections, an affirmation and a summary. A "
                            "useful rule of thumb is to offer at least two reflections for every question. Your coach "
                            "may count these in practice conversations, not to grade you but to help you see your "
                            "habits.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Gather and give back",
                            "text": (
                                "A summary gathers what the mentee has said, gives weight to their own reasons for "
                                "change, and checks that you have understood."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "After your next conversation with a mentee or practice partner, write a three- or "
                                "four-sentence summary of what they said. What did you choose to include, and why?"
                            ),
                            "guidance": (
                                "Notice whether your summary gave more weight to their reasons for change or to your "
                                "own concerns."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Check your understanding",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "question": "What do the letters OARS stand for?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Open questions, affirmations, reflections, summaries",
                                            "correct": True,
                                            "feedback": "Right. These four skills carry every MI conversation.",
                                        },
                                        {
                                            "text": "Observation, advice, reassurance, support",
                                            "correct": False,
                                            "feedback": "No. Advice and reassurance are not core MI skills and can easily become the righting reflex.",
                                        },
                                        {
                                            "text": "Open questions, agreements, reviews, solutions",
                                            "correct": False,
                                            "feedback": "No. Agreements and reviews are part of the mentoring framework, not the core listening skills.",
                                        },
                                        {
                                            "text": "Options, affirmations, responsibility, structure",
                                            "correct": False,
                                            "feedback": "No. Only affirmations is one of the four core skills.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Which of these are common uses of a summary?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Collecting several points and inviting more",
                                            "correct": True,
                                            "feedback": "Yes. A collecting summary often ends with “What else?”",
                                        },
                                        {
                                            "text": "Linking what is said today with something said earlier",
                                            "correct": True,
                                            "feedback": "Yes. Linking can gently show the mentee two things they hold at once.",
                                        },
                                        {
                                            "text": "Closing a topic and moving on",
                                            "correct": True,
                                            "feedback": "Yes. A transitional summary checks understanding before moving on.",
                                        },
                                        {
                                            "text": "Correcting the parts of the mentee's story you believe are untrue",
                                            "correct": False,
                                            "feedback": "No. A summary gives back the mentee's meaning; correcting them turns it into an argument.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Roughly what balance between reflections and questions does this module suggest?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "At least two reflections for every question",
                                            "correct": True,
                                            "feedback": "Right. Reflections keep the mentee talking and exploring; questions alone turn the meeting into an interview.",
                                        },
                                        {
                                            "text": "About two questions for every reflection",
                                            "correct": False,
                                            "feedback": "No. This is a common habit, but it puts the mentor in charge of the conversation.",
                                        },
                                        {
                                            "text": "Only questions in the first few meetings",
                                            "correct": False,
                                            "feedback": "No. Reflections matter most early on, when the mentee is deciding whether to trust you.",
                                        },
                                        {
                                            "text": "The balance does not matter",
                                            "correct": False,
                                            "feedback": "It does. The mix of reflections and questions strongly shapes how the mentee experiences the meeting.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Which of these responses are affirmations?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "“You've kept coming to these meetings even in weeks when it was hard.”",
                                            "correct": True,
                                            "feedback": "Yes. It names a specific effort the mentee has made.",
                                        },
                                        {
                                            "text": "“Being a good father really matters to you.”",
                                            "correct": True,
                                            "feedback": "Yes. Affirming a value the mentee holds is a strong form of affirmation.",
                                        },
                                        {
                                            "text": "“Excellent, I'm very pleased with you.”",
                                            "correct": False,
                                            "feedback": "This is praise: it is about your approval rather than the mentee's strengths.",
                                        },
                                        {
                                            "text": "“Why didn't you go to the work programme?”",
                                            "correct": False,
                                            "feedback": "This is a question, and it may sound like blame.",
                                        },
                                    ],
                                },
                                {
                                    "question": "A mentee says: “The officers here don't trust me at all.” Which response is a simple reflection?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "“They don't trust you.”",
                                            "correct": True,
                                            "feedback": "Right. It stays close to what was said without adding new meaning.",
                                        },
                                        {
                                            "text": "“You'd like people to see who you are now, not who you were.”",
                                            "correct": False,
                                            "feedback": "This is a complex reflection: it adds a guess about the mentee's wish.",
                                        },
                                        {
                                            "text": "“What have you done to earn their trust?”",
                                            "correct": False,
                                            "feedback": "This is a question, and it can sound like an accusation.",
                                        },
                                        {
                                            "text": "“I'm sure they trust you more than you think.”",
                                            "correct": False,
                                            "feedback": "This is reassurance that contradicts the mentee's experience.",
                                        },
                                    ],
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Module 3
    # ------------------------------------------------------------------
    {
        "slug": "change-talk-and-sustain-talk",
        "title": "Change talk and sustain talk",
        "intro": (
            "People talk themselves into change, and out of it. This module teaches you to hear the difference "
            "between words that lean towards change and words that lean towards staying the same, to ask "
            "questions that invite the first, and to respond in ways that strengthen it. It also shows how to "
            "meet sustain talk without arguing, so the mentee's own reasons for a different life can grow."
        ),
        "estimated_minutes": 60,
        "lessons": [
            {
                "slug": "hearing-change-talk",
                "title": "Hearing change talk",
                "summary": (
                    "How to recognise the mentee's own words in favour of change, from early wishes to concrete steps."
                ),
                "body": [
                    ("heading", "Listening for direction"),
                    (
                        "paragraph",
                        (
                            "<p>When someone is undecided about a change, both sides of the argument live inside "
                            "them. <em>Change talk</em> is anything the person says that leans towards change. "
                            "<em>Sustain talk</em> is anything that leans towards keeping things as they are. Both are "
                            "normal. Studies of MI suggest that the balance between the two in a conversation is "
                            "linked to what people go on to do, so learning to hear them is one of the most valuable "
                            "skills a mentor can build.</p>"
                        ),
                    ),
                    ("heading", "Getting ready"),
                    (
                        "paragraph",
                        (
                            "<p>Early change talk tends to show readiness rather than decision. Listen for four "
                            "kinds:</p>"
                            "<ul>"
                            "<li><strong>Wanting:</strong> “I'd like my kids to see me differently.”</li>"
                            "<li><strong>Being able:</strong> “I stayed out of trouble for a whole year once, so I "
                            "could probably do it.”</li>"
                            "<li><strong>Reasons:</strong> “If I go back to that crowd, I'll lose my flat.”</li>"
                            "<li><strong>Needing:</strong> “Something has to change. I can't do another "
                            "sentence.”</li>"
                            "</ul>"
                            "<p>None of these is a promise. They show the person is thinking about change and can see "
                            "why it might matter.</p>"
                        ),
                    ),
                    ("heading", "Getting moving"),
                    (
                        "paragraph",
                        (
                            "<p>As readiness grows, the language shifts from <em>why</em> to <em>whether</em> and "
                            "<em>how</em>. Listen for:</p>"
                            "<ul>"
                            "<li><strong>Commitment:</strong> “I'm going to tell them I'm done.” “I will apply for "
                            "that course.”</li>"
                            "<li><strong>Readiness to act:</strong> “I'm prepared to move to another town if that's "
                            "what it takes.”</li>"
                            "<li><strong>Steps already taken:</strong> “I left those group chats last week.”</li>"
                            "</ul>"
                            "<p>Sustain talk comes in the same shapes, pointing the other way: “I don't want to start "
                            "from nothing,” “I couldn't cope without them,” “They're my only protection,” “I'm not "
                            "leaving.”</p>"
                            "<p>One meeting often contains both. Jesper, on remand for an assault charged as a hate crime, might "
                            "say within a single "
                            "minute: “Those guys are my brothers, I'd never turn my back on them,” and “I don't want "
                            "my little brother going the same way as me.” Both are true for him. Your job is to notice "
                            "the second sentence and not let it pass unheard.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Both sides are normal",
                            "text": (
                                "Ambivalent people voice reasons for and against change. Train your ear to catch the "
                                "change talk, from early wishes to steps already taken, so you can respond to it."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Think of a change you once made in your own life. What did you say to yourself or "
                                "others early on, and how did your words change as you got closer to acting?"
                            ),
                            "guidance": (
                                "Try to recall actual phrases and sort them into wanting, being able, reasons, "
                                "needing or commitment."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "evoking-change-talk",
                "title": "Evoking change talk",
                "summary": (
                    "Questions and simple tools that invite the mentee to put their own reasons for change into words."
                ),
                "body": [
                    ("heading", "Asking for the right things"),
                    (
                        "paragraph",
                        (
                            "<p>You cannot hand someone motivation, but you can ask questions whose honest answer is "
                            "change talk. Instead of “Why don't you just leave the group?”, which invites reasons "
                            "not to, try questions like these:</p>"
                            "<ul>"
                            "<li>“What worries you about how things could go after release?”</li>"
                            "<li>“If you decided to make a change, how might you go about it?”</li>"
                            "<li>“What would be good about having a job and your own place?”</li>"
                            "<li>“What has helped you get through hard changes before?”</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Some useful tools"),
                    (
                        "paragraph",
                        (
                            "<p><strong>The scale question.</strong> Ask: “On a scale from 0 to 10, how important is "
                            "it to you to stay away from the old crowd after release?” If the answer is 4, ask “Why a "
                            "4 and not a 1?” The answer will be the mentee's own reasons for change. Avoid “Why not a "
                            "9?”, which invites them to explain what holds them back. You can ask the same about "
                            "confidence: “If you decided to do it, how confident are you that you could?”</p>"
                            "<p><strong>Looking back and looking forward.</strong> “What were things like before you "
                            "got involved?” and “Where would you like to be in five years?” often bring out wishes "
                            "and values that direct questions miss.</p>"
                            "<p><strong>Values.</strong> Ask what matters most to the mentee: family, faith, fairness, "
                            "respect, being a good son or father. Then, gently, how the present situation fits with "
                            "those values. Do not point out a conflict yourself; let them find it.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Here is how a scale question might go:</p>"
                            "<p><strong>Mentor:</strong> How important is it to you, from 0 to 10, to find work "
                            "when you're out?</p>"
                            "<p><strong>Mentee:</strong> Maybe a 5.</p>"
                            "<p><strong>Mentor:</strong> A 5. Why that and not a 2?</p>"
                            "<p><strong>Mentee:</strong> Because I'm sick of depending on other people for money. "
                            "That's how I got pulled in.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Ask so the answer is change talk",
                            "text": (
                                "Evocative questions, scale questions and questions about values invite the mentee to "
                                "voice their own reasons. Ask why the number is not lower, never why it is not higher."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Choose one area of a mentee's life, such as work, family or housing, and write three "
                                "evocative questions you could ask about it."
                            ),
                            "guidance": (
                                "Imagine the honest answer to each question; if that answer would be sustain talk, "
                                "rephrase the question."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "responding-to-change-and-sustain-talk",
                "title": "Responding to change talk and softening sustain talk",
                "summary": (
                    "What to do when you hear change talk, and how to respond to sustain talk without pushing back."
                ),
                "body": [
                    ("heading", "When you hear change talk"),
                    (
                        "paragraph",
                        (
                            "<p>Change talk is fragile at first. Ignore it and it tends to fade; respond to it and it "
                            "tends to grow. Four responses help:</p>"
                            "<ul>"
                            "<li><strong>Ask for more:</strong> “In what way?” “What else?” “Tell me more about "
                            "that.”</li>"
                            "<li><strong>Affirm:</strong> recognise the strength or value in what was said.</li>"
                            "<li><strong>Reflect:</strong> give it back, sometimes a little stronger than it was "
                            "said.</li>"
                            "<li><strong>Summarise:</strong> gather several pieces of change talk so the mentee hears "
                            "them side by side.</li>"
                            "</ul>"
                            "<p><strong>Mentee:</strong> I don't want my daughter visiting me in places like this.</p>"
                            "<p><strong>Mentor:</strong> Being a father she can be proud of matters a lot to you. What "
                            "would that look like?</p>"
                        ),
                    ),
                    ("heading", "Softening sustain talk"),
                    (
                        "paragraph",
                        (
                            "<p>Sustain talk is not the enemy, and you do not need to challenge it. Arguing against it "
                            "only produces more of it. Acknowledge it and let the conversation move on. Some ways to "
                            "do that:</p>"
                            "<ul>"
                            "<li><strong>A straight reflection:</strong> “Right now, leaving feels impossible.” Often "
                            "the mentee will then supply the other side themselves.</li>"
                            "<li><strong>A double-sided reflection:</strong> “On one hand they've been like family; "
                            "on the other, you're worried about where it's leading.” Put the change side last, "
                            "because people tend to carry on from the last thing they heard.</li>"
                            "<li><strong>Emphasising choice:</strong> “It's your decision, and nobody can make it for "
                            "you.”</li>"
                            "<li><strong>Shifting focus:</strong> moving gently to something the mentee is more open "
                            "to talking about.</li>"
                            "</ul>"
                            "<p>Watch out for the “yes, but” trap. If you answer every piece of sustain talk with a "
                            "counter-argument, you become the voice of change and the mentee becomes the voice against "
                            "it. Keep your responses short, calm and curious.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Grow one side, don't fight the other",
                            "text": (
                                "Respond to change talk by asking for more, affirming, reflecting and summarising. "
                                "Meet sustain talk with reflections and respect for choice, never with "
                                "counter-arguments."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Write down a piece of sustain talk you expect to hear from a mentee. Draft a straight "
                                "reflection and a double-sided reflection you could use in response."
                            ),
                            "guidance": ("In the double-sided reflection, make sure the change side comes last."),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Check your understanding",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "question": "A mentee says: “I'd like to be there for my mum when I get out.” What kind of talk is this?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Early change talk expressing a wish",
                                            "correct": True,
                                            "feedback": "Right. It shows desire for change, though not yet a commitment.",
                                        },
                                        {
                                            "text": "Sustain talk",
                                            "correct": False,
                                            "feedback": "No. It leans towards a different future, so it is change talk.",
                                        },
                                        {
                                            "text": "A commitment to change",
                                            "correct": False,
                                            "feedback": "Not yet. “I'd like to” is a wish; “I will” would be a commitment.",
                                        },
                                        {
                                            "text": "Discord",
                                            "correct": False,
                                            "feedback": "No. Discord is about tension in the relationship with you, and there is none here.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Which of these statements show a mentee getting ready to act (commitment, readiness or steps taken)?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "“I've already signed up for the welding course.”",
                                            "correct": True,
                                            "feedback": "Yes. This is a step already taken.",
                                        },
                                        {
                                            "text": "“I'm going to tell my cousin I'm not coming back.”",
                                            "correct": True,
                                            "feedback": "Yes. This is commitment language.",
                                        },
                                        {
                                            "text": "“It would be nice to have a normal job one day.”",
                                            "correct": False,
                                            "feedback": "This is change talk, but an early wish rather than a commitment or step.",
                                        },
                                        {
                                            "text": "“I'm ready to move away if that's what it takes.”",
                                            "correct": True,
                                            "feedback": "Yes. This shows readiness to act.",
                                        },
                                    ],
                                },
                                {
                                    "question": "You ask a scale question about importance and the mentee answers 3. Which follow-up is most likely to draw out change talk?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "“Why a 3 and not a 0?”",
                                            "correct": True,
                                            "feedback": "Right. The honest answer is the mentee's own reasons for change.",
                                        },
                                        {
                                            "text": "“Why not a 10?”",
                                            "correct": False,
                                            "feedback": "This invites the mentee to list reasons against change.",
                                        },
                                        {
                                            "text": "“Only a 3? That seems low.”",
                                            "correct": False,
                                            "feedback": "This judges the answer and may provoke defensiveness.",
                                        },
                                        {
                                            "text": "“What would it take to get you to a 10 by next week?”",
                                            "correct": False,
                                            "feedback": "This puts pressure on the mentee and skips over the reasons they already have.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Which are helpful ways to respond to sustain talk?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Reflect it calmly",
                                            "correct": True,
                                            "feedback": "Yes. A straight reflection often leads the mentee to voice the other side.",
                                        },
                                        {
                                            "text": "Use a double-sided reflection that ends with the change side",
                                            "correct": True,
                                            "feedback": "Yes. It honours both sides and leaves the change side in the air.",
                                        },
                                        {
                                            "text": "Point out the facts that show the mentee is wrong",
                                            "correct": False,
                                            "feedback": "No. Counter-arguments usually produce more sustain talk.",
                                        },
                                        {
                                            "text": "Emphasise that the decision belongs to the mentee",
                                            "correct": True,
                                            "feedback": "Yes. Respecting choice reduces the need to defend the status quo.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Why does a double-sided reflection usually put the change side last?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "People tend to continue from the last thing they heard.",
                                            "correct": True,
                                            "feedback": "Right. Ending with the change side makes it more likely the mentee picks that up.",
                                        },
                                        {
                                            "text": "The order makes no difference.",
                                            "correct": False,
                                            "feedback": "It often does. The last part of a reflection tends to shape what comes next.",
                                        },
                                        {
                                            "text": "So that the sustain side is quietly forgotten.",
                                            "correct": False,
                                            "feedback": "No. Both sides are named honestly; the aim is not to hide anything.",
                                        },
                                        {
                                            "text": "Because sustain talk is less true than change talk.",
                                            "correct": False,
                                            "feedback": "No. Both sides are real for the mentee; MI does not dismiss either.",
                                        },
                                    ],
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Module 4
    # ------------------------------------------------------------------
    {
        "slug": "responding-to-discord",
        "title": "Responding to discord",
        "intro": (
            "Sometimes a meeting turns tense: the mentee argues, goes quiet, or questions why you are there at "
            "all. This module explains how discord differs from sustain talk, how to step out of an argument "
            "rather than win it, and which responses help repair the relationship. It also sets out why mentors "
            "do not debate ideology or doctrine, and what to do instead when beliefs come up."
        ),
        "estimated_minutes": 60,
        "lessons": [
            {
                "slug": "discord-or-sustain-talk",
                "title": "Discord is about the relationship",
                "summary": (
                    "How to tell discord from sustain talk, and why discord is a signal about the conversation "
                    "rather than a flaw in the mentee."
                ),
                "body": [
                    ("heading", "Two different things"),
                    (
                        "paragraph",
                        (
                            "<p>Sustain talk is about the <em>change</em>: “I'm not ready to leave them.” Discord is "
                            "about the <em>relationship</em> between you and the mentee: “You don't get it. You're "
                            "just another one of them.” Both can sound negative, but they tell you different things. "
                            "Sustain talk shows where the mentee stands on the change. Discord shows that something "
                            "is off between the two of you.</p>"
                            "<p>Discord can show up in several ways:</p>"
                            "<ul>"
                            "<li>Arguing with you or questioning your motives.</li>"
                            "<li>Interrupting or talking over you.</li>"
                            "<li>Discounting you: “What would you know about it?”</li>"
                            "<li>Withdrawing: one-word answers, looking away, changing the subject, cancelling "
                            "meetings.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Discord is information"),
                    (
                        "paragraph",
                        (
                            "<p>It is tempting to see discord as the mentee being difficult. In MI it is more useful "
                            "to treat it as feedback. It often rises when the mentor has moved too fast, pushed a "
                            "topic the mentee did not choose, given advice nobody asked for, or sounded like an "
                            "official. It can also come from outside the meeting: a bad phone call home, trouble on "
                            "the wing, or fear about who will find out they are seeing a mentor.</p>"
                            "<p>Consider this exchange:</p>"
                            "<p><strong>Mentor:</strong> Have you thought about what you'll say to your old friends "
                            "when you get out?</p>"
                            "<p><strong>Mentee:</strong> Why do you keep asking about my friends? Are you writing this "
                            "down for someone?</p>"
                            "<p>The mentee is not refusing to change; he is asking whether he can trust you. Pressing "
                            "on with the topic will make things worse. The next lesson shows what to do instead.</p>"
                            "<p>Discord is a shared responsibility. You cannot always prevent it, but you can always "
                            "notice your part in it and respond in a way that brings the temperature down.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Notice the relationship",
                            "text": (
                                "Sustain talk is about the change; discord is about the two of you. Treat discord as "
                                "a signal to slow down and look at your part in it, not as a fault in the mentee."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Think of a conversation, in any part of your life, that turned tense. Looking back, "
                                "what might the other person have been reacting to in what you said or did?"
                            ),
                            "guidance": (
                                "Focus on your own contribution without blaming yourself; the aim is to notice "
                                "patterns, not to judge."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Quick check",
                            "pass_mark": 100,
                            "questions": [
                                {
                                    "question": "A mentee says: “You're only here because they pay you to keep an eye on us.” Is this sustain talk or discord?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Discord, because it is about trust in the relationship",
                                            "correct": True,
                                            "feedback": "Right. The mentee is questioning you and your motives, not talking about a change.",
                                        },
                                        {
                                            "text": "Sustain talk, because it is negative",
                                            "correct": False,
                                            "feedback": "No. Sustain talk is about the change itself. This is about the relationship.",
                                        },
                                        {
                                            "text": "Change talk",
                                            "correct": False,
                                            "feedback": "No. Nothing here leans towards change.",
                                        },
                                        {
                                            "text": "Neither; it is a throwaway comment to ignore",
                                            "correct": False,
                                            "feedback": "Ignoring it risks leaving the mistrust to grow. It deserves a calm, honest response.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Which of these can be signs of discord?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "The mentee keeps interrupting you.",
                                            "correct": True,
                                            "feedback": "Yes. Talking over you often signals tension in the relationship.",
                                        },
                                        {
                                            "text": "The mentee says: “What would you know about my life?”",
                                            "correct": True,
                                            "feedback": "Yes. Discounting the mentor is a common form of discord.",
                                        },
                                        {
                                            "text": "The mentee says: “I'm going to apply for a course.”",
                                            "correct": False,
                                            "feedback": "No. That is change talk, in fact a commitment.",
                                        },
                                        {
                                            "text": "The mentee starts giving one-word answers and cancels the next meeting.",
                                            "correct": True,
                                            "feedback": "Yes. Withdrawal is a quieter form of discord and easy to miss.",
                                        },
                                    ],
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "stepping-out-of-the-argument",
                "title": "Stepping out of the argument",
                "summary": (
                    "Practical responses that lower the temperature: reflecting, apologising, affirming, shifting "
                    "focus and emphasising the mentee's choice."
                ),
                "body": [
                    ("heading", "Don't win, step aside"),
                    (
                        "paragraph",
                        (
                            "<p>When discord rises, the instinct is to defend yourself or explain why you are right. "
                            "Both usually make things worse. In MI the aim is not to win the exchange but to step out "
                            "of it, so the conversation can carry on. These responses help:</p>"
                            "<ul>"
                            "<li><strong>Reflect it:</strong> “You're not sure whose side I'm on.” A calm reflection "
                            "shows you can hear criticism without taking offence.</li>"
                            "<li><strong>Apologise:</strong> “I'm sorry, I went straight to your friends without "
                            "asking whether you wanted to talk about that.” A short, sincere apology costs nothing and "
                            "often repairs a lot.</li>"
                            "<li><strong>Affirm:</strong> “You're careful about who you trust, and after what you've "
                            "been through, that makes sense.”</li>"
                            "<li><strong>Shift focus:</strong> “We don't have to talk about that today. What would be "
                            "more useful?”</li>"
                            "<li><strong>Emphasise choice:</strong> “You decide what we talk about and what you do "
                            "with it. I'm not here to make you do anything.”</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Putting it together"),
                    (
                        "paragraph",
                        (
                            "<p>Going back to the mentee who asked whether you were writing things down for someone, "
                            "a response might combine several of these:</p>"
                            "<p><strong>Mentor:</strong> You're wondering whether what you say here ends up somewhere "
                            "else. That's a fair thing to want to know. Let me be clear about what I do and don't pass "
                            "on, and then you decide what you want to talk about.</p>"
                            "<p>Be honest when you explain confidentiality. Follow what your programme has told you "
                            "about what mentors must pass on, and never promise more secrecy than you can keep.</p>"
                            "<p>Your manner matters as much as your words. Keep your voice low and steady, sit back "
                            "rather than forward, and let silences happen. If a meeting becomes too heated to "
                            "continue, it is fine to end it calmly and suggest meeting again another day. Afterwards, "
                            "talk it through with your coach.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Lower the temperature",
                            "text": (
                                "Reflect, apologise, affirm, shift focus or emphasise the mentee's choice. Stepping "
                                "out of an argument keeps the relationship alive; winning it rarely does."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Which of the five responses comes least naturally to you, and why? Write one sentence "
                                "you could say using that response."
                            ),
                            "guidance": (
                                "Many people find apologising or letting go of a topic hardest; notice what makes it "
                                "hard for you."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Quick check",
                            "pass_mark": 100,
                            "questions": [
                                {
                                    "question": "A mentee snaps: “Stop telling me what to do.” Which response is most likely to reduce discord?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "“You're right, it's your life and your decision. I'm sorry if I came across as pushy.”",
                                            "correct": True,
                                            "feedback": "Right. It apologises and emphasises the mentee's choice, which lowers the temperature.",
                                        },
                                        {
                                            "text": "“I'm not telling you what to do, I'm just giving advice.”",
                                            "correct": False,
                                            "feedback": "This defends you and contradicts the mentee, which keeps the argument going.",
                                        },
                                        {
                                            "text": "“If you don't want help, there's no point in us meeting.”",
                                            "correct": False,
                                            "feedback": "This escalates and puts the relationship at risk.",
                                        },
                                        {
                                            "text": "“Calm down, I'm on your side.”",
                                            "correct": False,
                                            "feedback": "Telling someone to calm down rarely calms them, and it dismisses their point.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Which of these are MI-consistent ways of responding to discord?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Reflecting the mentee's concern",
                                            "correct": True,
                                            "feedback": "Yes. It shows you can hear criticism without taking offence.",
                                        },
                                        {
                                            "text": "Offering a short, sincere apology",
                                            "correct": True,
                                            "feedback": "Yes. Owning your part often repairs trust quickly.",
                                        },
                                        {
                                            "text": "Explaining in detail why your advice was correct",
                                            "correct": False,
                                            "feedback": "No. Justifying yourself turns the moment into a contest.",
                                        },
                                        {
                                            "text": "Shifting to a topic the mentee is more open to",
                                            "correct": True,
                                            "feedback": "Yes. You can return to the difficult topic later, when trust is stronger.",
                                        },
                                    ],
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "when-ideology-comes-up",
                "title": "When ideology comes up: the person, not the doctrine",
                "summary": (
                    "Why mentors stay out of religious and political debates, and how to keep the focus on the "
                    "person, their needs and their life."
                ),
                "body": [
                    ("heading", "Why mentors do not debate doctrine"),
                    (
                        "paragraph",
                        (
                            "<p>Some mentees will want to talk about their beliefs, test you with political or "
                            "religious arguments, or ask what you think. It can be tempting to answer with "
                            "counter-arguments, especially if you know the subject. In this programme, mentors do not "
                            "debate ideology, religious doctrine or political positions with mentees.</p>"
                            "<p>There are good reasons. A debate turns the relationship into a contest, and the "
                            "mentee has usually rehearsed these arguments far more than you have. Losing a debate can "
                            "feel humiliating; winning one rarely changes anyone's loyalties. Above all, people seldom "
                            "join or leave extremist groups or gangs because of arguments alone. Belonging, identity, "
                            "recognition, protection, excitement, a sense of injustice and a wish to matter often play "
                            "a bigger part. Those needs are where a mentor can help.</p>"
                        ),
                    ),
                    ("heading", "What to do instead"),
                    (
                        "paragraph",
                        (
                            "<p>When beliefs come up, stay curious about the person rather than the doctrine. Reflect "
                            "what seems to matter to them, then steer gently towards their own life.</p>"
                            "<p><strong>Mentee:</strong> People like us get treated unfairly everywhere. Tell me "
                            "that's not true.</p>"
                            "<p><strong>Mentor:</strong> Fairness matters a great deal to you, and you've seen a lot "
                            "that feels unjust. I'm not the right person to debate politics with, but I am interested "
                            "in what that sense of fairness means for your own life, here and after release.</p>"
                            "<p>You are neither agreeing nor disagreeing. You are acknowledging the value underneath "
                            "(fairness, loyalty, protecting others) and inviting the mentee to think about how they "
                            "want to live it. If a mentee asks for your own views, you can say honestly that you keep "
                            "your beliefs out of the mentoring because the meetings are about them. If they want to "
                            "explore faith or politics in depth, talk with the programme manager about who in your "
                            "service might be the right person.</p>"
                        ),
                    ),
                    ("heading", "When you are worried"),
                    (
                        "paragraph",
                        (
                            "<p>If something a mentee says makes you concerned for their safety or the safety of "
                            "others, do not investigate or question them further yourself. Tell the programme manager "
                            "and follow your service's procedure. Note what was said as accurately as you can, and "
                            "bring it to supervision as well.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Person, not doctrine",
                            "text": (
                                "Do not debate ideology or religion with a mentee. Reflect the values and needs "
                                "underneath, keep the focus on their own life, and take any worries to the programme "
                                "manager."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Imagine a mentee challenges you with a political or religious argument you strongly "
                                "disagree with. What would that stir in you, and what could you say to stay with the "
                                "person rather than the argument?"
                            ),
                            "guidance": (
                                "Write down your likely first reaction honestly, then draft a response that reflects "
                                "the value underneath their words."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Check your understanding",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "question": "A mentee wants to argue with you about the meaning of a religious text. What should you do?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Acknowledge what matters to the mentee, explain that you don't debate doctrine, and bring the focus back to their life.",
                                            "correct": True,
                                            "feedback": "Right. This respects the mentee, avoids a contest and keeps the meeting about them.",
                                        },
                                        {
                                            "text": "Prepare counter-arguments so you can win the discussion next time.",
                                            "correct": False,
                                            "feedback": "No. Debating doctrine turns the relationship into a contest and rarely changes loyalties.",
                                        },
                                        {
                                            "text": "Agree with the mentee's reading to build rapport.",
                                            "correct": False,
                                            "feedback": "No. Pretending to agree is dishonest, and mentees usually notice.",
                                        },
                                        {
                                            "text": "End the mentoring relationship.",
                                            "correct": False,
                                            "feedback": "No. Talk of beliefs is not a reason to end mentoring. If you are worried, speak to the programme manager.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Which needs often play a part in why people join extremist groups or gangs?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Belonging",
                                            "correct": True,
                                            "feedback": "Yes. A group can feel like the family or community a person lacked.",
                                        },
                                        {
                                            "text": "Recognition and status",
                                            "correct": True,
                                            "feedback": "Yes. Being seen and respected is a powerful pull.",
                                        },
                                        {
                                            "text": "Protection",
                                            "correct": True,
                                            "feedback": "Yes. Especially in prison and in some neighbourhoods, a group can promise safety.",
                                        },
                                        {
                                            "text": "A lack of intelligence",
                                            "correct": False,
                                            "feedback": "No. This is a myth. People of every ability are drawn in; needs matter far more than intelligence.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Which response best shows a mentor emphasising the mentee's autonomy?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "“What you do with this is completely your choice.”",
                                            "correct": True,
                                            "feedback": "Right. It makes clear the decision belongs to the mentee.",
                                        },
                                        {
                                            "text": "“You'll have to change if you want an early release.”",
                                            "correct": False,
                                            "feedback": "This uses pressure rather than respecting choice.",
                                        },
                                        {
                                            "text": "“I know what's best for you here.”",
                                            "correct": False,
                                            "feedback": "This puts the mentor in charge and undermines partnership.",
                                        },
                                        {
                                            "text": "“Everyone else in the programme has agreed to do this.”",
                                            "correct": False,
                                            "feedback": "This is social pressure, not respect for the mentee's own decision.",
                                        },
                                    ],
                                },
                                {
                                    "question": "A mentee says something that makes you worried about someone's safety. What do you do?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Tell the programme manager and follow your service's procedure.",
                                            "correct": True,
                                            "feedback": "Right. You do not have to judge the risk alone; pass it on and bring it to supervision too.",
                                        },
                                        {
                                            "text": "Question the mentee in detail to find out more.",
                                            "correct": False,
                                            "feedback": "No. Investigating is not the mentor's role and could cause harm.",
                                        },
                                        {
                                            "text": "Keep it to yourself to protect the mentee's trust.",
                                            "correct": False,
                                            "feedback": "No. Safety concerns must be passed on, which is why mentors are honest about confidentiality from the start.",
                                        },
                                        {
                                            "text": "Wait to see whether the mentee mentions it again.",
                                            "correct": False,
                                            "feedback": "No. Waiting can leave someone at risk. Raise it promptly.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Which statements about discord are accurate?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Discord is about the relationship; sustain talk is about the change.",
                                            "correct": True,
                                            "feedback": "Yes. That is the key difference.",
                                        },
                                        {
                                            "text": "Discord often rises when the mentor pushes too fast.",
                                            "correct": True,
                                            "feedback": "Yes. Moving ahead of the mentee is one of the most common triggers.",
                                        },
                                        {
                                            "text": "Discord shows the mentee is unsuitable for mentoring.",
                                            "correct": False,
                                            "feedback": "No. Discord is normal and is best treated as information about the conversation.",
                                        },
                                        {
                                            "text": "A brief, sincere apology can help repair discord.",
                                            "correct": True,
                                            "feedback": "Yes. Owning your part is one of the quickest ways to lower tension.",
                                        },
                                    ],
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Module 5
    # ------------------------------------------------------------------
    {
        "slug": "planning-and-commitment",
        "title": "Planning and commitment",
        "intro": (
            "Once a mentee is talking more about why and how to change, the conversation can turn to what they "
            "will actually do. This module covers how to tell when a mentee is ready to plan, how to build a "
            "change plan around release, work, new networks and family, how the mentoring agreement is reviewed "
            "every three months, and how to respond when progress goes one step up and two steps back."
        ),
        "estimated_minutes": 60,
        "lessons": [
            {
                "slug": "knowing-when-to-plan",
                "title": "Knowing when to move to planning",
                "summary": "Signs that a mentee is ready to plan, and how to test the water without rushing.",
                "body": [
                    ("heading", "Readiness shows in the conversation"),
                    (
                        "paragraph",
                        (
                            "<p>Planning too early is a common mistake. A mentor who hears a little change talk and "
                            "jumps straight to “So what's your plan?” can push a still-undecided mentee back into "
                            "defending the way things are. Planning too late has its own cost: energy fades if nobody "
                            "helps turn good intentions into steps.</p>"
                            "<p>Signs that a mentee may be ready include:</p>"
                            "<ul>"
                            "<li>More change talk and less sustain talk than in earlier meetings.</li>"
                            "<li>Commitment language or small steps already taken: “I asked about the course.”</li>"
                            "<li>Practical questions about change: “Where would I even live?”</li>"
                            "<li>Imagining life afterwards: “When I'm working, I'll…”</li>"
                            "<li>A calmer, more settled tone, as if something has been decided.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Testing the water"),
                    (
                        "paragraph",
                        (
                            "<p>Rather than announcing that it is time for a plan, offer a summary of the mentee's own "
                            "reasons for change, then ask an open key question and let them decide whether to go "
                            "further.</p>"
                            "<p><strong>Mentor:</strong> Let me see if I've got this. You don't want to go back to the "
                            "same flat, because that's where the old crowd will find you. Your brother has offered "
                            "you a room, and you'd like work where you use your hands. And you've said more than once "
                            "that you want your son to really know you. Where does that leave you?</p>"
                            "<p><strong>Karim:</strong> I think I need to sort out the room with my brother first.</p>"
                            "<p>If the answer had been a shrug or “I don't know”, that is fine too. It tells you to "
                            "stay with evoking a while longer. The decision to plan belongs to the mentee, not to the "
                            "programme's timetable.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Test, don't push",
                            "text": (
                                "Move towards planning when you hear more change talk, commitment and steps. Test "
                                "readiness with a summary and an open key question, and return to evoking if the "
                                "mentee is not there yet."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Think of a mentee or practice partner. What signs of readiness have you heard so far, "
                                "and what signs of uncertainty?"
                            ),
                            "guidance": (
                                "Refer to a mentee only by case code or not at all, and write down actual phrases "
                                "where you can."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "building-a-change-plan",
                "title": "Building a change plan around release",
                "summary": (
                    "How to work with the mentee on a plan covering release, work, new networks and family, and "
                    "how it links to the mentoring agreement."
                ),
                "body": [
                    ("heading", "The plan belongs to the mentee"),
                    (
                        "paragraph",
                        (
                            "<p>A change plan is a short, practical statement of what the mentee wants to achieve and "
                            "the first steps towards it. It works best in the mentee's own words, built on their "
                            "priorities. You can offer information and ideas, but ask permission first and offer "
                            "several options rather than one: “Other people in your situation have found a few things "
                            "helpful. Would you like to hear them?”</p>"
                            "<p>Good plans are specific and modest. “Stay out of trouble” is a hope, not a plan. "
                            "“Phone the job centre in my first week out and ask about the warehouse scheme” is a "
                            "step.</p>"
                        ),
                    ),
                    ("heading", "Areas that matter most"),
                    (
                        "paragraph",
                        (
                            "<p>Research on reoffending points to a handful of areas that make the biggest difference. "
                            "A plan will usually touch several of them:</p>"
                            "<ul>"
                            "<li><strong>Release and the first weeks:</strong> where the mentee will live, who meets "
                            "them, how the first days are filled. The time just after release is often the most "
                            "fragile.</li>"
                            "<li><strong>Work or education:</strong> a course, an apprenticeship, a job lead, or "
                            "simply getting identity papers and a bank account sorted.</li>"
                            "<li><strong>New networks:</strong> people and places outside the old environment, such as "
                            "a sports club, a workplace, a community group or volunteering. Leaving a group leaves a "
                            "gap that needs filling.</li>"
                            "<li><strong>Family and old friends:</strong> people from before the criminal or extremist "
                            "environment can be a major source of support. Explore who could be part of a new start, "
                            "and respect it if some relationships are too damaged to revisit.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "The mentoring agreement"),
                    (
                        "paragraph",
                        (
                            "<p>Your work with each mentee rests on a mentoring agreement that describes what you will "
                            "do together. It is reviewed every three months at a meeting between the programme "
                            "manager, you and staff from the mentee's institution. Use the change plan to prepare: "
                            "what has moved, what has stalled, and what the mentee wants to focus on next. The review "
                            "is a chance to adjust the plan, not to judge the mentee.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Small, specific, theirs",
                            "text": (
                                "Build the plan in the mentee's words, with small concrete steps across release, work, "
                                "networks and family. Revisit it at each three-monthly review of the mentoring "
                                "agreement."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Which of the four areas (release, work, new networks, family) do you feel least "
                                "confident helping with, and what would help you prepare?"
                            ),
                            "guidance": (
                                "Think about information, contacts or skills you could gain, and note what to raise "
                                "with your coach or the programme manager."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "one-step-up-two-steps-back",
                "title": "One step up and two steps back",
                "summary": (
                    "How to respond to setbacks so that they become part of the path rather than the end of it."
                ),
                "body": [
                    ("heading", "Setbacks are part of change"),
                    (
                        "paragraph",
                        (
                            "<p>Leaving a gang or an extremist environment is rarely a straight line. Mentors in "
                            "earlier programmes have described some mentoring relationships as one step up and two "
                            "steps back. A mentee may miss meetings, get back in touch with old friends, lose a job, "
                            "or say things in a bad week that sound as if everything has been undone. This is "
                            "frustrating, but it is common, and it does not mean the work has failed.</p>"
                            "<p>How you respond matters a great deal. If the mentee expects disappointment or a "
                            "lecture, they may hide the next setback or stop seeing you. If they find they can tell "
                            "you the truth and still be treated with respect, the relationship grows stronger.</p>"
                        ),
                    ),
                    ("heading", "Responding in an MI way"),
                    (
                        "paragraph",
                        (
                            "<p>Use the same skills as always: reflect, affirm, ask open questions and hold back the "
                            "righting reflex.</p>"
                            "<p><strong>Mentee:</strong> I went to a party with the old lot. I know, I know.</p>"
                            "<p><strong>Mentor:</strong> You're expecting me to be angry. I'm not. It sounds like "
                            "you're already disappointed in yourself. What happened?</p>"
                            "<p>Later you can explore what led up to it, what the mentee learned and what they want to "
                            "do now. Affirm what they did well, even if it was only telling you. Then return to the "
                            "plan together: does it need changing? Was a step too big? Setbacks often show where more "
                            "support is needed.</p>"
                            "<p>Look after yourself too. It is normal to feel let down, or to doubt whether you are "
                            "any good at this. Bring those feelings to supervision rather than to the mentee.</p>"
                        ),
                    ),
                    ("heading", "When a setback raises concern"),
                    (
                        "paragraph",
                        (
                            "<p>Some setbacks carry risk: renewed contact with a violent group, talk of travelling to "
                            "a conflict zone, or threats against someone. In these cases, tell the programme manager "
                            "and follow your service's procedure. You do not have to judge how serious it is on your "
                            "own.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Keep the door open",
                            "text": (
                                "Setbacks are a normal part of leaving a criminal or extremist environment. Respond "
                                "with curiosity and respect, learn from them together, and take any risk concerns to "
                                "the programme manager."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "How do you usually react when someone you are trying to help lets you down? What "
                                "would help you meet a mentee's setback with curiosity rather than disappointment?"
                            ),
                            "guidance": (
                                "Think of a concrete example, and note one thing you can do to steady yourself before "
                                "you reply."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Check your understanding",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "question": "Which of these suggest a mentee may be ready to move to planning?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "More change talk and less sustain talk than before",
                                            "correct": True,
                                            "feedback": "Yes. A shift in the balance is one of the clearest signs.",
                                        },
                                        {
                                            "text": "Practical questions about how change would work",
                                            "correct": True,
                                            "feedback": "Yes. Questions such as “Where would I live?” show the mentee is thinking about how.",
                                        },
                                        {
                                            "text": "The programme has reached its halfway point",
                                            "correct": False,
                                            "feedback": "No. Readiness comes from the mentee, not from the timetable.",
                                        },
                                        {
                                            "text": "Small steps already taken",
                                            "correct": True,
                                            "feedback": "Yes. Action, however small, often signals readiness for a plan.",
                                        },
                                    ],
                                },
                                {
                                    "question": "What is a good way to test whether a mentee is ready to plan?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Summarise their reasons for change and ask an open key question such as “Where does that leave you?”",
                                            "correct": True,
                                            "feedback": "Right. The mentee hears their own reasons and decides whether to go further.",
                                        },
                                        {
                                            "text": "Present a finished plan for them to sign.",
                                            "correct": False,
                                            "feedback": "No. A plan written for the mentee is rarely owned by them.",
                                        },
                                        {
                                            "text": "Tell the mentee it is time to commit.",
                                            "correct": False,
                                            "feedback": "No. Pressure is likely to provoke sustain talk.",
                                        },
                                        {
                                            "text": "Wait until the next three-monthly review to raise it.",
                                            "correct": False,
                                            "feedback": "No. Readiness can appear in any meeting; you do not need to wait for a review.",
                                        },
                                    ],
                                },
                                {
                                    "question": "How often is the mentoring agreement reviewed in this programme?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Every three months",
                                            "correct": True,
                                            "feedback": "Right. The programme manager, the mentor and staff from the institution meet to review it.",
                                        },
                                        {
                                            "text": "Only at release",
                                            "correct": False,
                                            "feedback": "No. It is reviewed regularly, every three months, throughout the mentoring.",
                                        },
                                        {
                                            "text": "Once a year",
                                            "correct": False,
                                            "feedback": "No. A year is too long in a changing situation; reviews happen every three months.",
                                        },
                                        {
                                            "text": "Only if something goes wrong",
                                            "correct": False,
                                            "feedback": "No. Reviews are routine, not a response to problems.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Which of these are good steps for a change plan?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "“Phone my brother on Sunday to ask about the spare room.”",
                                            "correct": True,
                                            "feedback": "Yes. It is specific, small and clearly the mentee's own step.",
                                        },
                                        {
                                            "text": "“Stay out of trouble.”",
                                            "correct": False,
                                            "feedback": "This is a hope rather than a step; it says nothing about what to do.",
                                        },
                                        {
                                            "text": "“Go to the open evening at the football club in my first week out.”",
                                            "correct": True,
                                            "feedback": "Yes. It is concrete and builds a new network.",
                                        },
                                        {
                                            "text": "“Ask the education officer about the welding course before our next meeting.”",
                                            "correct": True,
                                            "feedback": "Yes. It has a clear action and a time frame.",
                                        },
                                    ],
                                },
                                {
                                    "question": "A mentee tells you he went to a party with old friends from the gang. What is the most MI-consistent first response?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "A reflection that shows understanding, then an open question about what happened",
                                            "correct": True,
                                            "feedback": "Right. It keeps him talking honestly. If what you hear raises a risk concern, tell the programme manager.",
                                        },
                                        {
                                            "text": "A reminder of the consequences he could face",
                                            "correct": False,
                                            "feedback": "This is the righting reflex, and he almost certainly knows the consequences already.",
                                        },
                                        {
                                            "text": "Ending the meeting to show it was unacceptable",
                                            "correct": False,
                                            "feedback": "This punishes honesty and makes it less likely he will tell you next time.",
                                        },
                                        {
                                            "text": "Telling him how disappointed you are",
                                            "correct": False,
                                            "feedback": "Your feelings are real, but they belong in supervision. Here they are likely to produce shame or defensiveness.",
                                        },
                                    ],
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
]


COACH_MODULES = [
    {
        "slug": "supervising-a-fellow-mentor",
        "title": "Supervising a fellow mentor",
        "intro": (
            "This module is for mentor coaches: mentors who also supervise and support fellow mentors between "
            "seminars. It covers the coach role, how to run a supervision conversation in the same MI spirit you "
            "hope mentors will use, how to give useful feedback on a practice conversation using simple counts, "
            "and how to look after mentor wellbeing and know when to raise a concern with the programme manager."
        ),
        "estimated_minutes": 60,
        "lessons": [
            {
                "slug": "the-coach-role",
                "title": "The coach role between seminars",
                "summary": (
                    "What a mentor coach does, what a coach is not, and how to look after the mentors you support."
                ),
                "body": [
                    ("heading", "A learner and a supervisor at once"),
                    (
                        "paragraph",
                        (
                            "<p>As a coach you remain a mentor with your own mentee, and you keep learning alongside "
                            "everyone else. What changes is that you also support a small group of fellow mentors in "
                            "the long stretches between seminars. Much of the real learning in MI happens there: in "
                            "trying things with a mentee, getting stuck, and talking it through with someone who "
                            "understands.</p>"
                            "<p>Your job is to help mentors reflect on their work, strengthen their MI skills and keep "
                            "going when it is hard. You are not their manager, you do not decide whether they are "
                            "suitable, and you do not take over their mentoring relationships. Matching, agreements "
                            "and concerns stay with the programme manager.</p>"
                        ),
                    ),
                    ("heading", "Practical ground rules"),
                    (
                        "paragraph",
                        (
                            "<p>A few rules keep the arrangement safe and clear:</p>"
                            "<ul>"
                            "<li>Agree with each mentor how often you will meet and how to reach each other in "
                            "between.</li>"
                            "<li>Refer to mentees by case code only, never by name, and keep written notes to the "
                            "supervision record on the platform.</li>"
                            "<li>Be clear about what stays between you and the mentor, and what you must pass on to "
                            "the programme manager.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Looking after the mentor"),
                    (
                        "paragraph",
                        (
                            "<p>Mentoring people who are leaving extremist and gang environments can be draining. "
                            "Mentors may hear painful life stories, feel their own values challenged, or worry about a "
                            "mentee between visits. Some feel isolated because they cannot talk about the work with "
                            "friends or family. Part of your role is to notice how the mentor is doing, not only how "
                            "the mentoring is going.</p>"
                            "<p>Ask about it directly and regularly: “How are you doing with all this?” Watch for signs "
                            "of strain such as tiredness, irritability, cancelled meetings, becoming over-involved in a "
                            "mentee's life, or losing hope. Affirm the effort mentors make and help them find support. "
                            "If strain looks serious or does not ease, talk to the programme manager.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Support, don't manage",
                            "text": (
                                "A coach helps fellow mentors reflect, practise and keep going between seminars. "
                                "Decisions and concerns belong with the programme manager."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "What did you most need from other people during your own first months as a mentor? "
                                "How could you offer that to the mentors you now support?"
                            ),
                            "guidance": (
                                "Think about practical help as well as encouragement, and note anything you wish you "
                                "had received."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "running-an-mi-consistent-supervision",
                "title": "Running a supervision conversation the MI way",
                "summary": (
                    "How to structure a supervision meeting that uses the same spirit and skills you hope mentors "
                    "will use with mentees."
                ),
                "body": [
                    ("heading", "Practise what you teach"),
                    (
                        "paragraph",
                        (
                            "<p>A supervision conversation is itself a chance to show MI at work. If you lecture a "
                            "mentor about not lecturing, the lesson is lost. If you listen, reflect, draw out the "
                            "mentor's own ideas and respect their judgement, they experience MI from the other side "
                            "and are more likely to bring it into their own meetings.</p>"
                            "<p>The same temptations apply to you. When a mentor describes a difficult meeting, you may "
                            "feel a strong urge to tell them what they should have done. Hold it back at first. Most "
                            "mentors already sense what went wrong and what they might try, and they remember their "
                            "own ideas far better than yours.</p>"
                        ),
                    ),
                    ("heading", "A simple structure"),
                    (
                        "paragraph",
                        (
                            "<p>Many coaches find this sequence useful:</p>"
                            "<ol>"
                            "<li><strong>Agree the agenda.</strong> “What would you like to use our time for today?” "
                            "Add anything you need to cover, such as an upcoming agreement review.</li>"
                            "<li><strong>Explore.</strong> Use open questions and reflections to understand what "
                            "happened and how the mentor experienced it.</li>"
                            "<li><strong>Evoke.</strong> “What do you think was going on for your mentee?” “What might "
                            "you try next time?”</li>"
                            "<li><strong>Offer, with permission.</strong> “Would it help if I shared something that "
                            "has worked for me?” Keep it brief, then ask what the mentor makes of it.</li>"
                            "<li><strong>Summarise and agree a next step.</strong> Pull together what the mentor has "
                            "said and what they plan to try.</li>"
                            "</ol>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Here is a short example:</p>"
                            "<p><strong>Mentor:</strong> He just shut down when I asked about his brother. I didn't "
                            "know what to do.</p>"
                            "<p><strong>Coach:</strong> You'd been getting somewhere, and then the door closed. That "
                            "must have been frustrating.</p>"
                            "<p><strong>Mentor:</strong> Yes. Maybe I went there too fast.</p>"
                            "<p><strong>Coach:</strong> You're wondering about the timing. What would you do "
                            "differently?</p>"
                            "<p>The coach reflects twice and asks once, and it is the mentor who names the likely "
                            "cause.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Supervise in the spirit of MI",
                            "text": (
                                "Use partnership, open questions, reflections and permission-based advice with "
                                "mentors. They learn MI best by experiencing it in supervision."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Recall a time you received feedback or supervision that really helped you grow. What "
                                "did the other person do, and how does it compare with the structure in this lesson?"
                            ),
                            "guidance": (
                                "Pick one thing that person did which you want to make a habit in your own supervision."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "feedback-and-raising-concerns",
                "title": "Feedback on practice and raising concerns",
                "summary": (
                    "How to give feedback on a practice conversation using simple counts, and when to raise a "
                    "concern with the programme manager."
                ),
                "body": [
                    ("heading", "Counting what you can hear"),
                    (
                        "paragraph",
                        (
                            "<p>When a mentor shares a practice conversation, whether role-played with a colleague or "
                            "recorded with consent, general impressions such as “that was good” help little. Simple "
                            "counts of things you can actually hear are more useful and feel less personal. While "
                            "listening to a 10 to 20 minute stretch, keep a tally of:</p>"
                            "<ul>"
                            "<li>questions (MITI 4.2.1 counts every question alike; note which were open);</li>"
                            "<li>reflections, split into simple and complex;</li>"
                            "<li>affirmations;</li>"
                            "<li>moments of the righting reflex: advice without permission, warnings, arguing.</li>"
                            "</ul>"
                            "<p>From these you can work out how many reflections there were for each question, and "
                            "what share of the reflections were complex. As a rough guide, mentors should aim for at "
                            "least as many reflections as questions, working towards two for every question. The MITI "
                            "coding used in coach training builds on counts like these.</p>"
                        ),
                    ),
                    ("heading", "Giving the feedback"),
                    (
                        "paragraph",
                        (
                            "<p>Share counts as information, not as a grade, and let the mentor interpret them "
                            "first.</p>"
                            "<p><strong>Coach:</strong> What did you notice when you listened back?</p>"
                            "<p><strong>Mentor:</strong> I think I asked a lot of questions.</p>"
                            "<p><strong>Coach:</strong> You did. I counted fourteen questions and six reflections. Two "
                            "of the reflections were complex, and both times your mentee said more. What do you make "
                            "of that?</p>"
                            "<p>Start with what went well, be specific, and agree one thing to practise rather than "
                            "five.</p>"
                        ),
                    ),
                    ("heading", "When to raise a concern"),
                    (
                        "paragraph",
                        (
                            "<p>Sometimes you will hear something that goes beyond skills and support. Tell the "
                            "programme manager, and follow your service's procedure, if:</p>"
                            "<ul>"
                            "<li>anything suggests a risk to the mentee, the mentor or anyone else;</li>"
                            "<li>a mentor seems to be crossing boundaries, for example lending money or meeting "
                            "outside the agreement;</li>"
                            "<li>a mentor's wellbeing is seriously affected or not improving;</li>"
                            "<li>you are unsure. Raising a question early is better than waiting.</li>"
                            "</ul>"
                            "<p>Where appropriate, let the mentor know you are raising it.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Count, then ask",
                            "text": (
                                "Simple counts of questions, reflections and affirmations make feedback clear and fair. "
                                "When something goes beyond skills and support, tell the programme manager."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Listen to a short practice conversation, your own or a colleague's with consent, and "
                                "tally questions, simple and complex reflections and affirmations. What surprised you?"
                            ),
                            "guidance": (
                                "Note the numbers first, then one specific strength you would affirm and one thing you "
                                "would suggest practising."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Check your understanding",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "question": "What is the main purpose of a mentor coach between seminars?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "To help fellow mentors reflect on their work, build their MI skills and keep going",
                                            "correct": True,
                                            "feedback": "Right. The coach supports learning and wellbeing, while decisions stay with the programme manager.",
                                        },
                                        {
                                            "text": "To assess whether mentors should stay in the programme",
                                            "correct": False,
                                            "feedback": "No. Coaches are not assessors; suitability is a matter for the programme manager.",
                                        },
                                        {
                                            "text": "To take over difficult mentoring relationships",
                                            "correct": False,
                                            "feedback": "No. The coach supports the mentor, who keeps the relationship with the mentee.",
                                        },
                                        {
                                            "text": "To report everything a mentor says to the programme manager",
                                            "correct": False,
                                            "feedback": "No. Only concerns go to the programme manager; ordinary supervision stays between coach and mentor.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Which of these can you count when listening to a practice conversation?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Open and closed questions",
                                            "correct": True,
                                            "feedback": "Yes. Questions are easy to hear and to tally.",
                                        },
                                        {
                                            "text": "Simple and complex reflections",
                                            "correct": True,
                                            "feedback": "Yes. Counting both shows how far the mentor goes beyond repeating.",
                                        },
                                        {
                                            "text": "Affirmations",
                                            "correct": True,
                                            "feedback": "Yes. Affirmations are specific statements you can hear and count.",
                                        },
                                        {
                                            "text": "How much the mentor cares about the mentee",
                                            "correct": False,
                                            "feedback": "No. Care matters, but it is not an observable count. Stick to what you can actually hear.",
                                        },
                                    ],
                                },
                                {
                                    "question": "In a 15-minute practice conversation you count 18 questions and 9 reflections. What does that tell you?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "There was half a reflection per question; the mentor could practise replacing some questions with reflections.",
                                            "correct": True,
                                            "feedback": "Right. The aim is at least one reflection per question, working towards two.",
                                        },
                                        {
                                            "text": "There were two reflections per question, which is already very strong.",
                                            "correct": False,
                                            "feedback": "No. The figures are the other way round: twice as many questions as reflections.",
                                        },
                                        {
                                            "text": "Reflections and questions were evenly balanced.",
                                            "correct": False,
                                            "feedback": "No. 18 questions against 9 reflections is not balanced.",
                                        },
                                        {
                                            "text": "Nothing useful; counts cannot say anything about a conversation.",
                                            "correct": False,
                                            "feedback": "Counts do not tell the whole story, but they give a clear, fair starting point for feedback.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Which coach responses in supervision are consistent with MI?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "“What would you like to use our time for today?”",
                                            "correct": True,
                                            "feedback": "Yes. Agreeing the agenda together is partnership in practice.",
                                        },
                                        {
                                            "text": "“Would it help if I shared something that has worked for me?”",
                                            "correct": True,
                                            "feedback": "Yes. Asking permission before offering advice respects the mentor's autonomy.",
                                        },
                                        {
                                            "text": "“You asked about his brother far too early. Next time, don't.”",
                                            "correct": False,
                                            "feedback": "This is the righting reflex aimed at the mentor. Drawing out their own view usually works better.",
                                        },
                                        {
                                            "text": "“You're wondering whether you moved too fast.”",
                                            "correct": True,
                                            "feedback": "Yes. A reflection helps the mentor think it through for themselves.",
                                        },
                                    ],
                                },
                                {
                                    "question": "In which situations should a coach tell the programme manager?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Something suggests a risk to the mentee or to others.",
                                            "correct": True,
                                            "feedback": "Yes. Risk is always passed on, following your service's procedure.",
                                        },
                                        {
                                            "text": "A mentor seems to be crossing boundaries, such as lending money to a mentee.",
                                            "correct": True,
                                            "feedback": "Yes. Boundary problems can harm both mentor and mentee and need the programme manager's attention.",
                                        },
                                        {
                                            "text": "A mentor asked more questions than reflections in a practice conversation.",
                                            "correct": False,
                                            "feedback": "No. That is an ordinary learning point to work on in supervision.",
                                        },
                                        {
                                            "text": "A mentor's wellbeing is seriously affected and not improving.",
                                            "correct": True,
                                            "feedback": "Yes. Persistent strain needs more support than a coach alone can give.",
                                        },
                                    ],
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "coding-miti",
        "title": "Coding practice conversations with MITI 4.2.1",
        "intro": (
            "The coaches' coding module. The MITI form on the platform asks for four global scores and ten behaviour "
            "counts: this module defines each of them with examples from prison and probation work, gives the 1 to 5 "
            "anchors of the global scores and the thresholds of the summary scores, and ends with calibration: coding "
            "reference transcripts until your coding agrees with the model coding."
        ),
        "estimated_minutes": 90,
        "lessons": [
            {
                "slug": "miti-global-scores",
                "title": "The four global scores",
                "summary": (
                    "Cultivating change talk, softening sustain talk, partnership and empathy: what each rates, and "
                    "the anchors from 1 to 5."
                ),
                "body": [
                    ("heading", "Rating the whole conversation"),
                    (
                        "paragraph",
                        (
                            "<p>The Motivational Interviewing Treatment Integrity code (MITI 4.2.1) has two parts. "
                            "The global scores give one rating each, from 1 to 5, for a whole stretch of conversation "
                            "(usually 20 minutes). The behaviour counts, in the next lesson, tally what the mentor "
                            "says, utterance by utterance. Listen to the whole stretch once for the global scores "
                            "before you count.</p>"
                            "<p>Start each global score at 3 and move up or down as the evidence comes: a 3 means "
                            "the mentor does some of it, inconsistently. Rate what the mentor does, not how the "
                            "mentee responds: a mentee may stay angry with a mentor who is doing excellent work.</p>"
                        ),
                    ),
                    ("heading", "Cultivating change talk"),
                    (
                        "paragraph",
                        (
                            "<p>How actively the mentor notices, invites and strengthens the mentee's own language "
                            "in favour of change: desire, ability, reasons, need, commitment, steps taken.</p>"
                            "<ul>"
                            "<li><strong>1</strong>: the mentor shows no attention to change talk; it passes unremarked.</li>"
                            "<li><strong>2</strong>: occasional attention, but chances to explore change talk are mostly missed.</li>"
                            "<li><strong>3</strong>: often attends to change talk, but misses some clear chances.</li>"
                            "<li><strong>4</strong>: consistently attends to change talk and makes efforts to deepen it.</li>"
                            "<li><strong>5</strong>: marked and consistent effort to increase the depth, strength or momentum "
                            "of the mentee's change talk.</li>"
                            "</ul>"
                            "<p>In prison: when a mentee says “I don't want my son to visit me here again”, a 4 or 5 "
                            "mentor reflects it and asks what that would take; a 2 mentor moves on to the next "
                            "form.</p>"
                        ),
                    ),
                    ("heading", "Softening sustain talk"),
                    (
                        "paragraph",
                        (
                            "<p>How far the mentor avoids strengthening the mentee's language in favour of the status "
                            "quo, and lowers its depth and momentum. Arguing with sustain talk strengthens it.</p>"
                            "<ul>"
                            "<li><strong>1</strong>: the mentor consistently responds to sustain talk in ways that "
                            "increase it: arguing, dwelling on reasons not to change.</li>"
                            "<li><strong>2</strong>: usually chooses to explore or focus on sustain talk.</li>"
                            "<li><strong>3</strong>: gives preference to sustain talk relative to change talk at times.</li>"
                            "<li><strong>4</strong>: typically avoids emphasising sustain talk.</li>"
                            "<li><strong>5</strong>: marked and consistent effort to decrease the depth, strength or "
                            "momentum of sustain talk, for example with a double-sided reflection that ends on the "
                            "change side, or agreeing with a twist.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Partnership"),
                    (
                        "paragraph",
                        (
                            "<p>How far the mentor treats the conversation as a collaboration between equals, in "
                            "which the mentee's expertise about their own life counts as much as the mentor's.</p>"
                            "<ul>"
                            "<li><strong>1</strong>: the mentor actively assumes the expert role for most of the "
                            "conversation; the mentee's contribution is ignored.</li>"
                            "<li><strong>2</strong>: superficial collaboration: the mentor asks for the mentee's "
                            "views but then sets the agenda anyway.</li>"
                            "<li><strong>3</strong>: incorporates the mentee's contributions, but in a lukewarm or "
                            "erratic way.</li>"
                            "<li><strong>4</strong>: fosters collaboration and power sharing, so the mentee's ideas "
                            "shape the conversation.</li>"
                            "<li><strong>5</strong>: actively fosters and encourages power sharing, so the mentee's "
                            "ideas substantially influence what is decided.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Empathy"),
                    (
                        "paragraph",
                        (
                            "<p>How far the mentor understands, or makes an effort to understand, the mentee's "
                            "perspective and experience: their feelings, values and reasons, not only the facts.</p>"
                            "<ul>"
                            "<li><strong>1</strong>: no attention to the mentee's perspective.</li>"
                            "<li><strong>2</strong>: sporadic efforts to explore it, often inaccurate or cut short.</li>"
                            "<li><strong>3</strong>: actively tries to understand, with modest success.</li>"
                            "<li><strong>4</strong>: accurately understands what the mentee has said, and some of "
                            "what they have not said.</li>"
                            "<li><strong>5</strong>: deep understanding of the mentee's point of view, shown in "
                            "complex reflections that go beyond their words.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Summary scores",
                            "text": (
                                "Technical = (cultivating change talk + softening sustain talk) / 2: fair from 3, good "
                                "from 4. Relational = (partnership + empathy) / 2: fair from 3.5, good from 4."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Check your understanding",
                            "pass_mark": 100,
                            "questions": [
                                {
                                    "question": "A mentee says he wants to stay out of the group for his daughter's sake, then lists why he still owes them. The mentor argues with each reason. Which global score suffers most?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Empathy, because the mentor did not reflect feelings.",
                                            "correct": False,
                                            "feedback": "Empathy may suffer too, but arguing with sustain talk is what softening sustain talk rates.",
                                        },
                                        {
                                            "text": "Softening sustain talk, because arguing strengthens the reasons not to change.",
                                            "correct": True,
                                            "feedback": "Right. Each counter-argument invites the mentee to defend the status quo.",
                                        },
                                        {
                                            "text": "Partnership, because the mentor spoke more than the mentee.",
                                            "correct": False,
                                            "feedback": "Talking time alone does not decide partnership; who shapes the agenda does.",
                                        },
                                        {
                                            "text": "None: arguing is fine if the mentor is right about the group.",
                                            "correct": False,
                                            "feedback": "Being right does not help: sustain talk grows when it is argued with.",
                                        },
                                    ],
                                },
                                {
                                    "question": "What does a 3 on any global score mean?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "The mentor does it well but not perfectly.",
                                            "correct": False,
                                            "feedback": "That is closer to a 4.",
                                        },
                                        {
                                            "text": "The mentee responded neither well nor badly.",
                                            "correct": False,
                                            "feedback": "Global scores rate the mentor's behaviour, not the mentee's response.",
                                        },
                                        {
                                            "text": "The mentor does some of it, inconsistently: the place to start before moving up or down.",
                                            "correct": True,
                                            "feedback": "Right. Start at 3 and let the evidence move you.",
                                        },
                                        {
                                            "text": "The conversation was too short to rate.",
                                            "correct": False,
                                            "feedback": "A short stretch is rated with caution, but 3 is not a code for missing evidence.",
                                        },
                                    ],
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "miti-behaviour-counts",
                "title": "The ten behaviour counts",
                "summary": (
                    "Giving information, persuade, persuade with permission, question, simple and complex reflection, "
                    "affirm, seeking collaboration, emphasizing autonomy and confront, with examples."
                ),
                "body": [
                    ("heading", "One code per utterance"),
                    (
                        "paragraph",
                        (
                            "<p>An utterance is a complete thought by the mentor. Most get one behaviour code; some "
                            "(small talk, “mm-hmm”) get none. Count only the mentor's utterances.</p>"
                        ),
                    ),
                    ("heading", "Informing and persuading"),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li><strong>Giving information</strong>: neutral information, feedback or explanation, "
                            "without trying to persuade. “The housing office is open until three on Thursdays.”</li>"
                            "<li><strong>Persuade</strong>: an attempt to change the mentee's opinions, attitudes or "
                            "behaviour by logic, argument, self-disclosure or advice, without permission. “You should "
                            "tell your probation officer today.”</li>"
                            "<li><strong>Persuade with permission</strong>: the same, but after the mentee has asked "
                            "or agreed, or with clear emphasis on their choice. “Would it help to hear what others "
                            "have done? … Some have found it useful to tell their probation officer early.”</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Questions and reflections"),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li><strong>Question</strong>: any question. MITI 4.2.1 counts open and closed questions "
                            "alike; whether a question is open still matters for the conversation, and coaches may "
                            "note it in their feedback.</li>"
                            "<li><strong>Simple reflection</strong>: conveys understanding of what the mentee said, "
                            "adding little or no meaning. “You're worried about the flat.”</li>"
                            "<li><strong>Complex reflection</strong>: adds substantial meaning or emphasis: a feeling, "
                            "a value, a link, the unspoken next step, or a double-sided reflection. “A place of your "
                            "own matters because it keeps you away from the old crowd.”</li>"
                            "</ul>"
                            "<p>Targets: reflections to questions 1:1 is fair and 2:1 good; complex reflections 40% "
                            "of all reflections is fair and 50% good.</p>"
                        ),
                    ),
                    ("heading", "MI-adherent and MI-non-adherent"),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li><strong>Affirm</strong>: states something positive about the mentee's strengths, "
                            "efforts or values, genuinely. “You stuck to that decision for two years inside.”</li>"
                            "<li><strong>Seeking collaboration</strong>: explicitly invites the mentee's ideas, "
                            "shares power or acknowledges their expertise. “What would you like us to spend the time "
                            "on?”</li>"
                            "<li><strong>Emphasizing autonomy</strong>: highlights the mentee's choice and control. "
                            "“It's your decision whether you join the exit programme.”</li>"
                            "<li><strong>Confront</strong>: disagrees, argues, corrects, shames, blames or labels from "
                            "a position of authority. “Friends don't get you locked up. Be honest with yourself.”</li>"
                            "</ul>"
                            "<p>The platform adds up MI-adherent behaviour (seeking collaboration, affirm, "
                            "emphasizing autonomy) and MI-non-adherent behaviour (persuade, confront); they are "
                            "counted, not rated.</p>"
                        ),
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Check your understanding",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "question": "“You're not sure you can face your family, and part of you still wants to try.” How is this coded?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Simple reflection",
                                            "correct": False,
                                            "feedback": "It does more than repeat: it holds both sides.",
                                        },
                                        {
                                            "text": "Persuade",
                                            "correct": False,
                                            "feedback": "There is no argument or advice in it.",
                                        },
                                        {
                                            "text": "Complex reflection",
                                            "correct": True,
                                            "feedback": "Right: a double-sided reflection adds meaning, and it ends on the change side.",
                                        },
                                        {
                                            "text": "Question",
                                            "correct": False,
                                            "feedback": "It is a statement: the voice goes down at the end.",
                                        },
                                    ],
                                },
                                {
                                    "question": "The mentee has asked what the mentor thinks. The mentor says: “Since you ask, I'd start with the letter to the council, but you know your situation best.” How is this coded?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Persuade",
                                            "correct": False,
                                            "feedback": "Advice was asked for and the choice is left open: that is the difference.",
                                        },
                                        {
                                            "text": "Persuade with permission",
                                            "correct": True,
                                            "feedback": "Right: advice given after the mentee asked, with their choice emphasised.",
                                        },
                                        {
                                            "text": "Giving information",
                                            "correct": False,
                                            "feedback": "It recommends a course of action, so it is more than neutral information.",
                                        },
                                        {
                                            "text": "Emphasizing autonomy",
                                            "correct": False,
                                            "feedback": "The last clause emphasises autonomy, but the utterance as a whole advises.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Which of these are MI-non-adherent?",
                                    "kind": "multiple",
                                    "answers": [
                                        {"text": "Confront", "correct": True, "feedback": "Yes."},
                                        {
                                            "text": "Persuade with permission",
                                            "correct": False,
                                            "feedback": "No: with permission, advice is MI-consistent.",
                                        },
                                        {"text": "Persuade", "correct": True, "feedback": "Yes."},
                                        {
                                            "text": "Giving information",
                                            "correct": False,
                                            "feedback": "No: neutral information is neither adherent nor non-adherent.",
                                        },
                                    ],
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "miti-calibration",
                "title": "Coding in practice, and calibrating",
                "summary": (
                    "How to code a 20-minute stretch, how to turn the codes into feedback, and how the reference "
                    "transcripts keep coaches' coding in agreement."
                ),
                "body": [
                    ("heading", "A way of working"),
                    (
                        "paragraph",
                        (
                            "<p>Listen once for the global scores, then again, pausing, for the behaviour counts. "
                            "When unsure between two codes, choose the one that describes what the mentor was "
                            "doing, not what they meant to do. Write down the few utterances you will use in "
                            "feedback: a strong complex reflection, a moment of the righting reflex.</p>"
                            "<p>Share the codes as information, never as a grade, and let the mentor read them "
                            "first: “What do you notice about the balance of reflections and questions?”</p>"
                        ),
                    ),
                    ("heading", "Calibration"),
                    (
                        "paragraph",
                        (
                            "<p>Coders drift apart without noticing. Under Supervision > MITI calibration you code "
                            "reference transcripts, written for training with a model coding, and see your coding "
                            "beside the model's, code by code: a count agrees when it is within 20% (at least one "
                            "either way), a global score when it is within one point. You are calibrated once your "
                            "codings of two different transcripts agree, for twelve months; the programme manager "
                            "sees who is calibrated, and codings by a coach who is not are left out of the report to "
                            "funders.</p>"
                        ),
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Code one reference transcript on the platform. Where did your coding and the model coding differ most, and what did the rationale show you?",
                            "guidance": "Look first at the global score furthest from the model: it usually shows what you listened for.",
                        },
                    ),
                ],
            },
        ],
    },
]


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
            "<p>Complete the module <strong>The spirit of motivational interviewing</strong> before the first day. "
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
            "<p>Complete the modules <strong>Core skills: open questions, affirmations, reflections and "
            "summaries</strong> and <strong>Change talk and sustain talk</strong>. During the week before, try "
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
            "<p>Complete the modules <strong>Responding to discord</strong> and <strong>Planning and "
            "commitment</strong>. If you already have a mentee, bring one planning challenge to discuss, "
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
