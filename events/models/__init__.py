"""The events app's models: one module per page type, and the category taxonomy."""

from .calendar import EventCalendarPage
from .category import EventCategory
from .event import EventPage, EventPageQuerySet

__all__ = ["EventCalendarPage", "EventCategory", "EventPage", "EventPageQuerySet"]
