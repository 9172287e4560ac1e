"""One mailbox, one spelling: what the rules compare when they count people by address."""

import pytest

from portal.emails import canonical_email, mask_email

SPELLINGS = [
    "ana@exämple.org",
    "A\u200bna@Exämple.org",  # zero-width space
    "a\u00adna@exämple.org",  # soft hyphen
    '"ana"@exämple.org',  # a quoted local part that needs no quotes
    "ana@XN--EXMPLE-CUA.ORG.",  # punycode, upper case, trailing dot
]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_every_spelling_of_one_mailbox_is_one_address(spelling):
    assert canonical_email(spelling) == "ana@xn--exmple-cua.org"


def test_a_german_sharp_s_domain_is_not_turned_into_another_domain():
    # IDNA 2003 (Python's codec) would give strasse.de, somebody else's domain.
    assert canonical_email("ana@straße.de") == "ana@xn--strae-oqa.de"
    assert canonical_email("ana@xn--strae-oqa.de") == "ana@xn--strae-oqa.de"


def test_a_quoted_local_part_that_needs_its_quotes_keeps_them():
    assert canonical_email('"ana maria"@example.org') == '"ana maria"@example.org'


def test_the_masked_address_shows_only_a_hint():
    assert mask_email("ana@example.org") == "a•••@example.org"
    assert mask_email("nonsense") == "•••"
