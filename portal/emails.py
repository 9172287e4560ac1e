"""One mailbox, one spelling: the canonical form of an email address.

Every rule that counts people by address (one signature per petition, the caps on letters to
officials, newsletter subscriptions, erasure) compares canonical addresses, so that invisible
characters, quoting or the Unicode and punycode spellings of one domain cannot make one inbox
look like several people.
"""

import re
import unicodedata

try:  # IDNA 2008, installed with requests; see _ascii_domain
    import idna
except ImportError:  # pragma: no cover
    idna = None

# Unicode "format" characters (category Cf: zero-width space and joiners, soft hyphen, word
# joiner, bidi marks and the BOM) are invisible in a mail client but different in a database.
_QUOTED_LOCAL = re.compile(r'^"(?P<inner>(?:[^"\\]|\\.)*)"$')


def _strip_format_characters(value):
    return "".join(char for char in value if unicodedata.category(char) != "Cf")


def _unquote(local):
    match = _QUOTED_LOCAL.match(local)
    if not match:
        return local
    return re.sub(r"\\(.)", r"\1", match.group("inner"))


def _ascii_domain(domain):
    """The domain in ASCII, as IDNA 2008 (UTS 46) spells it, lower case.

    Not Python's "idna" codec alone: it implements IDNA 2003, which maps "straße.de" to
    "strasse.de", another domain than the "xn--strae-oqa.de" that mail software and registries
    use today. The codec is only the fallback when the idna package is missing.
    """
    domain = domain.rstrip(".")
    if domain.isascii():
        return domain.lower()
    if idna is not None:
        try:
            return idna.encode(domain, uts46=True).decode("ascii").lower()
        except idna.IDNAError:
            pass
    try:
        return domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        # Not a valid IDN (the address validator refuses it anyway): keep a stable lower form.
        return domain.lower()


def canonical_email(value):
    """The address as the rules compare it: no format characters, unquoted, ASCII domain, lower.

    `"Ana"@Exämple.org`, `ana@xn--exmple-cua.org` and `a\u00adna@exämple.org` are one address.
    The local part is lowercased too: providers treat it case-insensitively in practice, and a
    signature counted once per person matters more than the rare case-sensitive mailbox.
    """
    value = unicodedata.normalize("NFC", _strip_format_characters(value or "")).strip()
    local, at, domain = value.rpartition("@")
    if not at:
        return value.lower()
    local = _unquote(local)
    # A quoted local part that only needed quotes for show ("ana") becomes ana; one that holds
    # spaces or specials stays quoted so the result is still a valid address.
    if re.search(r'[\s"(),:;<>@\[\\\]]', local):
        local = '"' + local.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{local.lower()}@{_ascii_domain(domain)}"


def mask_email(value):
    """ "ana@example.org" -> "a•••@example.org": enough for its owner to recognise, not to read."""
    local, at, domain = (value or "").rpartition("@")
    if not at:
        return "•••"
    return f"{local[:1]}•••@{domain}"
