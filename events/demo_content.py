"""Demo texts for the event calendars.

Facts (names, dates, places) come from ../shared/facts/key_dates.yaml; every sentence is written
for this project. The "Events" calendar adds meetings after the demo's today (23 November 2026):
plausible, and marked as to be confirmed wherever the dates or place are not certain.

Event keys: start/end (ISO dates), precision (day, month, year), tbc (dates, location), format
(in_person by default, online, hybrid), city, country, venue, category, organiser, topics,
intro, body (HTML), times ("HH:MM", "HH:MM") with time_zone.
"""

GOVERNANCE = "internet-governance"
ACCESS = "access"

CATEGORIES = [
    {
        "slug": "un-meetings",
        "name": {
            "en": "UN meetings",
            "fr": "Réunions de l'ONU",
            "es": "Reuniones de la ONU",
            "ar": "اجتماعات الأمم المتحدة",
            "ru": "Заседания ООН",
            "zh_hans": "联合国会议",
            "pt": "Reuniões da ONU",
        },
    },
    {
        "slug": "icann",
        "name": {
            "en": "ICANN meetings",
            "fr": "Réunions de l'ICANN",
            "es": "Reuniones de la ICANN",
            "ar": "اجتماعات الآيكان",
            "ru": "Встречи ICANN",
            "zh_hans": "ICANN 会议",
            "pt": "Reuniões da ICANN",
        },
    },
    {
        "slug": "regional-preparatory",
        "name": {
            "en": "Regional preparatory meetings",
            "fr": "Réunions préparatoires régionales",
            "es": "Reuniones preparatorias regionales",
            "ar": "اجتماعات تحضيرية إقليمية",
            "ru": "Региональные подготовительные совещания",
            "zh_hans": "区域筹备会议",
            "pt": "Reuniões preparatórias regionais",
        },
    },
    {
        "slug": "multistakeholder-forums",
        "name": {
            "en": "Multistakeholder forums",
            "fr": "Forums multipartites",
            "es": "Foros de múltiples partes interesadas",
            "ar": "منتديات أصحاب المصلحة المتعددين",
            "ru": "Многосторонние форумы",
            "zh_hans": "多利益相关方论坛",
            "pt": "Fóruns multissetoriais",
        },
    },
    {
        "slug": "briefings",
        "name": {
            "en": "Briefings and webinars",
            "fr": "Points d'information et webinaires",
            "es": "Sesiones informativas y seminarios web",
            "ar": "إحاطات وندوات عبر الإنترنت",
            "ru": "Брифинги и вебинары",
            "zh_hans": "情况介绍会和网络研讨会",
            "pt": "Briefings e webinars",
        },
    },
]

# The time zone of each host city, so that "upcoming" ends at midnight there.
TIME_ZONES = {
    "Lima": "America/Lima",
    "Geneva": "Europe/Zurich",
    "Paris": "Europe/Paris",
    "Beijing": "Asia/Shanghai",
    "Durban": "Africa/Johannesburg",
    "Bali": "Asia/Makassar",
    "Busan": "Asia/Seoul",
    "Nairobi": "Africa/Nairobi",
    "São Paulo": "America/Sao_Paulo",
    "Gdansk": "Europe/Warsaw",
    "Panama City": "America/Panama",
    "João Pessoa": "America/Fortaleza",
    "Bangkok": "Asia/Bangkok",
    "New Delhi": "Asia/Kolkata",
    "Riyadh": "Asia/Riyadh",
    "Doha": "Asia/Qatar",
}

UPCOMING = {
    "slug": "events",
    "title": "Events",
    "show_in_menus": True,
    "intro": "Meetings coming up where the rules of the internet are negotiated. Dates marked as "
    "to be confirmed are the best we know: check with the organiser before you travel.",
    "topics": [GOVERNANCE],
    "events": [
        {
            "title": "ITU Plenipotentiary Conference (PP-26)",
            "start": "2026-11-09",
            "end": "2026-11-27",
            "tbc": ["dates"],
            "city": "Doha",
            "country": "QA",
            "category": "un-meetings",
            "organiser": "ITU",
            "topics": [GOVERNANCE],
            "intro": "ITU's member states meet once every four years to elect the union's "
            "leaders and agree its strategy; this time the conference is in Doha.",
            "body": "<p>Proposals on internet-related resolutions are negotiated in committees "
            "and often settled late at night. We follow the drafts and publish what changes.</p>",
        },
        {
            "title": "Open call: what PP-26 decided",
            "start": "2026-12-10",
            "format": "online",
            "times": ("15:00", "16:00"),
            "time_zone": "UTC",
            "category": "briefings",
            "organiser": "Open Internet Campaigns",
            "topics": [GOVERNANCE],
            "intro": "A one-hour online call to go through the conference's outcomes and what "
            "they mean for campaigns next year. Everyone is welcome.",
        },
        {
            "title": "ICANN88 Community Forum",
            "start": "2027-03-01",
            "precision": "month",
            "tbc": ["dates", "location"],
            "category": "icann",
            "organiser": "ICANN",
            "topics": [GOVERNANCE],
            "intro": "ICANN's first public meeting of 2027. The host city and exact dates have "
            "not been announced yet.",
        },
        {
            "title": "CSTD 30th session",
            "start": "2027-04-12",
            "end": "2027-04-16",
            "tbc": ["dates"],
            "city": "Geneva",
            "country": "CH",
            "category": "un-meetings",
            "organiser": "UN Commission on Science and Technology for Development",
            "topics": [GOVERNANCE, ACCESS],
            "intro": "The commission's yearly session, where governments look at how the "
            "information society summit's goals are being followed up.",
        },
        {
            "title": "WSIS Forum 2027",
            "start": "2027-05-01",
            "precision": "month",
            "tbc": ["dates"],
            "city": "Geneva",
            "country": "CH",
            "format": "hybrid",
            "category": "un-meetings",
            "organiser": "ITU",
            "topics": [GOVERNANCE, ACCESS],
            "intro": "The yearly gathering on the information society's action lines, usually "
            "held in Geneva in spring, with remote participation.",
        },
        {
            "title": "ITU Council 2027",
            "start": "2027-06-01",
            "precision": "month",
            "tbc": ["dates"],
            "city": "Geneva",
            "country": "CH",
            "category": "un-meetings",
            "organiser": "ITU",
            "topics": [GOVERNANCE],
            "intro": "The Council steers ITU between plenipotentiary conferences; its first "
            "session after PP-26 sets the tone for the new term.",
        },
        {
            "title": "Internet Governance Forum 2027",
            "start": "2027-01-01",
            "precision": "year",
            "tbc": ["dates", "location"],
            "category": "multistakeholder-forums",
            "topics": [GOVERNANCE],
            "intro": "The yearly forum where governments, companies, technical bodies and civil "
            "society discuss internet policy on an equal footing. Host and dates to come.",
        },
    ],
}

