"""Datasets "country -> position" for outcome briefs: reading them from CSV, checking them.

Editors either paste/upload a CSV file with one ``country code,position`` per line, or enter
rows one by one in the admin.  Both go through the same checks (``_Checker``) and are refused
as a whole when any row is wrong, with one message per bad line or row, so the editor can fix
everything in one go instead of discovering problems one at a time.

What the CSV reader accepts, because spreadsheets write all of it:

* a UTF-8 byte order mark, Windows/Mac/Unix line ends, blank lines, spaces around cells,
  quoted cells, and a trailing empty cell ("DE,signed,");
* ``,``, ``;`` (Excel in many European languages) or tab between cells;
* an optional header line ("Country code,Position", "Pays;Position", ...): the first line,
  if its first cell is not a country code but names a country or code column;
* ISO 3166-1 alpha-2 or alpha-3 codes in any case ("de", "DEU"), returned as alpha-2;
* position keys in any case, returned as written in ``position_keys``.

Messages count lines as an editor sees them in the file (1-based, header and blank lines
included).
"""

import csv
import re

from django.core.exceptions import ValidationError
from django.utils.text import Truncator
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django_countries import countries

MAX_ROWS = 1000
MAX_MESSAGES = 20

# Words that make a first line a header (compared in lower case, anywhere in its first cell),
# in the portal's languages.
HEADER_WORDS = (
    "country",
    "code",
    "iso",
    "pays",  # fr
    "país",  # es, pt
    "pais",
    "código",
    "codigo",
    "страна",  # ru
    "код",
    "国家",  # zh
    "代码",
    "بلد",  # ar
    "دولة",
    "رمز",
)

_CODE = re.compile(r"[A-Za-z]{2,3}")
_LINE_END = re.compile(r"\r\n|\r|\n")


def parse_positions_csv(text, position_keys) -> list[tuple[str, str]]:
    """Read "country code,position" lines into [(ALPHA2, key), ...] in file order.

    `text` is the file's content (str, or bytes in UTF-8); `position_keys` the keys a row may
    use. Raises ValidationError with one message per bad line when anything is wrong.
    """
    text = _decode(text)
    lines = _LINE_END.split(text)
    delimiter = _delimiter(lines)
    checker = _Checker(position_keys, _on_line, _already_on_line)

    rows = []  # (line number, cells) of the lines that are not blank
    for number, line in enumerate(lines, start=1):
        if line.strip():
            cells = next(csv.reader([line], delimiter=delimiter, skipinitialspace=True))
            rows.append((number, [cell.strip() for cell in cells]))
    if rows and _is_header(rows[0][1]):
        rows = rows[1:]
    if not rows:
        raise ValidationError(
            _("The file has no data: write one country code and one position per line."),
            code="empty",
        )
    if len(rows) > MAX_ROWS:
        raise ValidationError(
            _("The file has %(count)s rows; at most %(max)s are allowed.")
            % {"count": len(rows), "max": MAX_ROWS},
            code="too_many_rows",
        )

    for number, cells in rows:
        while len(cells) > 2 and not cells[-1]:  # "DE,signed," from a spreadsheet
            cells.pop()
        if len(cells) != 2 or not cells[0] or not cells[1]:
            checker.fail(number, _("expected two values, a country code and a position."))
            continue
        checker.check(number, cells[0], cells[1])
    return checker.result()


def validate_assignments(rows, position_keys) -> None:
    """Check (country code, position key) rows entered in the admin; raise ValidationError
    with one message per bad row ("Row 3: ...", counting from 1) if any is wrong."""
    checker = _Checker(position_keys, _in_row, _already_in_row)
    for number, (code, key) in enumerate(rows, start=1):
        checker.check(number, code or "", key or "")
    checker.result()


# How problems are put on a line of a file, or on a row entered in the admin.


def _on_line(number, problem):
    # Translators: a problem in a CSV file, e.g. "Line 3: “XX” is not a country code."
    return _("Line %(line)s: %(problem)s") % {"line": number, "problem": problem}


