"""Demoseminarernes drejebøger på dansk, punkt for punkt som session_plans.py."""

from courses.demo.session_plans import activity, day, role_play

OBSERVER = (
    "Observatør",
    "Tæl mentorens spørgsmål, simple refleksioner, komplekse refleksioner og anerkendelser på tælleskemaet. Notér "
    "én sætning, der virkede. Hold tiden, og stop efter ti minutter.",
)
BREAK = activity("Pause", "break", 15, "<p>Kaffe og frisk luft.</p>")
LUNCH = activity("Frokost", "break", 45, "<p>Frokost sammen.</p>")

PLANS = {
    "seminar-1-foundations": [
        day("Dag 1", "09:00"),
        activity(
            "Velkomst og programmet",
            "input",
            45,
            "<p>Navnerunde og én grund hver til at blive mentor. Programmets mål, mentorrollen og dens grænser, hvem "
            "der gør hvad (mentor, coach, programleder, personale i fængsel og tilsyn).</p>",
            "Navneskilte, programmet på én side",
            "Hold runden kort: én sætning hver. Skriv grundene på flipoveren; vend tilbage til dem på dag 2.",
        ),
        activity(
            "At blive hjulpet til forandring",
            "exercise",
            45,
            "<p>To og to fortæller hver om en gang, nogen hjalp dem til at ændre noget, og en gang, nogen prøvede, "
            "uden at det hjalp. Gruppen samler, hvad de hjælpsomme gjorde: lyttede, pressede ikke, troede på "
            "dem.</p>",
            "Flipover",
            "Listen er ånden i MI med gruppens egne ord: partnerskab, accept, medfølelse, fremkaldelse.",
        ),
        BREAK,
        activity(
            "Ånden i MI",
            "input",
            45,
            "<p>Partnerskab, accept, medfølelse og fremkaldelse, med eksempler fra fængselsbesøg og møder på "
            "tilsynskontoret. De fire processer som kort over hvert møde: engagere, fokusere, fremkalde, "
            "planlægge.</p>",
            "Slides, modulets hovedpointer",
        ),
        LUNCH,
        role_play(
            "At holde rette-op-refleksen tilbage",
            60,
            "En mentee fem måneder før løsladelse siger, at han vil flytte tilbage til sit gamle område, fordi hans "
            "fætter har et værelse. Mentoren ved, at området betyder banden.",
            [
                (
                    "Mentor",
                    "I ti minutter giver du hverken råd eller advarsler. Spørg, hvad flytningen vil betyde for ham, "
                    "og reflektér det, du hører. Læg mærke til trangen til at løse det.",
                ),
                (
                    "Mentee",
                    "Værelset er ledigt, og din fætter er familie. Du er også bange for de gamle venner. Sig det "
                    "sidste først, når mentoren har lyttet et stykke tid.",
                ),
                OBSERVER,
            ],
            "Spørg først mentoren: hvordan føltes trangen til at løse det? Så mentee'en: hvornår sagde du mere?",
        ),
        activity(
            "Mentoraftalen",
            "discussion",
            45,
            "<p>Mentoraftalen, opfølgningsmødet hver tredje måned, tavshedspligt og hvad der skal videre. Sager fra "
            "tidligere hold, uden navne.</p>",
            "En tom aftale, proceduren for bekymringer",
        ),
        day("Dag 2", "09:00"),
        activity(
            "Tilbage til grundene",
            "discussion",
            30,
            "<p>Flipoveren med grundene fra dag 1: hvad har ændret sig siden i går?</p>",
        ),
        activity(
            "Åbne spørgsmål",
            "exercise",
            60,
            "<p>Lav lukkede spørgsmål om til åbne to og to og derefter i en runde: hver stiller den næste et åbent "
            "spørgsmål om ugen og reflekterer svaret i én sætning.</p>",
            "Kort med lukkede spørgsmål",
        ),
        BREAK,
        role_play(
            "Det første møde",
            75,
            "Et første møde i besøgsrummet. Mentee'en har sagt ja til programmet, men siger, at han kun vil have "
            "brevet til sit prøveløsladelsesmøde.",
            [
                (
                    "Mentor",
                    "Engagér: præsentér dig selv og programmet kort, spørg, hvad han gerne vil have ud af møderne, "
                    "og tag imod det svar, du får.",
                ),
                (
                    "Mentee",
                    "Du er høflig, men på vagt. Åbn lidt op, hvis mentoren ikke prøver at sælge programmet.",
                ),
                OBSERVER,
            ],
            "Hvad gjorde mentoren, der fik mentee'en til at sige mere? Byt roller til en runde mere.",
        ),
        activity(
            "Mød coacherne, og afslutning",
            "discussion",
            45,
            "<p>Coacherne præsenterer sig og fortæller, hvordan supervision foregår. Hver mentor nævner én ting at "
            "prøve før seminar 2.</p>",
        ),
    ],
    "seminar-2-mi-skills": [
        day("Dag 1", "09:00"),
        activity(
            "Indtjekning: ét øjeblik fra et møde",
            "discussion",
            30,
            "<p>Hver mentor fortæller om ét øjeblik siden seminar 1, hvor de lyttede godt, eller gerne ville have "
            "gjort det.</p>",
        ),
        activity(
            "Refleksioner, simple og komplekse",
            "input",
            45,
            "<p>Forskellen, med eksempler; refleksioner til spørgsmål 1:1 rimeligt og 2:1 godt, komplekse "
            "refleksioner 40 % rimeligt og 50 % godt, sådan som MITI tæller dem.</p>",
            "Slides",
        ),
        activity(
            "Refleksionskæder",
            "exercise",
            45,
            "<p>Tre og tre: den ene taler om noget, vedkommende er i tvivl om; lytteren må kun reflektere, ingen "
            "spørgsmål, i fem minutter. Byt derefter.</p>",
            trainer_notes="Gå rundt, og fang forklædte spørgsmål („Så du mener …?“).",
        ),
        BREAK,
        role_play(
            "I tvivl om gruppen",
            60,
            "En mentee i fængsel har sagt, at han måske vil forlade en højreekstremistisk gruppe. Gruppen besøger "
            "ham hver måned; familien er holdt op med at skrive.",
            [
                (
                    "Mentor",
                    "Sigt efter to refleksioner for hvert spørgsmål. Reflektér begge sider; slut på forandringssiden.",
                ),
                (
                    "Mentee",
                    "Gruppen er de eneste, der besøger dig. Du er træt af de slagsmål, de trækker dig ind i. Du "
                    "savner din søster. Argumentér imod, hvis der bliver argumenteret med dig.",
                ),
                OBSERVER,
            ],
            "Læs tællingerne op. Hvad var forholdet mellem refleksioner og spørgsmål? Hvilken refleksion rykkede ham?",
        ),
        LUNCH,
        activity(
            "At høre forandringssnak",
            "exercise",
            60,
            "<p>Underviserne læser mentee-udsagn op; gruppen sorterer dem i ønske, evne, grunde, behov, forpligtelse "
            "og skridt, og i forandringssnak og fastholdelsessnak.</p>",
            "Kort med udsagn",
        ),
        day("Dag 2", "09:00"),
        activity(
            "Fokusering: hvad handler mødet om?",
            "input",
            45,
            "<p>Dagsordenskort: tilbyd emnerne, spørg, hvad der betyder mest i dag. Spørg-fortæl-spørg ved "
            "information om bolig og arbejde.</p>",
            "Et dagsordenskort på papir",
        ),
        role_play(
            "Information uden foredrag",
            60,
            "En mentee under tilsyn spørger, om han kan få et job med sin straffeattest. Mentoren kender en ordning.",
            [
                (
                    "Mentor",
                    "Spørg, hvad han allerede ved, giv informationen kort med tilladelse, og spørg, hvad han tænker "
                    "om den (spørg-fortæl-spørg).",
                ),
                ("Mentee", "Du har fået afslag to gange. Du venter en belæring."),
                OBSERVER,
            ],
            "Talte mentee'en mere efter informationen end før?",
        ),
        BREAK,
        activity(
            "Øveplan og afslutning",
            "discussion",
            45,
            "<p>Hver mentor vælger én færdighed at øve frem til seminar 3 og fortæller sin coach hvilken.</p>",
        ),
    ],
    "seminar-3-plans-release-families": [
        day("Dag 1", "09:00"),
        activity(
            "Planlægning: fra hvorfor til hvordan",
            "input",
            45,
            "<p>Tegn på parathed, at lodde stemningen og en forandringsplan med mentee'ens egne ord. Skalaerne for "
            "vigtighed og tiltro med deres opfølgende spørgsmål.</p>",
            "Skalakort 0 til 10",
        ),
        role_play(
            "Skalaen for tiltro",
            60,
            "En mentee to uger før løsladelse vil holde sig fra banden, men sætter sin tiltro til 3.",
            [
                (
                    "Mentor",
                    "Spørg, hvorfor 3 og ikke 0, og derefter, hvad der skal til for at komme op på 4. Lad ham finde "
                    "skridtene.",
                ),
                ("Mentee", "Din grund til 3: din mors lejlighed ligger langt fra det gamle område. Du har intet job."),
                OBSERVER,
            ],
            "Hvilket spørgsmål gav et skridt, han kan tage i denne uge?",
        ),
        BREAK,
        activity(
            "Løsladelse: de første uger",
            "discussion",
            60,
            "<p>Hvad de første uger ude rummer: bolig, penge, tilsyn, gamle kontakter. Hvordan aftalen og "
            "opfølgningsmødet følger med.</p>",
        ),
        LUNCH,
        day("Dag 2", "09:00"),
        activity(
            "Familier",
            "input",
            45,
            "<p>Hvornår og hvordan familien deltager, med mentee'ens samtykke; hvad mentoren ikke skal bære.</p>",
        ),
        role_play(
            "En mors bekymring",
            60,
            "Mentee'en har sagt ja til, at hans mor deltager i et møde. Hun vil have mentoren til at holde ham væk "
            "fra vennerne.",
            [
                ("Mentor", "Reflektér hendes bekymring og hans ønske; lad beslutningerne blive hos ham."),
                ("Mor", "Du er bange og vred. Du vil have løfter."),
                ("Mentee", "Du elsker hende og hader at blive styret."),
            ],
            "Hvordan blev mentoren ved mentee'ens side uden at afvise moren?",
        ),
        activity("Afslutning", "discussion", 30, "<p>Én ting, hver tager med til sit næste møde.</p>"),
    ],
    "follow-up-1": [
        day("Dag 1", "09:00"),
        activity(
            "Sager fra arbejdet",
            "discussion",
            60,
            "<p>Mentorerne tager et fastlåst øjeblik med (kun sagsnumre). Gruppen svarer med refleksioner først og "
            "råd til sidst.</p>",
        ),
        role_play(
            "Det fastlåste øjeblik igen",
            60,
            "Mentoren, der tog sagen med, spiller mentee'en; en anden mentor prøver et andet svar.",
            [
                ("Mentor", "Prøv ét nyt svar: en kompleks refleksion eller at give ret med et twist."),
                ("Mentee", "Spil din mentee, som han var."),
                OBSERVER,
            ],
        ),
        BREAK,
        activity(
            "MI-færdigheder genopfrisket",
            "exercise",
            60,
            "<p>Refleksionskæder og kort med forandringssnak igen.</p>",
        ),
    ],
    "follow-up-2": [
        day("Dag 1", "09:00"),
        activity(
            "At holde arbejdet ved lige",
            "discussion",
            60,
            "<p>Hvad holder mentorerne i gang; tegn på belastning; hvor man finder støtte.</p>",
        ),
        role_play(
            "At slutte godt",
            60,
            "En mentorrelation slutter som planlagt efter et år. Mentee'en siger, at han ikke har brug for nogen nu.",
            [
                ("Mentor", "Opsummér året med hans ord; anerkend det, han gjorde; lad døren stå åben."),
                ("Mentee", "Du er stolt og lidt bange."),
                OBSERVER,
            ],
        ),
        BREAK,
        activity("Evaluering og afslutning", "discussion", 45, "<p>Spørgeskemaet og en runde med tak.</p>"),
    ],
    "extremism-and-radicalisation-course": [
        day("Dag 1", "09:00"),
        activity(
            "Veje ind og ud",
            "input",
            90,
            "<p>Radikalisering som en proces; militant islamisme, højreekstremisme, exit fra bande og hadforbrydelser "
            "sammenlignet; at forlade et miljø er ikke det samme som at opgive ideologien.</p>",
            "Slides; briefingerne om exit",
        ),
        BREAK,
        activity(
            "Når ideologien kommer på bane",
            "exercise",
            60,
            "<p>To og to: svar på ideologiske udsagn med nysgerrighed på mennesket, ikke doktrinen.</p>",
            "Kort med udsagn",
            "Stop et par, der begynder at diskutere ideologien; spørg, hvad udsagnet gør for personen.",
        ),
        LUNCH,
        day("Dag 2", "09:00"),
        role_play(
            "Et udsagn i besøgsrummet",
            60,
            "En varetægtsfængslet mentee siger, at offeret for en hadforbrydelse „selv var ude om det“.",
            [
                (
                    "Mentor",
                    "Diskutér ikke, og giv ikke ret. Reflektér det, der ligger under; sig roligt, hvor du står, hvis "
                    "du bliver spurgt.",
                ),
                ("Mentee", "Du tester mentoren. Du føler dig ydmyget af sigtelsen."),
                OBSERVER,
            ],
        ),
        activity(
            "Mentorens egen sikkerhed",
            "input",
            60,
            "<p>Grænser, kontaktoplysninger, mødesteder, hvornår man indberetter en bekymring.</p>",
        ),
    ],
    "coach-training-day-1-role-and-supervision": [
        day("Dag 1", "09:00"),
        activity(
            "Coachrollen",
            "input",
            45,
            "<p>Hvad en coach er og ikke er; supervision i MI's ånd.</p>",
        ),
        role_play(
            "En supervisionssamtale",
            60,
            "En mentor fortæller, at mentee'en er holdt op med at komme, og at vedkommende føler, at det er hans "
            "skyld.",
            [
                ("Coach", "Reflektér, før du giver råd; spørg, hvad mentoren allerede har prøvet."),
                ("Mentor", "Du er modløs og lidt i forsvar."),
                OBSERVER,
            ],
        ),
        BREAK,
        activity(
            "At skrive supervisionsnotatet",
            "exercise",
            45,
            "<p>Skriv et notat på platformen ud fra rollespillet: opsummering, handlinger, ingen navne.</p>",
        ),
    ],
    "coach-training-day-2-feedback-and-concerns": [
        day("Dag 1", "09:00"),
        activity(
            "MITI 4.2.1: koderne",
            "input",
            60,
            "<p>De fire globale vurderinger med ankerpunkter, de ti adfærdstællinger, de samlede scorer og "
            "tærskler.</p>",
            "Coachmodulet Kodning af øvelsessamtaler med MITI 4.2.1",
        ),
        activity(
            "Kodning af en referenceudskrift",
            "exercise",
            60,
            "<p>Hver coach koder en referenceudskrift på platformen og sammenligner med modelkodningen; gruppen "
            "drøfter de koder, der ligger længst fra hinanden.</p>",
            "Bærbare; Supervision > MITI-kalibrering",
        ),
        BREAK,
        role_play(
            "Feedback uden karakter",
            45,
            "En coach giver feedback på en kodet øvelsessamtale med forholdet 0,5 og ingen komplekse refleksioner.",
            [
                ("Coach", "Del tallene som information; spørg, hvad mentoren selv lægger mærke til først."),
                ("Mentor", "Du syntes, det gik godt."),
                OBSERVER,
            ],
        ),
        activity(
            "Bekymringer",
            "discussion",
            45,
            "<p>Hvornår og hvordan man indberetter en bekymring til programlederen.</p>",
        ),
    ],
}
