"""Markup left in scraped text, read as the text it stands for: HTML character references ("80&euro;",
"300&nbsp;zł"), HTML tags ("<li>OG Kush 3.5g</li>") and forum BBCode ("[b]COKE[/b]", "[url=https://t.me/x]"); and
words hyphenated at a line's end by a typesetter or an e-mail client, read whole ("Ger-\nmany", "inner-\nhalb");
and text an encoding broke on its way: UTF-8 read as Windows-1252 or Latin-1 ("CocaÃ­na 60â‚¬"), written as
escapes ("Coca\\u00edna", an escaped "\\n") or percent-encoded ("Coca%C3%ADna").

Crawlers and exports often keep a page's markup, and a recognizer that reads "&pound;30" as no price or
"[url=https://t.me/shop]Telegram[/url]" as one long link misses what the page says. The decoded text is what the
stages read; ``Offsets`` maps its spans back onto the document as collected, so every mention still points at the
characters an investigator will find there. Unknown tags ("<kmaster>", a chat log's nick) and references
("&foo;") are left as written.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from patrol.sources.htmltext import BLOCK_TAGS

# Block-level tags end a line; inline ones join words (as sources/htmltext.py reads a page), a table's head and body,
# a description list and a figure also ending one here
_BLOCK = BLOCK_TAGS | {"thead", "tbody", "dl", "figure"}
_INLINE = frozenset("a b i u s em strong span small big sub sup font code mark abbr cite q del ins img label "
                    "strike tt".split())
_BB_BLOCK = frozenset("list * quote code center spoiler".split())  # a list item, a quotation: a line of its own
_BB = "b|i|u|s|url|img|quote|list|\\*|colou?r|size|center|code|spoiler|font"
# UTF-8's bytes 0x80-0xBF as Windows-1252 (or Latin-1, where that has no character) shows them: a broken sequence is
# a lead (Â-ô) and one to three of these; one Windows-1252 leaves out a byte of is lost ("\ufffd") and stays
_CONTINUATION = "".join(sorted({bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(0x80, 0xC0)}))
_MOJIBAKE = (rf"[\u00c2-\u00df][{re.escape(_CONTINUATION)}]|[\u00e0-\u00ef][{re.escape(_CONTINUATION)}]{{2}}"
             rf"|[\u00f0-\u00f4][{re.escape(_CONTINUATION)}]{{3}}|\u00e2\u20ac\ufffd")  # the last: a lost "”"
# "\u00ed", a surrogate pair, "\xed", "\U0001f48a", an escaped "\n"
_ESCAPED = (r"\\u[0-9a-fA-F]{4}(?:\\u[dD][c-fC-F][0-9a-fA-F]{2})?|\\x[0-9a-fA-F]{2}|\\U[0-9a-fA-F]{8}"
            r"|(?<!\\)\\[nrt]")
_PERCENT = r"(?:%[0-9A-Fa-f]{2}){1,12}"
# marks that write a letter otherwise: a letter and its accents apart (decomposed, NFD), Hebrew points, Arabic's
# tatweel that stretches a word ("حشـــيش"); and the spaces of other scripts' typesetting (no-break, ideographic)
_FORMS = r"[^\W\d_][\u0300-\u036f]+|[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]+|\u0640+|[\u00a0\u3000]"
# Cyrillic sent as Windows-1251 and read as Windows-1252 ("Ìåôåäðîí"): whole words of the letters its bytes show
_CP1251 = r"[\u00c0-\u00ff\u00a8\u00b8]"
_CP1251_WORD = rf"(?<![^\W\d_]){_CP1251}+(?![^\W\d_])"
_TOKENS = (r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
           r"|<(/?)([A-Za-z][A-Za-z0-9]{0,9})((?:\s[^<>]{0,500})?)/?>"
           rf"|\[(/?)({_BB})(?:=([^\[\]\n]{{0,300}}))?\]"
           r"|(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])"  # a word broken at a line's end
           rf"|(?-i:{_MOJIBAKE}|{_ESCAPED}|{_FORMS})|{_PERCENT}")  # case kept: "â" is not "Â", Greek "ι" no mark
_TOKEN = re.compile(_TOKENS, re.IGNORECASE)
_TOKEN_1251 = re.compile(rf"(?-i:{_CP1251_WORD})|{_TOKENS}", re.IGNORECASE)  # where words of them are many
_CP1251_WORDS = re.compile(rf"(?<![^\W\d_]){_CP1251}{{3,}}(?![^\W\d_])")  # three letters or more: the test for them
_FORMS_RX, _CP1251_RX = re.compile(_FORMS), re.compile(_CP1251_WORD)
_CODE_BEFORE = re.compile(r"(?<![^\W\d_])[A-Z0-9]{2,}\Z")  # "MDMA", "THC": a code, not a word's syllables
_HREF = re.compile(r"""\bhref\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)


