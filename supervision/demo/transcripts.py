"""The demo's reference transcripts for MITI coder training, each in English and Danish, with a model coding.

Written for the demo; the people in them are invented. One shows MI-consistent work, the other the righting
reflex, so a coach in training meets both ends of each global score.
"""

HOUSING_CODES = {
    "cultivating_change_talk": 4,
    "softening_sustain_talk": 4,
    "partnership": 4,
    "empathy": 4,
    "giving_information": 1,
    "persuade": 0,
    "persuade_with_permission": 0,
    "question": 3,
    "simple_reflection": 1,
    "complex_reflection": 2,
    "affirm": 1,
    "seeking_collaboration": 1,
    "emphasizing_autonomy": 1,
    "confront": 0,
}

VISITS_CODES = {
    "cultivating_change_talk": 2,
    "softening_sustain_talk": 1,
    "partnership": 2,
    "empathy": 2,
    "giving_information": 1,
    "persuade": 3,
    "persuade_with_permission": 0,
    "question": 2,
    "simple_reflection": 1,
    "complex_reflection": 0,
    "affirm": 0,
    "seeking_collaboration": 0,
    "emphasizing_autonomy": 0,
    "confront": 1,
}

TRANSCRIPTS = [
    {
        "language": "en",
        "title": "Five weeks to release: the flat",
        "setting": "Probation office, a mentee leaving a gang environment, five weeks before release on licence.",
        "minutes": 5,
        "codes": HOUSING_CODES,
        "transcript": """Mentor: Thanks for coming in. We have about twenty minutes. What would you like us to spend them on?

Mentee: The flat. The council still hasn't answered, and I'm out in five weeks.

Mentor: Five weeks, and still no word. That has you worried.

Mentee: Worried? I'm fed up. If I end up at my brother's place, I'm back with the same lot.

Mentor: A place of your own matters because it keeps you away from the old crowd.

Mentee: Yeah. I'm not going back to that.

Mentor: You made that decision two years ago and you have stuck to it inside. That takes something.

Mentee: Some days.

Mentor: Would it help to hear what others in your position have done while they waited for the council?

Mentee: Go on.

Mentor: Some asked their probation officer to write to the council; a few used the hostel for the first month.

Mentor: Which of those, if any, fits you?

Mentee: Not the hostel. Maybe the letter.

Mentor: The letter is something you could live with; the hostel isn't.

Mentee: Right.

Mentor: It's your call how we take it from here.""",
        "rationale": """Questions (3): "What would you like us to spend them on?", "Would it help to hear…?" and "Which of those, if any, fits you?". The first also counts as Seeking Collaboration: the mentor asks the mentee to set the agenda.

Reflections: "That has you worried" and "A place of your own matters because it keeps you away from the old crowd" add a feeling and a reason the mentee did not say: complex (2). "The letter is something you could live with; the hostel isn't" stays with what was said: simple (1).

"You made that decision… That takes something" is an Affirm: it names a strength and an effort. The two options are Giving Information (1), offered after asking. "It's your call" is Emphasizing Autonomy.

Globals: change talk (not going back) is noticed and reflected, the sustain talk ("some days") is met without argument: Cultivating Change Talk 4, Softening Sustain Talk 4. The mentor shares the agenda and offers choices: Partnership 4. The reflections show the mentor understands the worry beneath the complaint: Empathy 4. Not 5: the conversation does not yet deepen the mentee's own reasons.""",
    },
    {
        "language": "en",
        "title": "Visiting day: the old friends",
        "setting": "Prison, a mentee who has said he may leave a right-wing extremist group; a visit from the group is due.",
        "minutes": 4,
        "codes": VISITS_CODES,
        "transcript": """Mentor: So, have you thought any more about leaving the group?

Mentee: I said I'd think about it. They're the only ones who visit me.

Mentor: You know they're bad for you. Every time you see them you end up in trouble.

Mentee: They're my friends. You don't get it.

Mentor: Friends don't get you locked up. You need to be honest with yourself here.

Mentee: Whatever.

Mentor: The exit programme has helped people find housing and work.

Mentor: You should sign up this week.

Mentee: Maybe.

Mentor: They visited you when nobody else did.

Mentee: Yeah. My mum doesn't even write.

Mentor: Why do you think that is?

Mentee: Dunno. The tattoos, maybe.

Mentor: I think you should write to her first.""",
        "rationale": """Questions (2): "have you thought any more…?" and "Why do you think that is?". The one reflection is simple (1): "They visited you when nobody else did" repeats what he said.

Persuade (3): "You know they're bad for you…", "You should sign up this week" and "I think you should write to her first": advice and arguments without permission. "Friends don't get you locked up. You need to be honest with yourself" judges and shames: Confront (1). The sentence about the exit programme is Giving Information (1).

Globals: the mentor hears "I said I'd think about it" and "my mum doesn't even write" but does not take them up: Cultivating Change Talk 2. Sustain talk ("they're my friends") is argued with, which strengthens it: Softening Sustain Talk 1. The mentor holds the expertise and the agenda: Partnership 2. Only one reflection, none of the loneliness under his words: Empathy 2.""",
    },
    {
        "language": "da",
        "title": "Fem uger til løsladelse: lejligheden",
        "setting": "Tilsynskontor, en mentee på vej ud af et bandemiljø, fem uger før prøveløsladelse.",
        "minutes": 5,
        "codes": HOUSING_CODES,
        "transcript": """Mentor: Tak, fordi du kom. Vi har omkring tyve minutter. Hvad vil du gerne have, vi bruger dem på?

Mentee: Lejligheden. Kommunen har stadig ikke svaret, og jeg kommer ud om fem uger.

Mentor: Fem uger, og stadig intet svar. Det gør dig bekymret.

Mentee: Bekymret? Jeg er træt af det. Hvis jeg ender hos min bror, er jeg tilbage hos de samme folk.

Mentor: Et sted for dig selv betyder noget, fordi det holder dig væk fra de gamle venner.

Mentee: Ja. Jeg går ikke tilbage til det.

Mentor: Du tog den beslutning for to år siden, og du har holdt fast i den herinde. Det kræver noget.

Mentee: Nogle dage.

Mentor: Vil det hjælpe at høre, hvad andre i din situation har gjort, mens de ventede på kommunen?

Mentee: Kør løs.

Mentor: Nogle bad deres tilsynsførende om at skrive til kommunen; et par stykker boede på en pension den første måned.

Mentor: Hvilken af dem, om nogen, passer til dig?

Mentee: Ikke pensionen. Måske brevet.

Mentor: Brevet er noget, du kan leve med; pensionen er ikke.

Mentee: Ja.

Mentor: Det er dig, der bestemmer, hvordan vi går videre herfra.""",
        "rationale": """Spørgsmål (3): „Hvad vil du gerne have, vi bruger dem på?“, „Vil det hjælpe at høre …?“ og „Hvilken af dem, om nogen, passer til dig?“. Det første tæller også som Søge samarbejde: mentoren beder mentee'en sætte dagsordenen.

Refleksioner: „Det gør dig bekymret“ og „Et sted for dig selv betyder noget, fordi det holder dig væk fra de gamle venner“ tilføjer en følelse og en grund, mentee'en ikke sagde: komplekse (2). „Brevet er noget, du kan leve med; pensionen er ikke“ bliver ved det sagte: simpel (1).

„Du tog den beslutning … Det kræver noget“ er Anerkende: det nævner en styrke og en indsats. De to muligheder er Give information (1), tilbudt efter at have spurgt. „Det er dig, der bestemmer“ er Fremhæve autonomi.

Globale vurderinger: forandringssnakken (ikke tilbage) bliver set og reflekteret, fastholdelsessnakken („nogle dage“) mødes uden modargumenter: Fremme forandringssnak 4, Blødgøre fastholdelsessnak 4. Mentoren deler dagsordenen og tilbyder valg: Partnerskab 4. Refleksionerne viser, at mentoren forstår bekymringen bag klagen: Empati 4. Ikke 5: samtalen uddyber endnu ikke mentee'ens egne grunde.""",
    },
    {
        "language": "da",
        "title": "Besøgsdag: de gamle venner",
        "setting": "Fængsel, en mentee, der har sagt, at han måske vil forlade en højreekstremistisk gruppe; gruppen kommer på besøg.",
        "minutes": 4,
        "codes": VISITS_CODES,
        "transcript": """Mentor: Nå, har du tænkt mere over at forlade gruppen?

Mentee: Jeg sagde, jeg ville tænke over det. De er de eneste, der besøger mig.

Mentor: Du ved godt, de er dårlige for dig. Hver gang du ser dem, ender du i problemer.

Mentee: De er mine venner. Du forstår det ikke.

Mentor: Venner får dig ikke spærret inde. Du må være ærlig over for dig selv her.

Mentee: Ligegyldigt.

Mentor: Exitprogrammet har hjulpet folk med bolig og arbejde.

Mentor: Du bør melde dig til i denne uge.

Mentee: Måske.

Mentor: De besøgte dig, da ingen andre gjorde.

Mentee: Ja. Min mor skriver ikke engang.

Mentor: Hvorfor tror du, det er sådan?

Mentee: Ved ikke. Tatoveringerne, måske.

Mentor: Jeg synes, du skal skrive til hende først.""",
        "rationale": """Spørgsmål (2): „har du tænkt mere …?“ og „Hvorfor tror du, det er sådan?“. Den ene refleksion er simpel (1): „De besøgte dig, da ingen andre gjorde“ gentager det, han sagde.

Overtale (3): „Du ved godt, de er dårlige for dig …“, „Du bør melde dig til i denne uge“ og „Jeg synes, du skal skrive til hende først“: råd og argumenter uden tilladelse. „Venner får dig ikke spærret inde. Du må være ærlig over for dig selv“ dømmer og skammer: Konfrontere (1). Sætningen om exitprogrammet er Give information (1).

Globale vurderinger: mentoren hører „jeg sagde, jeg ville tænke over det“ og „min mor skriver ikke engang“, men tager dem ikke op: Fremme forandringssnak 2. Fastholdelsessnakken („de er mine venner“) bliver modsagt, hvilket styrker den: Blødgøre fastholdelsessnak 1. Mentoren har ekspertisen og dagsordenen: Partnerskab 2. Kun én refleksion, ingen af ensomheden bag hans ord: Empati 2.""",
    },
]
