"""Turn the many date spellings found in dumps into timezone-aware datetimes.

Naive values are interpreted in the zone the caller names (UTC unless the analyst
says otherwise with ``--timezone``), so every stored timestamp is comparable.
"""

from __future__ import annotations

import email.utils
from datetime import datetime, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%b %d, %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%d %B %Y",
)
# Epoch values beyond this are milliseconds (year 5138 in seconds).
_MS_THRESHOLD = 1e11


def zone(name: str | None) -> tzinfo:
    if not name or name.upper() == "UTC":
        return timezone.utc
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        from patrol.errors import SourceError

        raise SourceError(f"unknown time zone {name!r}; use an IANA name such as Europe/Amsterdam or UTC") from e


def parse_datetime(value: object, tz: tzinfo = timezone.utc) -> datetime | None:
    """Parse ``value``; ``None``/empty gives ``None``; anything unparseable raises ValueError."""
    if value is None:
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    elif isinstance(value, (int, float)):
        dt = _from_epoch(float(value))
    else:
        s = str(value).strip()
        if not s:
            return None
        dt = _parse_str(s)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    return dt


def _from_epoch(x: float) -> datetime:
    if x > _MS_THRESHOLD:
        x /= 1000.0
    try:
        return datetime.fromtimestamp(x, timezone.utc)
    except (OverflowError, OSError, ValueError) as e:
        raise ValueError(f"epoch out of range: {x}") from e


def _parse_str(s: str) -> datetime:
    try:
        return datetime.fromisoformat(s)
    except ValueError:
        pass
    if s.lstrip("-").replace(".", "", 1).isdigit():
        return _from_epoch(float(s))
    for fmt in _FORMATS:
        try:
            return datetime.strptime(s, fmt)
        except ValueError:
            continue
    try:
        return email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        pass
    raise ValueError(f"unrecognised date {s[:40]!r}")


def isoformat_utc(dt: datetime | None) -> str | None:
    """Canonical storage form: UTC, ISO 8601, always with offset."""
    if dt is None:
        return None
    return dt.astimezone(timezone.utc).isoformat()
