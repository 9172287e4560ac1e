"""Demo texts for the shell of the portal: site settings, topics, home and about pages.

Written for this project from the facts in ../shared/facts/. Each dict maps a language code to its
text; English is the source.
"""

SITE_SETTINGS = {
    "organisation_name": {
        "en": "Open Internet Campaigns",
        "fr": "Campagnes pour un internet ouvert",
        "es": "Campañas por un internet abierto",
        "ar": "حملات من أجل إنترنت مفتوح",
        "ru": "Кампании за открытый интернет",
        "zh_hans": "开放互联网行动",
        "pt": "Campanhas por uma internet aberta",
    },
    "footer_text": {
        "en": "We are a digital-rights organisation. We ask that the rules of the internet be "
        "written in the open, with the people who use it at the table.",
        "fr": "Nous défendons les droits numériques. Nous demandons que les règles d'internet "
        "soient écrites au grand jour, avec celles et ceux qui l'utilisent.",
        "es": "Somos una organización de derechos digitales. Pedimos que las reglas de internet "
        "se escriban a la vista de todos, con quienes lo usan sentados a la mesa.",
        "ar": "نحن منظمة تدافع عن الحقوق الرقمية. نطالب بأن تُكتب قواعد الإنترنت في العلن، "
        "وبمشاركة من يستخدمونه.",
        "ru": "Мы — организация, защищающая цифровые права. Мы добиваемся, чтобы правила "
        "интернета писались открыто и вместе с теми, кто им пользуется.",
        "zh_hans": "我们是一个数字权利组织。我们主张互联网的规则应当公开制定，"
        "并让使用互联网的人参与其中。",
        "pt": "Somos uma organização de direitos digitais. Pedimos que as regras da internet "
        "sejam escritas às claras, com quem a usa sentado à mesa.",
    },
    "privacy_notice": {
        "en": "<h2>What we keep</h2><p>When you sign a petition or subscribe to our newsletter we "
        "keep your name, email address, country and the language you used. We never publish "
        "names or email addresses and we never sell or lend them.</p><h2>Your choices</h2><p>"
        "Every email we send has a link to unsubscribe. Write to us and we will erase "
        "everything we hold about you.</p>",
        "fr": "<h2>Ce que nous conservons</h2><p>Quand vous signez une pétition ou vous abonnez "
        "à notre lettre d'information, nous conservons votre nom, votre adresse e-mail, votre "
        "pays et la langue utilisée. Nous ne publions jamais de noms ni d'adresses, et nous ne "
        "les vendons ni ne les prêtons.</p><h2>Vos choix</h2><p>Chaque message contient un "
        "lien de désabonnement. Écrivez-nous et nous effacerons tout ce que nous savons de "
        "vous.</p>",
        "es": "<h2>Qué guardamos</h2><p>Cuando firmas una petición o te suscribes a nuestro "
        "boletín guardamos tu nombre, tu correo, tu país y el idioma que usaste. Nunca "
        "publicamos nombres ni correos, y nunca los vendemos ni los prestamos.</p><h2>Tus "
        "opciones</h2><p>Cada correo que enviamos lleva un enlace para darte de baja. "
        "Escríbenos y borraremos todo lo que tengamos sobre ti.</p>",
        "ar": "<h2>ما نحتفظ به</h2><p>عندما توقّع عريضة أو تشترك في نشرتنا البريدية نحتفظ "
        "باسمك وبريدك الإلكتروني وبلدك واللغة التي استخدمتها. لا ننشر الأسماء ولا عناوين "
        "البريد أبدًا، ولا نبيعها ولا نعيرها.</p><h2>خياراتك</h2><p>في كل رسالة نرسلها رابط "
        "لإلغاء الاشتراك. راسلنا وسنمحو كل ما لدينا عنك.</p>",
        "ru": "<h2>Что мы храним</h2><p>Когда вы подписываете петицию или рассылку, мы храним "
        "ваше имя, адрес электронной почты, страну и язык, на котором вы писали. Мы никогда не "
        "публикуем имена и адреса и никому их не продаём и не передаём.</p><h2>Ваш выбор</h2>"
        "<p>В каждом письме есть ссылка для отписки. Напишите нам, и мы удалим всё, что о вас "
        "знаем.</p>",
        "zh_hans": "<h2>我们保存什么</h2><p>当您签署请愿或订阅我们的通讯时，我们会保存您的姓名、"
        "电子邮箱、国家以及您使用的语言。我们从不公开姓名或邮箱地址，也从不出售或出借。</p>"
        "<h2>您的选择</h2><p>我们发出的每封邮件都附有退订链接。写信给我们，"
        "我们会删除与您有关的全部信息。</p>",
        "pt": "<h2>O que guardamos</h2><p>Quando você assina uma petição ou se inscreve na nossa "
        "newsletter, guardamos seu nome, e-mail, país e o idioma usado. Nunca publicamos nomes "
        "nem e-mails, e nunca os vendemos nem emprestamos.</p><h2>Suas escolhas</h2><p>Todo "
        "e-mail que enviamos traz um link para cancelar a inscrição. Escreva para nós e "
        "apagaremos tudo o que temos sobre você.</p>",
    },
    "newsletter_cta": {
        "en": "One email a month: what governments decided about the internet, "
        "and what you can do.",
        "fr": "Un e-mail par mois : ce que les gouvernements ont décidé pour internet, et ce que "
        "vous pouvez faire.",
        "es": "Un correo al mes: qué decidieron los gobiernos sobre internet y qué puedes hacer.",
        "ar": "رسالة واحدة في الشهر: ما قررته الحكومات بشأن الإنترنت، وما يمكنك فعله.",
        "ru": "Одно письмо в месяц: что правительства решили об интернете и что можете сделать вы.",
        "zh_hans": "每月一封邮件：各国政府对互联网作出了哪些决定，以及您可以做些什么。",
        "pt": "Um e-mail por mês: o que os governos decidiram sobre a internet e o que você pode "
        "fazer.",
    },
    "donate_label": {
        "en": "Donate",
        "fr": "Faire un don",
        "es": "Donar",
        "ar": "تبرّع",
        "ru": "Поддержать",
        "zh_hans": "捐款",
        "pt": "Doar",
    },
    "donate_url": {"en": "https://donate.example.org/"},
}

