"""Markup left in scraped text, read as the text it stands for: HTML character references ("80&euro;",
"300&nbsp;zł"), HTML tags ("<li>OG Kush 3.5g</li>") and forum BBCode ("[b]COKE[/b]", "[url=https://t.me/x]").

Crawlers and exports often keep a page's markup, and a recognizer that reads "&pound;30" as no price or
"[url=https://t.me/shop]Telegram[/url]" as one long link misses what the page says. The decoded text is what the
stages read; ``Offsets`` maps its spans back onto the document as collected, so every mention still points at the
characters an investigator will find there. Unknown tags ("<kmaster>", a chat log's nick) and references
("&foo;") are left as written.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# Block-level tags end a line; inline ones join words (as sources/htmltext.py reads a page)
_BLOCK = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table thead tbody section article header footer "
                   "nav blockquote pre hr dt dd dl form main aside figure figcaption option".split())
_INLINE = frozenset("a b i u s em strong span small big sub sup font code mark abbr cite q del ins img label "
                    "strike tt".split())
_BB_BLOCK = frozenset("list * quote code center spoiler".split())  # a list item, a quotation: a line of its own
_BB = "b|i|u|s|url|img|quote|list|\\*|colou?r|size|center|code|spoiler|font"
_TOKEN = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    r"|<(/?)([A-Za-z][A-Za-z0-9]{0,9})((?:\s[^<>]{0,500})?)/?>"
    rf"|\[(/?)({_BB})(?:=([^\[\]\n]{{0,300}}))?\]", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)


@dataclass(slots=True)
class Offsets:
    """Where each character of the decoded text came from: ``starts[i]`` and ``ends[i]`` are the document's
    offsets around the characters that decoded character ``i`` stands for."""

    starts: list[int]
    ends: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return at, at
        return self.starts[start], self.ends[end - 1]


def _replacement(m: re.Match) -> str | None:
    """What a markup token stands for, or None to leave it as written."""
    token = m.group()
    if token[0] == "&":
        out = html.unescape(token)
        return None if out == token else out.replace("\u00a0", " ")
    if token[0] == "<":
        name = m.group(2).lower()
        if name in _BLOCK:
            return "\n"
        if name in _INLINE:  # a link keeps its address ("<a href='https://t.me/x'>Telegram</a>")
            href = _HREF.search(m.group(3) or "") if name == "a" and not m.group(1) else None
            return href.group(1) + " " if href else ""
        return None
    name, value = m.group(5).lower(), m.group(6)
    if name == "url" and value and not m.group(4):
        return value + " "  # "[url=https://t.me/x]Telegram[/url]": the address, then its words
    if name in _BB_BLOCK:
        return "\n"
    return ""


def decode(text: str) -> tuple[str, Offsets | None]:
    """``text`` with its markup read, and the offsets back to ``text`` (None where there was none to read)."""
    if not ("&" in text or "<" in text or "[" in text) or not _TOKEN.search(text):
        return text, None
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for m in _TOKEN.finditer(text):
        out = _replacement(m)
        if out is None:
            continue
        parts.append(text[at:m.start()])
        starts.extend(range(at, m.start()))
        ends.extend(range(at + 1, m.start() + 1))
        parts.append(out)
        starts.extend([m.start()] * len(out))
        ends.extend([m.end()] * len(out))
        at = m.end()
    if not parts:
        return text, None
    parts.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    return "".join(parts), Offsets(starts, ends)
