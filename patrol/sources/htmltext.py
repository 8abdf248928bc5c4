"""Visible text and metadata from an HTML page (shared by the HTML-folder and WARC readers)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser as HTMLParser

_DROP = "script, style, noscript, template, svg, iframe, head > *:not(title)"
_BLOCK_WS = re.compile(r"[ \t\r\f\v\u00a0]+")
_MANY_NL = re.compile(r"\n\s*\n+")
# Block-level tags start a new line; inline tags (b, a, span) keep words together (pipeline/markup.py reads markup
# left in a text by the same list).
BLOCK_TAGS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer nav "
                       "blockquote pre hr dt dd form main aside figcaption option".split())
_BLOCK_TAG = re.compile(rf"<(?=/?(?:{'|'.join(sorted(BLOCK_TAGS))})\b)", re.I)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


@dataclass(slots=True)
class Page:
    text: str
    title: str | None
    url: str | None
    author: str | None
    published: str | None


def sniff_charset(raw: bytes) -> str | None:
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    m = _CHARSET.search(raw[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def decode_html(raw: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Decode with the declared charset, then UTF-8, then cp1252.

    Returns the text and, when the bytes did not match any declared charset, a warning.
    """
    for enc in (declared, sniff_charset(raw), "utf-8"):
        if not enc:
            continue
        try:
            return raw.decode(enc), None
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("cp1252", errors="replace"), "bytes are not valid in the declared charset; decoded as cp1252"


def looks_binary(raw: bytes) -> bool:
    head = raw[:8192]
    return b"\x00" in head


def _meta(tree: HTMLParser, *selectors: str) -> str | None:
    for sel in selectors:
        node = tree.css_first(sel)
        if node is not None:
            val = node.attributes.get("content") or node.attributes.get("href") or node.attributes.get("datetime")
            if val and val.strip():
                return val.strip()
    return None


def extract(html: str) -> Page:
    tree = HTMLParser(_BLOCK_TAG.sub("\n<", html))
    url = _meta(tree, 'link[rel="canonical"]', 'meta[property="og:url"]')
    author = _meta(tree, 'meta[name="author"]', 'meta[property="article:author"]')
    published = _meta(tree, 'meta[property="article:published_time"]', 'meta[name="date"]', "time[datetime]")
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node is not None else None
    for node in tree.css(_DROP):
        node.decompose()
    body = tree.body or tree.root
    text = body.text(separator="") if body is not None else ""
    text = _BLOCK_WS.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _MANY_NL.sub("\n\n", text).strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}" if text else title
    return Page(text=text, title=title or None, url=url, author=author, published=published)
