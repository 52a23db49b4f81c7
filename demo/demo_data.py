"""Demo data for two programmes, as rows in the organisations and people CSV formats.

Pure data, no Django imports and no randomness: importing this module always gives the same rows.
All values in the CSV rows are strings, exactly as ``csv.DictReader`` would give them:

- organisations: ``key,name,country,sector,competitors`` (country ISO 3166-1 alpha-2,
  competitors the ``;``-joined keys of other organisations);
- people: ``email,name,organisation,country,languages,role,offers,needs,capacity,seniority,timezone``
  (languages ISO 639-1 ``;``-joined; role mentor|mentee|both; offers ``;``-joined competence slugs;
  needs ``;``-joined ``slug`` or ``slug:function-slug``; capacity the maximum number of mentees,
  empty for a mentee; seniority 1-5; timezone IANA).

Fields the CSV does not carry (job title, bio, a sentence of context per need) are in ``PROFILES``,
keyed by email. All names, organisations and domains are fictional.

Run ``python demo/demo_data.py`` to check the data against the catalogue and print counts.
"""

import unicodedata

_TIMEZONES = {
    "NL": "Europe/Amsterdam",
    "BE": "Europe/Brussels",
    "ES": "Europe/Madrid",
    "DE": "Europe/Berlin",
    "FR": "Europe/Paris",
    "IT": "Europe/Rome",
}

# Organisation key -> (country, email domain without ".example"), filled by _org().
_ORGS: dict[str, tuple[str, str]] = {}

PROFILES: dict[str, dict] = {}


def _org(key, name, country, sector, domain, competitors=""):
    _ORGS[key] = (country, domain)
    return {"key": key, "name": name, "country": country, "sector": sector, "competitors": competitors}


def _ascii(text: str) -> str:
    text = text.translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(char for char in text.lower() if char.isalnum() or char == "-")


def _p(
    name,
    organisation,
    role,
    job_title,
    bio,
    *,
    offers="",
    needs="",
    capacity="",
    seniority=3,
    languages="nl;en",
    context=None,
    country=None,
    surname=None,
):
    """One person: returns the CSV row and records the profile.

    The email is ``firstname.lastname@<org-domain>.example``; ``surname`` overrides the last name
    used (for Spanish double surnames).
    """
    org_country, domain = _ORGS[organisation]
    first, *rest = name.split()
    last = surname if surname is not None else "".join(rest)
    email = f"{_ascii(first)}.{_ascii(last)}@{domain}.example"
    country = country or org_country
    PROFILES[email] = {"job_title": job_title, "bio": bio, "need_context": dict(context or {})}
    return {
        "email": email,
        "name": name,
        "organisation": organisation,
        "country": country,
        "languages": languages,
        "role": role,
        "offers": offers,
        "needs": needs,
        "capacity": str(capacity),
        "seniority": str(seniority),
        "timezone": _TIMEZONES[country],
    }


# ---------------------------------------------------------------------------------------------
# Regional programme: Kempenpoort Crossings, Dutch-Belgian Kempen region
# ---------------------------------------------------------------------------------------------

_REGIONAL_ORGANISATIONS = [
    _org(
        "novalith", "Novalith Systems", "NL", "High-tech manufacturing (precision mechatronics)", "novalith"
    ),
    _org("dommeldal-hospital", "Dommeldal Hospital", "NL", "Healthcare", "dommeldal"),
    _org("kempen-cargo", "Kempen Cargo", "NL", "Logistics", "kempencargo", competitors="trilogis"),
    _org("trilogis", "Trilogis", "BE", "Logistics", "trilogis", competitors="kempen-cargo"),
    _org("quantiflow", "Quantiflow", "NL", "Software (SaaS scale-up)", "quantiflow"),
    _org("zuiderbank", "Zuiderbank Regio Kempen", "NL", "Banking", "zuiderbank"),
    _org("dommelstede", "Municipality of Dommelstede", "NL", "Local government", "dommelstede"),
    _org("korenaar", "Korenaar Foods", "NL", "Food production", "korenaar"),
    _org("studio-kwast", "Studio Kwast", "NL", "Design agency", "studiokwast"),
    _org(
        "kempenland-uas", "Kempenland University of Applied Sciences", "NL", "Higher education", "kempenland"
    ),
    _org("voltaris", "Voltaris Energy", "BE", "Energy (grid and renewables)", "voltaris"),
    _org("hemera-medical", "Hemera Medical", "BE", "Medical devices", "hemeramedical"),
    _org("lumisense", "Lumisense", "NL", "Photonics start-up", "lumisense"),
]

