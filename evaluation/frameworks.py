"""The built-in competence framework: fifteen leadership competencies for leaders of today.

The selection follows what studies of global leadership keep naming as the competencies leaders
most need now (thinking strategically, leading change, working across cultures and organisational
boundaries, digital fluency, developing others, resilience, integrity, …). Each competence has a
name, a description and a behavioural description of five levels (1 beginning, 2 developing,
3 competent, 4 advanced, 5 role model), in English, Dutch and Spanish.

Code data, not a translation catalogue: `competence(slug)` answers in the active language.
"""

from django.utils.translation import get_language

BUILTIN_KEY = "leaders-of-today"
LANGUAGES = ("en", "nl", "es")


def _entry(name: str, description: str, *levels: str) -> dict:
    assert len(levels) == 5, name
    return {"name": name, "description": description, "levels": list(levels)}


# slug -> language -> {"name", "description", "levels": [level 1 … level 5]}
COMPETENCES: dict[str, dict[str, dict]] = {
    "strategic-thinking": {
        "en": _entry(
            "Strategic thinking",
            "Sees the bigger picture, anticipates trends and links today's choices to long-term goals.",
            "Focuses on own tasks; rarely connects them to the organisation's direction.",
            "Understands the strategy of their own unit and explains how their work contributes.",
            "Sets priorities based on the strategy and weighs short-term against long-term effects.",
            "Spots trends and opportunities early and translates them into plans for their area.",
            "Shapes the organisation's direction and helps others think and act strategically.",
        ),
        "nl": _entry(
            "Strategisch denken",
            "Overziet het grotere geheel, voorziet ontwikkelingen en verbindt keuzes van vandaag met "
            "doelen op lange termijn.",
            "Richt zich op de eigen taken; verbindt ze zelden met de koers van de organisatie.",
            "Begrijpt de strategie van de eigen afdeling en legt uit hoe het eigen werk daaraan bijdraagt.",
            "Stelt prioriteiten op basis van de strategie en weegt effecten op korte en lange termijn af.",
            "Signaleert trends en kansen vroeg en vertaalt ze in plannen voor het eigen domein.",
            "Geeft mede richting aan de organisatie en helpt anderen strategisch te denken en te handelen.",
        ),
        "es": _entry(
            "Pensamiento estratégico",
            "Ve el panorama completo, anticipa tendencias y vincula las decisiones de hoy con los "
            "objetivos a largo plazo.",
            "Se centra en sus propias tareas; rara vez las relaciona con el rumbo de la organización.",
            "Entiende la estrategia de su unidad y explica cómo contribuye su trabajo.",
            "Fija prioridades según la estrategia y sopesa los efectos a corto y a largo plazo.",
            "Detecta pronto tendencias y oportunidades y las traduce en planes para su área.",
            "Define el rumbo de la organización y ayuda a otros a pensar y actuar estratégicamente.",
        ),
    },
    "leading-change": {
        "en": _entry(
            "Leading change",
            "Initiates and guides change, helping people through uncertainty towards a new way of working.",
            "Accepts change when it is decided, but tends to wait and see.",
            "Adapts own work to change and explains to colleagues why it is needed.",
            "Plans and carries out changes in their team, involving people and dealing with resistance.",
            "Initiates change beyond their own team and keeps momentum when it gets difficult.",
            "Leads organisation-wide transformations and builds a culture that embraces change.",
        ),
        "nl": _entry(
            "Verandering leiden",
            "Zet veranderingen in gang en begeleidt ze, en helpt mensen door onzekerheid heen naar een "
            "nieuwe manier van werken.",
            "Aanvaardt verandering als die besloten is, maar kijkt liever eerst de kat uit de boom.",
            "Past het eigen werk aan veranderingen aan en legt collega's uit waarom ze nodig zijn.",
            "Plant en voert veranderingen in het eigen team door, betrekt mensen en gaat om met weerstand.",
            "Neemt initiatief tot veranderingen buiten het eigen team en houdt vaart als het moeilijk wordt.",
            "Leidt organisatiebrede transformaties en bouwt een cultuur die verandering omarmt.",
        ),
        "es": _entry(
            "Liderar el cambio",
            "Impulsa y guía el cambio, y acompaña a las personas a través de la incertidumbre hacia una "
            "nueva forma de trabajar.",
            "Acepta el cambio cuando se decide, pero tiende a esperar a ver qué pasa.",
            "Adapta su trabajo al cambio y explica a sus colegas por qué es necesario.",
            "Planifica y lleva a cabo cambios en su equipo, implica a las personas y gestiona las "
            "resistencias.",
            "Impulsa cambios más allá de su equipo y mantiene el impulso cuando se complica.",
            "Lidera transformaciones en toda la organización y crea una cultura que acoge el cambio.",
        ),
    },
    "cross-cultural-awareness": {
        "en": _entry(
            "Cross-cultural awareness",
            "Understands how culture shapes behaviour and works effectively with people from other "
            "countries, organisations and backgrounds.",
            "Assumes others think and work the way they do.",
            "Notices cultural differences and asks questions before drawing conclusions.",
            "Adapts their style of communication and cooperation to people from other cultures.",
            "Uses cultural differences as a source of ideas and bridges misunderstandings in mixed teams.",
            "Builds inclusive, international teams and coaches others in working across cultures.",
        ),
        "nl": _entry(
            "Intercultureel bewustzijn",
            "Begrijpt hoe cultuur gedrag vormt en werkt effectief samen met mensen uit andere landen, "
            "organisaties en achtergronden.",
            "Gaat ervan uit dat anderen denken en werken zoals zijzelf.",
            "Merkt culturele verschillen op en stelt vragen voordat ze conclusies trekken.",
            "Past de eigen stijl van communiceren en samenwerken aan mensen uit andere culturen aan.",
            "Benut culturele verschillen als bron van ideeën en overbrugt misverstanden in gemengde teams.",
            "Bouwt inclusieve, internationale teams en coacht anderen in het werken over culturen heen.",
        ),
        "es": _entry(
            "Conciencia intercultural",
            "Entiende cómo la cultura moldea el comportamiento y trabaja eficazmente con personas de "
            "otros países, organizaciones y orígenes.",
            "Da por hecho que los demás piensan y trabajan como él o ella.",
            "Percibe las diferencias culturales y pregunta antes de sacar conclusiones.",
            "Adapta su estilo de comunicación y colaboración a personas de otras culturas.",
            "Aprovecha las diferencias culturales como fuente de ideas y resuelve malentendidos en "
            "equipos mixtos.",
            "Crea equipos internacionales e inclusivos y orienta a otros para trabajar entre culturas.",
        ),
    },
    "digital-fluency": {
        "en": _entry(
            "Digital fluency",
            "Uses digital tools, data and technology confidently and understands how they change work "
            "and business.",
            "Uses a few familiar tools and avoids new ones.",
            "Uses the common collaboration tools well and learns new ones when asked.",
            "Chooses suitable digital tools and data for their work and helps colleagues use them.",
            "Recognises how technology can change processes and leads digital improvements.",
            "Drives the digital strategy and builds a data-informed, digitally confident culture.",
        ),
        "nl": _entry(
            "Digitale vaardigheid",
            "Gebruikt digitale middelen, data en technologie met vertrouwen en begrijpt hoe ze werk en "
            "bedrijf veranderen.",
            "Gebruikt een paar vertrouwde hulpmiddelen en mijdt nieuwe.",
            "Gebruikt de gangbare samenwerkingstools goed en leert nieuwe als dat gevraagd wordt.",
            "Kiest passende digitale middelen en data voor het eigen werk en helpt collega's ze te "
            "gebruiken.",
            "Ziet hoe technologie processen kan veranderen en leidt digitale verbeteringen.",
            "Stuurt de digitale strategie en bouwt een datagedreven, digitaal zelfverzekerde cultuur.",
        ),
        "es": _entry(
            "Competencia digital",
            "Usa con soltura herramientas digitales, datos y tecnología y entiende cómo transforman el "
            "trabajo y el negocio.",
            "Usa unas pocas herramientas conocidas y evita las nuevas.",
            "Maneja bien las herramientas de colaboración habituales y aprende otras cuando se le pide.",
            "Elige las herramientas digitales y los datos adecuados para su trabajo y ayuda a sus colegas "
            "a usarlos.",
            "Reconoce cómo la tecnología puede cambiar los procesos y lidera mejoras digitales.",
            "Impulsa la estrategia digital y crea una cultura basada en datos y segura en lo digital.",
        ),
    },
    "developing-others": {
        "en": _entry(
            "Developing others",
            "Helps others grow through feedback, coaching, delegation and opportunities to learn.",
            "Concentrates on own results; gives little feedback.",
            "Shares knowledge when asked and gives occasional feedback.",
            "Gives regular, specific feedback and delegates tasks that help people learn.",
            "Coaches people towards their goals and creates stretch opportunities for them.",
            "Builds a learning culture and develops future leaders inside and outside the organisation.",
        ),
        "nl": _entry(
            "Anderen ontwikkelen",
            "Helpt anderen groeien met feedback, coaching, delegeren en kansen om te leren.",
            "Concentreert zich op de eigen resultaten; geeft weinig feedback.",
            "Deelt kennis als erom gevraagd wordt en geeft af en toe feedback.",
            "Geeft regelmatig concrete feedback en delegeert taken waarvan mensen leren.",
            "Coacht mensen naar hun doelen en schept uitdagende leerkansen voor hen.",
            "Bouwt een leercultuur en ontwikkelt toekomstige leiders binnen en buiten de organisatie.",
        ),
        "es": _entry(
            "Desarrollar a otros",
            "Ayuda a otros a crecer mediante feedback, coaching, delegación y oportunidades de aprendizaje.",
            "Se concentra en sus propios resultados; da poco feedback.",
            "Comparte conocimientos cuando se le pide y da feedback de vez en cuando.",
            "Da feedback concreto con regularidad y delega tareas de las que las personas aprenden.",
            "Acompaña a las personas hacia sus objetivos y les crea oportunidades de crecimiento.",
            "Crea una cultura de aprendizaje y forma a futuros líderes dentro y fuera de la organización.",
        ),
    },
    "collaboration-across-boundaries": {
        "en": _entry(
            "Collaboration across boundaries",
            "Builds partnerships across teams, departments and organisations to reach shared goals.",
            "Works mainly within their own team.",
            "Cooperates with other teams when the work requires it.",
            "Actively seeks partners in other teams and organisations and shares information openly.",
            "Builds lasting networks across organisations and resolves conflicts of interest.",
            "Creates alliances and ecosystems across organisations and sectors that deliver shared value.",
        ),
        "nl": _entry(
            "Samenwerken over grenzen heen",
            "Bouwt samenwerkingen over teams, afdelingen en organisaties heen om gedeelde doelen te "
            "bereiken.",
            "Werkt vooral binnen het eigen team.",
            "Werkt samen met andere teams als het werk dat vraagt.",
            "Zoekt actief partners in andere teams en organisaties en deelt informatie open.",
            "Bouwt duurzame netwerken tussen organisaties en lost belangentegenstellingen op.",
            "Smeedt allianties en ecosystemen over organisaties en sectoren heen die gedeelde waarde "
            "opleveren.",
        ),
        "es": _entry(
            "Colaboración más allá de las fronteras",
            "Construye alianzas entre equipos, departamentos y organizaciones para alcanzar objetivos "
            "comunes.",
            "Trabaja sobre todo dentro de su propio equipo.",
            "Colabora con otros equipos cuando el trabajo lo requiere.",
            "Busca activamente socios en otros equipos y organizaciones y comparte información abiertamente.",
            "Crea redes duraderas entre organizaciones y resuelve conflictos de intereses.",
            "Forja alianzas y ecosistemas entre organizaciones y sectores que generan valor compartido.",
        ),
    },
    "influencing": {
        "en": _entry(
            "Influencing",
            "Wins support for ideas and decisions without relying on formal authority.",
            "Presents own view but finds it hard to convince others.",
            "Prepares arguments and adapts them to the audience in familiar settings.",
            "Builds support by understanding others' interests and involving stakeholders early.",
            "Influences senior stakeholders and other organisations, also on contested topics.",
            "Shapes opinion across the organisation and the sector and is sought out as a voice.",
        ),
        "nl": _entry(
            "Beïnvloeden",
            "Krijgt steun voor ideeën en besluiten zonder op formele macht te leunen.",
            "Brengt de eigen mening naar voren, maar vindt het lastig anderen te overtuigen.",
            "Bereidt argumenten voor en stemt ze af op het publiek in vertrouwde situaties.",
            "Bouwt draagvlak door de belangen van anderen te begrijpen en belanghebbenden vroeg te "
            "betrekken.",
            "Beïnvloedt het hogere management en andere organisaties, ook bij omstreden onderwerpen.",
            "Bepaalt mede de meningsvorming in organisatie en sector en wordt gezocht als stem.",
        ),
        "es": _entry(
            "Capacidad de influencia",
            "Consigue apoyo para ideas y decisiones sin depender de la autoridad formal.",
            "Expone su punto de vista, pero le cuesta convencer a los demás.",
            "Prepara argumentos y los adapta al público en situaciones conocidas.",
            "Genera apoyo entendiendo los intereses de otros e implicando pronto a las partes interesadas.",
            "Influye en la alta dirección y en otras organizaciones, también en temas controvertidos.",
            "Orienta la opinión en la organización y el sector y es buscado como referente.",
        ),
    },
    "decision-making-under-uncertainty": {
        "en": _entry(
            "Decision making under uncertainty",
            "Makes sound, timely decisions when information is incomplete and the situation is changing.",
            "Postpones decisions until everything is certain, or decides on impulse.",
            "Makes routine decisions and asks for help when things are unclear.",
            "Weighs options, risks and consequences and decides in time, also with incomplete information.",
            "Decides in complex, ambiguous situations and adjusts course as new facts emerge.",
            "Takes far-reaching decisions calmly and teaches others to act well amid uncertainty.",
        ),
        "nl": _entry(
            "Besluiten nemen bij onzekerheid",
            "Neemt tijdig goed onderbouwde besluiten als informatie onvolledig is en de situatie verandert.",
            "Stelt besluiten uit tot alles zeker is, of besluit impulsief.",
            "Neemt routinebesluiten en vraagt om hulp als iets onduidelijk is.",
            "Weegt opties, risico's en gevolgen af en besluit op tijd, ook met onvolledige informatie.",
            "Besluit in complexe, dubbelzinnige situaties en stuurt bij als er nieuwe feiten komen.",
            "Neemt kalm ingrijpende besluiten en leert anderen goed te handelen te midden van onzekerheid.",
        ),
        "es": _entry(
            "Toma de decisiones en la incertidumbre",
            "Toma decisiones fundadas y a tiempo cuando la información es incompleta y la situación cambia.",
            "Aplaza las decisiones hasta que todo es seguro, o decide por impulso.",
            "Toma decisiones rutinarias y pide ayuda cuando algo no está claro.",
            "Sopesa opciones, riesgos y consecuencias y decide a tiempo, incluso con información incompleta.",
            "Decide en situaciones complejas y ambiguas y corrige el rumbo cuando surgen nuevos datos.",
            "Toma con calma decisiones de gran alcance y enseña a otros a actuar bien en la incertidumbre.",
        ),
    },
    "resilience": {
        "en": _entry(
            "Resilience",
            "Stays effective under pressure, recovers from setbacks and looks after their own energy.",
            "Is thrown off balance by pressure or setbacks for a long time.",
            "Copes with normal pressure and recovers from setbacks with support.",
            "Stays calm and effective under pressure and learns from setbacks.",
            "Keeps perspective in crises, balances workload and wellbeing, and steadies their team.",
            "Is a source of stability in turbulent times and builds resilient teams and organisations.",
        ),
        "nl": _entry(
            "Veerkracht",
            "Blijft effectief onder druk, herstelt van tegenslagen en bewaakt de eigen energie.",
            "Raakt door druk of tegenslag lang uit balans.",
            "Kan omgaan met normale druk en herstelt met steun van tegenslagen.",
            "Blijft rustig en effectief onder druk en leert van tegenslagen.",
            "Houdt overzicht in crises, brengt werkdruk en welzijn in balans en geeft het team houvast.",
            "Is een bron van stabiliteit in roerige tijden en bouwt veerkrachtige teams en organisaties.",
        ),
        "es": _entry(
            "Resiliencia",
            "Sigue siendo eficaz bajo presión, se recupera de los reveses y cuida su propia energía.",
            "La presión o los reveses le desequilibran durante mucho tiempo.",
            "Afronta la presión normal y se recupera de los reveses con apoyo.",
            "Mantiene la calma y la eficacia bajo presión y aprende de los reveses.",
            "Conserva la perspectiva en las crisis, equilibra carga de trabajo y bienestar y da "
            "estabilidad a su equipo.",
            "Es una fuente de estabilidad en tiempos turbulentos y crea equipos y organizaciones "
            "resilientes.",
        ),
    },
    "emotional-intelligence": {
        "en": _entry(
            "Emotional intelligence",
            "Recognises and manages their own emotions and understands and responds well to those of others.",
            "Is seldom aware of the effect of their emotions on others.",
            "Recognises their own emotions and tries to keep them in check.",
            "Listens with empathy, reads the mood in a group and responds appropriately.",
            "Handles tense conversations with care and uses self-knowledge to lead better.",
            "Creates an atmosphere of trust and psychological safety that others take as an example.",
        ),
        "nl": _entry(
            "Emotionele intelligentie",
            "Herkent en hanteert de eigen emoties en begrijpt die van anderen en reageert er goed op.",
            "Is zich zelden bewust van het effect van de eigen emoties op anderen.",
            "Herkent de eigen emoties en probeert ze in de hand te houden.",
            "Luistert met empathie, voelt de stemming in een groep aan en reageert passend.",
            "Voert spannende gesprekken zorgvuldig en gebruikt zelfkennis om beter leiding te geven.",
            "Schept een sfeer van vertrouwen en psychologische veiligheid waar anderen een voorbeeld aan "
            "nemen.",
        ),
        "es": _entry(
            "Inteligencia emocional",
            "Reconoce y gestiona sus propias emociones, y entiende las de los demás y responde bien a ellas.",
            "Rara vez es consciente del efecto de sus emociones en los demás.",
            "Reconoce sus propias emociones e intenta controlarlas.",
            "Escucha con empatía, percibe el ambiente de un grupo y responde de forma adecuada.",
            "Maneja con cuidado las conversaciones tensas y usa el autoconocimiento para liderar mejor.",
            "Crea un clima de confianza y seguridad psicológica que otros toman como ejemplo.",
        ),
    },
    "customer-focus": {
        "en": _entry(
            "Customer focus",
            "Understands the needs of customers and users and lets them guide decisions and improvements.",
            "Sees the customer mainly as someone else's responsibility.",
            "Responds to customer questions and complaints reliably.",
            "Seeks customer feedback and uses it to improve products and services.",
            "Anticipates customers' future needs and involves them in shaping solutions.",
            "Makes the customer's perspective central to the organisation's strategy and culture.",
        ),
        "nl": _entry(
            "Klantgerichtheid",
            "Begrijpt de behoeften van klanten en gebruikers en laat die leidend zijn bij besluiten en "
            "verbeteringen.",
            "Ziet de klant vooral als de verantwoordelijkheid van een ander.",
            "Reageert betrouwbaar op vragen en klachten van klanten.",
            "Vraagt om feedback van klanten en gebruikt die om producten en diensten te verbeteren.",
            "Voorziet toekomstige behoeften van klanten en betrekt hen bij het vormgeven van oplossingen.",
            "Maakt het perspectief van de klant tot kern van strategie en cultuur van de organisatie.",
        ),
        "es": _entry(
            "Orientación al cliente",
            "Entiende las necesidades de clientes y usuarios y deja que guíen las decisiones y las mejoras.",
            "Ve al cliente sobre todo como responsabilidad de otros.",
            "Responde con fiabilidad a las preguntas y quejas de los clientes.",
            "Pide la opinión de los clientes y la usa para mejorar productos y servicios.",
            "Anticipa las necesidades futuras de los clientes y los implica en el diseño de soluciones.",
            "Sitúa la perspectiva del cliente en el centro de la estrategia y la cultura de la organización.",
        ),
    },
    "innovation": {
        "en": _entry(
            "Innovation",
            "Generates and tests new ideas and creates room for experiment and learning from failure.",
            "Prefers proven ways of working.",
            "Is open to new ideas and suggests small improvements.",
            "Tests new approaches in their own work and encourages ideas from the team.",
            "Runs experiments, learns quickly from what fails and scales what works.",
            "Builds a culture and structures in which innovation happens continuously, also with partners.",
        ),
        "nl": _entry(
            "Innovatie",
            "Bedenkt en test nieuwe ideeën en maakt ruimte voor experimenteren en leren van mislukkingen.",
            "Geeft de voorkeur aan beproefde werkwijzen.",
            "Staat open voor nieuwe ideeën en stelt kleine verbeteringen voor.",
            "Probeert nieuwe aanpakken uit in het eigen werk en moedigt ideeën uit het team aan.",
            "Doet experimenten, leert snel van wat mislukt en schaalt op wat werkt.",
            "Bouwt een cultuur en structuren waarin voortdurend geïnnoveerd wordt, ook met partners.",
        ),
        "es": _entry(
            "Innovación",
            "Genera y prueba ideas nuevas y deja espacio para experimentar y aprender de los errores.",
            "Prefiere las formas de trabajar ya probadas.",
            "Está abierto a ideas nuevas y propone pequeñas mejoras.",
            "Prueba enfoques nuevos en su trabajo y fomenta las ideas del equipo.",
            "Realiza experimentos, aprende rápido de lo que falla y amplía lo que funciona.",
            "Crea una cultura y estructuras en las que se innova continuamente, también con socios.",
        ),
    },
    "ethics-integrity": {
        "en": _entry(
            "Ethics and integrity",
            "Acts honestly and consistently with values, keeps promises and takes responsibility.",
            "Follows the rules, but does not always see the ethical side of a choice.",
            "Acts honestly and keeps agreements in everyday situations.",
            "Raises ethical questions, admits mistakes and takes responsibility for their decisions.",
            "Stands up for values under pressure, also when it is unpopular or costly.",
            "Sets the ethical standard for the organisation and is trusted as a person of integrity.",
        ),
        "nl": _entry(
            "Ethiek en integriteit",
            "Handelt eerlijk en in lijn met waarden, komt afspraken na en neemt verantwoordelijkheid.",
            "Volgt de regels, maar ziet niet altijd de ethische kant van een keuze.",
            "Handelt eerlijk en komt afspraken na in alledaagse situaties.",
            "Stelt ethische vragen aan de orde, geeft fouten toe en neemt verantwoordelijkheid voor "
            "besluiten.",
            "Komt onder druk op voor waarden, ook als dat impopulair is of iets kost.",
            "Zet de ethische norm voor de organisatie en wordt vertrouwd als integer persoon.",
        ),
        "es": _entry(
            "Ética e integridad",
            "Actúa con honestidad y coherencia con sus valores, cumple sus promesas y asume "
            "responsabilidades.",
            "Sigue las normas, pero no siempre ve la dimensión ética de una decisión.",
            "Actúa con honestidad y cumple los acuerdos en situaciones cotidianas.",
            "Plantea cuestiones éticas, reconoce sus errores y asume la responsabilidad de sus decisiones.",
            "Defiende los valores bajo presión, también cuando es impopular o tiene un coste.",
            "Marca el estándar ético de la organización y es visto como una persona íntegra.",
        ),
    },
    "communication": {
        "en": _entry(
            "Communication",
            "Listens well and conveys messages clearly and convincingly, in writing, in person and online.",
            "Communicates mainly when asked; messages are not always clear.",
            "Communicates clearly in familiar situations and listens to understand.",
            "Tailors message and channel to the audience and checks they have been understood.",
            "Communicates convincingly in difficult or large settings and invites open dialogue.",
            "Inspires through storytelling and creates open communication across the organisation.",
        ),
        "nl": _entry(
            "Communicatie",
            "Luistert goed en brengt boodschappen helder en overtuigend over, op schrift, persoonlijk en "
            "online.",
            "Communiceert vooral als erom gevraagd wordt; boodschappen zijn niet altijd helder.",
            "Communiceert helder in vertrouwde situaties en luistert om te begrijpen.",
            "Stemt boodschap en kanaal af op het publiek en gaat na of die begrepen is.",
            "Communiceert overtuigend in moeilijke of grote settings en nodigt uit tot open dialoog.",
            "Inspireert met verhalen en zorgt voor open communicatie in de hele organisatie.",
        ),
        "es": _entry(
            "Comunicación",
            "Escucha bien y transmite mensajes de forma clara y convincente, por escrito, en persona y en "
            "línea.",
            "Se comunica sobre todo cuando se le pide; sus mensajes no siempre son claros.",
            "Se comunica con claridad en situaciones conocidas y escucha para comprender.",
            "Adapta el mensaje y el canal al público y comprueba que se le ha entendido.",
            "Se comunica de forma convincente en contextos difíciles o ante grupos grandes y fomenta el "
            "diálogo abierto.",
            "Inspira con relatos y promueve una comunicación abierta en toda la organización.",
        ),
    },
    "business-acumen": {
        "en": _entry(
            "Business acumen",
            "Understands how the organisation creates value and makes money, and acts on that knowledge.",
            "Knows little about the organisation's finances and business model.",
            "Understands the main figures of their own unit and what drives costs.",
            "Takes decisions with their financial and commercial effects in mind.",
            "Analyses markets, competitors and business cases and improves results of their area.",
            "Steers the organisation's business model and performance in a changing market.",
        ),
        "nl": _entry(
            "Bedrijfskundig inzicht",
            "Begrijpt hoe de organisatie waarde creëert en geld verdient, en handelt naar die kennis.",
            "Weet weinig van de financiën en het verdienmodel van de organisatie.",
            "Begrijpt de belangrijkste cijfers van de eigen afdeling en wat de kosten bepaalt.",
            "Neemt besluiten met oog voor de financiële en commerciële gevolgen.",
            "Analyseert markten, concurrenten en businesscases en verbetert de resultaten van het eigen "
            "domein.",
            "Stuurt verdienmodel en prestaties van de organisatie in een veranderende markt.",
        ),
        "es": _entry(
            "Visión de negocio",
            "Entiende cómo la organización crea valor y genera ingresos, y actúa en consecuencia.",
            "Sabe poco de las finanzas y el modelo de negocio de la organización.",
            "Entiende las cifras principales de su unidad y qué determina los costes.",
            "Toma decisiones teniendo en cuenta sus efectos financieros y comerciales.",
            "Analiza mercados, competidores y casos de negocio y mejora los resultados de su área.",
            "Dirige el modelo de negocio y los resultados de la organización en un mercado cambiante.",
        ),
    },
}


def language() -> str:
    code = (get_language() or "en")[:2]
    return code if code in LANGUAGES else "en"


def slugs() -> list[str]:
    return list(COMPETENCES)


def competence(slug: str, lang: str | None = None) -> dict | None:
    entry = COMPETENCES.get(slug)
    if entry is None:
        return None
    return entry[lang or language()]
