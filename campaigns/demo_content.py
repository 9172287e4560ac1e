"""Demo texts of the campaigns app: the WCIT campaign, its petition and action, and the
"Internet governance" topic page, in English with French, Spanish and Arabic translations.

Written for this project from the facts in ../shared/facts/wcit_campaign.yaml; no sentence is
copied from elsewhere. `tr()` returns the English text and files its translations, keyed by the
English text exactly as wagtail-localize segments it (one entry per paragraph, list item,
heading or short field), so that `portal.localize.translate` can apply them.
"""

TRANSLATIONS = {"fr": {}, "es": {}, "ar": {}}


def tr(en, *, fr, es, ar):
    """File the translations of an English text, and return the English text.

    Every demo module (campaigns, library, briefs) files into the one TRANSLATIONS table, so that a
    text used in several places reads the same everywhere, and a second, different translation of
    the same English text fails at import instead of silently winning.
    """
    for code, text in (("fr", fr), ("es", es), ("ar", ar)):
        assert TRANSLATIONS[code].get(en, text) == text, f"two translations of {en!r}"
    TRANSLATIONS["fr"][en] = fr
    TRANSLATIONS["es"][en] = es
    TRANSLATIONS["ar"][en] = ar
    if "\n" in en:
        # wagtail-localize segments a plain TextField with its line breaks written as <br/>.
        for code, text in (("fr", fr), ("es", es), ("ar", ar)):
            TRANSLATIONS[code][en.replace("\n", "<br/>")] = text.replace("\n", "<br/>")
    return en


def html(*blocks):
    return "".join(blocks)


def p(text):
    return f"<p>{text}</p>"


def h2(text):
    return f"<h2>{text}</h2>"


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


# --- Topic page: Internet governance ----------------------------------------------------------

TOPIC = {
    "slug": "internet-governance",
    "title": tr(
        "Internet governance",
        fr="Gouvernance d'internet",
        es="Gobernanza de internet",
        ar="حوكمة الإنترنت",
    ),
    "intro": tr(
        "Who makes the rules of the internet, and how: why we stand for an open model in which "
        "everyone affected has a voice.",
        fr="Qui fixe les règles d'internet, et comment : pourquoi nous défendons un modèle ouvert "
        "où chaque personne concernée a voix au chapitre.",
        es="Quién pone las reglas de internet, y cómo: por qué defendemos un modelo abierto en el "
        "que todas las personas afectadas tienen voz.",
        ar="من يضع قواعد الإنترنت، وكيف: لماذا ندافع عن نموذج مفتوح يكون فيه صوتٌ لكل من "
        "يعنيه الأمر.",
    ),
}