_REGIONAL_PEOPLE = [
    # --- Novalith Systems: 6 mentors, 6 mentees, 2 both ---------------------------------------
    _p(
        "Jeroen van den Heuvel",
        "novalith",
        "mentor",
        "VP Engineering",
        "Jeroen joined Novalith as a mechatronics engineer in 1998 and now leads some 600 engineers in "
        "Eindhoven and Best. He has taken three machine generations from first prototype to volume "
        "production and is known for staying calm in escalation meetings.",
        offers="leading-teams;leading-change;decision-making;innovation-management",
        capacity=3,
        seniority=5,
        languages="nl;en;de",
    ),
    _p(
        "Marieke Verhoeven",
        "novalith",
        "mentor",
        "Director Supply Chain",
        "Marieke runs a supplier base of 400 firms, from family-owned machine shops in the Kempen to "
        "optics makers in Japan. Before Novalith she bought aircraft parts for a Toulouse OEM for eight "
        "years. She likes to say that a good contract is one you never need to read again.",
        offers="global-supply-chains;negotiation;stakeholder-management",
        capacity=2,
        seniority=5,
        languages="nl;en;fr",
    ),
    _p(
        "Priya Raman",
        "novalith",
        "mentor",
        "Senior Systems Architect",
        "Priya moved from Bangalore to Eindhoven in 2011 to work on wafer-stage control and never left. "
        "She now owns the system architecture of the metrology platform, speaks regularly at SPIE "
        "conferences and chairs Novalith's Women in Engineering network.",
        offers="public-speaking;innovation-management;cross-cultural-communication;inclusive-leadership",
        capacity=2,
        seniority=4,
        languages="en;nl;ta",
    ),
    _p(
        "Hans Smulders",
        "novalith",
        "mentor",
        "Finance Director, Customer Support",
        "Hans is the finance director of Novalith's service business, a 900-million-euro line of spare "
        "parts, upgrades and maintenance contracts. He has a reputation for explaining margins to "
        "engineers with a whiteboard and a single worked example.",
        offers="finance-for-non-financials;business-case;budgeting-forecasting;financial-management",
        capacity=2,
        seniority=5,
    ),
    _p(
        "Ingrid van Loon",
        "novalith",
        "mentor",
        "HR Director Technology",
        "Ingrid has spent twenty years in HR at technology companies in Brabant, the last six at "
        "Novalith, where she built the technical leadership track for first-line managers. She is a "
        "certified coach and a confidential adviser for the works council.",
        offers="coaching-developing-others;talent-recruitment-retention;feedback-difficult-conversations;"
        "confidential-conversations;career-planning",
        capacity=2,
        seniority=5,
    ),
    _p(
        "Tom Hendriks",
        "novalith",
        "mentor",
        "Programme Manager, Field Upgrades",
        "Tom coordinates upgrade programmes that take a customer's machines offline for as little as "
        "three days, with teams on three continents. A former army logistics officer, he plans "
        "backwards from the deadline and keeps a spare day nobody knows about.",
        offers="project-management;stakeholder-management;time-priority-management;conflict-resolution",
        capacity=2,
        seniority=4,
    ),
    _p(
        "Lieke Peters",
        "novalith",
        "mentee",
        "Mechanical Design Engineer",
        "Lieke designs thermally stable frames for the metrology modules and holds two patents on "
        "passive cooling. She graduated from TU Eindhoven four years ago and wants to grow into a "
        "system engineering role where she works more with people than with CAD.",
        needs="public-speaking:relationship-coaching;stakeholder-management",
        seniority=2,
        context={
            "public-speaking": "She will present her thermal-stability results at the Precision Fair in "
            "November and wants to tell the story to an audience of non-specialists.",
            "stakeholder-management": "Her designs touch five departments and she often hears about "
            "changed requirements only after the drawings are released.",
        },
    ),
    _p(
        "Daan Kuijpers",
        "novalith",
        "mentee",
        "Team Lead Software Integration",
        "Daan was promoted from senior developer to team lead of eleven integration engineers last "
        "spring. He still reviews more code than anyone in the team and suspects that is part of the "
        "problem.",
        needs="leading-teams:professional-mentoring;feedback-difficult-conversations",
        seniority=3,
        context={
            "leading-teams": "He wants to stop being the team's best engineer and start being its "
            "manager, and would like someone to watch how he runs his stand-ups.",
            "feedback-difficult-conversations": "Two former peers now report to him and one of them "
            "is repeatedly late with integration deliveries.",
        },
    ),
    _p(
        "Youssef Benali",
        "novalith",
        "mentee",
        "Field Service Engineer",
        "Youssef services lithography modules at customer fabs in Ireland and Germany and spends a "
        "third of the year travelling. He speaks Dutch, Arabic, English and French and would like a "
        "role in service management closer to home.",
        needs="career-planning:professional-mentoring;negotiation",
        seniority=2,
        languages="nl;en;ar;fr",
        context={
            "career-planning": "He is weighing a move to service management against a specialist "
            "track and wants to talk it through with someone outside Novalith.",
            "negotiation": "Customers regularly push him on site to do out-of-contract work and he "
            "wants to say no without damaging the relationship.",
        },
    ),
    _p(
        "Kim Janssen",
        "novalith",
        "mentee",
        "Procurement Specialist",
        "Kim buys precision-machined parts and coatings for the wafer-handling modules. She joined "
        "from a retail purchasing department two years ago and is still learning how differently "
        "high-tech suppliers think.",
        needs="negotiation:relationship-coaching;cross-cultural-communication",
        seniority=2,
        context={
            "negotiation": "Next quarter she renegotiates a three-year frame contract with a "
            "supplier that is also the only qualified source.",
            "cross-cultural-communication": "Half of her suppliers are in Japan and Germany, and she "
            "finds it hard to read when a yes means yes.",
        },
    ),
    _p(
        "Bart Wijnen",
        "novalith",
        "mentee",
        "Group Leader Optics",
        "Bart is an optical physicist who took over a group of 25 after a reorganisation merged two "
        "departments. He has run experiments for fifteen years but never a budget.",
        needs="leading-change:challenging-assignments;finance-for-non-financials",
        seniority=3,
        languages="nl;en;de",
        context={
            "leading-change": "He has to bring two groups with different cultures and tools into one "
            "way of working by the summer.",
            "finance-for-non-financials": "From January he owns a budget of four million euros and "
            "wants to understand the controller's questions before they are asked.",
        },
    ),
    _p(
        "Anouk van Dijk",
        "novalith",
        "mentee",
        "Product Marketing Manager",
        "Anouk writes the product roadmaps and value propositions for Novalith's inspection systems. "
        "She moved into marketing from applications engineering and wants to make her proposals more "
        "strategic and better grounded in data.",
        needs="strategic-thinking;data-literacy:skills-mentoring",
        seniority=3,
        context={
            "strategic-thinking": "She is asked to write a five-year product strategy and would like "
            "to test her thinking with someone from another industry.",
            "data-literacy": "She wants to analyse the install-base data herself instead of waiting "
            "weeks for a report from business intelligence.",
        },
    ),
    _p(
        "Sem Aarts",
        "novalith",
        "both",
        "Software Engineer, Machine Learning Platform",
        "Sem builds the platform that trains defect-classification models on machine images. He is 27, "
        "runs the internal AI guild and has helped several directors get started with AI assistants.",
        offers="ai-tools;data-literacy",
        needs="public-speaking:relationship-coaching",
        capacity=1,
        seniority=2,
        context={
            "public-speaking": "He has been invited to give a talk at a regional AI meetup and freezes "
            "as soon as he leaves his slides.",
        },
    ),
    _p(
        "Eva Rutten",
        "novalith",
        "both",
        "Senior Project Manager",
        "Eva has managed machine introductions at customer sites in Taiwan and Korea and is on the "
        "shortlist for a department manager role. She mentors junior project leads inside Novalith "
        "and now wants an outside view for herself.",
        offers="project-management;time-priority-management",
        needs="executive-presence:professional-mentoring;strategic-thinking",
        capacity=1,
        seniority=4,
        context={
            "executive-presence": "In steering committees she presents the facts well but feels she "
            "is not yet heard as a peer by the directors.",
            "strategic-thinking": "For the department role she must present a vision, not a plan, "
            "and she wants to practise that shift.",
        },
    ),
    # --- Dommeldal Hospital: 3 mentors, 6 mentees, 1 both -------------------------------------
    _p(
        "Caroline Maas",
        "dommeldal-hospital",
        "mentor",
        "Medical Director",
        "Caroline is an internist who has led the medical staff of Dommeldal Hospital since 2019, "
        "including through the pandemic years. She sits on the supervisory board of a regional "
        "nursing-home group and is known for decisions that are clear and humane.",
        offers="leading-change;confidential-conversations;decision-making;board-governance",
        capacity=2,
        seniority=5,
    ),
    _p(
        "Ronald Geerts",
        "dommeldal-hospital",
        "mentor",
        "Head of Finance & Control",
        "Ronald keeps the books of a hospital with 2,800 staff and a budget set largely by insurers' "
        "contracts. He previously worked as a controller at a car-parts maker and enjoys helping "
        "non-financial managers see what the numbers are telling them.",
        offers="financial-management;budgeting-forecasting;finance-for-non-financials;business-case",
        capacity=3,
        seniority=4,
    ),
    _p(
        "Hanneke Schellekens",
        "dommeldal-hospital",
        "mentor",
        "Director of Nursing",
        "Hanneke started as an intensive-care nurse and now leads 1,100 nurses. She introduced "
        "self-scheduling teams on all wards and cut sickness absence by a third in three years.",
        offers="leading-teams;coaching-developing-others;resilience-wellbeing;feedback-difficult-conversations",
        capacity=2,
        seniority=5,
    ),
    _p(
        "Fatima Ouali",
        "dommeldal-hospital",
        "mentee",
        "Nurse Team Leader, Cardiology",
        "Fatima has worked on the cardiology ward for nine years and has led its team of 34 nurses "
        "since last year. She is studying for a bachelor's in healthcare management in the evenings.",
        needs="leading-teams:professional-mentoring;feedback-difficult-conversations:personal-mentoring",
        seniority=2,
        languages="nl;en;ar",
        context={
            "leading-teams": "She wants to find her own leadership style now that she manages the "
            "colleagues she used to work shifts with.",
            "feedback-difficult-conversations": "She has to address the behaviour of an experienced "
            "nurse who undermines new colleagues, and dreads the conversation.",
        },
    ),
    _p(
        "Niels Vermeulen",
        "dommeldal-hospital",
        "mentee",
        "IT Project Lead, Patient Record",
        "Niels leads the hospital's move to a new electronic patient record, a two-year project with "
        "a hundred super-users. He came from an IT consultancy and is getting used to a world where "
        "doctors outrank deadlines.",
        needs="stakeholder-management:challenging-assignments;leading-change",
        seniority=3,
        context={
            "stakeholder-management": "The medical specialists, the board and the supplier all want "
            "different things from the go-live date in March.",
            "leading-change": "Many nurses fear the new system will cost them time at the bedside "
            "and he needs them on board.",
        },
    ),
    _p(
        "Sophie Coppens",
        "dommeldal-hospital",
        "mentee",
        "Policy Adviser Quality & Safety",
        "Sophie analyses incident reports and prepares the hospital for accreditation audits. She has "
        "a master's in health sciences from Maastricht and a habit of being right too quietly.",
        needs="influencing-without-authority;public-speaking",
        seniority=2,
        context={
            "influencing-without-authority": "She needs department heads to change procedures "
            "although none of them reports to her.",
            "public-speaking": "She presents the quarterly safety figures to the medical staff "
            "meeting and wants her message to land.",
        },
    ),
    _p(
        "Martijn Bakker",
        "dommeldal-hospital",
        "mentee",
        "Head of Facilities",
        "Martijn is responsible for the buildings, energy and catering of two hospital sites. He has "
        "been asked to lead the hospital's route to a net-zero campus by 2035.",
        needs="sustainability-strategy:challenging-assignments;negotiation",
        seniority=3,
        context={
            "sustainability-strategy": "He must turn the board's net-zero ambition into a costed "
            "roadmap that the supervisory board will approve.",
            "negotiation": "The catering and energy contracts are up for renewal next year and he "
            "wants better terms and greener suppliers.",
        },
    ),
    _p(
        "Joyce Lemmens",
        "dommeldal-hospital",
        "mentee",
        "Physician Assistant, Emergency Department",
        "Joyce has worked in the emergency department for six years, first as a nurse and now as a "
        "physician assistant. She loves the work but wonders what the next ten years could look like.",
        needs="time-priority-management;career-planning:professional-mentoring",
        seniority=2,
        context={
            "time-priority-management": "Between shifts, a training role and a small child she wants "
            "a better grip on what really needs her attention.",
            "career-planning": "She is curious whether her skills would also be valued outside "
            "hospital care, for example in medtech.",
        },
    ),
    _p(
        "Stefan de Groot",
        "dommeldal-hospital",
        "mentee",
        "Data Analyst, Business Intelligence",
        "Stefan builds the dashboards that show waiting lists, bed occupancy and production to the "
        "board. He is an econometrician by training who would rather be questioned about his "
        "model than asked to present it.",
        needs="public-speaking:relationship-coaching;stakeholder-management",
        seniority=2,
        context={
            "public-speaking": "He will present the new capacity dashboard to all department heads "
            "and wants to keep a room of doctors engaged for twenty minutes.",
            "stakeholder-management": "Departments keep asking for their own versions of the same "
            "figures and he wants to agree one set of definitions.",
        },
    ),
    _p(
        "Gijs van Gorp",
        "dommeldal-hospital",
        "both",
        "Innovation Manager, Digital Care",
        "Gijs runs the hospital's remote-monitoring programme, which lets 600 heart-failure patients "
        "stay at home. He knows the digital tools inside out but is new to writing funding bids.",
        offers="digital-transformation;collaboration-tools",
        needs="public-funding-tenders:skills-mentoring;business-case",
        capacity=1,
        seniority=3,
        context={
            "public-funding-tenders": "He wants to apply for a European grant to scale remote "
            "monitoring to two partner hospitals.",
            "business-case": "The insurers ask for a business case showing the savings of home "
            "monitoring before they pay for it structurally.",
        },
    ),
    # --- Kempen Cargo (competitor of Trilogis): 2 mentors, 4 mentees, 1 both -----------------
    _p(
        "Wim van der Linden",
        "kempen-cargo",
        "mentor",
        "Managing Director",
        "Wim took over Kempen Cargo from its founder in 2015 and has grown it from 80 to 350 trucks "
        "with hubs in Tilburg and Venlo. He started his career as a planner and still knows most of "
        "the drivers by name.",
        offers="strategic-thinking;negotiation;sales-key-accounts;decision-making",
        capacity=2,
        seniority=5,
        languages="nl;en;de",
    ),
    _p(
        "Astrid Verbeek",
        "kempen-cargo",
        "mentor",
        "Operations Director",
        "Astrid runs warehousing and transport operations around the clock for customers in food, "
        "electronics and e-commerce. She introduced the company's first warehouse robots and a "
        "four-day roster that halved staff turnover.",
        offers="leading-teams;global-supply-chains;time-priority-management",
        capacity=2,
        seniority=4,
    ),
    _p(
        "Kevin Mutsaers",
        "kempen-cargo",
        "mentee",
        "Warehouse Shift Manager",
        "Kevin started as an order picker at 19 and now manages a night shift of forty people, many "
        "of them agency workers from Poland and Romania. He is respected on the floor and wants to "
        "become just as comfortable in the office.",
        needs="leading-teams:professional-mentoring;conflict-resolution",
        seniority=2,
        context={
            "leading-teams": "He wants to build a stable core team on a shift where a third of the "
            "people change every month.",
            "conflict-resolution": "Tensions between permanent staff and agency workers regularly "
            "escalate and he is expected to settle them.",
        },
    ),
    _p(
        "Lotte van Beek",
        "kempen-cargo",
        "mentee",
        "Customer Service Team Lead",
        "Lotte leads the team that handles delivery questions and complaints for three large "
        "webshops. She is quick, organised and usually the one who hears the bad news first.",
        needs="feedback-difficult-conversations;public-speaking",
        seniority=2,
        context={
            "feedback-difficult-conversations": "She often has to tell big customers that a "
            "delivery promise cannot be met and wants to do it without getting defensive.",
            "public-speaking": "She now presents the monthly service review at customer meetings.",
        },
    ),
    _p(
        "Ricardo Santos",
        "kempen-cargo",
        "mentee",
        "Transport Planner",
        "Ricardo came to the Netherlands from Porto and plans 120 routes a day across the Benelux "
        "and the Ruhr. He suspects half his spreadsheets could be replaced by something smarter.",
        needs="data-literacy:skills-mentoring;ai-tools:skills-mentoring",
        seniority=2,
        languages="pt;en;nl",
        context={
            "data-literacy": "He wants to analyse late deliveries per route and customer himself "
            "instead of guessing.",
            "ai-tools": "He would like to test whether AI tools can help with route planning "
            "scenarios and customer emails.",
        },
    ),
    _p(
        "Manon Dekkers",
        "kempen-cargo",
        "mentee",
        "Commercial Manager",
        "Manon joined Kempen Cargo three months ago from a packaging company to open up the German "
        "market. She has a strong sales record but no network in logistics yet.",
        needs="business-development:challenging-assignments;cross-cultural-communication;networking",
        seniority=3,
        languages="nl;en;de",
        context={
            "business-development": "She has to win the first five German shippers for the Venlo "
            "hub within a year.",
            "cross-cultural-communication": "German buyers respond very differently to her usual "
            "Dutch directness than she expected.",
            "networking": "She wants to know which regional networks and trade fairs are worth her "
            "limited time.",
        },
    ),
    _p(
        "Joep Hermans",
        "kempen-cargo",
        "both",
        "Fleet & Sustainability Manager",
        "Joep has switched a quarter of Kempen Cargo's trucks to electric or HVO fuel and designed the "
        "charging plaza at the Tilburg hub. He now has to secure funding for the next phase.",
        offers="sustainability-strategy",
        needs="public-funding-tenders;stakeholder-management",
        capacity=1,
        seniority=3,
        context={
            "public-funding-tenders": "He wants to apply for national subsidies for zero-emission "
            "trucks without hiring an expensive consultant.",
            "stakeholder-management": "The grid operator, the municipality and two customers must "
            "all agree before the next charging plaza can be built.",
        },
    ),
    # --- Trilogis (competitor of Kempen Cargo): 2 mentors, 4 mentees, 1 both -----------------
    _p(
        "Koen Peeters",
        "trilogis",
        "mentor",
        "CEO",
        "Koen has led Trilogis, a third-party logistics group with warehouses in Geel, Genk and Liège, "
        "for twelve years. He negotiated a joint venture with a Polish carrier and serves on the board "
        "of the Flemish logistics federation.",
        offers="strategic-thinking;international-partnerships;leading-change;board-governance",
        capacity=2,
        seniority=5,
        languages="nl;fr;en;de",
    ),
    _p(
        "Els Janssens",
        "trilogis",
        "mentor",
        "HR & Safety Director",
        "Els looks after 1,400 employees and the safety of six warehouses. She set up a training "
        "academy that turns newcomers into forklift drivers and team leaders, and she mediates when "
        "things go wrong on the floor.",
        offers="talent-recruitment-retention;conflict-resolution;coaching-developing-others;career-planning",
        capacity=2,
        seniority=4,
        languages="nl;fr;en",
    ),
    _p(
        "Wout Claes",
        "trilogis",
        "mentee",
        "Site Manager, Genk Hub",
        "Wout runs the Genk hub, where Trilogis is installing an automated small-parts warehouse. "
        "He is an engineer who enjoys the technology and is less sure about the people side of the "
        "change.",
        needs="leading-change:challenging-assignments;finance-for-non-financials",
        seniority=3,
        languages="nl;fr;en",
        context={
            "leading-change": "The automation changes the job of eighty people and he wants to take "
            "them along rather than push them.",
            "finance-for-non-financials": "He reports on a new investment budget and wants to read "
            "the payback figures as well as the controller does.",
        },
    ),
    _p(
        "Lotte Maes",
        "trilogis",
        "mentee",
        "Key Account Manager",
        "Lotte manages Trilogis's two largest pharmaceutical customers. She is valued for her "
        "reliability and wants to be seen as a business partner, not just the person who fixes "
        "problems.",
        needs="negotiation:relationship-coaching;executive-presence",
        seniority=2,
        languages="nl;fr;en",
        context={
            "negotiation": "A major customer wants a five percent price cut at the renewal in June.",
            "executive-presence": "She is starting to meet customers' board members and wants to "
            "hold her own in those conversations.",
        },
    ),
    _p(
        "Arne Verstraete",
        "trilogis",
        "mentee",
        "IT Business Analyst",
        "Arne translates warehouse processes into requirements for the warehouse management system. "
        "He is a careful analyst who finds it hard to push back on urgent requests.",
        needs="stakeholder-management;public-speaking:relationship-coaching",
        seniority=2,
        context={
            "stakeholder-management": "Every site manager believes his change request is the most "
            "urgent one.",
            "public-speaking": "He has to demonstrate the new system to all site managers at the "
            "annual operations day.",
        },
    ),
    _p(
        "Nathalie Dubois",
        "trilogis",
        "mentee",
        "Customs Specialist",
        "Nathalie grew up in Namur and handles customs clearance for shipments to and from the UK "
        "and Switzerland. Since Brexit her expertise is in great demand, but she feels invisible "
        "outside her department.",
        needs="career-planning:professional-mentoring;networking",
        seniority=2,
        languages="fr;nl;en",
        context={
            "career-planning": "She wants to find out whether to become a customs manager or move "
            "into trade compliance consultancy.",
            "networking": "She wants to build a network outside Trilogis, especially on the Dutch "
            "side of the border.",
        },
    ),
    _p(
        "Jens Wouters",
        "trilogis",
        "both",
        "Digital Operations Lead",
        "Jens introduced tablets, shared planning boards and a team chat on all Trilogis sites and "
        "gets called whenever a manager cannot find a file. He is 28 and just got his first team.",
        offers="collaboration-tools;mobile-working;data-literacy",
        needs="leading-teams:professional-mentoring",
        capacity=2,
        seniority=2,
        context={
            "leading-teams": "He now leads four people who are all older than he is and wants to "
            "earn their trust.",
        },
    ),
    # --- Quantiflow: 3 mentors, 4 mentees, 3 both --------------------------------------------
    _p(
        "Floor Hoogendoorn",
        "quantiflow",
        "mentor",
        "Co-founder & CEO",
        "Floor co-founded Quantiflow in 2017 to help manufacturers plan production, and has since "
        "raised three funding rounds and opened offices in Munich and Lyon. She was a strategy "
        "consultant in Amsterdam before moving back to Brabant.",
        offers="fundraising-investor-relations;business-development;international-commercialisation;"
        "executive-presence",
        capacity=2,
        seniority=5,
    ),
    _p(
        "Mark Willems",
        "quantiflow",
        "mentor",
        "VP Engineering",
        "Mark grew Quantiflow's engineering team from eight to ninety people, most of them working "
        "remotely part of the week. He is outspoken about hiring for curiosity and about writing "
        "things down.",
        offers="leading-teams;talent-recruitment-retention;mobile-working;ai-tools",
        capacity=2,
        seniority=4,
    ),
    _p(
        "Sara Lindqvist",
        "quantiflow",
        "mentor",
        "Head of Growth Marketing",
        "Sara is from Gothenburg and moved to Eindhoven for love and the start-up scene. She built "
        "Quantiflow's brand on LinkedIn and YouTube from nothing and measures everything.",
        offers="social-media-personal-branding;marketing-positioning;data-literacy;e-reputation",
        capacity=3,
        seniority=4,
        languages="en;sv;nl",
    ),
    _p(
        "Thijs Nooijen",
        "quantiflow",
        "mentee",
        "Customer Success Manager",
        "Thijs looks after forty manufacturing customers, from onboarding to contract renewal. He "
        "came from a call centre, is great with people and says yes too often.",
        needs="negotiation;time-priority-management",
        seniority=2,
        context={
            "negotiation": "Customers ask for free extra modules at renewal and he wants to protect "
            "the price without losing them.",
            "time-priority-management": "He is always busy and rarely with the customers who matter most.",
        },
    ),
    _p(
        "Iris van Hout",
        "quantiflow",
        "mentee",
        "Engineering Manager",
        "Iris was a backend developer for five years before taking on a team of nine engineers. "
        "She is thoughtful and direct and wants to be the manager she never had.",
        needs="leading-teams:professional-mentoring;feedback-difficult-conversations:personal-mentoring",
        seniority=3,
        context={
            "leading-teams": "She wants to learn how to run a team that is half remote without "
            "losing the team spirit.",
            "feedback-difficult-conversations": "An underperforming developer is also going "
            "through a divorce and she is unsure how to raise the issue.",
        },
    ),
    _p(
        "Bas Cornelissen",
        "quantiflow",
        "mentee",
        "Finance Manager",
        "Bas is Quantiflow's first in-house finance manager, hired to get the company ready for its "
        "Series C. He trained at a Big Four firm and has never worked in a company that burns cash "
        "on purpose.",
        needs="financial-management:challenging-assignments;public-speaking",
        seniority=3,
        context={
            "financial-management": "He has to set up monthly closing, cash forecasting and "
            "investor reporting in six months.",
            "public-speaking": "He will present the figures at the all-hands meeting and wants "
            "engineers to actually listen.",
        },
    ),
    _p(
        "Noor Rijkers",
        "quantiflow",
        "mentee",
        "Product Manager",
        "Noor owns the scheduling module that most customers use every day. She has a background in "
        "industrial engineering and is learning to say no to the loudest customer.",
        needs="strategic-thinking;influencing-without-authority",
        seniority=2,
        context={
            "strategic-thinking": "She wants her roadmap to follow from a clear view of the market "
            "instead of from the last feature request.",
            "influencing-without-authority": "She needs engineering and sales to commit to her "
            "priorities although none of them reports to her.",
        },
    ),
    _p(
        "Milan Verhagen",
        "quantiflow",
        "both",
        "Developer Advocate",
        "Milan writes tutorials, makes videos and speaks at meetups about Quantiflow's API. He is 25, "
        "has 12,000 followers on LinkedIn and enjoys showing senior managers how to use social media "
        "without embarrassing themselves.",
        offers="ai-tools;social-media-personal-branding;collaboration-tools",
        needs="career-planning:professional-mentoring",
        capacity=2,
        seniority=1,
        context={
            "career-planning": "He wonders whether to stay in developer relations or move into "
            "product management, and wants an outside view.",
        },
    ),
    _p(
        "Julia Kramer",
        "quantiflow",
        "both",
        "Data Scientist",
        "Julia develops the forecasting models inside Quantiflow's planning engine. She has a PhD "
        "in operations research and likes to explain data to people who think they are bad at it.",
        offers="data-literacy;ai-tools",
        needs="stakeholder-management:relationship-coaching",
        capacity=2,
        seniority=2,
        languages="nl;en;de",
        context={
            "stakeholder-management": "A large customer keeps questioning her model's forecasts "
            "and she has to rebuild their trust.",
        },
    ),
    _p(
        "Omar Haddad",
        "quantiflow",
        "both",
        "Head of IT & Security",
        "Omar moved Quantiflow entirely to the cloud and set up its security certification. He came "
        "to Eindhoven from Beirut to study and has advised two local charities on their IT for free.",
        offers="digital-transformation;collaboration-tools",
        needs="finance-for-non-financials:skills-mentoring",
        capacity=1,
        seniority=3,
        languages="en;ar;fr;nl",
        context={
            "finance-for-non-financials": "He has to defend his first IT budget to the board and "
            "wants to understand depreciation and cash flow.",
        },
    ),
    # --- Zuiderbank Regio Kempen: 3 mentors, 4 mentees -------------------------------------------
    _p(
        "Gerard Swinkels",
        "zuiderbank",
        "mentor",
        "Regional Director SME Banking",
        "Gerard has financed businesses in the Kempen for thirty years, from bakers to chip "
        "suppliers. He knows which entrepreneurs to call when a start-up needs an introduction and "
        "sits on the jury of the regional innovation award.",
        offers="financial-management;fundraising-investor-relations;business-case;networking",
        capacity=3,
        seniority=5,
    ),
    _p(
        "Monique Brouwers",
        "zuiderbank",
        "mentor",
        "Credit Risk Manager",
        "Monique approves loans of up to twenty million euros and leads a team of eight credit "
        "analysts. She believes a good decision can be explained on one page.",
        offers="decision-making;finance-for-non-financials;budgeting-forecasting;career-planning",
        capacity=2,
        seniority=4,
    ),
    _p(
        "Erik Dirks",
        "zuiderbank",
        "mentor",
        "Senior Relationship Manager, Corporate Clients",
        "Erik manages the bank's relationships with forty mid-sized companies in the region. He used "
        "to sell industrial pumps and still approaches banking as a sales job.",
        offers="sales-key-accounts;negotiation;networking;stakeholder-management",
        capacity=2,
        seniority=4,
        languages="nl;en;de",
    ),
    _p(
        "Marjolein Hurkmans",
        "zuiderbank",
        "mentee",
        "Branch Director",
        "Marjolein has run the bank's Eindhoven branch for eight years. Clients increasingly look her "
        "up online before they meet her, and she wants to learn from someone younger how to show up "
        "there well.",
        needs="social-media-personal-branding:skills-mentoring;e-reputation",
        seniority=4,
        context={
            "social-media-personal-branding": "She has a LinkedIn profile she never updates and "
            "wants to post with confidence about the regional economy.",
            "e-reputation": "After a critical online review of the branch she realised she does not "
            "know how to respond in public.",
        },
    ),
    _p(
        "Dennis Kuipers",
        "zuiderbank",
        "mentee",
        "Compliance Officer",
        "Dennis checks that the branch follows anti-money-laundering rules, which does not always "
        "make him popular. He is precise, loyal and wants to be seen as a partner rather than a "
        "police officer.",
        needs="public-speaking;influencing-without-authority",
        seniority=2,
        context={
            "public-speaking": "He gives the annual compliance training to all 120 staff and would "
            "like people to stay awake.",
            "influencing-without-authority": "Relationship managers see his checks as obstacles and "
            "he wants them to come to him early.",
        },
    ),
    _p(
        "Laura Jacobs",
        "zuiderbank",
        "mentee",
        "Junior Account Manager SME",
        "Laura joined the bank's graduate programme after studying business economics in Tilburg. "
        "She manages her first portfolio of seventy small businesses.",
        needs="networking:professional-mentoring;business-development",
        seniority=1,
        context={
            "networking": "She wants to build her own network among entrepreneurs in the region "
            "instead of inheriting her predecessor's.",
            "business-development": "Her target includes new clients and she is not sure how to "
            "find them without cold calling.",
        },
    ),
    _p(
        "Rob van Kessel",
        "zuiderbank",
        "mentee",
        "Head of Operations",
        "Rob has run the back office of the regional bank for fifteen years. Half of the processes he "
        "knows by heart are about to be automated, and he wants to lead that rather than undergo it.",
        needs="ai-tools:skills-mentoring;digital-transformation",
        seniority=4,
        context={
            "ai-tools": "He wants hands-on experience with AI assistants before he decides where "
            "his department should use them.",
            "digital-transformation": "He is drawing up a three-year plan to digitise the loan "
            "administration.",
        },
    ),
    # --- Municipality of Dommelstede: 2 mentors, 6 mentees -------------------------------------
    _p(
        "Annemiek Roijakkers",
        "dommelstede",
        "mentor",
        "Municipal Secretary",
        "Annemiek is the highest-ranking civil servant of a municipality of 95,000 inhabitants and "
        "works daily with the mayor, aldermen and council. She led the merger of three municipal "
        "organisations and speaks at many public meetings.",
        offers="stakeholder-management;leading-change;public-speaking;confidential-conversations",
        capacity=3,
        seniority=5,
    ),
    _p(
        "Frank de Bruijn",
        "dommelstede",
        "mentor",
        "Head of Economic Affairs",
        "Frank brings companies, schools and government together in regional economic programmes. "
        "He has secured European funding for two business parks and has a contact for every "
        "question.",
        offers="public-funding-tenders;international-partnerships;networking",
        capacity=2,
        seniority=4,
        languages="nl;en;de",
    ),
    _p(
        "Esra Yildiz",
        "dommelstede",
        "mentee",
        "Policy Officer Housing",
        "Esra writes housing policy in a municipality where young people can hardly find a home. "
        "She grew up in the town and wants residents to understand why decisions take so long.",
        needs="public-speaking:relationship-coaching;stakeholder-management",
        seniority=2,
        languages="nl;en;tr",
        context={
            "public-speaking": "She has to explain a controversial housing plan at a residents' "
            "evening in the spring.",
            "stakeholder-management": "Housing associations, developers and residents' groups all "
            "want something different from the plan.",
        },
    ),
    _p(
        "Jasper Vos",
        "dommelstede",
        "mentee",
        "Team Manager Civil Affairs",
        "Jasper leads the team that issues passports, registers births and runs elections. He is "
        "replacing counters by appointments and online services.",
        needs="leading-change:challenging-assignments;feedback-difficult-conversations",
        seniority=3,
        context={
            "leading-change": "Several long-serving staff members see the move online as a loss of "
            "contact with residents.",
            "feedback-difficult-conversations": "He has to talk to an employee about repeated "
            "rudeness towards residents.",
        },
    ),
    _p(
        "Mirjam Gerrits",
        "dommelstede",
        "mentee",
        "Communications Adviser",
        "Mirjam handles press questions and the municipality's social media channels. She is a former "
        "local journalist and wants a broader, more strategic role.",
        needs="e-reputation:skills-mentoring;strategic-thinking",
        seniority=2,
        context={
            "e-reputation": "Online discussions about a planned asylum seekers' centre got out of "
            "hand and she wants a better way to handle the next storm.",
            "strategic-thinking": "She wants to write a communication strategy instead of only "
            "reacting to the news of the day.",
        },
    ),
    _p(
        "Thomas Aerts",
        "dommelstede",
        "mentee",
        "Project Leader Energy Transition",
        "Thomas is working on heat networks and solar parks to make Dommelstede's neighbourhoods "
        "natural-gas-free. He is a civil engineer who grew up on a farm just across the Belgian "
        "border.",
        needs="sustainability-strategy;negotiation:relationship-coaching",
        seniority=3,
        context={
            "sustainability-strategy": "He needs to turn the council's climate ambitions into a "
            "plan per neighbourhood with realistic costs.",
            "negotiation": "He is negotiating with an energy company about the ownership of a new "
            "heat network.",
        },
    ),
    _p(
        "Ilse van Rooij",
        "dommelstede",
        "mentee",
        "HR Adviser",
        "Ilse advises the managers of the municipality's social and spatial departments. She "
        "started the municipality's first traineeship and wants to grow into a role in talent "
        "development.",
        needs="coaching-developing-others;career-planning",
        seniority=2,
        context={
            "coaching-developing-others": "She wants to coach the trainees herself rather than "
            "only organise their programme.",
            "career-planning": "She is considering a master's in HR and wants to know whether it "
            "is worth it.",
        },
    ),
    _p(
        "Peter Raaijmakers",
        "dommelstede",
        "mentee",
        "Director Social Domain",
        "Peter leads 180 civil servants who work on youth care, welfare and employment. He is a "
        "seasoned manager who feels he is losing touch with the way his younger staff work and "
        "wants a reverse mentor.",
        needs="data-literacy:skills-mentoring;collaboration-tools:skills-mentoring",
        seniority=4,
        context={
            "data-literacy": "He wants to understand the dashboards on youth care costs well enough "
            "to question them.",
            "collaboration-tools": "His teams work in shared online workspaces that he still prints out.",
        },
    ),
    # --- Korenaar Foods: 3 mentors, 4 mentees ------------------------------------------------
    _p(
        "Hendrik-Jan Biemans",
        "korenaar",
        "mentor",
        "Owner & Managing Director",
        "Hendrik-Jan is the third generation to run Korenaar, a bakery-products company that started "
        "as a village mill in 1952. He has taken its crispbreads and crackers into twenty countries.",
        offers="strategic-thinking;export-market-entry;negotiation;decision-making",
        capacity=2,
        seniority=5,
        languages="nl;en;de",
    ),
    _p(
        "Willemijn Cuijpers",
        "korenaar",
        "mentor",
        "Director Quality & Food Safety",
        "Willemijn has led quality at Korenaar for nine years and took three factories through their "
        "certifications without a single major non-conformity. She trained as a food technologist in "
        "Wageningen.",
        offers="leading-teams;project-management;coaching-developing-others",
        capacity=2,
        seniority=4,
    ),
    _p(
        "Paul Verschuren",
        "korenaar",
        "mentor",
        "Export Manager",
        "Paul has opened markets for Korenaar from Scandinavia to the Middle East, often sitting "
        "across the table from a supermarket buyer in a language he only half speaks. He is "
        "patient, funny and pragmatic.",
        offers="international-commercialisation;cross-cultural-communication;export-market-entry;"
        "sales-key-accounts",
        capacity=2,
        seniority=4,
        languages="nl;en;de;fr",
    ),
    _p(
        "Sanne Kusters",
        "korenaar",
        "mentee",
        "Production Team Leader",
        "Sanne leads a production line of twenty operators in three shifts. She started as an "
        "operator herself and was promoted for her calm in a crisis.",
        needs="leading-teams:professional-mentoring;conflict-resolution:personal-mentoring",
        seniority=2,
        context={
            "leading-teams": "She wants to delegate more now that she is responsible for a second line.",
            "conflict-resolution": "Two operators on her line have not spoken to each other for "
            "months and the tension is affecting the team.",
        },
    ),
    _p(
        "Tim Claassen",
        "korenaar",
        "mentee",
        "R&D Food Technologist",
        "Tim develops new recipes with less salt and more fibre. He has a drawer full of ideas and "
        "wants to learn how to get them onto the shelf.",
        needs="innovation-management;business-case:skills-mentoring",
        seniority=2,
        context={
            "innovation-management": "He wants a better way to choose which of his ideas to develop further.",
            "business-case": "Management asks for a business case for a new protein cracker and "
            "he has never made one.",
        },
    ),
    _p(
        "Chantal Aalbers",
        "korenaar",
        "mentee",
        "Marketing Manager",
        "Chantal is responsible for Korenaar's own brands in the Benelux. She has years of "
        "experience with retail promotions and wants to make better use of consumer data.",
        needs="data-literacy:skills-mentoring;executive-presence",
        seniority=3,
        context={
            "data-literacy": "She has access to loyalty card data from two supermarkets and does "
            "not yet know what to do with it.",
            "executive-presence": "She will soon join the management team and wants to show up "
            "there with authority.",
        },
    ),
    _p(
        "Maarten van Asten",
        "korenaar",
        "mentee",
        "Supply Planner",
        "Maarten plans raw materials such as wheat, rye and seeds for three factories. Since the war "
        "in Ukraine he spends more time on shortages than on planning.",
        needs="global-supply-chains;negotiation",
        seniority=2,
        context={
            "global-supply-chains": "He wants to make the supply of grain and seeds less dependent "
            "on a few suppliers.",
            "negotiation": "He negotiates the annual contracts with two large mills himself for the "
            "first time.",
        },
    ),
    # --- Studio Kwast: 2 mentors, 1 mentee, 1 both -------------------------------------------
    _p(
        "Femke Kwast",
        "studio-kwast",
        "mentor",
        "Founder & Creative Director",
        "Femke founded Studio Kwast in a former Philips factory hall in 2009 and has since designed "
        "products and brands for clients from medtech to city marketing. She is a regular speaker at "
        "Dutch Design Week.",
        offers="marketing-positioning;public-speaking;innovation-management;executive-presence",
        capacity=2,
        seniority=5,
    ),
    _p(
        "Dirk Bogaerts",
        "studio-kwast",
        "mentor",
        "Strategy Director",
        "Dirk lives in Lommel and crosses the border every day to help clients turn design into "
        "business strategy. He worked for a large advertising agency in Antwerp for ten years.",
        offers="business-development;strategic-thinking;influencing-without-authority",
        capacity=2,
        seniority=4,
        languages="nl;fr;en",
        country="BE",
    ),
    _p(
        "Yara Mahmoud",
        "studio-kwast",
        "mentee",
        "UX Designer",
        "Yara designs apps and interfaces for Studio Kwast's healthcare clients. She graduated from "
        "the Design Academy two years ago and is curious about life outside the design world.",
        needs="networking:professional-mentoring;public-speaking:relationship-coaching",
        seniority=1,
        languages="nl;en;ar",
        context={
            "networking": "She wants to meet people in the sectors she designs for, especially healthcare.",
            "public-speaking": "She will present her research on elderly users to a client's "
            "management team.",
        },
    ),
    _p(
        "Luuk Segers",
        "studio-kwast",
        "both",
        "Motion & Social Media Designer",
        "Luuk makes the animations and social media campaigns of Studio Kwast and its clients. He is "
        "24 and explains TikTok and LinkedIn algorithms to directors with great patience.",
        offers="social-media-personal-branding;e-reputation",
        needs="time-priority-management:skills-mentoring",
        capacity=2,
        seniority=1,
        context={
            "time-priority-management": "He works on eight projects at once and always feels behind.",
        },
    ),
    # --- Kempenland University of Applied Sciences: 3 mentors, 5 mentees -----------------------
    _p(
        "Jolanda Feenstra",
        "kempenland-uas",
        "mentor",
        "Professor of Smart Industry",
        "Jolanda leads a research group that works with sixty regional manufacturers on automation "
        "and robotics. She is originally from Friesland and has written a dozen successful grant "
        "applications.",
        offers="innovation-management;public-speaking;international-partnerships;public-funding-tenders",
        capacity=2,
        seniority=5,
        languages="nl;en;fy",
    ),
    _p(
        "Karim El Khatib",
        "kempenland-uas",
        "mentor",
        "Dean, School of Engineering",
        "Karim leads a school of 4,000 students and 300 staff. He has rebuilt the curriculum around "
        "real projects with companies and works hard to make engineering more diverse.",
        offers="leading-change;inclusive-leadership;conflict-resolution;career-planning",
        capacity=2,
        seniority=5,
        languages="nl;en;ar;fr",
    ),
    _p(
        "Ellen Timmermans",
        "kempenland-uas",
        "mentor",
        "Head of Internationalisation",
        "Ellen manages partnerships with universities in 30 countries and the arrival of 1,200 "
        "international students every year. She lived in Mexico and Indonesia for several years.",
        offers="cross-cultural-communication;international-partnerships;networking",
        capacity=3,
        seniority=4,
        languages="nl;en;es;id",
    ),
    _p(
        "Rick Hoefnagels",
        "kempenland-uas",
        "mentee",
        "Lecturer & Programme Coordinator",
        "Rick teaches mechatronics and coordinates the second year of the bachelor's programme. He "
        "enjoys teaching, but the coordination eats up his evenings.",
        needs="project-management;time-priority-management",
        seniority=2,
        context={
            "project-management": "He is responsible for the renewal of the second-year curriculum "
            "and has no idea how to plan it.",
            "time-priority-management": "He wants to get his evenings back without letting his "
            "students down.",
        },
    ),
    _p(
        "Fleur Coolen",
        "kempenland-uas",
        "mentee",
        "Researcher",
        "Fleur is researching wearable sensors for rehabilitation and is close to completing her "
        "PhD. She is wondering whether to stay in research or start a company.",
        needs="business-case:skills-mentoring;career-planning:professional-mentoring",
        seniority=2,
        context={
            "business-case": "She wants to find out whether her sensor could be the basis of a "
            "viable company.",
            "career-planning": "She wants to talk about the choice between an academic career and "
            "entrepreneurship with someone who has seen both.",
        },
    ),
    _p(
        "Mustafa Aydin",
        "kempenland-uas",
        "mentee",
        "IT Manager",
        "Mustafa manages a team of 25 that keeps the university's systems running. He was promoted "
        "from network engineer and is still getting used to spending his days in meetings.",
        needs="leading-teams;stakeholder-management:relationship-coaching",
        seniority=3,
        languages="nl;en;tr",
        context={
            "leading-teams": "He wants to give his team leaders more responsibility and stop "
            "solving every incident himself.",
            "stakeholder-management": "Faculties keep buying their own software and then expect IT "
            "to support it.",
        },
    ),
    _p(
        "Lisanne Brands",
        "kempenland-uas",
        "mentee",
        "Communications Team Lead",
        "Lisanne leads a team of six that handles the university's student recruitment and "
        "campaigns. She wants to play a bigger part in the university's strategy.",
        needs="strategic-thinking;feedback-difficult-conversations",
        seniority=3,
        context={
            "strategic-thinking": "She has been asked to help write the communication part of the "
            "university's new strategic plan.",
            "feedback-difficult-conversations": "She has to tell a team member that his role is "
            "changing after a reorganisation.",
        },
    ),
    _p(
        "Henk Verbruggen",
        "kempenland-uas",
        "mentee",
        "Senior Lecturer, Business Studies",
        "Henk has taught business studies for 25 years and ran a family printing company before that. "
        "His students use AI tools every day and he wants to understand them before he sets his next "
        "exam.",
        needs="ai-tools:skills-mentoring;collaboration-tools:skills-mentoring",
        seniority=4,
        context={
            "ai-tools": "He wants to learn what AI tools can and cannot do so that he can rethink "
            "his assignments.",
            "collaboration-tools": "He wants to run student projects in an online workspace "
            "instead of by email.",
        },
    ),
    # --- Voltaris Energy: 3 mentors, 5 mentees -----------------------------------------------
    _p(
        "Kristien Vandenberghe",
        "voltaris",
        "mentor",
        "Chief Operating Officer",
        "Kristien oversees Voltaris's grids, wind farms and solar parks across Flanders. She started "
        "as an electrical engineer at a nuclear power plant and has been a manager for twenty years.",
        offers="leading-change;decision-making;sustainability-strategy;executive-presence",
        capacity=2,
        seniority=5,
        languages="nl;fr;en",
    ),
    _p(
        "Geert Van Damme",
        "voltaris",
        "mentor",
        "Head of Grid Projects",
        "Geert leads the expansion of the high-voltage grid in Limburg and Antwerp, with projects "
        "worth half a billion euros. He has negotiated with hundreds of landowners and a few "
        "ministers.",
        offers="project-management;stakeholder-management;negotiation",
        capacity=2,
        seniority=4,
        languages="nl;fr;en",
    ),
    _p(
        "Ann Vermeersch",
        "voltaris",
        "mentor",
        "Chief Financial Officer",
        "Ann financed Voltaris's first offshore wind investment with a green bond and has been CFO for "
        "six years. Before that she was an investment banker in London.",
        offers="financial-management;fundraising-investor-relations;budgeting-forecasting;business-case",
        capacity=2,
        seniority=5,
        languages="nl;fr;en",
    ),
    _p(
        "Pieter Jacobs",
        "voltaris",
        "mentee",
        "Energy Trader",
        "Pieter trades electricity on the short-term markets and is used to making decisions in "
        "seconds. After two hectic years of price peaks he is wondering how long he wants to do this.",
        needs="resilience-wellbeing:personal-mentoring;career-planning",
        seniority=2,
        context={
            "resilience-wellbeing": "He wants to find a way to switch off after a day on the trading floor.",
            "career-planning": "He is considering a move to a more strategic role in energy markets.",
        },
    ),
    _p(
        "Sofie Mertens",
        "voltaris",
        "mentee",
        "Project Engineer, Offshore Wind",
        "Sofie works on the connection of a new offshore wind farm to the grid. She is often the only "
        "woman at the table and the youngest as well.",
        needs="public-speaking:relationship-coaching;executive-presence",
        seniority=2,
        context={
            "public-speaking": "She will present the project at an international offshore wind "
            "conference in Ostend.",
            "executive-presence": "She wants to be taken seriously in meetings with contractors "
            "who have been in the business for decades.",
        },
    ),
    _p(
        "Ruben De Smet",
        "voltaris",
        "mentee",
        "Team Lead Customer Operations",
        "Ruben leads a team of fifteen that handles connection requests from companies and "
        "households. The number of requests for solar panels and heat pumps has tripled.",
        needs="leading-teams:professional-mentoring;data-literacy",
        seniority=3,
        context={
            "leading-teams": "His team is under great pressure and he wants to keep them motivated.",
            "data-literacy": "He wants to use data to predict peaks in requests rather than react to them.",
        },
    ),
    _p(
        "Charlotte Lambert",
        "voltaris",
        "mentee",
        "Regulatory Affairs Adviser",
        "Charlotte grew up in Brussels and follows Belgian and European energy regulation for Voltaris. "
        "She writes excellent analyses that are read by too few people.",
        needs="influencing-without-authority:relationship-coaching;stakeholder-management",
        seniority=3,
        languages="fr;nl;en",
        context={
            "influencing-without-authority": "She wants her advice to weigh in decisions of the "
            "management committee.",
            "stakeholder-management": "She represents Voltaris in a sector working group with "
            "competitors and the regulator.",
        },
    ),
    _p(
        "Dries Goossens",
        "voltaris",
        "mentee",
        "Sustainability Analyst",
        "Dries joined Voltaris a year ago after a master's in environmental sciences in Ghent. He "
        "calculates the carbon footprint of the company and its suppliers.",
        needs="networking;strategic-thinking",
        seniority=1,
        context={
            "networking": "He wants to build a network of sustainability professionals outside "
            "the energy sector.",
            "strategic-thinking": "He wants to understand how his analyses feed into the company's "
            "strategic choices.",
        },
    ),
    # --- Hemera Medical: 2 mentors, 4 mentees ------------------------------------------------
    _p(
        "Luc Vanhoof",
        "hemera-medical",
        "mentor",
        "CEO & Co-founder",
        "Luc co-founded Hemera Medical in Hasselt in 2012 to develop heart-rhythm monitors. He raised "
        "sixty million euros from investors and brought the product to market in Europe and the US.",
        offers="fundraising-investor-relations;international-commercialisation;board-governance;"
        "strategic-thinking",
        capacity=2,
        seniority=5,
        languages="nl;fr;en",
    ),
    _p(
        "Veerle Stevens",
        "hemera-medical",
        "mentor",
        "VP Regulatory & Quality",
        "Veerle has guided Hemera's devices through European certification and FDA clearance. She "
        "leads a team of twelve and is known for keeping her head when an auditor finds something.",
        offers="decision-making;project-management;leading-teams",
        capacity=2,
        seniority=4,
        languages="nl;en;fr",
    ),
    _p(
        "Jonas Willaert",
        "hemera-medical",
        "mentee",
        "Clinical Affairs Manager",
        "Jonas organises clinical studies with hospitals in Belgium, Germany and Spain. He is a "
        "biomedical engineer who discovered that he likes working with doctors more than with "
        "devices.",
        needs="public-speaking:relationship-coaching;cross-cultural-communication",
        seniority=3,
        context={
            "public-speaking": "He will present the study results at a cardiology congress in Barcelona.",
            "cross-cultural-communication": "Study coordinators in Spain and Germany expect "
            "completely different things from him.",
        },
    ),
    _p(
        "Marie Leclercq",
        "hemera-medical",
        "mentee",
        "Sales Manager DACH",
        "Marie sells Hemera's monitors to hospitals in Germany, Austria and Switzerland from a home "
        "office in Eupen. She grew up speaking French and German.",
        needs="international-commercialisation:challenging-assignments;sales-key-accounts",
        seniority=3,
        languages="fr;de;en;nl",
        context={
            "international-commercialisation": "She has to double sales in Germany within two years "
            "with a team of only two.",
            "sales-key-accounts": "She wants to win a framework agreement with a large German "
            "hospital group.",
        },
    ),
    _p(
        "Tine Verhulst",
        "hemera-medical",
        "mentee",
        "R&D Engineer",
        "Tine develops the firmware of Hemera's new implantable monitor. She is one of the best "
        "engineers in the company and is not sure whether she wants to become a manager.",
        needs="career-planning:professional-mentoring;innovation-management",
        seniority=2,
        context={
            "career-planning": "She has been offered a team lead role and wants to think carefully "
            "before saying yes.",
            "innovation-management": "She wants to learn how other companies decide which "
            "technical ideas to pursue.",
        },
    ),
    _p(
        "Hamza Bouzid",
        "hemera-medical",
        "mentee",
        "Production Engineer",
        "Hamza is setting up the cleanroom production line for the new monitor. He studied in Liège "
        "and joined Hemera after three years at a pharmaceutical company.",
        needs="project-management:challenging-assignments;feedback-difficult-conversations",
        seniority=2,
        languages="fr;nl;en;ar",
        context={
            "project-management": "He is leading the production start-up, his first project with "
            "a budget and external suppliers.",
            "feedback-difficult-conversations": "He has to give feedback to an experienced operator "
            "who ignores the new procedures.",
        },
    ),
    # --- Lumisense: 1 mentor, 2 mentees, 1 both ----------------------------------------------
    _p(
        "Wouter Donkers",
        "lumisense",
        "mentor",
        "Founder & CTO",
        "Wouter spun Lumisense out of his university research group in 2021 to make photonic chips "
        "for gas sensing. He has raised two seed rounds and knows every incubator in the region.",
        offers="innovation-management;fundraising-investor-relations;business-development",
        capacity=2,
        seniority=4,
    ),
    _p(
        "Nina Habraken",
        "lumisense",
        "mentee",
        "Business Developer",
        "Nina is Lumisense's first commercial hire and talks to industrial customers about pilot "
        "projects. She previously sold laboratory equipment.",
        needs="negotiation:relationship-coaching;international-commercialisation",
        seniority=2,
        context={
            "negotiation": "She is negotiating the first paid pilot with a chemical company and "
            "does not want to give away too much.",
            "international-commercialisation": "Most potential customers are in Germany and the US "
            "and she wants to know where to start.",
        },
    ),
    _p(
        "Luca Romano",
        "lumisense",
        "mentee",
        "Photonics Engineer",
        "Luca came from Turin to do a PhD in Eindhoven and stayed for the start-up. He designs the "
        "chips and often explains the technology to investors.",
        needs="public-speaking:relationship-coaching;career-planning",
        seniority=2,
        languages="it;en;nl",
        context={
            "public-speaking": "He wants to pitch the technology to investors in a way they "
            "understand in five minutes.",
            "career-planning": "He wants to think about his future: start-up, large company or "
            "back to research.",
        },
    ),
    _p(
        "Emma Schouten",
        "lumisense",
        "both",
        "Operations & Finance Lead",
        "Emma keeps Lumisense running, from the books to the cleanroom booking system. She set up all "
        "of the company's online tools herself and is happy to share what works.",
        offers="collaboration-tools;time-priority-management",
        needs="financial-management:skills-mentoring;public-funding-tenders",
        capacity=1,
        seniority=3,
        context={
            "financial-management": "She wants to build a proper financial model now that the "
            "company is preparing a Series A.",
            "public-funding-tenders": "She wants to apply for an innovation credit and a European "
            "grant in the same year.",
        },
    ),
]

