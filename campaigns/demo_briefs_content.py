"""Demo texts of the outcome briefs: the "Analysis" index, two authors, and two briefs on the
outcome of WCIT-12 (the treaty, then the internet resolution), with their French, Spanish and
Arabic translations.

Written for this project from the facts in ../shared/facts/wcit_campaign.yaml; no sentence is
copied from elsewhere. The authors are fictional staff of the organisation. Translations are
filed with `demo_content.tr`, keyed by the English text exactly as wagtail-localize segments it
(one entry per paragraph, list item, heading or short field). Numbers in brackets refer to the
brief's sources, in their order: the page turns them into links.
"""

import datetime

from .demo_content import h2, html, p, tr, ul

INDEX = {
    "slug": "analysis",
    "title": tr("Analysis", fr="Analyses", es="Análisis", ar="تحليلات"),
    "intro": tr(
        "Our briefs on what our campaigns achieved, what went wrong, and what comes next.",
        fr="Nos notes sur ce que nos campagnes ont obtenu, ce qui a échoué, et ce qui vient "
        "ensuite.",
        es="Nuestros informes sobre lo que lograron nuestras campañas, lo que salió mal y lo que "
        "viene ahora.",
        ar="أوراقنا حول ما حققته حملاتنا، وما لم ينجح منها، وما ينتظرنا بعد ذلك.",
    ),
}

# name, role; names stay as they are in French and Spanish and are transliterated into Arabic.
AUTHORS = {
    "policy": (
        tr("Leila Haddad", fr="Leila Haddad", es="Leila Haddad", ar="ليلى حداد"),
        tr(
            "Internet governance policy lead",
            fr="Responsable des politiques de gouvernance d'internet",
            es="Responsable de políticas de gobernanza de internet",
            ar="مسؤولة السياسات في مجال حوكمة الإنترنت",
        ),
    ),
    "research": (
        tr("Tomás Ferreira", fr="Tomás Ferreira", es="Tomás Ferreira", ar="توماس فيريرا"),
        tr(
            "Researcher, internet policy",
            fr="Chercheur en politiques de l'internet",
            es="Investigador en políticas de internet",
            ar="باحث في سياسات الإنترنت",
        ),
    ),
}

ITU_FINAL_ACTS = {
    "title": "Final Acts of the World Conference on International Telecommunications (WCIT-12)",
    "publisher": "ITU",
    "date": datetime.date(2012, 12, 14),
    "url": "https://www.itu.int/",
}

# --- The treaty: the good, the bad and the ugly ------------------------------------------------

TREATY = {
    "slug": "dubai-treaty-good-bad-ugly",
    "publication_date": datetime.date(2012, 12, 18),
    "authors": ["policy", "research"],
    "title": tr(
        "The Dubai treaty: the good, the bad and the ugly",
        fr="Le traité de Dubaï : le bon, le mauvais et l'inquiétant",
        es="El tratado de Dubái: lo bueno, lo malo y lo feo",
        ar="معاهدة دبي: الجيد والسيئ والقبيح",
    ),
    "intro": tr(
        "WCIT-12 ended with a revised treaty that 89 countries signed and 55 did not. What it "
        "changes for the internet, what it leaves alone, and what to watch now.",
        fr="La CMTI-12 s'est achevée sur un traité révisé que 89 pays ont signé et 55 non. Ce "
        "qu'il change pour internet, ce qu'il laisse de côté, et ce qu'il faut surveiller "
        "désormais.",
        es="La CMTI-12 terminó con un tratado revisado que firmaron 89 países y 55 no. Qué "
        "cambia para internet, qué deja como estaba y qué hay que vigilar ahora.",
        ar="انتهى المؤتمر العالمي للاتصالات الدولية بمعاهدة معدّلة وقّعتها 89 دولة وامتنعت "
        "عن توقيعها 55. ما الذي تغيّره بالنسبة إلى الإنترنت، وما الذي تتركه على حاله، وما "
        "الذي ينبغي مراقبته الآن.",
    ),
    "sources": [
        ITU_FINAL_ACTS,
        {
            "title": "U.N. summit implodes as U.S., others spurn Internet treaty",
            "publisher": "CNET",
            "url": "https://www.cnet.com/",
        },
        {
            "title": "Internet remains unregulated after UN treaty blocked",
            "publisher": "The Guardian",
            "url": "https://www.theguardian.com/",
        },
    ],
}

