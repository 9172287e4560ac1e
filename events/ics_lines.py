"""Where in an .ics file a problem is: its content lines with their numbers, so that an editor
is told "line 12 cannot be read" in their language instead of the parser's own text."""

import re

from django.utils.text import Truncator
from django.utils.translation import gettext as _
from icalendar.parser import Contentline


def content_lines(text):
    """The file's content lines, unfolded (RFC 5545 3.1), each with the number of its first
    physical line."""
    lines = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] = (lines[-1][0], lines[-1][1] + line[1:])
        elif line.strip():
            lines.append((number, line))
    return lines


def first_unreadable(lines):
    """The message for the first line that is not NAME[;params]:value, or None. The parser, not
    strict, drops some of those silently: an event would lose a property without a word."""
    for number, line in lines:
        try:
            Contentline(line).parts()
        except ValueError:
            return _(
                "This is not an iCalendar file: line %(number)d cannot be read (“%(line)s”). "
                "Each line should read NAME:value."
            ) % {"number": number, "line": Truncator(line).chars(80)}
    return None


def unreadable(lines):
    """The message for a file the parser refused: the first line it cannot read."""
    if problem := first_unreadable(lines):
        return problem
    if not lines:
        return _("This is not an iCalendar file: it is empty.")
    return _(
        "This is not an iCalendar file: its BEGIN and END lines do not match (from line "
        "%(number)d)."
    ) % {"number": lines[0][0]}


def vevent_blocks(lines):
    """The content lines of each VEVENT, numbered from 1 in the file's order (as walk() is)."""
    blocks, current, number = {}, None, 0
    for line_number, line in lines:
        upper = line.upper()
        if upper.startswith("BEGIN:VEVENT"):
            number += 1
            current = blocks.setdefault(number, [])
        elif upper.startswith("END:VEVENT"):
            current = None
        elif current is not None:
            current.append((line_number, line))
    return blocks


def _property_line(block, name):
    for number, line in block:
        if re.match(rf"{re.escape(name)}[;:]", line, re.I):
            return number, line
    return None, ""


def invalid_property(label, block, name):
    number, line = _property_line(block, name)
    if number is None:
        return _("%(event)s: its %(property)s cannot be read.") % {
            "event": label,
            "property": name,
        }
    return _("%(event)s, line %(number)d: its %(property)s cannot be read (“%(line)s”).") % {
        "event": label,
        "number": number,
        "property": name,
        "line": Truncator(line).chars(80),
    }
