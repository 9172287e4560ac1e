"""Demo texts of the WCIT resource library: the library page, the translations of the four
advocacy tools (whose English texts and files come from campaigns.documents_demo), and the press
coverage of the conference.

Written for this project from the facts in ../shared/facts/wcit_campaign.yaml; no sentence is
copied from elsewhere. Translations are filed with `demo_content.tr`, keyed by the English text
exactly as wagtail-localize segments it. The letters are translated paragraph by paragraph
(LETTER_PARAGRAPHS) and put together again the way `documents_demo.letter_text` puts the English
together, so that the translated letter keeps the English one's layout.
"""

from .demo_content import PRESS, tr

LIBRARY = {
    "slug": "resources",
    "title": tr(
        "WCIT resource library",
        fr="Ressources sur la CMTI",
        es="Recursos sobre la CMTI",
        ar="مكتبة موارد المؤتمر العالمي للاتصالات الدولية",
    ),
    "intro": tr(
        "Letters, talking points and contacts for raising WCIT with your government, and the "
        "press coverage of the conference.",
        fr="Des lettres, des éléments de langage et des contacts pour interpeller votre "
        "gouvernement sur la CMTI, et la couverture de la conférence dans la presse.",
        es="Cartas, argumentos y contactos para plantear la CMTI a tu gobierno, y la cobertura "
        "de la conferencia en la prensa.",
        ar="رسائل ونقاط حوار وجهات اتصال لمخاطبة حكومتك بشأن المؤتمر العالمي للاتصالات "
        "الدولية، إلى جانب التغطية الصحفية للمؤتمر.",
    ),
}

# --- The advocacy tools: titles and intros as documents_demo.ADVOCACY_TOOLS has them ---------

TOOL_TEXTS = [
    tr(
        "ITU national contact points",
        fr="Les points de contact nationaux de l'UIT",
        es="Puntos de contacto nacionales de la UIT",
        ar="نقاط الاتصال الوطنية لدى الاتحاد الدولي للاتصالات",
    ),
    tr(
        "Who speaks for your country at the ITU? The ministries and regulators that act as "
        "national contact points, and how to reach them before WCIT.",
        fr="Qui parle au nom de votre pays à l'UIT ? Les ministères et les régulateurs qui "
        "servent de points de contact nationaux, et comment les joindre avant la CMTI.",
        es="¿Quién habla en nombre de tu país ante la UIT? Los ministerios y los reguladores que "
        "actúan como puntos de contacto nacionales, y cómo llegar a ellos antes de la CMTI.",
        ar="من يتحدث باسم بلدك في الاتحاد الدولي للاتصالات؟ الوزارات والهيئات التنظيمية التي "
        "تعمل نقاطَ اتصال وطنية، وكيف تصل إليها قبل انعقاد المؤتمر.",
    ),
    tr(
        "Sample letter requesting a national consultation on WCIT",
        fr="Modèle de lettre pour demander une consultation nationale sur la CMTI",
        es="Carta modelo para solicitar una consulta nacional sobre la CMTI",
        ar="نموذج رسالة لطلب مشاورة وطنية بشأن المؤتمر العالمي للاتصالات الدولية",
    ),
    tr(
        "A letter to adapt and send to your minister, asking for an open and inclusive "
        "national consultation before the national position for WCIT is fixed.",
        fr="Une lettre à adapter et à envoyer à votre ministre pour demander une consultation "
        "nationale ouverte et inclusive avant que la position du pays pour la CMTI ne soit "
        "arrêtée.",
        es="Una carta para adaptar y enviar a tu ministro o ministra, en la que se pide una "
        "consulta nacional abierta e inclusiva antes de que se fije la posición del país para "
        "la CMTI.",
        ar="رسالة تكيّفها وترسلها إلى الوزير المختص، تطلب فيها مشاورة وطنية مفتوحة وشاملة "
        "قبل أن يُحسم موقف بلدك من المؤتمر.",
    ),
    tr(
        "Sample talking points for civil society on WCIT",
        fr="Éléments de langage pour la société civile sur la CMTI",
        es="Argumentario para la sociedad civil sobre la CMTI",
        ar="نقاط حوار لمنظمات المجتمع المدني بشأن المؤتمر العالمي للاتصالات الدولية",
    ),
    tr(
        "Short arguments for meetings with officials, interviews and opinion pieces: why "
        "WCIT matters, which proposals worry us, and what to ask for.",
        fr="Des arguments courts pour vos rendez-vous avec des responsables publics, vos "
        "interviews et vos tribunes : pourquoi la CMTI compte, quelles propositions nous "
        "inquiètent et ce qu'il faut demander.",
        es="Argumentos breves para reuniones con responsables públicos, entrevistas y artículos "
        "de opinión: por qué importa la CMTI, qué propuestas nos preocupan y qué pedir.",
        ar="حجج موجزة للقاءات مع المسؤولين والمقابلات الصحفية ومقالات الرأي: لماذا يهمّ "
        "المؤتمر، وما المقترحات التي تقلقنا، وماذا نطلب.",
    ),
    tr(
        "Sample letter requesting to join a national delegation to WCIT",
        fr="Modèle de lettre pour demander à rejoindre une délégation nationale à la CMTI",
        es="Carta modelo para solicitar un puesto en una delegación nacional ante la CMTI",
        ar="نموذج رسالة لطلب الانضمام إلى وفد وطني إلى المؤتمر العالمي للاتصالات الدولية",
    ),
    tr(
        "A letter to adapt and send to your minister, asking for a civil society seat in "
        "your country's delegation to the conference in Dubai.",
        fr="Une lettre à adapter et à envoyer à votre ministre pour demander une place pour la "
        "société civile dans la délégation de votre pays à la conférence de Dubaï.",
        es="Una carta para adaptar y enviar a tu ministro o ministra, en la que se pide un "
        "puesto para la sociedad civil en la delegación de tu país en la conferencia de Dubái.",
        ar="رسالة تكيّفها وترسلها إلى الوزير المختص، تطلب فيها مقعدًا للمجتمع المدني في وفد "
        "بلدك إلى المؤتمر في دبي.",
    ),
]