KEY_DATES_2013 = {
    "slug": "key-dates-2013-2014",
    "title": "Internet governance key dates 2013-2014",
    "intro": "The meetings of 2013 and 2014 where the future of internet governance was argued "
    "over, from the ten-year review of the information society summit to the ITU conference in "
    "Busan.",
    "topics": [GOVERNANCE],
    "events": [
        {
            "title": "Commission on Science and Technology for Development (CSTD) inter-sessional",
            "start": "2013-01-07",
            "end": "2013-01-09",
            "city": "Lima",
            "country": "PE",
            "category": "un-meetings",
            "organiser": "UN Commission on Science and Technology for Development",
            "intro": "Between its yearly sessions, the UN's science and technology commission "
            "met in Lima to prepare its work on the information society.",
        },
        {
            "title": "ITU Council Working Group and WSIS",
            "start": "2013-01-30",
            "end": "2013-02-04",
            "city": "Geneva",
            "country": "CH",
            "category": "un-meetings",
            "organiser": "ITU",
            "intro": "Council members worked on what ITU does to follow up the World Summit on "
            "the Information Society.",
        },
        {
            "title": "ITU Council working group on the World Summit on the Information Society "
            "(WSIS+10)",
            "start": "2013-02-01",
            "end": "2013-02-04",
            "city": "Geneva",
            "country": "CH",
            "category": "un-meetings",
            "organiser": "ITU",
            "intro": "A Council working group prepared ITU's part in the ten-year review of the "
            "summit.",
        },
        {
            "title": "WTPF Informal Expert Group meeting",
            "start": "2013-02-06",
            "end": "2013-02-08",
            "city": "Geneva",
            "country": "CH",
            "category": "un-meetings",
            "organiser": "ITU",
            "intro": "Experts drafted the opinions that the policy forum would debate in May.",
        },
        {
            "title": "WSIS+10 review meeting",
            "start": "2013-02-25",
            "end": "2013-02-27",
            "city": "Paris",
            "country": "FR",
            "venue": "UNESCO Headquarters",
            "category": "un-meetings",
            "organiser": "UNESCO",
            "intro": "A first open stocktaking of what the information society summit had "
            "achieved in its first ten years.",
        },
        {
            "title": "IGF Open Consultations and MAG meeting",
            "start": "2013-02-28",
            "end": "2013-03-01",
            "city": "Paris",
            "country": "FR",
            "venue": "UNESCO Headquarters",
            "category": "multistakeholder-forums",
            "intro": "Anyone could comment on the next forum's programme before its "
            "Multistakeholder Advisory Group met to shape it.",
        },
        {
            "title": "ICANN 46",
            "start": "2013-04-05",
            "end": "2013-04-11",
            "city": "Beijing",
            "country": "CN",
            "category": "icann",
            "organiser": "ICANN",
            "intro": "ICANN's first public meeting of 2013, with the launch of new generic "
            "top-level domains high on the agenda.",
        },
        {
            "title": "World Summit on the Information Society (WSIS) Forum 2013",
            "start": "2013-05-13",
            "end": "2013-05-17",
            "city": "Geneva",
            "country": "CH",
            "category": "un-meetings",
            "organiser": "ITU",
            "intro": "The yearly forum on putting the summit's action lines into practice.",
        },
        {
            "title": "World Telecommunication/ICT Policy Forum (WTPF)",
            "start": "2013-05-14",
            "end": "2013-05-16",
            "city": "Geneva",
            "country": "CH",
            "category": "un-meetings",
            "organiser": "ITU",
            "intro": "ITU's policy forum, where member states discussed internet-related public "
            "policy without adopting binding texts.",
        },
        {
            "title": "IGF/MAG consultation",
            "start": "2013-05-20",
            "end": "2013-05-22",
            "city": "Geneva",
            "country": "CH",
            "category": "multistakeholder-forums",
            "intro": "A second round of consultations to settle the programme of the forum in "
            "Bali.",
        },
        {
            "title": "CSTD 16th session",
            "start": "2013-06-03",
            "end": "2013-06-07",
            "city": "Geneva",
            "country": "CH",
            "category": "un-meetings",
            "organiser": "UN Commission on Science and Technology for Development",
            "intro": "The commission's yearly session, reviewing progress on the summit's "
            "outcomes.",
        },
        {
            "title": "ECOSOC substantive session",
            "start": "2013-07-01",
            "precision": "month",
            "city": "Geneva",
            "country": "CH",
            "category": "un-meetings",
            "organiser": "UN Economic and Social Council",
            "intro": "The Economic and Social Council's main session of the year, which "
            "receives the commission's report; only the month was announced.",
        },
        {
            "title": "ICANN 47",
            "start": "2013-07-11",
            "end": "2013-07-17",
            "city": "Durban",
            "country": "ZA",
            "category": "icann",
            "organiser": "ICANN",
            "intro": "ICANN's mid-year public meeting, held in South Africa.",
        },
        {
            "title": "Internet Governance Forum 2013",
            "start": "2013-10-21",
            "end": "2013-10-23",
            "city": "Bali",
            "country": "ID",
            "category": "multistakeholder-forums",
            "intro": "The eighth yearly Internet Governance Forum, hosted by Indonesia.",
        },
        {
            "title": "ITU Plenipotentiary Conference (PP-14)",
            "start": "2014-10-20",
            "end": "2014-11-07",
            "city": "Busan",
            "country": "KR",
            "category": "un-meetings",
            "organiser": "ITU",
            "intro": "ITU's supreme body, which gathers its member states once every four years.",
            "body": "<p>Over three weeks, member states decide the union's general policies, "
            "agree its strategic and financial plans for the next four years, and vote for its "
            "top officials, the members of its Council and of the Radio Regulations Board.</p>",
        },
    ],
}

