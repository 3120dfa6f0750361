"""The demo curriculum in Danish: the same modules, lessons, checks and seminars as curriculum.py, item for item.

seed_demo publishes these as Danish translations of the English pages (mentorsite/home/demo.py pairs each text
with the English text at the same place), so the structure must stay the same as curriculum.py's; a test checks it.
The modules and lessons are read from courses/demo/content/da/.
"""

from courses.demo.content import read_track

MENTOR_MODULES = read_track("da", "mentor")
COACH_MODULES = read_track("da", "coach")


SEMINARS = [
    {
        "slug": "seminar-1-foundations",
        "title": "Seminar 1: Mentorrollen og grundlaget for MI",
        "kind": "seminar",
        "days": 2,
        "objectives": (
            "<p>Det første seminar introducerer programmet, mentorrollen og grundholdningen i motiverende samtale "
            "(MI). Når de to dage er gået, vil du:</p>"
            "<ul>"
            "<li>forstå programmets mål, mentorrollen og dens grænser, og hvordan mentorer arbejder sammen med "
            "medarbejderne i fængslerne og i Kriminalforsorgen i Frihed;</li>"
            "<li>kende rammerne for mentorarbejdet: mentoraftalen og opfølgningsmødet hver tredje måned, "
            "tavshedspligten, og hvad du skal give videre til programlederen;</li>"
            "<li>have oplevet partnerskab, accept, medfølelse og fremkaldelse i praktiske øvelser;</li>"
            "<li>kunne genkende din egen korrektionsrefleks og have øvet dig i at holde den tilbage;</li>"
            "<li>have mødt de andre mentorer på dit hold og de mentorcoaches, der skal støtte dig.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Gennemfør modulet <strong>Ånden i motiverende samtale og de fire processer</strong> før første dag. "
            "Tænk på en eller to personlige oplevelser af at blive hjulpet – eller ikke hjulpet – til at ændre "
            "noget, og vær klar til at fortælle om dem i en lille gruppe, hvis du har lyst. Tag gerne spørgsmål "
            "med om den praktiske side af mentorarbejdet, fx møder, besøg og kontakten med institutionerne.</p>"
        ),
    },
    {
        "slug": "seminar-2-mi-skills",
        "title": "Seminar 2: MI-færdigheder i praksis",
        "kind": "seminar",
        "days": 2,
        "objectives": (
            "<p>Det andet seminar handler mest om at øve, to og to og i små grupper. Du vil:</p>"
            "<ul>"
            "<li>bruge åbne spørgsmål, anerkendelser, refleksioner og opsummeringer i rollespil, der bygger på "
            "realistiske situationer fra mentorarbejdet;</li>"
            "<li>skelne mellem enkle og komplekse refleksioner og øve dig i at lave flere komplekse;</li>"
            "<li>genkende forandringssnak og fastholdelsessnak og øve dig i at fremkalde og svare på "
            "forandringssnak;</li>"
            "<li>deltage i en kort, observeret øvesamtale og få feedback fra en mentorcoach ud fra enkle "
            "optællinger.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Gennemfør modulerne <strong>Engagere: åbne spørgsmål, anerkendelser, refleksioner og "
            "opsummeringer</strong>, <strong>Fokusere: at finde en retning sammen</strong> og <strong>Fremkalde: "
            "forandringssnak og fastholdelsessnak</strong>. Prøv i ugen før at "
            "reflektere i hverdagens samtaler, og skriv tre eksempler ned: hvad den anden sagde, hvad du "
            "reflekterede, og hvad der skete bagefter.</p>"
        ),
    },
    {
        "slug": "seminar-3-plans-release-families",
        "title": "Seminar 3: Planer, løsladelse og familie",
        "kind": "seminar",
        "days": 2,
        "objectives": (
            "<p>Det tredje seminar går fra samtale til handling. Du vil:</p>"
            "<ul>"
            "<li>kunne genkende, hvornår en mentee er klar til at planlægge, og øve dig i at afprøve, om "
            "mentee'en er parat;</li>"
            "<li>lægge forandringsplaner om løsladelse, bolig, arbejde eller uddannelse og nye netværk;</li>"
            "<li>undersøge, hvordan familie og gamle venner uden for det kriminelle eller ekstremistiske miljø "
            "kan inddrages, og hvornår du skal være varsom;</li>"
            "<li>forberede dig til opfølgningsmødet om mentoraftalen hver tredje måned med programlederen og "
            "institutionens medarbejdere;</li>"
            "<li>øve dig i at møde tilbageslag og uenighed uden at miste relationen.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Gennemfør modulerne <strong>Fastholdelsessnak og uenighed</strong> og <strong>Planlægge: fra "
            "forpligtelse til forandringsplan</strong>. Hvis du allerede har en mentee, så tag en udfordring med planlægningen med, "
            "som vi kan drøfte – og omtal kun mentee'en med sagsnummer. Hvis ikke, så tænk over, hvad du gerne "
            "vil have på plads i den første uge efter en løsladelse.</p>"
        ),
    },
    {
        "slug": "follow-up-1",
        "title": "Opfølgningsseminar 1: Fra erfaring til læring",
        "kind": "follow_up",
        "days": 1,
        "objectives": (
            "<p>En dag, hvor de første erfaringer fra mentorarbejdet bliver koblet til uddannelsen. Du vil:</p>"
            "<ul>"
            "<li>dele, hvad der har virket, og hvad der har været svært i dine første mentorrelationer;</li>"
            "<li>genopfriske dine OARS-færdigheder og dit arbejde med forandringssnak i korte øverunder;</li>"
            "<li>drøfte anonymiserede situationer i små grupper med en mentorcoach i hver gruppe;</li>"
            "<li>sætte et eller to personlige læringsmål, som du arbejder med sammen med din mentorcoach.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Læs dine private refleksioner fra modulerne igennem igen. Forbered én situation, der gik godt, og "
            "én, der var svær – kun med sagsnumre. Hvis du kan, så tag en kort optagelse af en øvesamtale med "
            "eller en skriftlig note om en samtale, du gerne vil have feedback på.</p>"
        ),
    },
    {
        "slug": "follow-up-2",
        "title": "Opfølgningsseminar 2: Sådan holder du fast i arbejdet",
        "kind": "follow_up",
        "days": 1,
        "objectives": (
            "<p>Det andet opfølgningsseminar handler om at holde ud over tid. Du vil:</p>"
            "<ul>"
            "<li>gøre status over dine læringsmål sammen med din mentorcoach;</li>"
            "<li>øve dig i at møde uenighed og tilbageslag i længere rollespil;</li>"
            "<li>drøfte grænser, din egen trivsel, og hvordan mentorrelationer slutter eller skifter form efter "
            "løsladelsen;</li>"
            "<li>aftale, hvordan du bliver ved med at lære gennem supervision og netværksdage.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Se igen på dine læringsmål fra det første opfølgningsseminar, og notér, hvor langt du er nået. "
            "Tænk på et øjeblik i dit mentorarbejde, der satte din tålmodighed eller dine værdier på prøve, og "
            "på, hvad der hjalp dig igennem det.</p>"
        ),
    },
    {
        "slug": "extremism-and-radicalisation-course",
        "title": "Kursus i ekstremisme og radikalisering",
        "kind": "extremism_course",
        "days": 2,
        "objectives": (
            "<p>Et todageskursus, som holdes sammen med samarbejdspartnere blandt myndighederne, fx den nationale "
            "sikkerheds- og efterretningstjeneste og det ministerium, der har ansvaret for integration og "
            "sociale forhold. Du vil:</p>"
            "<ul>"
            "<li>forstå de almindelige veje ind i ekstremistiske miljøer, herunder de behov for fællesskab, "
            "identitet, mening og beskyttelse, som grupperne kan se ud til at opfylde;</li>"
            "<li>forstå vejene ud og den rolle, som familie, nye netværk, arbejde og praktisk støtte spiller, "
            "når man forlader et miljø;</li>"
            "<li>lære om aktuelle tendenser, fx personer, der rejser til konfliktzoner, radikalisering og "
            "propaganda på nettet og det voksende overlap mellem kriminelle bander og ekstremistiske "
            "grupper;</li>"
            "<li>vide, hvilke tegn der giver grund til bekymring, og at den slags bekymringer går til "
            "programlederen efter Kriminalforsorgens procedure;</li>"
            "<li>koble den viden til MI: at forstå mennesket uden at diskutere ideologien.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Gennemfør lektionen <strong>Når ideologi kommer på bane</strong> i modulet <strong>At møde "
            "uenighed</strong>, og læs de seneste briefinger på platformen. Skriv de spørgsmål ned, som du gerne "
            "vil have oplægsholderne til at tage op. Området ændrer sig hurtigt, så facilitatorerne bekræfter de "
            "aktuelle emner kort før kurset.</p>"
        ),
    },
    {
        "slug": "networking-day",
        "title": "Netværksdag",
        "kind": "networking_day",
        "days": 1,
        "objectives": (
            "<p>Netværksdage samler aktive mentorer fra alle hold. Alle mentorer deltager i mindst én. På dagen "
            "vil du:</p>"
            "<ul>"
            "<li>møde mentorer og mentorcoaches fra andre hold og udveksle erfaringer;</li>"
            "<li>høre korte oplæg om aktuelle emner og drøfte dem i grupper;</li>"
            "<li>høre om udviklingen i programmet og på området;</li>"
            "<li>opbygge et netværk af kolleger, som du kan trække på mellem seminarerne.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Tilmeld dig på platformen, og læs dagsordenen. Tænk på en oplevelse eller et spørgsmål fra dit "
            "mentorarbejde, som du gerne vil dele – og omtal kun mentees med sagsnummer.</p>"
        ),
    },
]