TREATY_INTRODUCTION = html(
    p(
        tr(
            "For two weeks in December 2012, the member states of the International "
            "Telecommunication Union, a United Nations agency, met in Dubai for the World "
            "Conference on International Telecommunications (WCIT-12). Their task was to revise "
            "the International Telecommunication Regulations, the treaty that sets the ground "
            "rules for telecommunications between countries.",
            fr="Pendant deux semaines, en décembre 2012, les États membres de l'Union "
            "internationale des télécommunications, une agence des Nations unies, se sont réunis "
            "à Dubaï pour la Conférence mondiale des télécommunications internationales "
            "(CMTI-12). Leur mission : réviser le Règlement des télécommunications "
            "internationales, le traité qui fixe les règles de base des télécommunications entre "
            "pays.",
            es="Durante dos semanas de diciembre de 2012, los Estados miembros de la Unión "
            "Internacional de Telecomunicaciones, una agencia de las Naciones Unidas, se "
            "reunieron en Dubái en la Conferencia Mundial de Telecomunicaciones Internacionales "
            "(CMTI-12). Su tarea era revisar el Reglamento de las Telecomunicaciones "
            "Internacionales, el tratado que fija las reglas básicas de las telecomunicaciones "
            "entre países.",
            ar="على مدى أسبوعين في ديسمبر 2012، اجتمعت الدول الأعضاء في الاتحاد الدولي "
            "للاتصالات، وهو وكالة تابعة للأمم المتحدة، في دبي في إطار المؤتمر العالمي للاتصالات "
            "الدولية. وكانت مهمتها مراجعة لوائح الاتصالات الدولية، وهي المعاهدة التي تضع "
            "القواعد الأساسية للاتصالات بين الدول.",
        )
    ),
    p(
        tr(
            "The conference closed on 14 December with the world split in two. In all, 89 "
            "countries signed the revised regulations [1]; 55 did not, among them the United "
            "States, Canada, the United Kingdom, Norway and Australia [2]. Russia, China, most "
            "of Africa and the Arab states were among the signatories.",
            fr="La conférence s'est close le 14 décembre sur un monde coupé en deux. Au total, 89 "
            "pays ont signé le règlement révisé [1] ; 55 ne l'ont pas fait, parmi lesquels les "
            "États-Unis, le Canada, le Royaume-Uni, la Norvège et l'Australie [2]. La Russie, la "
            "Chine, la plupart des pays d'Afrique et les États arabes figurent parmi les "
            "signataires.",
            es="La conferencia se cerró el 14 de diciembre con el mundo partido en dos. En "
            "total, 89 países firmaron el reglamento revisado [1]; 55 no lo hicieron, entre "
            "ellos Estados Unidos, Canadá, el Reino Unido, Noruega y Australia [2]. Rusia, "
            "China, la mayor parte de África y los Estados árabes estuvieron entre los "
            "firmantes.",
            ar="اختُتم المؤتمر في 14 ديسمبر والعالم منقسم إلى معسكرين. فقد وقّعت 89 دولة في "
            "المجموع على اللوائح المعدّلة [1]، وامتنعت 55 دولة عن التوقيع، من بينها الولايات "
            "المتحدة وكندا والمملكة المتحدة والنرويج وأستراليا [2]. أما روسيا والصين ومعظم "
            "الدول الأفريقية والدول العربية فكانت بين الموقّعين.",
        )
    ),
    p(
        tr(
            "What came out of Dubai is neither the takeover of the internet that some feared "
            "nor a clean win for those who, like us, wanted the internet left out of the "
            "treaty [3]. Here is our reading of the text, point by point: what went well, what "
            "went badly, and what should worry anyone who cares about an open internet.",
            fr="Ce qui est sorti de Dubaï n'est ni la mainmise sur internet que certains "
            "redoutaient, ni une victoire nette pour celles et ceux qui, comme nous, voulaient "
            "qu'internet reste hors du traité [3]. Voici notre lecture du texte, point par "
            "point : ce qui s'est bien passé, ce qui s'est mal passé, et ce qui doit inquiéter "
            "toute personne attachée à un internet ouvert.",
            es="Lo que salió de Dubái no es ni la toma de control de internet que algunos "
            "temían ni una victoria clara para quienes, como nosotros, queríamos que internet "
            "quedara fuera del tratado [3]. Esta es nuestra lectura del texto, punto por punto: "
            "lo que salió bien, lo que salió mal y lo que debería preocupar a cualquiera a quien "
            "le importe un internet abierto.",
            ar="ما خرج به مؤتمر دبي ليس استيلاءً على الإنترنت كما خشي البعض، ولا انتصارًا "
            "صريحًا لمن أرادوا، مثلنا، إبقاء الإنترنت خارج المعاهدة [3]. وفي ما يلي قراءتنا "
            "للنص نقطةً نقطة: ما جاء جيدًا، وما جاء سيئًا، وما ينبغي أن يقلق كل من يهمّه إنترنت "
            "مفتوح.",
        )
    ),
)

