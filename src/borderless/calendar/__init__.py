"""Campaign calendar: public and religious holidays (``holidays`` package) plus commercial shopping
events by rule, each with a source, a recommended campaign start and the last safe ship date.

    >>> from datetime import date
    >>> from borderless.calendar import campaign_calendar
    >>> events = campaign_calendar(["CN"], 2027, kinds=["commercial"])
    >>> [e.start.isoformat() for e in events if e.key == "singles_day"]
    ['2027-11-11']
"""

from __future__ import annotations

from borderless.calendar.engine import (
    DEFAULT_DELIVERY_DAYS,
    CalendarEvent,
    CampaignCalendar,
    build_calendar,
    campaign_calendar,
    parse_lead_days,
)
from borderless.calendar.events import DEFAULT_LEAD_DAYS, EVENT_KINDS, EVENTS, EventKind, EventRule
from borderless.calendar.ics import to_ics

__all__ = [
    "DEFAULT_DELIVERY_DAYS",
    "DEFAULT_LEAD_DAYS",
    "EVENTS",
    "EVENT_KINDS",
    "CalendarEvent",
    "CampaignCalendar",
    "EventKind",
    "EventRule",
    "build_calendar",
    "campaign_calendar",
    "parse_lead_days",
    "to_ics",
]
