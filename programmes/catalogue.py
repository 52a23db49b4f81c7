"""The built-in competence catalogue and the kinds of mentoring function.

Pure data, no Django imports: loaded into the database by a data migration or a management
command, and used by the demo data and tests. Every name is given in English, Dutch and Spanish.
Slugs are lowercase, hyphenated ASCII and never change once published (offers and needs refer to
them); names may be reworded freely.
"""

LANGUAGES = ("en", "nl", "es")

COMPETENCE_GROUPS = [
    ("leadership", {"en": "Leadership", "nl": "Leiderschap", "es": "Liderazgo"}),
    ("strategy", {"en": "Strategy & growth", "nl": "Strategie en groei", "es": "Estrategia y crecimiento"}),
    ("digital", {"en": "Digital skills", "nl": "Digitale vaardigheden", "es": "Competencias digitales"}),
    ("finance", {"en": "Finance", "nl": "Financiën", "es": "Finanzas"}),
    (
        "international-business",
        {"en": "International business", "nl": "Internationaal ondernemen", "es": "Negocio internacional"},
    ),
    (
        "personal-effectiveness",
        {"en": "Personal effectiveness", "nl": "Persoonlijke effectiviteit", "es": "Eficacia personal"},
    ),
    ("people", {"en": "People & relationships", "nl": "Mensen en relaties", "es": "Personas y relaciones"}),
]


def _c(slug, group, en, nl, es):
    return {"slug": slug, "group": group, "name": {"en": en, "nl": nl, "es": es}}