# --- The two letters, paragraph by paragraph ---------------------------------------------------
# English paragraph (as in documents_demo) -> (French, Spanish, Arabic). A "\n" is a line break
# within the paragraph; a leading "- " marks a bullet. What readers fill in stays in brackets.

SIGN_OFF = (
    "Je vous prie d'agréer, [Madame la Ministre / Monsieur le Ministre], l'expression de ma "
    "haute considération."
)

LETTER_PARAGRAPHS = {
    # Shared by both letters.
    "[Your name]\n[Your organisation]\n[Your address]\n[Your email address]": (
        "[Votre nom]\n[Votre organisation]\n[Votre adresse]\n[Votre adresse électronique]",
        "[Tu nombre]\n[Tu organización]\n[Tu dirección]\n[Tu correo electrónico]",
        "[اسمك]\n[اسم منظمتك]\n[عنوانك]\n[بريدك الإلكتروني]",
    ),
    "[Date]": ("[Date]", "[Fecha]", "[التاريخ]"),
    "[Minister's name]\nMinister responsible for telecommunications\n[Ministry's address]\n"
    "[Country]": (
        "[Nom du ministre]\nMinistre en charge des télécommunications\n[Adresse du ministère]\n"
        "[Pays]",
        "[Nombre del ministro o la ministra]\nTitular del ministerio responsable de las "
        "telecomunicaciones\n[Dirección del ministerio]\n[País]",
        "معالي [اسم الوزير]\nالوزير المسؤول عن قطاع الاتصالات\n[عنوان الوزارة]\n[البلد]",
    ),
    "Dear [Minister's name],": (
        "[Madame la Ministre / Monsieur le Ministre],",
        "[Estimado señor ministro / Estimada señora ministra]:",
        "معالي [اسم الوزير] المحترم،",
    ),
    "Yours sincerely,": (SIGN_OFF, "Atentamente,", "وتفضّلوا بقبول فائق الاحترام والتقدير،"),
    "[Your name]\n[Your title], [Your organisation]": (
        "[Votre nom]\n[Votre fonction], [Votre organisation]",
        "[Tu nombre]\n[Tu cargo], [Tu organización]",
        "[اسمك]\n[صفتك]، [اسم منظمتك]",
    ),
    # The letter requesting a national consultation.
    "Subject: A national consultation before the World Conference on International "
    "Telecommunications (WCIT-12)": (
        "Objet : Une consultation nationale avant la Conférence mondiale des télécommunications "
        "internationales (CMTI-12)",
        "Asunto: Una consulta nacional antes de la Conferencia Mundial de Telecomunicaciones "
        "Internacionales (CMTI-12)",
        "الموضوع: مشاورة وطنية قبل المؤتمر العالمي للاتصالات الدولية (WCIT-12)",
    ),
    "I am writing on behalf of [Your organisation], which [one sentence on what your "
    "organisation does], about the World Conference on International Telecommunications "
    "that the International Telecommunication Union (ITU) will hold in Dubai from 3 to "
    "14 December 2012. At this conference, governments will revise the International "
    "Telecommunication Regulations (ITRs), a treaty that will bind [Country] once it is "
    "signed.": (
        "Je vous écris au nom de [Votre organisation], qui [une phrase sur ce que fait votre "
        "organisation], au sujet de la Conférence mondiale des télécommunications "
        "internationales que l'Union internationale des télécommunications (UIT) tiendra à "
        "Dubaï du 3 au 14 décembre 2012. Lors de cette conférence, les gouvernements réviseront "
        "le Règlement des télécommunications internationales (RTI), un traité qui engagera "
        "[Pays] une fois signé.",
        "Le escribo en nombre de [Tu organización], que [una frase sobre lo que hace tu "
        "organización], en relación con la Conferencia Mundial de Telecomunicaciones "
        "Internacionales que la Unión Internacional de Telecomunicaciones (UIT) celebrará en "
        "Dubái del 3 al 14 de diciembre de 2012. En esta conferencia, los gobiernos revisarán "
        "el Reglamento de las Telecomunicaciones Internacionales (RTI), un tratado que obligará "
        "a [País] una vez firmado.",
        "أكتب إليكم باسم [اسم منظمتك]، التي [جملة واحدة عمّا تقوم به منظمتك]، بشأن المؤتمر "
        "العالمي للاتصالات الدولية الذي يعقده الاتحاد الدولي للاتصالات في دبي من 3 إلى 14 "
        "ديسمبر 2012. ففي هذا المؤتمر ستراجع الحكومات لوائح الاتصالات الدولية، وهي معاهدة "
        "ستُلزم [البلد] بمجرد توقيعها.",
    ),
    "Several proposals made for the conference would bring parts of the internet under "
    "the ITRs: rules on how traffic is routed and paid for, on spam and network "
    "security, or on the obligations of online services. Decisions of this kind affect "
    "the freedom of expression, the privacy and the access to information of every "
    "internet user in [Country], and the businesses and public services that rely on an "
    "open network. They should not be taken without the people they affect.": (
        "Plusieurs propositions déposées pour la conférence feraient entrer des pans d'internet "
        "dans le RTI : des règles sur l'acheminement et la facturation du trafic, sur le spam et "
        "la sécurité des réseaux, ou sur les obligations des services en ligne. De telles "
        "décisions touchent à la liberté d'expression, à la vie privée et à l'accès à "
        "l'information de chaque internaute en [Pays], ainsi qu'aux entreprises et aux services "
        "publics qui dépendent d'un réseau ouvert. Elles ne devraient pas être prises sans les "
        "personnes qu'elles concernent.",
        "Varias propuestas presentadas para la conferencia someterían partes de internet al "
        "RTI: normas sobre cómo se encamina y se paga el tráfico, sobre el spam y la seguridad "
        "de las redes, o sobre las obligaciones de los servicios en línea. Decisiones de este "
        "tipo afectan a la libertad de expresión, a la privacidad y al acceso a la información "
        "de cada usuario de internet en [País], y a las empresas y los servicios públicos que "
        "dependen de una red abierta. No deberían tomarse sin las personas a las que afectan.",
        "إن عددًا من المقترحات المقدَّمة إلى المؤتمر من شأنه أن يُخضع أجزاء من الإنترنت "
        "للوائح الاتصالات الدولية: قواعد بشأن توجيه حركة البيانات وتسعيرها، وبشأن الرسائل "
        "المزعجة وأمن الشبكات، أو بشأن التزامات الخدمات الإلكترونية. وقرارات من هذا النوع تمسّ "
        "حرية التعبير والخصوصية والحق في الوصول إلى المعلومات لكل مستخدم للإنترنت في [البلد]، "
        "كما تمسّ الشركات والمرافق العامة التي تعتمد على شبكة مفتوحة. ولا ينبغي أن تُتخذ بمعزل "
        "عن الناس الذين تطالهم.",
    ),
    "We therefore ask the government of [Country] to hold an open and inclusive national "
    "consultation before Dubai, before the national position is fixed. In particular, "
    "we ask you to:": (
        "Nous demandons donc au gouvernement de [Pays] d'organiser une consultation nationale "
        "ouverte et inclusive avant Dubaï, avant que la position nationale ne soit arrêtée. En "
        "particulier, nous vous demandons de :",
        "Por ello, pedimos al gobierno de [País] que celebre una consulta nacional abierta e "
        "inclusiva antes de Dubái, antes de que se fije la posición nacional. En concreto, le "
        "pedimos que:",
        "لذا نطلب من حكومة [البلد] أن تنظّم مشاورة وطنية مفتوحة وشاملة قبل مؤتمر دبي، وقبل أن "
        "يُحسم الموقف الوطني. ونطلب منكم على وجه الخصوص:",
    ),
    "- publish the proposals that [Country] has made or intends to support, with the "
    "preparatory documents of the conference that the government has received;": (
        "- publier les propositions que [Pays] a faites ou compte soutenir, ainsi que les "
        "documents préparatoires de la conférence que le gouvernement a reçus ;",
        "- publique las propuestas que [País] ha presentado o piensa apoyar, junto con los "
        "documentos preparatorios de la conferencia que ha recibido el gobierno;",
        "- نشر المقترحات التي قدّمها [البلد] أو ينوي دعمها، مع الوثائق التحضيرية للمؤتمر التي "
        "تلقّتها الحكومة؛",
    ),
    "- invite written comments from the public, and hold at least one open meeting with "
    "civil society, the technical community, academics and businesses, announced early "
    "enough for them to prepare;": (
        "- recueillir les contributions écrites du public, et tenir au moins une réunion ouverte "
        "avec la société civile, la communauté technique, les universitaires et les "
        "entreprises, annoncée assez tôt pour que chacun puisse s'y préparer ;",
        "- invite al público a enviar comentarios por escrito y celebre al menos una reunión "
        "abierta con la sociedad civil, la comunidad técnica, el mundo académico y las "
        "empresas, anunciada con antelación suficiente para que puedan prepararse;",
        "- دعوة الجمهور إلى تقديم ملاحظات مكتوبة، وعقد اجتماع مفتوح واحد على الأقل مع المجتمع "
        "المدني والمجتمع التقني والأكاديميين والشركات، يُعلَن عنه مبكرًا بما يكفي للتحضير له؛",
    ),
    "- explain how the comments received were taken into account in the national position;": (
        "- expliquer comment les contributions reçues ont été prises en compte dans la position "
        "nationale ;",
        "- explique cómo se han tenido en cuenta en la posición nacional los comentarios "
        "recibidos;",
        "- توضيح كيف أُخذت الملاحظات الواردة في الحسبان عند صياغة الموقف الوطني؛",
    ),
    "- report back publicly after the conference: what was decided in Dubai, what "
    "[Country] supported, and whether it intends to sign the revised treaty.": (
        "- rendre compte publiquement après la conférence : ce qui a été décidé à Dubaï, ce que "
        "[Pays] a soutenu, et s'il compte signer le traité révisé.",
        "- informe públicamente después de la conferencia: qué se decidió en Dubái, qué apoyó "
        "[País] y si piensa firmar el tratado revisado.",
        "- تقديم تقرير علني بعد المؤتمر: ما الذي تقرّر في دبي، وما الذي دعمه [البلد]، وهل ينوي "
        "التوقيع على المعاهدة المعدّلة.",
    ),
    "The internet is run today by a wide range of organisations, companies, engineers "
    "and users working together. A consultation would let [Country] draw on their "
    "knowledge, and would give its delegation a clearer and better-informed mandate.": (
        "Internet est aujourd'hui géré par un large éventail d'organisations, d'entreprises, "
        "d'ingénieurs et d'utilisateurs qui travaillent ensemble. Une consultation permettrait "
        "à [Pays] de s'appuyer sur leurs connaissances, et donnerait à sa délégation un mandat "
        "plus clair et mieux éclairé.",
        "Hoy internet lo gestiona, en colaboración, una gran variedad de organizaciones, "
        "empresas, ingenieros y usuarios. Una consulta permitiría a [País] aprovechar sus "
        "conocimientos y daría a su delegación un mandato más claro y mejor fundamentado.",
        "تُدار الإنترنت اليوم بتعاون طيف واسع من المنظمات والشركات والمهندسين والمستخدمين. "
        "ومن شأن المشاورة أن تتيح لـ[البلد] الاستفادة من خبراتهم، وأن تمنح وفده تفويضًا أوضح "
        "وأكثر استنارة.",
    ),
    "[Your organisation] would be glad to take part in such a consultation and to share "
    "its analysis of the proposals. I would welcome the chance to discuss this request "
    "with you or your staff, and I look forward to your reply.": (
        "[Votre organisation] serait heureuse de participer à une telle consultation et de "
        "partager son analyse des propositions. Je me tiens à votre disposition pour évoquer "
        "cette demande avec vous ou vos services, et je vous remercie par avance de votre "
        "réponse.",
        "[Tu organización] participaría con gusto en una consulta así y compartiría su análisis "
        "de las propuestas. Me gustaría tener la oportunidad de hablar de esta solicitud con "
        "usted o con su equipo, y quedo a la espera de su respuesta.",
        "يسرّ [اسم منظمتك] أن تشارك في مشاورة كهذه وأن تقدّم تحليلها للمقترحات. وأرحّب بفرصة "
        "مناقشة هذا الطلب معكم أو مع فريق عملكم، وأتطلّع إلى ردّكم.",
    ),
    # The letter requesting to join the national delegation.
    "Subject: A civil society seat in the delegation of [Country] to WCIT-12": (
        "Objet : Une place pour la société civile dans la délégation de [Pays] à la CMTI-12",
        "Asunto: Un puesto para la sociedad civil en la delegación de [País] ante la CMTI-12",
        "الموضوع: مقعد للمجتمع المدني في وفد [البلد] إلى المؤتمر العالمي للاتصالات الدولية "
        "(WCIT-12)",
    ),
    "I am writing on behalf of [Your organisation] to ask that a representative of "
    "civil society be included in the delegation that [Country] will send to the World "
    "Conference on International Telecommunications (WCIT-12), which the International "
    "Telecommunication Union will hold in Dubai from 3 to 14 December 2012.": (
        "Je vous écris au nom de [Votre organisation] pour demander qu'un représentant de la "
        "société civile fasse partie de la délégation que [Pays] enverra à la Conférence "
        "mondiale des télécommunications internationales (CMTI-12), que l'Union internationale "
        "des télécommunications tiendra à Dubaï du 3 au 14 décembre 2012.",
        "Le escribo en nombre de [Tu organización] para pedir que se incluya a una persona "
        "representante de la sociedad civil en la delegación que [País] enviará a la "
        "Conferencia Mundial de Telecomunicaciones Internacionales (CMTI-12), que la Unión "
        "Internacional de Telecomunicaciones celebrará en Dubái del 3 al 14 de diciembre de "
        "2012.",
        "أكتب إليكم باسم [اسم منظمتك] لأطلب ضمّ ممثل عن المجتمع المدني إلى الوفد الذي سيرسله "
        "[البلد] إلى المؤتمر العالمي للاتصالات الدولية (WCIT-12)، الذي يعقده الاتحاد الدولي "
        "للاتصالات في دبي من 3 إلى 14 ديسمبر 2012.",
    ),
    "The conference will revise the International Telecommunication Regulations, a "
    "treaty that some governments want to extend to the internet. Its decisions will "
    "affect how people in [Country] communicate, find information and do business "
    "online. Delegations to ITU conferences may include members who are not civil "
    "servants, and we believe that the delegation of [Country] would be stronger with "
    "a voice that speaks from the experience of internet users.": (
        "La conférence révisera le Règlement des télécommunications internationales, un traité "
        "que certains gouvernements veulent étendre à internet. Ses décisions influeront sur la "
        "manière dont les habitants de [Pays] communiquent, s'informent et travaillent en "
        "ligne. Les délégations aux conférences de l'UIT peuvent compter des membres qui ne "
        "sont pas fonctionnaires, et nous pensons que la délégation de [Pays] gagnerait en "
        "force avec une voix qui parte de l'expérience des internautes.",
        "La conferencia revisará el Reglamento de las Telecomunicaciones Internacionales, un "
        "tratado que algunos gobiernos quieren extender a internet. Sus decisiones afectarán a "
        "la forma en que las personas de [País] se comunican, se informan y hacen negocios en "
        "línea. Las delegaciones en las conferencias de la UIT pueden incluir a miembros que no "
        "son funcionarios, y creemos que la delegación de [País] saldría reforzada con una voz "
        "que hable desde la experiencia de quienes usan internet.",
        "سيراجع المؤتمر لوائح الاتصالات الدولية، وهي معاهدة تريد بعض الحكومات أن تمدّها إلى "
        "الإنترنت. وستؤثر قراراته في طريقة تواصل الناس في [البلد] وحصولهم على المعلومات "
        "وممارستهم أعمالهم عبر الإنترنت. ويجوز أن تضمّ الوفود إلى مؤتمرات الاتحاد الدولي "
        "للاتصالات أعضاء من غير الموظفين الحكوميين، ونرى أن وفد [البلد] سيكون أقوى بصوت ينطلق "
        "من تجربة مستخدمي الإنترنت.",
    ),
    "[Your organisation] has worked on [your field, for example freedom of expression "
    "online, privacy or access to the internet] since [year]. Our representative would "
    "bring to the delegation:": (
        "[Votre organisation] travaille sur [votre domaine, par exemple la liberté d'expression "
        "en ligne, la vie privée ou l'accès à internet] depuis [année]. Notre représentant "
        "apporterait à la délégation :",
        "[Tu organización] trabaja en [tu ámbito, por ejemplo la libertad de expresión en "
        "línea, la privacidad o el acceso a internet] desde [año]. Nuestra persona "
        "representante aportaría a la delegación:",
        "تعمل [اسم منظمتك] في مجال [مجال عملك، مثل حرية التعبير على الإنترنت أو الخصوصية أو "
        "الوصول إلى الإنترنت] منذ [السنة]. وسيقدّم ممثلنا إلى الوفد ما يلي:",
    ),
    "- knowledge of how the proposals on the table would affect internet users, drawn "
    "from our work with [the people or communities you work with];": (
        "- une connaissance des effets qu'auraient les propositions sur la table pour les "
        "internautes, tirée de notre travail avec [les personnes ou les communautés avec "
        "lesquelles vous travaillez] ;",
        "- el conocimiento de cómo afectarían las propuestas sobre la mesa a quienes usan "
        "internet, fruto de nuestro trabajo con [las personas o comunidades con las que "
        "trabajas];",
        "- معرفة بأثر المقترحات المطروحة على مستخدمي الإنترنت، نابعة من عملنا مع [الأشخاص أو "
        "المجتمعات التي تعمل معها]؛",
    ),
    "- quick analysis of new texts as they appear during the negotiations;": (
        "- une analyse rapide des nouveaux textes à mesure qu'ils apparaissent pendant les "
        "négociations ;",
        "- un análisis rápido de los nuevos textos a medida que aparezcan durante las "
        "negociaciones;",
        "- تحليل سريع للنصوص الجديدة فور ظهورها أثناء المفاوضات؛",
    ),
    "- contacts with civil society groups in other countries, which can help the "
    "delegation understand other positions and find allies;": (
        "- des contacts avec des organisations de la société civile d'autres pays, qui peuvent "
        "aider la délégation à comprendre les autres positions et à trouver des alliés ;",
        "- contactos con organizaciones de la sociedad civil de otros países, que pueden ayudar "
        "a la delegación a entender otras posiciones y a encontrar aliados;",
        "- صلات بمنظمات المجتمع المدني في بلدان أخرى، يمكن أن تساعد الوفد على فهم المواقف "
        "الأخرى وإيجاد حلفاء؛",
    ),
    "- a way to explain the delegation's work to the public in [Country], during and "
    "after the conference.": (
        "- un moyen d'expliquer le travail de la délégation au public de [Pays], pendant et "
        "après la conférence.",
        "- una forma de explicar el trabajo de la delegación al público de [País], durante la "
        "conferencia y después.",
        "- وسيلة لشرح عمل الوفد للرأي العام في [البلد]، خلال المؤتمر وبعده.",
    ),
    "We understand that the members of a national delegation speak for their country, "
    "not for their own organisations. Our representative would follow the delegation's "
    "rules, including its instructions, its rules on confidentiality and the directions "
    "of the head of delegation, and [Your organisation] would cover their travel and "
    "accommodation if needed.": (
        "Nous savons que les membres d'une délégation nationale parlent au nom de leur pays, et "
        "non de leur propre organisation. Notre représentant se conformerait aux règles de la "
        "délégation, y compris à ses instructions, à ses règles de confidentialité et aux "
        "directives du chef de délégation, et [Votre organisation] prendrait en charge, si "
        "nécessaire, ses frais de voyage et d'hébergement.",
        "Entendemos que quienes integran una delegación nacional hablan en nombre de su país, "
        "no de sus propias organizaciones. Nuestra persona representante respetaría las normas "
        "de la delegación, incluidas sus instrucciones, sus normas de confidencialidad y las "
        "indicaciones de la jefatura de la delegación, y [Tu organización] cubriría sus gastos "
        "de viaje y alojamiento si fuera necesario.",
        "ونحن ندرك أن أعضاء الوفد الوطني يتحدثون باسم بلدهم لا باسم منظماتهم. وسيلتزم ممثلنا "
        "بقواعد الوفد، بما فيها تعليماته وقواعد السرية وتوجيهات رئيس الوفد، وستتحمّل [اسم "
        "منظمتك] نفقات سفره وإقامته عند الحاجة.",
    ),
    "If a seat in the delegation is not possible, we ask that the government of "
    "[Country] brief civil society before and after the conference, and share the "
    "documents it receives from the ITU.": (
        "Si une place dans la délégation n'est pas envisageable, nous demandons que le "
        "gouvernement de [Pays] informe la société civile avant et après la conférence, et "
        "partage avec elle les documents qu'il reçoit de l'UIT.",
        "Si no fuera posible un puesto en la delegación, pedimos que el gobierno de [País] "
        "informe a la sociedad civil antes y después de la conferencia, y que comparta con ella "
        "los documentos que reciba de la UIT.",
        "وإن تعذّر منح مقعد في الوفد، فإننا نطلب أن تُطلع حكومة [البلد] المجتمع المدني على "
        "المستجدات قبل المؤتمر وبعده، وأن تشاركه الوثائق التي تتلقاها من الاتحاد الدولي "
        "للاتصالات.",
    ),
    "I would be glad to meet you or your officials to discuss this request. Thank you "
    "for considering it; I look forward to your reply.": (
        "Je me tiens à votre disposition pour vous rencontrer, vous ou vos services, afin "
        "d'évoquer cette demande. Je vous remercie de l'attention que vous voudrez bien lui "
        "porter et reste dans l'attente de votre réponse.",
        "Me gustaría reunirme con usted o con su equipo para hablar de esta solicitud. Le "
        "agradezco que la tenga en consideración y quedo a la espera de su respuesta.",
        "يسعدني أن ألتقي بكم أو بمسؤولي وزارتكم لمناقشة هذا الطلب. وأشكركم على النظر فيه، "
        "وأتطلّع إلى ردّكم.",
    ),
    "[Your name]\n[Your title], [Your organisation]\n[Your phone number]": (
        "[Votre nom]\n[Votre fonction], [Votre organisation]\n[Votre numéro de téléphone]",
        "[Tu nombre]\n[Tu cargo], [Tu organización]\n[Tu número de teléfono]",
        "[اسمك]\n[صفتك]، [اسم منظمتك]\n[رقم هاتفك]",
    ),
}

