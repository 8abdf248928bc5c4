#!/usr/bin/env python3
"""List the frequent words of each language that patrol reads as a drug or as a country, alone, in a text in that
language: the candidates for false friends, for a curator to read.

    python scripts/false_friends.py [--zipf 4.0] [--what substances|locations|both]

Each word of wordfreq's lists (the languages patrol's KB build knows, at least ``--zipf`` frequent) is read by
itself and capitalised, as at a sentence's start. A word that is the drug's or the country's own name in that
language ("maconha", "Suomi") is no false friend; one that means something else is (Finnish "Tai", or, read as
Thailand; Swedish "känna", to feel, read as Kanna). The KB build marks the substance ones read through another
spelling itself (build.py ``_flag_false_friends``); the rest go to translations.json ``_ordinary_in`` and
countries.json ``false_friends``. Nothing is written: the output is for reading.
"""

from __future__ import annotations

import argparse

from patrol.knowledge.build import frequent_words
from patrol.knowledge.kb import KnowledgeBase
from patrol.knowledge.resolver import Resolver
from patrol.recognizers.location import LocationRecognizer
from patrol.recognizers.substance import SubstanceRecognizer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--zipf", type=float, default=4.0, help="least wordfreq frequency of a word read")
    ap.add_argument("--what", choices=("substances", "locations", "both"), default="both")
    args = ap.parse_args()
    readers = []
    if args.what in ("substances", "both"):
        readers.append(("substance", SubstanceRecognizer(Resolver(KnowledgeBase.load())), "substance_id"))
    if args.what in ("locations", "both"):
        readers.append(("location", LocationRecognizer(), "country"))
    for lang, code, word in frequent_words(args.zipf, limit=50_000):
        for what, recognizer, field in readers:
            found = recognizer.analyze(word, code) or recognizer.analyze(word.capitalize(), code)
            if found:
                print(f"{lang}\t{word}\t{what}\t{found[0].value[field]}")


if __name__ == "__main__":
    main()