REGIONAL = {
    "slug": "regional-crossings-2026",
    "name": "Kempenpoort Crossings 2026",
    "kind": "one-to-one",
    "description": (
        "A twelve-month cross-company mentoring cohort run by the Kempenpoort Regional Development "
        "Agency for organisations in the Dutch-Belgian Kempen region. Every mentor comes from another "
        "organisation; mentor and mentee meet at least once a month, with quarterly check-ins and a "
        "closing event in December. Kempen Cargo and Trilogis are competitors and are not paired."
    ),
    "cross_country": False,
    "exclude_competitors": True,
    "max_mentors_per_mentee": 1,
    "organisations": _REGIONAL_ORGANISATIONS,
    "people": _REGIONAL_PEOPLE,
}

# ---------------------------------------------------------------------------------------------
# Cross-country women-leadership cohort
# ---------------------------------------------------------------------------------------------

_WOMEN_LEADERSHIP_ORGANISATIONS = [
    _org("iberluz", "Iberluz Energía", "ES", "Energy utilities", "iberluz"),
    _org("banco-alameda", "Banco Alameda", "ES", "Banking", "bancoalameda"),
    _org("polderwerk", "Polderwerk Engineering", "NL", "Civil engineering", "polderwerk"),
    _org(
        "rheinfeld", "Rheinfeld Automotive", "DE", "Automotive supplier", "rheinfeld", competitors="torrelli"
    ),
    _org("isarmed", "Isarmed Pharma", "DE", "Pharmaceuticals", "isarmed"),
    _org("ondine", "Ondine Cosmétiques", "FR", "Cosmetics", "ondine"),
    _org("azurel", "Azurel Télécom", "FR", "Telecommunications", "azurel"),
    _org(
        "torrelli", "Torrelli Meccanica", "IT", "Automotive components", "torrelli", competitors="rheinfeld"
    ),
]