COMPETENCES = [
    # Leadership
    _c("leading-teams", "leadership", "Leading teams", "Leidinggeven aan teams", "Dirigir equipos"),
    _c("leading-change", "leadership", "Leading change", "Veranderingen leiden", "Liderar el cambio"),
    _c("decision-making", "leadership", "Decision-making", "Besluitvorming", "Toma de decisiones"),
    _c(
        "executive-presence",
        "leadership",
        "Executive presence",
        "Uitstraling en overtuigingskracht",
        "Presencia ejecutiva",
    ),
    _c(
        "inclusive-leadership",
        "leadership",
        "Inclusive leadership",
        "Inclusief leiderschap",
        "Liderazgo inclusivo",
    ),
    _c(
        "board-governance",
        "leadership",
        "Board roles & governance",
        "Bestuurs- en toezichtsrollen",
        "Consejos de administración y buen gobierno",
    ),
    # Strategy & growth
    _c(
        "strategic-thinking",
        "strategy",
        "Strategic thinking",
        "Strategisch denken",
        "Pensamiento estratégico",
    ),
    _c(
        "business-development",
        "strategy",
        "Business development",
        "Nieuwe business ontwikkelen",
        "Desarrollo de negocio",
    ),
    _c(
        "innovation-management",
        "strategy",
        "Innovation management",
        "Innovatiemanagement",
        "Gestión de la innovación",
    ),
    _c(
        "project-management",
        "strategy",
        "Project & programme management",
        "Project- en programmamanagement",
        "Gestión de proyectos y programas",
    ),
    _c(
        "sustainability-strategy",
        "strategy",
        "Sustainability strategy",
        "Duurzaamheidsstrategie",
        "Estrategia de sostenibilidad",
    ),
    _c(
        "marketing-positioning",
        "strategy",
        "Marketing & positioning",
        "Marketing en positionering",
        "Marketing y posicionamiento",
    ),
    _c(
        "sales-key-accounts",
        "strategy",
        "Sales & key account management",
        "Verkoop en accountmanagement",
        "Ventas y gestión de grandes cuentas",
    ),
    # Digital skills (the usual ground of reverse mentoring)
    _c(
        "social-media-personal-branding",
        "digital",
        "Social media & personal branding",
        "Jezelf profileren op social media",
        "Redes sociales y marca personal",
    ),
    _c(
        "e-reputation",
        "digital",
        "Online reputation (e-reputation)",
        "Online reputatiemanagement",
        "Reputación digital",
    ),
    _c(
        "collaboration-tools",
        "digital",
        "Online collaboration tools",
        "Digitaal samenwerken",
        "Herramientas de colaboración en línea",
    ),
    _c(
        "mobile-working",
        "digital",
        "Mobile & hybrid working",
        "Hybride en plaatsonafhankelijk werken",
        "Trabajo móvil e híbrido",
    ),
    _c("data-literacy", "digital", "Data literacy", "Datageletterdheid", "Alfabetización de datos"),
    _c("ai-tools", "digital", "Working with AI tools", "Werken met AI-tools", "Uso de herramientas de IA"),
    _c(
        "digital-transformation",
        "digital",
        "Digital transformation",
        "Digitale transformatie",
        "Transformación digital",
    ),
    # Finance
    _c(
        "financial-management",
        "finance",
        "Financial management",
        "Financieel management",
        "Gestión financiera",
    ),
    _c(
        "finance-for-non-financials",
        "finance",
        "Finance for non-financial managers",
        "Financiën voor niet-financials",
        "Finanzas para directivos no financieros",
    ),
    _c(
        "budgeting-forecasting",
        "finance",
        "Budgeting & forecasting",
        "Begroten en prognoses maken",
        "Presupuestos y previsiones",
    ),
    _c(
        "business-case",
        "finance",
        "Building a business case",
        "Een businesscase opstellen",
        "Preparar un caso de negocio",
    ),
    _c(
        "fundraising-investor-relations",
        "finance",
        "Fundraising & investor relations",
        "Kapitaal aantrekken en investeerdersrelaties",
        "Captación de capital y relación con inversores",
    ),
    _c(
        "public-funding-tenders",
        "finance",
        "Grants & public tenders",
        "Subsidies en aanbestedingen",
        "Subvenciones y licitaciones públicas",
    ),
    # International business
    _c(
        "international-commercialisation",
        "international-business",
        "International commercialisation",
        "Internationaal vermarkten",
        "Comercialización internacional",
    ),
    _c(
        "cross-cultural-communication",
        "international-business",
        "Cross-cultural communication",
        "Interculturele communicatie",
        "Comunicación intercultural",
    ),
    _c(
        "export-market-entry",
        "international-business",
        "Export & entering new markets",
        "Exporteren en nieuwe markten betreden",
        "Exportación y entrada en nuevos mercados",
    ),
    _c(
        "international-partnerships",
        "international-business",
        "International partnerships",
        "Internationale samenwerkingsverbanden",
        "Alianzas internacionales",
    ),
    _c(
        "global-supply-chains",
        "international-business",
        "Global supply chains",
        "Internationale toeleveringsketens",
        "Cadenas de suministro globales",
    ),
    # Personal effectiveness
    _c(
        "public-speaking",
        "personal-effectiveness",
        "Public speaking",
        "Spreken in het openbaar",
        "Hablar en público",
    ),
    _c("negotiation", "personal-effectiveness", "Negotiation", "Onderhandelen", "Negociación"),
    _c(
        "time-priority-management",
        "personal-effectiveness",
        "Time & priority management",
        "Timemanagement en prioriteiten stellen",
        "Gestión del tiempo y de las prioridades",
    ),
    _c("networking", "personal-effectiveness", "Networking", "Netwerken", "Cultivar una red de contactos"),
    _c(
        "career-planning",
        "personal-effectiveness",
        "Career planning",
        "Loopbaanplanning",
        "Planificación de la carrera profesional",
    ),
    _c(
        "resilience-wellbeing",
        "personal-effectiveness",
        "Resilience & wellbeing",
        "Veerkracht en vitaliteit",
        "Resiliencia y bienestar",
    ),
    # People & relationships
    _c(
        "coaching-developing-others",
        "people",
        "Coaching & developing others",
        "Coachen en anderen laten groeien",
        "Coaching y desarrollo de personas",
    ),
    _c(
        "feedback-difficult-conversations",
        "people",
        "Feedback & difficult conversations",
        "Feedback geven en lastige gesprekken voeren",
        "Feedback y conversaciones difíciles",
    ),
    _c(
        "confidential-conversations",
        "people",
        "Holding confidential conversations",
        "Vertrouwelijke gesprekken voeren",
        "Conversaciones confidenciales",
    ),
    _c(
        "stakeholder-management",
        "people",
        "Stakeholder management",
        "Stakeholdermanagement",
        "Gestión de grupos de interés",
    ),
    _c(
        "conflict-resolution",
        "people",
        "Conflict resolution",
        "Omgaan met conflicten",
        "Gestión de conflictos",
    ),
    _c(
        "influencing-without-authority",
        "people",
        "Influencing without authority",
        "Beïnvloeden zonder formele macht",
        "Influir sin autoridad formal",
    ),
    _c(
        "talent-recruitment-retention",
        "people",
        "Attracting & retaining talent",
        "Talent aantrekken en behouden",
        "Atraer y retener talento",
    ),
]

