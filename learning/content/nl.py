"""De handleidingen en modules in het Nederlands. Sleutels en volgorde volgen `learning.content`."""

SMART_POINTS = [
    "Specifiek: wat verandert er precies? “Zelf de kwartaalreview van het project leiden” in plaats van "
    "“zichtbaarder worden”.",
    "Meetbaar: waaraan zie je vooruitgang? Een getal, een afgerond resultaat, feedback van iemand.",
    "Acceptabel en haalbaar: ambitieus, maar binnen bereik van de functie en de beschikbare tijd.",
    "Relevant: het doet ertoe voor het werk en voor de richting waarin de mentee wil groeien.",
    "Tijdgebonden: wanneer is het bereikt? Een datum binnen het traject, met tussenstappen.",
]

TEXT = {
    "guides": {
        "mentor": {
            "title": "Handleiding voor mentoren",
            "intro": "Dank je wel dat je je tijd en ervaring geeft aan een professional van een andere "
            "organisatie. Deze handleiding legt uit wat het programma van je vraagt en hoe je er het meeste "
            "uit haalt, voor je mentee en voor jezelf.",
            "sections": {
                "purpose": {
                    "title": "Waarom mentoring over bedrijfsgrenzen heen",
                    "paragraphs": [
                        "In dit programma begeleid je iemand die bij een andere organisatie werkt. Omdat je "
                        "geen belang hebt bij hun werkgever, hun team of hun volgende beoordeling, kunnen ze "
                        "vrijer met je praten dan met een leidinggevende of een collega: over twijfels, "
                        "loopbaankeuzes en lastige situaties op het werk. En omdat je hen niet dagelijks "
                        "ziet, kijk je met een frisse blik naar hun groei.",
                        "Jij wint er ook bij. Mentoren zeggen vaak dat ze evenveel leren als ze leren aan "
                        "een ander:",
                    ],
                    "points": [
                        "Je mentee krijgt een blik van buiten, een veilige plek om hardop te denken en "
                        "toegang tot je netwerk.",
                        "Jij scherpt je luister- en coachvaardigheden aan, die je ook thuis een betere "
                        "leidinggevende maken, en je ziet je eigen vak door de ogen van een ander.",
                        "Beide organisaties halen werkwijzen, ideeën en contacten binnen; soms volgen er "
                        "gezamenlijke projecten.",
                    ],
                },
                "role": {
                    "title": "Wat er van je gevraagd wordt",
                    "paragraphs": [
                        "Een mentor is geen leidinggevende, trainer of adviseur. Je taak is je mentee te "
                        "helpen zelf te denken, te beslissen en te handelen.",
                    ],
                    "points": [
                        "Doe het hele traject mee en spreek regelmatig af, meestal elke vier tot zes weken "
                        "een uur, op locatie of via video.",
                        "Teken aan het begin de afspraken met je mentee: vertrouwelijkheid, hoe vaak en hoe "
                        "jullie elkaar zien, en wat jullie van elkaar verwachten. Herhaal die verwachtingen "
                        "af en toe.",
                        "Houd vertrouwelijk wat er gezegd wordt. Vertel nooit door wat je over de werkgever "
                        "van je mentee hoort, en gebruik de relatie nooit om te werven of te verkopen.",
                        "Beantwoord verzoeken voor de termijn verloopt. Kun je iemand niet begeleiden, wijs "
                        "dan af met een korte reden, zodat die persoon verder kan zoeken.",
                        "Vul de korte check-ins in en laat je coördinator op tijd weten als de relatie "
                        "stokt.",
                    ],
                },
                "conversation": {
                    "title": "Een goed mentorgesprek voeren",
                    "paragraphs": [
                        "Goede gesprekken hebben een duidelijke focus, en die is van de mentee. Een "
                        "eenvoudige structuur helpt (GROW):",
                    ],
                    "points": [
                        "Goal (doel): vraag wat je mentee uit dit gesprek wil halen en waaraan ze merken "
                        "dat het nuttig was.",
                        "Reality (realiteit): verken de situatie met open vragen (wat, hoe, wie, wat nog "
                        "meer) voordat je zelf iets vindt.",
                        "Options (opties): help hen meerdere mogelijkheden op een rij te zetten; breng je "
                        "eigen ervaring in als één optie tussen andere, niet als hét antwoord.",
                        "Way forward (vervolg): sluit af met een of twee concrete acties, een datum, en wat "
                        "je mentee de volgende keer vertelt.",
                    ],
                    "after": [
                        "Luister meer dan je praat: als vuistregel spreekt je mentee twee derde van de tijd. "
                        "Vat samen wat je hoorde, vraag voordat je adviseert, en vertel verhalen uit je "
                        "eigen loopbaan als die je mentee helpen de situatie anders te zien.",
                    ],
                },
                "goals": {
                    "title": "Je mentee helpen SMART-doelen te stellen",
                    "paragraphs": [
                        "Help je mentee in het eerste of tweede gesprek om brede wensen om te zetten in een "
                        "tot drie doelen. Elk doel is:",
                    ],
                    "points": SMART_POINTS,
                    "after": [
                        "Doelen worden op het platform vastgelegd. Bespreek de voortgang in elk gesprek en "
                        "pas doelen aan als de omstandigheden veranderen: een doel dat niet meer past, "
                        "vervang je, in plaats van het stilletjes te vergeten.",
                    ],
                },
                "practice": {
                    "title": "Inzichten in de praktijk brengen",
                    "paragraphs": [
                        "Een inzicht telt pas als het verandert wat je mentee doet. Tussen de gesprekken "
                        "probeert je mentee iets uit: een gesprek dat ze uit de weg gingen, een nieuwe "
                        "manier van vergaderen, een vaardigheid die ze oefenen. Begin het volgende gesprek "
                        "met de vraag wat ze probeerden, wat er gebeurde en wat ze leerden.",
                    ],
                    "points": [
                        "Spreek kleine experimenten af in plaats van grote plannen.",
                        "Vraag om reflectie: wat werkte, en wat zou je anders doen?",
                        "Benoem vooruitgang, ook experimenten die mislukten maar iets opleverden.",
                        "Blik tegen het einde van het traject samen terug op de doelen en bespreek hoe je "
                        "mentee zonder jou blijft leren.",
                    ],
                },
            },
        },
        "mentee": {
            "title": "Handleiding voor mentees",
            "intro": "Welkom in het programma. Je wordt begeleid door een ervaren professional van een "
            "andere organisatie. Deze handleiding legt uit wat je kunt verwachten, wat er van je gevraagd "
            "wordt en hoe je het meeste uit je mentorschap haalt.",
            "sections": {
                "purpose": {
                    "title": "Waarom een mentor van een andere organisatie",
                    "paragraphs": [
                        "Je mentor werkt ergens anders en heeft geen belang bij je werkgever, je team of je "
                        "volgende beoordeling. Daardoor praat je makkelijker open over wat je lastig vindt, "
                        "wat je wilt en wat je tegenhoudt. Je mentor brengt de blik mee van een ander "
                        "bedrijf, een andere sector of een ander land, en beoordeelt je vooruitgang zonder "
                        "interne politiek.",
                    ],
                    "points": [
                        "Een onafhankelijk klankbord voor loopbaanvragen en lastige situaties.",
                        "Nieuwe werkwijzen, ideeën en contacten om mee te nemen naar je eigen organisatie.",
                        "Tijd en aandacht die helemaal over jouw ontwikkeling gaan.",
                    ],
                },
                "role": {
                    "title": "Wat er van je gevraagd wordt",
                    "paragraphs": [
                        "Het mentorschap is van jou. Je mentor geeft tijd en ervaring; jij brengt de "
                        "vragen, de doelen en de opvolging.",
                    ],
                    "points": [
                        "Beschrijf je behoeften duidelijk bij je inschrijving, en stuur alleen verzoeken "
                        "naar mentoren met wie je echt graag wilt werken.",
                        "Stel data voor, stuur vooraf een korte agenda en kom voorbereid.",
                        "Teken aan het begin de afspraken en houd vertrouwelijk wat je mentor vertelt, "
                        "zoals je mentor dat ook voor jou doet.",
                        "Leg je doelen en je voortgang vast, en beantwoord de korte check-ins eerlijk.",
                        "Werkt iets niet, zeg het dan op tijd: eerst tegen je mentor, en zo nodig tegen je "
                        "coördinator.",
                    ],
                },
                "conversation": {
                    "title": "Het meeste uit elk gesprek halen",
                    "paragraphs": [
                        "Schrijf voor elk gesprek op wat je wilt bespreken en waarmee je naar huis wilt "
                        "gaan. Een of twee onderwerpen zijn genoeg.",
                    ],
                    "points": [
                        "Begin met wat je sinds het vorige gesprek deed en wat je leerde.",
                        "Beschrijf de situatie, niet alleen je conclusie: wat gebeurde er, wie waren erbij, "
                        "wat heb je geprobeerd?",
                        "Vraag naar de ervaring van je mentor en stel er vragen over: hoe besliste je "
                        "mentor, wat zou die nu anders doen?",
                        "Sluit af met je volgende stap en wanneer je die zet, en noteer die op het platform.",
                    ],
                    "after": [
                        "Je mentor stelt veel vragen en geeft minder advies dan je misschien verwacht. Dat "
                        "is bewust: de antwoorden die je zelf vindt, zijn de antwoorden waarnaar je "
                        "handelt.",
                    ],
                },
                "goals": {
                    "title": "SMART-doelen stellen",
                    "paragraphs": [
                        "Zet in je eerste gesprekken wat je als behoeften opschreef om in een tot drie "
                        "doelen. Elk doel is:",
                    ],
                    "points": SMART_POINTS,
                    "after": [
                        "Schrijf in plaats van “beter worden in presenteren”: “Eind juni presenteer ik de "
                        "resultaten van onze afdeling aan het managementteam en vraag ik twee aanwezigen om "
                        "feedback op de helderheid.” Werk de voortgang voor elk gesprek bij, en pas een doel "
                        "samen met je mentor aan als je situatie verandert.",
                    ],
                },
                "practice": {
                    "title": "Inzichten in de praktijk brengen",
                    "paragraphs": [
                        "Probeer tussen de gesprekken één ding uit in je dagelijkse werk. Kleine, concrete "
                        "experimenten leren je meer dan grote voornemens.",
                    ],
                    "points": [
                        "Schrijf na elk gesprek één actie op, met een datum.",
                        "Vertel een collega of je leidinggevende waaraan je werkt: dan wordt het echt en "
                        "krijg je feedback.",
                        "Houd een kort logboek bij: wat je probeerde, wat er gebeurde, wat je leerde.",
                        "Kijk aan het einde van het traject terug op je beginpunt en bepaal hoe je je "
                        "blijft ontwikkelen.",
                    ],
                },
            },
        },
    },
    "modules": {
        "cross-company-mentoring": {
            "title": "Waarom mentoring tussen bedrijven werkt",
            "summary": "Doel en voordelen van mentoring over bedrijfsgrenzen heen, en de spelregels die "
            "het veilig houden.",
            "minutes": 8,
            "sections": [
                {
                    "title": "Een mentor van buiten",
                    "paragraphs": [
                        "Bij mentoring tussen bedrijven werken mentor en mentee altijd bij verschillende "
                        "organisaties. Dat is de kern van het programma: de mentor heeft geen belang bij de "
                        "werkgever van de mentee, geen stem in hun beoordeling en geen rol in interne "
                        "politiek. Mentees praten opener, en mentoren beoordelen groei objectiever.",
                    ],
                },
                {
                    "title": "Wat het iedereen oplevert",
                    "paragraphs": [],
                    "points": [
                        "Mentees: een onafhankelijk klankbord, nieuwe perspectieven en een groter netwerk.",
                        "Mentoren: sterkere coachvaardigheden, inzicht in hoe andere organisaties werken, en "
                        "de voldoening iemand te helpen groeien.",
                        "Organisaties: werkwijzen en contacten die mee naar huis komen, gemotiveerde mensen "
                        "en, voor kleine organisaties, toegang tot ervaren mentoren die ze alleen nooit "
                        "zouden kunnen bieden.",
                    ],
                },
                {
                    "title": "Spelregels",
                    "paragraphs": [
                        "Deelnemers kunnen uit organisaties komen die elkaars concurrent zijn. Daarom steunt "
                        "het programma op een paar vaste regels:",
                    ],
                    "points": [
                        "Wat in een mentorschap gezegd wordt, blijft daar. Coördinatoren zien of een relatie "
                        "op koers is, nooit de notities of berichten.",
                        "Vraag of deel geen vertrouwelijke informatie over een van beide werkgevers.",
                        "Het mentorschap is geen kanaal om te werven, te verkopen of te lobbyen.",
                        "Beide kanten kunnen de relatie eerder beëindigen, met een reden en zonder schuld.",
                    ],
                },
            ],
            "questions": [
                {
                    "text": "Waarom koppelt het programma een mentee altijd aan een mentor van een andere "
                    "organisatie?",
                    "choices": [
                        "Zodat een buitenstaander de mentee kan beoordelen voor een promotie",
                        "Zodat de mentee vrijuit kan praten met iemand die geen belang heeft bij de "
                        "werkgever",
                        "Omdat mentoren geen mensen van hun eigen organisatie mogen coachen",
                        "Om het bedrijf van de mentor zicht te geven op de concurrentie",
                    ],
                    "explanation": "Een mentor van een andere organisatie heeft geen belang bij de werkgever "
                    "of de beoordeling van de mentee. Zo kan de mentee open praten en beoordeelt de mentor "
                    "groei objectief. Informatie verzamelen over andere bedrijven is precies wat het "
                    "programma uitsluit.",
                },
                {
                    "text": "Een coördinator vraagt je wat er in het laatste mentorgesprek besproken is. Wat "
                    "doe je?",
                    "choices": [
                        "Je stuurt een samenvatting van je notities",
                        "Je vertelt alleen wat er over hun eigen organisatie gezegd is",
                        "Je legt uit dat gesprekken vertrouwelijk zijn: de coördinator ziet of de relatie op "
                        "koers is, niet wat er gezegd wordt",
                        "Je stuurt de berichtenreeks door",
                    ],
                    "explanation": "Wat in een mentorschap gezegd wordt, blijft daar. Coördinatoren zien "
                    "de gezondheid van een relatie (op koers of aandacht nodig) en of iemand in een check-in "
                    "om contact vroeg, maar nooit notities, doelen of berichten.",
                },
                {
                    "text": "Welke hiervan is een voordeel voor de deelnemende organisaties?",
                    "choices": [
                        "Ze krijgen een kopie van het ontwikkelplan van elke mentee",
                        "Hun mensen nemen werkwijzen, ideeën en contacten van andere organisaties mee naar "
                        "huis",
                        "Ze kunnen de mentees van hun mentoren werven",
                        "Ze hebben geen eigen opleidingsbudget meer nodig",
                    ],
                    "explanation": "Organisaties winnen via hun mensen: werkwijzen, ideeën en contacten die "
                    "mee naar huis komen, en soms gezamenlijke projecten. Ontwikkelplannen blijven bij de "
                    "mentee, en een mentorschap is nooit een wervingskanaal.",
                },
            ],
        },
        "mentoring-conversation": {
            "title": "Een goed mentorgesprek voeren",
            "summary": "Een eenvoudige structuur voor gesprekken, de kracht van open vragen, en afsluiten "
            "met actie.",
            "minutes": 10,
            "sections": [
                {
                    "title": "Voorbereiden",
                    "paragraphs": [
                        "Een goed gesprek begint voordat het begint. De mentee stuurt een korte agenda: wat "
                        "er sinds de vorige keer gebeurde, wat ze willen bespreken en waarmee ze naar huis "
                        "willen. De mentor leest de doelen en de afgesproken acties van de vorige keer nog "
                        "eens door.",
                    ],
                },
                {
                    "title": "Een structuur die werkt: GROW",
                    "paragraphs": [],
                    "points": [
                        "Goal (doel): wat wil de mentee uit dit gesprek halen?",
                        "Reality (realiteit): wat speelt er nu, wat is al geprobeerd, wie zijn erbij "
                        "betrokken?",
                        "Options (opties): wat zou de mentee kunnen doen? Zet meerdere mogelijkheden op een "
                        "rij voordat je kiest.",
                        "Way forward (vervolg): wat gaat de mentee doen, wanneer, en waaraan merken jullie "
                        "het?",
                    ],
                },
                {
                    "title": "Luisteren en vragen",
                    "paragraphs": [
                        "Open vragen (wat, hoe, wat nog meer, wat zou er gebeuren als) nodigen uit tot "
                        "nadenken; gesloten vragen (heb je, is het) maken er een einde aan. Vat samen wat je "
                        "hoorde voordat je reageert. Vraag als mentor eerst voordat je adviseert: “Helpt het "
                        "als ik vertel wat ik in een vergelijkbare situatie deed?” Laat de mentee het "
                        "meeste praten.",
                    ],
                },
                {
                    "title": "Afsluiten met actie",
                    "paragraphs": [
                        "Sluit elk gesprek af met een of twee concrete acties (wie doet wat, wanneer) en de "
                        "datum van het volgende gesprek. Leg ze vast op het platform, zodat jullie ze "
                        "allebei zien.",
                    ],
                },
            ],
            "questions": [
                {
                    "text": "Welke vraag helpt een mentee het best om de eigen situatie te verkennen?",
                    "choices": [
                        "Heb je het met je leidinggevende besproken?",
                        "Wat heb je al geprobeerd, en wat gebeurde er?",
                        "Waarom heb je dit niet eerder aangekaart?",
                        "Kun je niet beter van team wisselen?",
                    ],
                    "explanation": "Open vragen die beginnen met wat of hoe nodigen de mentee uit om na te "
                    "denken en meer te vertellen. Een gesloten vraag (heb je…) levert ja of nee op, en "
                    "“waarom heb je niet” of “kun je niet beter” klinken als een oordeel of verstopt advies.",
                },
                {
                    "text": "Wat gebeurt er in de GROW-structuur in de stap “Options”?",
                    "choices": [
                        "De mentor vertelt de mentee de beste oplossing",
                        "De mentee zet meerdere mogelijke wegen op een rij, met de ervaring van de mentor "
                        "als een daarvan",
                        "Beiden spreken de datum van het volgende gesprek af",
                        "De mentee beschrijft de huidige situatie tot in detail",
                    ],
                    "explanation": "Options verbreedt de blik: de mentee vindt meerdere mogelijkheden "
                    "voordat er gekozen wordt. De mentor mag eigen ervaring inbrengen als één optie tussen "
                    "andere, niet als hét antwoord. De situatie beschrijven is Reality; acties en data "
                    "horen bij Way forward.",
                },
                {
                    "text": "Hoe kan een mentorgesprek het best eindigen?",
                    "choices": [
                        "Met een samenvatting van de mentor van wat de mentee fout deed",
                        "Met een of twee concrete acties, een datum, en het volgende gesprek ingepland",
                        "Met een open uitnodiging om “binnenkort eens” weer af te spreken",
                        "Met een verslag aan de coördinator",
                    ],
                    "explanation": "Concrete acties met een datum maken van een goed gesprek vooruitgang, "
                    "en het volgende gesprek inplannen houdt het ritme vast. Coördinatoren krijgen nooit "
                    "een verslag van de inhoud; ze zien alleen de signalen uit de periodieke check-ins.",
                },
            ],
        },
        "smart-goals": {
            "title": "SMART-doelen stellen",
            "summary": "Brede wensen omzetten in doelen waarmee je aan de slag kunt, die je kunt meten en "
            "bijstellen.",
            "minutes": 8,
            "sections": [
                {
                    "title": "Waarom doelen ertoe doen",
                    "paragraphs": [
                        "Doelen geven een mentorschap richting. Zonder doelen worden gesprekken prettige "
                        "gesprekken die weinig veranderen. Spreek in de eerste twee gesprekken een tot drie "
                        "doelen af en kom er in elk gesprek op terug.",
                    ],
                },
                {
                    "title": "SMART",
                    "paragraphs": [],
                    "points": SMART_POINTS,
                },
                {
                    "title": "Een voorbeeld",
                    "paragraphs": [
                        "Brede wens: “Ik wil zekerder zijn in vergaderingen.”",
                        "SMART-doel: “Vanaf mei breng ik in elk wekelijks teamoverleg minstens één voorstel "
                        "in, en eind september zit ik zelf het maandelijkse leveranciersoverleg voor. Na het "
                        "derde overleg vraag ik mijn leidinggevende om feedback.”",
                    ],
                },
                {
                    "title": "Bespreken en bijstellen",
                    "paragraphs": [
                        "Leg elk doel vast op het platform, met de voortgang in procenten. Bespreek het in "
                        "elk gesprek: wat is er in beweging, wat zit in de weg? Als de omstandigheden "
                        "veranderen, stel je het doel bij of vervang je het, in plaats van het stilletjes "
                        "los te laten.",
                    ],
                },
            ],
            "questions": [
                {
                    "text": "Welk doel is SMART?",
                    "choices": [
                        "Een betere leider worden",
                        "Dit jaar meer netwerken",
                        "Uiterlijk 30 juni de kwartaalresultaten van het team presenteren aan de directie "
                        "en twee directieleden om feedback vragen",
                        "Een paar boeken over onderhandelen lezen",
                    ],
                    "explanation": "Het is specifiek (de kwartaalresultaten presenteren), meetbaar (gedaan "
                    "of niet, plus feedback), haalbaar in een gewone functie, relevant om zichtbaarder te "
                    "worden, en tijdgebonden (30 juni). De andere zijn wensen zonder maatstaf of datum.",
                },
                {
                    "text": "Wat vraagt de “R” in SMART?",
                    "choices": [
                        "Is het doel binnen een week te bereiken?",
                        "Is het doel relevant voor het werk en de ontwikkeling van de mentee?",
                        "Is het doel gerapporteerd aan de coördinator?",
                        "Kan het doel worden teruggedraaid?",
                    ],
                    "explanation": "Relevant betekent dat het doel ertoe doet voor het werk van de mentee "
                    "en de richting waarin die wil groeien. Of het binnen bereik ligt, is de “A” "
                    "(acceptabel en haalbaar); de termijn is de “T”.",
                },
                {
                    "text": "Na drie maanden past een doel niet meer, omdat de mentee van functie is "
                    "veranderd. Wat is het beste?",
                    "choices": [
                        "Het ongewijzigd laten, zodat de vastlegging consistent blijft",
                        "Het zonder iets te zeggen laten vallen",
                        "Het bespreken, het doel bijstellen of vervangen, en de wijziging vastleggen",
                        "De coördinator laten beslissen",
                    ],
                    "explanation": "Doelen dienen de ontwikkeling van de mentee en volgen dus de werkelijke "
                    "omstandigheden. Bespreek het, stel het doel bij of vervang het en leg het vast, zodat "
                    "de voortgang zichtbaar en eerlijk blijft.",
                },
            ],
        },
        "guiding-as-a-mentor": {
            "title": "Begeleiden zonder te sturen: het vak van mentor",
            "summary": "Hoe je een mentee van een andere organisatie helpt groeien zonder het over te "
            "nemen: ervaring, feedback en grenzen.",
            "minutes": 10,
            "sections": [
                {
                    "title": "Je rol",
                    "paragraphs": [
                        "Je bent een gids, geen leidinggevende of adviseur. De doelen, de beslissingen en de "
                        "acties zijn van de mentee. Jouw waarde zit in vragen die nieuwe invalshoeken "
                        "openen, ervaring die je op het juiste moment deelt, en eerlijke feedback.",
                    ],
                },
                {
                    "title": "Ervaring delen",
                    "paragraphs": [],
                    "points": [
                        "Vraag eerst: “Helpt het als ik vertel hoe ik iets vergelijkbaars aanpakte?”",
                        "Vertel het verhaal, ook wat er misging, en vraag dan wat de mentee eruit haalt.",
                        "Bied opties, geen instructies: een andere organisatie is nooit helemaal zoals de "
                        "jouwe.",
                        "Stel je netwerk open als dat helpt, en laat de opvolging aan de mentee.",
                    ],
                },
                {
                    "title": "Feedback geven",
                    "paragraphs": [
                        "Wees concreet en vriendelijk: beschrijf wat je zag en welk effect het had, en vraag "
                        "dan wat de mentee ervan vindt. Geef feedback op gedrag, nooit op de persoon.",
                    ],
                },
                {
                    "title": "Grenzen tussen bedrijven",
                    "paragraphs": [],
                    "points": [
                        "Vraag niet naar vertrouwelijke zaken van de werkgever van de mentee, en deel die "
                        "van je eigen werkgever niet.",
                        "Hoor je iets ernstigs (intimidatie, burn-out, een veiligheidsrisico), moedig de "
                        "mentee dan aan hulp te zoeken en vraag, met hun instemming, via de check-in of de "
                        "coördinator contact opneemt.",
                        "Gebruik de relatie nooit om de mentee te werven of om aan hun organisatie te "
                        "verkopen.",
                    ],
                },
            ],
            "questions": [
                {
                    "text": "Je mentee vraagt: “Wat moet ik met mijn lastige leidinggevende?” Wat is de "
                    "sterkste eerste reactie?",
                    "choices": [
                        "Zeggen dat ze een andere baan moeten zoeken",
                        "Vragen wat er tot nu toe gebeurd is en welke uitkomst ze willen",
                        "Aanbieden hun leidinggevende te bellen",
                        "Zeggen dat het jouw zaak niet is",
                    ],
                    "explanation": "Begin met begrijpen: wat is er gebeurd en wat wil de mentee? Verken "
                    "daarna samen de opties. Meteen advies geven of het overnemen (de leidinggevende "
                    "bellen) neemt het eigenaarschap weg bij de mentee, en hun werkplek is niet de plek "
                    "waar jij handelt.",
                },
                {
                    "text": "Wanneer helpt het delen van je eigen ervaring het meest?",
                    "choices": [
                        "Aan het begin van elk gesprek, zodat de mentee weet hoe jij erover denkt",
                        "Na het verkennen van de situatie, als één optie en gevolgd door een vraag",
                        "Alleen als de coördinator erom vraagt",
                        "Nooit: mentoren stellen alleen vragen",
                    ],
                    "explanation": "Ervaring helpt het meest als de mentee de situatie heeft beschreven en "
                    "erover heeft nagedacht, gedeeld als één optie (“dit deed ik; wat haal jij eruit?”). "
                    "Mentoren delen wel; ze leggen alleen niets op.",
                },
                {
                    "text": "Je mentee noemt een vertrouwelijke prijsonderhandeling die hun bedrijf "
                    "voert met een van jouw klanten. Wat doe je?",
                    "choices": [
                        "De informatie gebruiken om je klant te helpen",
                        "Om meer details vragen zodat je kunt adviseren",
                        "Het onderwerp vriendelijk afsluiten en jullie allebei aan de "
                        "vertrouwelijkheidsregel herinneren",
                        "Het aan je eigen leidinggevende vertellen",
                    ],
                    "explanation": "Vertrouwelijke bedrijfsinformatie van beide werkgevers blijft buiten "
                    "het mentorschap. Breng het gesprek terug naar de ontwikkeling van de mentee; de "
                    "spelregels beschermen jullie allebei, en beide organisaties.",
                },
            ],
        },
        "from-insight-to-practice": {
            "title": "Van inzicht naar praktijk",
            "summary": "Hoe je wat je in de gesprekken leert omzet in ander gedrag op het werk.",
            "minutes": 7,
            "sections": [
                {
                    "title": "Leren gebeurt tussen de gesprekken",
                    "paragraphs": [
                        "Het grootste deel van je ontwikkeling gebeurt in je dagelijkse werk, niet in de "
                        "gesprekken zelf. Een gesprek geeft je een inzicht; een experiment op het werk maakt "
                        "er een vaardigheid van. Plan na elk gesprek één klein experiment.",
                    ],
                },
                {
                    "title": "Kleine experimenten",
                    "paragraphs": [],
                    "points": [
                        "Kies iets wat je binnen twee weken kunt proberen: een vraag die je in een overleg "
                        "stelt, een taak die je delegeert, een gesprek dat je niet langer uit de weg gaat.",
                        "Bepaal waaraan je merkt dat het werkte.",
                        "Probeer het, en noteer direct daarna wat er gebeurde.",
                    ],
                },
                {
                    "title": "Reflecteren",
                    "paragraphs": [
                        "Beantwoord voor het volgende gesprek drie vragen: Wat heb ik geprobeerd? Wat "
                        "gebeurde er? Wat ga ik anders doen? Neem de antwoorden mee naar je mentor: ze zijn "
                        "het beste begin van het gesprek.",
                    ],
                },
                {
                    "title": "Zorgen dat het blijft",
                    "paragraphs": [],
                    "points": [
                        "Vertel je leidinggevende of een collega waaraan je werkt en vraag om feedback.",
                        "Werk de voortgang van je doelen bij op het platform.",
                        "Schrijf aan het einde van het traject op wat je blijft doen en wie je daarna kan "
                        "steunen.",
                    ],
                },
            ],
            "questions": [
                {
                    "text": "Je had een inspirerend gesprek met je mentor. Wat maakt het het meest "
                    "waarschijnlijk dat er iets verandert?",
                    "choices": [
                        "Wachten tot het volgende gesprek om er verder over te praten",
                        "Eén klein experiment kiezen om binnen twee weken op het werk te proberen, met een "
                        "datum",
                        "Een uitgebreid plan voor het komende jaar schrijven",
                        "Je mentor vragen je elke dag te controleren",
                    ],
                    "explanation": "Een klein experiment met een datum maakt van inzicht gedrag. Grote "
                    "plannen wachten vaak op het juiste moment, en dagelijkse controle is niet de rol van "
                    "je mentor: de opvolging is van jou.",
                },
                {
                    "text": "Een experiment liep niet zoals je hoopte. Wat nu?",
                    "choices": [
                        "Het niet noemen: dat staat slecht",
                        "Nadenken over wat er gebeurde en het meenemen naar je volgende gesprek",
                        "Concluderen dat het advies verkeerd was",
                        "Meteen je doel veranderen",
                    ],
                    "explanation": "Mislukte experimenten zijn waardevol materiaal. Beschrijf wat je "
                    "probeerde en wat er gebeurde; samen vinden jullie wat je kunt bijstellen. Verzwijgen "
                    "verspilt de les.",
                },
                {
                    "text": "Welke gewoonte helpt het meest om je te blijven ontwikkelen nadat het programma "
                    "is afgelopen?",
                    "choices": [
                        "Je gespreksnotities voor jezelf houden",
                        "Met jezelf afspreken wat je blijft doen, en wie je daarbij steunt",
                        "Alle contact met je mentor verbreken",
                        "Wachten op het volgende programma",
                    ],
                    "explanation": "Als je de gewoonten benoemt die je houdt en de mensen die je steunen "
                    "(je leidinggevende, een collega, vakgenoten), draag je je groei verder dan het "
                    "traject.",
                },
            ],
        },
    },
}