_WOMEN_LEADERSHIP_PEOPLE = [
    # --- Iberluz Energía (Madrid) ------------------------------------------------------------
    _p(
        "Carmen Navarro Gil",
        "iberluz",
        "mentor",
        "Director of Renewable Generation",
        "Carmen runs 3 GW of wind and solar capacity across Castile and Andalusia. She joined Iberluz "
        "as a junior engineer at a coal plant in León and later led its closure and the retraining of "
        "its staff.",
        offers="leading-change;sustainability-strategy;executive-presence;decision-making",
        capacity=2,
        seniority=5,
        languages="es;en;pt",
        surname="Navarro",
    ),
    _p(
        "Pilar Domínguez Soto",
        "iberluz",
        "mentor",
        "Chief People Officer",
        "Pilar has been Iberluz's head of people for seven years and raised the share of women in "
        "management from 18 to 34 percent. She began her career as a labour lawyer in Seville.",
        offers="talent-recruitment-retention;inclusive-leadership;coaching-developing-others;career-planning;"
        "confidential-conversations",
        capacity=2,
        seniority=5,
        languages="es;en;fr",
        surname="Dominguez",
    ),
    _p(
        "Lucía Ortega Ruiz",
        "iberluz",
        "mentee",
        "Grid Planning Team Lead",
        "Lucía leads eight engineers who plan where new solar parks can connect to the grid. She is "
        "technically excellent and has just been asked to represent Iberluz in a national working "
        "group.",
        needs="executive-presence:professional-mentoring;negotiation",
        seniority=3,
        languages="es;en",
        surname="Ortega",
        context={
            "executive-presence": "In the national working group she is the youngest member and "
            "wants her interventions to carry weight.",
            "negotiation": "She negotiates connection capacity with the grid operator, which often "
            "turns into a tug of war.",
        },
    ),
    _p(
        "Marta Iglesias Vidal",
        "iberluz",
        "mentee",
        "Regulatory Affairs Manager",
        "Marta follows Spanish and EU energy regulation and prepares Iberluz's responses to "
        "consultations. She is known for her sharp memos and wants to move closer to strategy.",
        needs="strategic-thinking;influencing-without-authority:relationship-coaching",
        seniority=3,
        languages="es;en;fr",
        surname="Iglesias",
        context={
            "strategic-thinking": "She wants to translate regulatory trends into strategic options "
            "for the executive committee.",
            "influencing-without-authority": "Business units often ignore her warnings until it is too late.",
        },
    ),
    _p(
        "Nerea Etxeberria Arana",
        "iberluz",
        "mentee",
        "Digital Product Owner",
        "Nerea is from Bilbao and owns the app that 900,000 Iberluz customers use to track their "
        "consumption. She came from a fintech start-up and is new to a large, hierarchical company.",
        needs="stakeholder-management;career-planning:professional-mentoring",
        seniority=2,
        languages="es;eu;en",
        surname="Etxeberria",
        context={
            "stakeholder-management": "Six departments have a say in her app and she needs faster decisions.",
            "career-planning": "She wants to know whether a large corporate is the right place for "
            "her ambitions.",
        },
    ),
    # --- Banco Alameda (Valencia) ------------------------------------------------------------
    _p(
        "Isabel Ferrer Llopis",
        "banco-alameda",
        "mentor",
        "Chief Risk Officer",
        "Isabel is the first woman on Banco Alameda's management committee and steered the bank through "
        "the integration of two regional savings banks. She also sits on the board of a Valencian "
        "university foundation.",
        offers="board-governance;decision-making;financial-management",
        capacity=1,
        seniority=5,
        languages="es;ca;en",
        surname="Ferrer",
    ),
    _p(
        "Rocío Campos Herrera",
        "banco-alameda",
        "mentor",
        "Head of Corporate Banking",
        "Rocío manages relationships with the bank's largest corporate clients, from citrus exporters "
        "to ceramic tile makers. She spent five years at an investment bank in London.",
        offers="negotiation;networking;sales-key-accounts;executive-presence",
        capacity=2,
        seniority=4,
        languages="es;en",
        surname="Campos",
    ),
    _p(
        "Elena Morales Castro",
        "banco-alameda",
        "mentee",
        "Branch Network Manager",
        "Elena oversees 40 branches in the province of Alicante and must close a quarter of them in "
        "the next two years. She has been with the bank for sixteen years.",
        needs="leading-change:challenging-assignments;resilience-wellbeing",
        seniority=3,
        languages="es;ca;en",
        surname="Morales",
        context={
            "leading-change": "She has to close ten branches while keeping staff and elderly "
            "customers on board.",
            "resilience-wellbeing": "The closures weigh on her personally and she wants to keep her "
            "energy up.",
        },
    ),
    _p(
        "Cristina Pons Sanchis",
        "banco-alameda",
        "mentee",
        "Compliance Lead",
        "Cristina leads a team of five that monitors payments for money laundering. She is a lawyer "
        "and wants to prepare for a role on a management committee.",
        needs="board-governance;public-speaking",
        seniority=2,
        languages="es;ca;en;it",
        surname="Pons",
        context={
            "board-governance": "She will start reporting to the bank's audit committee and wants "
            "to understand how a board thinks.",
            "public-speaking": "She finds it hard to present to senior audiences without reading her notes.",
        },
    ),
    _p(
        "Laura Benítez Roca",
        "banco-alameda",
        "mentee",
        "Data & Analytics Manager",
        "Laura built the bank's first customer analytics team. She is a mathematician who wants her "
        "models to change business decisions, not just produce reports.",
        needs="influencing-without-authority;leading-teams:professional-mentoring",
        seniority=3,
        languages="es;en",
        surname="Benitez",
        context={
            "influencing-without-authority": "Commercial directors like her insights but rarely act on them.",
            "leading-teams": "Her team is growing from four to twelve people this year.",
        },
    ),
    # --- Polderwerk Engineering (Rotterdam) ---------------------------------------------------
    _p(
        "Annelies de Jong",
        "polderwerk",
        "mentor",
        "Director Infrastructure Projects",
        "Annelies leads Polderwerk's portfolio of bridge, lock and flood-defence projects worth 1.2 "
        "billion euros. She has worked on water projects in Bangladesh, Vietnam and New Orleans.",
        offers="project-management;stakeholder-management;leading-teams;public-speaking",
        capacity=2,
        seniority=5,
        languages="nl;en;de",
    ),
    _p(
        "Marloes Visser",
        "polderwerk",
        "mentor",
        "Chief Financial Officer",
        "Marloes joined Polderwerk as CFO after twelve years at a major accounting firm. She also "
        "chairs the supervisory board of a housing association in Delft.",
        offers="financial-management;finance-for-non-financials;board-governance;business-case",
        capacity=3,
        seniority=5,
        languages="nl;en;fr",
    ),
    _p(
        "Noor van der Meer",
        "polderwerk",
        "mentee",
        "Senior Project Engineer",
        "Noor is the technical lead on the renovation of a large sea lock. She is the only woman in a "
        "project team of forty and is often mistaken for the minute-taker.",
        needs="executive-presence;conflict-resolution",
        seniority=3,
        context={
            "executive-presence": "She wants to lead project meetings with authority from the first minute.",
            "conflict-resolution": "The contractor and the client's engineers are in constant "
            "conflict about delays.",
        },
    ),
    _p(
        "Saskia Brinkman",
        "polderwerk",
        "mentee",
        "Tender Manager",
        "Saskia leads Polderwerk's bids for public infrastructure contracts. She has won three large "
        "tenders in a row and wants to move towards a commercial director role.",
        needs="strategic-thinking;networking:professional-mentoring",
        seniority=3,
        context={
            "strategic-thinking": "She wants to decide which tenders to pursue based on strategy "
            "rather than availability.",
            "networking": "She wants to build relationships with public clients outside of "
            "tender procedures.",
        },
    ),
    _p(
        "Femke Mulder",
        "polderwerk",
        "mentee",
        "Team Lead Hydraulic Design",
        "Femke leads a team of six hydraulic engineers. She is a mother of two young children and "
        "works four days a week, which she does not want to be a barrier to promotion.",
        needs="time-priority-management;career-planning:professional-mentoring",
        seniority=2,
        languages="nl;en",
        context={
            "time-priority-management": "She wants to make her four-day week work without "
            "answering emails in the evening.",
            "career-planning": "She wants to talk to a senior woman who combined a career and a family.",
        },
    ),
    # --- Rheinfeld Automotive (Stuttgart) -----------------------------------------------------
    _p(
        "Katrin Hoffmann",
        "rheinfeld",
        "mentor",
        "VP Purchasing",
        "Katrin buys components worth two billion euros a year from suppliers in 25 countries. She "
        "spent three years in Shanghai setting up Rheinfeld's Asian sourcing office.",
        offers="negotiation;global-supply-chains;cross-cultural-communication;influencing-without-authority",
        capacity=2,
        seniority=5,
        languages="de;en;zh",
    ),
    _p(
        "Sabine Weber",
        "rheinfeld",
        "mentor",
        "Plant Director",
        "Sabine runs Rheinfeld's largest plant with 2,300 employees and is converting it from "
        "combustion engine parts to electric drive units. She trained as an industrial mechanic "
        "before studying engineering.",
        offers="leading-teams;leading-change;resilience-wellbeing;conflict-resolution",
        capacity=2,
        seniority=5,
        languages="de;en",
    ),
    _p(
        "Julia Becker",
        "rheinfeld",
        "mentee",
        "Quality Engineering Team Lead",
        "Julia leads a team of ten quality engineers in the battery housing line. She is pragmatic, "
        "well liked and wants to move into plant management one day.",
        needs="leading-change;decision-making:professional-mentoring",
        seniority=3,
        languages="de;en",
        context={
            "leading-change": "Her team has to adopt new inspection methods for electric drive "
            "parts this year.",
            "decision-making": "She wants to make faster decisions on quality stops without "
            "escalating everything.",
        },
    ),
    _p(
        "Anna Schröder",
        "rheinfeld",
        "mentee",
        "Product Manager E-Mobility",
        "Anna is responsible for a new range of charging components. She worked at a start-up in "
        "Berlin before joining Rheinfeld and sometimes finds the pace frustrating.",
        needs="innovation-management;public-speaking:relationship-coaching",
        seniority=2,
        languages="de;en;fr",
        context={
            "innovation-management": "She wants to bring start-up habits to a large company without "
            "making enemies.",
            "public-speaking": "She will present the new range to car makers at the IAA trade fair.",
        },
    ),
    _p(
        "Lena Fischer",
        "rheinfeld",
        "mentee",
        "HR Business Partner",
        "Lena supports the managers of the Stuttgart plant through a difficult restructuring. She "
        "studied psychology in Heidelberg.",
        needs="confidential-conversations:personal-mentoring;inclusive-leadership",
        seniority=2,
        languages="de;en",
        context={
            "confidential-conversations": "She holds many conversations with employees who are "
            "losing their jobs and wants to do so with care.",
            "inclusive-leadership": "She is setting up a programme to get more women into team "
            "lead positions on the shop floor.",
        },
    ),
    # --- Isarmed Pharma (Munich) --------------------------------------------------------------
    _p(
        "Claudia Wagner",
        "isarmed",
        "mentor",
        "Head of Clinical Development",
        "Claudia has brought four medicines through clinical trials to approval and leads 200 people "
        "across Munich and Boston. She is a physician by training and a frequent keynote speaker.",
        offers="strategic-thinking;public-speaking;innovation-management;career-planning",
        capacity=2,
        seniority=5,
        languages="de;en",
    ),
    _p(
        "Birgit Lehmann",
        "isarmed",
        "mentor",
        "General Counsel",
        "Birgit heads Isarmed's legal department and has negotiated licensing deals with partners in "
        "Japan and the US. She is also trained as a mediator.",
        offers="confidential-conversations;negotiation;conflict-resolution",
        capacity=1,
        seniority=4,
        languages="de;en;fr",
    ),
    _p(
        "Miriam Schulz",
        "isarmed",
        "mentee",
        "Medical Affairs Manager",
        "Miriam works with doctors and patient organisations on Isarmed's rare disease medicines. She "
        "is a pharmacist and wants to grow into a leadership role in Europe.",
        needs="cross-cultural-communication;executive-presence",
        seniority=3,
        languages="de;en;es",
        context={
            "cross-cultural-communication": "She is about to coordinate colleagues in eight European "
            "countries.",
            "executive-presence": "She will present to the European leadership team for the first "
            "time this year.",
        },
    ),
    _p(
        "Theresa Huber",
        "isarmed",
        "mentee",
        "Market Access Manager",
        "Theresa negotiates prices and reimbursement with German health insurers. She grew up on a "
        "farm in Lower Bavaria and was the first in her family to go to university.",
        needs="negotiation:relationship-coaching;networking",
        seniority=3,
        languages="de;en",
        context={
            "negotiation": "She is preparing the price negotiation for a new medicine with the "
            "national association of health insurers.",
            "networking": "She wants a network of senior women outside pharma.",
        },
    ),
    _p(
        "Hannah Keller",
        "isarmed",
        "mentee",
        "Laboratory Team Lead",
        "Hannah leads a team of twelve analytical chemists. She was promoted last year and is still "
        "finding the balance between lab work and management.",
        needs="leading-teams:professional-mentoring;feedback-difficult-conversations",
        seniority=2,
        languages="de;en",
        context={
            "leading-teams": "She wants to stop doing her team's analyses herself.",
            "feedback-difficult-conversations": "She has to tell a senior chemist that his "
            "documentation is not good enough for the auditors.",
        },
    ),
    # --- Ondine Cosmétiques (Lyon) ------------------------------------------------------------
    _p(
        "Sophie Marchand",
        "ondine",
        "mentor",
        "Chief Marketing Officer",
        "Sophie repositioned Ondine from a pharmacy brand into a skincare label sold in 40 countries. "
        "She is active on LinkedIn with 30,000 followers and teaches brand strategy at a Lyon business "
        "school.",
        offers="marketing-positioning;social-media-personal-branding;executive-presence;public-speaking",
        capacity=2,
        seniority=5,
        languages="fr;en;it",
    ),
    _p(
        "Hélène Rousseau",
        "ondine",
        "mentor",
        "Director of International Sales",
        "Hélène opened Ondine's markets in Asia and the Middle East and now manages 14 distributors. "
        "She lived in Seoul and Dubai for several years.",
        offers="international-commercialisation;export-market-entry;cross-cultural-communication;networking",
        capacity=1,
        seniority=5,
        languages="fr;en;ko",
    ),
    _p(
        "Camille Lefèvre",
        "ondine",
        "mentee",
        "Brand Manager",
        "Camille manages Ondine's sun care range. She is creative and ambitious and wants to "
        "understand the financial side of her brand better.",
        needs="finance-for-non-financials:skills-mentoring;executive-presence",
        seniority=2,
        languages="fr;en",
        context={
            "finance-for-non-financials": "She wants to defend her brand budget with figures, not "
            "only with creative ideas.",
            "executive-presence": "She wants to come across as confident when presenting to the "
            "executive committee.",
        },
    ),
    _p(
        "Léa Moreau",
        "ondine",
        "mentee",
        "Supply Chain Manager",
        "Léa is responsible for getting raw materials from 30 suppliers to the factory near Lyon. "
        "She has had a turbulent two years with shortages of packaging and natural oils.",
        needs="global-supply-chains:challenging-assignments;negotiation",
        seniority=3,
        languages="fr;en;es",
        context={
            "global-supply-chains": "She is leading a project to reduce dependency on suppliers in Asia.",
            "negotiation": "She wants to negotiate better terms with large packaging suppliers.",
        },
    ),
    _p(
        "Inès Haddou",
        "ondine",
        "mentee",
        "Formulation Scientist Team Lead",
        "Inès leads a team of five chemists who develop new skincare formulas. She has a PhD from "
        "Montpellier and three patents to her name.",
        needs="leading-teams;career-planning:professional-mentoring",
        seniority=2,
        languages="fr;en;ar",
        context={
            "leading-teams": "She wants to lead her team without losing touch with the lab.",
            "career-planning": "She wonders whether to go for an R&D director role or stay close to science.",
        },
    ),
    # --- Azurel Télécom (Paris) ---------------------------------------------------------------
    _p(
        "Nathalie Girard",
        "azurel",
        "mentor",
        "Chief Technology Officer",
        "Nathalie leads Azurel's network and IT organisation of 3,000 people and oversaw the rollout "
        "of 5G across France. She is a founding member of a network for women in tech in Paris.",
        offers="digital-transformation;inclusive-leadership;strategic-thinking;innovation-management;ai-tools",
        capacity=2,
        seniority=5,
        languages="fr;en",
    ),
    _p(
        "Valérie Dupont",
        "azurel",
        "mentor",
        "Director of Customer Operations",
        "Valérie manages Azurel's call centres and shops, with 4,500 employees in France and Morocco. "
        "She started as a call centre agent 25 years ago.",
        offers="leading-teams;feedback-difficult-conversations;time-priority-management;resilience-wellbeing",
        capacity=2,
        seniority=4,
        languages="fr;en;es",
    ),
    _p(
        "Claire Bernard",
        "azurel",
        "mentee",
        "Network Project Manager",
        "Claire leads fibre-optic rollout projects in rural areas of the south of France. She manages "
        "dozens of subcontractors and mayors.",
        needs="stakeholder-management:relationship-coaching;project-management",
        seniority=3,
        languages="fr;en",
        context={
            "stakeholder-management": "Local mayors expect her to solve problems that lie outside "
            "her project.",
            "project-management": "She wants better control over a programme of 40 parallel "
            "construction sites.",
        },
    ),
    _p(
        "Manon Petit",
        "azurel",
        "mentee",
        "Cybersecurity Team Lead",
        "Manon leads Azurel's security operations team. She is one of very few women in the field "
        "and is regularly asked to speak at events.",
        needs="public-speaking:relationship-coaching;leading-teams",
        seniority=2,
        languages="fr;en",
        context={
            "public-speaking": "She will give a keynote at a European cybersecurity conference.",
            "leading-teams": "Her team works in shifts around the clock and she wants to prevent burnout.",
        },
    ),
    _p(
        "Aurélie Garnier",
        "azurel",
        "mentee",
        "B2B Sales Manager",
        "Aurélie sells connectivity and cloud services to mid-sized companies. She wants to move "
        "into international sales.",
        needs="cross-cultural-communication;negotiation:relationship-coaching",
        seniority=3,
        languages="fr;en;de",
        context={
            "cross-cultural-communication": "She wants to prepare for a role in Azurel's "
            "international business unit, selling to clients across Europe.",
            "negotiation": "She is negotiating a three-year contract with a large retail chain.",
        },
    ),
    # --- Torrelli Meccanica (Turin) -----------------------------------------------------------
    _p(
        "Francesca Bianchi",
        "torrelli",
        "mentor",
        "Chief Operating Officer",
        "Francesca runs Torrelli's six plants in Piedmont, Poland and Mexico. She is the first COO in "
        "the company's hundred-year history who is not a member of the founding family.",
        offers="leading-change;decision-making;strategic-thinking;board-governance",
        capacity=2,
        seniority=5,
        languages="it;en;es",
    ),
    _p(
        "Giulia Ferraro",
        "torrelli",
        "mentor",
        "Head of R&D",
        "Giulia leads 150 engineers who develop brake and suspension components. She holds a PhD from "
        "the Politecnico di Torino and was a visiting researcher in Detroit.",
        offers="innovation-management;influencing-without-authority;career-planning",
        capacity=1,
        seniority=4,
        languages="it;en;de",
    ),
    _p(
        "Chiara Colombo",
        "torrelli",
        "mentee",
        "Production Planning Manager",
        "Chiara plans production for three plants and is the contact person for all customers about "
        "delivery dates. She has been with Torrelli for ten years.",
        needs="decision-making;resilience-wellbeing:personal-mentoring",
        seniority=3,
        languages="it;en",
        context={
            "decision-making": "She has to make quick allocation decisions when capacity is short.",
            "resilience-wellbeing": "The constant pressure from customers is wearing her out.",
        },
    ),
    _p(
        "Sara Ricci",
        "torrelli",
        "mentee",
        "Controller",
        "Sara is a controller for the Polish plant and travels between Turin and Katowice. She wants "
        "to grow into a finance director role.",
        needs="financial-management;career-planning:professional-mentoring",
        seniority=2,
        languages="it;en;pl",
        context={
            "financial-management": "She wants to broaden her view from plant controlling to the "
            "finances of the whole company.",
            "career-planning": "She wants to plan the steps towards a finance director position.",
        },
    ),
    _p(
        "Valentina Greco",
        "torrelli",
        "mentee",
        "Export Sales Manager",
        "Valentina sells Torrelli's components to car makers in France and Spain. She is from Naples "
        "and moved north for her career.",
        needs="export-market-entry;executive-presence",
        seniority=3,
        languages="it;en;fr;es",
        context={
            "export-market-entry": "Torrelli wants to enter the Moroccan market and she is leading "
            "the first steps.",
            "executive-presence": "She wants to present more convincingly to the purchasing boards "
            "of large car makers.",
        },
    ),
]