EVENTS_2024 = {
    "slug": "events-2024",
    "title": "Internet governance events 2024",
    "intro": "The road to the standardisation assembly in New Delhi and the Internet Governance "
    "Forum in Riyadh: regional preparatory meetings, consultations and the summits themselves.",
    "topics": [GOVERNANCE],
    "events": [
        {
            "title": "Com-ITU meeting (CWGs and TSAG coordination)",
            "start": "2024-01-17",
            "format": "online",
            "category": "regional-preparatory",
            "organiser": "CEPT",
            "intro": "Europe's committee for ITU matters lined up its positions for ITU working "
            "groups and the standardisation advisory group.",
        },
        {
            "title": "2nd APT preparatory meeting for WTSA-24 (APT WTSA24-2)",
            "start": "2024-02-05",
            "end": "2024-02-06",
            "format": "online",
            "category": "regional-preparatory",
            "organiser": "Asia-Pacific Telecommunity",
            "intro": "The Asia-Pacific region's second meeting to draft common proposals for "
            "the assembly.",
        },
        {
            "title": "2nd ATU preparatory meeting for WTSA-24 and 1st preparatory meeting for "
            "WTDC-25",
            "start": "2024-02-05",
            "end": "2024-02-09",
            "city": "Nairobi",
            "country": "KE",
            "category": "regional-preparatory",
            "organiser": "African Telecommunications Union",
            "topics": [GOVERNANCE, ACCESS],
            "intro": "African administrations prepared for both the standardisation assembly "
            "and the 2025 development conference.",
        },
        {
            "title": "Com-ITU meetings",
            "start": "2024-03-19",
            "end": "2024-03-21",
            "format": "online",
            "category": "regional-preparatory",
            "organiser": "CEPT",
            "intro": "Another online round of European coordination on ITU matters.",
        },
        {
            "title": "3rd APT preparatory meeting for WTSA-24 (APT WTSA24-3)",
            "start": "2024-04-01",
            "precision": "month",
            "tbc": ["dates", "location"],
            "country": "KH",
            "category": "regional-preparatory",
            "organiser": "Asia-Pacific Telecommunity",
            "intro": "The third Asia-Pacific preparatory meeting, expected in Cambodia; dates "
            "and venue were still to be announced.",
        },
        {
            "title": "3rd ATU preparatory meeting for WTSA-24",
            "start": "2024-04-15",
            "end": "2024-04-19",
            "tbc": ["location"],
            "category": "regional-preparatory",
            "organiser": "African Telecommunications Union",
            "intro": "The African Telecommunications Union's third preparatory meeting; the "
            "host city was not yet known.",
        },
        {
            "title": "NETmundial+10",
            "start": "2024-04-29",
            "end": "2024-04-30",
            "city": "São Paulo",
            "country": "BR",
            "category": "multistakeholder-forums",
            "organiser": "CGI.br",
            "intro": "Ten years after the first NETmundial, a multistakeholder meeting in São "
            "Paulo went back to its principles for governing the internet.",
        },
        {
            "title": "Com-ITU meetings",
            "start": "2024-05-07",
            "end": "2024-05-09",
            "city": "Gdansk",
            "country": "PL",
            "format": "hybrid",
            "category": "regional-preparatory",
            "organiser": "CEPT",
            "intro": "European coordination on ITU matters, in Gdansk and online.",
        },
        {
            "title": "3rd WGCONF preparatory meeting for WTSA, during the 44th meeting of PCC.I",
            "start": "2024-05-20",
            "end": "2024-05-24",
            "city": "Panama City",
            "country": "PA",
            "category": "regional-preparatory",
            "organiser": "CITEL",
            "intro": "The Americas' working group on conferences prepared inter-American "
            "proposals for the assembly, alongside CITEL's telecommunications committee.",
        },
        {
            "title": "WSIS+20 Forum High-Level Event",
            "start": "2024-05-27",
            "end": "2024-05-31",
            "city": "Geneva",
            "country": "CH",
            "category": "un-meetings",
            "organiser": "ITU",
            "topics": [GOVERNANCE, ACCESS],
            "intro": "A high-level edition of the WSIS Forum, twenty years after the summit and "
            "ahead of the UN's overall review.",
        },
        {
            "title": "4th APT preparatory meeting for WTSA-24 (APT WTSA24-4)",
            "start": "2024-06-25",
            "end": "2024-06-28",
            "country": "AU",
            "tbc": ["location"],
            "category": "regional-preparatory",
            "organiser": "Asia-Pacific Telecommunity",
            "intro": "The fourth Asia-Pacific preparatory meeting, to be hosted in Australia; "
            "the city was not yet confirmed.",
        },
        {
            "title": "4th ATU preparatory meeting for WTSA-24",
            "start": "2024-08-12",
            "end": "2024-08-16",
            "tbc": ["location"],
            "category": "regional-preparatory",
            "organiser": "African Telecommunications Union",
            "intro": "The last African preparatory meeting before the assembly; its venue was "
            "still to be announced.",
        },
        {
            "title": "4th WGCONF preparatory meeting for WTSA-24, during the 45th meeting of PCC.I",
            "start": "2024-08-19",
            "end": "2024-08-23",
            "city": "João Pessoa",
            "country": "BR",
            "category": "regional-preparatory",
            "organiser": "CITEL",
            "intro": "The Americas' final round of preparation for the assembly, during CITEL's "
            "committee meeting in Brazil.",
        },
        {
            "title": "5th APT preparatory meeting for WTSA-24 (APT WTSA-24-5)",
            "start": "2024-08-19",
            "end": "2024-08-23",
            "city": "Bangkok",
            "country": "TH",
            "category": "regional-preparatory",
            "organiser": "Asia-Pacific Telecommunity",
            "intro": "The Asia-Pacific Telecommunity settled its common proposals for the "
            "assembly.",
        },
        {
            "title": "WGCONF meeting during WTSA-24",
            "start": "2024-10-15",
            "end": "2024-10-24",
            "city": "New Delhi",
            "country": "IN",
            "category": "regional-preparatory",
            "organiser": "CITEL",
            "intro": "Delegations from the Americas coordinated on the spot while the assembly "
            "was under way.",
        },
        {
            "title": "World Telecommunication Standardization Assembly (WTSA-24)",
            "start": "2024-10-15",
            "end": "2024-10-24",
            "city": "New Delhi",
            "country": "IN",
            "category": "un-meetings",
            "organiser": "ITU",
            "intro": "The assembly that sets the work programme and study groups of ITU's "
            "standardisation sector for the next four years.",
        },
        {
            "title": "19th Internet Governance Forum (IGF)",
            "start": "2024-12-15",
            "end": "2024-12-19",
            "city": "Riyadh",
            "country": "SA",
            "category": "multistakeholder-forums",
            "topics": [GOVERNANCE],
            "intro": "The nineteenth Internet Governance Forum, hosted by Saudi Arabia.",
        },
    ],
}

