"""Lists and punctuation from the reader's language, never hard-coded in templates."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import translation

BASE = Path(settings.BASE_DIR)
TEMPLATES = [
    path
    for app in ("portal", "home", "campaigns", "events", "search")
    for path in (BASE / app).rglob("templates/**/*.html")
]
HARD_CODED_SEPARATOR = re.compile(r"forloop\.last %\}, |%\}, <")


def render(source, language, **context):
    with translation.override(language):
        return Template("{% load portal_tags %}" + source).render(Context(context))


def test_no_template_hard_codes_a_list_separator():
    offenders = [
        f"{path.relative_to(BASE)}:{number}"
        for path in TEMPLATES
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if HARD_CODED_SEPARATOR.search(line) and "/admin/" not in str(path)
    ]
    assert not offenders, "use list_join or list_separator: " + ", ".join(offenders)


@pytest.mark.parametrize(
    "language, expected", [("en", "a, b"), ("ar", "a، b"), ("zh-hans", "a、b"), ("fr", "a, b")]
)
def test_list_join_uses_the_languages_separator(language, expected):
    assert render("{{ items|list_join }}", language, items=["a", "b"]) == expected


def test_chinese_brackets_and_colons_are_full_width_without_a_trailing_space():
    assert render("{{ note|parenthesised }}", "zh-hans", note="尚未翻译") == "（尚未翻译）"
    assert render("{{ note|parenthesised }}", "ru", note="нет") == "(нет)"
    assert render("{{ label|label_space }}x", "zh-hans", label="主题：") == "主题：x"
    assert render("{{ label|label_space }}x", "en", label="Topics:") == "Topics: x"


def strings(code):
    po = polib.pofile(str(BASE / "locale" / code / "LC_MESSAGES" / "django.po"))
    for entry in po:
        yield from ([entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values())


def test_french_has_a_no_break_space_before_high_punctuation():
    bad = [text for text in strings("fr") if re.search(r" [:;!?](\s|$)", text)]
    assert not bad, bad[:5]


def test_arabic_and_chinese_use_their_own_commas_and_question_marks():
    # Placeholders, query strings and quoted literal formats (a CSV line) keep ASCII.
    placeholder = re.compile(r"%\([a-z_0-9]+\)[sdif]|\{[^}]*\}|\?[a-z]+=|«[^»]*»|“[^”]*”")
    arabic = [t for t in strings("ar") if re.search(r"[\u0600-\u06ff][,?]", placeholder.sub("", t))]
    chinese = [
        t for t in strings("zh_Hans") if re.search(r"[\u4e00-\u9fff][,:()]", placeholder.sub("", t))
    ]
    assert not arabic, arabic[:5]
    assert not chinese, chinese[:5]