LETTER_LANGUAGES = ("fr", "es", "ar")


def translated_paragraphs(paragraphs, code):
    """The paragraphs in another language, or None when one of them has no translation (the
    English text changed since it was translated: the letter then stays in English)."""
    index = LETTER_LANGUAGES.index(code)
    try:
        return [LETTER_PARAGRAPHS[paragraph][index] for paragraph in paragraphs]
    except KeyError:
        return None


# --- Press coverage: one resource per article -------------------------------------------------
# Headlines and outlets stay as published; the links go to the outlets' home pages (as in
# demo_content.PRESS); each intro says in general terms what the article was about, without
# quoting it. The facts give no dates.

PRESS_INTROS = [
    tr(
        "The Economist on what the Dubai conference could mean for the networks that now "
        "connect most of the world.",
        fr="The Economist s'intéresse à ce que la conférence de Dubaï pourrait changer pour les "
        "réseaux qui relient aujourd'hui la plus grande partie du monde.",
        es="The Economist analiza lo que la conferencia de Dubái podría suponer para las redes "
        "que hoy conectan a la mayor parte del mundo.",
        ar="تتناول مجلة ذي إيكونوميست ما قد يعنيه مؤتمر دبي للشبكات التي تربط اليوم معظم "
        "أنحاء العالم.",
    ),
    tr(
        "The Guardian's report on the close of the conference, when a group of countries "
        "refused to sign the revised treaty.",
        fr="Le compte rendu du Guardian sur la clôture de la conférence, quand un groupe de pays "
        "a refusé de signer le traité révisé.",
        es="La crónica de The Guardian sobre el cierre de la conferencia, cuando un grupo de "
        "países se negó a firmar el tratado revisado.",
        ar="تقرير صحيفة ذا غارديان عن ختام المؤتمر، حين رفضت مجموعة من الدول التوقيع على "
        "المعاهدة المعدّلة.",
    ),
    tr(
        "CNET's report from the last day in Dubai, as the United States and other countries "
        "declined to sign the treaty.",
        fr="Le reportage de CNET sur la dernière journée à Dubaï, quand les États-Unis et "
        "d'autres pays ont refusé de signer le traité.",
        es="La crónica de CNET sobre el último día en Dubái, cuando Estados Unidos y otros "
        "países se negaron a firmar el tratado.",
        ar="تقرير موقع سي نت عن اليوم الأخير في دبي، حين امتنعت الولايات المتحدة ودول أخرى عن "
        "توقيع المعاهدة.",
    ),
    tr(
        "CBC News on the debate over internet freedom as the talks in Dubai went on.",
        fr="CBC News revient sur le débat autour de la liberté sur internet pendant les "
        "négociations de Dubaï.",
        es="CBC News sobre el debate en torno a la libertad en internet durante las "
        "negociaciones de Dubái.",
        ar="تغطية هيئة الإذاعة الكندية (سي بي سي) للجدل حول حرية الإنترنت خلال مفاوضات دبي.",
    ),
    tr(
        "A CNET guide, published before the conference, to the proposals on the table and "
        "what they could change for internet users.",
        fr="Un guide de CNET, paru avant la conférence, sur les propositions en discussion et ce "
        "qu'elles pourraient changer pour les internautes.",
        es="Una guía de CNET, publicada antes de la conferencia, sobre las propuestas en juego "
        "y lo que podrían cambiar para quienes usan internet.",
        ar="دليل نشره موقع سي نت قبل المؤتمر حول المقترحات المطروحة وما قد تغيّره لمستخدمي "
        "الإنترنت.",
    ),
    tr(
        "Mashable on why internet advocates opposed the proposals Russia brought to the "
        "conference.",
        fr="Mashable explique pourquoi les défenseurs d'internet s'opposaient aux propositions "
        "que la Russie a portées à la conférence.",
        es="Mashable explica por qué los defensores de internet se oponían a las propuestas que "
        "Rusia llevó a la conferencia.",
        ar="يشرح موقع ماشابل لماذا عارض المدافعون عن الإنترنت المقترحات التي حملتها روسيا إلى "
        "المؤتمر.",
    ),
    tr(
        "CTV News on the international meeting in Dubai and what it could mean for the "
        "regulation of the web.",
        fr="CTV News présente la réunion internationale de Dubaï et ses conséquences possibles "
        "sur la régulation du web.",
        es="CTV News sobre la reunión internacional de Dubái y lo que podría significar para la "
        "regulación de la web.",
        ar="تغطية قناة سي تي في الكندية للاجتماع الدولي في دبي وما قد يعنيه لتنظيم الويب.",
    ),
    tr(
        "A HuffPost Live conversation on who should set the rules of the internet.",
        fr="Un débat de HuffPost Live sur la question de savoir qui devrait fixer les règles "
        "d'internet.",
        es="Un debate de HuffPost Live sobre quién debería fijar las reglas de internet.",
        ar="حوار على منصة هافبوست لايف حول من ينبغي أن يضع قواعد الإنترنت.",
    ),
    tr(
        "CNN on the closed-door talks in Dubai and what was at stake for the internet.",
        fr="CNN revient sur les négociations à huis clos de Dubaï et sur ce qu'elles "
        "représentaient pour internet.",
        es="CNN sobre las negociaciones a puerta cerrada en Dubái y lo que estaba en juego para "
        "internet.",
        ar="تغطية شبكة سي إن إن للمفاوضات المغلقة في دبي وما كان على المحك بالنسبة إلى الإنترنت.",
    ),
    tr(
        "An opinion piece in Wired arguing that decisions about an open internet should not "
        "be taken behind closed doors.",
        fr="Une tribune parue dans Wired, qui plaide pour que les décisions sur un internet "
        "ouvert ne soient pas prises à huis clos.",
        es="Un artículo de opinión en Wired que defiende que las decisiones sobre un internet "
        "abierto no se tomen a puerta cerrada.",
        ar="مقال رأي في مجلة وايرد يدعو إلى ألّا تُتخذ القرارات المتعلقة بإنترنت مفتوح خلف "
        "أبواب مغلقة.",
    ),
    tr(
        "ZDNet on the eve of the conference, as opposition to its closed process grew.",
        fr="ZDNet à la veille de la conférence, alors que l'opposition à son fonctionnement "
        "opaque grandissait.",
        es="ZDNet en vísperas de la conferencia, mientras crecía la oposición a su proceso "
        "cerrado.",
        ar="تقرير موقع زد دي نت عشية المؤتمر، مع تصاعد المعارضة لطريقة عمله المغلقة.",
    ),
    tr(
        "Ars Technica on how Google rallied opposition to the proposals ahead of the conference.",
        fr="Ars Technica raconte comment Google a mobilisé contre les propositions avant la "
        "conférence.",
        es="Ars Technica cuenta cómo Google movilizó la oposición a las propuestas antes de la "
        "conferencia.",
        ar="يروي موقع آرس تكنيكا كيف حشدت غوغل المعارضة للمقترحات قبيل المؤتمر.",
    ),
    tr(
        "Mashable on the internet activists who mobilised in the run-up to the conference.",
        fr="Mashable sur les militants d'internet qui se sont mobilisés à l'approche de la "
        "conférence.",
        es="Mashable sobre los activistas de internet que se movilizaron en la antesala de la "
        "conferencia.",
        ar="تقرير موقع ماشابل عن ناشطي الإنترنت الذين تحرّكوا في الفترة التي سبقت المؤتمر.",
    ),
]

# (outlet, headline, home page of the outlet, intro), in the order of the facts.
PRESS_ITEMS = [
    (outlet, headline, url, intro)
    for (outlet, headline, url), intro in zip(PRESS, PRESS_INTROS, strict=True)
]