TOPIC_BODY_TEXT = html(
    h2(
        tr(
            "Many hands, not one",
            fr="Beaucoup de mains, pas une seule",
            es="Muchas manos, no una sola",
            ar="أيادٍ كثيرة لا يدٌ واحدة",
        )
    ),
    p(
        tr(
            "No government and no company runs the internet on its own. Its technical "
            "standards, its addresses and its policies are worked out in many places at once, "
            "by engineers, businesses, researchers, civil society groups and governments.",
            fr="Aucun gouvernement ni aucune entreprise ne dirige internet à lui seul. Ses "
            "normes techniques, ses adresses et ses règles s'élaborent en de nombreux lieux à "
            "la fois, par des ingénieurs, des entreprises, des chercheurs, des associations et "
            "des gouvernements.",
            es="Ningún gobierno ni ninguna empresa dirige internet por su cuenta. Sus normas "
            "técnicas, sus direcciones y sus políticas se elaboran en muchos lugares a la vez, "
            "entre ingenieros, empresas, investigadores, organizaciones de la sociedad civil y "
            "gobiernos.",
            ar="لا تدير الإنترنتَ حكومةٌ واحدة ولا شركةٌ واحدة. فمعاييرها التقنية وعناوينها "
            "وسياساتها تُصاغ في أماكن كثيرة في آنٍ معًا، بمشاركة المهندسين والشركات والباحثين "
            "ومنظمات المجتمع المدني والحكومات.",
        )
    ),
    p(
        tr(
            "We want the rules to keep being made that way: in processes that are "
            "decentralised, open to everyone affected, transparent about what is on the table, "
            "accountable to the people who use the network, and that seek consensus rather than "
            "a vote among states.",
            fr="Nous voulons que les règles continuent d'être faites ainsi : dans des processus "
            "décentralisés, ouverts à toutes les personnes concernées, transparents sur ce qui "
            "est en discussion, redevables envers celles et ceux qui utilisent le réseau, et qui "
            "cherchent le consensus plutôt qu'un vote entre États.",
            es="Queremos que las reglas se sigan haciendo así: en procesos descentralizados, "
            "abiertos a todas las personas afectadas, transparentes sobre lo que se discute, "
            "que rindan cuentas a quienes usan la red y que busquen el consenso en lugar de una "
            "votación entre Estados.",
            ar="نريد أن تبقى القواعد تُصنع على هذا النحو: عبر عمليات لا مركزية، ومفتوحة لكل من "
            "يعنيه الأمر، وشفافة بشأن ما يُطرح للنقاش، وخاضعة لمساءلة من يستخدمون الشبكة، وتسعى "
            "إلى التوافق بدلًا من التصويت بين الدول.",
        )
    ),
    p(
        tr(
            "This is often called the multistakeholder model. It has its flaws and it can be "
            "improved, but handing internet policy to a body where only governments sit would "
            "shut out the people who build and use the internet every day.",
            fr="C'est ce qu'on appelle souvent le modèle multipartite. Il a ses défauts et peut "
            "être amélioré, mais confier les politiques d'internet à une instance où seuls les "
            "gouvernements siègent exclurait celles et ceux qui construisent et utilisent "
            "internet chaque jour.",
            es="Es lo que suele llamarse el modelo de múltiples partes interesadas. Tiene sus "
            "defectos y se puede mejorar, pero entregar la política de internet a un organismo "
            "donde solo se sientan los gobiernos dejaría fuera a quienes construyen y usan "
            "internet cada día.",
            ar="هذا ما يُسمّى غالبًا نموذج أصحاب المصلحة المتعددين. له عيوبه ويمكن تحسينه، لكن "
            "تسليم سياسات الإنترنت إلى هيئة لا يجلس فيها سوى الحكومات سيُقصي من يبنون الإنترنت "
            "ويستخدمونه كل يوم.",
        )
    ),
)

TOPIC_CTA = {
    "heading": tr(
        "The fight over WCIT",
        fr="La bataille de la CMTI",
        es="La batalla de la CMTI",
        ar="المعركة حول المؤتمر العالمي للاتصالات الدولية",
    ),
    "text": tr(
        "In 2012, governments met in Dubai to rewrite a telecommunications treaty, and some "
        "wanted it to reach the internet.",
        fr="En 2012, des gouvernements se sont réunis à Dubaï pour réécrire un traité sur les "
        "télécommunications, et certains voulaient qu'il s'étende à internet.",
        es="En 2012, los gobiernos se reunieron en Dubái para reescribir un tratado de "
        "telecomunicaciones, y algunos querían que alcanzara a internet.",
        ar="في عام 2012، اجتمعت الحكومات في دبي لإعادة كتابة معاهدة للاتصالات، وأراد بعضها "
        "أن تمتد إلى الإنترنت.",
    ),
    "button_label": tr(
        "See the campaign", fr="Voir la campagne", es="Ver la campaña", ar="اطّلع على الحملة"
    ),
}

# --- The WCIT campaign ------------------------------------------------------------------------

WCIT = {
    "slug": "wcit",
    "title": tr(
        "Keep the internet open: WCIT",
        fr="Pour un internet ouvert : la CMTI",
        es="Por un internet abierto: la CMTI",
        ar="من أجل إنترنت مفتوح: المؤتمر العالمي للاتصالات الدولية",
    ),
    "intro": tr(
        "In December 2012 the world's governments meet in Dubai to revise a telecommunications "
        "treaty. Some of them want it to cover the internet. We want the talks held in the "
        "open, and the internet left out.",
        fr="En décembre 2012, les gouvernements du monde se réunissent à Dubaï pour réviser un "
        "traité sur les télécommunications. Certains veulent qu'il couvre internet. Nous "
        "demandons des négociations au grand jour, et qu'internet en reste exclu.",
        es="En diciembre de 2012, los gobiernos del mundo se reúnen en Dubái para revisar un "
        "tratado de telecomunicaciones. Algunos quieren que abarque internet. Pedimos que las "
        "negociaciones sean abiertas y que internet quede fuera.",
        ar="في ديسمبر 2012 تجتمع حكومات العالم في دبي لمراجعة معاهدة خاصة بالاتصالات. يريد "
        "بعضها أن تشمل المعاهدة الإنترنت. نحن نطالب بمفاوضات علنية، وبإبقاء الإنترنت خارجها.",
    ),
    # The banner leads to the brief marked as the campaign's outcome (see demo_briefs), in the
    # reader's language.
    "update_banner_text": tr(
        "The Dubai conference is over. Read our analysis of the new treaty: the good, the bad "
        "and the ugly.",
        fr="La conférence de Dubaï est terminée. Lisez notre analyse du nouveau traité : le bon, "
        "le mauvais et l'inquiétant.",
        es="La conferencia de Dubái ha terminado. Lee nuestro análisis del nuevo tratado: lo "
        "bueno, lo malo y lo feo.",
        ar="انتهى مؤتمر دبي. اقرأ تحليلنا للمعاهدة الجديدة: الجيد والسيئ والقبيح.",
    ),
}