# (verdict, heading, text): one assessment block per outcome, in the order good, bad, ugly.
TREATY_ASSESSMENTS = [
    (
        "good",
        tr(
            "The definitions were kept narrow",
            fr="Les définitions sont restées étroites",
            es="Las definiciones siguen siendo estrictas",
            ar="بقيت التعريفات ضيقة",
        ),
        tr(
            "Key terms such as “telecommunications” and “international route” keep their old "
            "meaning. Widening them would have brought internet traffic and services within the "
            "treaty's reach, and the proposals to do so were not adopted.",
            fr="Des termes clés comme « télécommunications » et « route internationale » gardent "
            "leur sens d'avant. Les élargir aurait fait entrer le trafic et les services "
            "d'internet dans le champ du traité, et les propositions en ce sens n'ont pas été "
            "retenues.",
            es="Términos clave como «telecomunicaciones» y «ruta internacional» conservan su "
            "significado anterior. Ampliarlos habría puesto el tráfico y los servicios de "
            "internet al alcance del tratado, y las propuestas en ese sentido no se aprobaron.",
            ar="حافظت مصطلحات أساسية مثل «الاتصالات» و«المسار الدولي» على معناها السابق. ولو "
            "وُسّعت لدخلت حركة الإنترنت وخدماتها في نطاق المعاهدة، لكن المقترحات الرامية إلى "
            "ذلك لم تُعتمد.",
        ),
    ),
    (
        "good",
        tr(
            "No right to know how traffic is routed",
            fr="Pas de droit de savoir par où passe le trafic",
            es="Ningún derecho a saber por dónde circula el tráfico",
            ar="لا حقّ في معرفة مسار حركة البيانات",
        ),
        tr(
            "A proposal to give states a right to know the route their traffic takes through "
            "other countries' networks was rejected. It would have given governments a say over "
            "the paths data travels, which networks today agree among themselves.",
            fr="Une proposition qui aurait donné aux États le droit de connaître le chemin "
            "emprunté par leur trafic à travers les réseaux d'autres pays a été rejetée. Elle "
            "aurait donné aux gouvernements leur mot à dire sur les itinéraires des données, que "
            "les réseaux conviennent aujourd'hui entre eux.",
            es="Se rechazó una propuesta que daba a los Estados el derecho a conocer la ruta que "
            "sigue su tráfico por las redes de otros países. Habría dado a los gobiernos voz "
            "sobre los caminos que recorren los datos, algo que hoy acuerdan las redes entre sí.",
            ar="رُفض مقترح كان سيمنح الدول حقّ معرفة المسار الذي تسلكه حركة بياناتها عبر شبكات "
            "دول أخرى. ولو اعتُمد لأصبح للحكومات رأي في الطرق التي تسلكها البيانات، وهي طرق "
            "تتفق عليها الشبكات في ما بينها اليوم.",
        ),
    ),
    (
        "good",
        tr(
            "“Sending party pays” stayed out",
            fr="Le principe « l'expéditeur paie » écarté",
            es="Fuera el principio de «quien envía, paga»",
            ar="استبعاد مبدأ «المرسِل يدفع»",
        ),
        tr(
            "The “sending party pays” proposal of ETNO, the association of European "
            "telecommunications network operators, was not adopted. It would have let operators "
            "charge the services that send traffic to their users, making it costlier to reach "
            "people in many countries, and hardest for small and non-commercial sites.",
            fr="La proposition « l'expéditeur paie » de l'ETNO, l'association des opérateurs "
            "européens de réseaux de télécommunications, n'a pas été adoptée. Elle aurait permis "
            "aux opérateurs de faire payer les services qui envoient du trafic vers leurs "
            "abonnés, rendant plus coûteux l'accès aux internautes de nombreux pays, surtout "
            "pour les petits sites et les sites non commerciaux.",
            es="No se aprobó la propuesta de «quien envía, paga» de ETNO, la asociación de "
            "operadores europeos de redes de telecomunicaciones. Habría permitido a los "
            "operadores cobrar a los servicios que envían tráfico a sus usuarios, lo que "
            "encarecería llegar a la gente de muchos países, sobre todo para los sitios pequeños "
            "y sin fines comerciales.",
            ar="لم يُعتمد مقترح «المرسِل يدفع» الذي قدّمته جمعية مشغّلي شبكات الاتصالات "
            "الأوروبية (ETNO). وكان سيسمح للمشغّلين بفرض رسوم على الخدمات التي ترسل البيانات "
            "إلى مشتركيهم، ما يجعل الوصول إلى الناس في بلدان كثيرة أعلى كلفة، ولا سيما على "
            "المواقع الصغيرة وغير التجارية.",
        ),
    ),
    (
        "bad",
        tr(
            "An undefined duty to identify callers",
            fr="Une obligation floue d'identifier l'appelant",
            es="Una obligación imprecisa de identificar a quien llama",
            ar="واجب غامض بتحديد هوية المتصل",
        ),
        tr(
            "A new provision requires states to ensure Calling Line Identification. The treaty "
            "does not define the term, and its meaning may change as the ITU's standardisation "
            "sector, ITU-T, revises its standards. A rule written for telephone calls could, in "
            "time, be read far more widely.",
            fr="Une nouvelle disposition oblige les États à garantir l'identification de la "
            "ligne appelante. Le traité ne définit pas ce terme, dont le sens pourra évoluer au "
            "fil des normes que révisera le secteur de la normalisation de l'UIT, l'UIT-T. Une "
            "règle pensée pour les appels téléphoniques pourrait, avec le temps, recevoir une "
            "lecture bien plus large.",
            es="Una nueva disposición obliga a los Estados a garantizar la identificación de la "
            "línea llamante. El tratado no define el término, y su significado puede cambiar a "
            "medida que el sector de normalización de la UIT, el UIT-T, revise sus normas. Una "
            "regla pensada para las llamadas telefónicas podría, con el tiempo, interpretarse de "
            "forma mucho más amplia.",
            ar="يُلزم حكمٌ جديد الدولَ بضمان تعريف هوية الخط الطالب. ولا تعرّف المعاهدة هذا "
            "المصطلح، وقد يتغيّر معناه كلما راجع قطاع تقييس الاتصالات في الاتحاد الدولي "
            "للاتصالات معاييره. وقاعدةٌ وُضعت للمكالمات الهاتفية قد تُفسَّر مع الوقت تفسيرًا "
            "أوسع بكثير.",
        ),
    ),
    (
        "ugly",
        tr(
            "Article 5B: spam, and perhaps more",
            fr="L'article 5B : le spam, et peut-être davantage",
            es="Artículo 5B: el spam, y quizá algo más",
            ar="المادة 5B: الرسائل المزعجة، وربما أكثر",
        ),
        tr(
            "Article 5B asks states to prevent unsolicited bulk electronic communications, in "
            "other words spam. The article avoids the word “internet”, but most such messages "
            "travel over it, and a government that wants to police what people send online can "
            "now point to a treaty.",
            fr="L'article 5B demande aux États d'empêcher les communications électroniques non "
            "sollicitées envoyées en masse, autrement dit le spam. L'article évite le mot "
            "« internet », mais la plupart de ces messages y circulent, et un gouvernement qui "
            "veut contrôler ce que les gens envoient en ligne peut désormais invoquer un traité.",
            es="El artículo 5B pide a los Estados que impidan las comunicaciones electrónicas "
            "masivas no solicitadas, es decir, el spam. El artículo evita la palabra "
            "«internet», pero la mayoría de esos mensajes circulan por ella, y un gobierno que "
            "quiera vigilar lo que la gente envía en línea puede ahora ampararse en un tratado.",
            ar="تطلب المادة 5B من الدول منع الاتصالات الإلكترونية الجماعية غير المرغوب فيها، أي "
            "الرسائل المزعجة. وتتجنّب المادة ذكر كلمة «الإنترنت»، لكن معظم هذه الرسائل تمرّ "
            "عبرها، وبات بوسع أي حكومة تريد مراقبة ما يرسله الناس عبر الإنترنت أن تحتجّ "
            "بمعاهدة دولية.",
        ),
    ),
    (
        "ugly",
        tr(
            "An active role for the ITU on the internet",
            fr="Un rôle actif pour l'UIT sur internet",
            es="Un papel activo para la UIT en internet",
            ar="دور فاعل للاتحاد الدولي للاتصالات في الإنترنت",
        ),
        tr(
            "A resolution adopted with the treaty instructs the ITU Secretary-General to give "
            "the ITU an active role on the internet. A resolution does not bind states the way "
            "the treaty's articles do, but this one hands the ITU a mandate that civil society "
            "had asked governments to refuse. We look at it closely in a second brief.",
            fr="Une résolution adoptée avec le traité charge le Secrétaire général de l'UIT de "
            "donner à l'UIT un rôle actif sur internet. Une résolution n'engage pas les États "
            "comme le font les articles du traité, mais celle-ci confie à l'UIT un mandat que la "
            "société civile avait demandé aux gouvernements de refuser. Nous l'examinons de près "
            "dans une deuxième note.",
            es="Una resolución adoptada junto con el tratado encarga al Secretario General de "
            "la UIT que dé a la UIT un papel activo en internet. Una resolución no obliga a los "
            "Estados como los artículos del tratado, pero esta otorga a la UIT un mandato que la "
            "sociedad civil había pedido a los gobiernos que rechazaran. La analizamos en "
            "detalle en un segundo informe.",
            ar="يكلّف قرارٌ اعتُمد مع المعاهدة الأمينَ العام للاتحاد الدولي للاتصالات بمنح "
            "الاتحاد دورًا فاعلًا في الإنترنت. والقرار لا يُلزم الدول كما تُلزمها مواد "
            "المعاهدة، لكنه يمنح الاتحاد ولايةً كان المجتمع المدني قد طالب الحكومات برفضها. "
            "ونتناوله بالتفصيل في ورقة ثانية.",
        ),
    ),
    (
        "ugly",
        tr(
            "“An equal role” for governments alone",
            fr="« Un rôle égal », pour les seuls gouvernements",
            es="«Un papel igual», solo para los gobiernos",
            ar="«دور متساوٍ» للحكومات وحدها",
        ),
        tr(
            "The same resolution states that all governments should have an equal role in "
            "international internet governance. It sounds fair between states, but it speaks "
            "of governments only, and leaves out the users, engineers, businesses and civil "
            "society groups whose work keeps the internet running.",
            fr="La même résolution affirme que tous les gouvernements devraient avoir un rôle "
            "égal dans la gouvernance internationale d'internet. Cela semble équitable entre "
            "États, mais le texte ne parle que des gouvernements, et laisse de côté les "
            "utilisateurs, les ingénieurs, les entreprises et les associations dont le travail "
            "fait fonctionner internet.",
            es="La misma resolución afirma que todos los gobiernos deberían tener un papel igual "
            "en la gobernanza internacional de internet. Suena justo entre Estados, pero solo "
            "habla de gobiernos, y deja fuera a los usuarios, ingenieros, empresas y "
            "organizaciones de la sociedad civil cuyo trabajo mantiene internet en marcha.",
            ar="وينصّ القرار نفسه على أن يكون لجميع الحكومات دور متساوٍ في الحوكمة الدولية "
            "للإنترنت. يبدو ذلك إنصافًا بين الدول، لكنه لا يتحدث إلا عن الحكومات، ويُقصي "
            "المستخدمين والمهندسين والشركات ومنظمات المجتمع المدني الذين تُبقي جهودهم الإنترنت "
            "قائمة.",
        ),
    ),
]

