from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from patrol.sources.dates import isoformat_utc, parse_datetime, zone

UTC = timezone.utc


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2014-01-01", datetime(2014, 1, 1, tzinfo=UTC)),
        ("2024-01-05T12:34:56", datetime(2024, 1, 5, 12, 34, 56, tzinfo=UTC)),
        ("2024-01-05T12:34:56Z", datetime(2024, 1, 5, 12, 34, 56, tzinfo=UTC)),
        ("2024-01-05T12:34:56+02:00", datetime(2024, 1, 5, 10, 34, 56, tzinfo=UTC)),
        ("2026-09-03 14:05", datetime(2026, 9, 3, 14, 5, tzinfo=UTC)),
        ("05.01.2024", datetime(2024, 1, 5, tzinfo=UTC)),
        ("Jan 05, 2024", datetime(2024, 1, 5, tzinfo=UTC)),
        ("Fri, 05 Jan 2024 12:00:00 GMT", datetime(2024, 1, 5, 12, tzinfo=UTC)),
        ("1704458096", datetime(2024, 1, 5, 12, 34, 56, tzinfo=UTC)),
        (1704458096000, datetime(2024, 1, 5, 12, 34, 56, tzinfo=UTC)),
    ],
)
def test_parses_common_spellings(value, expected):
    got = parse_datetime(value)
    assert got == expected
    assert got.tzinfo is not None


@pytest.mark.parametrize("value", [None, "", "   "])
def test_empty_is_none(value):
    assert parse_datetime(value) is None


@pytest.mark.parametrize("value", ["yesterday", "2024-13-45", "12/34/5678x", True])
def test_garbage_raises(value):
    with pytest.raises(ValueError):
        parse_datetime(value)


def test_naive_values_take_the_given_zone():
    got = parse_datetime("2024-06-01 12:00", zone("Europe/Amsterdam"))
    assert isoformat_utc(got) == "2024-06-01T10:00:00+00:00"


@given(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)))
def test_isoformat_roundtrip(dt):
    assert parse_datetime(isoformat_utc(dt)) == dt


@given(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2100, 1, 1)),
       st.integers(min_value=-12 * 60, max_value=14 * 60))
def test_offsets_are_kept(dt, minutes):
    aware = dt.replace(tzinfo=timezone(timedelta(minutes=minutes)))
    assert parse_datetime(aware.isoformat()) == aware


@given(st.text(max_size=40))
def test_never_crashes_otherwise(s):
    try:
        got = parse_datetime(s)
    except ValueError:
        return
    assert got is None or got.tzinfo is not None