WOMEN_LEADERSHIP = {
    "slug": "women-leadership-2026",
    "name": "Women Leading Across Borders 2026",
    "kind": "cross-country",
    "description": (
        "A ten-month cohort for women moving into senior management, run by a network of eight "
        "European employers. Every mentee is paired with a senior woman leader from another "
        "organisation and another country, to learn from a different business culture. Meetings are "
        "mostly online in English, with two in-person gatherings in Madrid and Lyon."
    ),
    "cross_country": True,
    "exclude_competitors": True,
    "max_mentors_per_mentee": 1,
    "organisations": _WOMEN_LEADERSHIP_ORGANISATIONS,
    "people": _WOMEN_LEADERSHIP_PEOPLE,
}

PROGRAMMES = [REGIONAL, WOMEN_LEADERSHIP]

DEMO_LOGINS = {
    "manager": {"email": "manager@crossmentor.example", "name": "Annelot Verhoef"},
    "coordinator": {
        "email": "petra.scheepers@novalith.example",
        "name": "Petra Scheepers",
        "organisation": "novalith",
    },
    "mentor": {"email": "annemiek.roijakkers@dommelstede.example", "name": "Annemiek Roijakkers"},
    "mentee": {"email": "lieke.peters@novalith.example", "name": "Lieke Peters"},
    "admin": {"email": "admin@crossmentor.example", "name": "Platform Admin"},
}