# Partial data, and said so: the countries this brief names, with the known totals.
TREATY_POSITIONS = {
    "title": tr(
        "Who signed the revised regulations",
        fr="Qui a signé le règlement révisé",
        es="Quién firmó el reglamento revisado",
        ar="من وقّع على اللوائح المعدّلة",
    ),
    "note": tr(
        "Partial data: only the countries named in this brief are shown. In all, 89 countries "
        "signed and 55 did not.",
        fr="Données partielles : seuls les pays cités dans cette note figurent ici. Au total, "
        "89 pays ont signé et 55 ne l'ont pas fait.",
        es="Datos parciales: solo aparecen los países mencionados en este informe. En total, "
        "89 países firmaron y 55 no.",
        ar="بيانات جزئية: لا تظهر هنا إلا الدول المذكورة في هذه الورقة. وإجمالًا، وقّعت 89 "
        "دولة وامتنعت 55 دولة عن التوقيع.",
    ),
    "positions": [
        {
            "key": "signed",
            "label": tr("Signed", fr="A signé", es="Firmó", ar="وقّعت"),
            "colour": "blue",
            "total": 89,
        },
        {
            "key": "did_not_sign",
            "label": tr("Did not sign", fr="N'a pas signé", es="No firmó", ar="لم توقّع"),
            "colour": "orange",
            "total": 55,
        },
    ],
    "countries": [
        *({"country": code, "position": "did_not_sign"} for code in ("US", "CA", "GB", "NO", "AU")),
        *({"country": code, "position": "signed"} for code in ("RU", "CN", "AE", "SA", "DZ", "SD")),
    ],
    "csv_file": None,
}