# a character one of the tokens opens with: a cheap test that most texts have none of
_MARKS = re.compile(r"[&<\[%\\\u00a0\u00c0-\u00ff\u0300-\u036f\u0591-\u05c7\u0640\u3000]|-[ \t]?\n")


@dataclass(slots=True)
class Offsets:
    """Where the decoded text came from, kept as the read tokens only (a 10 MB page of entities would need two lists of
    ten million offsets otherwise): token ``k`` became decoded characters ``read[k]`` to ``read_end[k]`` and stood at
    ``at[k]`` to ``at_end[k]`` in the document; the text between tokens is the document's own, shifted."""

    read: list[int]
    read_end: list[int]
    at: list[int]
    at_end: list[int]
    length: int = 0  # of the decoded text

    def _start(self, i: int) -> int:
        k = bisect_right(self.read, i) - 1
        if k < 0:
            return i
        return self.at[k] if i < self.read_end[k] else i - self.read_end[k] + self.at_end[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The document's span for the decoded text's ``start``-``end`` (an empty one maps to where it starts)."""
        if end <= start:  # at the text's end, where its last character ends
            at = self._start(start) if start < self.length else self.span(self.length - 1, self.length)[1] \
                if self.length else 0
            return at, at
        last = end - 1
        k = bisect_right(self.read, last) - 1
        if k < 0:
            return self._start(start), end
        return self._start(start), self.at_end[k] if last < self.read_end[k] else last - self.read_end[k] + self.at_end[k] + 1


def _repaired(token: str) -> str | None:
    """What a token an encoding broke stands for, or None where it is no such token: UTF-8 read as Windows-1252 or
    Latin-1, an escape, percent-encoding (of a character outside ASCII, or of a space or a comma)."""
    if token == "\u00e2\u20ac\ufffd":
        return "”"  # E2 80 9D, the closing quote, whose last byte Windows-1252 has no character for
    try:
        if token[0] == "\\":
            if token[1] in "nrt":
                return "\n" if token[1] == "n" else " "
            return token.encode("ascii").decode("unicode_escape").encode("utf-16", "surrogatepass").decode("utf-16")
        if token[0] == "%":
            raw = bytes.fromhex(token.replace("%", ""))
            return raw.decode("utf-8") if max(raw) >= 0x80 or raw in (b" ", b",") else None
        raw = bytes(ord(c) if ord(c) < 0x100 else c.encode("cp1252")[0] for c in token)
        return raw.decode("utf-8")
    except (UnicodeError, ValueError):
        return None


def _formed(token: str) -> str | None:
    """A letter with its accents composed ("Coca" + "i" + "\u0301" reads "í"); points and tatweel dropped."""
    if "\u0300" <= token[-1] <= "\u036f":
        composed = unicodedata.normalize("NFC", token)
        return composed if composed != token else None
    return ""


def _replacement(m: re.Match) -> str | None:
    """What a markup token stands for, or None to leave it as written."""
    token = m.group()
    if token.upper() in ("%20", "%2C") and not m.string[m.start() - 1:m.start()].isalpha():
        return None  # "84%20 pills": a purity, then a number; "deaths%20rise", "60%E2%82%AC" are encoded
    if token in "\u00a0\u3000":
        return " "  # a no-break or ideographic space, as phrases are written ("Ice\u00a0scraper")
    if _FORMS_RX.fullmatch(token):
        return _formed(token)
    if m.re is _TOKEN_1251 and _CP1251_RX.fullmatch(token):
        return token.encode("cp1252").decode("cp1251")
    if token[0] in "\\%" or "\u00c2" <= token[0] <= "\u00f4":
        return _repaired(token)
    if token[0] == "-":  # "Ger-\nmany": one word, unless the next line opens with a capital ("Amphetamin-\nPaste");
        # a code's hyphen stays ("MDMA-\nassisted" is "MDMA-assisted")
        if not m.string[m.end()].islower():
            return None
        return "-" if _CODE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) else ""
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
    token = _TOKEN_1251 if len(_CP1251_WORDS.findall(text, 0, 2000)) >= 2 else _TOKEN
    if not (_MARKS.search(text) and token.search(text)):
        return text, None
    parts: list[str] = []
    offsets = Offsets([], [], [], [])
    at = length = 0
    for m in token.finditer(text):
        out = _replacement(m)
        if out is None:
            continue
        parts += [text[at:m.start()], out]
        length += m.start() - at
        offsets.read.append(length)
        offsets.read_end.append(length + len(out))
        offsets.at.append(m.start())
        offsets.at_end.append(m.end())
        length += len(out)
        at = m.end()
    if not parts:
        return text, None
    parts.append(text[at:])
    offsets.length = length + len(text) - at
    return "".join(parts), offsets