TOPICS = [
    {
        "slug": "internet-governance",
        "name": {
            "en": "Internet governance",
            "fr": "Gouvernance d'internet",
            "es": "Gobernanza de internet",
            "ar": "حوكمة الإنترنت",
            "ru": "Управление интернетом",
            "zh_hans": "互联网治理",
            "pt": "Governança da internet",
        },
        "description": {
            "en": "Who decides how the internet is run, and how open that process is.",
            "fr": "Qui décide de la façon dont internet fonctionne, et avec quelle transparence.",
            "es": "Quién decide cómo funciona internet y con cuánta transparencia.",
            "ar": "من يقرر كيف تُدار الإنترنت، ومدى انفتاح هذه العملية.",
            "ru": "Кто решает, как устроен интернет, и насколько открыто это происходит.",
            "zh_hans": "谁来决定互联网如何运行，以及这一过程有多公开。",
            "pt": "Quem decide como a internet funciona, e com quanta transparência.",
        },
    },
    {
        "slug": "privacy",
        "name": {
            "en": "Privacy",
            "fr": "Vie privée",
            "es": "Privacidad",
            "ar": "الخصوصية",
            "ru": "Приватность",
            "zh_hans": "隐私",
            "pt": "Privacidade",
        },
        "description": {
            "en": "Keeping private messages private, from states and companies alike.",
            "fr": "Que les messages privés le restent, face aux États comme aux entreprises.",
            "es": "Que los mensajes privados sigan siéndolo, ante Estados y empresas.",
            "ar": "أن تبقى الرسائل الخاصة خاصة، أمام الدول والشركات على حد سواء.",
            "ru": "Чтобы личная переписка оставалась личной — и для государств, и для компаний.",
            "zh_hans": "让私人通信保持私密，无论面对国家还是企业。",
            "pt": "Que as mensagens privadas continuem privadas, diante de Estados e empresas.",
        },
    },
    {
        "slug": "access",
        "name": {
            "en": "Access",
            "fr": "Accès",
            "es": "Acceso",
            "ar": "الوصول",
            "ru": "Доступ",
            "zh_hans": "接入",
            "pt": "Acesso",
        },
        "description": {
            "en": "An affordable internet that reaches everyone, with no toll booths on the way.",
            "fr": "Un internet abordable pour tout le monde, sans péage en chemin.",
            "es": "Un internet asequible que llegue a todo el mundo, sin peajes por el camino.",
            "ar": "إنترنت ميسور التكلفة يصل إلى الجميع، بلا رسوم عبور في الطريق.",
            "ru": "Доступный интернет для всех, без платных шлагбаумов на пути.",
            "zh_hans": "人人负担得起、处处可达的互联网，沿途没有收费站。",
            "pt": "Uma internet acessível que chegue a todos, sem pedágios no caminho.",
        },
    },
]

