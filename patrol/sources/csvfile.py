"""CSV/TSV files with a header row. Quoted fields may span lines; the raw evidence
is the exact bytes of the lines a record occupies."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from patrol.errors import SourceError
from patrol.model import BadRecord
from patrol.sources.base import (
    Event,
    FieldMap,
    ReadOptions,
    Reader,
    bounded_lines,
    open_binary,
    oversize,
    record_to_document,
)

_DELIMITERS = (",", ";", "\t", "|")


class CsvReader(Reader):
    name = "csv"
    extensions = (".csv", ".tsv", ".csv.gz", ".tsv.gz")
    help = "CSV/TSV with a header row (columns chosen with --map)"

    def read(self, path: Path, options: ReadOptions) -> Iterator[Event]:
        yield from read_csv(path, options, options.field_map)


def _sniff(header_line: str) -> str:
    return max(_DELIMITERS, key=header_line.count)


def read_csv(path: Path, options: ReadOptions, field_map: FieldMap) -> Iterator[Event]:
    limit = options.max_record_bytes
    csv.field_size_limit(limit)
    pending: list[bytes] = []  # physical lines of the record being parsed
    flags: set[str] = set()  # defects seen in those lines: "encoding", "nul"
    side: list[BadRecord] = []  # oversize lines, reported outside the csv parser
    pos = {"line": 0}

    with open_binary(path) as f:
        def lines() -> Iterator[str]:
            for line_no, _offset, line, length, hasher in bounded_lines(f, limit):
                pos["line"] = line_no
                if hasher is not None:
                    side.append(oversize(f"{path}:{line_no}", line, length, hasher, limit))
                    yield "\n"  # a blank line: the parser moves on
                    continue
                if line_no == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                pending.append(line)
                if b"\x00" in line:
                    flags.add("nul")
                try:
                    yield line.decode(options.encoding)
                except UnicodeDecodeError:
                    flags.add("encoding")
                    yield line.decode(options.encoding, errors="surrogateescape")

        source = lines()
        try:
            first = next(source)
        except StopIteration:
            return
        delimiter = "\t" if path.name.endswith((".tsv", ".tsv.gz")) else _sniff(first)
        try:
            header = next(csv.reader([first], delimiter=delimiter, strict=True))
        except csv.Error as e:
            raise SourceError(f"{path}:1: cannot read the CSV header: {e}") from e
        if flags:
            raise SourceError(f"{path}:1: header is not valid {options.encoding} text (give --encoding)")
        header = [h.strip() for h in header]
        plan = field_map.resolve(header, strict=True)
        pending.clear()

        reader = csv.reader(source, delimiter=delimiter, strict=True)
        while True:
            start = pos["line"] + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                flags.clear()
                yield BadRecord(f"{path}:{start}", f"malformed CSV: {e}", _take(pending))
                continue
            finally:
                while side:
                    yield side.pop(0)
            raw = _take(pending)
            origin = f"{path}:{start}"
            defects = set(flags)
            flags.clear()
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if "nul" in defects:
                yield BadRecord(origin, "NUL byte: binary data, not text", raw)
                continue
            if "encoding" in defects:
                yield BadRecord(origin, f"not valid {options.encoding} (give --encoding if the file uses another one)", raw)
                continue
            if len(row) != len(header):
                yield BadRecord(origin, f"expected {len(header)} fields, got {len(row)}", raw)
                continue
            doc, notice = record_to_document(dict(zip(header, row)), raw, origin, plan, options, path.stem)
            if notice:
                yield notice
            yield doc


def _take(pending: list[bytes]) -> bytes:
    raw = b"".join(pending).rstrip(b"\r\n")
    pending.clear()
    return raw