CALENDARS = [UPCOMING, KEY_DATES_2013, EVENTS_2024]

# --- Translations (wagtail-localize): source text -> translation, per language ------------------

CALENDAR_TRANSLATIONS = {
    "events": {
        "fr": {
            "Events": "Événements",
            "events": "evenements",
            UPCOMING["intro"]: "Les prochaines réunions où se négocient les règles d'internet. "
            "Les dates « à confirmer » sont ce que nous savons de mieux : vérifiez auprès de "
            "l'organisateur avant de partir.",
        },
        "es": {
            "Events": "Eventos",
            "events": "eventos",
            UPCOMING["intro"]: "Las próximas reuniones donde se negocian las reglas de "
            "internet. Las fechas «por confirmar» son lo mejor que sabemos: consulta con quien "
            "organiza antes de viajar.",
        },
        "ar": {
            "Events": "الفعاليات",
            UPCOMING["intro"]: "الاجتماعات القادمة التي تُناقَش فيها قواعد الإنترنت. التواريخ "
            "المشار إليها بأنها «قيد التأكيد» هي أفضل ما نعرفه: تحقّق من الجهة المنظِّمة قبل "
            "السفر.",
        },
    },
    "key-dates-2013-2014": {
        "fr": {
            KEY_DATES_2013["title"]: "Gouvernance d'internet : dates clés 2013-2014",
            KEY_DATES_2013["intro"]: "Les réunions de 2013 et 2014 où s'est joué l'avenir de la "
            "gouvernance d'internet, de l'examen décennal du sommet sur la société de "
            "l'information à la conférence de l'UIT à Busan.",
        },
        "es": {
            KEY_DATES_2013["title"]: "Gobernanza de internet: fechas clave 2013-2014",
            KEY_DATES_2013["intro"]: "Las reuniones de 2013 y 2014 en las que se discutió el "
            "futuro de la gobernanza de internet, desde la revisión a diez años de la cumbre "
            "sobre la sociedad de la información hasta la conferencia de la UIT en Busan.",
        },
        "ar": {
            KEY_DATES_2013["title"]: "حوكمة الإنترنت: مواعيد رئيسية 2013-2014",
            KEY_DATES_2013["intro"]: "اجتماعات عامَي 2013 و2014 التي دار فيها النقاش حول "
            "مستقبل حوكمة الإنترنت، من مراجعة القمة العالمية لمجتمع المعلومات بعد عشر سنوات "
            "إلى مؤتمر الاتحاد الدولي للاتصالات في بوسان.",
        },
    },
    "events-2024": {
        "fr": {
            EVENTS_2024["title"]: "Gouvernance d'internet : événements 2024",
            EVENTS_2024["intro"]: "En route vers l'assemblée de normalisation de New Delhi et "
            "le Forum sur la gouvernance de l'internet de Riyad : réunions préparatoires "
            "régionales, consultations et sommets.",
        },
        "es": {
            EVENTS_2024["title"]: "Gobernanza de internet: eventos 2024",
            EVENTS_2024["intro"]: "Camino a la asamblea de normalización de Nueva Delhi y al "
            "Foro para la Gobernanza de Internet de Riad: reuniones preparatorias regionales, "
            "consultas y las propias cumbres.",
        },
        "ar": {
            EVENTS_2024["title"]: "حوكمة الإنترنت: فعاليات 2024",
            EVENTS_2024["intro"]: "الطريق إلى جمعية التقييس في نيودلهي ومنتدى حوكمة الإنترنت "
            "في الرياض: اجتماعات تحضيرية إقليمية ومشاورات والقمم نفسها.",
        },
    },
}

