"""CSV downloads for staff (signatures, newsletter subscribers): streamed, UTF-8, formula-safe.

A spreadsheet runs a cell that starts with a formula character as a formula ("CSV injection"),
and what the public typed (a name, an email's local part, a source) may start with one: such a
cell gets a leading apostrophe, so it is shown as the text it is. Full-width forms count too,
since some spreadsheet programs read them as their ASCII twins.
"""

import csv

from django.http import StreamingHttpResponse

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value):
    """A cell a spreadsheet shows as text: dates in ISO 8601, a formula character escaped."""
    if value is None:
        return ""
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


class _Echo:
    """A file-like object for csv.writer that hands each row back instead of storing it."""

    def write(self, value):
        return value


def csv_lines(headings, rows):
    """The lines of a CSV file: a byte-order mark (so that spreadsheet programs read UTF-8:
    Arabic, Chinese...), the headings, then each row with its cells made safe."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(headings)
    for row in rows:
        yield writer.writerow([safe_cell(value) for value in row])


def csv_response(headings, rows, filename):
    """A streamed download of `rows` (an iterable, read lazily) as `filename`."""
    return StreamingHttpResponse(
        csv_lines(headings, rows),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
