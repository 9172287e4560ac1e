"""Text helpers shared by the apps."""

import unicodedata


def sort_key(text):
    """A key that sorts names the way a reader expects in most languages without ICU: case and
    accents are ignored ("Émirats" sorts with "Emirats", between "Égypte" and "Équateur"), and
    ties are broken by the exact text so the order is stable. Scripts sort among themselves in
    Unicode order, which is alphabetical for Arabic and Cyrillic letters."""
    text = str(text)
    decomposed = unicodedata.normalize("NFKD", text)
    base = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    return (base, text)
