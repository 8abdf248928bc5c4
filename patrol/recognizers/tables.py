"""Numbers whose unit or currency stands only in a table's header: "product,weight_g,price_eur" over "cocaine,1,80",
"| Strain | Weight (g) | Price (£) |", "Товар | Вес, г | Цена, ₽", a title's "(USD)" or "(tonnes)" over a table of
countries, a JSON object's keys ("grams": 10, "price_usd": 700) and a listing's fields ("Qty: 100").

A shop's price list, a spreadsheet export or a statistics table writes its cells as bare numbers, which no pattern
reads as an amount. The quantity and price recognizers each say what a header cell means to them (a unit, a
currency); this module finds the tables and the bare numbers under such a header. A table is two or more lines
split by one delimiter ("|", tab, ";" or ",") into the same number of cells, the first its header; a column headed
by a year ("Year", "Jahr", "Год") or holding years only is no amount.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from patrol.lexicon import DOT_THOUSANDS, package_json

DELIMITERS = ("|", "\t", ";", ",")
MAX_HEADER_CELL = 40  # characters: a header names its column in a few words, prose runs longer
MAX_LINES = 400  # lines of a text searched for tables: a long page's tables are near its start, and this caps the work
_MARKDOWN_RULE = re.compile(r"\|?\s*:?-{2,}")
_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_JSON_PAIR = re.compile(r"\"([^\"\n]{1,40})\"\s*:\s*(\d+(?:\.\d+)?)(?=\s*[,}\n])")
_FIELD = re.compile(r"^[ \t]*([^\W\d_][^:\n]{0,30}?)[ \t]*:[ \t]*(\d[\d.,]*)[ \t]*$", re.MULTILINE)  # "Qty: 100"
_PARENS = re.compile(r"\(([^()\n]{1,30})\)")


@dataclass(frozen=True, slots=True)
class Cell:
    start: int
    end: int
    number: float
    code: str  # what the header means: a unit ("g", "t", "unit") or a currency ("EUR")
    header: str


@cache
def header_vocabulary(kind: str) -> frozenset[str]:
    """data/table_headers.json's words of a year ("Year", "Jahr"), a count ("Qty", "Stuks") or a price ("Preis")."""
    return frozenset(package_json("patrol.recognizers", "data/table_headers.json")[kind])


def header_words(cell: str) -> list[str]:
    """A header cell's words and signs, lower-cased: "weight_g" is weight and g, "Preço (R$)" preço and r$."""
    return [w.lower() for w in re.findall(r"[A-Z]{1,2}\$|[^\W\d_]+\$?|[^\w\s(),.;:/_-]", cell)]


def _number(cell: str, dot_thousands: bool) -> float | None:
    """A cell that is a bare number ("1", "8.90", "2,99", "1 200", "25.000" where dots separate thousands)."""
    s = cell.strip()
    if not _NUMBER.fullmatch(s):
        return None
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0]\d{3})+", s):
        return float(re.sub(r"\D", "", s))
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", s) and (dot_thousands or "," in s) and not (dot_thousands and "," in s):
        return float(re.sub(r"\D", "", s))
    return float(s.replace(",", "."))


def _lines(text: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for line in text.split("\n")[:MAX_LINES]:
        out.append((at, line))
        at += len(line) + 1
    return out


def _split(line: str, delimiter: str) -> list[tuple[int, str]]:
    """The cells of a line with their offsets in it; a pipe table's outer pipes make no cells."""
    cells, at = [], 0
    for part in line.split(delimiter):
        cells.append((at, part))
        at += len(part) + len(delimiter)
    if delimiter == "|":
        cells = [c for i, c in enumerate(cells) if c[1].strip() or 0 < i < len(cells) - 1]
    return cells


def _delimiter(line: str) -> str | None:
    return next((d for d in DELIMITERS if d in line), None)


def cells(text: str, meaning: Callable[[str], str | None], language: str | None = None,
          unmeant: bool = False) -> list[Cell]:
    """The bare numbers of ``text``'s tables and JSON objects under a header that ``meaning`` gives a code (in the
    text's ``language``, "25.000" may be twenty-five thousand); with ``unmeant``, a table's other columns' too, with
    the code "" (a price list's counts and weights are no prices)."""
    dot_thousands = language in DOT_THOUSANDS
    out = [Cell(m.start(2), m.end(2), float(m.group(2)), code, m.group(1))
           for m in _JSON_PAIR.finditer(text) if (code := meaning(m.group(1)))] if '":' in text else []
    if "\n" not in text:
        return out
    out += [Cell(m.start(2), m.end(2), n, code, m.group(1)) for m in _FIELD.finditer(text)
            if (code := meaning(m.group(1))) and (n := _number(m.group(2), dot_thousands)) is not None]
    for title, heads, rows in _tables(text):
        out += _column_numbers(title, heads, rows, meaning, dot_thousands, unmeant)
    return out


@lru_cache(maxsize=4)
def _tables(text: str) -> tuple[tuple[str, list, list], ...]:
    """Each table of ``text`` as (the line above it, its header's cells, its rows' cells with their lines' offsets),
    found once for the recognizers that read it (quantities, prices)."""
    lines = _lines(text)
    out, i = [], 0
    while i < len(lines) - 1:
        header = lines[i][1]
        d = _delimiter(header)
        heads = _split(header, d) if d else []
        if len(heads) < 2 or any(len(h.strip()) > MAX_HEADER_CELL for _a, h in heads):
            i += 1
            continue
        rows, j = [], i + 1
        while j < len(lines):
            at, line = lines[j]
            if d == "|" and _MARKDOWN_RULE.match(line.strip()):
                j += 1
                continue
            row = _split(line, d)
            if len(row) != len(heads):
                break
            rows.append((at, row))
            j += 1
        if rows:
            out.append((lines[i - 1][1] if i else "", heads, rows))
            i = j
        else:
            i += 1
    return tuple(out)


def _column_numbers(title: str, heads, rows, meaning, dot_thousands: bool, unmeant: bool) -> list[Cell]:
    """Each column's bare numbers, in the unit its header gives, or else the one a title line gives in brackets
    ("Retail price of cocaine per gram (USD)", "Seizures (tonnes)")."""
    titled = next((code for part in _PARENS.findall(title) if (code := meaning(part))), None) if title else None
    out = []
    for k, (_a, head) in enumerate(heads):
        if set(header_words(head)) & header_vocabulary("year"):
            continue
        code = meaning(head) or titled or ("" if unmeant else None)
        if code is None:
            continue
        column = [(at + rows_at, n, cell) for rows_at, row in rows for at, cell in [row[k]]
                  if (n := _number(cell, dot_thousands)) is not None]
        if column and all(_YEAR.fullmatch(cell.strip()) for _at, _n, cell in column):
            continue  # a column of years
        for at, n, cell in column:
            lead = len(cell) - len(cell.lstrip())
            s = cell.strip()
            out.append(Cell(at + lead, at + lead + len(s), n, code, head.strip()))
    return out