_PP26, _CALL = UPCOMING["events"][0], UPCOMING["events"][1]
_NETMUNDIAL = EVENTS_2024["events"][6]
_IGF_2024 = EVENTS_2024["events"][16]

# The first eight key dates of 2013, in date order (the WCIT campaign page lists the first five).
# Found by title, so that a change to the calendar cannot pair an intro with another event.
_KEY_DATES = {event["title"]: event for event in KEY_DATES_2013["events"]}
_CSTD_LIMA = _KEY_DATES[
    "Commission on Science and Technology for Development (CSTD) inter-sessional"
]
_CWG_WSIS = _KEY_DATES["ITU Council Working Group and WSIS"]
_CWG_WSIS10 = _KEY_DATES[
    "ITU Council working group on the World Summit on the Information Society (WSIS+10)"
]
_WTPF_EXPERTS = _KEY_DATES["WTPF Informal Expert Group meeting"]
_WSIS10_REVIEW = _KEY_DATES["WSIS+10 review meeting"]
_IGF_PARIS = _KEY_DATES["IGF Open Consultations and MAG meeting"]
_ICANN46 = _KEY_DATES["ICANN 46"]
_WSIS_FORUM_2013 = _KEY_DATES["World Summit on the Information Society (WSIS) Forum 2013"]

_CSTD = "UN Commission on Science and Technology for Development"
_UNESCO_HQ = "UNESCO Headquarters"

# Cities, venues and organisers that several events share, translated once for all of them.
_NAMES = {
    "fr": {
        "Geneva": "Genève",
        "Paris": "Paris",
        "Lima": "Lima",
        "Beijing": "Pékin",
        _UNESCO_HQ: "Siège de l'UNESCO",
        "ITU": "UIT",
        "UNESCO": "UNESCO",
        "ICANN": "ICANN",
        _CSTD: "Commission de la science et de la technique au service du développement (ONU)",
    },
    "es": {
        "Geneva": "Ginebra",
        "Paris": "París",
        "Lima": "Lima",
        "Beijing": "Pekín",
        _UNESCO_HQ: "Sede de la UNESCO",
        "ITU": "UIT",
        "UNESCO": "UNESCO",
        "ICANN": "ICANN",
        _CSTD: "Comisión de Ciencia y Tecnología para el Desarrollo de las Naciones Unidas",
    },
    "ar": {
        "Geneva": "جنيف",
        "Paris": "باريس",
        "Lima": "ليما",
        "Beijing": "بكين",
        _UNESCO_HQ: "مقر اليونسكو",
        "ITU": "الاتحاد الدولي للاتصالات",
        "UNESCO": "اليونسكو",
        "ICANN": "الآيكان",
        _CSTD: "لجنة تسخير العلم والتكنولوجيا لأغراض التنمية التابعة للأمم المتحدة",
    },
}


def _names(code, *english):
    """The shared translations of these names into one language."""
    return {text: _NAMES[code][text] for text in english}