WCIT_TEXT_INTRO = html(
    h2(
        tr(
            "What is happening",
            fr="Ce qui se passe",
            es="Qué está pasando",
            ar="ماذا يحدث",
        )
    ),
    p(
        tr(
            "From 3 to 14 December 2012, the International Telecommunication Union, a United "
            "Nations agency, holds the World Conference on International Telecommunications "
            "(WCIT-12) in Dubai. Its member states will revise the International "
            "Telecommunication Regulations, a treaty about how telephone networks connect "
            "across borders.",
            fr="Du 3 au 14 décembre 2012, l'Union internationale des télécommunications, une "
            "agence des Nations unies, tient à Dubaï la Conférence mondiale des "
            "télécommunications internationales (CMTI-12). Ses États membres y réviseront le "
            "Règlement des télécommunications internationales, un traité qui organise la "
            "connexion des réseaux téléphoniques par-delà les frontières.",
            es="Del 3 al 14 de diciembre de 2012, la Unión Internacional de "
            "Telecomunicaciones, una agencia de las Naciones Unidas, celebra en Dubái la "
            "Conferencia Mundial de Telecomunicaciones Internacionales (CMTI-12). Sus Estados "
            "miembros revisarán el Reglamento de las Telecomunicaciones Internacionales, un "
            "tratado sobre cómo se conectan las redes telefónicas entre países.",
            ar="من 3 إلى 14 ديسمبر 2012، يعقد الاتحاد الدولي للاتصالات، وهو وكالة تابعة للأمم "
            "المتحدة، المؤتمرَ العالمي للاتصالات الدولية في دبي. وستراجع الدول الأعضاء فيه "
            "لوائح الاتصالات الدولية، وهي معاهدة تنظّم ترابط شبكات الهاتف عبر الحدود.",
        )
    ),
    p(
        tr(
            "Several governments have tabled proposals that would stretch the treaty, and the "
            "ITU's mandate, to the internet. The preparatory documents are not public, and only "
            "governments have a vote.",
            fr="Plusieurs gouvernements ont déposé des propositions qui étendraient le traité, "
            "et le mandat de l'UIT, à internet. Les documents préparatoires ne sont pas publics, "
            "et seuls les gouvernements votent.",
            es="Varios gobiernos han presentado propuestas que extenderían el tratado, y el "
            "mandato de la UIT, a internet. Los documentos preparatorios no son públicos y solo "
            "los gobiernos tienen voto.",
            ar="قدّمت عدة حكومات مقترحات من شأنها أن تمدّ المعاهدة، وولاية الاتحاد الدولي "
            "للاتصالات، لتشمل الإنترنت. الوثائق التحضيرية غير منشورة، والتصويت حكرٌ على "
            "الحكومات.",
        )
    ),
    h2(
        tr(
            "Proposals that worry us",
            fr="Des propositions qui nous inquiètent",
            es="Propuestas que nos preocupan",
            ar="مقترحات تثير قلقنا",
        )
    ),
    ul(
        tr(
            "Full state control over the information and communication infrastructure inside "
            "each country, proposed by China.",
            fr="Le contrôle total de l'État sur les infrastructures d'information et de "
            "communication de chaque pays, proposé par la Chine.",
            es="El control total del Estado sobre la infraestructura de información y "
            "comunicación de cada país, propuesto por China.",
            ar="سيطرة الدولة الكاملة على البنية التحتية للمعلومات والاتصالات داخل كل بلد، وهو "
            "مقترح صيني.",
        ),
        tr(
            "Inspection of private email, presented by Russia as a way to fight malware and spam.",
            fr="L'inspection des courriels privés, présentée par la Russie comme un moyen de "
            "lutter contre les logiciels malveillants et le spam.",
            es="La inspección del correo electrónico privado, presentada por Rusia como una "
            "forma de combatir el software malicioso y el spam.",
            ar="تفتيش البريد الإلكتروني الخاص، وتقدّمه روسيا على أنه وسيلة لمكافحة البرمجيات "
            "الخبيثة والرسائل المزعجة.",
        ),
        tr(
            "New fees that would make large websites harder to reach, proposed by Iran.",
            fr="De nouveaux frais qui rendraient les grands sites web plus difficiles d'accès, "
            "proposés par l'Iran.",
            es="Nuevas tarifas que harían más difícil acceder a los grandes sitios web, "
            "propuestas por Irán.",
            ar="رسوم جديدة تجعل الوصول إلى المواقع الكبيرة أصعب، وهو مقترح إيراني.",
        ),
        tr(
            "New powers for governments over global online services, in a joint proposal from "
            "Russia, the United Arab Emirates, China, Algeria, Saudi Arabia and Sudan. Egypt, "
            "an early co-sponsor, later disowned it, and Russia finally withdrew it.",
            fr="De nouveaux pouvoirs pour les gouvernements sur les services en ligne "
            "mondiaux, dans une proposition commune de la Russie, des Émirats arabes unis, de "
            "la Chine, de l'Algérie, de l'Arabie saoudite et du Soudan. L'Égypte, d'abord "
            "coauteure, s'en est ensuite désolidarisée, et la Russie a fini par la retirer.",
            es="Nuevos poderes para los gobiernos sobre los servicios en línea globales, en una "
            "propuesta conjunta de Rusia, los Emiratos Árabes Unidos, China, Argelia, Arabia "
            "Saudí y Sudán. Egipto, que la copatrocinó al principio, se desmarcó después, y "
            "Rusia acabó retirándola.",
            ar="صلاحيات جديدة للحكومات على الخدمات الإلكترونية العالمية، في مقترح مشترك من "
            "روسيا والإمارات العربية المتحدة والصين والجزائر والمملكة العربية السعودية "
            "والسودان. وقد تبرّأت منه مصر، التي كانت من رعاته الأوائل، ثم سحبته روسيا في "
            "النهاية.",
        ),
    ),
    h2(tr("What we ask", fr="Ce que nous demandons", es="Qué pedimos", ar="ماذا نطلب")),
    p(
        tr(
            "Publish the preparatory documents. Open the process to everyone with a stake in "
            "the internet, not to governments alone. And keep the internet out of a treaty "
            "written for telephone lines.",
            fr="Publiez les documents préparatoires. Ouvrez le processus à toutes les parties "
            "concernées par internet, pas seulement aux gouvernements. Et laissez internet hors "
            "d'un traité écrit pour les lignes téléphoniques.",
            es="Publiquen los documentos preparatorios. Abran el proceso a todas las partes "
            "interesadas en internet, no solo a los gobiernos. Y dejen internet fuera de un "
            "tratado escrito para las líneas telefónicas.",
            ar="انشروا الوثائق التحضيرية. افتحوا العملية أمام كل من له مصلحة في الإنترنت، لا "
            "أمام الحكومات وحدها. وأبقوا الإنترنت خارج معاهدة كُتبت لخطوط الهاتف.",
        )
    ),
)

