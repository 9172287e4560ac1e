"""Signature counts for people: the goal ladder, and numbers as each language writes them."""

from django.utils import formats
from django.utils.translation import get_language, ngettext

# After the editor's goal is passed, the next goal is the first step of 1, 2.5, 5 x 10^k above the
# count: 100, 250, 500, 1 000, 2 500, 5 000, 10 000, 25 000, ... so there is always a "help us
# get to N" that is within reach.
LADDER_STEPS = (10, 25, 50)


def ladder():
    """100, 250, 500, 1000, 2500, 5000, ... (an endless generator)."""
    magnitude = 10
    while True:
        for step in LADDER_STEPS:
            yield step * magnitude
        magnitude *= 10


def next_goal(count, goal):
    """The goal to show: the editor's goal until it is reached, then the next step of the ladder."""
    goal = goal or 0
    if count < goal:
        return goal
    for step in ladder():
        if step > count and step > goal:
            return step
    raise AssertionError("unreachable")  # pragma: no cover


def progress_percent(count, goal):
    """How far the count is towards the goal shown, 0 to 100, for the progress bar."""
    if goal <= 0:
        return 100
    return max(0, min(100, int(count * 100 / goal)))


def count_bucket(count):
    """`count` rounded down to three significant digits (12,345 -> 12,300): what the share card
    shows, so that it changes at most a few hundred times per order of magnitude."""
    count = max(0, int(count))
    step = 10 ** max(0, len(str(count)) - 3)
    return count - count % step


# Django's own formats leave Arabic and Simplified Chinese ungrouped ("1234567"), which is hard to
# read for a signature count. These follow CLDR, which is also what the browser's
# Intl.NumberFormat writes, so the figure does not change shape when the script refreshes it:
# Arabic is written with Western digits (0-9) and a comma between groups, like its dates and
# every other number on the portal (the one choice, written in portal/i18n.py); Chinese groups by
# three.
NUMBER_OVERRIDES = {
    "ar": {"separator": ",", "grouping": 3, "digits": None},
    "zh-hans": {"separator": ",", "grouping": 3, "digits": None},
}


def number_style(language=None):
    """Separator, group size and digits used to write whole numbers in a language."""
    language = (language or get_language() or "en").lower()
    if language in NUMBER_OVERRIDES:
        return dict(NUMBER_OVERRIDES[language])
    separator = formats.get_format("THOUSAND_SEPARATOR", language, use_l10n=True)
    grouping = formats.get_format("NUMBER_GROUPING", language, use_l10n=True)
    if not isinstance(grouping, int) or grouping <= 0:
        grouping = 3
    return {"separator": separator or ",", "grouping": grouping, "digits": None}


def format_count(value, language=None):
    """A whole number written for readers of `language` (the active language by default):
    1,234 in English, 1 234 in French, 1,234 in Arabic (Western digits: portal/i18n.py)."""
    style = number_style(language)
    value = int(value)
    sign = "-" if value < 0 else ""
    digits = str(abs(value))
    size = style["grouping"]
    groups = []
    while digits:
        groups.insert(0, digits[-size:])
        digits = digits[:-size]
    text = style["separator"].join(groups)
    if style["digits"]:
        text = text.translate(str.maketrans("0123456789", style["digits"]))
    return sign + text


def signature_label(count):
    """The noun after a signature count, agreeing with it (Russian 422 «подписи», 425
    «подписей»): the petition counter's label, and count.json's `label` for the script."""
    return ngettext("signature", "signatures", count)


def goal_text(goal, language=None):
    """ "Help us reach N signatures.", the goal written and agreeing with its number."""
    return ngettext(
        "Help us reach %(goal)s signature.", "Help us reach %(goal)s signatures.", goal
    ) % {"goal": format_count(goal, language)}


def progress_label(goal, language=None):
    """The progress bar's name, agreeing with the goal."""
    return ngettext(
        "Progress towards %(goal)s signature", "Progress towards %(goal)s signatures", goal
    ) % {"goal": format_count(goal, language)}


# count.json may be cached this long by browsers and CDNs (and what it says about a petition by
# the application): a few seconds keeps a popular petition's counter lively without every
# reader's poll reaching the application, let alone the database.
COUNT_JSON_MAX_AGE = 2


def count_payload(count, goal, closed):
    """What count.json says: the figures, the same in every language, and the words that go with
    them in the language of the URL (`label`, the noun agreeing with the count; `goal_text`),
    so that the script can update the noun with the number ("422 подписи" → "425 подписей")."""
    shown_goal = next_goal(count, goal)
    return {
        "count": count,
        "goal": goal,
        "next_goal": shown_goal,
        "progress": progress_percent(count, shown_goal),
        "closed": closed,
        "label": signature_label(count),
        "goal_text": goal_text(shown_goal),
        "progress_label": progress_label(shown_goal),
    }