# The five kinds of mentoring function a need can ask for (collaborative mentoring).
MENTORING_FUNCTIONS = [
    {
        "slug": "challenging-assignments",
        "name": {
            "en": "Challenging assignments",
            "nl": "Uitdagende opdrachten",
            "es": "Retos de envergadura",
        },
        "description": {
            "en": "Support while you take on a stretch assignment, such as leading a major project "
            "or chairing a committee.",
            "nl": "Steun bij een klus die je net boven je macht gaat, zoals het trekken van een groot "
            "project of het voorzitten van een commissie.",
            "es": "Acompañamiento cuando asumes un reto que te exige crecer, como dirigir un gran "
            "proyecto o presidir un comité.",
        },
    },
    {
        "slug": "relationship-coaching",
        "name": {"en": "Relationship coaching", "nl": "Relatiecoaching", "es": "Coaching relacional"},
        "description": {
            "en": "Coaching for a concrete situation with other people, such as preparing a conference "
            "talk or handling a problem with a business partner.",
            "nl": "Coaching bij een concrete situatie met anderen, zoals een presentatie op een congres "
            "voorbereiden of een probleem met een zakenpartner oplossen.",
            "es": "Coaching para una situación concreta con otras personas, como preparar una ponencia "
            "o resolver un problema con un socio comercial.",
        },
    },
    {
        "slug": "personal-mentoring",
        "name": {"en": "Personal mentoring", "nl": "Persoonlijke mentoring", "es": "Mentoría personal"},
        "description": {
            "en": "A confidential sounding board for personal questions, such as how to hold a "
            "sensitive conversation.",
            "nl": "Een vertrouwelijk klankbord voor persoonlijke vragen, bijvoorbeeld hoe je een "
            "gevoelig gesprek voert.",
            "es": "Una persona de confianza con quien tratar cuestiones personales, como llevar una "
            "conversación delicada.",
        },
    },
    {
        "slug": "skills-mentoring",
        "name": {"en": "Skills mentoring", "nl": "Vaardigheidsmentoring", "es": "Mentoría de habilidades"},
        "description": {
            "en": "Hands-on help to master a skill, such as learning new software or solving a "
            "technical problem.",
            "nl": "Praktische hulp om een vaardigheid onder de knie te krijgen, zoals nieuwe software "
            "leren gebruiken of een technisch probleem oplossen.",
            "es": "Ayuda práctica para dominar una habilidad, como aprender a usar un programa nuevo o "
            "resolver un problema técnico.",
        },
    },
    {
        "slug": "professional-mentoring",
        "name": {
            "en": "Professional mentoring",
            "nl": "Professionele mentoring",
            "es": "Mentoría profesional",
        },
        "description": {
            "en": "Observation and reflection on how you work and where your career is heading, such "
            "as feedback on your behaviour in meetings or talks about a future role.",
            "nl": "Meekijken en meedenken over hoe je werkt en waar je loopbaan naartoe gaat, zoals "
            "feedback op je optreden in vergaderingen of gesprekken over een toekomstige rol.",
            "es": "Observación y reflexión sobre tu forma de trabajar y el rumbo de tu carrera, como "
            "comentar tu actuación en las reuniones o hablar de tu próximo puesto.",
        },
    },
]

COMPETENCE_GROUP_SLUGS = frozenset(slug for slug, _names in COMPETENCE_GROUPS)
COMPETENCE_SLUGS = frozenset(competence["slug"] for competence in COMPETENCES)
MENTORING_FUNCTION_SLUGS = frozenset(function["slug"] for function in MENTORING_FUNCTIONS)