# (calendar slug, event title) -> language -> strings
EVENT_TRANSLATIONS = {
    ("events", _PP26["title"]): {
        "fr": {
            _PP26["title"]: "Conférence de plénipotentiaires de l'UIT (PP-26)",
            _PP26["intro"]: "Les États membres de l'UIT se réunissent tous les quatre ans pour "
            "élire la direction de l'Union et arrêter sa stratégie ; cette fois, la conférence "
            "a lieu à Doha.",
            "Proposals on internet-related resolutions are negotiated in committees and often "
            "settled late at night. We follow the drafts and publish what changes.": "Les "
            "propositions de résolutions touchant à internet se négocient en commission, "
            "souvent tard dans la nuit. Nous suivons les projets et publions ce qui change.",
            "Doha": "Doha",
            "ITU": "UIT",
        },
        "es": {
            _PP26["title"]: "Conferencia de Plenipotenciarios de la UIT (PP-26)",
            _PP26["intro"]: "Los Estados miembros de la UIT se reúnen cada cuatro años para "
            "elegir a la dirección de la Unión y acordar su estrategia; esta vez, la "
            "conferencia se celebra en Doha.",
            "Proposals on internet-related resolutions are negotiated in committees and often "
            "settled late at night. We follow the drafts and publish what changes.": "Las "
            "propuestas de resoluciones sobre internet se negocian en comisiones, a menudo de "
            "madrugada. Seguimos los borradores y publicamos lo que cambia.",
            "ITU": "UIT",
        },
        "ar": {
            _PP26["title"]: "مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات (PP-26)",
            _PP26["intro"]: "تجتمع الدول الأعضاء في الاتحاد الدولي للاتصالات مرة كل أربع "
            "سنوات لانتخاب قيادته والاتفاق على استراتيجيته، ويُعقد المؤتمر هذه المرة في الدوحة.",
            "Proposals on internet-related resolutions are negotiated in committees and often "
            "settled late at night. We follow the drafts and publish what changes.": "تُناقَش "
            "مقترحات القرارات المتعلقة بالإنترنت في اللجان، وكثيرًا ما تُحسم في ساعات متأخرة "
            "من الليل. نتابع المسودات وننشر ما يتغيّر.",
            "Doha": "الدوحة",
            "ITU": "الاتحاد الدولي للاتصالات",
        },
    },
    ("events", _CALL["title"]): {
        "fr": {
            _CALL["title"]: "Appel ouvert : ce qu'a décidé la PP-26",
            _CALL["intro"]: "Un appel en ligne d'une heure pour passer en revue les résultats de "
            "la conférence et ce qu'ils signifient pour les campagnes de l'an prochain. Tout le "
            "monde est bienvenu.",
            "Open Internet Campaigns": "Campagnes pour un internet ouvert",
        },
        "es": {
            _CALL["title"]: "Llamada abierta: lo que decidió la PP-26",
            _CALL["intro"]: "Una llamada en línea de una hora para repasar los resultados de la "
            "conferencia y lo que significan para las campañas del próximo año. Todo el mundo "
            "es bienvenido.",
            "Open Internet Campaigns": "Campañas por un internet abierto",
        },
        "ar": {
            _CALL["title"]: "اتصال مفتوح: ماذا قرر مؤتمر PP-26",
            _CALL["intro"]: "اتصال عبر الإنترنت مدته ساعة لمراجعة نتائج المؤتمر وما تعنيه "
            "لحملات العام المقبل. الجميع مرحَّب بهم.",
            "Open Internet Campaigns": "حملات من أجل إنترنت مفتوح",
        },
    },
    ("events-2024", _NETMUNDIAL["title"]): {
        "fr": {
            _NETMUNDIAL["intro"]: "Dix ans après le premier NETmundial, une réunion multipartite "
            "à São Paulo est revenue sur ses principes de gouvernance d'internet.",
        },
        "es": {
            _NETMUNDIAL["intro"]: "Diez años después del primer NETmundial, una reunión de "
            "múltiples partes interesadas en São Paulo volvió sobre sus principios para "
            "gobernar internet.",
            "São Paulo": "São Paulo",
        },
        "ar": {
            _NETMUNDIAL["intro"]: "بعد عشر سنوات من NETmundial الأول، عاد اجتماع لأصحاب "
            "المصلحة المتعددين في ساو باولو إلى مبادئه لحوكمة الإنترنت.",
            "São Paulo": "ساو باولو",
        },
    },
    ("events-2024", _IGF_2024["title"]): {
        "fr": {
            _IGF_2024["title"]: "19e Forum sur la gouvernance de l'internet (FGI)",
            _IGF_2024["intro"]: "Le dix-neuvième Forum sur la gouvernance de l'internet, "
            "accueilli par l'Arabie saoudite.",
            "Riyadh": "Riyad",
        },
        "es": {
            _IGF_2024["title"]: "19.º Foro para la Gobernanza de Internet (IGF)",
            _IGF_2024["intro"]: "El decimonoveno Foro para la Gobernanza de Internet, con "
            "Arabia Saudita como anfitriona.",
            "Riyadh": "Riad",
        },
        "ar": {
            _IGF_2024["title"]: "منتدى حوكمة الإنترنت التاسع عشر",
            _IGF_2024["intro"]: "منتدى حوكمة الإنترنت التاسع عشر، الذي استضافته المملكة "
            "العربية السعودية.",
            "Riyadh": "الرياض",
        },
    },
    ("key-dates-2013-2014", _CSTD_LIMA["title"]): {
        "fr": {
            _CSTD_LIMA["title"]: "Réunion intersessions de la Commission de la science et de la "
            "technique au service du développement (CSTD)",
            _CSTD_LIMA["intro"]: "Entre deux sessions annuelles, la commission de l'ONU chargée "
            "de la science et de la technique s'est réunie à Lima pour préparer ses travaux sur "
            "la société de l'information.",
            **_names("fr", "Lima", _CSTD),
        },
        "es": {
            _CSTD_LIMA["title"]: "Reunión entre períodos de sesiones de la Comisión de Ciencia y "
            "Tecnología para el Desarrollo (CCTD)",
            _CSTD_LIMA["intro"]: "Entre dos de sus períodos de sesiones anuales, la comisión de "
            "ciencia y tecnología de las Naciones Unidas se reunió en Lima para preparar su "
            "labor sobre la sociedad de la información.",
            **_names("es", "Lima", _CSTD),
        },
        "ar": {
            _CSTD_LIMA["title"]: "اجتماع ما بين الدورات للجنة تسخير العلم والتكنولوجيا لأغراض "
            "التنمية",
            _CSTD_LIMA["intro"]: "في الفترة الفاصلة بين دورتيها السنويتين، اجتمعت لجنة الأمم "
            "المتحدة المعنية بالعلم والتكنولوجيا في ليما للتحضير لعملها بشأن مجتمع المعلومات.",
            **_names("ar", "Lima", _CSTD),
        },
    },
    ("key-dates-2013-2014", _CWG_WSIS["title"]): {
        "fr": {
            _CWG_WSIS["title"]: "Groupe de travail du Conseil de l'UIT sur le SMSI",
            _CWG_WSIS["intro"]: "Les membres du Conseil se sont penchés sur l'action de l'UIT "
            "pour donner suite au Sommet mondial sur la société de l'information.",
            **_names("fr", "Geneva", "ITU"),
        },
        "es": {
            _CWG_WSIS["title"]: "Grupo de Trabajo del Consejo de la UIT sobre la CMSI",
            _CWG_WSIS["intro"]: "Los miembros del Consejo trabajaron en lo que hace la UIT para "
            "dar seguimiento a la Cumbre Mundial sobre la Sociedad de la Información.",
            **_names("es", "Geneva", "ITU"),
        },
        "ar": {
            _CWG_WSIS["title"]: "فريق عمل مجلس الاتحاد الدولي للاتصالات المعني بالقمة العالمية "
            "لمجتمع المعلومات",
            _CWG_WSIS["intro"]: "تناول أعضاء المجلس ما يقوم به الاتحاد الدولي للاتصالات "
            "لمتابعة نتائج القمة العالمية لمجتمع المعلومات.",
            **_names("ar", "Geneva", "ITU"),
        },
    },
    ("key-dates-2013-2014", _CWG_WSIS10["title"]): {
        "fr": {
            _CWG_WSIS10["title"]: "Groupe de travail du Conseil de l'UIT sur le Sommet mondial "
            "sur la société de l'information (SMSI+10)",
            _CWG_WSIS10["intro"]: "Un groupe de travail du Conseil a préparé la contribution de "
            "l'UIT à l'examen décennal du sommet.",
            **_names("fr", "Geneva", "ITU"),
        },
        "es": {
            _CWG_WSIS10["title"]: "Grupo de Trabajo del Consejo de la UIT sobre la Cumbre Mundial "
            "sobre la Sociedad de la Información (CMSI+10)",
            _CWG_WSIS10["intro"]: "Un grupo de trabajo del Consejo preparó la contribución de la "
            "UIT a la revisión a diez años de la cumbre.",
            **_names("es", "Geneva", "ITU"),
        },
        "ar": {
            _CWG_WSIS10["title"]: "فريق عمل مجلس الاتحاد الدولي للاتصالات المعني بالقمة "
            "العالمية لمجتمع المعلومات+10",
            _CWG_WSIS10["intro"]: "أعدّ فريق عمل تابع للمجلس مساهمة الاتحاد الدولي للاتصالات "
            "في مراجعة القمة بعد عشر سنوات.",
            **_names("ar", "Geneva", "ITU"),
        },
    },
    ("key-dates-2013-2014", _WTPF_EXPERTS["title"]): {
        "fr": {
            _WTPF_EXPERTS["title"]: "Réunion du Groupe informel d'experts du FMPT",
            _WTPF_EXPERTS["intro"]: "Des experts ont rédigé les projets d'avis dont le forum des "
            "politiques allait débattre en mai.",
            **_names("fr", "Geneva", "ITU"),
        },
        "es": {
            _WTPF_EXPERTS["title"]: "Reunión del Grupo Informal de Expertos del FMPT",
            _WTPF_EXPERTS["intro"]: "Los expertos redactaron los proyectos de opinión que el foro "
            "de políticas iba a debatir en mayo.",
            **_names("es", "Geneva", "ITU"),
        },
        "ar": {
            _WTPF_EXPERTS["title"]: "اجتماع فريق الخبراء غير الرسمي للمنتدى العالمي لسياسات "
            "الاتصالات/تكنولوجيا المعلومات والاتصالات",
            _WTPF_EXPERTS["intro"]: "صاغ الخبراء مشاريع الآراء التي كان منتدى السياسات "
            "سيناقشها في مايو.",
            **_names("ar", "Geneva", "ITU"),
        },
    },
    ("key-dates-2013-2014", _WSIS10_REVIEW["title"]): {
        "fr": {
            _WSIS10_REVIEW["title"]: "Réunion d'examen du SMSI+10",
            _WSIS10_REVIEW["intro"]: "Un premier bilan, ouvert à tous, de ce que le sommet sur la "
            "société de l'information avait accompli au cours de ses dix premières années.",
            **_names("fr", _UNESCO_HQ, "Paris", "UNESCO"),
        },
        "es": {
            _WSIS10_REVIEW["title"]: "Reunión de examen de la CMSI+10",
            _WSIS10_REVIEW["intro"]: "Un primer balance abierto de lo que la cumbre sobre la "
            "sociedad de la información había logrado en sus primeros diez años.",
            **_names("es", _UNESCO_HQ, "Paris", "UNESCO"),
        },
        "ar": {
            _WSIS10_REVIEW["title"]: "اجتماع استعراض القمة العالمية لمجتمع المعلومات+10",
            _WSIS10_REVIEW["intro"]: "أول تقييم مفتوح لما حققته القمة العالمية لمجتمع المعلومات "
            "في سنواتها العشر الأولى.",
            **_names("ar", _UNESCO_HQ, "Paris", "UNESCO"),
        },
    },
    ("key-dates-2013-2014", _IGF_PARIS["title"]): {
        "fr": {
            _IGF_PARIS["title"]: "Consultations ouvertes du FGI et réunion du MAG",
            _IGF_PARIS["intro"]: "Chacun pouvait commenter le programme du forum suivant avant "
            "que son Groupe consultatif multipartite ne se réunisse pour lui donner forme.",
            **_names("fr", _UNESCO_HQ, "Paris"),
        },
        "es": {
            _IGF_PARIS["title"]: "Consultas abiertas del FGI y reunión del MAG",
            _IGF_PARIS["intro"]: "Cualquier persona podía opinar sobre el programa del siguiente "
            "foro antes de que su Grupo Asesor de Múltiples Partes Interesadas se reuniera para "
            "darle forma.",
            **_names("es", _UNESCO_HQ, "Paris"),
        },
        "ar": {
            _IGF_PARIS["title"]: "المشاورات المفتوحة لمنتدى حوكمة الإنترنت واجتماع الفريق "
            "الاستشاري لأصحاب المصلحة المتعددين",
            _IGF_PARIS["intro"]: "كان بوسع أي شخص التعليق على برنامج المنتدى التالي قبل أن "
            "يجتمع فريقه الاستشاري لأصحاب المصلحة المتعددين لبلورته.",
            **_names("ar", _UNESCO_HQ, "Paris"),
        },
    },
    ("key-dates-2013-2014", _ICANN46["title"]): {
        "fr": {
            _ICANN46["title"]: "ICANN 46",
            _ICANN46["intro"]: "La première réunion publique de l'ICANN en 2013, avec le "
            "lancement des nouveaux domaines génériques de premier niveau en bonne place à "
            "l'ordre du jour.",
            **_names("fr", "Beijing", "ICANN"),
        },
        "es": {
            _ICANN46["title"]: "ICANN 46",
            _ICANN46["intro"]: "La primera reunión pública de la ICANN en 2013, con el "
            "lanzamiento de los nuevos dominios genéricos de alto nivel entre los temas "
            "principales de la agenda.",
            **_names("es", "Beijing", "ICANN"),
        },
        "ar": {
            _ICANN46["title"]: "اجتماع الآيكان 46",
            _ICANN46["intro"]: "أول اجتماع عام للآيكان في عام 2013، وكان إطلاق نطاقات المستوى "
            "الأعلى العامة الجديدة في صدارة جدول أعماله.",
            **_names("ar", "Beijing", "ICANN"),
        },
    },
    ("key-dates-2013-2014", _WSIS_FORUM_2013["title"]): {
        "fr": {
            _WSIS_FORUM_2013["title"]: "Forum 2013 du Sommet mondial sur la société de "
            "l'information (SMSI)",
            _WSIS_FORUM_2013["intro"]: "Le forum annuel consacré à la mise en œuvre des grandes "
            "orientations du sommet.",
            **_names("fr", "Geneva", "ITU"),
        },
        "es": {
            _WSIS_FORUM_2013["title"]: "Foro 2013 de la Cumbre Mundial sobre la Sociedad de la "
            "Información (CMSI)",
            _WSIS_FORUM_2013["intro"]: "El foro anual dedicado a llevar a la práctica las líneas "
            "de acción de la cumbre.",
            **_names("es", "Geneva", "ITU"),
        },
        "ar": {
            _WSIS_FORUM_2013["title"]: "منتدى القمة العالمية لمجتمع المعلومات لعام 2013",
            _WSIS_FORUM_2013["intro"]: "المنتدى السنوي المخصص لوضع خطوط عمل القمة موضع التنفيذ.",
            **_names("ar", "Geneva", "ITU"),
        },
    },
}


def _one_translation_each(*tables):
    """A text used in several places reads the same everywhere: a second, different translation
    of the same English text fails at import instead of silently winning on one page."""
    seen = {}
    for table in tables:
        for languages in table.values():
            for code, strings in languages.items():
                for english, text in strings.items():
                    if seen.setdefault((code, english), text) != text:
                        raise ValueError(f"two {code} translations of {english!r}")


_one_translation_each(CALENDAR_TRANSLATIONS, EVENT_TRANSLATIONS)
