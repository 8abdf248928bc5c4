"""Accounts (one author on one platform) and what can tie two of them together.

Market boilerplate is removed first: a line that three or more accounts post word for word,
numbers and @handles aside (escrow notices, the market's own wallet, a shared advert
template, "Ships worldwide"), says nothing about who wrote it, so it feeds neither the
identifiers nor the writing-style profile.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from patrol.knowledge.normalize import leet_key
from patrol.signals.observations import Observation
from patrol.signals.trends import unit_price

BOILERPLATE_ACCOUNTS = 3
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")


@dataclass
class Account:
    source: str
    author: str
    docs: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    identifiers: set[str] = field(default_factory=set)  # "kind:value", e.g. "wallet:BTC:bc1q…", "pgp:ABCD…"
    substances: Counter = field(default_factory=Counter)
    products: set = field(default_factory=set)  # (substance, grams or units)
    prices: set = field(default_factory=set)  # (substance, unit, price per unit rounded to 2 significant digits)
    ships_from: Counter = field(default_factory=Counter)

    @property
    def key(self) -> tuple[str, str]:
        return self.source, self.author

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def style(self) -> list[float]:
        """Formatting habits: share of capitals, digits, punctuation, emoji; line length; line count."""
        t = self.text or " "
        n = len(t)
        return [sum(c.isupper() for c in t) / n, sum(c.isdigit() for c in t) / n,
                sum(c in "!*~|+-_/()[]" for c in t) / n, len(_EMOJI.findall(t)) / n,
                min(1.0, (n / max(1, len(self.lines))) / 200)]


def handle_key(author: str) -> str:
    """Handles compared without case, separators, leetspeak or trailing digits ("X_Plug99" ~ "xplug")."""
    return leet_key(re.sub(r"\d+$", "", author)) or leet_key(author)


def _identifiers(res: dict) -> set[str]:
    out = set()
    for w in res.get("crypto_addresses") or ():
        if w.get("valid"):
            addr = w["address"]
            out.add(f"wallet:{w.get('currency')}:{addr.lower() if addr[:3].lower() in ('bc1', 'ltc', '0x') else addr}")
    for p in res.get("pgp") or ():
        if p.get("fingerprint"):
            out.add(f"pgp:{p['fingerprint'].upper()[-16:]}")  # the long key id: a fingerprint's last 16 hex digits
    for c in res.get("contacts") or ():
        kind, value = c.get("kind"), str(c.get("value") or "").strip()
        if not value:
            continue
        if kind in ("url", "onion", "website"):
            host = urlsplit(value if "//" in value else "//" + value).hostname or value
            host = host.lower().removeprefix("www.")
            out.add(f"{'onion' if host.endswith('.onion') else 'domain'}:{host}")
        elif kind in ("email",):
            out.add(f"email:{value.lower()}")
        elif kind in ("phone", "whatsapp") or re.fullmatch(r"\+\d{7,15}", value):
            # one number on WhatsApp, Signal, Viber or Zalo is one phone
            out.add(f"phone:{re.sub(r'[^0-9+]', '', value)}")
        else:
            out.add(f"{kind}:{value.lower().lstrip('@')}")
    return out


def build_accounts(observations: Iterable[Observation], sellers_only: bool = False
                   ) -> tuple[dict[tuple[str, str], Account], dict]:
    """Accounts keyed by (source, author), and a report of the boilerplate left out.

    ``sellers_only`` keeps accounts with at least one drug-sale document: forum members,
    harm-reduction workers and journalists are not vendors and are never linked as such."""
    observations = [o for o in observations if o.author]
    if sellers_only:
        sellers = {(o.source, o.author) for o in observations if o.label == "drug_sale"}
        observations = [o for o in observations if (o.source, o.author) in sellers]
    line_owners: dict[str, set] = defaultdict(set)
    for o in observations:
        for line in _lines(o.text):
            line_owners[_h(line)].add((o.source, o.author))
    boiler = {h for h, owners in line_owners.items() if len(owners) >= BOILERPLATE_ACCOUNTS}
    accounts: dict[tuple[str, str], Account] = {}
    dropped = Counter()
    for o in observations:
        a = accounts.get((o.source, o.author))
        if a is None:
            a = accounts[(o.source, o.author)] = Account(o.source, o.author)
        a.docs.append(o.id)
        res = o.result
        kept_ranges = []
        pos = 0
        for line in o.text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            if line.strip() and _h(line.strip()) in boiler:
                dropped[line.strip()[:80]] += 1
                continue
            kept_ranges.append((start, pos))
            if line.strip():
                a.lines.append(line.strip())
        # identifiers only from the account's own lines (never from boilerplate)
        for kind in ("crypto_addresses", "pgp", "contacts"):
            for e in res.get(kind) or ():
                if e.get("start") is None or any(s <= e["start"] < t for s, t in kept_ranges):
                    a.identifiers |= _identifiers({kind: [e]})
        subs = o.substance_ids
        a.substances.update(subs)
        for q in res.get("quantities") or ():
            if subs and q.get("value"):
                a.products.add((subs[0], f"{q['value']:g}{q.get('unit', '')}"))
        up = unit_price(res)
        if up and subs:
            a.prices.add((subs[0], up[0], f"{up[1]:.2g}", up[2]))
        for loc in res.get("locations") or ():
            if loc.get("role") == "ships_from":
                a.ships_from[loc["country"]] += 1
    return accounts, {"boilerplate_lines": len(boiler), "examples": [t for t, _ in dropped.most_common(5)]}


def _lines(text: str) -> set[str]:
    return {ln.strip() for ln in text.split("\n") if ln.strip()}


_VARIABLE = re.compile(r"@\w+|\d+(?:[.,]\d+)*")


def _h(line: str) -> str:
    """The line's template: numbers and @handles blanked, so a shared advert template with
    each vendor's own prices and contact still counts as one line."""
    return hashlib.blake2b(_VARIABLE.sub("#", line.casefold()).encode(), digest_size=8).hexdigest()
