"""Slots on the home page that other apps fill (active petitions, upcoming events, latest briefs).

Apps register a callable from their AppConfig.ready(); home never imports them, so dependencies
point from campaigns/events towards home and not back.

    register_slot("petitions", heading=_("Sign a petition"), items=active_petitions, order=10)

`items(home_page, request)` returns a list of pages (or objects with `url`, `title`, `intro`),
fetched in a constant number of queries. `template` renders one item; it defaults to a card.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Slot:
    name: str
    heading: str
    items: Callable
    order: int = 100
    template: str = "components/card.html"


_slots: dict[str, Slot] = {}


def register_slot(name, *, heading, items, order=100, template="components/card.html"):
    _slots[name] = Slot(name=name, heading=heading, items=items, order=order, template=template)


def filled_slots(home_page, request):
    """The slots with at least one item, in order, as (slot, items) pairs."""
    result = []
    for slot in sorted(_slots.values(), key=lambda s: s.order):
        items = list(slot.items(home_page, request))
        if items:
            result.append((slot, items))
    return result
