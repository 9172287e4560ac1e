"""Arabic light stemming (Larkey's light10), next to Snowball's stemmer in search.analysis:
Snowball's Arabic stemmer alone cuts "حملات" and "الحملات" differently."""

_AR_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")


def arabic_light_stem(word):
    """Larkey's light10 stemmer, on a folded Arabic word (ة is already ه, ى already ي)."""
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    if word.startswith("و") and len(word) >= 4:
        word = word[1:]
    changed = True
    while changed:
        changed = False
        for suffix in _AR_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                word = word[: -len(suffix)]
                changed = True
                break
    return word
