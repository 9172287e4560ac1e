"""One mailbox, one spelling: the canonical form of an email address.

Every rule that counts people by address (one signature per petition, the caps on letters to
officials, newsletter subscriptions, erasure) compares canonical addresses, so that invisible
characters, quoting or the Unicode and punycode spellings of one domain cannot make one inbox
look like several people.
"""

import re
import unicodedata

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
    domain = domain.rstrip(".")
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