WCIT_PETITION_HEADING = tr(
    "Add your name", fr="Ajoutez votre nom", es="Añade tu nombre", ar="أضف اسمك"
)

# The advocacy tools themselves are resources of the campaign's library (demo_library); the
# campaign page lists them in a resource-list block under this heading.
WCIT_RESOURCES_HEADING = tr(
    "Tools to act",
    fr="Des outils pour agir",
    es="Herramientas para actuar",
    ar="أدوات للتحرّك",
)

# Key dates from the events app's calendar of the meetings that followed the conference.
WCIT_KEY_DATES_HEADING = tr(
    "What came next",
    fr="La suite des événements",
    es="Lo que vino después",
    ar="ماذا حدث بعد ذلك",
)
WCIT_KEY_DATES_CALENDAR = "key-dates-2013-2014"

WCIT_CTA = {
    "heading": tr(
        "Write to your government",
        fr="Écrivez à votre gouvernement",
        es="Escribe a tu gobierno",
        ar="اكتب إلى حكومتك",
    ),
    "text": tr(
        "Your country's delegation decides how it votes in Dubai. Tell it where you stand.",
        fr="C'est la délégation de votre pays qui décide de son vote à Dubaï. Dites-lui ce que "
        "vous en pensez.",
        es="La delegación de tu país decide cómo vota en Dubái. Dile lo que piensas.",
        ar="وفد بلدك هو من يقرر كيف يصوّت في دبي. أخبره بموقفك.",
    ),
    "button_label": tr(
        "Write to them now",
        fr="Leur écrire maintenant",
        es="Escribirles ahora",
        ar="اكتب إليهم الآن",
    ),
}

