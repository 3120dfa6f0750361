"""The demo briefings in Danish, item for item as briefings.py (see curriculum_da.py)."""

BRIEFINGS = [
    # ------------------------------------------------------------------
    # 1. Online radicalisation (older version, superseded by entry 4)
    # ------------------------------------------------------------------
    {
        "slug": "online-radicalisation",
        "title": "Demo: Sådan taler du med mentees om radikalisering på nettet",
        "summary": (
            "Denne demobriefing beskriver, hvad mentorer i et opdigtet pilotprojekt lagde mærke til hos mentees, "
            "der først mødte ekstremistiske idéer på nettet. Grupper på nettet gav ofte fællesskab, respekt og et "
            "formål, længe før en ideologi slog rod. Som mentor bør du udforske, hvad mentee'en fik ud af livet på "
            "nettet, med åbne spørgsmål og refleksioner, undgå at diskutere indholdet, aldrig selv undersøge "
            "profiler og give enhver bekymring for sikkerheden videre til programlederen efter Kriminalforsorgens "
            "procedure."
        ),
        "urgency": "important",
        "published_days_ago": 220,
        "review_in_days": 365,
        "tags": ["online radicalisation"],
        "supersedes": None,
        "related_modules": ["core-skills-oars", "change-talk-and-sustain-talk"],
        "body": [
            ("heading", "Det lagde mentorerne i demopilotprojektet mærke til"),
            (
                "paragraph",
                "<p>I dette opdigtede pilotprojekt fortalte mange mentees, at de først mødte ekstremistiske idéer "
                "på nettet, ofte længe før de mødte nogen ansigt til ansigt. Videoer, chatgrupper og fora gav en "
                "følelse af fællesskab, formål og spænding og nogle gange en enkel fortælling, hvor deres egen "
                "vrede og oplevelse af uretfærdighed endelig gav mening. For nogle var nettet det sted, hvor de "
                "følte sig mest respekteret.</p>",
            ),
            (
                "paragraph",
                "<p>I fængslet er adgangen til internettet begrænset, men relationerne fra nettet lever ofte videre "
                "i mentee'ens tanker: loyalitet over for mennesker, de aldrig har mødt, beundring for kendte "
                "skikkelser på nettet og forventningen om at genoptage kontakten efter løsladelsen. Behandl disse "
                "bånd som <strong>virkelige relationer med en virkelig tiltrækningskraft</strong> – ikke som noget, "
                "der forsvinder, når telefonen bliver taget fra dem.</p>",
            ),
            ("heading", "Det skal du gøre som mentor"),
            (
                "paragraph",
                "<p>Vær nysgerrig frem for bekymret. Stil åbne spørgsmål om, hvad mentee'en fandt på nettet, og "
                "hvad det gav, fx <em>Hvad gav de samtaler dig, som du manglede andre steder?</em> Reflektér de "
                "behov, der ligger under, som fællesskab, anerkendelse og mening, og udforsk, hvordan mentee'en "
                "kan få dem opfyldt på andre måder. Undgå at diskutere indholdet punkt for punkt; diskussion "
                "styrker som regel fastholdelsessnakken.</p>",
            ),
            (
                "paragraph",
                "<p>Du er mentor, ikke kontrollant. Bed ikke mentees om at vise dig deres profiler, og led aldrig "
                "selv efter dem på nettet. Hvis noget, en mentee siger, gør dig bekymret for vedkommendes eller "
                "andres sikkerhed, så fortæl det til programlederen, og følg Kriminalforsorgens procedure.</p>",
            ),
            (
                "key_point",
                {
                    "title": "Behov før indhold",
                    "text": (
                        "Grupper på nettet opfylder som regel et behov, før de ændrer en overbevisning. Udforsk "
                        "det behov sammen med mentee'en, så skaber du plads til forandring."
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
        "title": "Demo: Familie og gamle venner omkring løsladelsen",
        "summary": (
            "Denne demobriefing handler om familiemedlemmer og gamle venner uden for det ekstremistiske miljø "
            "eller bandemiljøet, som kan være en vigtig ressource i månederne omkring løsladelsen. Det er ofte "
            "svært at inddrage dem tidligt i afsoningen, og nogle mentees ønsker det slet ikke. Som mentor bør du "
            "kortlægge relationerne sammen med mentee'en, respektere mentee'ens valg, tage kontakten op, når "
            "løsladelsen nærmer sig, og aldrig selv kontakte pårørende uden en aftale med mentee'en og "
            "programlederen."
        ),
        "urgency": "routine",
        "published_days_ago": 400,
        "review_in_days": 180,
        "tags": ["release and families"],
        "supersedes": None,
        "related_modules": ["core-skills-oars", "planning-and-commitment"],
        "body": [
            ("heading", "Derfor betyder netværk noget"),
            (
                "paragraph",
                "<p>At forlade en ekstremistisk gruppe eller en bande betyder ofte, at man mister venner, status og "
                "en hverdag på én gang. I dette demoprogram så det ud til, at mentees, der havde mindst én person "
                "uden for det gamle miljø, som de stolede på – fx en forælder, en søskende, en fætter eller kusine, "
                "en skolekammerat eller en tidligere træner – klarede de første måneder efter løsladelsen "
                "bedre.</p>",
            ),
            (
                "paragraph",
                "<p>Timingen er svær. Tidligt i en lang dom føles løsladelsen langt væk, og planer med familien "
                "føles abstrakte. Nogle mentees ønsker heller ikke, at familien bliver inddraget, på grund af skam, "
                "gamle konflikter eller et ønske om at beskytte de nærmeste. <strong>Det valg er mentee'ens</strong>, "
                "og det kan ændre sig med tiden.</p>",
            ),
            ("heading", "Praktiske skridt for mentorer"),
            (
                "paragraph",
                "<p>Start med at spørge, hvem der betyder noget for mentee'en, hvem vedkommende savner, og hvem "
                "vedkommende har mistet kontakten til. Et enkelt tegnet kort over relationerne kan hjælpe, hvor I "
                "markerer, hvem der trækker mod det gamle miljø, og hvem der trækker væk fra det. Når løsladelsen "
                "nærmer sig, så spørg, hvad mentee'en gerne vil sige til nogen, og om vedkommende vil have hjælp "
                "til at aftale kontakt ad de rette kanaler.</p>",
            ),
            (
                "paragraph",
                "<p>Kontakt aldrig pårørende eller gamle venner på eget initiativ, og aftal hvert skridt med "
                "mentee'en og programlederen. Nogle familiemedlemmer kan være en del af problemet, og nogle kan "
                "selv være i fare; Kriminalforsorgens procedure afgør, hvad der er passende. Familien kan ofte "
                "hjælpe mest med praktiske ting som bolig, uddannelse og arbejde.</p>",
            ),
            (
                "key_point",
                {
                    "title": "Mentee'en bestemmer, hvem der bliver inddraget",
                    "text": (
                        "Familie og gamle venner kan være en stærk ressource, men kun når mentee'en siger ja, og "
                        "efter Kriminalforsorgens procedure."
                    ),
                },
            ),
            (
                "sources",
                [
                    {
                        "title": "Back on Track: A pilot project on the prevention of radicalisation among inmates. Final report",
                        "publisher": "Direktoratet for Kriminalforsorgen og Ministeriet for Børn, Ligestilling, Integration og Sociale Forhold, juni 2014",
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
        "title": "Demo: Når bandemiljøer og ekstremistiske miljøer overlapper",
        "summary": (
            "Denne demobriefing beskriver, at mentorer oftere møder mentees, der har bevæget sig mellem kriminelle "
            "bander og ekstremistiske grupper eller hører til begge steder. Den grundlæggende tilgang i "
            "mentorarbejdet virker i begge miljøer. Som mentor bør du undgå at sætte etiketter på, udforske, hvad "
            "hvert miljø har givet mentee'en, og hvad det har kostet, være opmærksom på pres fra mere end én side "
            "og tage enhver bekymring om risiko op med programlederen i stedet for at vurdere den alene."
        ),
        "urgency": "important",
        "published_days_ago": 40,
        "review_in_days": 180,
        "tags": ["gang crossover"],
        "supersedes": None,
        "related_modules": ["spirit-of-mi", "responding-to-discord"],
        "body": [
            ("heading", "Det har ændret sig"),
            (
                "paragraph",
                "<p>Mentorer møder oftere mentees, hvis historie ikke passer ind i én kasse. En mentee kan være "
                "vokset op i en gadebande og senere have tilsluttet sig en ekstremistisk gruppe eller have bevæget "
                "sig frem og tilbage mellem de to og taget kontakter og voldelige vaner med fra det ene miljø til "
                "det andet. I nogle af de opdigtede sager bag denne demobriefing gav den ekstremistiske gruppe en "
                "følelse af, at den tidligere kriminalitet nu var retfærdiggjort eller endda sonet.</p>",
            ),
            (
                "paragraph",
                "<p>Den gode nyhed er, at kernen i mentorarbejdet er den samme. Mentorer i demoprogrammet, som "
                "havde arbejdet med begge grupper, oplevede, at motiverende samtale, en stabil relation og praktisk "
                "hjælp med bolig, arbejde og nye netværk var <strong>nyttigt i begge miljøer</strong>.</p>",
            ),
            ("heading", "Det skal du gøre som mentor"),
            (
                "paragraph",
                "<p>Undgå at sætte etiketter på. Spørg mentee'en, hvordan vedkommende beskriver sig selv og "
                "menneskene omkring sig, og brug mentee'ens egne ord, hvor det er passende. Udforsk, hvad hvert "
                "miljø har givet, fx beskyttelse, penge, broderskab eller en sag at kæmpe for, og hvad hvert af "
                "dem har kostet. Ambivalensen ligger ofte i mellemrummet mellem de to lister, og det er dér, "
                "forandringssnakken kan vokse.</p>",
            ),
            (
                "paragraph",
                "<p>Husk, at presset for at blive kan komme fra mere end én side, og at det kan være forbundet med "
                "reelle risici at forlade miljøet. Prøv ikke selv at vurdere trusler eller at forhandle med nogen "
                "fra nogen af miljøerne. Del dine bekymringer med programlederen, følg Kriminalforsorgens "
                "procedure, og bed om supervision, hvis du føler, at du er ude på dybt vand.</p>",
            ),
            (
                "key_point",
                {
                    "title": "Samme færdigheder, større billede",
                    "text": (
                        "De færdigheder i motiverende samtale, som du allerede bruger, virker i begge miljøer. Det, "
                        "der ændrer sig, er billedet af loyaliteter og pres, som du skal udforske sammen med "
                        "mentee'en."
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
        "title": "Demo: Radikalisering på nettet – opdateret vejledning til mentorer",
        "summary": (
            "Denne demobriefing erstatter den tidligere om radikalisering på nettet. De grundlæggende råd står "
            "ved magt, men opdigtede evalueringsdata viser nu blandede og skiftende holdninger, mere påvirkning "
            "fra korte videoer og private chats og mentees, der planlægger at genoptage kontakten på nettet kort "
            "efter løsladelsen. Som mentor bør du tage mentee'ens liv på nettet alvorligt, også uden en tydelig "
            "ideologi, lytte efter forandringssnak om det og tage vaner og kontakter på nettet med i "
            "planlægningen af løsladelsen."
        ),
        "urgency": "important",
        "published_days_ago": 10,
        "review_in_days": 180,
        "tags": ["online radicalisation"],
        "supersedes": "online-radicalisation",
        "related_modules": ["change-talk-and-sustain-talk", "planning-and-commitment"],
        "body": [
            ("heading", "Det er nyt siden den forrige briefing"),
            (
                "paragraph",
                "<p>Denne demobriefing erstatter den tidligere briefing om radikalisering på nettet. De "
                "grundlæggende råd står stadig ved magt: vær nysgerrig, udforsk de behov, som fællesskaber på "
                "nettet opfylder, og overlad al overvågning til andre. Siden da har tre ting ændret sig i vores "
                "opdigtede evalueringsdata.</p>",
            ),
            (
                "paragraph",
                "<p><strong>For det første</strong> beskriver mentees et bredere udvalg af indhold. Mange "
                "fulgte ikke én tydelig ideologi, men samlede brudstykker op fra flere, blandet med "
                "konspirationsfortællinger, sort humor og vrede over personlige oplevelser. <strong>For det "
                "andet</strong> betyder korte videoer og private gruppechats nu mere end lange tekster eller åbne "
                "fora. <strong>For det tredje</strong> siger mentees, der nærmer sig løsladelsen, oftere, at det at "
                "genoptage kontakten på nettet bliver noget af det første, de gør.</p>",
            ),
            ("heading", "Det betyder det i praksis"),
            (
                "paragraph",
                "<p>Vent ikke på en ideologi med et navn, før du tager en mentees liv på nettet alvorligt. Spørg, "
                "hvad vedkommende så, hvem vedkommende talte med, og hvordan det føltes. Reflektér begge sider, fx "
                "<em>En del af dig savner de chats, og en del af dig er træt af at være vred hele tiden.</em> Lyt "
                "efter forandringssnak om at ønske sig andet indhold, andre venner eller en anden hverdag.</p>",
            ),
            (
                "paragraph",
                "<p>Tag livet på nettet med i planlægningen af løsladelsen. Udforsk sammen med mentee'en, hvordan "
                "en sund første uge på nettet kunne se ud, hvilke kontakter vedkommende vil undgå, og hvem "
                "vedkommende kunne henvende sig til i stedet. Som før gælder det, at du aldrig selv slår en mentees "
                "profiler op, og at du giver enhver bekymring for sikkerheden videre til programlederen efter "
                "Kriminalforsorgens procedure.</p>",
            ),
            (
                "key_point",
                {
                    "title": "Blandede holdninger, samme metode",
                    "text": (
                        "En mentee behøver ikke at have en tydelig ideologi, for at påvirkningen på nettet betyder "
                        "noget. Udforsk følelser og behov, og gør livet på nettet til en del af planlægningen af "
                        "løsladelsen."
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
        "title": "Demo: Unge, der vil rejse ud til en konflikt i udlandet",
        "summary": (
            "I dette demoscenarie fortæller mentorer, at flere yngre mentees taler om at rejse til udlandet for at "
            "deltage i en væbnet konflikt. Du skal ikke som mentor vurdere, hvor alvorlig en plan er. Du skal "
            "melde enhver konkret plan, eller enhver, der opfordrer til at rejse, til programlederen samme dag "
            "efter Kriminalforsorgens procedure og derefter blive i relationen, reflektere de værdier, der ligger "
            "bag ønsket, og udforske andre måder at handle på dem."
        ),
        "urgency": "urgent",
        "published_days_ago": 2,
        "review_in_days": 60,
        "tags": ["foreign fighters", "young people"],
        "supersedes": None,
        "related_modules": ["change-talk-and-sustain-talk", "responding-to-discord"],
        "body": [
            ("heading", "Derfor haster denne briefing"),
            (
                "paragraph",
                "<p>I det opdigtede scenarie bag denne demobriefing fortæller mentorer, at flere yngre mentees er "
                "begyndt at tale om at rejse til udlandet for at deltage i en væbnet konflikt. Snakken kan være "
                "beundrende, vag eller meget konkret. Den følger ofte med stærke følelser om uretfærdighed, et "
                "ønske om at beskytte andre eller en søgen efter eventyr og en tydelig rolle.</p>",
            ),
            (
                "paragraph",
                "<p>Du forventes ikke at vurdere, hvor alvorlig en plan er. Din opgave er at holde relationen åben "
                "og samtidig sørge for, at de rette personer får besked. <strong>Enhver omtale af en konkret plan "
                "om at rejse, eller af at nogen opfordrer mentee'en til at tage af sted, skal meldes til "
                "programlederen samme dag</strong> efter Kriminalforsorgens procedure. Vær ærlig over for mentees "
                "fra starten om, at der er ting, du ikke kan holde for dig selv.</p>",
            ),
            ("heading", "Sådan svarer du i samtalen"),
            (
                "paragraph",
                "<p>Bevar roen, og undgå at belære eller skræmme mentee'en; stærke advarsler fremkalder ofte "
                "fastholdelsessnak og kan afslutte samtalen. Reflektér de værdier, der ligger under, fx <em>Du "
                "holder virkelig af de mennesker, der lider i det land.</em> Udforsk derefter andre måder at handle "
                "på den bekymring, fx en humanitær uddannelse, frivilligt arbejde eller at støtte familien og "
                "lokalsamfundet her.</p>",
            ),
            (
                "paragraph",
                "<p>Spørg til omkostningerne, som mentee'en selv ser dem: familien, der bliver efterladt, planerne "
                "for fremtiden, og hvad folk, der er vendt hjem, har fortalt om livet i en krigszone. Læg mærke "
                "til og reflektér enhver forandringssnak, uanset hvor lille den er. Pas på dig selv efter en "
                "samtale som denne, og brug supervision.</p>",
            ),
            (
                "key_point",
                {
                    "title": "Meld det, og bliv i relationen",
                    "text": (
                        "Giv enhver konkret rejseplan videre til programlederen samme dag. Bliv så ved med at "
                        "lytte, for relationen kan være mentee'ens bedste grund til at blive."
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
    # 6. Mentorens egen sikkerhed (rutine)
    # ------------------------------------------------------------------
    {
        "slug": "mentor-safety",
        "title": "Demo: Din egen sikkerhed som mentor",
        "summary": (
            "Mentorer møder mennesker på vej ud af miljøer, hvor trusler og pres er almindelige, og en mentee, der "
            "forlader en gruppe, kan selv blive truet af den. Briefingen beskriver de vaner, der holder mentorer "
            "sikre: mød hinanden på aftalte steder, hold dine private kontaktoplysninger private, kend proceduren "
            "for bekymringer, og brug supervision til det, et møde efterlader."
        ),
        "urgency": "routine",
        "published_days_ago": 30,
        "review_in_days": 365,
        "tags": ["mentor wellbeing"],
        "supersedes": None,
        "related_modules": ["spirit-of-mi", "responding-to-discord"],
        "body": [
            ("heading", "Derfor hører sikkerhed med til arbejdet"),
            (
                "paragraph",
                "<p>Det er sjældent velkomment for en bande eller en ekstremistisk gruppe, at nogen forlader den. De, "
                "der går, kan møde pres, trusler eller det, der er værre, og de, der hjælper dem, bliver nogle gange "
                "trukket ind. De fleste mentorrelationer møder aldrig det; at planlægge for det er alligevel en del "
                "af rollen.</p>",
            ),
            ("heading", "Vaner, der holder dig sikker"),
            (
                "paragraph",
                "<ul>"
                "<li>Mød hinanden de steder, der står i mentoraftalen: fængslet, tilsynskontoret, offentlige steder "
                "om dagen. Ikke hjemme hos dig, ikke i mentee'ens gamle område.</li>"
                "<li>Brug programmets telefonnummer og e-mail; hold din adresse, din familie og dine sociale medier "
                "private.</li>"
                "<li>Fortæl straks programlederen om trusler mod dig eller mentee'en og om enhver anmodning om at "
                "bringe beskeder eller ting videre.</li>"
                "<li>Gå fra et møde, der føles usikkert. Du behøver ikke forklare hvorfor der og da.</li>"
                "</ul>",
            ),
            ("heading", "Efter et hårdt møde"),
            (
                "paragraph",
                "<p>Det, mentorer hører, kan blive siddende: vold, tab, holdninger, der støder. Tal det igennem med "
                "din coach eller i supervision, og læg mærke til tegn på belastning hos dig selv: dårlig søvn, uro "
                "før møder, at tage arbejdet med hjem.</p>",
            ),
            (
                "key_point",
                {
                    "title": "Grænser beskytter relationen",
                    "text": (
                        "Faste mødesteder og private kontaktoplysninger er ikke mistillid: de gør det muligt for "
                        "mentoren at blive i relationen."
                    ),
                },
            ),
            (
                "sources",
                [
                    {
                        "title": "Back on Track: A pilot project on the prevention of radicalisation among inmates. Final report",
                        "publisher": "Direktoratet for Kriminalforsorgen og Ministeriet for Børn, Ligestilling, Integration og Sociale Forhold, juni 2014",
                    },
                    {
                        "title": "Leaving Terrorism Behind: Individual and Collective Disengagement",
                        "publisher": "Tore Bjørgo og John Horgan (red.), Routledge, 2009",
                    },
                ],
            ),
        ],
    },
    # ------------------------------------------------------------------
    # 7. Exit og afradikalisering (rutine)
    # ------------------------------------------------------------------
    {
        "slug": "disengagement-and-deradicalisation",
        "title": "Demo: At forlade en gruppe er ikke det samme som at skifte mening",
        "summary": (
            "Forskningen i mennesker, der forlader ekstremistiske grupper, skelner mellem exit, at forlade gruppen "
            "og dens vold, og afradikalisering, at opgive dens idéer. Mange går først ud af personlige grunde, og "
            "deres holdninger ændrer sig senere eller slet ikke. Mentorer støtter selve det at gå: et liv, et "
            "netværk og grunde, der holder, uden at gøre et skift i holdning til en betingelse."
        ),
        "urgency": "routine",
        "published_days_ago": 75,
        "review_in_days": 730,
        "tags": ["disengagement"],
        "supersedes": None,
        "related_modules": ["change-talk-and-sustain-talk", "planning-and-commitment"],
        "body": [
            ("heading", "To forskellige forandringer"),
            (
                "paragraph",
                "<p><strong>Exit</strong> er en forandring i adfærd: at forlade gruppen, dens aktiviteter og dens "
                "vold. <strong>Afradikalisering</strong> er en forandring i overbevisning: at opgive ideologien. "
                "Undersøgelser af mennesker, der har forladt højreekstremistiske, militant islamistiske og andre "
                "voldelige grupper, viser, at mange går på grund af skuffelse over gruppen, udbrændthed eller ønsket "
                "om en familie eller et job, mens holdningerne ændrer sig langsomt, senere eller kun delvis.</p>",
            ),
            ("heading", "Hvad det betyder for mentorer"),
            (
                "paragraph",
                "<p>Støt selve det at gå: bolig, arbejde, et netværk uden for gruppen og mentee'ens egne grunde til "
                "et andet liv. Gør ikke et skift i overbevisning til adgangsbilletten; diskussioner om ideologi "
                "styrker den som regel. Når holdningerne kommer frem, så vær nysgerrig på, hvad de gør for "
                "personen, og sig roligt, hvor du står, hvis du bliver spurgt.</p>",
            ),
            (
                "key_point",
                {
                    "title": "Adfærden først",
                    "text": (
                        "En mentee, der har forladt gruppen og dens vold, har foretaget den forandring, der betyder "
                        "mest for sikkerheden, også selv om holdningerne ikke er fulgt med endnu."
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
                        "publisher": "Tore Bjørgo og John Horgan (red.), Routledge, 2009",
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