def _in_row(number, problem):
    # Translators: a problem in a row of a table entered in the admin.
    return _("Row %(row)s: %(problem)s") % {"row": number, "problem": problem}


def _already_on_line(country, number):
    return _("%(country)s is already on line %(line)s.") % {"country": country, "line": number}


def _already_in_row(country, number):
    return _("%(country)s is already in row %(row)s.") % {"country": country, "row": number}


class _Checker:
    """Checks rows one by one, collecting the good ones and the messages about bad ones.

    `where(number, problem)` puts a problem on its line or row ("Line 3: ..."), and
    `duplicate(country name, number)` is the problem of a country given on an earlier one.
    """

    def __init__(self, position_keys, where, duplicate):
        self.keys = {str(key).lower(): str(key) for key in position_keys}
        self.key_list = ", ".join(str(key) for key in position_keys)
        self.where = where
        self.duplicate = duplicate
        self.seen = {}  # alpha-2 code -> number of the line/row that gave it
        self.rows = []
        self.messages = []

    def fail(self, number, *problems):
        self.messages.append(self.where(number, " ".join(problems)))

    def check(self, number, code_text, key_text):
        code_text, key_text = str(code_text).strip(), str(key_text).strip()
        problems = []

        code = _alpha2(code_text)
        if not code:
            problems.append(_not_a_country(code_text))
        elif code in self.seen:
            problems.append(self.duplicate(countries.name(code), self.seen[code]))

        key = self.keys.get(key_text.lower())
        if key is None:
            if self.keys:
                problems.append(
                    _("“%(value)s” is not one of the positions: %(positions)s.")
                    % {"value": _short(key_text), "positions": self.key_list}
                )
            else:
                problems.append(_("there are no positions to choose from yet."))

        if problems:
            self.fail(number, *problems)
        else:
            self.seen[code] = number
            self.rows.append((code, key))

    def result(self):
        """The good rows, or a ValidationError listing the problems (MAX_MESSAGES at most)."""
        if not self.messages:
            return self.rows
        messages = self.messages[:MAX_MESSAGES]
        more = len(self.messages) - len(messages)
        if more:
            messages.append(
                ngettext("…and %(count)s more problem.", "…and %(count)s more problems.", more)
                % {"count": more}
            )
        raise ValidationError([ValidationError(message, code="invalid") for message in messages])


def _decode(text):
    """The file's text, without a byte order mark; a clear error for a file that is not text."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = None
    if text is None or "\x00" in text:
        raise ValidationError(
            _(
                "The file is not a text file in UTF-8. Save it from your spreadsheet as "
                "“CSV UTF-8” and try again."
            ),
            code="not_text",
        )
    return text.removeprefix("\ufeff")


def _delimiter(lines):
    """The most frequent of tab, semicolon and comma (comma when there is none)."""
    sample = "\n".join(lines[: MAX_ROWS + 10])
    counts = {delimiter: sample.count(delimiter) for delimiter in ("\t", ";", ",")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _is_header(cells):
    first = cells[0].lower() if cells else ""
    return not _alpha2(first) and any(word in first for word in HEADER_WORDS)


def _alpha2(text):
    """The alpha-2 code of an alpha-2 or alpha-3 code django-countries knows, else ""."""
    if not _CODE.fullmatch(text):
        return ""  # also refuses numeric codes, which countries.alpha2() would accept
    return countries.alpha2(text)


def _not_a_country(text):
    """The problem of a cell that is not a country code, with a hint for a country's name."""
    if not text:
        return _("the country code is missing.")
    code = countries.by_name(text, language=get_language() or "en") or countries.by_name(text)
    if code:
        return _("“%(value)s” is not a country code (for %(country)s, write %(code)s).") % {
            "value": _short(text),
            "country": countries.name(code),
            "code": code,
        }
    return _("“%(value)s” is not a country code.") % {"value": _short(text)}


def _short(text):
    return Truncator(text).chars(40)
