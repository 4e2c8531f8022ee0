"""iCalendar (RFC 5545) output for campaign calendars, built with the ``icalendar`` library.

Every event becomes an all-day VEVENT (DTSTART/DTEND as DATE values, DTEND exclusive) with a stable
UID, DTSTAMP, SUMMARY, DESCRIPTION (dates to plan by, the rule, the source with its URL, confidence
and warnings), CATEGORIES (kind and country) and URL. With ``milestones=True`` (the default) each
event also gets two all-day VEVENTs: "Start campaign" and "Last ship date", so they show up in any
calendar app without relying on alarms.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from borderless.calendar.engine import CalendarEvent

__all__ = ["PRODID", "to_ics"]

PRODID = "-//Borderless//Campaign calendar//EN"


def _description(event: CalendarEvent) -> str:
    lines = [
        f"{event.name} ({event.kind}) in {event.country}",
        f"Dates: {event.start.isoformat()}" + (f" to {event.end.isoformat()}" if event.end != event.start else ""),
        f"Recommended campaign start: {event.campaign_start.isoformat()} ({event.lead_days} days ahead)",
        f"Last safe ship date: {event.last_ship_date.isoformat()} (arrive by {event.arrive_by.isoformat()}, "
        f"{event.delivery_days} business days in transit)",
        f"Rule: {event.rule}",
        f"Source: {event.source.title}, {event.source.url} (retrieved {event.source.retrieved.isoformat()})",
        f"Confidence: {event.confidence}",
    ]
    if event.public_holiday:
        lines.append("Public holiday in this market: expect closures and slower delivery.")
    if event.note:
        lines.append(f"Note: {event.note}")
    lines.extend(f"Warning: {warning}" for warning in event.warnings)
    return "\n".join(lines)


def _vevent(
    uid: str, summary: str, start: date, end: date, description: str, categories: list[str], url: str, stamp: datetime
) -> Event:
    item = Event()
    item.add("uid", uid)
    item.add("dtstamp", stamp)
    item.add("dtstart", start)
    item.add("dtend", end + timedelta(days=1))
    item.add("summary", summary)
    item.add("description", description)
    item.add("categories", categories)
    item.add("url", url)
    item.add("transp", "TRANSPARENT")
    return item


def to_ics(
    events: Iterable[CalendarEvent],
    *,
    stamp: datetime | None = None,
    milestones: bool = True,
    name: str = "Borderless campaign calendar",
) -> bytes:
    """An RFC 5545 calendar of ``events``. ``stamp`` is the DTSTAMP (UTC; default: now)."""
    moment = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for event in events:
        description = _description(event)
        categories = [event.kind, event.country]
        calendar.add_component(
            _vevent(
                event.uid,
                f"{event.name} ({event.country})",
                event.start,
                event.end,
                description,
                categories,
                event.source.url,
                moment,
            )
        )
        if milestones and event.kind != "public":
            calendar.add_component(
                _vevent(
                    "start-" + event.uid,
                    f"Start campaign: {event.name} ({event.country})",
                    event.campaign_start,
                    event.campaign_start,
                    description,
                    [*categories, "campaign start"],
                    event.source.url,
                    moment,
                )
            )
            calendar.add_component(
                _vevent(
                    "ship-" + event.uid,
                    f"Last ship date: {event.name} ({event.country})",
                    event.last_ship_date,
                    event.last_ship_date,
                    description,
                    [*categories, "last ship date"],
                    event.source.url,
                    moment,
                )
            )
    return bytes(calendar.to_ical())