TREATY_NEXT = html(
    h2(tr("What comes next", fr="Et maintenant ?", es="Y ahora, ¿qué?", ar="ماذا بعد؟")),
    p(
        tr(
            "A signature is not the last word. Each government that signed still has to ratify "
            "the treaty at home, and that is a moment when parliaments and the public can ask "
            "what their country has signed up to.",
            fr="Une signature n'est pas le dernier mot. Chaque gouvernement signataire doit "
            "encore ratifier le traité chez lui, et c'est l'occasion pour les parlements et le "
            "public de demander à quoi leur pays s'est engagé.",
            es="Una firma no es la última palabra. Cada gobierno firmante aún tiene que "
            "ratificar el tratado en su país, y ese es el momento en que los parlamentos y la "
            "ciudadanía pueden preguntar a qué se ha comprometido su país.",
            ar="التوقيع ليس الكلمة الأخيرة. فعلى كل حكومة موقّعة أن تصادق على المعاهدة في "
            "بلدها، وتلك فرصة للبرلمانات وللرأي العام كي يسألوا عمّا التزم به بلدهم.",
        )
    ),
    p(
        tr(
            "The argument over who runs the internet did not end in Dubai. It moves on to the "
            "ITU's next meetings, from the World Telecommunication/ICT Policy Forum in 2013 to "
            "the Plenipotentiary Conference in 2014, where the ITU's own mandate is set. We will "
            "follow each of them, and keep asking that these decisions be taken in the open, "
            "with everyone who uses the internet at the table.",
            fr="Le débat sur qui gouverne internet ne s'est pas arrêté à Dubaï. Il se poursuit "
            "lors des prochaines réunions de l'UIT, du Forum mondial des politiques de "
            "télécommunication/TIC en 2013 à la Conférence de plénipotentiaires de 2014, qui "
            "fixe le mandat de l'UIT elle-même. Nous suivrons chacune d'elles, et continuerons "
            "de demander que ces décisions soient prises au grand jour, avec autour de la table "
            "toutes celles et ceux qui utilisent internet.",
            es="El debate sobre quién gobierna internet no terminó en Dubái. Continúa en las "
            "próximas reuniones de la UIT, desde el Foro Mundial de Política de las "
            "Telecomunicaciones/TIC de 2013 hasta la Conferencia de Plenipotenciarios de 2014, "
            "que fija el propio mandato de la UIT. Seguiremos cada una de ellas y seguiremos "
            "pidiendo que estas decisiones se tomen de forma abierta, con todas las personas que "
            "usan internet sentadas a la mesa.",
            ar="لم ينتهِ الجدل حول من يدير الإنترنت في دبي، بل ينتقل إلى الاجتماعات المقبلة "
            "للاتحاد الدولي للاتصالات، من المنتدى العالمي لسياسات الاتصالات وتكنولوجيا "
            "المعلومات والاتصالات في 2013 إلى مؤتمر المندوبين المفوضين في 2014، الذي يحدّد "
            "ولاية الاتحاد نفسه. وسنتابع كلًّا منها، وسنواصل المطالبة بأن تُتخذ هذه القرارات "
            "في العلن، بمشاركة كل من يستخدم الإنترنت.",
        )
    ),
)

