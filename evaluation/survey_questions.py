"""The built-in evaluation survey: what makes cross-company mentoring work, in three languages.

Statements are answered on a scale from 1 (strongly disagree) to 5 (strongly agree), two questions
ask for free text. The sections follow DOMAIN.md "What a programme measures": characteristics of
the mentor (asked of mentees), of the mentee (asked of mentors), of the relationship and of the
process (both), and the results for the mentee (performance at work and beyond, orientation towards
their organisation and colleagues), for the mentor and for the organisations.

Code data, not a translation catalogue: `text(key)` answers in the active language.
"""

from django.utils.translation import get_language

LANGUAGES = ("en", "nl", "es")

SCALE, TEXT = "scale", "text"
BOTH, MENTEE, MENTOR = "both", "mentee", "mentor"

# (key, section, kind, audience, {language: text})
QUESTIONS: list[tuple[str, str, str, str, dict[str, str]]] = [
    (
        "mentor-listened",
        "mentor",
        SCALE,
        MENTEE,
        {
            "en": "My mentor listened carefully and understood my situation.",
            "nl": "Mijn mentor luisterde goed en begreep mijn situatie.",
            "es": "Mi mentor/a me escuchó con atención y entendió mi situación.",
        },
    ),
    (
        "mentor-experience",
        "mentor",
        SCALE,
        MENTEE,
        {
            "en": "My mentor shared relevant experience and knowledge from their own organisation.",
            "nl": "Mijn mentor deelde relevante ervaring en kennis uit de eigen organisatie.",
            "es": "Mi mentor/a compartió experiencia y conocimientos relevantes de su propia organización.",
        },
    ),
    (
        "mentor-challenged",
        "mentor",
        SCALE,
        MENTEE,
        {
            "en": "My mentor challenged me to look at my situation from new angles.",
            "nl": "Mijn mentor daagde me uit om mijn situatie vanuit nieuwe invalshoeken te bekijken.",
            "es": "Mi mentor/a me animó a ver mi situación desde nuevos ángulos.",
        },
    ),
    (
        "mentor-outside-view",
        "mentor",
        SCALE,
        MENTEE,
        {
            "en": "Because my mentor works elsewhere, I could speak more freely than within my own "
            "organisation.",
            "nl": "Omdat mijn mentor ergens anders werkt, kon ik vrijer praten dan binnen mijn eigen "
            "organisatie.",
            "es": "Como mi mentor/a trabaja en otra organización, pude hablar con más libertad que dentro "
            "de la mía.",
        },
    ),
    (
        "mentee-prepared",
        "mentee",
        SCALE,
        MENTOR,
        {
            "en": "My mentee came to our meetings prepared and with clear questions.",
            "nl": "Mijn mentee kwam voorbereid en met duidelijke vragen naar onze gesprekken.",
            "es": "Mi mentee venía a nuestras reuniones preparado/a y con preguntas claras.",
        },
    ),
    (
        "mentee-open",
        "mentee",
        SCALE,
        MENTOR,
        {
            "en": "My mentee was open to feedback and willing to try new approaches.",
            "nl": "Mijn mentee stond open voor feedback en was bereid nieuwe aanpakken te proberen.",
            "es": "Mi mentee estaba abierto/a al feedback y dispuesto/a a probar nuevos enfoques.",
        },
    ),
    (
        "mentee-follow-through",
        "mentee",
        SCALE,
        MENTOR,
        {
            "en": "My mentee put what we discussed into practice between our meetings.",
            "nl": "Mijn mentee bracht wat we bespraken tussen onze gesprekken door in de praktijk.",
            "es": "Mi mentee puso en práctica lo que hablamos entre una reunión y otra.",
        },
    ),
    (
        "relationship-trust",
        "relationship",
        SCALE,
        BOTH,
        {
            "en": "We built a relationship of trust in which confidential matters could be discussed.",
            "nl": "We bouwden een vertrouwensrelatie op waarin vertrouwelijke zaken besproken konden worden.",
            "es": "Construimos una relación de confianza en la que podíamos hablar de asuntos "
            "confidenciales.",
        },
    ),
    (
        "relationship-expectations",
        "relationship",
        SCALE,
        BOTH,
        {
            "en": "We agreed clear expectations at the start and revisited them along the way.",
            "nl": "We maakten aan het begin heldere afspraken over verwachtingen en kwamen er onderweg op "
            "terug.",
            "es": "Acordamos expectativas claras al principio y las revisamos por el camino.",
        },
    ),
    (
        "relationship-continue",
        "relationship",
        SCALE,
        BOTH,
        {
            "en": "We intend to stay in touch after the programme.",
            "nl": "We zijn van plan na het programma contact te houden.",
            "es": "Tenemos intención de seguir en contacto después del programa.",
        },
    ),
    (
        "process-match",
        "process",
        SCALE,
        BOTH,
        {
            "en": "The match between my mentoring partner and me suited my needs well.",
            "nl": "De match tussen mijn mentorpartner en mij paste goed bij mijn behoeften.",
            "es": "El emparejamiento con mi compañero/a de mentoría se ajustó bien a mis necesidades.",
        },
    ),
    (
        "process-preparation",
        "process",
        SCALE,
        BOTH,
        {
            "en": "The programme's guides and e-learning prepared me well for my role.",
            "nl": "De handleidingen en e-learning van het programma bereidden me goed voor op mijn rol.",
            "es": "Las guías y la formación en línea del programa me prepararon bien para mi papel.",
        },
    ),
    (
        "process-support",
        "process",
        SCALE,
        BOTH,
        {
            "en": "I received the support I needed from my coordinator and the programme team.",
            "nl": "Ik kreeg de ondersteuning die ik nodig had van mijn coördinator en het programmateam.",
            "es": "Recibí el apoyo que necesitaba de mi coordinador/a y del equipo del programa.",
        },
    ),
    (
        "process-rhythm",
        "process",
        SCALE,
        BOTH,
        {
            "en": "How often and how long we met was right for what we wanted to achieve.",
            "nl": "Hoe vaak en hoe lang we afspraken paste bij wat we wilden bereiken.",
            "es": "La frecuencia y la duración de nuestras reuniones fueron adecuadas para lo que queríamos "
            "lograr.",
        },
    ),
    (
        "results-mentee-performance",
        "results-mentee",
        SCALE,
        MENTEE,
        {
            "en": "The mentorship improved my performance at work.",
            "nl": "Het mentorschap heeft mijn functioneren op het werk verbeterd.",
            "es": "La mentoría mejoró mi desempeño en el trabajo.",
        },
    ),
    (
        "results-mentee-beyond",
        "results-mentee",
        SCALE,
        MENTEE,
        {
            "en": "The mentorship helped me grow beyond my job: in confidence, career direction or "
            "personal development.",
            "nl": "Het mentorschap hielp me groeien buiten mijn functie: in zelfvertrouwen, loopbaanrichting "
            "of persoonlijke ontwikkeling.",
            "es": "La mentoría me ayudó a crecer más allá de mi puesto: en confianza, orientación "
            "profesional "
            "o desarrollo personal.",
        },
    ),
    (
        "results-mentee-orientation",
        "results-mentee",
        SCALE,
        MENTEE,
        {
            "en": "I feel more committed to my organisation and more connected with my colleagues.",
            "nl": "Ik voel me meer betrokken bij mijn organisatie en meer verbonden met mijn collega's.",
            "es": "Me siento más comprometido/a con mi organización y más unido/a a mis colegas.",
        },
    ),
    (
        "results-mentee-network",
        "results-mentee",
        SCALE,
        MENTEE,
        {
            "en": "I gained contacts and perspectives from other organisations that I use in my work.",
            "nl": "Ik heb contacten en inzichten uit andere organisaties opgedaan die ik in mijn werk "
            "gebruik.",
            "es": "He ganado contactos y perspectivas de otras organizaciones que uso en mi trabajo.",
        },
    ),
    (
        "results-mentor-insight",
        "results-mentor",
        SCALE,
        MENTOR,
        {
            "en": "Mentoring someone from another organisation gave me insights I use in my own work.",
            "nl": "Iemand uit een andere organisatie begeleiden gaf me inzichten die ik in mijn eigen werk "
            "gebruik.",
            "es": "Ser mentor/a de alguien de otra organización me dio ideas que uso en mi propio trabajo.",
        },
    ),
    (
        "results-mentor-leadership",
        "results-mentor",
        SCALE,
        MENTOR,
        {
            "en": "Mentoring strengthened my own leadership and coaching skills.",
            "nl": "Het mentorschap versterkte mijn eigen leiderschaps- en coachingsvaardigheden.",
            "es": "La mentoría reforzó mis propias habilidades de liderazgo y de coaching.",
        },
    ),
    (
        "results-mentor-orientation",
        "results-mentor",
        SCALE,
        MENTOR,
        {
            "en": "Mentoring increased my motivation and commitment towards my own organisation.",
            "nl": "Het mentorschap vergrootte mijn motivatie en betrokkenheid bij mijn eigen organisatie.",
            "es": "La mentoría aumentó mi motivación y mi compromiso con mi propia organización.",
        },
    ),
    (
        "results-organisation-practices",
        "results-organisation",
        SCALE,
        BOTH,
        {
            "en": "I brought ideas or practices from another organisation back to my own.",
            "nl": "Ik heb ideeën of werkwijzen uit een andere organisatie meegenomen naar mijn eigen "
            "organisatie.",
            "es": "He llevado a mi organización ideas o prácticas de otra organización.",
        },
    ),
    (
        "results-organisation-value",
        "results-organisation",
        SCALE,
        BOTH,
        {
            "en": "My organisation benefits from taking part in this programme.",
            "nl": "Mijn organisatie heeft er baat bij dat ze aan dit programma deelneemt.",
            "es": "Mi organización se beneficia de participar en este programa.",
        },
    ),
    (
        "results-organisation-cooperation",
        "results-organisation",
        SCALE,
        BOTH,
        {
            "en": "The programme opened up possibilities for cooperation between our organisations.",
            "nl": "Het programma opende mogelijkheden voor samenwerking tussen onze organisaties.",
            "es": "El programa abrió posibilidades de cooperación entre nuestras organizaciones.",
        },
    ),
    (
        "open-most-valuable",
        "process",
        TEXT,
        BOTH,
        {
            "en": "What was the most valuable part of this mentoring for you?",
            "nl": "Wat was voor jou het waardevolste aan dit mentorschap?",
            "es": "¿Qué fue lo más valioso de esta mentoría para ti?",
        },
    ),
    (
        "open-improve",
        "process",
        TEXT,
        BOTH,
        {
            "en": "What should the programme do differently next time?",
            "nl": "Wat moet het programma de volgende keer anders doen?",
            "es": "¿Qué debería hacer el programa de otra manera la próxima vez?",
        },
    ),
]

_BY_KEY = {question[0]: question for question in QUESTIONS}


def text(key: str, lang: str | None = None) -> str | None:
    question = _BY_KEY.get(key)
    if question is None:
        return None
    code = lang or (get_language() or "en")[:2]
    return question[4].get(code) or question[4]["en"]
