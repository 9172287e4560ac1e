"""Every string the code marks for translation has an entry in every catalogue.

The catalogues are edited by hand and by scripts (GNU gettext's makemessages is not needed to
work on the project), so an entry can be forgotten or lost in a merge: the page would then show
English to a French reader with nothing failing. This test reads the marked strings itself:
gettext calls with literal arguments in Python, `{% translate %}` and simple
`{% blocktranslate %}` tags in templates.
"""

import ast
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

BASE = Path(settings.BASE_DIR)
APPS = ["portal", "home", "campaigns", "events", "search"]
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]

SINGULAR = {"gettext", "gettext_lazy", "_", "gettext_noop"}
CONTEXT = {"pgettext", "pgettext_lazy"}
PLURAL = {"ngettext", "ngettext_lazy"}
CONTEXT_PLURAL = {"npgettext", "npgettext_lazy"}

TRANSLATE_TAG = re.compile(
    r"""{%\s*(?:translate|trans)\s+(?P<q>["'])(?P<msgid>.*?)(?P=q)"""
    r"""(?:\s+context\s+(?P<cq>["'])(?P<context>.*?)(?P=cq))?[^%]*%}"""
)
BLOCK_TAG = re.compile(
    r"{%\s*blocktrans(?:late)?(?P<args>[^%]*)%}(?P<body>.*?){%\s*endblocktrans(?:late)?\s*%}",
    re.S,
)
VARIABLE = re.compile(r"{{\s*([\w.]+)\s*}}")


def python_files():
    for app in APPS:
        for path in (BASE / app).rglob("*.py"):
            if "migrations" not in path.parts:
                yield path


def template_files():
    for app in APPS:
        for suffix in ("*.html", "*.txt", "*.xml", "*.ics"):
            yield from (BASE / app).rglob(suffix)


def literal(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def python_strings(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        args = [literal(arg) for arg in node.args]
        if name in SINGULAR and args and args[0]:
            yield (None, args[0])
        elif name in CONTEXT and len(args) >= 2 and args[0] and args[1]:
            yield (args[0], args[1])
        elif name in PLURAL and args and args[0]:
            yield (None, args[0])
        elif name in CONTEXT_PLURAL and len(args) >= 2 and args[0] and args[1]:
            yield (args[0], args[1])


def template_strings(path):
    text = path.read_text(encoding="utf-8")
    for match in TRANSLATE_TAG.finditer(text):
        # Django looks a translate tag's literal up with "%" doubled (python-format).
        yield (match.group("context"), match.group("msgid").replace("%", "%%"))
    for match in BLOCK_TAG.finditer(text):
        args, body = match.group("args"), match.group("body")
        if "{%" in body or "count " in args:  # plural blocks: checked through their msgid only
            body = body.split("{%")[0]
        context = re.search(r"""context\s+["'](.*?)["']""", args)
        if "trimmed" in args:
            body = " ".join(body.split())
        msgid = VARIABLE.sub(lambda m: f"%({m.group(1)})s", body.replace("%", "%%"))
        if msgid.strip():
            yield (context.group(1) if context else None, msgid)


def marked_strings():
    found = {}
    for path in python_files():
        for key in python_strings(path):
            found.setdefault(key, path.relative_to(BASE))
    for path in template_files():
        for key in template_strings(path):
            found.setdefault(key, path.relative_to(BASE))
    return found


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_marked_string_is_in_the_catalogue(code):
    path = BASE / "locale" / to_locale(code) / "LC_MESSAGES" / "django.po"
    entries = {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path))}
    # Strings Django and Wagtail translate themselves are not ours to list.
    ours = {key: where for key, where in marked_strings().items() if key not in entries}
    from django.utils import translation

    with translation.override(code):
        missing = {
            key: where
            for key, where in ours.items()
            if (translation.pgettext(key[0], key[1]) if key[0] else translation.gettext(key[1]))
            == key[1]
        }
    assert not missing, f"{code}: {len(missing)} marked strings have no entry, e.g. " + "; ".join(
        f"{where}: {msgid!r}" for (_ctx, msgid), where in list(missing.items())[:8]
    )