# Leads to the "Internet governance" topic page.
TREATY_CTA = {
    "heading": tr("Where we stand", fr="Notre position", es="Nuestra postura", ar="موقفنا"),
    "text": tr(
        "How the internet should be governed, and why everyone it affects should have a voice.",
        fr="Comment internet devrait être gouverné, et pourquoi toutes les personnes concernées "
        "devraient avoir voix au chapitre.",
        es="Cómo debería gobernarse internet, y por qué todas las personas afectadas deberían "
        "tener voz.",
        ar="كيف ينبغي أن تُدار الإنترنت، ولماذا ينبغي أن يكون لكل من يعنيه الأمر صوت.",
    ),
    "button_label": tr(
        "Read about internet governance",
        fr="En savoir plus sur la gouvernance d'internet",
        es="Más sobre la gobernanza de internet",
        ar="اقرأ عن حوكمة الإنترنت",
    ),
}

# --- The internet resolution -------------------------------------------------------------------

RESOLUTION = {
    "slug": "internet-resolution",
    "publication_date": datetime.date(2012, 12, 21),
    "authors": ["research"],
    "title": tr(
        "The internet resolution: adopted without a vote",
        fr="La résolution sur internet : adoptée sans vote",
        es="La resolución sobre internet: aprobada sin votación",
        ar="القرار الخاص بالإنترنت: اعتُمد دون تصويت",
    ),
    "intro": tr(
        "A resolution adopted with the Dubai treaty gives the ITU a role on the internet. It "
        "passed after a “temperature-taking” of the room, not a formal vote. What it says, and "
        "what it means for the way the internet is run.",
        fr="Une résolution adoptée avec le traité de Dubaï donne à l'UIT un rôle sur internet. "
        "Elle est passée après une « prise de température » de la salle, et non par un vote "
        "formel. Ce qu'elle dit, et ce qu'elle signifie pour la façon dont internet est "
        "gouverné.",
        es="Una resolución aprobada junto con el tratado de Dubái da a la UIT un papel en "
        "internet. Salió adelante tras «tomar la temperatura» de la sala, no mediante una "
        "votación formal. Qué dice y qué significa para la forma en que se gobierna internet.",
        ar="يمنح قرارٌ اعتُمد مع معاهدة دبي الاتحادَ الدولي للاتصالات دورًا في الإنترنت. وقد "
        "مُرّر بعد «جسّ نبض» القاعة لا بتصويت رسمي. ماذا يقول، وماذا يعني لطريقة إدارة "
        "الإنترنت.",
    ),
    "sources": [
        {
            "title": "Internet freedom debate intensifies at UN conference",
            "publisher": "CBC",
            "url": "https://www.cbc.ca/",
        },
        ITU_FINAL_ACTS,
        {
            "title": "Who Rules the Internet?",
            "publisher": "HuffPost Live",
            "url": "https://www.huffpost.com/",
        },
    ],
}