PRESS_HEADING = tr("In the press", fr="Dans la presse", es="En la prensa", ar="في الصحافة")

# Headlines stay in their original language (marked lang="en"); links go to the outlets' home
# pages, and nothing of the articles is quoted.
PRESS = [
    ("The Economist", "Everything is connected", "https://www.economist.com/"),
    (
        "The Guardian",
        "Internet remains unregulated after UN treaty blocked",
        "https://www.theguardian.com/",
    ),
    ("CNET", "U.N. summit implodes as U.S., others spurn Internet treaty", "https://www.cnet.com/"),
    ("CBC", "Internet freedom debate intensifies at UN conference", "https://www.cbc.ca/"),
    ("CNET", "The U.N. and the Internet: What to expect, what to fear", "https://www.cnet.com/"),
    (
        "Mashable",
        "Why Internet Advocates Hate Russia's Proposal to Change the Web",
        "https://mashable.com/",
    ),
    (
        "CTV",
        "Future of the Internet: International meeting addressing web regulation",
        "https://www.ctvnews.ca/",
    ),
    ("HuffPost Live", "Who Rules the Internet?", "https://www.huffpost.com/"),
    (
        "CNN",
        "Internet hangs in balance as world leaders meet in secret",
        "https://www.cnn.com/",
    ),
    (
        "Wired",
        "The U.N. Shouldn't Make Decisions about an Open Internet Behind Closed Doors",
        "https://www.wired.com/",
    ),
    (
        "ZDNet",
        "U.N. readies for protests on eve of secret Internet regulation treaty",
        "https://www.zdnet.com/",
    ),
    (
        "Ars Technica",
        "Google rallies opposition to UN takeover of Internet governance",
        "https://arstechnica.com/",
    ),
    (
        "Mashable",
        "Internet Activists on Red Alert Ahead of United Nations Conference",
        "https://mashable.com/",
    ),
]

# --- The petition -----------------------------------------------------------------------------

PETITION = {
    "slug": "tell-the-itu",
    "title": tr(
        "Tell the ITU: the internet belongs to us!",
        fr="Dites-le à l'UIT : internet nous appartient !",
        es="Díganselo a la UIT: ¡internet es nuestro!",
        ar="قولوا للاتحاد الدولي للاتصالات: الإنترنت مِلكُنا!",
    ),
    "intro": tr(
        "Ask the ITU and its member states to open up WCIT and to keep their hands off the "
        "internet.",
        fr="Demandez à l'UIT et à ses États membres d'ouvrir la CMTI et de ne pas toucher à "
        "internet.",
        es="Pide a la UIT y a sus Estados miembros que abran la CMTI y que no toquen internet.",
        ar="اطلب من الاتحاد الدولي للاتصالات ودوله الأعضاء فتح المؤتمر أمام الجميع وإبعاد "
        "أيديهم عن الإنترنت.",
    ),
    "target": tr(
        "To the ITU and its member states",
        fr="À l'UIT et à ses États membres",
        es="A la UIT y a sus Estados miembros",
        ar="إلى الاتحاد الدولي للاتصالات ودوله الأعضاء",
    ),
    "share_text": tr(
        "I signed: the internet belongs to all of us. Tell the ITU to keep WCIT open.",
        fr="J'ai signé : internet nous appartient à toutes et à tous. Demandez à l'UIT une CMTI "
        "ouverte.",
        es="He firmado: internet es de todos. Pide a la UIT una CMTI abierta.",
        ar="وقّعتُ: الإنترنت ملك لنا جميعًا. اطلب من الاتحاد الدولي للاتصالات مؤتمرًا مفتوحًا.",
    ),
    "next_action_label": tr(
        "Now write to your government",
        fr="Maintenant, écrivez à votre gouvernement",
        es="Ahora, escribe a tu gobierno",
        ar="والآن اكتب إلى حكومتك",
    ),
    "goal": 250,
}

