"""The demo curriculum in Danish: the same modules, lessons, checks and seminars as curriculum.py, item for item.

seed_demo publishes these as Danish translations of the English pages (mentorsite/home/demo.py pairs each text
with the English text at the same place), so the structure must stay the same as curriculum.py's; a test checks it.
"""

MENTOR_MODULES_1_2 = [
    # ------------------------------------------------------------------
    # Module 1
    # ------------------------------------------------------------------
    {
        "slug": "spirit-of-mi",
        "title": "Ånden i motiverende samtale",
        "intro": (
            "Dette modul introducerer den grundholdning, der ligger under enhver motiverende samtale. Du ser på "
            "partnerskab, accept, omsorg og fremkaldelse, lærer at lægge mærke til din egen trang til at rette op på "
            "tingene for en mentee og ser, hvorfor det at belære en, der er involveret i en ekstremistisk gruppe eller "
            "en bande, har en tendens til at skubbe personen længere ind. Alt i de senere moduler bygger på dette "
            "fundament."
        ),
        "estimated_minutes": 45,
        "lessons": [
            {
                "slug": "why-the-spirit-matters",
                "title": "Hvorfor ånden betyder mere end teknikken",
                "summary": (
                    "Motiverende samtale er en måde at være sammen med et andet menneske på, og mentees mærker "
                    "holdningen, længe før de lægger mærke til teknikken."
                ),
                "body": [
                    ("heading", "En måde at være på, ikke et manuskript"),
                    (
                        "paragraph",
                        (
                            "<p>Motiverende samtale (MI) er en samarbejdende måde at tale med et andet menneske om "
                            "forandring på. Den rummer færdigheder, som du kan lære og øve, og det kommer du til i de "
                            "næste moduler. Men færdighederne virker kun, når de bæres af en bestemt holdning, som "
                            "ofte kaldes <em>ånden</em> i MI. Uden den føles åbne spørgsmål som et forhør, og "
                            "refleksioner lyder som et trick.</p>"
                            "<p>De fleste af dem, du skal være mentor for, er i årevis blevet vurderet, visiteret, "
                            "instrueret og dømt. Mange har lært at aflæse autoritetspersoner meget hurtigt. I løbet af "
                            "få minutter fornemmer en mentee, om du er nysgerrig på personen, eller om du allerede har "
                            "besluttet, hvem han eller hun er, og hvad han eller hun har brug for. Det første indtryk "
                            "afgør, om mentee'en fortæller dig noget, der er sandt.</p>"
                        ),
                    ),
                    ("heading", "Det lægger mentees mærke til"),
                    (
                        "paragraph",
                        (
                            "<p>Forestil dig det første møde set fra mentee'ens side. Mentee'en har sagt ja til at "
                            "mødes med en mentor, som han eller hun aldrig har mødt før. Måske har mentee'en mistanke "
                            "om, at du rapporterer til myndighederne, skammer sig over sin situation eller keder sig "
                            "bare. Det, mentee'en leder efter, er ikke ekspertise, men signaler:</p>"
                            "<ul>"
                            "<li>Lytter du, eller venter du bare på, at det bliver din tur til at tale?</li>"
                            "<li>Accepterer du, at det er mentee'en selv, der bestemmer over sit liv?</li>"
                            "<li>Er du interesseret i det, der betyder noget for mentee'en, eller kun i det, du selv "
                            "er bekymret for?</li>"
                            "</ul>"
                            "<p>Sammenlign to måder at begynde på. Én mentor siger: „Jeg er her for at hjælpe dig med "
                            "at holde dig fra de folk, når du kommer ud.“ En anden siger: „Jeg ved ikke ret meget om "
                            "dig endnu. Hvad skal der til, for at de her møder er din tid værd?“ Den første fortæller "
                            "mentee'en, hvad problemet er. Den anden inviterer mentee'en til at sige, hvad han eller "
                            "hun selv vil, og giver plads til, at du kan blive overrasket.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Ånden i MI handler ikke om at være blød eller give den anden ret i alt. Du kan være "
                            "ærlig, holde dine grænser og følge de regler, der gælder for dit arbejde, og samtidig "
                            "behandle mentee'en som eksperten i sit eget liv. Netop den kombination er det, der senere "
                            "gør ægte samtaler om forandring mulige.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Holdningen kommer først",
                            "text": (
                                "Færdighederne i MI virker kun, når de bæres af ægte nysgerrighed og respekt. "
                                "Mentees aflæser din holdning, før de hører dine ord."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Tænk på en gang, hvor nogen prøvede at få dig til at ændre mening eller vaner. Hvad "
                                "gjorde de, som gjorde dig mere åben, og hvad fik dig til at sætte hælene i?"
                            ),
                            "guidance": (
                                "Skriv frit i fem minutter, og vær konkret om ord, tonefald og tidspunkt frem for "
                                "generelle indtryk."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "the-four-elements",
                "title": "Partnerskab, accept, omsorg og fremkaldelse",
                "summary": ("De fire elementer i ånden i MI, og hvordan hvert af dem ser ud i et mentormøde."),
                "body": [
                    ("heading", "Fire elementer, der virker sammen"),
                    (
                        "paragraph",
                        (
                            "<p>Ånden i MI beskrives ofte gennem fire elementer, der hænger sammen. Ingen af dem er "
                            "en teknik; hvert af dem er en måde at placere dig selv på i samtalen.</p>"
                            "<ul>"
                            "<li><strong>Partnerskab.</strong> Du arbejder sammen med mentee'en, ikke på mentee'en. "
                            "Du bidrager med viden om systemet og om livet udenfor; mentee'en bidrager med viden om "
                            "sig selv, sin historie og det, han eller hun er villig til at prøve. Ingen af jer har "
                            "hele billedet uden den anden.</li>"
                            "<li><strong>Accept.</strong> Du respekterer personens værdi og ret til at træffe sine "
                            "egne valg, du prøver at se, hvordan tingene ser ud derfra, hvor personen står, og du "
                            "lægger mærke til personens styrker. Accept betyder ikke, at du godkender det, personen "
                            "har gjort.</li>"
                            "<li><strong>Omsorg.</strong> Du sætter aktivt mentee'ens trivsel først. Du er der ikke "
                            "for at vinde, for at indsamle oplysninger eller for at føle dig nyttig.</li>"
                            "<li><strong>Fremkaldelse.</strong> Du går ud fra, at grundene og idéerne til forandring "
                            "allerede findes i personen, og din opgave er at hente dem frem i stedet for at lægge dem "
                            "ind udefra.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Sådan lyder det"),
                    (
                        "paragraph",
                        (
                            "<p>På et andet møde siger en mentee, der hedder Mikkel, og som er ved at forlade en "
                            "højreekstremistisk gruppe: „Alle bliver ved med at sige, at "
                            "mine venner er problemet. Det er kun dem, der har besøgt mig.“</p>"
                            "<p>En mentor, der arbejder ud fra partnerskab og accept, retter ham ikke. Hun kunne sige: "
                            "„De stod ved din side, da det gjaldt, og den loyalitet betyder noget for dig.“ Mikkel "
                            "hører, at hun har forstået, hvad han sætter pris på. Senere kunne fremkaldelse lyde sådan "
                            "her: „Hvis tingene gik, som du gerne ville efter løsladelsen, hvordan ville en helt "
                            "almindelig uge så se ud?“ Svaret er Mikkels eget, og det rummer som regel langt mere "
                            "brugbart materiale end noget råd.</p>"
                            "<p>Accept er ofte det sværeste element med denne målgruppe. Du kan komme til at høre "
                            "holdninger, du finder stødende, eller høre om forbrydelser, der chokerer dig. Du behøver "
                            "ikke lade, som om du ikke er et menneske, men du lægger din reaktion til side under mødet "
                            "og tager den med til supervision i stedet.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Accept er ikke det samme som at godkende",
                            "text": (
                                "Du kan respektere et menneskes værdi og selvbestemmelse uden at være enig i "
                                "personens holdninger eller undskylde personens handlinger. Tag dine egne reaktioner "
                                "med til supervision, ikke ind i mødet."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Hvilket af de fire elementer bliver sværest for dig over for en mentee, hvis "
                                "holdninger eller forbrydelser du har svært ved, og hvorfor?"
                            ),
                            "guidance": (
                                "Vær ærlig frem for ideel; når du sætter ord på det svære nu, bliver det lettere at "
                                "håndtere det i mødet og at tage det op med din mentorcoach."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "the-righting-reflex",
                "title": "Rette-op-refleksen, og hvorfor belæring giver bagslag",
                "summary": (
                    "Hvorfor trangen til at løse, advare og overtale som regel styrker netop den holdning, du håbede "
                    "at svække."
                ),
                "body": [
                    ("heading", "Trangen til at rette op"),
                    (
                        "paragraph",
                        (
                            "<p>Når vi ser et menneske på vej et skadeligt sted hen, mærker de fleste af os et stærkt "
                            "behov for at rette op på det: at advare, argumentere, rådgive eller gøre konsekvenserne "
                            "tydelige. I MI kaldes det <em>rette-op-refleksen</em>. Den udspringer af gode "
                            "intentioner, og den er en af de mest almindelige grunde til, at samtaler om forandring "
                            "ikke fører nogen vegne.</p>"
                            "<p>Grunden er enkel. Et menneske, der er i tvivl om forandring, bærer på argumenter for "
                            "begge sider. Når du tager forandringens parti, er den naturlige reaktion at forsvare den "
                            "anden side. Hver gang mentee'en siger de argumenter højt, hører mentee'en sig selv "
                            "argumentere for at fortsætte som hidtil og bliver en smule mere overbevist om det.</p>"
                        ),
                    ),
                    ("heading", "Hvorfor det betyder endnu mere her"),
                    (
                        "paragraph",
                        (
                            "<p>Mennesker, der er blevet trukket ind i ekstremistiske grupper eller bander, har ofte "
                            "på mange måder fået at vide, at omverdenen foragter dem. Gruppen har måske givet dem "
                            "fællesskab, beskyttelse, status eller et formål, som var svært at finde andre steder. En "
                            "mentor, der belærer, moraliserer eller gør nar af gruppen, bekræfter gruppens fortælling: "
                            "Dem udenfor ser ned på os. Mentee'en forsvarer måske gruppen endnu højere, bliver tavs "
                            "eller holder op med at komme.</p>"
                            "<p>Sammenlign to svar til en mentee, der siger: „I gruppen var der i det mindste nogen, "
                            "der stod bag mig.“</p>"
                            "<p><strong>Rette-op-refleks:</strong> „Men se, hvor de har bragt dig hen. Du sidder "
                            "herinde, og de går frit rundt derude.“</p>"
                            "<p><strong>I tråd med MI:</strong> „Det var vigtigt for dig at have nogen, der stod bag "
                            "dig. Jeg tænker på, hvordan det har været herinde, hvor det er sværere at finde.“</p>"
                            "<p>Det første svar lægger op til diskussion. Det andet får mentee'en til at blive ved med "
                            "at tale om et reelt behov, og andre måder at få dækket det behov på kan I undersøge "
                            "senere.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>At lægge mærke til refleksen er første skridt. Du vil mærke den; det gør alle. Kunsten "
                            "er at holde en pause og vælge at forstå, før du prøver at påvirke.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Modstå refleksen",
                            "text": (
                                "Når du argumenterer for forandring, har mentee'en en tendens til at argumentere imod "
                                "og hører sig selv forsvare det bestående. Forstå først; påvirk senere, og kun når du "
                                "har fået lov."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Tænk tilbage på en nylig samtale, hvor du mærkede trangen til at rette på eller "
                                "rådgive nogen. Hvad sagde du, og hvad kunne du have sagt, hvis du havde lagt trangen "
                                "til side?"
                            ),
                            "guidance": (
                                "Skriv de ord ned, du faktisk brugte, hvis du kan, og skriv derefter et alternativ, "
                                "der viser forståelse frem for korrektion."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Tjek din forståelse",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "question": "Hvad er rette-op-refleksen?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Trangen til at løse, advare eller overtale, når vi ser et menneske på vej et skadeligt sted hen.",
                                            "correct": True,
                                            "feedback": "Rigtigt. Den udspringer af gode intentioner, men når man argumenterer for forandring, får det som regel personen til at argumentere imod.",
                                        },
                                        {
                                            "text": "En mentees vane med at forsvare sin gruppe, hver gang den bliver kritiseret.",
                                            "correct": False,
                                            "feedback": "Den forsvarsposition er ofte en reaktion på rette-op-refleksen, ikke selve refleksen, som er hjælperens trang til at korrigere.",
                                        },
                                        {
                                            "text": "En teknik, hvor mentoren gentager mentee'ens egne ord.",
                                            "correct": False,
                                            "feedback": "Det beskriver en simpel refleksion, som er en central færdighed i MI. Rette-op-refleksen er noget, du skal lægge mærke til og holde igen med.",
                                        },
                                        {
                                            "text": "En mentees evne til hurtigt at komme sig efter et tilbageslag.",
                                            "correct": False,
                                            "feedback": "Det er modstandskraft. Rette-op-refleksen hører til hos hjælperen, ikke hos mentee'en.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvilke af disse er elementer i ånden i MI, som den er beskrevet i dette modul?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Partnerskab",
                                            "correct": True,
                                            "feedback": "Ja. Du arbejder sammen med mentee'en, og I bidrager hver med forskellig viden.",
                                        },
                                        {
                                            "text": "Fremkaldelse",
                                            "correct": True,
                                            "feedback": "Ja. Du henter mentee'ens egne grunde og idéer frem i stedet for at komme med dine egne.",
                                        },
                                        {
                                            "text": "Omsorg",
                                            "correct": True,
                                            "feedback": "Ja. Du sætter aktivt mentee'ens trivsel og interesser først.",
                                        },
                                        {
                                            "text": "Overtalelse",
                                            "correct": False,
                                            "feedback": "Nej. Det er overtalelse, rette-op-refleksen skubber os i retning af; MI henter i stedet personens egen motivation frem.",
                                        },
                                    ],
                                },
                                {
                                    "question": "En mentee siger: „Alle herinde behandler os som dyr. Mine brødre respekterede mig i det mindste.“ Hvilket svar passer bedst til ånden i MI?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "„Det betyder meget for dig at blive respekteret af dem omkring dig.“",
                                            "correct": True,
                                            "feedback": "Rigtigt. Svaret spejler behovet bag ordene uden hverken at give gruppen ret eller angribe den.",
                                        },
                                        {
                                            "text": "„Det er de folk, der er grunden til, at du sidder i fængsel.“",
                                            "correct": False,
                                            "feedback": "Det er rette-op-refleksen. Den inviterer mentee'en til at forsvare gruppen.",
                                        },
                                        {
                                            "text": "„Det er ikke fair. Personalet her prøver at hjælpe dig.“",
                                            "correct": False,
                                            "feedback": "Når du modsiger mentee'ens oplevelse, havner du på den anden side af en diskussion, og det skader tilliden.",
                                        },
                                        {
                                            "text": "„Du bliver nødt til at finde nye venner, hvis du ikke vil ind igen.“",
                                            "correct": False,
                                            "feedback": "Det er et råd, ingen har bedt om. Det kan godt være rigtigt, men når det kommer fra dig, vil mentee'en sandsynligvis stritte imod.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvorfor giver det som regel bagslag at belære en mentee, der er radikaliseret eller involveret i en bande?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Det kan bekræfte gruppens budskab om, at folk udenfor ser ned på dem.",
                                            "correct": True,
                                            "feedback": "Ja. En belæring kan føles som et bevis på det, gruppen har sagt om omverdenen.",
                                        },
                                        {
                                            "text": "Mentee'en ender med at sige argumenterne for at fortsætte som hidtil højt og bliver mere overbevist om dem.",
                                            "correct": True,
                                            "feedback": "Ja. Vi har en tendens til at tro på det, vi hører os selv sige.",
                                        },
                                        {
                                            "text": "Mennesker i denne målgruppe kan ikke følge en fornuftig argumentation.",
                                            "correct": False,
                                            "feedback": "Nej. Det er usandt og respektløst. Problemet er den dynamik, en belæring skaber, ikke mentee'ens evne til at tænke.",
                                        },
                                        {
                                            "text": "Det kan skade tilliden, så mentee'en holder op med at tale åbent eller holder op med at komme.",
                                            "correct": True,
                                            "feedback": "Ja. Uden tillid bliver der slet ingen samtale om forandring.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvad betyder accept i MI?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "At respektere personens værdi og ret til at vælge uden nødvendigvis at godkende personens holdninger eller handlinger.",
                                            "correct": True,
                                            "feedback": "Rigtigt. Accept handler om mennesket, ikke om at bakke op om det, personen mener eller har gjort.",
                                        },
                                        {
                                            "text": "At give mentee'en ret i alt for at holde mentorrelationen i gang.",
                                            "correct": False,
                                            "feedback": "Nej. At lade, som om du er enig, er hverken ærligt eller respektfuldt, og mentees opdager det som regel.",
                                        },
                                        {
                                            "text": "At acceptere, at nogle mennesker aldrig ændrer sig.",
                                            "correct": False,
                                            "feedback": "Nej. MI går ud fra, at muligheden for forandring allerede findes i personen.",
                                        },
                                        {
                                            "text": "At acceptere mentee'ens beretning om sin forbrydelse som hele sandheden.",
                                            "correct": False,
                                            "feedback": "Nej. Accept handler ikke om at vurdere fakta; det handler om at respektere personen og personens perspektiv.",
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
        "title": "Kernefærdigheder: åbne spørgsmål, anerkendelser, refleksioner og opsummeringer",
        "intro": (
            "Dette modul handler om de fire grundlæggende færdigheder, der bærer enhver samtale i MI, og som ofte "
            "huskes med den engelske forkortelse OARS: åbne spørgsmål, anerkendelser, refleksioner og opsummeringer. "
            "Du lærer at skelne simple refleksioner fra komplekse, ser, hvordan færdighederne spiller sammen i et "
            "mentormøde, og øver dig i at genkende dem i korte eksempler. Det er de færdigheder, din mentorcoach "
            "lytter efter i øvesamtalerne."
        ),
        "estimated_minutes": 60,
        "lessons": [
            {
                "slug": "open-questions-and-affirmations",
                "title": "Åbne spørgsmål og anerkendelser",
                "summary": (
                    "Sådan stiller du spørgsmål, der inviterer mentee'en til at tænke højt, og sådan anerkender du "
                    "reelle styrker uden tom ros."
                ),
                "body": [
                    ("heading", "Åbne spørgsmål"),
                    (
                        "paragraph",
                        (
                            "<p>Et lukket spørgsmål kan besvares med ét ord: „Talte du med din søster?“ Et åbent "
                            "spørgsmål inviterer personen til at fortælle dig noget: „Hvordan gik det med din søster i "
                            "denne uge?“ Lukkede spørgsmål har deres berettigelse, fx når du skal tjekke en praktisk "
                            "detalje, men et møde, der er bygget op af dem, bliver til et spørgeskema. Mentee'en "
                            "svarer, venter og lader dig gøre arbejdet.</p>"
                            "<p>Åbne spørgsmål virker bedst, når de peger et brugbart sted hen. Sammenlign „Fortæl om "
                            "din uge“ med „Hvad har du tænkt på, siden vi sidst sås?“ eller „Hvad skulle gerne være "
                            "anderledes, når du bliver løsladt?“ Stil ét spørgsmål ad gangen, og giv mentee'en plads "
                            "til at svare. Et par sekunders tavshed er ikke et nederlag; ofte er det et tegn på, at "
                            "mentee'en tænker.</p>"
                            "<p>Selv åbne spørgsmål kan hobe sig op. Tre i træk begynder at føles som et interview. "
                            "Når du har stillet et spørgsmål, så følg svaret op med en refleksion, før du spørger om "
                            "noget nyt.</p>"
                        ),
                    ),
                    ("heading", "Anerkendelser"),
                    (
                        "paragraph",
                        (
                            "<p>En anerkendelse sætter ord på noget ægte godt i personen: en styrke, en indsats, en "
                            "værdi eller en hensigt. Det er ikke det samme som ros. Ros sætter dig i dommerens rolle "
                            "(„Godt gået, jeg er stolt af dig“). En anerkendelse beskriver det, du har lagt mærke til "
                            "hos personen, og begynder som regel med „du“ frem for „jeg“.</p>"
                            "<p><strong>Mentee:</strong> Jeg gik ned på uddannelseskontoret. De sagde, at kurset er "
                            "fuldt indtil foråret.</p>"
                            "<p><strong>Mentor:</strong> Du gik derhen og spurgte, selvom du ikke var sikker på, at de "
                            "ville tage dig alvorligt.</p>"
                            "<p>Anerkendelser skal være sande og konkrete. Mentees fra bande- og ekstremistmiljøer har "
                            "ofte set smiger blive brugt til at trække dem ind, og de gennemskuer det hurtigt. Små, "
                            "præcise anerkendelser opbygger tillid; store, vage anerkendelser undergraver den.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Spørg åbent, og lyt så",
                            "text": (
                                "Stil ét åbent spørgsmål ad gangen, og følg svaret op med en refleksion. Anerkend "
                                "konkrete, reelle indsatser og styrker i stedet for at rose."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Skriv tre åbne spørgsmål ned, som du kunne bruge til at indlede dit næste møde med "
                                "en mentee, og én konkret anerkendelse, du ærligt kunne give."
                            ),
                            "guidance": (
                                "Tjek hvert spørgsmål: Kan det besvares med ét ord? Hvis ja, så omformulér det."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Hurtigt tjek",
                            "pass_mark": 100,
                            "questions": [
                                {
                                    "question": "Hvilket af disse er et åbent spørgsmål?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "„Hvad skal der til, for at de her møder bliver brugbare for dig?“",
                                            "correct": True,
                                            "feedback": "Rigtigt. Det kan ikke besvares med ja eller nej, og det inviterer mentee'en til selv at bestemme retningen.",
                                        },
                                        {
                                            "text": "„Vil du blive ved med at mødes?“",
                                            "correct": False,
                                            "feedback": "Det er lukket: Det kan besvares med ét enkelt ord.",
                                        },
                                        {
                                            "text": "„Har du stadig kontakt med dine gamle venner?“",
                                            "correct": False,
                                            "feedback": "Det er lukket, og det kan også føles, som om du kontrollerer mentee'en.",
                                        },
                                        {
                                            "text": "„Sov du dårligt igen?“",
                                            "correct": False,
                                            "feedback": "Det er lukket. „Hvordan har du sovet?“ ville åbne det op.",
                                        },
                                    ],
                                },
                                {
                                    "question": "En mentee fortæller, at han bevarede roen, da en anden indsat provokerede ham. Hvilket svar er en anerkendelse frem for ros?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "„Du holdt styr på dig selv, også selvom det ville have været nemt at lade være.“",
                                            "correct": True,
                                            "feedback": "Rigtigt. Svaret beskriver en konkret styrke, som mentee'en viste, uden at du optræder som dommer.",
                                        },
                                        {
                                            "text": "„Jeg er virkelig stolt af dig.“",
                                            "correct": False,
                                            "feedback": "Det er ros. Det handler om din godkendelse frem for mentee'ens styrke.",
                                        },
                                        {
                                            "text": "„Godt. Det er det, jeg hele tiden har sagt, du skulle gøre.“",
                                            "correct": False,
                                            "feedback": "Her tager du æren for mentee'ens indsats og sætter dig selv i ekspertens stol.",
                                        },
                                        {
                                            "text": "„Hvad sagde den anden indsatte til dig?“",
                                            "correct": False,
                                            "feedback": "Det er et spørgsmål, og det styrer væk fra det, mentee'en har opnået.",
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
                "title": "Refleksioner: simple og komplekse",
                "summary": (
                    "Reflekterende lytning er den centrale færdighed i MI; denne lektion viser, hvordan du laver "
                    "simple og komplekse refleksioner."
                ),
                "body": [
                    ("heading", "Hvad en refleksion er"),
                    (
                        "paragraph",
                        (
                            "<p>En refleksion er et udsagn, ikke et spørgsmål, hvor du giver det tilbage, du har "
                            "forstået, at personen mener. Den viser, at du lytter, lader mentee'en høre sine egne "
                            "tanker udefra og får mentee'en til at blive ved med at tale. En refleksion slutter med, "
                            "at stemmen går ned, som i et udsagn. Hvis stemmen går op til sidst, bliver det et "
                            "spørgsmål, og så ændrer virkningen sig.</p>"
                            "<p>Enhver refleksion er et gæt. Nogle gange rammer du forkert, og det er helt i orden: "
                            "Mentee'en retter dig, og rettelsen fortæller dig noget nyt.</p>"
                        ),
                    ),
                    ("heading", "Simple og komplekse refleksioner"),
                    (
                        "paragraph",
                        (
                            "<p>En <strong>simpel refleksion</strong> holder sig tæt til det, der blev sagt. Den "
                            "gentager eller omformulerer og tilføjer ikke ret meget. En <strong>kompleks "
                            "refleksion</strong> tilføjer mening: Den gætter på den underliggende følelse, værdien bag "
                            "ordene eller det, personen endnu ikke har sagt højt.</p>"
                            "<p><strong>Mentee:</strong> Min mor spørger hele tiden, hvornår jeg kommer hjem. Jeg ved "
                            "ikke, hvad jeg skal sige til hende.</p>"
                            "<ul>"
                            "<li><strong>Simpel:</strong> Du ved ikke, hvad du skal sige til hende.</li>"
                            "<li><strong>Kompleks:</strong> Du vil ikke give hende et løfte, som du ikke er sikker "
                            "på, at du kan holde.</li>"
                            "<li><strong>Kompleks:</strong> Det betyder stadig meget for dig, hvad hun tænker om "
                            "dig.</li>"
                            "</ul>"
                            "<p>Simple refleksioner er nyttige, når du vil vise, at du følger med, og når du vil sætte "
                            "tempoet ned. Komplekse refleksioner fører samtalen videre. Gå efter en blanding, med "
                            "flere komplekse refleksioner, efterhånden som du lærer personen at kende.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Et par vaner hjælper. Spring indledninger som „Det, jeg hører dig sige, er …“ over, "
                            "og sig bare refleksionen. Gør den kortere end det, mentee'en sagde. Når mentee'en siger "
                            "noget i to halvdele („Jeg vil gerne ud, men de er min familie“), kan du reflektere begge "
                            "halvdele. Og når du er i tvivl om, om du skal spørge eller reflektere, så reflektér: De "
                            "fleste nye mentorer stiller alt for mange spørgsmål.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Reflektér mere, end du spørger",
                            "text": (
                                "En refleksion er et udsagn, hvor du giver dit bedste bud på, hvad personen mener. "
                                "Komplekse refleksioner tilføjer mening og fører som regel samtalen længere end "
                                "spørgsmål gør."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Tænk på noget, en ven eller et familiemedlem for nylig fortalte dig, og som betød "
                                "noget for vedkommende. Skriv én simpel og én kompleks refleksion, du kunne have "
                                "givet."
                            ),
                            "guidance": (
                                "Til den komplekse kan du spørge dig selv, hvilken følelse eller værdi der lå under "
                                "ordene."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Hurtigt tjek",
                            "pass_mark": 100,
                            "questions": [
                                {
                                    "question": "En mentee siger: „Jeg er træt af hele tiden at skulle se mig over skulderen.“ Hvilket svar er en kompleks refleksion?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "„Du vil gerne kunne slappe af og føle dig tryg for en gangs skyld.“",
                                            "correct": True,
                                            "feedback": "Rigtigt. Svaret tilføjer et gæt på ønsket bag ordene.",
                                        },
                                        {
                                            "text": "„Du er træt af at skulle se dig over skulderen.“",
                                            "correct": False,
                                            "feedback": "Det er en simpel refleksion: nyttig, men den tilføjer ikke ny mening.",
                                        },
                                        {
                                            "text": "„Hvorfor føler du, at du er nødt til at se dig over skulderen?“",
                                            "correct": False,
                                            "feedback": "Det er et spørgsmål, og „hvorfor“-spørgsmål kan lyde, som om personen skal forsvare sig.",
                                        },
                                        {
                                            "text": "„Det bør du tale med personalet om.“",
                                            "correct": False,
                                            "feedback": "Det er et råd. Det bevæger sig væk fra at lytte, før du har forstået situationen.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvilke af disse passer på refleksioner i MI?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "De er udsagn frem for spørgsmål.",
                                            "correct": True,
                                            "feedback": "Ja. Stemmen går ned til sidst, som i et udsagn.",
                                        },
                                        {
                                            "text": "De kan være et gæt, som mentee'en så retter.",
                                            "correct": True,
                                            "feedback": "Ja. Et gæt, der bliver rettet, fører stadig samtalen videre og viser, at du prøver at forstå.",
                                        },
                                        {
                                            "text": "De skal altid gentage mentee'ens ord præcist.",
                                            "correct": False,
                                            "feedback": "Nej. Papegøjesnak føles hurtigt mærkeligt. Simple refleksioner omformulerer, og komplekse tilføjer mening.",
                                        },
                                        {
                                            "text": "Komplekse refleksioner tilføjer mening ud over det, der blev sagt.",
                                            "correct": True,
                                            "feedback": "Ja. De gætter på følelser, værdier eller det næste skridt, som endnu ikke er sagt højt.",
                                        },
                                    ],
                                },
                                {
                                    "question": "En mentee under tilsyn siger: „Min tilsynsførende tjekker bare op på mig. Ingen spørger, hvad jeg selv vil.“ Skriv en kompleks refleksion: én sætning, der gætter på følelsen eller ønsket bag ordene.",
                                    "kind": "written",
                                    "answers": [],
                                    "model_answer": "„Du vil gerne mødes som et menneske med dine egne planer, ikke som en sag, der skal tjekkes.“",
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "summaries-and-oars-together",
                "title": "Opsummeringer, og hvordan OARS spiller sammen",
                "summary": (
                    "Sådan bruger du opsummeringer til at samle op, skabe forbindelser og komme videre, og sådan "
                    "spiller de fire færdigheder sammen i et rigtigt møde."
                ),
                "body": [
                    ("heading", "Opsummeringer"),
                    (
                        "paragraph",
                        (
                            "<p>En opsummering er en længere refleksion, der samler flere ting. Den viser mentee'en, "
                            "at du har lyttet gennem hele samtalen og ikke kun til den sidste sætning. Opsummeringer "
                            "bruges typisk på tre måder:</p>"
                            "<ul>"
                            "<li><strong>Samlende:</strong> Du samler flere af de pointer, mentee'en er kommet med, og "
                            "inviterer til mere („Hvad ellers?“).</li>"
                            "<li><strong>Forbindende:</strong> Du forbinder noget, der bliver sagt i dag, med noget "
                            "fra et tidligere møde, især når de to trækker i hver sin retning.</li>"
                            "<li><strong>Afrundende:</strong> Du afslutter et emne eller et møde, tjekker, at du har "
                            "forstået det rigtigt, og går videre.</li>"
                            "</ul>"
                            "<p>Du vælger selv, hvad der kommer med i en opsummering. I MI giver du ekstra vægt til "
                            "det, mentee'en siger til fordel for forandring, uden at udelade den anden side, så "
                            "opsummeringen forbliver ærlig.</p>"
                        ),
                    ),
                    ("heading", "OARS i et rigtigt møde"),
                    (
                        "paragraph",
                        (
                            "<p>Her er et kort eksempel med en mentee, der hedder Jonas, seks måneder før "
                            "løsladelsen.</p>"
                            "<p><strong>Mentor:</strong> Hvad har du gået og tænkt på i denne uge? <em>(åbent "
                            "spørgsmål)</em></p>"
                            "<p><strong>Jonas:</strong> Om jeg skal flytte tilbage til mit gamle kvarter. Det er der, "
                            "alle dem, jeg kender, bor.</p>"
                            "<p><strong>Mentor:</strong> Hjemme er der, hvor dine folk er, og en del af dig spekulerer "
                            "på, hvad det ville betyde at vende tilbage. <em>(kompleks refleksion)</em></p>"
                            "<p><strong>Jonas:</strong> Ja. Min fætter kom ud og holdt sig væk. Han har arbejde "
                            "nu.</p>"
                            "<p><strong>Mentor:</strong> Du har set en, der står dig nær, klare det. <em>(simpel "
                            "refleksion)</em> Og du tænker det her grundigt igennem i stedet for bare at lade dig "
                            "drive. <em>(anerkendelse)</em></p>"
                            "<p><strong>Mentor, senere:</strong> Så at vende tilbage betyder, at du er tæt på de "
                            "mennesker, du kender, men også, at du møder det samme pres som før. Din fætter har vist "
                            "dig, at en anden vej er mulig, og du overvejer, hvad der passer til det liv, du gerne vil "
                            "have. Har jeg overset noget? <em>(opsummering)</em></p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Læg mærke til rytmen: ét spørgsmål, derefter refleksioner, en anerkendelse og en "
                            "opsummering. En god tommelfingerregel er at give mindst to refleksioner for hvert "
                            "spørgsmål. Din mentorcoach tæller dem måske i øvesamtalerne, ikke for at give dig "
                            "karakter, men for at hjælpe dig med at se dine vaner.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Saml op, og giv tilbage",
                            "text": (
                                "En opsummering samler det, mentee'en har sagt, giver vægt til mentee'ens egne grunde "
                                "til forandring og tjekker, at du har forstået det rigtigt."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Skriv efter din næste samtale med en mentee eller en øvemakker en opsummering på tre "
                                "eller fire sætninger af det, personen sagde. Hvad valgte du at tage med, og hvorfor?"
                            ),
                            "guidance": (
                                "Læg mærke til, om din opsummering gav mest vægt til personens grunde til forandring "
                                "eller til dine egne bekymringer."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Tjek din forståelse",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "question": "Hvad står forkortelsen OARS for?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Åbne spørgsmål, anerkendelser, refleksioner, opsummeringer",
                                            "correct": True,
                                            "feedback": "Rigtigt. De fire færdigheder bærer enhver samtale i MI.",
                                        },
                                        {
                                            "text": "Observation, råd, beroligelse, støtte",
                                            "correct": False,
                                            "feedback": "Nej. Råd og beroligelse er ikke kernefærdigheder i MI og kan let blive til rette-op-refleksen.",
                                        },
                                        {
                                            "text": "Åbne spørgsmål, aftaler, opfølgningsmøder, løsninger",
                                            "correct": False,
                                            "feedback": "Nej. Mentoraftaler og opfølgningsmøder hører til rammerne om mentorarbejdet, ikke til de grundlæggende lyttefærdigheder.",
                                        },
                                        {
                                            "text": "Valgmuligheder, anerkendelser, ansvar, struktur",
                                            "correct": False,
                                            "feedback": "Nej. Kun anerkendelser er en af de fire kernefærdigheder.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvilke af disse er almindelige måder at bruge en opsummering på?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "At samle flere pointer og invitere til mere",
                                            "correct": True,
                                            "feedback": "Ja. En samlende opsummering slutter ofte med „Hvad ellers?“",
                                        },
                                        {
                                            "text": "At forbinde det, der bliver sagt i dag, med noget, der blev sagt tidligere",
                                            "correct": True,
                                            "feedback": "Ja. En forbindende opsummering kan nænsomt vise mentee'en to ting, som mentee'en bærer på samtidig.",
                                        },
                                        {
                                            "text": "At afslutte et emne og gå videre",
                                            "correct": True,
                                            "feedback": "Ja. En afrundende opsummering tjekker forståelsen, før I går videre.",
                                        },
                                        {
                                            "text": "At rette de dele af mentee'ens fortælling, som du mener er usande",
                                            "correct": False,
                                            "feedback": "Nej. En opsummering giver mentee'ens mening tilbage; retter du på mentee'en, bliver det til en diskussion.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Omtrent hvilken balance mellem refleksioner og spørgsmål foreslår dette modul?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Mindst to refleksioner for hvert spørgsmål",
                                            "correct": True,
                                            "feedback": "Rigtigt. Refleksioner får mentee'en til at blive ved med at tale og undersøge; spørgsmål alene gør mødet til et interview.",
                                        },
                                        {
                                            "text": "Omkring to spørgsmål for hver refleksion",
                                            "correct": False,
                                            "feedback": "Nej. Det er en almindelig vane, men så er det mentoren, der styrer samtalen.",
                                        },
                                        {
                                            "text": "Kun spørgsmål i de første møder",
                                            "correct": False,
                                            "feedback": "Nej. Refleksioner betyder mest i starten, når mentee'en er ved at finde ud af, om du er til at stole på.",
                                        },
                                        {
                                            "text": "Balancen er ligegyldig",
                                            "correct": False,
                                            "feedback": "Den er ikke ligegyldig. Blandingen af refleksioner og spørgsmål har stor betydning for, hvordan mentee'en oplever mødet.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvilke af disse svar er anerkendelser?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "„Du er blevet ved med at komme til de her møder, også i de uger, hvor det var svært.“",
                                            "correct": True,
                                            "feedback": "Ja. Svaret sætter ord på en konkret indsats, som mentee'en har gjort.",
                                        },
                                        {
                                            "text": "„Det betyder virkelig meget for dig at være en god far.“",
                                            "correct": True,
                                            "feedback": "Ja. At anerkende en værdi, som mentee'en har, er en stærk form for anerkendelse.",
                                        },
                                        {
                                            "text": "„Fremragende, jeg er meget tilfreds med dig.“",
                                            "correct": False,
                                            "feedback": "Det er ros: Det handler om din godkendelse frem for mentee'ens styrker.",
                                        },
                                        {
                                            "text": "„Hvorfor mødte du ikke op til beskæftigelsen?“",
                                            "correct": False,
                                            "feedback": "Det er et spørgsmål, og det kan lyde som en bebrejdelse.",
                                        },
                                    ],
                                },
                                {
                                    "question": "En mentee siger: „Betjentene herinde stoler slet ikke på mig.“ Hvilket svar er en simpel refleksion?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "„De stoler ikke på dig.“",
                                            "correct": True,
                                            "feedback": "Rigtigt. Svaret holder sig tæt til det, der blev sagt, uden at tilføje ny mening.",
                                        },
                                        {
                                            "text": "„Du vil gerne have, at folk ser, hvem du er nu, og ikke hvem du var.“",
                                            "correct": False,
                                            "feedback": "Det er en kompleks refleksion: Den tilføjer et gæt på mentee'ens ønske.",
                                        },
                                        {
                                            "text": "„Hvad har du gjort for at gøre dig fortjent til deres tillid?“",
                                            "correct": False,
                                            "feedback": "Det er et spørgsmål, og det kan lyde som en anklage.",
                                        },
                                        {
                                            "text": "„Jeg er sikker på, at de stoler mere på dig, end du tror.“",
                                            "correct": False,
                                            "feedback": "Det er en beroligelse, der modsiger mentee'ens oplevelse.",
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

MENTOR_MODULES_3_4 = [
    # ------------------------------------------------------------------
    # Module 3
    # ------------------------------------------------------------------
    {
        "slug": "change-talk-and-sustain-talk",
        "title": "Forandringssnak og fastholdelsessnak",
        "intro": (
            "Mennesker taler sig selv ind i en forandring – og ud af den igen. I dette modul lærer du at høre "
            "forskel på ord, der peger mod forandring, og ord, der peger mod at blive ved det kendte. Du lærer at "
            "stille spørgsmål, der inviterer til de første, og at svare på en måde, der styrker dem. Du lærer også "
            "at møde fastholdelsessnak uden at diskutere, så mentee'ens egne grunde til et andet liv kan vokse."
        ),
        "estimated_minutes": 60,
        "lessons": [
            {
                "slug": "hearing-change-talk",
                "title": "At høre forandringssnak",
                "summary": (
                    "Sådan genkender du mentee'ens egne ord for forandring – fra de første ønsker til konkrete skridt."
                ),
                "body": [
                    ("heading", "Lyt efter retningen"),
                    (
                        "paragraph",
                        (
                            "<p>Når nogen er i tvivl om en forandring, bor begge sider af sagen i dem. "
                            "<em>Forandringssnak</em> er alt, hvad personen siger, som peger mod forandring. "
                            "<em>Fastholdelsessnak</em> er alt, hvad der peger mod at lade tingene forblive, som de "
                            "er. Begge dele er helt normale. Forskning i MI tyder på, at balancen mellem de to i en "
                            "samtale hænger sammen med, hvad folk siden gør. Derfor er det at kunne høre dem en af de "
                            "mest værdifulde færdigheder, en mentor kan opbygge.</p>"
                        ),
                    ),
                    ("heading", "At gøre sig klar"),
                    (
                        "paragraph",
                        (
                            "<p>Tidlig forandringssnak viser som regel parathed snarere end en beslutning. Lyt efter "
                            "fire slags:</p>"
                            "<ul>"
                            "<li><strong>Ønske:</strong> „Jeg vil gerne have, at mine børn ser mig anderledes.“</li>"
                            "<li><strong>Evne:</strong> „Jeg holdt mig ude af ballade et helt år engang, så jeg kunne "
                            "nok godt gøre det.“</li>"
                            "<li><strong>Grunde:</strong> „Hvis jeg går tilbage til de folk, mister jeg min "
                            "lejlighed.“</li>"
                            "<li><strong>Behov:</strong> „Noget er nødt til at ændre sig. Jeg kan ikke klare at "
                            "afsone en dom mere.“</li>"
                            "</ul>"
                            "<p>Ingen af dem er et løfte. De viser, at personen tænker på forandring og kan se, "
                            "hvorfor den kunne være vigtig.</p>"
                        ),
                    ),
                    ("heading", "At komme i gang"),
                    (
                        "paragraph",
                        (
                            "<p>Efterhånden som parathed vokser, skifter sproget fra <em>hvorfor</em> til <em>om</em> "
                            "og <em>hvordan</em>. Lyt efter:</p>"
                            "<ul>"
                            "<li><strong>Forpligtelse:</strong> „Jeg siger til dem, at jeg er færdig.“ „Jeg søger "
                            "det kursus.“</li>"
                            "<li><strong>Parathed til at handle:</strong> „Jeg er klar til at flytte til en anden by, "
                            "hvis det er det, der skal til.“</li>"
                            "<li><strong>Skridt, der allerede er taget:</strong> „Jeg meldte mig ud af de gruppechats "
                            "i sidste uge.“</li>"
                            "</ul>"
                            "<p>Fastholdelsessnak kommer i de samme former, bare i den modsatte retning: „Jeg vil "
                            "ikke starte helt forfra“, „Jeg kan ikke klare mig uden dem“, „De er min eneste "
                            "beskyttelse“, „Jeg forlader dem ikke“.</p>"
                            "<p>Ét møde rummer ofte begge dele. Jesper, der er varetægtsfængslet for et overfald, der er "
                            "rejst som en hadforbrydelse, kan inden for et "
                            "enkelt minut sige: „De fyre er mine brødre, jeg ville aldrig vende dem ryggen“ og „Jeg "
                            "vil ikke have, at min lillebror ender som mig.“ Begge dele er sandt for ham. Din opgave "
                            "er at lægge mærke til den anden sætning og ikke lade den gå upåagtet hen.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Begge sider er normale",
                            "text": (
                                "Ambivalente mennesker giver udtryk for grunde både for og imod forandring. Træn dit "
                                "øre til at fange forandringssnakken, fra de første ønsker til skridt, der allerede er "
                                "taget, så du kan svare på den."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Tænk på en forandring, du selv engang har gennemført i dit liv. Hvad sagde du til dig "
                                "selv eller andre i begyndelsen, og hvordan ændrede dine ord sig, efterhånden som du "
                                "nærmede dig at handle?"
                            ),
                            "guidance": (
                                "Prøv at huske de konkrete vendinger, og sortér dem i ønske, evne, grunde, behov "
                                "eller forpligtelse."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "evoking-change-talk",
                "title": "At fremkalde forandringssnak",
                "summary": (
                    "Spørgsmål og enkle redskaber, der inviterer mentee'en til at sætte ord på sine egne grunde til "
                    "forandring."
                ),
                "body": [
                    ("heading", "Spørg efter det rigtige"),
                    (
                        "paragraph",
                        (
                            "<p>Du kan ikke give nogen motivation, men du kan stille spørgsmål, hvor det ærlige svar "
                            "er forandringssnak. I stedet for „Hvorfor forlader du ikke bare gruppen?“, som inviterer "
                            "til grunde til at lade være, kan du prøve spørgsmål som disse:</p>"
                            "<ul>"
                            "<li>„Hvad bekymrer dig ved, hvordan det kan gå efter løsladelsen?“</li>"
                            "<li>„Hvis du besluttede dig for at lave en forandring, hvordan ville du så gribe det "
                            "an?“</li>"
                            "<li>„Hvad ville være godt ved at have et job og dit eget sted at bo?“</li>"
                            "<li>„Hvad har hjulpet dig igennem svære forandringer før?“</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Nogle nyttige redskaber"),
                    (
                        "paragraph",
                        (
                            "<p><strong>Skalaspørgsmålet.</strong> Spørg: „På en skala fra 0 til 10, hvor vigtigt er "
                            "det for dig at holde dig fra det gamle miljø efter løsladelsen?“ Hvis svaret er 4, så "
                            "spørg: „Hvorfor 4 og ikke 1?“ Svaret vil være mentee'ens egne grunde til forandring. "
                            "Undgå „Hvorfor ikke 9?“, som inviterer mentee'en til at forklare, hvad der holder "
                            "vedkommende tilbage. Du kan spørge på samme måde om tiltro til egne evner: „Hvis du "
                            "besluttede dig for at gøre det, hvor sikker er du så på, at du ville kunne?“</p>"
                            "<p><strong>Se tilbage og se frem.</strong> „Hvordan var tingene, før du blev "
                            "involveret?“ og „Hvor vil du gerne være om fem år?“ fremkalder ofte ønsker og værdier, "
                            "som direkte spørgsmål ikke fanger.</p>"
                            "<p><strong>Værdier.</strong> Spørg, hvad der betyder mest for mentee'en: familie, tro, "
                            "retfærdighed, respekt, at være en god søn eller far. Spørg derefter forsigtigt, hvordan "
                            "den nuværende situation passer med de værdier. Lad være med selv at påpege en "
                            "modsætning; lad mentee'en finde den.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Sådan kan et skalaspørgsmål forløbe:</p>"
                            "<p><strong>Mentor:</strong> Hvor vigtigt er det for dig, fra 0 til 10, at finde arbejde, "
                            "når du kommer ud?</p>"
                            "<p><strong>Mentee:</strong> Måske 5.</p>"
                            "<p><strong>Mentor:</strong> 5. Hvorfor det og ikke 2?</p>"
                            "<p><strong>Mentee:</strong> Fordi jeg er træt af at være afhængig af andre for at få "
                            "penge. Det var sådan, jeg blev trukket ind.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Spørg, så svaret bliver forandringssnak",
                            "text": (
                                "Fremkaldende spørgsmål, skalaspørgsmål og spørgsmål om værdier inviterer mentee'en "
                                "til at sætte ord på sine egne grunde. Spørg, hvorfor tallet ikke er lavere – aldrig, "
                                "hvorfor det ikke er højere."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Vælg et område i en mentees liv, fx arbejde, familie eller bolig, og skriv tre "
                                "fremkaldende spørgsmål, du kunne stille om det."
                            ),
                            "guidance": (
                                "Forestil dig det ærlige svar på hvert spørgsmål. Hvis svaret ville være "
                                "fastholdelsessnak, så omformulér spørgsmålet."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "responding-to-change-and-sustain-talk",
                "title": "At svare på forandringssnak og blødgøre fastholdelsessnak",
                "summary": (
                    "Hvad du gør, når du hører forandringssnak, og hvordan du svarer på fastholdelsessnak uden at "
                    "presse imod."
                ),
                "body": [
                    ("heading", "Når du hører forandringssnak"),
                    (
                        "paragraph",
                        (
                            "<p>Forandringssnak er skrøbelig i starten. Overhører du den, har den en tendens til at "
                            "forsvinde; svarer du på den, har den en tendens til at vokse. Fire måder at svare på "
                            "hjælper:</p>"
                            "<ul>"
                            "<li><strong>Spørg efter mere:</strong> „På hvilken måde?“ „Hvad mere?“ „Fortæl mig mere "
                            "om det.“</li>"
                            "<li><strong>Anerkend:</strong> sæt ord på styrken eller værdien i det, der blev "
                            "sagt.</li>"
                            "<li><strong>Reflektér:</strong> giv det tilbage, nogle gange lidt stærkere, end det blev "
                            "sagt.</li>"
                            "<li><strong>Opsummér:</strong> saml flere udsagn med forandringssnak, så mentee'en hører "
                            "dem side om side.</li>"
                            "</ul>"
                            "<p><strong>Mentee:</strong> Jeg vil ikke have, at min datter skal besøge mig steder som "
                            "det her.</p>"
                            "<p><strong>Mentor:</strong> Det betyder meget for dig at være en far, hun kan være stolt "
                            "af. Hvordan ville det se ud?</p>"
                        ),
                    ),
                    ("heading", "Blødgør fastholdelsessnak"),
                    (
                        "paragraph",
                        (
                            "<p>Fastholdelsessnak er ikke fjenden, og du behøver ikke at udfordre den. Argumenterer "
                            "du imod den, får du bare mere af den. Anerkend den, og lad samtalen bevæge sig videre. "
                            "Nogle måder at gøre det på:</p>"
                            "<ul>"
                            "<li><strong>En simpel refleksion:</strong> „Lige nu føles det umuligt at trække sig ud.“ "
                            "Ofte vil mentee'en så selv komme med den anden side.</li>"
                            "<li><strong>En dobbeltsidet refleksion:</strong> „På den ene side har de været som "
                            "familie for dig; på den anden side er du bekymret for, hvor det fører hen.“ Sæt "
                            "forandringssiden til sidst, fordi folk har en tendens til at fortsætte ud fra det "
                            "sidste, de hørte.</li>"
                            "<li><strong>Fremhæv valget:</strong> „Det er din beslutning, og ingen kan træffe den for "
                            "dig.“</li>"
                            "<li><strong>Skift fokus:</strong> bevæg dig forsigtigt over mod noget, mentee'en er mere "
                            "åben for at tale om.</li>"
                            "</ul>"
                            "<p>Pas på „ja, men“-fælden. Hvis du svarer på al fastholdelsessnak med et modargument, "
                            "bliver du stemmen for forandring, og mentee'en bliver stemmen imod. Hold dine svar "
                            "korte, rolige og nysgerrige.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Styrk den ene side, bekæmp ikke den anden",
                            "text": (
                                "Svar på forandringssnak ved at spørge efter mere, anerkende, reflektere og "
                                "opsummere. Mød fastholdelsessnak med refleksioner og respekt for mentee'ens valg – "
                                "aldrig med modargumenter."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Skriv et eksempel på fastholdelsessnak, du forventer at høre fra en mentee. Formulér "
                                "en simpel refleksion og en dobbeltsidet refleksion, du kunne svare med."
                            ),
                            "guidance": (
                                "I den dobbeltsidede refleksion skal du sørge for, at forandringssiden kommer til "
                                "sidst."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Tjek din forståelse",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "question": "En mentee siger: „Jeg vil gerne være der for min mor, når jeg kommer ud.“ Hvilken slags snak er det?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Tidlig forandringssnak, der udtrykker et ønske",
                                            "correct": True,
                                            "feedback": "Rigtigt. Den viser et ønske om forandring, men endnu ikke en forpligtelse.",
                                        },
                                        {
                                            "text": "Fastholdelsessnak",
                                            "correct": False,
                                            "feedback": "Nej. Udsagnet peger mod en anden fremtid, så det er forandringssnak.",
                                        },
                                        {
                                            "text": "En forpligtelse til forandring",
                                            "correct": False,
                                            "feedback": "Ikke endnu. „Jeg vil gerne“ er et ønske; „Det skal jeg nok“ ville være en forpligtelse.",
                                        },
                                        {
                                            "text": "Uenighed",
                                            "correct": False,
                                            "feedback": "Nej. Uenighed handler om spændinger i relationen til dig, og dem er der ingen af her.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvilke af disse udsagn viser, at en mentee gør sig klar til at handle (forpligtelse, parathed eller skridt, der er taget)?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "„Jeg har allerede meldt mig til svejsekurset.“",
                                            "correct": True,
                                            "feedback": "Ja. Det er et skridt, der allerede er taget.",
                                        },
                                        {
                                            "text": "„Jeg har tænkt mig at sige til min fætter, at jeg ikke kommer tilbage.“",
                                            "correct": True,
                                            "feedback": "Ja. Det er et udtryk for forpligtelse.",
                                        },
                                        {
                                            "text": "„Det kunne være rart at have et almindeligt job en dag.“",
                                            "correct": False,
                                            "feedback": "Det er forandringssnak, men et tidligt ønske snarere end en forpligtelse eller et skridt.",
                                        },
                                        {
                                            "text": "„Jeg er klar til at flytte væk, hvis det er det, der skal til.“",
                                            "correct": True,
                                            "feedback": "Ja. Det viser parathed til at handle.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Du stiller et skalaspørgsmål om, hvor vigtigt noget er, og mentee'en svarer 3. Hvilket opfølgende spørgsmål vil mest sandsynligt fremkalde forandringssnak?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "„Hvorfor 3 og ikke 0?“",
                                            "correct": True,
                                            "feedback": "Rigtigt. Det ærlige svar er mentee'ens egne grunde til forandring.",
                                        },
                                        {
                                            "text": "„Hvorfor ikke 10?“",
                                            "correct": False,
                                            "feedback": "Det inviterer mentee'en til at opremse grunde imod forandring.",
                                        },
                                        {
                                            "text": "„Kun 3? Det virker lavt.“",
                                            "correct": False,
                                            "feedback": "Det vurderer svaret og kan gøre mentee'en defensiv.",
                                        },
                                        {
                                            "text": "„Hvad skal der til for at få dig op på 10 inden næste uge?“",
                                            "correct": False,
                                            "feedback": "Det lægger pres på mentee'en og springer over de grunde, vedkommende allerede har.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvilke af disse er gode måder at svare på fastholdelsessnak?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Reflektér den roligt",
                                            "correct": True,
                                            "feedback": "Ja. En simpel refleksion får ofte mentee'en til at sætte ord på den anden side.",
                                        },
                                        {
                                            "text": "Brug en dobbeltsidet refleksion, der slutter med forandringssiden",
                                            "correct": True,
                                            "feedback": "Ja. Den respekterer begge sider og lader forandringssiden blive hængende i luften.",
                                        },
                                        {
                                            "text": "Påpeg de fakta, der viser, at mentee'en tager fejl",
                                            "correct": False,
                                            "feedback": "Nej. Modargumenter fører som regel til mere fastholdelsessnak.",
                                        },
                                        {
                                            "text": "Fremhæv, at beslutningen er mentee'ens",
                                            "correct": True,
                                            "feedback": "Ja. Når du respekterer valget, mindskes behovet for at forsvare det bestående.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvorfor sætter en dobbeltsidet refleksion som regel forandringssiden til sidst?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Folk har en tendens til at fortsætte ud fra det sidste, de hørte.",
                                            "correct": True,
                                            "feedback": "Rigtigt. Når du slutter med forandringssiden, er det mere sandsynligt, at mentee'en tager den op.",
                                        },
                                        {
                                            "text": "Rækkefølgen gør ingen forskel.",
                                            "correct": False,
                                            "feedback": "Det gør den ofte. Den sidste del af en refleksion har en tendens til at præge det, der kommer bagefter.",
                                        },
                                        {
                                            "text": "For at fastholdelsessiden stille og roligt bliver glemt.",
                                            "correct": False,
                                            "feedback": "Nej. Begge sider nævnes ærligt; formålet er ikke at skjule noget.",
                                        },
                                        {
                                            "text": "Fordi fastholdelsessnak er mindre sand end forandringssnak.",
                                            "correct": False,
                                            "feedback": "Nej. Begge sider er virkelige for mentee'en; MI afviser ingen af dem.",
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
        "title": "At møde uenighed",
        "intro": (
            "Nogle gange bliver et møde anspændt: mentee'en diskuterer, bliver tavs eller sætter spørgsmålstegn "
            "ved, hvorfor du overhovedet er der. Dette modul forklarer, hvordan uenighed adskiller sig fra "
            "fastholdelsessnak, hvordan du træder ud af en diskussion i stedet for at vinde den, og hvilke svar der "
            "hjælper med at reparere relationen. Modulet forklarer også, hvorfor mentorer ikke diskuterer ideologi "
            "eller religiøse doktriner, og hvad du kan gøre i stedet, når overbevisninger kommer på bane."
        ),
        "estimated_minutes": 60,
        "lessons": [
            {
                "slug": "discord-or-sustain-talk",
                "title": "Uenighed handler om relationen",
                "summary": (
                    "Sådan kender du forskel på uenighed og fastholdelsessnak, og hvorfor uenighed er et signal "
                    "om samtalen snarere end en fejl hos mentee'en."
                ),
                "body": [
                    ("heading", "To forskellige ting"),
                    (
                        "paragraph",
                        (
                            "<p>Fastholdelsessnak handler om <em>forandringen</em>: „Jeg er ikke klar til at forlade "
                            "dem.“ Uenighed handler om <em>relationen</em> mellem dig og mentee'en: „Du fatter det "
                            "ikke. Du er bare endnu en af dem.“ Begge dele kan lyde negativt, men de fortæller dig "
                            "forskellige ting. Fastholdelsessnak viser, hvor mentee'en står i forhold til "
                            "forandringen. Uenighed viser, at der er noget galt mellem jer to.</p>"
                            "<p>Uenighed kan vise sig på flere måder:</p>"
                            "<ul>"
                            "<li>Mentee'en diskuterer med dig eller sætter spørgsmålstegn ved dine motiver.</li>"
                            "<li>Mentee'en afbryder dig eller taler hen over dig.</li>"
                            "<li>Mentee'en affejer dig: „Hvad ved du om det?“</li>"
                            "<li>Mentee'en trækker sig: svarer med ét ord, kigger væk, skifter emne eller aflyser "
                            "møder.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Uenighed er information"),
                    (
                        "paragraph",
                        (
                            "<p>Det er fristende at se uenighed som et tegn på, at mentee'en er besværlig. I MI er "
                            "det mere nyttigt at se den som en tilbagemelding. Den opstår ofte, når mentoren er gået "
                            "for hurtigt frem, har presset på med et emne, mentee'en ikke selv har valgt, har givet "
                            "råd, ingen har bedt om, eller har lydt som en myndighedsperson. Den kan også komme "
                            "udefra: en dårlig telefonsamtale med familien, problemer på afdelingen eller frygt for, "
                            "hvem der finder ud af, at vedkommende taler med en mentor.</p>"
                            "<p>Se på denne ordveksling:</p>"
                            "<p><strong>Mentor:</strong> Har du tænkt over, hvad du vil sige til dine gamle venner, "
                            "når du kommer ud?</p>"
                            "<p><strong>Mentee:</strong> Hvorfor bliver du ved med at spørge til mine venner? Skriver "
                            "du det ned til nogen?</p>"
                            "<p>Mentee'en nægter ikke at forandre sig; han spørger, om han kan stole på dig. Hvis du "
                            "bliver ved med emnet, gør du det værre. Næste lektion viser, hvad du kan gøre i "
                            "stedet.</p>"
                            "<p>Uenighed er et fælles ansvar. Du kan ikke altid forhindre den, men du kan altid "
                            "lægge mærke til din egen del i den og svare på en måde, der får temperaturen ned.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Læg mærke til relationen",
                            "text": (
                                "Fastholdelsessnak handler om forandringen; uenighed handler om jer to. Se "
                                "uenighed som et signal om at sætte tempoet ned og se på din egen del i den – ikke "
                                "som en fejl hos mentee'en."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Tænk på en samtale et hvilket som helst sted i dit liv, der blev anspændt. Når du ser "
                                "tilbage, hvad kan den anden person så have reageret på i det, du sagde eller gjorde?"
                            ),
                            "guidance": (
                                "Fokusér på dit eget bidrag uden at bebrejde dig selv. Formålet er at få øje på "
                                "mønstre, ikke at dømme."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Hurtigt tjek",
                            "pass_mark": 100,
                            "questions": [
                                {
                                    "question": "En mentee siger: „Du er kun her, fordi de betaler dig for at holde øje med os.“ Er det fastholdelsessnak eller uenighed?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Uenighed, fordi det handler om tillid i relationen",
                                            "correct": True,
                                            "feedback": "Rigtigt. Mentee'en sætter spørgsmålstegn ved dig og dine motiver og taler ikke om en forandring.",
                                        },
                                        {
                                            "text": "Fastholdelsessnak, fordi det er negativt",
                                            "correct": False,
                                            "feedback": "Nej. Fastholdelsessnak handler om selve forandringen. Det her handler om relationen.",
                                        },
                                        {
                                            "text": "Forandringssnak",
                                            "correct": False,
                                            "feedback": "Nej. Intet her peger mod forandring.",
                                        },
                                        {
                                            "text": "Ingen af delene; det er en henkastet bemærkning, som du kan overhøre",
                                            "correct": False,
                                            "feedback": "Hvis du overhører den, risikerer du, at mistilliden vokser. Den fortjener et roligt og ærligt svar.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvilke af disse kan være tegn på uenighed?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Mentee'en afbryder dig hele tiden.",
                                            "correct": True,
                                            "feedback": "Ja. Når mentee'en taler hen over dig, er det ofte et tegn på spændinger i relationen.",
                                        },
                                        {
                                            "text": "Mentee'en siger: „Hvad ved du om mit liv?“",
                                            "correct": True,
                                            "feedback": "Ja. At affeje mentoren er en almindelig form for uenighed.",
                                        },
                                        {
                                            "text": "Mentee'en siger: „Jeg har tænkt mig at søge ind på et kursus.“",
                                            "correct": False,
                                            "feedback": "Nej. Det er forandringssnak – faktisk en forpligtelse.",
                                        },
                                        {
                                            "text": "Mentee'en begynder at svare med ét ord og aflyser det næste møde.",
                                            "correct": True,
                                            "feedback": "Ja. At trække sig er en mere stille form for uenighed, som er let at overse.",
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
                "title": "Træd ud af diskussionen",
                "summary": (
                    "Konkrete svar, der får temperaturen ned: at reflektere, sige undskyld, anerkende, skifte fokus "
                    "og fremhæve mentee'ens valg."
                ),
                "body": [
                    ("heading", "Vind ikke – træd til side"),
                    (
                        "paragraph",
                        (
                            "<p>Når uenigheden vokser, er instinktet at forsvare sig selv eller forklare, hvorfor "
                            "man har ret. Begge dele gør som regel tingene værre. I MI er målet ikke at vinde "
                            "ordvekslingen, men at træde ud af den, så samtalen kan fortsætte. Disse svar "
                            "hjælper:</p>"
                            "<ul>"
                            "<li><strong>Reflektér det:</strong> „Du er ikke sikker på, hvis side jeg er på.“ En "
                            "rolig refleksion viser, at du kan høre kritik uden at blive fornærmet.</li>"
                            "<li><strong>Sig undskyld:</strong> „Undskyld, jeg gik direkte til dine venner uden at "
                            "spørge, om du ville tale om det.“ En kort, oprigtig undskyldning koster ingenting og "
                            "reparerer ofte meget.</li>"
                            "<li><strong>Anerkend:</strong> „Du er varsom med, hvem du stoler på, og efter det, du "
                            "har været igennem, giver det god mening.“</li>"
                            "<li><strong>Skift fokus:</strong> „Vi behøver ikke at tale om det i dag. Hvad ville være "
                            "mere nyttigt?“</li>"
                            "<li><strong>Fremhæv valget:</strong> „Det er dig, der bestemmer, hvad vi taler om, og "
                            "hvad du gør med det. Jeg er ikke her for at få dig til at gøre noget.“</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Sådan hænger det sammen"),
                    (
                        "paragraph",
                        (
                            "<p>Hvis vi vender tilbage til mentee'en, der spurgte, om du skrev ting ned til nogen, "
                            "kunne et svar kombinere flere af dem:</p>"
                            "<p><strong>Mentor:</strong> Du spekulerer på, om det, du siger her, ender et andet sted. "
                            "Det er helt rimeligt at ville vide. Lad mig fortælle dig klart, hvad jeg giver videre, "
                            "og hvad jeg ikke giver videre, og så bestemmer du, hvad du vil tale om.</p>"
                            "<p>Vær ærlig, når du forklarer, hvad der er fortroligt. Følg det, programmet har "
                            "fortalt dig om, hvad mentorer skal give videre, og lov aldrig mere fortrolighed, end du "
                            "kan holde.</p>"
                            "<p>Din måde at være på betyder lige så meget som dine ord. Tal lavt og roligt, læn dig "
                            "tilbage i stedet for frem, og lad pauserne være der. Hvis et møde bliver for ophedet til "
                            "at fortsætte, er det i orden at afslutte det roligt og foreslå, at I mødes igen en anden "
                            "dag. Tal det bagefter igennem med din mentorcoach.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Få temperaturen ned",
                            "text": (
                                "Reflektér, sig undskyld, anerkend, skift fokus eller fremhæv mentee'ens valg. Når du "
                                "træder ud af en diskussion, holder du relationen i live; det gør du sjældent ved at "
                                "vinde den."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Hvilken af de fem måder at svare på falder dig mindst naturligt, og hvorfor? Skriv "
                                "én sætning, du kunne sige, hvor du bruger netop den."
                            ),
                            "guidance": (
                                "Mange synes, det er sværest at sige undskyld eller at give slip på et emne. Læg "
                                "mærke til, hvad der gør det svært for dig."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Hurtigt tjek",
                            "pass_mark": 100,
                            "questions": [
                                {
                                    "question": "En mentee farer op: „Hold op med at fortælle mig, hvad jeg skal gøre.“ Hvilket svar vil mest sandsynligt mindske uenigheden?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "„Du har ret, det er dit liv og din beslutning. Undskyld, hvis jeg kom til at virke påtrængende.“",
                                            "correct": True,
                                            "feedback": "Rigtigt. Svaret rummer en undskyldning og fremhæver mentee'ens valg, og det får temperaturen ned.",
                                        },
                                        {
                                            "text": "„Jeg fortæller dig ikke, hvad du skal gøre, jeg giver dig bare et råd.“",
                                            "correct": False,
                                            "feedback": "Det forsvarer dig og modsiger mentee'en, og så fortsætter diskussionen.",
                                        },
                                        {
                                            "text": "„Hvis du ikke vil have hjælp, er der ingen grund til, at vi mødes.“",
                                            "correct": False,
                                            "feedback": "Det optrapper situationen og sætter relationen på spil.",
                                        },
                                        {
                                            "text": "„Slap nu af, jeg er på din side.“",
                                            "correct": False,
                                            "feedback": "At bede nogen om at slappe af får dem sjældent til at slappe af, og det afviser deres pointe.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvilke af disse måder at svare på uenighed er i tråd med MI?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "At reflektere mentee'ens bekymring",
                                            "correct": True,
                                            "feedback": "Ja. Det viser, at du kan høre kritik uden at blive fornærmet.",
                                        },
                                        {
                                            "text": "At give en kort, oprigtig undskyldning",
                                            "correct": True,
                                            "feedback": "Ja. Når du tager ansvar for din del, genopbygger det ofte hurtigt tilliden.",
                                        },
                                        {
                                            "text": "At forklare i detaljer, hvorfor dit råd var rigtigt",
                                            "correct": False,
                                            "feedback": "Nej. Når du retfærdiggør dig selv, bliver øjeblikket til en kamp.",
                                        },
                                        {
                                            "text": "At skifte til et emne, mentee'en er mere åben over for",
                                            "correct": True,
                                            "feedback": "Ja. Du kan vende tilbage til det svære emne senere, når tilliden er stærkere.",
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
                "title": "Når ideologi kommer på bane: mennesket, ikke doktrinen",
                "summary": (
                    "Hvorfor mentorer holder sig ude af religiøse og politiske debatter, og hvordan du holder fokus "
                    "på mennesket og på vedkommendes behov og liv."
                ),
                "body": [
                    ("heading", "Hvorfor mentorer ikke diskuterer doktriner"),
                    (
                        "paragraph",
                        (
                            "<p>Nogle mentees vil gerne tale om deres overbevisninger, teste dig med politiske eller "
                            "religiøse argumenter eller spørge, hvad du mener. Det kan være fristende at svare med "
                            "modargumenter, især hvis du kender emnet. I dette program diskuterer mentorer ikke "
                            "ideologi, religiøse doktriner eller politiske holdninger med mentees.</p>"
                            "<p>Det er der gode grunde til. En debat gør relationen til en konkurrence, og mentee'en "
                            "har som regel øvet sig langt mere i argumenterne, end du har. At tabe en debat kan føles "
                            "ydmygende; at vinde en ændrer sjældent nogens loyalitet. Frem for alt er det sjældent "
                            "argumenter alene, der får folk til at gå ind i eller ud af ekstremistiske grupper eller "
                            "bander. Tilhørsforhold, identitet, anerkendelse, beskyttelse, spænding, en følelse af "
                            "uretfærdighed og et ønske om at betyde noget spiller ofte en større rolle. Det er de "
                            "behov, en mentor kan hjælpe med.</p>"
                        ),
                    ),
                    ("heading", "Hvad du kan gøre i stedet"),
                    (
                        "paragraph",
                        (
                            "<p>Når overbevisninger kommer på bane, så vær nysgerrig på mennesket frem for doktrinen. "
                            "Reflektér det, der ser ud til at betyde noget for vedkommende, og styr så forsigtigt "
                            "over mod personens eget liv.</p>"
                            "<p><strong>Mentee:</strong> Folk som os bliver behandlet uretfærdigt overalt. Sig, at "
                            "det ikke er sandt.</p>"
                            "<p><strong>Mentor:</strong> Retfærdighed betyder rigtig meget for dig, og du har set "
                            "meget, der føles uretfærdigt. Jeg er ikke den rette at diskutere politik med, men jeg er "
                            "interesseret i, hvad den retfærdighedssans betyder for dit eget liv, her og efter "
                            "løsladelsen.</p>"
                            "<p>Du er hverken enig eller uenig. Du anerkender den værdi, der ligger under "
                            "(retfærdighed, loyalitet, at beskytte andre), og inviterer mentee'en til at tænke over, "
                            "hvordan vedkommende vil leve efter den. Hvis en mentee spørger om dine egne holdninger, "
                            "kan du ærligt sige, at du holder dine overbevisninger ude af mentorsamtalerne, fordi "
                            "møderne handler om mentee'en. Hvis mentee'en vil gå i dybden med tro eller politik, så "
                            "tal med programlederen om, hvem på din arbejdsplads der kunne være den rette person.</p>"
                        ),
                    ),
                    ("heading", "Når du er bekymret"),
                    (
                        "paragraph",
                        (
                            "<p>Hvis noget, en mentee siger, gør dig bekymret for vedkommendes egen sikkerhed eller "
                            "andres sikkerhed, skal du ikke selv efterforske det eller udspørge mentee'en yderligere. "
                            "Fortæl det til programlederen, og følg din arbejdsplads' procedure. Skriv så præcist "
                            "som muligt ned, hvad der blev sagt, og tag det også op i supervisionen.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Mennesket, ikke doktrinen",
                            "text": (
                                "Diskutér ikke ideologi eller religion med en mentee. Reflektér de værdier og behov, "
                                "der ligger under, hold fokus på mentee'ens eget liv, og tag eventuelle bekymringer op "
                                "med programlederen."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Forestil dig, at en mentee udfordrer dig med et politisk eller religiøst argument, "
                                "som du er dybt uenig i. Hvad ville det vække i dig, og hvad kunne du sige for at "
                                "blive ved mennesket frem for argumentet?"
                            ),
                            "guidance": (
                                "Skriv ærligt ned, hvordan du sandsynligvis ville reagere først, og formulér derefter "
                                "et svar, der reflekterer den værdi, der ligger under mentee'ens ord."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Tjek din forståelse",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "question": "En mentee vil diskutere med dig, hvad en religiøs tekst betyder. Hvad skal du gøre?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Anerkend det, der betyder noget for mentee'en, forklar, at du ikke diskuterer doktriner, og før fokus tilbage til mentee'ens liv.",
                                            "correct": True,
                                            "feedback": "Rigtigt. Det respekterer mentee'en, undgår en konkurrence og holder mødet fokuseret på mentee'en.",
                                        },
                                        {
                                            "text": "Forbered modargumenter, så du kan vinde diskussionen næste gang.",
                                            "correct": False,
                                            "feedback": "Nej. At diskutere doktriner gør relationen til en konkurrence og ændrer sjældent nogens loyalitet.",
                                        },
                                        {
                                            "text": "Erklær dig enig i mentee'ens fortolkning for at opbygge god kontakt.",
                                            "correct": False,
                                            "feedback": "Nej. At lade som om, du er enig, er uærligt, og mentees opdager det som regel.",
                                        },
                                        {
                                            "text": "Afslut mentorrelationen.",
                                            "correct": False,
                                            "feedback": "Nej. Samtaler om overbevisninger er ikke en grund til at afslutte mentorrelationen. Hvis du er bekymret, så tal med programlederen.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvilke behov spiller ofte en rolle, når folk går ind i ekstremistiske grupper eller bander?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Tilhørsforhold",
                                            "correct": True,
                                            "feedback": "Ja. En gruppe kan føles som den familie eller det fællesskab, personen har manglet.",
                                        },
                                        {
                                            "text": "Anerkendelse og status",
                                            "correct": True,
                                            "feedback": "Ja. At blive set og respekteret er en stærk tiltrækningskraft.",
                                        },
                                        {
                                            "text": "Beskyttelse",
                                            "correct": True,
                                            "feedback": "Ja. Især i fængsler og i nogle boligområder kan en gruppe love sikkerhed.",
                                        },
                                        {
                                            "text": "Manglende intelligens",
                                            "correct": False,
                                            "feedback": "Nej. Det er en myte. Mennesker med alle slags evner bliver trukket ind; behov betyder langt mere end intelligens.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvilket svar viser bedst en mentor, der fremhæver mentee'ens selvbestemmelse?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "„Hvad du gør med det her, er helt dit eget valg.“",
                                            "correct": True,
                                            "feedback": "Rigtigt. Det gør det klart, at beslutningen er mentee'ens.",
                                        },
                                        {
                                            "text": "„Du bliver nødt til at ændre dig, hvis du vil løslades tidligt.“",
                                            "correct": False,
                                            "feedback": "Det bruger pres i stedet for at respektere valget.",
                                        },
                                        {
                                            "text": "„Jeg ved, hvad der er bedst for dig her.“",
                                            "correct": False,
                                            "feedback": "Det sætter mentoren i førersædet og undergraver partnerskabet.",
                                        },
                                        {
                                            "text": "„Alle andre i programmet har sagt ja til at gøre det her.“",
                                            "correct": False,
                                            "feedback": "Det er socialt pres, ikke respekt for mentee'ens egen beslutning.",
                                        },
                                    ],
                                },
                                {
                                    "question": "En mentee siger noget, der gør dig bekymret for nogens sikkerhed. Hvad gør du?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Fortæl det til programlederen, og følg din arbejdsplads' procedure.",
                                            "correct": True,
                                            "feedback": "Rigtigt. Du skal ikke vurdere risikoen alene; giv det videre, og tag det også op i supervisionen.",
                                        },
                                        {
                                            "text": "Udspørg mentee'en i detaljer for at finde ud af mere.",
                                            "correct": False,
                                            "feedback": "Nej. Det er ikke mentorens rolle at efterforske, og det kan gøre skade.",
                                        },
                                        {
                                            "text": "Behold det for dig selv for at beskytte mentee'ens tillid.",
                                            "correct": False,
                                            "feedback": "Nej. Bekymringer om sikkerhed skal gives videre. Derfor er mentorer ærlige om fortrolighed fra starten.",
                                        },
                                        {
                                            "text": "Vent og se, om mentee'en nævner det igen.",
                                            "correct": False,
                                            "feedback": "Nej. Hvis du venter, kan nogen blive udsat for fare. Tag det op med det samme.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvilke udsagn om uenighed er korrekte?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Uenighed handler om relationen; fastholdelsessnak handler om forandringen.",
                                            "correct": True,
                                            "feedback": "Ja. Det er den vigtigste forskel.",
                                        },
                                        {
                                            "text": "Uenighed opstår ofte, når mentoren presser for hurtigt på.",
                                            "correct": True,
                                            "feedback": "Ja. At komme foran mentee'en er en af de mest almindelige udløsere.",
                                        },
                                        {
                                            "text": "Uenighed viser, at mentee'en ikke er egnet til at have en mentor.",
                                            "correct": False,
                                            "feedback": "Nej. Uenighed er normal og ses bedst som information om samtalen.",
                                        },
                                        {
                                            "text": "En kort, oprigtig undskyldning kan hjælpe med at reparere uenighed.",
                                            "correct": True,
                                            "feedback": "Ja. At tage ansvar for din egen del er en af de hurtigeste måder at mindske spændingen på.",
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

MENTOR_MODULES_5 = [
    # ------------------------------------------------------------------
    # Module 5
    # ------------------------------------------------------------------
    {
        "slug": "planning-and-commitment",
        "title": "Planlægning og forpligtelse",
        "intro": (
            "Når en mentee taler mere om, hvorfor og hvordan en forandring kan ske, kan samtalen dreje over mod, "
            "hvad mentee'en faktisk vil gøre. Dette modul handler om, hvordan du kan mærke, at en mentee er klar "
            "til at planlægge, hvordan I bygger en forandringsplan op om løsladelse, arbejde, nye netværk og "
            "familie, hvordan mentoraftalen følges op hver tredje måned, og hvordan du reagerer, når udviklingen "
            "går ét skridt frem og to tilbage."
        ),
        "estimated_minutes": 60,
        "lessons": [
            {
                "slug": "knowing-when-to-plan",
                "title": "Hvornår er det tid til at planlægge?",
                "summary": "Tegn på, at en mentee er klar til at planlægge, og hvordan du føler dig frem uden at forhaste noget.",
                "body": [
                    ("heading", "Paratheden viser sig i samtalen"),
                    (
                        "paragraph",
                        (
                            "<p>Det er en almindelig fejl at planlægge for tidligt. En mentor, der hører lidt "
                            "forandringssnak og straks springer til “Hvad er så din plan?”, kan skubbe en mentee, "
                            "der stadig er i tvivl, tilbage til at forsvare tingene, som de er. Det koster også at "
                            "planlægge for sent: Energien forsvinder, hvis ingen hjælper med at gøre gode hensigter "
                            "til konkrete skridt.</p>"
                            "<p>Tegn på, at en mentee kan være klar, er fx:</p>"
                            "<ul>"
                            "<li>Mere forandringssnak og mindre fastholdelsessnak end ved tidligere møder.</li>"
                            "<li>Forpligtende udsagn eller små skridt, der allerede er taget: “Jeg har spurgt til "
                            "kurset.”</li>"
                            "<li>Praktiske spørgsmål om forandringen: “Hvor skulle jeg overhovedet bo?”</li>"
                            "<li>Forestillinger om livet bagefter: “Når jeg har fået arbejde, så vil jeg …”</li>"
                            "<li>En roligere og mere afklaret tone, som om noget er blevet besluttet.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Føl dig frem"),
                    (
                        "paragraph",
                        (
                            "<p>I stedet for at meddele, at nu er det tid til en plan, kan du give en opsummering af "
                            "mentee'ens egne grunde til at forandre sig. Stil derefter et åbent nøglespørgsmål, og "
                            "lad mentee'en selv bestemme, om I skal gå videre.</p>"
                            "<p><strong>Mentor:</strong> Lad mig se, om jeg har forstået det rigtigt. Du vil ikke "
                            "tilbage til den samme lejlighed, for det er der, den gamle flok vil finde dig. Din bror "
                            "har tilbudt dig et værelse, og du vil gerne have et arbejde, hvor du bruger dine hænder. "
                            "Og du har sagt mere end én gang, at du gerne vil have, at din søn virkelig lærer dig at "
                            "kende. Hvor står du så nu?</p>"
                            "<p><strong>Karim:</strong> Jeg tror, jeg skal have styr på det med værelset hos min bror "
                            "først.</p>"
                            "<p>Hvis svaret havde været et skuldertræk eller “Det ved jeg ikke”, er det også helt i "
                            "orden. Så ved du, at du skal blive lidt længere ved med at fremkalde. Det er mentee'en, "
                            "der bestemmer, hvornår der skal planlægges, ikke programmets tidsplan.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Mærk efter, pres ikke",
                            "text": (
                                "Gå over mod planlægning, når du hører mere forandringssnak, forpligtelse og konkrete "
                                "skridt. Mærk efter, om mentee'en er klar, med en opsummering og et åbent "
                                "nøglespørgsmål, og vend tilbage til at fremkalde, hvis mentee'en ikke er der endnu."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Tænk på en mentee eller en øvelsespartner. Hvilke tegn på parathed har du hørt indtil "
                                "nu, og hvilke tegn på usikkerhed?"
                            ),
                            "guidance": (
                                "Omtal kun en mentee med sagsnummer eller slet ikke, og skriv de konkrete "
                                "formuleringer ned, hvor du kan."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "building-a-change-plan",
                "title": "Sådan bygger I en forandringsplan op om løsladelsen",
                "summary": (
                    "Sådan arbejder du sammen med mentee'en om en plan, der dækker løsladelse, arbejde, nye netværk "
                    "og familie, og sådan hænger den sammen med mentoraftalen."
                ),
                "body": [
                    ("heading", "Planen er mentee'ens"),
                    (
                        "paragraph",
                        (
                            "<p>En forandringsplan er en kort, praktisk beskrivelse af, hvad mentee'en vil opnå, og "
                            "af de første skridt på vejen. Den fungerer bedst med mentee'ens egne ord og bygget på "
                            "mentee'ens egne prioriteter. Du kan komme med viden og idéer, men spørg om lov først, og "
                            "giv flere muligheder frem for én: “Andre i din situation har haft gavn af et par "
                            "forskellige ting. Vil du høre om dem?”</p>"
                            "<p>Gode planer er konkrete og beskedne. “Holde mig ude af ballade” er et håb, ikke en "
                            "plan. “Ringe til jobcentret i min første uge ude og spørge til lagerordningen” er et "
                            "skridt.</p>"
                        ),
                    ),
                    ("heading", "De vigtigste områder"),
                    (
                        "paragraph",
                        (
                            "<p>Forskning i tilbagefald peger på en håndfuld områder, der gør den største forskel. En "
                            "plan kommer som regel ind på flere af dem:</p>"
                            "<ul>"
                            "<li><strong>Løsladelsen og de første uger:</strong> hvor mentee'en skal bo, hvem der "
                            "tager imod, og hvordan de første dage bliver fyldt ud. Tiden lige efter løsladelsen er "
                            "ofte den mest sårbare.</li>"
                            "<li><strong>Arbejde eller uddannelse:</strong> et kursus, en læreplads, et jobtip eller "
                            "bare at få styr på legitimation og en bankkonto.</li>"
                            "<li><strong>Nye netværk:</strong> mennesker og steder uden for det gamle miljø, fx en "
                            "sportsklub, en arbejdsplads, en forening eller frivilligt arbejde. Når man forlader en "
                            "gruppe, efterlader det et tomrum, der skal fyldes.</li>"
                            "<li><strong>Familie og gamle venner:</strong> mennesker fra tiden før det kriminelle "
                            "eller ekstremistiske miljø kan være en stor støtte. Undersøg, hvem der kunne være en "
                            "del af en ny start, og respektér, hvis nogle relationer er for ødelagte til at tage op "
                            "igen.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Mentoraftalen"),
                    (
                        "paragraph",
                        (
                            "<p>Dit arbejde med hver mentee bygger på en mentoraftale, der beskriver, hvad I skal "
                            "lave sammen. Den bliver fulgt op hver tredje måned på et opfølgningsmøde mellem "
                            "programlederen, dig og medarbejdere fra mentee'ens institution. Brug forandringsplanen "
                            "til at forberede dig: Hvad har rykket sig, hvad er gået i stå, og hvad vil mentee'en "
                            "gerne fokusere på nu? Opfølgningsmødet er en mulighed for at justere planen, ikke for at "
                            "bedømme mentee'en.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Lille, konkret og mentee'ens egen",
                            "text": (
                                "Byg planen op med mentee'ens egne ord og med små, konkrete skridt inden for "
                                "løsladelse, arbejde, netværk og familie. Tag den op igen ved hvert opfølgningsmøde "
                                "om mentoraftalen hver tredje måned."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Hvilket af de fire områder (løsladelse, arbejde, nye netværk, familie) føler du dig "
                                "mindst sikker på at kunne hjælpe med, og hvad ville hjælpe dig med at forberede dig?"
                            ),
                            "guidance": (
                                "Tænk på viden, kontakter eller færdigheder, du kunne tilegne dig, og skriv ned, hvad "
                                "du vil tage op med din mentorcoach eller programlederen."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "one-step-up-two-steps-back",
                "title": "Ét skridt frem og to tilbage",
                "summary": ("Sådan reagerer du på tilbageslag, så de bliver en del af vejen og ikke enden på den."),
                "body": [
                    ("heading", "Tilbageslag hører med til forandring"),
                    (
                        "paragraph",
                        (
                            "<p>Vejen ud af en bande eller et ekstremistisk miljø er sjældent en lige linje. Mentorer "
                            "i tidligere programmer har beskrevet nogle mentorrelationer som ét skridt frem og to "
                            "tilbage. En mentee udebliver måske fra møder, tager kontakt til gamle venner igen, "
                            "mister et job eller siger ting i en dårlig uge, der lyder, som om alt er tilbage ved "
                            "start. Det er frustrerende, men det er almindeligt, og det betyder ikke, at arbejdet er "
                            "slået fejl.</p>"
                            "<p>Det betyder meget, hvordan du reagerer. Hvis mentee'en forventer skuffelse eller en "
                            "løftet pegefinger, skjuler mentee'en måske det næste tilbageslag eller holder op med at "
                            "mødes med dig. Oplever mentee'en derimod at kunne fortælle dig sandheden og stadig blive "
                            "mødt med respekt, bliver relationen stærkere.</p>"
                        ),
                    ),
                    ("heading", "Sådan reagerer du i MI's ånd"),
                    (
                        "paragraph",
                        (
                            "<p>Brug de samme færdigheder som altid: Reflektér, anerkend, stil åbne spørgsmål, og "
                            "hold retterefleksen tilbage.</p>"
                            "<p><strong>Mentee:</strong> Jeg var til fest med de gamle. Jeg ved det godt, jeg ved det "
                            "godt.</p>"
                            "<p><strong>Mentor:</strong> Du forventer, at jeg bliver vred. Det gør jeg ikke. Det "
                            "lyder, som om du allerede er skuffet over dig selv. Hvad skete der?</p>"
                            "<p>Senere kan I undersøge, hvad der førte op til det, hvad mentee'en har lært, og hvad "
                            "mentee'en vil gøre nu. Anerkend det, mentee'en gjorde godt, også selv om det kun var at "
                            "fortælle dig det. Vend så sammen tilbage til planen: Skal den ændres? Var et skridt for "
                            "stort? Tilbageslag viser ofte, hvor der er brug for mere støtte.</p>"
                            "<p>Pas også på dig selv. Det er normalt at føle sig svigtet eller at tvivle på, om du "
                            "overhovedet er god til det her. Tag de følelser med til supervision i stedet for til "
                            "mentee'en.</p>"
                        ),
                    ),
                    ("heading", "Når et tilbageslag giver anledning til bekymring"),
                    (
                        "paragraph",
                        (
                            "<p>Nogle tilbageslag indebærer en risiko: fornyet kontakt med en voldelig gruppe, snak "
                            "om at rejse til en konfliktzone eller trusler mod nogen. I de tilfælde skal du fortælle "
                            "det til programlederen og følge den procedure, der gælder hos jer. Du behøver ikke selv "
                            "at vurdere, hvor alvorligt det er.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Hold døren åben",
                            "text": (
                                "Tilbageslag er en normal del af at forlade et kriminelt eller ekstremistisk miljø. "
                                "Mød dem med nysgerrighed og respekt, lær af dem sammen, og giv enhver bekymring om "
                                "risiko videre til programlederen."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Hvordan reagerer du som regel, når en, du prøver at hjælpe, svigter dig? Hvad ville "
                                "hjælpe dig til at møde en mentees tilbageslag med nysgerrighed i stedet for skuffelse?"
                            ),
                            "guidance": (
                                "Tænk på et konkret eksempel, og skriv én ting ned, du kan gøre for at finde roen, før "
                                "du svarer."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Tjek din forståelse",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "question": "Hvilke af disse tegn tyder på, at en mentee kan være klar til at gå over til planlægning?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Mere forandringssnak og mindre fastholdelsessnak end før",
                                            "correct": True,
                                            "feedback": "Ja. En forskydning i balancen er et af de tydeligste tegn.",
                                        },
                                        {
                                            "text": "Praktiske spørgsmål om, hvordan forandringen skal foregå",
                                            "correct": True,
                                            "feedback": "Ja. Spørgsmål som “Hvor skulle jeg bo?” viser, at mentee'en tænker over, hvordan det skal ske.",
                                        },
                                        {
                                            "text": "Programmet er nået halvvejs",
                                            "correct": False,
                                            "feedback": "Nej. Paratheden kommer fra mentee'en, ikke fra tidsplanen.",
                                        },
                                        {
                                            "text": "Små skridt, der allerede er taget",
                                            "correct": True,
                                            "feedback": "Ja. Handling, uanset hvor lille den er, er ofte et tegn på, at mentee'en er klar til en plan.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvad er en god måde at mærke efter, om en mentee er klar til at planlægge?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Opsummér mentee'ens grunde til forandring, og stil et åbent nøglespørgsmål som “Hvor står du så nu?”",
                                            "correct": True,
                                            "feedback": "Rigtigt. Mentee'en hører sine egne grunde og bestemmer selv, om I skal gå videre.",
                                        },
                                        {
                                            "text": "Læg en færdig plan frem, som mentee'en skal skrive under på.",
                                            "correct": False,
                                            "feedback": "Nej. En plan, som andre har skrevet for mentee'en, bliver sjældent mentee'ens egen.",
                                        },
                                        {
                                            "text": "Sig til mentee'en, at det er tid til at forpligte sig.",
                                            "correct": False,
                                            "feedback": "Nej. Pres vil sandsynligvis fremkalde fastholdelsessnak.",
                                        },
                                        {
                                            "text": "Vent med at tage det op til næste opfølgningsmøde.",
                                            "correct": False,
                                            "feedback": "Nej. Parathed kan vise sig ved ethvert møde; du behøver ikke at vente på et opfølgningsmøde.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvor ofte bliver mentoraftalen fulgt op i dette program?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Hver tredje måned",
                                            "correct": True,
                                            "feedback": "Rigtigt. Programlederen, mentoren og medarbejdere fra institutionen mødes for at følge op på den.",
                                        },
                                        {
                                            "text": "Kun ved løsladelsen",
                                            "correct": False,
                                            "feedback": "Nej. Den bliver fulgt op regelmæssigt, hver tredje måned, så længe mentorrelationen varer.",
                                        },
                                        {
                                            "text": "Én gang om året",
                                            "correct": False,
                                            "feedback": "Nej. Et år er for lang tid i en situation, der ændrer sig; opfølgningsmøderne holdes hver tredje måned.",
                                        },
                                        {
                                            "text": "Kun hvis noget går galt",
                                            "correct": False,
                                            "feedback": "Nej. Opfølgningsmøderne er faste og ikke en reaktion på problemer.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvilke af disse er gode skridt i en forandringsplan?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "“Ringe til min bror på søndag og spørge om det ledige værelse.”",
                                            "correct": True,
                                            "feedback": "Ja. Det er konkret, lille og tydeligt mentee'ens eget skridt.",
                                        },
                                        {
                                            "text": "“Holde mig ude af ballade.”",
                                            "correct": False,
                                            "feedback": "Det er et håb snarere end et skridt; det siger intet om, hvad der skal gøres.",
                                        },
                                        {
                                            "text": "“Tage til åbent hus i fodboldklubben i min første uge ude.”",
                                            "correct": True,
                                            "feedback": "Ja. Det er konkret og bygger et nyt netværk op.",
                                        },
                                        {
                                            "text": "“Spørge uddannelsesvejlederen om svejsekurset inden vores næste møde.”",
                                            "correct": True,
                                            "feedback": "Ja. Der er en klar handling og en tidsramme.",
                                        },
                                    ],
                                },
                                {
                                    "question": "En mentee fortæller dig, at han har været til fest med gamle venner fra banden. Hvilken første reaktion er mest i tråd med MI?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "En refleksion, der viser forståelse, og derefter et åbent spørgsmål om, hvad der skete",
                                            "correct": True,
                                            "feedback": "Rigtigt. Så bliver han ved med at tale ærligt. Hvis det, du hører, giver anledning til bekymring om risiko, så fortæl det til programlederen.",
                                        },
                                        {
                                            "text": "En påmindelse om de konsekvenser, han kan få",
                                            "correct": False,
                                            "feedback": "Det er retterefleksen, og han kender næsten helt sikkert allerede konsekvenserne.",
                                        },
                                        {
                                            "text": "At afslutte mødet for at vise, at det var uacceptabelt",
                                            "correct": False,
                                            "feedback": "Det straffer ærlighed og gør det mindre sandsynligt, at han fortæller dig det næste gang.",
                                        },
                                        {
                                            "text": "At fortælle ham, hvor skuffet du er",
                                            "correct": False,
                                            "feedback": "Dine følelser er ægte, men de hører hjemme i supervisionen. Her vil de sandsynligvis skabe skam eller få ham til at gå i forsvar.",
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
        "title": "Supervision af en mentorkollega",
        "intro": (
            "Dette modul er for mentorcoaches: mentorer, der også superviserer og støtter andre mentorer mellem "
            "seminarerne. Det handler om coachens rolle, om hvordan du holder en supervisionssamtale i den samme "
            "MI-ånd, som du håber, at mentorerne vil bruge, om hvordan du giver brugbar feedback på en øvelsessamtale "
            "ved hjælp af enkle optællinger, og om hvordan du passer på mentorernes trivsel og ved, hvornår du skal "
            "indberette en bekymring til programlederen."
        ),
        "estimated_minutes": 60,
        "lessons": [
            {
                "slug": "the-coach-role",
                "title": "Coachens rolle mellem seminarerne",
                "summary": (
                    "Hvad en mentorcoach gør, hvad en coach ikke er, og hvordan du passer på de mentorer, du støtter."
                ),
                "body": [
                    ("heading", "Både lærende og supervisor"),
                    (
                        "paragraph",
                        (
                            "<p>Som coach er du stadig mentor med din egen mentee, og du bliver ved med at lære sammen "
                            "med alle de andre. Forskellen er, at du også støtter en lille gruppe mentorkolleger i de "
                            "lange perioder mellem seminarerne. Meget af den egentlige læring i MI sker netop der: når "
                            "man prøver ting af med en mentee, kører fast og taler det igennem med en, der "
                            "forstår.</p>"
                            "<p>Din opgave er at hjælpe mentorerne med at reflektere over deres arbejde, styrke deres "
                            "MI-færdigheder og holde ud, når det er svært. Du er ikke deres leder, du afgør ikke, om de "
                            "er egnede, og du overtager ikke deres mentorrelationer. Matchning, mentoraftaler og "
                            "bekymringer ligger fortsat hos programlederen.</p>"
                        ),
                    ),
                    ("heading", "Praktiske spilleregler"),
                    (
                        "paragraph",
                        (
                            "<p>Nogle få regler gør ordningen tryg og tydelig:</p>"
                            "<ul>"
                            "<li>Aftal med hver mentor, hvor ofte I mødes, og hvordan I kan få fat i hinanden ind "
                            "imellem.</li>"
                            "<li>Omtal kun mentees med sagsnummer, aldrig med navn, og skriv kun noter i "
                            "supervisionsnotatet på platformen.</li>"
                            "<li>Vær tydelig om, hvad der bliver mellem dig og mentoren, og hvad du skal give videre "
                            "til programlederen.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Pas på mentoren"),
                    (
                        "paragraph",
                        (
                            "<p>Det kan være opslidende at være mentor for mennesker, der er på vej ud af ekstremistiske "
                            "miljøer og bandemiljøer. Mentorer kan høre smertefulde livshistorier, opleve at deres "
                            "egne værdier bliver udfordret, eller bekymre sig om en mentee mellem besøgene. Nogle "
                            "føler sig isolerede, fordi de ikke kan tale om arbejdet med venner eller familie. En del "
                            "af din rolle er at lægge mærke til, hvordan mentoren har det, og ikke kun til, hvordan "
                            "mentorarbejdet går.</p>"
                            "<p>Spørg direkte og jævnligt: “Hvordan har du det med alt det her?” Hold øje med tegn på "
                            "belastning som træthed, irritabilitet, aflyste møder, at mentoren bliver for involveret i "
                            "en mentees liv, eller at håbet forsvinder. Anerkend den indsats, mentorerne gør, og hjælp "
                            "dem med at finde støtte. Hvis belastningen ser alvorlig ud eller ikke letter, så tal med "
                            "programlederen.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Støt, men led ikke",
                            "text": (
                                "En coach hjælper mentorkolleger med at reflektere, øve sig og holde ud mellem "
                                "seminarerne. Beslutninger og bekymringer hører hjemme hos programlederen."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Hvad havde du mest brug for fra andre i dine egne første måneder som mentor? Hvordan "
                                "kan du give det til de mentorer, du nu støtter?"
                            ),
                            "guidance": (
                                "Tænk på praktisk hjælp såvel som opmuntring, og skriv ned, hvis der er noget, du ville "
                                "ønske, du havde fået."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "running-an-mi-consistent-supervision",
                "title": "Sådan holder du en supervisionssamtale i MI's ånd",
                "summary": (
                    "Sådan strukturerer du et supervisionsmøde med den samme ånd og de samme færdigheder, som du "
                    "håber, at mentorerne bruger over for deres mentees."
                ),
                "body": [
                    ("heading", "Gør selv, som du lærer fra dig"),
                    (
                        "paragraph",
                        (
                            "<p>En supervisionssamtale er i sig selv en mulighed for at vise MI i praksis. Hvis du "
                            "belærer en mentor om ikke at belære, går pointen tabt. Hvis du lytter, reflekterer, "
                            "fremkalder mentorens egne idéer og respekterer mentorens dømmekraft, oplever mentoren MI "
                            "fra den anden side og tager det lettere med ind i sine egne møder.</p>"
                            "<p>Du er udsat for de samme fristelser. Når en mentor beskriver et svært møde, kan du "
                            "mærke en stærk trang til at fortælle, hvad mentoren burde have gjort. Hold den tilbage i "
                            "første omgang. De fleste mentorer fornemmer allerede, hvad der gik galt, og hvad de kunne "
                            "prøve, og de husker deres egne idéer langt bedre end dine.</p>"
                        ),
                    ),
                    ("heading", "En enkel struktur"),
                    (
                        "paragraph",
                        (
                            "<p>Mange coaches har glæde af denne rækkefølge:</p>"
                            "<ol>"
                            "<li><strong>Aftal dagsordenen.</strong> “Hvad vil du gerne bruge vores tid på i dag?” "
                            "Tilføj det, du selv skal have med, fx et kommende opfølgningsmøde om en mentoraftale.</li>"
                            "<li><strong>Udforsk.</strong> Brug åbne spørgsmål og refleksioner til at forstå, hvad der "
                            "skete, og hvordan mentoren oplevede det.</li>"
                            "<li><strong>Fremkald.</strong> “Hvad tror du, der var på spil for din mentee?” “Hvad kunne du "
                            "prøve næste gang?”</li>"
                            "<li><strong>Tilbyd, med lov.</strong> “Vil det hjælpe, hvis jeg fortæller om noget, der "
                            "har virket for mig?” Hold det kort, og spørg så, hvad mentoren tænker om det.</li>"
                            "<li><strong>Opsummér, og aftal et næste skridt.</strong> Saml op på, hvad mentoren har "
                            "sagt, og hvad mentoren vil prøve.</li>"
                            "</ol>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Her er et kort eksempel:</p>"
                            "<p><strong>Mentor:</strong> Han lukkede bare helt ned, da jeg spurgte til hans bror. Jeg "
                            "vidste ikke, hvad jeg skulle gøre.</p>"
                            "<p><strong>Coach:</strong> I var godt på vej, og så lukkede døren sig. Det må have været "
                            "frustrerende.</p>"
                            "<p><strong>Mentor:</strong> Ja. Måske gik jeg for hurtigt frem.</p>"
                            "<p><strong>Coach:</strong> Du overvejer, om tidspunktet var det rigtige. Hvad ville du "
                            "gøre anderledes?</p>"
                            "<p>Coachen reflekterer to gange og spørger én gang, og det er mentoren selv, der sætter "
                            "ord på den sandsynlige årsag.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Supervisér i MI's ånd",
                            "text": (
                                "Brug partnerskab, åbne spørgsmål, refleksioner og råd med lov over for mentorerne. "
                                "De lærer MI bedst ved selv at opleve det i supervisionen."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Tænk tilbage på en gang, hvor du fik feedback eller supervision, der virkelig hjalp "
                                "dig til at udvikle dig. Hvad gjorde den anden person, og hvordan passer det med "
                                "strukturen i denne lektion?"
                            ),
                            "guidance": (
                                "Vælg én ting, personen gjorde, som du vil gøre til en vane i din egen supervision."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "feedback-and-raising-concerns",
                "title": "Feedback på øvelsessamtaler og indberetning af bekymringer",
                "summary": (
                    "Sådan giver du feedback på en øvelsessamtale ved hjælp af enkle optællinger, og hvornår du skal "
                    "indberette en bekymring til programlederen."
                ),
                "body": [
                    ("heading", "Tæl det, du kan høre"),
                    (
                        "paragraph",
                        (
                            "<p>Når en mentor deler en øvelsessamtale, hvad enten det er et rollespil med en kollega "
                            "eller en optagelse lavet med samtykke, hjælper generelle indtryk som “det var godt” ikke "
                            "meget. Enkle optællinger af ting, du faktisk kan høre, er mere brugbare og føles mindre "
                            "personlige. Mens du lytter til et stykke på 10 til 20 minutter, tæller du:</p>"
                            "<ul>"
                            "<li>spørgsmål (MITI 4.2.1 tæller alle spørgsmål ens; notér, hvilke der var åbne);</li>"
                            "<li>refleksioner, delt op i simple og komplekse;</li>"
                            "<li>anerkendelser;</li>"
                            "<li>øjeblikke med retterefleksen: råd uden lov, advarsler, diskussion.</li>"
                            "</ul>"
                            "<p>Ud fra tallene kan du regne ud, hvor mange refleksioner der var pr. spørgsmål, og hvor "
                            "stor en andel af refleksionerne der var komplekse. Som en tommelfingerregel bør mentorer "
                            "sigte efter mindst lige så mange refleksioner som spørgsmål og arbejde hen imod to for "
                            "hvert spørgsmål. Den MITI-kodning, der bruges i coachforløbet, bygger på optællinger som "
                            "disse.</p>"
                        ),
                    ),
                    ("heading", "Sådan giver du feedbacken"),
                    (
                        "paragraph",
                        (
                            "<p>Del tallene som information, ikke som en karakter, og lad mentoren tolke dem "
                            "først.</p>"
                            "<p><strong>Coach:</strong> Hvad lagde du mærke til, da du lyttede til den igen?</p>"
                            "<p><strong>Mentor:</strong> Jeg tror, jeg stillede mange spørgsmål.</p>"
                            "<p><strong>Coach:</strong> Det gjorde du. Jeg talte fjorten spørgsmål og seks "
                            "refleksioner. To af refleksionerne var komplekse, og begge gange sagde din mentee mere. "
                            "Hvad tænker du om det?</p>"
                            "<p>Begynd med det, der gik godt, vær konkret, og aftal én ting at øve i stedet for "
                            "fem.</p>"
                        ),
                    ),
                    ("heading", "Hvornår skal du indberette en bekymring?"),
                    (
                        "paragraph",
                        (
                            "<p>Nogle gange hører du noget, der rækker ud over færdigheder og støtte. Fortæl det til "
                            "programlederen, og følg den procedure, der gælder hos jer, hvis:</p>"
                            "<ul>"
                            "<li>noget tyder på en risiko for mentee'en, mentoren eller andre;</li>"
                            "<li>en mentor ser ud til at overskride grænser, fx ved at låne penge ud eller mødes uden "
                            "for mentoraftalen;</li>"
                            "<li>en mentors trivsel er alvorligt påvirket eller ikke bliver bedre;</li>"
                            "<li>du er i tvivl. Det er bedre at spørge tidligt end at vente.</li>"
                            "</ul>"
                            "<p>Når det er passende, så fortæl mentoren, at du tager det op.</p>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Tæl først, spørg så",
                            "text": (
                                "Enkle optællinger af spørgsmål, refleksioner og anerkendelser gør feedback tydelig og "
                                "retfærdig. Når noget rækker ud over færdigheder og støtte, så fortæl det til "
                                "programlederen."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Lyt til en kort øvelsessamtale, din egen eller en kollegas med samtykke, og tæl "
                                "spørgsmål, simple og komplekse refleksioner og anerkendelser. Hvad overraskede dig?"
                            ),
                            "guidance": (
                                "Skriv først tallene ned, derefter én konkret styrke, du vil anerkende, og én ting, du "
                                "vil foreslå at øve."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Tjek din forståelse",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "question": "Hvad er en mentorcoachs vigtigste opgave mellem seminarerne?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "At hjælpe mentorkolleger med at reflektere over deres arbejde, styrke deres MI-færdigheder og holde ud",
                                            "correct": True,
                                            "feedback": "Rigtigt. Coachen støtter læring og trivsel, mens beslutningerne ligger hos programlederen.",
                                        },
                                        {
                                            "text": "At vurdere, om mentorerne skal blive i programmet",
                                            "correct": False,
                                            "feedback": "Nej. Coaches bedømmer ikke mentorerne; egnethed er et spørgsmål for programlederen.",
                                        },
                                        {
                                            "text": "At overtage svære mentorrelationer",
                                            "correct": False,
                                            "feedback": "Nej. Coachen støtter mentoren, som beholder relationen til mentee'en.",
                                        },
                                        {
                                            "text": "At give alt, hvad en mentor siger, videre til programlederen",
                                            "correct": False,
                                            "feedback": "Nej. Kun bekymringer går videre til programlederen; almindelig supervision bliver mellem coach og mentor.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvilke af disse kan du tælle, når du lytter til en øvelsessamtale?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Åbne og lukkede spørgsmål",
                                            "correct": True,
                                            "feedback": "Ja. Spørgsmål er lette at høre og tælle.",
                                        },
                                        {
                                            "text": "Simple og komplekse refleksioner",
                                            "correct": True,
                                            "feedback": "Ja. Når du tæller begge slags, kan du se, hvor meget mentoren gør mere end at gentage.",
                                        },
                                        {
                                            "text": "Anerkendelser",
                                            "correct": True,
                                            "feedback": "Ja. Anerkendelser er konkrete udsagn, som du kan høre og tælle.",
                                        },
                                        {
                                            "text": "Hvor meget mentoren holder af mentee'en",
                                            "correct": False,
                                            "feedback": "Nej. Omsorg betyder noget, men den kan ikke observeres og tælles. Hold dig til det, du faktisk kan høre.",
                                        },
                                    ],
                                },
                                {
                                    "question": "I en øvelsessamtale på 15 minutter tæller du 18 spørgsmål og 9 refleksioner. Hvad fortæller det dig?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Der var en halv refleksion pr. spørgsmål; mentoren kunne øve sig i at erstatte nogle af spørgsmålene med refleksioner.",
                                            "correct": True,
                                            "feedback": "Rigtigt. Målet er mindst én refleksion pr. spørgsmål og på sigt to.",
                                        },
                                        {
                                            "text": "Der var to refleksioner pr. spørgsmål, hvilket allerede er meget stærkt.",
                                            "correct": False,
                                            "feedback": "Nej. Tallene er omvendt: dobbelt så mange spørgsmål som refleksioner.",
                                        },
                                        {
                                            "text": "Refleksioner og spørgsmål var i balance.",
                                            "correct": False,
                                            "feedback": "Nej. 18 spørgsmål over for 9 refleksioner er ikke i balance.",
                                        },
                                        {
                                            "text": "Ikke noget brugbart; optællinger kan ikke sige noget om en samtale.",
                                            "correct": False,
                                            "feedback": "Optællinger fortæller ikke hele historien, men de giver et klart og retfærdigt udgangspunkt for feedback.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvilke af coachens svar i supervisionen er i tråd med MI?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "“Hvad vil du gerne bruge vores tid på i dag?”",
                                            "correct": True,
                                            "feedback": "Ja. At aftale dagsordenen sammen er partnerskab i praksis.",
                                        },
                                        {
                                            "text": "“Vil det hjælpe, hvis jeg fortæller om noget, der har virket for mig?”",
                                            "correct": True,
                                            "feedback": "Ja. Når du spørger om lov, før du giver råd, respekterer du mentorens selvbestemmelse.",
                                        },
                                        {
                                            "text": "“Du spurgte alt for tidligt til hans bror. Lad være med det næste gang.”",
                                            "correct": False,
                                            "feedback": "Det er retterefleksen, bare rettet mod mentoren. Det virker som regel bedre at fremkalde mentorens eget syn.",
                                        },
                                        {
                                            "text": "“Du overvejer, om du gik for hurtigt frem.”",
                                            "correct": True,
                                            "feedback": "Ja. En refleksion hjælper mentoren til selv at tænke det igennem.",
                                        },
                                    ],
                                },
                                {
                                    "question": "I hvilke situationer skal en coach fortælle det til programlederen?",
                                    "kind": "multiple",
                                    "answers": [
                                        {
                                            "text": "Noget tyder på en risiko for mentee'en eller for andre.",
                                            "correct": True,
                                            "feedback": "Ja. Risiko bliver altid givet videre efter den procedure, der gælder hos jer.",
                                        },
                                        {
                                            "text": "En mentor ser ud til at overskride grænser, fx ved at låne penge ud til en mentee.",
                                            "correct": True,
                                            "feedback": "Ja. Grænseoverskridelser kan skade både mentor og mentee og kræver programlederens opmærksomhed.",
                                        },
                                        {
                                            "text": "En mentor stillede flere spørgsmål end refleksioner i en øvelsessamtale.",
                                            "correct": False,
                                            "feedback": "Nej. Det er et almindeligt læringspunkt, som I kan arbejde med i supervisionen.",
                                        },
                                        {
                                            "text": "En mentors trivsel er alvorligt påvirket og bliver ikke bedre.",
                                            "correct": True,
                                            "feedback": "Ja. Vedvarende belastning kræver mere støtte, end en coach kan give alene.",
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
        "title": "Kodning af øvelsessamtaler med MITI 4.2.1",
        "intro": (
            "Coachernes kodningsmodul. MITI-skemaet på platformen beder om fire globale vurderinger og ti "
            "adfærdstællinger: modulet definerer hver af dem med eksempler fra fængsel og tilsyn, giver "
            "ankerpunkterne fra 1 til 5 for de globale vurderinger og tærsklerne for de samlede scorer og slutter med "
            "kalibrering: at kode referenceudskrifter, til din kodning stemmer med modelkodningen."
        ),
        "estimated_minutes": 90,
        "lessons": [
            {
                "slug": "miti-global-scores",
                "title": "De fire globale vurderinger",
                "summary": (
                    "Fremme forandringssnak, blødgøre fastholdelsessnak, partnerskab og empati: hvad hver vurderer, "
                    "og ankerpunkterne fra 1 til 5."
                ),
                "body": [
                    ("heading", "En vurdering af hele samtalen"),
                    (
                        "paragraph",
                        (
                            "<p>MITI 4.2.1 (Motivational Interviewing Treatment Integrity) har to dele. De globale "
                            "vurderinger giver hver én score fra 1 til 5 for et helt stykke samtale (som regel 20 "
                            "minutter). Adfærdstællingerne, i næste lektion, tæller det, mentoren siger, ytring for "
                            "ytring. Lyt hele stykket igennem én gang for de globale vurderinger, før du tæller.</p>"
                            "<p>Begynd hver global vurdering ved 3, og flyt op eller ned, efterhånden som belæggene "
                            "kommer: 3 betyder, at mentoren gør noget af det, men ujævnt. Vurdér det, mentoren gør, "
                            "ikke hvordan mentee'en reagerer: en mentee kan blive ved med at være vred på en mentor, "
                            "der gør et fremragende arbejde.</p>"
                        ),
                    ),
                    ("heading", "Fremme forandringssnak"),
                    (
                        "paragraph",
                        (
                            "<p>Hvor aktivt mentoren lægger mærke til, indbyder til og styrker mentee'ens eget sprog "
                            "for forandring: ønske, evne, grunde, behov, forpligtelse, skridt der er taget.</p>"
                            "<ul>"
                            "<li><strong>1</strong>: mentoren viser ingen opmærksomhed på forandringssnak; den går forbi uden bemærkning.</li>"
                            "<li><strong>2</strong>: lejlighedsvis opmærksomhed, men chancerne for at udforske forandringssnak går for det meste tabt.</li>"
                            "<li><strong>3</strong>: er ofte opmærksom på forandringssnak, men misser nogle tydelige chancer.</li>"
                            "<li><strong>4</strong>: er konsekvent opmærksom på forandringssnak og prøver at uddybe den.</li>"
                            "<li><strong>5</strong>: tydelig og konsekvent indsats for at øge dybden, styrken eller "
                            "fremdriften i mentee'ens forandringssnak.</li>"
                            "</ul>"
                            "<p>I fængslet: når en mentee siger „Jeg vil ikke have, at min søn besøger mig her "
                            "igen“, reflekterer en mentor på 4 eller 5 det og spørger, hvad det ville kræve; en mentor "
                            "på 2 går videre til næste skema.</p>"
                        ),
                    ),
                    ("heading", "Blødgøre fastholdelsessnak"),
                    (
                        "paragraph",
                        (
                            "<p>Hvor meget mentoren undgår at styrke mentee'ens sprog for at blive ved det vante og "
                            "mindsker dets dybde og fremdrift. At argumentere imod fastholdelsessnak styrker den.</p>"
                            "<ul>"
                            "<li><strong>1</strong>: mentoren svarer konsekvent på fastholdelsessnak på måder, der "
                            "øger den: diskuterer, dvæler ved grundene til ikke at ændre noget.</li>"
                            "<li><strong>2</strong>: vælger som regel at udforske eller fokusere på fastholdelsessnak.</li>"
                            "<li><strong>3</strong>: giver til tider fastholdelsessnak forrang frem for forandringssnak.</li>"
                            "<li><strong>4</strong>: undgår typisk at fremhæve fastholdelsessnak.</li>"
                            "<li><strong>5</strong>: tydelig og konsekvent indsats for at mindske dybden, styrken "
                            "eller fremdriften i fastholdelsessnak, fx med en dobbeltsidet refleksion, der slutter på "
                            "forandringssiden, eller ved at give ret med et twist.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Partnerskab"),
                    (
                        "paragraph",
                        (
                            "<p>Hvor meget mentoren behandler samtalen som et samarbejde mellem ligeværdige, hvor "
                            "mentee'ens ekspertise om sit eget liv tæller lige så meget som mentorens.</p>"
                            "<ul>"
                            "<li><strong>1</strong>: mentoren tager aktivt ekspertrollen det meste af samtalen; "
                            "mentee'ens bidrag bliver overset.</li>"
                            "<li><strong>2</strong>: overfladisk samarbejde: mentoren spørger om mentee'ens syn, men "
                            "sætter alligevel selv dagsordenen.</li>"
                            "<li><strong>3</strong>: tager mentee'ens bidrag med, men lunkent eller ujævnt.</li>"
                            "<li><strong>4</strong>: fremmer samarbejde og deling af magt, så mentee'ens idéer "
                            "former samtalen.</li>"
                            "<li><strong>5</strong>: fremmer og opmuntrer aktivt til deling af magt, så mentee'ens "
                            "idéer i høj grad påvirker det, der besluttes.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Empati"),
                    (
                        "paragraph",
                        (
                            "<p>Hvor godt mentoren forstår, eller prøver at forstå, mentee'ens perspektiv og "
                            "oplevelse: følelser, værdier og grunde, ikke kun fakta.</p>"
                            "<ul>"
                            "<li><strong>1</strong>: ingen opmærksomhed på mentee'ens perspektiv.</li>"
                            "<li><strong>2</strong>: spredte forsøg på at udforske det, ofte upræcise eller afbrudte.</li>"
                            "<li><strong>3</strong>: prøver aktivt at forstå, med moderat held.</li>"
                            "<li><strong>4</strong>: forstår præcist, hvad mentee'en har sagt, og noget af det, der "
                            "ikke er sagt.</li>"
                            "<li><strong>5</strong>: dyb forståelse af mentee'ens synspunkt, vist i komplekse "
                            "refleksioner, der går ud over ordene.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "key_point",
                        {
                            "title": "Samlede scorer",
                            "text": (
                                "Teknisk = (fremme forandringssnak + blødgøre fastholdelsessnak) / 2: rimelig fra 3, "
                                "god fra 4. Relationel = (partnerskab + empati) / 2: rimelig fra 3,5, god fra 4."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Tjek din forståelse",
                            "pass_mark": 100,
                            "questions": [
                                {
                                    "question": "En mentee siger, at han vil holde sig fra gruppen for sin datters skyld, og opremser så, hvorfor han stadig skylder dem noget. Mentoren argumenterer imod hver grund. Hvilken global vurdering lider mest?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Empati, fordi mentoren ikke reflekterede følelser.",
                                            "correct": False,
                                            "feedback": "Empatien kan også lide, men at argumentere imod fastholdelsessnak er netop det, blødgøre fastholdelsessnak vurderer.",
                                        },
                                        {
                                            "text": "Blødgøre fastholdelsessnak, fordi diskussionen styrker grundene til ikke at ændre noget.",
                                            "correct": True,
                                            "feedback": "Rigtigt. Hvert modargument indbyder mentee'en til at forsvare det vante.",
                                        },
                                        {
                                            "text": "Partnerskab, fordi mentoren talte mere end mentee'en.",
                                            "correct": False,
                                            "feedback": "Taletid alene afgør ikke partnerskab; det gør, hvem der former dagsordenen.",
                                        },
                                        {
                                            "text": "Ingen: det er i orden at argumentere, hvis mentoren har ret om gruppen.",
                                            "correct": False,
                                            "feedback": "At have ret hjælper ikke: fastholdelsessnak vokser, når den bliver modsagt.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvad betyder 3 på en global vurdering?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Mentoren gør det godt, men ikke perfekt.",
                                            "correct": False,
                                            "feedback": "Det er tættere på 4.",
                                        },
                                        {
                                            "text": "Mentee'en reagerede hverken godt eller dårligt.",
                                            "correct": False,
                                            "feedback": "De globale vurderinger vurderer mentorens adfærd, ikke mentee'ens reaktion.",
                                        },
                                        {
                                            "text": "Mentoren gør noget af det, men ujævnt: stedet at begynde, før man flytter op eller ned.",
                                            "correct": True,
                                            "feedback": "Rigtigt. Begynd ved 3, og lad belæggene flytte dig.",
                                        },
                                        {
                                            "text": "Samtalen var for kort til at blive vurderet.",
                                            "correct": False,
                                            "feedback": "Et kort stykke vurderes med forsigtighed, men 3 er ikke en kode for manglende belæg.",
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
                "title": "De ti adfærdstællinger",
                "summary": (
                    "Give information, overtale, overtale med tilladelse, spørgsmål, simpel og kompleks refleksion, "
                    "anerkende, søge samarbejde, fremhæve autonomi og konfrontere, med eksempler."
                ),
                "body": [
                    ("heading", "Én kode pr. ytring"),
                    (
                        "paragraph",
                        (
                            "<p>En ytring er en hel tanke fra mentoren. De fleste får én adfærdskode; nogle "
                            "(småsnak, „mm“) får ingen. Tæl kun mentorens ytringer.</p>"
                        ),
                    ),
                    ("heading", "At informere og at overtale"),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li><strong>Give information</strong>: neutral information, tilbagemelding eller "
                            "forklaring uden forsøg på at overtale. „Boligkontoret har åbent til kl. 15 om "
                            "torsdagen.“</li>"
                            "<li><strong>Overtale</strong>: et forsøg på at ændre mentee'ens meninger, holdninger "
                            "eller adfærd med logik, argumenter, egne erfaringer eller råd, uden tilladelse. „Du bør "
                            "fortælle din tilsynsførende det i dag.“</li>"
                            "<li><strong>Overtale med tilladelse</strong>: det samme, men efter at mentee'en har bedt "
                            "om det eller sagt ja, eller med tydelig vægt på mentee'ens valg. „Vil det hjælpe at høre, "
                            "hvad andre har gjort? … Nogle har haft gavn af at fortælle deres tilsynsførende det "
                            "tidligt.“</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", "Spørgsmål og refleksioner"),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li><strong>Spørgsmål</strong>: ethvert spørgsmål. MITI 4.2.1 tæller åbne og lukkede "
                            "spørgsmål ens; om et spørgsmål er åbent, betyder stadig noget for samtalen, og coachen "
                            "kan nævne det i sin feedback.</li>"
                            "<li><strong>Simpel refleksion</strong>: viser forståelse af det, mentee'en sagde, og "
                            "tilføjer lidt eller ingen mening. „Du er bekymret for lejligheden.“</li>"
                            "<li><strong>Kompleks refleksion</strong>: tilføjer væsentlig mening eller vægt: en "
                            "følelse, en værdi, en sammenhæng, det næste skridt der ikke er sagt, eller en "
                            "dobbeltsidet refleksion. „Et sted for dig selv betyder noget, fordi det holder dig væk "
                            "fra de gamle venner.“</li>"
                            "</ul>"
                            "<p>Mål: refleksioner til spørgsmål 1:1 er rimeligt og 2:1 godt; komplekse refleksioner "
                            "40 % af alle refleksioner er rimeligt og 50 % godt.</p>"
                        ),
                    ),
                    ("heading", "MI-forenelig og ikke MI-forenelig"),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li><strong>Anerkende</strong>: siger ærligt noget positivt om mentee'ens styrker, "
                            "indsats eller værdier. „Du har holdt fast i den beslutning i to år herinde.“</li>"
                            "<li><strong>Søge samarbejde</strong>: inviterer udtrykkeligt mentee'ens idéer, deler "
                            "magten eller anerkender mentee'ens ekspertise. „Hvad vil du gerne have, vi bruger tiden "
                            "på?“</li>"
                            "<li><strong>Fremhæve autonomi</strong>: fremhæver mentee'ens valg og kontrol. „Det er "
                            "din beslutning, om du går med i exitprogrammet.“</li>"
                            "<li><strong>Konfrontere</strong>: er uenig, diskuterer, retter, skammer ud, bebrejder "
                            "eller sætter etiketter på ud fra en autoritetsposition. „Venner får dig ikke spærret "
                            "inde. Vær ærlig over for dig selv.“</li>"
                            "</ul>"
                            "<p>Platformen lægger MI-forenelig adfærd sammen (søge samarbejde, anerkende, fremhæve "
                            "autonomi) og ikke MI-forenelig adfærd (overtale, konfrontere); de tælles, men vurderes "
                            "ikke.</p>"
                        ),
                    ),
                    (
                        "knowledge_check",
                        {
                            "title": "Tjek din forståelse",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "question": "„Du er ikke sikker på, at du kan se din familie i øjnene, og en del af dig vil stadig prøve.“ Hvordan kodes det?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Simpel refleksion",
                                            "correct": False,
                                            "feedback": "Den gør mere end at gentage: den rummer begge sider.",
                                        },
                                        {
                                            "text": "Overtale",
                                            "correct": False,
                                            "feedback": "Der er hverken argument eller råd i den.",
                                        },
                                        {
                                            "text": "Kompleks refleksion",
                                            "correct": True,
                                            "feedback": "Rigtigt: en dobbeltsidet refleksion tilføjer mening, og den slutter på forandringssiden.",
                                        },
                                        {
                                            "text": "Spørgsmål",
                                            "correct": False,
                                            "feedback": "Det er et udsagn: stemmen går ned til sidst.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Mentee'en har spurgt, hvad mentoren mener. Mentoren siger: „Når du spørger, ville jeg begynde med brevet til kommunen, men du kender din situation bedst.“ Hvordan kodes det?",
                                    "kind": "single",
                                    "answers": [
                                        {
                                            "text": "Overtale",
                                            "correct": False,
                                            "feedback": "Der blev bedt om rådet, og valget er overladt til mentee'en: det er forskellen.",
                                        },
                                        {
                                            "text": "Overtale med tilladelse",
                                            "correct": True,
                                            "feedback": "Rigtigt: et råd givet, efter at mentee'en spurgte, med vægt på mentee'ens valg.",
                                        },
                                        {
                                            "text": "Give information",
                                            "correct": False,
                                            "feedback": "Den anbefaler en handling og er derfor mere end neutral information.",
                                        },
                                        {
                                            "text": "Fremhæve autonomi",
                                            "correct": False,
                                            "feedback": "Sidste del fremhæver autonomi, men ytringen som helhed giver et råd.",
                                        },
                                    ],
                                },
                                {
                                    "question": "Hvilke af disse er ikke MI-forenelige?",
                                    "kind": "multiple",
                                    "answers": [
                                        {"text": "Konfrontere", "correct": True, "feedback": "Ja."},
                                        {
                                            "text": "Overtale med tilladelse",
                                            "correct": False,
                                            "feedback": "Nej: med tilladelse er et råd i tråd med MI.",
                                        },
                                        {"text": "Overtale", "correct": True, "feedback": "Ja."},
                                        {
                                            "text": "Give information",
                                            "correct": False,
                                            "feedback": "Nej: neutral information er hverken MI-forenelig eller det modsatte.",
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
                "title": "Kodning i praksis og kalibrering",
                "summary": (
                    "Sådan koder du et stykke på 20 minutter, sådan bliver koderne til feedback, og sådan holder "
                    "referenceudskrifterne coachernes kodning på linje."
                ),
                "body": [
                    ("heading", "En arbejdsgang"),
                    (
                        "paragraph",
                        (
                            "<p>Lyt én gang for de globale vurderinger, og igen, med pauser, for "
                            "adfærdstællingerne. Når du er i tvivl mellem to koder, så vælg den, der beskriver, hvad "
                            "mentoren gjorde, ikke hvad mentoren ville. Skriv de få ytringer ned, du vil bruge i din "
                            "feedback: en stærk kompleks refleksion, et øjeblik med rette-op-refleksen.</p>"
                            "<p>Del koderne som information, aldrig som en karakter, og lad mentoren læse dem "
                            "først: „Hvad lægger du mærke til ved forholdet mellem refleksioner og spørgsmål?“</p>"
                        ),
                    ),
                    ("heading", "Kalibrering"),
                    (
                        "paragraph",
                        (
                            "<p>Kodere glider fra hinanden uden at mærke det. Under Supervision > MITI-kalibrering "
                            "koder du referenceudskrifter, skrevet til træning med en modelkodning, og ser din "
                            "kodning ved siden af modellens, kode for kode: en tælling stemmer, når den er inden for "
                            "20 % (mindst én til hver side), en global vurdering, når den er inden for ét point. Du "
                            "er kalibreret, når dine kodninger af to forskellige udskrifter stemmer, i tolv måneder; "
                            "programlederen kan se, hvem der er kalibreret, og kodninger fra en coach, der ikke er, "
                            "udelades af rapporten til bevillingsgiverne.</p>"
                        ),
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Kod en referenceudskrift på platformen. Hvor var din kodning og modelkodningen længst fra hinanden, og hvad viste begrundelsen dig?",
                            "guidance": "Se først på den globale vurdering, der ligger længst fra modellen: den viser som regel, hvad du lyttede efter.",
                        },
                    ),
                ],
            },
        ],
    },
]

MENTOR_MODULES = [*MENTOR_MODULES_1_2, *MENTOR_MODULES_3_4, *MENTOR_MODULES_5]

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
            "<p>Gennemfør modulet <strong>Grundholdningen i motiverende samtale</strong> før første dag. "
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
            "<p>Gennemfør modulerne <strong>Kernefærdigheder: åbne spørgsmål, anerkendelser, refleksioner og "
            "opsummeringer</strong> og <strong>Forandringssnak og fastholdelsessnak</strong>. Prøv i ugen før at "
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
            "<p>Gennemfør modulerne <strong>At møde uenighed</strong> og <strong>Planlægning og "
            "forpligtelse</strong>. Hvis du allerede har en mentee, så tag en udfordring med planlægningen med, "
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