# Home page: English source, then the translations of each segment, by language.
HOME_EN = {
    "title": "Home",
    "hero_heading": "The internet belongs to all of us",
    "hero_text": "Governments meet behind closed doors to decide how the internet is run. We "
    "open those doors: read what is at stake, sign, and write to the people who speak in your "
    "name.",
    "intro": "Campaigns for an open internet, run by people in many countries and languages.",
}
HOME_TRANSLATIONS = {
    "fr": {
        "Home": "Accueil",
        "The internet belongs to all of us": "Internet nous appartient à tous",
        HOME_EN["hero_text"]: "Des gouvernements se réunissent à huis clos pour décider du "
        "fonctionnement d'internet. Nous ouvrons ces portes : découvrez les enjeux, signez et "
        "écrivez à celles et ceux qui parlent en votre nom.",
        HOME_EN["intro"]: "Des campagnes pour un internet ouvert, menées dans de nombreux pays "
        "et de nombreuses langues.",
    },
    "es": {
        "Home": "Inicio",
        "The internet belongs to all of us": "Internet nos pertenece a todos",
        HOME_EN["hero_text"]: "Los gobiernos se reúnen a puerta cerrada para decidir cómo "
        "funciona internet. Nosotros abrimos esas puertas: entérate de lo que está en juego, "
        "firma y escribe a quienes hablan en tu nombre.",
        HOME_EN["intro"]: "Campañas por un internet abierto, impulsadas por gente de muchos "
        "países y lenguas.",
    },
    "ar": {
        "Home": "الرئيسية",
        "The internet belongs to all of us": "الإنترنت ملك لنا جميعًا",
        HOME_EN["hero_text"]: "تجتمع الحكومات خلف أبواب مغلقة لتقرر كيف تُدار الإنترنت. نحن "
        "نفتح هذه الأبواب: اعرف ما هو على المحك، ووقّع، واكتب إلى من يتحدثون باسمك.",
        HOME_EN["intro"]: "حملات من أجل إنترنت مفتوح، يقودها أناس من بلدان ولغات كثيرة.",
    },
    "ru": {
        "Home": "Главная",
        "The internet belongs to all of us": "Интернет принадлежит всем нам",
        HOME_EN["hero_text"]: "Правительства за закрытыми дверями решают, как будет устроен "
        "интернет. Мы открываем эти двери: узнайте, что поставлено на карту, подпишите и "
        "напишите тем, кто говорит от вашего имени.",
        HOME_EN["intro"]: "Кампании за открытый интернет, которые ведут люди из многих стран "
        "на многих языках.",
    },
    "zh-hans": {
        "Home": "首页",
        "The internet belongs to all of us": "互联网属于我们每一个人",
        HOME_EN["hero_text"]: "各国政府在闭门会议中决定互联网如何运行。我们要打开这扇门："
        "了解利害所在，签名支持，并写信给代表您发言的人。",
        HOME_EN["intro"]: "为开放的互联网而发起的行动，参与者来自许多国家，使用多种语言。",
    },
    "pt": {
        "Home": "Início",
        "The internet belongs to all of us": "A internet pertence a todos nós",
        HOME_EN["hero_text"]: "Governos se reúnem a portas fechadas para decidir como a "
        "internet funciona. Nós abrimos essas portas: entenda o que está em jogo, assine e "
        "escreva para quem fala em seu nome.",
        HOME_EN["intro"]: "Campanhas por uma internet aberta, feitas por pessoas de muitos "
        "países e idiomas.",
    },
}