PETITION_LETTER = html(
    p(
        tr(
            "The internet became what it is because nobody owns it: anyone can connect, build "
            "and speak without asking for permission. Its rules have been shaped in the open, "
            "by the people who use it and run it.",
            fr="Internet est devenu ce qu'il est parce que personne ne le possède : chacun peut "
            "s'y connecter, y construire et s'y exprimer sans demander de permission. Ses "
            "règles ont été façonnées au grand jour, par celles et ceux qui l'utilisent et le "
            "font fonctionner.",
            es="Internet llegó a ser lo que es porque nadie es su dueño: cualquiera puede "
            "conectarse, crear y expresarse sin pedir permiso. Sus reglas se han forjado a la "
            "vista de todos, por quienes lo usan y lo hacen funcionar.",
            ar="صارت الإنترنت على ما هي عليه لأن أحدًا لا يملكها: يستطيع أي شخص أن يتصل بها "
            "ويبني عليها ويعبّر فيها دون أن يستأذن أحدًا. وقد تشكّلت قواعدها في العلن، على أيدي "
            "من يستخدمونها ويشغّلونها.",
        )
    ),
    p(
        tr(
            "Its future must not be decided behind closed doors, by governments alone, in a "
            "treaty written for telephone networks. As people who use the internet, we ask you "
            "to:",
            fr="Son avenir ne doit pas se décider à huis clos, par les seuls gouvernements, dans "
            "un traité écrit pour les réseaux téléphoniques. En tant qu'utilisatrices et "
            "utilisateurs d'internet, nous vous demandons de :",
            es="Su futuro no debe decidirse a puerta cerrada, solo entre gobiernos, en un "
            "tratado escrito para las redes telefónicas. Como personas que usamos internet, les "
            "pedimos que:",
            ar="لا يجوز أن يُقرَّر مستقبلها خلف أبواب مغلقة، بين الحكومات وحدها، في معاهدة "
            "كُتبت لشبكات الهاتف. وبصفتنا مستخدمين للإنترنت، نطالبكم بما يلي:",
        )
    ),
)

PETITION_DEMANDS = [
    tr(
        "Publish all the preparatory documents of WCIT-12.",
        fr="Publier tous les documents préparatoires de la CMTI-12.",
        es="Publiquen todos los documentos preparatorios de la CMTI-12.",
        ar="نشر جميع الوثائق التحضيرية للمؤتمر العالمي للاتصالات الدولية 2012.",
    ),
    tr(
        "Recognise the role of the people who use the internet in deciding how it is run.",
        fr="Reconnaître le rôle des personnes qui utilisent internet dans les décisions sur "
        "son fonctionnement.",
        es="Reconozcan el papel de quienes usan internet en las decisiones sobre cómo funciona.",
        ar="الاعتراف بدور مستخدمي الإنترنت في تقرير طريقة إدارتها.",
    ),
    tr(
        "Reject every proposal that would centralise control of the internet.",
        fr="Rejeter toute proposition qui centraliserait le contrôle d'internet.",
        es="Rechacen toda propuesta que centralice el control de internet.",
        ar="رفض كل مقترح من شأنه أن يركّز السيطرة على الإنترنت.",
    ),
]

PETITION_THANKS = p(
    tr(
        "Every name makes it harder for governments to settle the future of the internet "
        "without us. Thank you for adding yours.",
        fr="Chaque nom rend plus difficile pour les gouvernements de décider de l'avenir "
        "d'internet sans nous. Merci d'avoir ajouté le vôtre.",
        es="Cada nombre hace más difícil que los gobiernos decidan el futuro de internet sin "
        "nosotros. Gracias por sumar el tuyo.",
        ar="كل اسم يجعل من الأصعب على الحكومات أن تقرر مستقبل الإنترنت من دوننا. شكرًا لأنك "
        "أضفت اسمك.",
    )
)

# --- The write-to-your-government action ------------------------------------------------------

