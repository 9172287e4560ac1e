"""The notes an editor reads when a document's text could not be read, in their language.

Written in the web or task process (never in the parsing child process), from the function and
arguments that the refusals of campaigns/documents/formats.py and extraction.py carry.
"""

import math

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# The names of the formats, as the notes show them (names, not translated).
FORMAT_NAMES = {
    "pdf": "PDF",
    "docx": "Word (.docx)",
    "odt": "OpenDocument (.odt)",
    "odf": "OpenDocument",
    "zip": "ZIP",
    "ooxml": "Office Open XML",
    "doc": "Word 97-2003 (.doc)",
    "rtf": "RTF",
    "png": "PNG",
    "jpeg": "JPEG",
    "gif": "GIF",
}


def unsupported():
    return _("Text is only read from PDF, Word (.docx), OpenDocument (.odt) and plain-text files.")


def too_large(size, limit):
    return _(
        "This file is too large to read its text (%(size)s; the limit is %(limit)s). It is stored "
        "and can be downloaded, but its text will not be found by search."
    ) % {"size": format_size(size, up=True), "limit": format_size(limit)}


def unpacked_too_large(size, limit):
    return _(
        "This file would be too large once unpacked to read its text (%(size)s; the limit is "
        "%(limit)s). It is stored and can be downloaded, but its text will not be found by search."
    ) % {"size": format_size(size, up=True), "limit": format_size(limit)}


def too_slow(seconds):
    return ngettext(
        "Reading the text of this file took longer than %(count)s second, so it was stopped. "
        "The file is stored and can be downloaded, but its text will not be found by search.",
        "Reading the text of this file took longer than %(count)s seconds, so it was stopped. "
        "The file is stored and can be downloaded, but its text will not be found by search.",
        seconds,
    ) % {"count": number_format(seconds)}


def too_hungry(limit):
    return _(
        "Reading the text of this file needed more than %(limit)s of memory, so it was stopped. "
        "The file is stored and can be downloaded, but its text will not be found by search."
    ) % {"limit": format_size(limit)}


def damaged():
    return _(
        "This file seems to be damaged, so its text could not be read. Check that it opens on "
        "your computer, then upload it again."
    )


def unexpected():
    return _(
        "The text of this file could not be read because of an unexpected error. It is stored "
        "and can be downloaded, but its text will not be found by search."
    )


def mismatch(extension, actual):
    if actual:
        return _(
            "The name of this file ends in .%(extension)s, but its content is in another format "
            "(%(actual)s). Upload the right file, or rename it with the right extension."
        ) % {"extension": extension, "actual": FORMAT_NAMES[actual]}
    return _(
        "The name of this file ends in .%(extension)s, but its content is not in that format. "
        "It may be damaged, or be another kind of file under a new name."
    ) % {"extension": extension}


def empty():
    return _("This file is empty, so there is no text to read.")


def no_text():
    return _("No text was found in this file, so search cannot find it by its words.")


def binary():
    return _(
        "This file does not look like plain text (it contains binary data), so its text was "
        "not read."
    )


def pdf_password():
    return _(
        "This PDF is protected by a password, so its text cannot be read. It is stored and can "
        "be downloaded, but its text will not be found by search. Upload a copy without a "
        "password for search to find its words."
    )


def pdf_encryption():
    return _(
        "This PDF is encrypted in a way that cannot be read here, so its text will not be found "
        "by search. Upload a copy without encryption for search to find its words."
    )


def pdf_no_text():
    return _(
        "This PDF has no text layer (it may be a scan), so search cannot find its words. Upload "
        "a version with text, for example after optical character recognition (OCR)."
    )


def format_size(size, *, up=False):
    """A size in bytes, KB or MB (of 1024), with one decimal at most: rounded up for a file's
    size and down for a limit, so that a file just over the limit never shows the same figure."""
    # The units are translated ("Mo" in French), as in Django's filesizeformat.
    for unit, factor in ((_("%s MB"), 1024 * 1024), (_("%s KB"), 1024)):
        if size >= factor:
            tenths = size * 10 / factor
            tenths = math.ceil(tenths) if up else math.floor(tenths)
            value = tenths / 10
            decimals = 0 if tenths % 10 == 0 else 1
            return unit % number_format(value, decimals)
    return ngettext("%(count)s byte", "%(count)s bytes", size) % {"count": number_format(size)}
