"""`manage.py compile_translations` (README, run by make): .po files become .mo files that
gettext then reads, on a machine without GNU gettext."""

import io

import polib
from django.core.management import call_command
from django.utils import translation

MESSAGE = "A sentence only this test translates"


def test_compiled_catalogues_are_what_gettext_reads(settings, tmp_path):
    directory = tmp_path / "fr" / "LC_MESSAGES"
    directory.mkdir(parents=True)
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "fr"}
    po.append(polib.POEntry(msgid=MESSAGE, msgstr="Une phrase que seul ce test traduit"))
    po.save(str(directory / "django.po"))
    settings.LOCALE_PATHS = [str(tmp_path)]  # resets gettext's catalogues

    with translation.override("fr"):
        assert translation.gettext(MESSAGE) == MESSAGE  # no .mo yet: not translated
    out = io.StringIO()
    call_command("compile_translations", stdout=out)
    assert out.getvalue().strip() == "Compiled 1 catalogue(s)."
    assert (directory / "django.mo").is_file()

    settings.LOCALE_PATHS = [str(tmp_path)]  # a fresh start, as the next process has
    with translation.override("fr"):
        assert translation.gettext(MESSAGE) == "Une phrase que seul ce test traduit"

    out = io.StringIO()
    call_command("compile_translations", stdout=out)  # up to date: nothing to do
    assert out.getvalue().strip() == "Compiled 0 catalogue(s)."