ACTION = {
    "slug": "write-to-your-government",
    "title": tr(
        "Write to your government about WCIT",
        fr="Écrivez à votre gouvernement au sujet de la CMTI",
        es="Escribe a tu gobierno sobre la CMTI",
        ar="اكتب إلى حكومتك بشأن المؤتمر العالمي للاتصالات الدولية",
    ),
    "intro": tr(
        "Ask your government's representatives at the ITU to stand against any resolution "
        "that would bring the internet under the treaty.",
        fr="Demandez aux représentants de votre gouvernement à l'UIT de s'opposer à toute "
        "résolution qui placerait internet sous le traité.",
        es="Pide a los representantes de tu gobierno ante la UIT que se opongan a cualquier "
        "resolución que ponga internet bajo el tratado.",
        ar="اطلب من ممثلي حكومتك لدى الاتحاد الدولي للاتصالات أن يقفوا ضد أي قرار يُخضع "
        "الإنترنت للمعاهدة.",
    ),
    "subject": tr(
        "WCIT-12: please keep the internet out of the treaty ({country})",
        fr="CMTI-12 : laissez internet hors du traité ({country})",
        es="CMTI-12: dejen internet fuera del tratado ({country})",
        ar="المؤتمر العالمي للاتصالات الدولية: أبقوا الإنترنت خارج المعاهدة ({country})",
    ),
    "letter": tr(
        "Dear national contact point,\n\n"
        "I am writing to you from {country} ahead of the World Conference on International "
        "Telecommunications in Dubai.\n\n"
        "I ask our delegation to oppose any proposal or resolution that would extend the "
        "International Telecommunication Regulations, or the ITU's mandate, to the internet, "
        "and to support the publication of the preparatory documents.\n\n"
        "The rules of the internet should be made in open processes in which its users, "
        "businesses, engineers and governments all have a voice.\n\n"
        "Yours sincerely,\n{name}",
        fr="Madame, Monsieur,\n\n"
        "Je vous écris depuis le pays suivant : {country}, à l'approche de la Conférence "
        "mondiale des télécommunications internationales de Dubaï.\n\n"
        "Je demande à notre délégation de s'opposer à toute proposition ou résolution qui "
        "étendrait le Règlement des télécommunications internationales, ou le mandat de l'UIT, "
        "à internet, et de soutenir la publication des documents préparatoires.\n\n"
        "Les règles d'internet doivent être élaborées dans des processus ouverts, où ses "
        "utilisateurs, les entreprises, les ingénieurs et les gouvernements ont tous voix au "
        "chapitre.\n\n"
        "Veuillez agréer mes salutations distinguées,\n{name}",
        es="Estimado punto de contacto nacional:\n\n"
        "Le escribo desde {country} ante la Conferencia Mundial de Telecomunicaciones "
        "Internacionales de Dubái.\n\n"
        "Pido a nuestra delegación que se oponga a cualquier propuesta o resolución que "
        "extienda el Reglamento de las Telecomunicaciones Internacionales, o el mandato de la "
        "UIT, a internet, y que apoye la publicación de los documentos preparatorios.\n\n"
        "Las reglas de internet deben hacerse en procesos abiertos en los que sus usuarios, "
        "las empresas, los ingenieros y los gobiernos tengan voz.\n\n"
        "Atentamente,\n{name}",
        ar="حضرة نقطة الاتصال الوطنية المحترمة،\n\n"
        "أكتب إليكم من {country} قبيل انعقاد المؤتمر العالمي للاتصالات الدولية في دبي.\n\n"
        "أطلب من وفدنا أن يعارض أي مقترح أو قرار يمدّ لوائح الاتصالات الدولية، أو ولاية "
        "الاتحاد الدولي للاتصالات، لتشمل الإنترنت، وأن يدعم نشر الوثائق التحضيرية.\n\n"
        "ينبغي أن تُوضع قواعد الإنترنت في عمليات مفتوحة يكون فيها صوتٌ لمستخدميها والشركات "
        "والمهندسين والحكومات على حدٍّ سواء.\n\n"
        "مع خالص التحية،\n{name}",
    ),
}

ACTION_BODY_TEXT = html(
    p(
        tr(
            "Each country sends its own delegation to Dubai, and each delegation votes. A "
            "message from someone in that country carries weight: it shows that people at home "
            "are following the talks.",
            fr="Chaque pays envoie sa propre délégation à Dubaï, et chaque délégation vote. Un "
            "message venu de son propre pays compte : il montre que la population suit les "
            "négociations.",
            es="Cada país envía su propia delegación a Dubái, y cada delegación vota. Un mensaje "
            "de alguien de ese país tiene peso: demuestra que la gente sigue las negociaciones.",
            ar="يرسل كل بلد وفده الخاص إلى دبي، ويصوّت كل وفد. والرسالة التي تأتي من داخل البلد "
            "لها وزنها: فهي تُظهر أن الناس يتابعون المفاوضات.",
        )
    ),
    p(
        tr(
            "Choose your country to see who receives the message. The letter below is only a "
            "suggestion: a few sentences in your own words make it stronger.",
            fr="Choisissez votre pays pour voir qui recevra le message. La lettre ci-dessous "
            "n'est qu'une suggestion : quelques phrases de votre main la rendront plus forte.",
            es="Elige tu país para ver quién recibe el mensaje. La carta de abajo es solo una "
            "sugerencia: unas frases con tus propias palabras la harán más fuerte.",
            ar="اختر بلدك لترى من سيتلقى الرسالة. الرسالة أدناه مجرد اقتراح: بضع جمل بكلماتك "
            "الخاصة تجعلها أقوى.",
        )
    ),
)