RESOLUTION_TEXT = html(
    h2(
        tr(
            "How it was adopted",
            fr="Comment elle a été adoptée",
            es="Cómo se aprobó",
            ar="كيف اعتُمد",
        )
    ),
    p(
        tr(
            "The resolution was never put to a formal vote. Late in the conference, the "
            "“temperature” of the room was taken instead: delegations were asked to show where "
            "they stood, and the text was declared adopted on that basis [1].",
            fr="La résolution n'a jamais été soumise à un vote formel. En fin de conférence, on a "
            "plutôt pris la « température » de la salle : les délégations ont été invitées à "
            "faire connaître leur position, et le texte a été déclaré adopté sur cette base [1].",
            es="La resolución nunca se sometió a una votación formal. Al final de la conferencia "
            "se «tomó la temperatura» de la sala: se pidió a las delegaciones que mostraran su "
            "postura y, sobre esa base, se declaró aprobado el texto [1].",
            ar="لم يُطرح القرار قطّ للتصويت الرسمي. وبدلًا من ذلك، جرى في أواخر المؤتمر «جسّ "
            "نبض» القاعة: طُلب من الوفود أن تُبدي مواقفها، ثم أُعلن اعتماد النص على هذا الأساس "
            "[1].",
        )
    ),
    p(
        tr(
            "How it was adopted matters as much as what it says. A formal vote puts each "
            "government's position on the record; a temperature-taking does not. It is hard to "
            "hold a government to account for a choice it never had to state.",
            fr="La manière dont elle a été adoptée compte autant que son contenu. Un vote formel "
            "consigne la position de chaque gouvernement ; une prise de température, non. Il est "
            "difficile de demander des comptes à un gouvernement sur un choix qu'il n'a jamais "
            "eu à exprimer.",
            es="Cómo se aprobó importa tanto como lo que dice. Una votación formal deja "
            "constancia de la postura de cada gobierno; tomar la temperatura de la sala, no. Es "
            "difícil pedir cuentas a un gobierno por una decisión que nunca tuvo que declarar.",
            ar="وطريقة اعتماده لا تقلّ أهمية عن مضمونه. فالتصويت الرسمي يسجّل موقف كل حكومة، "
            "أما جسّ النبض فلا يسجّل شيئًا. ومن الصعب مساءلة حكومة عن خيار لم تُضطرّ قطّ إلى "
            "إعلانه.",
        )
    ),
    h2(tr("What it says", fr="Ce qu'elle dit", es="Qué dice", ar="ماذا يقول")),
    ul(
        tr(
            "It instructs the ITU Secretary-General to give the ITU an active role on the "
            "internet.",
            fr="Elle charge le Secrétaire général de l'UIT de donner à l'UIT un rôle actif sur "
            "internet.",
            es="Encarga al Secretario General de la UIT que dé a la UIT un papel activo en "
            "internet.",
            ar="يكلّف الأمين العام للاتحاد الدولي للاتصالات بمنح الاتحاد دورًا فاعلًا في الإنترنت.",
        ),
        tr(
            "It states that all governments should have an equal role in international internet "
            "governance.",
            fr="Elle affirme que tous les gouvernements devraient avoir un rôle égal dans la "
            "gouvernance internationale d'internet.",
            es="Afirma que todos los gobiernos deberían tener un papel igual en la gobernanza "
            "internacional de internet.",
            ar="ينصّ على أن يكون لجميع الحكومات دور متساوٍ في الحوكمة الدولية للإنترنت.",
        ),
    ),
    p(
        tr(
            "Neither point is in the treaty's articles, and a resolution does not bind states "
            "the way the treaty does. But it gives the ITU's secretariat a text to act on, and "
            "the governments that want a larger role for the ITU a text to point to [2].",
            fr="Aucun de ces deux points ne figure dans les articles du traité, et une résolution "
            "n'engage pas les États comme le traité. Mais elle donne au secrétariat de l'UIT un "
            "texte sur lequel agir, et aux gouvernements qui veulent élargir le rôle de l'UIT un "
            "texte à invoquer [2].",
            es="Ninguno de los dos puntos está en los artículos del tratado, y una resolución no "
            "obliga a los Estados como el tratado. Pero da a la secretaría de la UIT un texto con "
            "el que actuar, y a los gobiernos que quieren un papel mayor para la UIT un texto que "
            "invocar [2].",
            ar="لا ترد أيٌّ من هاتين النقطتين في مواد المعاهدة، والقرار لا يُلزم الدول كما "
            "تُلزمها المعاهدة. لكنه يمنح أمانة الاتحاد نصًّا تستند إليه في عملها، ويمنح "
            "الحكومات الراغبة في توسيع دور الاتحاد نصًّا تحتجّ به [2].",
        )
    ),
)

RESOLUTION_ASSESSMENT = (
    "ugly",
    tr(
        "A mandate for the ITU, through the back door",
        fr="Un mandat pour l'UIT, par la petite porte",
        es="Un mandato para la UIT, por la puerta de atrás",
        ar="ولاية للاتحاد من الباب الخلفي",
    ),
    tr(
        "Civil society asked governments to keep the internet out of the ITU's mandate, and "
        "the treaty's definitions were indeed kept narrow. The resolution brings back, beside "
        "the treaty, what its articles left out: without a vote, and without the people who use "
        "the internet having a say.",
        fr="La société civile avait demandé aux gouvernements de laisser internet hors du mandat "
        "de l'UIT, et les définitions du traité sont bien restées étroites. La résolution "
        "réintroduit, à côté du traité, ce que ses articles avaient écarté : sans vote, et sans "
        "que les personnes qui utilisent internet aient leur mot à dire.",
        es="La sociedad civil pidió a los gobiernos que dejaran internet fuera del mandato de la "
        "UIT, y las definiciones del tratado siguieron siendo estrictas. La resolución "
        "reintroduce, al lado del tratado, lo que sus artículos dejaron fuera: sin votación y "
        "sin que quienes usan internet tengan nada que decir.",
        ar="طالب المجتمع المدني الحكومات بإبقاء الإنترنت خارج ولاية الاتحاد الدولي للاتصالات، "
        "وقد بقيت تعريفات المعاهدة ضيقة فعلًا. لكن القرار يُعيد، إلى جانب المعاهدة، ما "
        "استبعدته موادها: من دون تصويت، ومن دون أن يكون لمستخدمي الإنترنت رأي في ذلك.",
    ),
)