COACH_SEMINARS = [
    {
        "slug": "coach-training-day-1-role-and-supervision",
        "title": "Coachuddannelse, dag 1: Coachrollen og supervision",
        "kind": "coach_training",
        "days": 1,
        "objectives": (
            "<p>Den første dag i coachuddannelsen forbereder mentorer på at give supervision til deres "
            "kolleger. Som mentorcoach vil du:</p>"
            "<ul>"
            "<li>forstå mentorcoachens rolle mellem seminarerne, og hvordan den adskiller sig fra "
            "programlederens rolle;</li>"
            "<li>øve dig i at lede en supervisionssamtale i MI's ånd, i grupper på tre;</li>"
            "<li>aftale grundregler for tavshedspligt, sagsnumre og supervisionsnotater;</li>"
            "<li>kunne genkende tegn på belastning hos mentorer og drøfte, hvordan du kan støtte deres "
            "trivsel.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Gennemfør de to første lektioner i modulet <strong>Supervision af en mentorkollega</strong>. "
            "Tænk over den bedste og den dårligste supervision eller feedback, du nogensinde har fået, og hvad "
            "der gjorde forskellen.</p>"
        ),
    },
    {
        "slug": "coach-training-day-2-feedback-and-concerns",
        "title": "Coachuddannelse, dag 2: Feedback på praksis og bekymringer",
        "kind": "coach_training",
        "days": 1,
        "objectives": (
            "<p>Den anden dag i coachuddannelsen handler om feedback og bekymringer. Som mentorcoach vil du:</p>"
            "<ul>"
            "<li>kode korte øvesamtaler med MITI 4.2.1: de ti adfærdstællinger og de fire globale vurderinger "
            "(fremme forandringssnak, blødgøre fastholdelsessnak, partnerskab, empati);</li>"
            "<li>udregne og fortolke forholdet mellem refleksioner og spørgsmål og andelen af komplekse "
            "refleksioner;</li>"
            "<li>øve dig i at give feedback, der tager udgangspunkt i mentorens eget syn og slutter med ét klart "
            "næste skridt;</li>"
            "<li>kunne genkende bekymringer om risiko, grænser eller trivsel og vide, at de skal tages op med "
            "programlederen efter Kriminalforsorgens procedure.</li>"
            "</ul>"
        ),
        "preparation": (
            "<p>Gennemfør lektionen <strong>Feedback på praksis og indberetning af bekymringer</strong>. Tag en "
            "kort optagelse eller udskrift af en øvesamtale med (din egen eller en kollegas, med vedkommendes "
            "samtykke), og tæl spørgsmål, refleksioner og anerkendelser i den, før du kommer.</p>"
        ),
    },
]
