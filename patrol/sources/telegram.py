"""Telegram Desktop JSON export (``result.json``), of one chat or a whole account.

Streamed with ijson, so a multi-gigabyte export costs one message of memory. The
export is one JSON document, not one record per line, so the raw evidence of a
message is its canonical JSON (sorted keys, UTF-8) together with the chat it was
posted in; the export file's own SHA-256 is kept with the ingest batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import ijson

from patrol.model import BadRecord, Document, Notice
from patrol.sources.base import Event, ReadOptions, Reader
from patrol.sources.dates import parse_datetime

# Message arrays in a single-chat export and in a full-account export.
_MESSAGE_PREFIXES = ("messages.item", "chats.list.item.messages.item")
_CHAT_KEYS = ("name", "type", "id")


class TelegramReader(Reader):
    name = "telegram"
    extensions = ("result.json",)
    help = "Telegram Desktop export result.json (channel, message id, date, from, text with entities)"

    def read(self, path: Path, options: ReadOptions) -> Iterator[Event]:
        chat: dict = {}
        last_id = None
        with open(path, "rb") as f:
            events = ijson.parse(f, use_float=True)
            try:
                for prefix, event, value in events:
                    if prefix in _MESSAGE_PREFIXES and event == "start_map":
                        msg = _build(events, prefix)
                        last_id = msg.get("id")
                        yield from self._message(msg, chat, path, options)
                    elif event in ("string", "number") and prefix.rsplit(".", 1)[-1] in _CHAT_KEYS:
                        parent = prefix.rsplit(".", 1)[0] if "." in prefix else ""
                        if parent in ("", "chats.list.item"):
                            if parent == "chats.list.item" and prefix.endswith(".name"):
                                chat = {}
                            chat[prefix.rsplit(".", 1)[-1]] = value
            except ijson.JSONError as e:
                yield BadRecord(
                    f"{path}@{f.tell()}",
                    f"JSON ends or breaks after message id {last_id}: {e}; messages before it were read",
                    b"",
                )

    def _message(self, msg: dict, chat: dict, path: Path, options: ReadOptions) -> Iterator[Event]:
        origin = f"{path}#message={msg.get('id')}"
        if msg.get("type", "message") != "message":
            yield Notice(origin, f"service message ({msg.get('action', msg.get('type'))})", kind="skipped")
            return
        raw = json.dumps({"chat": chat, "message": msg}, ensure_ascii=False, sort_keys=True,
                         separators=(",", ":")).encode("utf-8")
        if "id" not in msg:
            yield BadRecord(origin, "message without an id", raw)
            return
        posted_at = None
        try:
            posted_at = parse_datetime(msg.get("date_unixtime") or msg.get("date"), options.tz)
        except ValueError as e:
            yield Notice(origin, f"posted_at left empty: {e}")
        chat_name = str(chat.get("name") or path.parent.name)
        yield Document(
            id=f"{chat.get('id', chat_name)}/{msg['id']}",
            source=options.source_name or f"telegram:{chat_name}",
            text=message_text(msg.get("text", "")),
            raw=raw,
            author=msg.get("from") or msg.get("author") or chat_name,
            posted_at=posted_at,
            collected_at=options.collected_at,
            origin=origin,
        )


def message_text(text) -> str:
    """Flatten Telegram's text: a string, or a list of strings and entity fragments.

    A text_link hides its URL behind other words; the URL is kept in brackets since
    hidden links (to shops, bots, other channels) are what an investigator wants.
    """
    if isinstance(text, str):
        return text
    parts = []
    for piece in text or ():
        if isinstance(piece, str):
            parts.append(piece)
        elif isinstance(piece, dict):
            t = str(piece.get("text", ""))
            href = piece.get("href")
            parts.append(f"{t} ({href})" if href and href != t else t)
    return "".join(parts)


def _build(events, prefix: str) -> dict:
    builder = ijson.ObjectBuilder()
    builder.event("start_map", None)
    depth = 1
    for _p, event, value in events:
        builder.event(event, value)
        if event in ("start_map", "start_array"):
            depth += 1
        elif event in ("end_map", "end_array"):
            depth -= 1
            if depth == 0:
                break
    return builder.value