RESOLUTION_MODEL = html(
    h2(
        tr(
            "What it means for the multistakeholder model",
            fr="Ce qu'elle signifie pour le modèle multipartite",
            es="Qué significa para el modelo de múltiples partes interesadas",
            ar="ماذا يعني لنموذج أصحاب المصلحة المتعددين",
        )
    ),
    p(
        tr(
            "No single government runs the internet. Its standards, addresses and policies are "
            "worked out in processes that are decentralised, inclusive, transparent, accountable "
            "and driven by consensus, in which users, businesses, technical bodies and "
            "governments all have a voice. This is what is called the multistakeholder model.",
            fr="Aucun gouvernement ne dirige internet à lui seul. Ses normes, ses adresses et ses "
            "règles s'élaborent dans des processus décentralisés, inclusifs, transparents, "
            "responsables et fondés sur le consensus, où les utilisateurs, les entreprises, les "
            "organismes techniques et les gouvernements ont tous voix au chapitre. C'est ce "
            "qu'on appelle le modèle multipartite.",
            es="Ningún gobierno dirige internet por sí solo. Sus normas, sus direcciones y sus "
            "políticas se elaboran en procesos descentralizados, inclusivos, transparentes, que "
            "rinden cuentas y que buscan el consenso, en los que usuarios, empresas, organismos "
            "técnicos y gobiernos tienen voz. Es lo que se llama el modelo de múltiples partes "
            "interesadas.",
            ar="لا تدير الإنترنتَ حكومةٌ واحدة. فمعاييرها وعناوينها وسياساتها تُصاغ في عمليات "
            "لا مركزية وشاملة وشفافة وخاضعة للمساءلة وقائمة على التوافق، يكون فيها صوتٌ "
            "للمستخدمين والشركات والهيئات التقنية والحكومات على حدٍّ سواء. وهذا ما يُسمّى نموذج "
            "أصحاب المصلحة المتعددين.",
        )
    ),
    p(
        tr(
            "The resolution speaks of governments only. “An equal role for all governments” "
            "sounds like fairness between states, but it describes a world in which governments "
            "decide and everyone else watches: the opposite of how the internet has been run so "
            "far [3].",
            fr="La résolution ne parle que des gouvernements. « Un rôle égal pour tous les "
            "gouvernements » sonne comme de l'équité entre États, mais décrit un monde où les "
            "gouvernements décident et où tous les autres regardent : l'inverse de la façon dont "
            "internet a été gouverné jusqu'ici [3].",
            es="La resolución solo habla de gobiernos. «Un papel igual para todos los "
            "gobiernos» suena a equidad entre Estados, pero describe un mundo en el que los "
            "gobiernos deciden y todos los demás miran: lo contrario de cómo se ha gobernado "
            "internet hasta ahora [3].",
            ar="لا يتحدث القرار إلا عن الحكومات. وعبارة «دور متساوٍ لجميع الحكومات» توحي "
            "بالإنصاف بين الدول، لكنها ترسم عالمًا تقرّر فيه الحكومات ويكتفي الآخرون "
            "بالمشاهدة: وهذا عكس الطريقة التي أُديرت بها الإنترنت حتى الآن [3].",
        )
    ),
    p(
        tr(
            "Nothing in the resolution forces a country to change its laws. Its weight will "
            "depend on what governments do with it at the ITU's next meetings, and on whether "
            "people in each country ask their own government where it stands.",
            fr="Rien dans la résolution n'oblige un pays à changer ses lois. Son poids dépendra "
            "de l'usage qu'en feront les gouvernements lors des prochaines réunions de l'UIT, et "
            "de la volonté des habitants de chaque pays de demander à leur gouvernement quelle "
            "est sa position.",
            es="Nada en la resolución obliga a un país a cambiar sus leyes. Su peso dependerá de "
            "lo que los gobiernos hagan con ella en las próximas reuniones de la UIT, y de que "
            "la gente de cada país pregunte a su propio gobierno cuál es su postura.",
            ar="لا شيء في القرار يُلزم أي بلد بتغيير قوانينه. وسيتوقف وزنه على ما ستفعله "
            "الحكومات به في الاجتماعات المقبلة للاتحاد الدولي للاتصالات، وعلى ما إذا كان الناس "
            "في كل بلد سيسألون حكومتهم عن موقفها.",
        )
    ),
)

# Leads to the treaty brief.
RESOLUTION_CTA = {
    "heading": tr(
        "The treaty, point by point",
        fr="Le traité, point par point",
        es="El tratado, punto por punto",
        ar="المعاهدة نقطةً نقطة",
    ),
    "text": tr(
        "Our assessment of the revised regulations, from the definitions that were kept narrow "
        "to Article 5B.",
        fr="Notre évaluation du règlement révisé, des définitions restées étroites à l'article 5B.",
        es="Nuestra evaluación del reglamento revisado, desde las definiciones que siguieron "
        "siendo estrictas hasta el artículo 5B.",
        ar="تقييمنا للوائح المعدّلة، من التعريفات التي بقيت ضيقة إلى المادة 5B.",
    ),
    "button_label": tr(
        "Read the assessment",
        fr="Lire l'évaluation",
        es="Leer la evaluación",
        ar="اقرأ التقييم",
    ),
}