def _check() -> None:
    import re
    import sys
    from collections import Counter
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from programmes.catalogue import COMPETENCE_SLUGS, MENTORING_FUNCTION_SLUGS

    problems = []
    all_emails = Counter()
    all_keys = Counter()
    language_code = re.compile(r"[a-z]{2}")
    for programme in PROGRAMMES:
        slug = programme["slug"]
        organisations = {org["key"]: org for org in programme["organisations"]}
        all_keys.update(org["key"] for org in programme["organisations"])
        for org in programme["organisations"]:
            if not re.fullmatch(r"[A-Z]{2}", org["country"]) or org["country"] not in _TIMEZONES:
                problems.append(f"{slug}: {org['key']} has country {org['country']!r}")
            for competitor in filter(None, org["competitors"].split(";")):
                if competitor not in organisations or competitor == org["key"]:
                    problems.append(f"{slug}: {org['key']} names unknown competitor {competitor!r}")
                elif org["key"] not in organisations[competitor]["competitors"].split(";"):
                    problems.append(f"{slug}: competitors {org['key']}/{competitor} not symmetric")
        roles = Counter()
        offered = Counter()
        for person in programme["people"]:
            email = person["email"]
            all_emails[email] += 1
            roles[person["role"]] += 1
            where = f"{slug}: {email}"
            if person["organisation"] not in organisations:
                problems.append(f"{where}: unknown organisation {person['organisation']!r}")
            if not re.fullmatch(r"[a-z0-9-]+\.[a-z0-9-]+@[a-z0-9-]+\.example", email):
                problems.append(f"{where}: malformed email")
            if person["timezone"] != _TIMEZONES.get(person["country"]):
                problems.append(f"{where}: timezone {person['timezone']} for {person['country']}")
            if not all(language_code.fullmatch(code) for code in person["languages"].split(";")):
                problems.append(f"{where}: languages {person['languages']!r}")
            if programme["cross_country"] and "en" not in person["languages"].split(";"):
                problems.append(f"{where}: no English in a cross-country programme")
            if person["role"] not in ("mentor", "mentee", "both"):
                problems.append(f"{where}: role {person['role']!r}")
            if not 1 <= int(person["seniority"]) <= 5:
                problems.append(f"{where}: seniority {person['seniority']}")
            offers = list(filter(None, person["offers"].split(";")))
            needs = [need.partition(":") for need in filter(None, person["needs"].split(";"))]
            need_slugs = [need_slug for need_slug, _sep, _function in needs]
            is_mentor = person["role"] in ("mentor", "both")
            is_mentee = person["role"] in ("mentee", "both")
            if is_mentor != bool(offers) or is_mentee != bool(needs):
                problems.append(f"{where}: offers/needs do not fit role {person['role']}")
            if is_mentor and not 1 <= int(person["capacity"]) <= 3:
                problems.append(f"{where}: capacity {person['capacity']!r}")
            if not is_mentor and person["capacity"]:
                problems.append(f"{where}: a mentee has a capacity")
            for competence in offers + need_slugs:
                if competence not in COMPETENCE_SLUGS:
                    problems.append(f"{where}: unknown competence {competence!r}")
            for need_slug, _sep, function in needs:
                if function and function not in MENTORING_FUNCTION_SLUGS:
                    problems.append(f"{where}: unknown function {function!r} for {need_slug}")
            if len(set(need_slugs)) != len(need_slugs) or len(set(offers)) != len(offers):
                problems.append(f"{where}: a competence is listed twice")
            profile = PROFILES.get(email)
            if not profile or not profile["job_title"] or not profile["bio"]:
                problems.append(f"{where}: missing profile")
            elif set(profile["need_context"]) != set(need_slugs):
                problems.append(f"{where}: need_context does not match needs")
            elif any(len(text) > 500 for text in profile["need_context"].values()):
                problems.append(f"{where}: need context over 500 characters")
            if is_mentor:
                offered.update((competence, person["organisation"]) for competence in offers)
        # Every need can be met by a mentor from another, non-competing organisation.
        for person in programme["people"]:
            if person["role"] == "mentor":
                continue
            org = organisations[person["organisation"]]
            excluded = {org["key"]}
            if programme["exclude_competitors"]:
                excluded.update(filter(None, org["competitors"].split(";")))
            if programme["cross_country"]:
                excluded.update(
                    key for key, other in organisations.items() if other["country"] == org["country"]
                )
            for need in filter(None, person["needs"].split(";")):
                competence = need.partition(":")[0]
                if not any(offered[competence, key] for key in organisations if key not in excluded):
                    problems.append(f"{slug}: nobody eligible offers {competence} to {person['email']}")
        mentee_count = roles["mentee"] + roles["both"]
        capacity = sum(int(p["capacity"] or 0) for p in programme["people"])
        countries = sorted({org["country"] for org in programme["organisations"]})
        print(
            f"{slug}: {len(organisations)} organisations in {len(countries)} countries {countries}, "
            f"{len(programme['people'])} people ({roles['mentor']} mentors, {roles['mentee']} mentees, "
            f"{roles['both']} both), mentor capacity {capacity} for {mentee_count} mentees"
        )
        demand = Counter(
            need.partition(":")[0]
            for person in programme["people"]
            for need in filter(None, person["needs"].split(";"))
        )
        print("  most asked:", ", ".join(f"{name} {count}" for name, count in demand.most_common(6)))
    for email, count in all_emails.items():
        if count > 1:
            problems.append(f"email used {count} times: {email}")
    for key, count in all_keys.items():
        if count > 1:
            problems.append(f"organisation key used {count} times: {key}")
    if set(PROFILES) != set(all_emails):
        problems.append("PROFILES and people do not have the same emails")
    regional_keys = {org["key"] for org in REGIONAL["organisations"]}
    for role in ("mentor", "mentee"):
        login = DEMO_LOGINS[role]
        person = next((p for p in REGIONAL["people"] if p["email"] == login["email"]), None)
        if person is None or person["name"] != login["name"] or role not in (person["role"], "both"):
            problems.append(f"demo {role} login {login['email']} is not a regional {role}")
    for role in ("manager", "coordinator", "admin"):
        if DEMO_LOGINS[role]["email"] in all_emails:
            problems.append(f"demo {role} login must not be a participant")
    if DEMO_LOGINS["coordinator"]["organisation"] not in regional_keys:
        problems.append("demo coordinator's organisation is not a regional organisation")
    print(f"{len(all_emails)} people, {len(all_keys)} organisations, {len(PROFILES)} profiles")
    if problems:
        print(f"{len(problems)} problem(s):")
        for problem in problems:
            print("  -", problem)
        raise SystemExit(1)
    print("OK")


if __name__ == "__main__":
    _check()