ACTION_THANKS = p(
    tr(
        "Thank you for writing. If you get an answer, tell us: it helps us know where each "
        "government stands.",
        fr="Merci d'avoir écrit. Si vous recevez une réponse, faites-le-nous savoir : cela nous "
        "aide à connaître la position de chaque gouvernement.",
        es="Gracias por escribir. Si recibes una respuesta, cuéntanoslo: nos ayuda a saber "
        "qué posición tiene cada gobierno.",
        ar="شكرًا لأنك كتبت. إن تلقيت ردًا فأخبرنا: فذلك يساعدنا على معرفة موقف كل حكومة.",
    )
)

# Fictional but plausible national contact points; every address is on example.org.
TARGETS = [
    ("FR", "Ministère du numérique", "Point de contact national pour l'UIT", "fr"),
    (
        "BE",
        "Service public fédéral Télécommunications",
        "Point de contact national pour l'UIT",
        "fr",
    ),
    ("CA", "Department of Telecommunications Policy", "National contact point for the ITU", "en"),
    (
        "GB",
        "Office for International Telecommunications",
        "National contact point for the ITU",
        "en",
    ),
    (
        "KE",
        "Ministry of Information and Communications",
        "National contact point for the ITU",
        "en",
    ),
    (
        "ES",
        "Secretaría de Estado de Telecomunicaciones",
        "Punto de contacto nacional ante la UIT",
        "es",
    ),
    ("MX", "Subsecretaría de Comunicaciones", "Punto de contacto nacional ante la UIT", "es"),
    ("AR", "Secretaría de Comunicaciones", "Punto de contacto nacional ante la UIT", "es"),
    (
        "EG",
        "وزارة الاتصالات وتكنولوجيا المعلومات",
        "نقطة الاتصال الوطنية لدى الاتحاد الدولي للاتصالات",
        "ar",
    ),
    ("TN", "وزارة تكنولوجيات الاتصال", "نقطة الاتصال الوطنية لدى الاتحاد الدولي للاتصالات", "ar"),
    ("JO", "وزارة الاقتصاد الرقمي", "نقطة الاتصال الوطنية لدى الاتحاد الدولي للاتصالات", "ar"),
    ("BR", "Secretaria de Telecomunicações", "Ponto de contato nacional junto à UIT", "pt"),
]

# --- Demo signatures: fake people, deterministic ---------------------------------------------

SIGNATURE_SEED = 2012
SIGNATURE_COUNT = 420
SIGNERS = {
    # language: (weight, first names, last names, countries)
    "en": (
        40,
        ["James", "Mary", "Aisha", "Tom", "Priya", "Liam", "Grace", "Noah", "Emma", "Kofi"],
        ["Smith", "Okafor", "Patel", "Brown", "Nguyen", "Walker", "Mensah", "Taylor", "Kelly"],
        ["GB", "US", "CA", "KE", "NG", "IN", "AU"],
    ),
    "fr": (
        22,
        ["Camille", "Louis", "Chloé", "Mathieu", "Inès", "Hugo", "Léa", "Youssef", "Manon"],
        ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Diallo", "Girard", "Benali"],
        ["FR", "BE", "CA", "SN", "CI", "CH"],
    ),
    "es": (
        20,
        ["Lucía", "Mateo", "Sofía", "Diego", "Valentina", "Javier", "Camila", "Andrés"],
        ["García", "Rodríguez", "Martínez", "López", "Hernández", "Pérez", "Torres", "Flores"],
        ["ES", "MX", "AR", "CO", "CL", "PE"],
    ),
    "ar": (
        18,
        ["محمد", "فاطمة", "أحمد", "مريم", "يوسف", "ليلى", "عمر", "سارة", "خالد", "نور"],
        ["العلي", "حداد", "منصور", "الخطيب", "سعيد", "قاسم", "نجار", "الحسن"],
        ["EG", "MA", "TN", "JO", "LB", "AE"],
    ),
}
ACTION_OPENINGS = 60