# The about page is translated into French, Spanish and Arabic only: in the other languages
# readers see the English text with a notice (an alias), as on a real site mid-translation.
ABOUT_EN = {
    "title": "About us",
    "slug": "about",
    "intro": "Who we are, what we ask for, and how we work.",
    "body": "<p>We started in 2012, when a treaty conference in Dubai set out to rewrite the "
    "rules of international telecommunications behind closed doors.</p><p>We ask for three "
    "things: that the documents of such meetings be published, that everyone who uses the "
    "internet has a voice, and that no single authority takes control of it.</p>",
}
ABOUT_TRANSLATIONS = {
    "fr": {
        "About us": "Qui sommes-nous",
        ABOUT_EN["intro"]: "Qui nous sommes, ce que nous demandons et comment nous travaillons.",
        "We started in 2012, when a treaty conference in Dubai set out to rewrite the rules of "
        "international telecommunications behind closed doors.": "Nous sommes nés en 2012, "
        "quand une conférence réunie à Dubaï a entrepris de réécrire à huis clos les règles "
        "des télécommunications internationales.",
        "We ask for three things: that the documents of such meetings be published, that "
        "everyone who uses the internet has a voice, and that no single authority takes control "
        "of it.": "Nous demandons trois choses : que les documents de ces réunions soient "
        "publiés, que chaque personne qui utilise internet ait voix au chapitre, et qu'aucune "
        "autorité n'en prenne seule le contrôle.",
    },
    "es": {
        "About us": "Quiénes somos",
        ABOUT_EN["intro"]: "Quiénes somos, qué pedimos y cómo trabajamos.",
        "We started in 2012, when a treaty conference in Dubai set out to rewrite the rules of "
        "international telecommunications behind closed doors.": "Empezamos en 2012, cuando "
        "una conferencia en Dubái se propuso reescribir a puerta cerrada las reglas de las "
        "telecomunicaciones internacionales.",
        "We ask for three things: that the documents of such meetings be published, that "
        "everyone who uses the internet has a voice, and that no single authority takes control "
        "of it.": "Pedimos tres cosas: que se publiquen los documentos de esas reuniones, que "
        "toda persona que usa internet tenga voz y que ninguna autoridad se haga sola con su "
        "control.",
    },
    "ar": {
        "About us": "من نحن",
        ABOUT_EN["intro"]: "من نحن، وماذا نطلب، وكيف نعمل.",
        "We started in 2012, when a treaty conference in Dubai set out to rewrite the rules of "
        "international telecommunications behind closed doors.": "بدأنا عام 2012، حين سعى "
        "مؤتمر انعقد في دبي إلى إعادة كتابة قواعد الاتصالات الدولية خلف أبواب مغلقة.",
        "We ask for three things: that the documents of such meetings be published, that "
        "everyone who uses the internet has a voice, and that no single authority takes control "
        "of it.": "نطلب ثلاثة أمور: أن تُنشر وثائق هذه الاجتماعات، وأن يكون لكل من يستخدم "
        "الإنترنت صوت، وألا تنفرد أي سلطة بالتحكم فيه.",
    },
}
