"""Prices with currency: 85€, € 85, $1.2k, 0.039 BTC, 40-60 EUR, 2500₽, 250 руб, R$ 150, €10/g,
80 mil pesos, 1,5 juta (Indonesian rupiah)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import pycountry

from patrol.lexicon import WORD_END, WORD_START, alternation, is_function_word, leading_number
from patrol.recognizers import pounds, tables
from patrol.recognizers.base import MAX_TEXT, Entity, Pattern, Recognizer, in_code
from patrol.recognizers.location import adjective_country, phone_countries, text_places

SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "¥": "JPY", "₿": "BTC", "R$": "BRL", "A$": "AUD",
           "US$": "USD", "HK$": "HKD", "NT$": "TWD", "S$": "SGD", "C$": "CAD", "CHF": "CHF", "Ƀ": "BTC", "₺": "TRY",
           "B/.": "PAB",  # Panama's balboa
           "Kč": "CZK", "Rp": "IDR", "₴": "UAH", "円": "JPY",
           "元": "CNY", "块": "CNY", "塊": "CNY", "₩": "KRW", "원": "KRW", "₹": "INR", "₫": "VND", "฿": "THB",
           "₪": "ILS", 'ש"ח': "ILS", "ש״ח": "ILS",  # shekels' abbreviation with a quote or a gershayim
           "₱": "PHP", "RM": "MYR", "৳": "BDT", "₾": "GEL", "₸": "KZT", "रु": "NPR", "₦": "NGN", "රු": "LKR",
           "රු.": "LKR", "Rs": "INR", "Rs.": "INR", "₨": "PKR", "GH₵": "GHS", "₵": "GHS", "KSh": "KES", "Ksh": "KES", "Sh": "KES", "TT$": "TTD",
           # Guyana, the Eastern Caribbean, Barbados and Samoa
           "GY$": "GYD", "EC$": "XCD", "BDS$": "BBD", "Bds$": "BBD", "ST$": "WST", "WS$": "WST",
           "S/": "PEN", "S/.": "PEN", "J$": "JMD", "NZ$": "NZD",
           "AU$": "AUD", "CA$": "CAD", "CAN$": "CAD",
           "₡": "CRC", "RD$": "DOP", "$U": "UYU", "₲": "PYG",  # Costa Rica, the Dominican Republic, Uruguay, Paraguay
           "Gs.": "PYG", "دج": "DZD", "د.ج": "DZD",  # guaraníes before the amount ("Gs. 30.000"), Algeria's dinar
           "Tsh": "TZS", "TSh": "TZS", "USh": "UGX", "₮": "MNT",  # Tanzanian and Ugandan shillings, Mongolian tögrög
           "L$": "LRD",  # Liberian dollars
           "FJ$": "FJD", "N$": "NAD", "BZ$": "BZD",  # Fijian, Namibian and Belize dollars
           "G$": "GYD", "BBD$": "BBD",  # Guyana's and Barbados's dollars as their shops write them
           "T$": "TOP"}  # Tonga's pa'anga
# Street words for a currency that are nouns too, read only where no noun follows ("60 pavos", not "20 pavos
# congelados"): Spain's for euros, Mexico's for pesos, Brazil's for reais, French "balles" (France's euros, not
# "12 balles de tennis"; Switzerland's francs, PLACED below), Brazil's "conto" ("50 conto", not "um conto de fadas"),
# German "Mäuse" ("50 Mäuse", not "3 Mäuse zu verschenken"), US "racks" (not "2 racks of ribs"), Russian "косарь",
# Colombian "palos" (not "palos de golf")
SLANG = {"pavos": "EUR", "varos": "PESO", "baros": "PESO", "paus": "BRL", "balles": "EUR", "conto": "BRL",
         "mäuse": "EUR", "racks": "USD", "rack": "USD", "косарь": "RUB", "косаря": "RUB", "косарей": "RUB",
         "palos": "PESO", "palo": "PESO"}
# Currency words that count thousands or millions (their currencies are in CODES): "10 lucas" is 10,000 pesos in
# Argentina and Chile, "2 racks" $2,000, "8 косарей" 8,000 roubles, "8 palos" 8,000,000 Colombian pesos
COUNTED_IN = {"lucas": 1_000, "luca": 1_000, "lukas": 1_000, "luka": 1_000, "racks": 1_000, "rack": 1_000,
              "косарь": 1_000, "косаря": 1_000, "косарей": 1_000, "palos": 1_000_000, "palo": 1_000_000}
CODES = {"usd": "USD", "eur": "EUR", "euro": "EUR", "euros": "EUR", "gbp": "GBP", "btc": "BTC", "xmr": "XMR",
         "eth": "ETH", "ltc": "LTC", "usdt": "USDT", "usdc": "USDC", "rub": "RUB", "руб": "RUB", "рублей": "RUB", "р": "RUB",
         "рубль": "RUB", "roubles": "RUB", "rouble": "RUB", "rubles": "RUB", "ruble": "RUB",
         "chf": "CHF", "aud": "AUD", "cad": "CAD", "brl": "BRL", "reais": "BRL", "pln": "PLN", "zł": "PLN",
         "złotych": "PLN", "złote": "PLN", "zlotych": "PLN", "рубля": "RUB", "гривня": "UAH", "koruny": "CZK",
         "dollars": "USD", "dollar": "USD", "dólares": "USD", "dolares": "USD", "rs": "INR", "bucks": "USD",
         "rupees": "INR", "rupee": "INR", "rupaye": "INR", "rupaiye": "INR",  # Hindi "rupaye" in Latin letters
         "rupay": "INR",  # Urdu "rupay" (placed: Pakistan's)
         "shilin": "SOS", "fdj": "DJF",  # Somali shillings, Djibouti's francs
         "pounds": "GBP", "pound": "GBP", "quid": "GBP", "mbtc": "mBTC", "taka": "BDT",  # "5 pound each": pounds.py
         "sat": "sat", "sats": "sat", "lira": "TRY", "kč": "CZK", "korun": "CZK", "rupiah": "IDR",
         "hrn": "UAH", "toman": "IRT", "tomans": "IRT",  # Ukrainian and Persian in Latin letters
         "srd": "SRD",  # the Surinamese dollar, by its code in any case
         "pesos": "PESO", "peso": "PESO",  # "pesos" alone does not say whose: Mexico, Colombia, Argentina...
         "kr": "KRONA", "kronor": "SEK", "kroner": "KRONA", "krone": "KRONA",  # "kr", "kroner": Norway or Denmark?
         "lei": "RON", "forint": "HUF", "грн": "UAH", "гривень": "UAH", "гривні": "UAH", "гривен": "UAH", "гривны": "UAH", "บาท": "THB", "baht": "THB",
         "درهم": "MAD", "دراهم": "MAD",
         "yen": "JPY", "yuan": "CNY", "rmb": "CNY", "שקל": "ILS", "שקלים": "ILS", "تومان": "IRT", "ریال": "IRR",
         "شيكل": "ILS", "شيقل": "ILS", "شواكل": "ILS",  # Arabic "shekel"
         "nis": "ILS",  # the new Israeli shekel
         "florin": "XCG", "florins": "XCG", "guilders": "XCG", "guilder": "XCG",  # the islands' (PLACED: Aruba's)
         "دينار": "DINAR", "دنانير": "DINAR", "دینار": "DINAR", "dinars": "DINAR", "dinar": "DINAR",  # Arabic "dinar": whose, the text's place says (PLACED below)
         "ريال": "SAR",  # the Arabic spelling: Saudi Arabia's, the largest market (Qatar, Oman, Yemen write it too)
         "രൂപ": "INR", "ଟଙ୍କା": "INR", "টকা": "INR", "ರೂಪಾಯಿ": "INR", "రూపాయలు": "INR", "રૂપિયા": "INR",  # India's
         # rupee in Malayalam, Odia and Assamese (their "tanka"; Bengali's "টাকা" is Bangladesh's), Kannada, Telugu, Gujarati
         "रुपये": "INR", "रुपए": "INR", "ਰੁਪਏ": "INR", "лв": "BGN", "лева": "BGN", "روپے": "PKR", "টাকা": "BDT", "ლარი": "GEL",
         "тенге": "KZT", "теңге": "KZT", "тг": "KZT", "shillings": "KES", "лей": "MDL", "леев": "MDL", "сом": "KGS", "сомонӣ": "TJS", "сомони": "TJS",
         "лари": "GEL", "драм": "AMD", "драмов": "AMD",  # Russian for Georgia's lari and Armenia's dram
         "riel": "KHR", "រៀល": "KHR",  # Cambodia's riel
         "рублёў": "BYN", "злотых": "PLN", "злотый": "PLN",
         "злотих": "PLN", "lei moldovenești": "MDL", "lei moldovenesti": "MDL", "ringgit": "MYR", "دولار": "USD", "shilingi": "KES",
         "дин": "RSD", "динара": "RSD", "сум": "UZS",
         "dinara": "RSD", "din": "RSD", "dh": "MAD", "جنيه": "EGP", "ரூபாய்": "INR", "ден": "MKD", "денари": "MKD",
         "դրամ": "AMD", "so'm": "UZS", "сўм": "UZS", "ကျပ်": "MMK", "naira": "NGN", "රුපියල්": "LKR", "евра": "EUR",
         "евро": "EUR", "eura": "EUR", "eiro": "EUR", "eurų": "EUR",  # Latvian and Lithuanian "eiro", "eurų"
         # Finnish "10 euroa", Estonian "10 eurot", Hungarian "20 euró", Lithuanian "eurai", Slovenian "evrov",
         "euroa": "EUR", "eurot": "EUR", "euró": "EUR", "eurót": "EUR", "eurai": "EUR", "evrov": "EUR", "evra": "EUR",
         "ευρώ": "EUR", "ευρω": "EUR",  # Greek, with its accent and, in chat, without
         "vnd": "VND", "vnđ": "VND", "đ": "VND", "đồng": "VND",  # "45.000đ": Vietnamese dong
         "soles": "PEN", "fcfa": "XOF", "cfa": "XOF", "kwanza": "AOA", "kwanzas": "AOA", "ብር": "ETB", "birr": "ETB", "rand": "ZAR",
         "cedis": "GHS", "meticais": "MZN", "metical": "MZN",
         "lucas": "PESO", "luca": "PESO", "lukas": "PESO", "luka": "PESO",
         "افغانۍ": "AFN", "افغانی": "AFN", "ກີບ": "LAK", "manat": "AZN", "lari": "GEL", "quetzal": "GTQ", "quetzales": "GTQ", "lempira": "HNL", "lempiras": "HNL", "stutz": "CHF", "franken": "CHF", "lek": "ALL", "lekë": "ALL", "leke": "ALL",
         **SLANG,
         "goud": "HTG", "gourde": "HTG", "gourdes": "HTG",  # Haitian Creole and French
         "geneh": "EGP", "gneh": "EGP", "genih": "EGP",  # Egyptian pounds in Latin letters (Franco-Arabic)
         "bob": "KES",  # Kenya's shillings in Sheng ("1 rolex 100 bob")
         "dirham": "MAD", "dirhams": "MAD",  # Morocco's, as the Arabic word; the Emirates' where placed there
         "tala": "WST", "vatu": "VUV", "pa'anga": "TOP", "paʻanga": "TOP",  # Samoa's, Vanuatu's and Tonga's own words
         "nakfa": "ERN", "ናቕፋ": "ERN", "maloti": "LSL", "loti": "LSL",  # Eritrea's nakfa, Lesotho's loti
         "ដុល្លារ": "USD",  # Cambodia prices in US dollars
         "escudos": "CVE", "escudo": "CVE", "kyat": "MMK", "kyats": "MMK",  # Cabo Verde's escudo, Myanmar's kyat
         # Chinese currencies' names after the amount too ("3000台幣"; before it, WORD_FIRST)
         "台幣": "TWD", "臺幣": "TWD", "台币": "TWD", "新台幣": "TWD", "新臺幣": "TWD", "港幣": "HKD", "港币": "HKD",
         "人民幣": "CNY", "人民币": "CNY",
         "美元": "USD", "美金": "USD", "欧元": "EUR", "歐元": "EUR"}  # US dollars and euros in Chinese ("200美元")
# ISO codes that are also words or units ("2 cop cars", "1 TL Zucker" in a German recipe, "10 ft") count only
# in capitals ("80.000 COP", "TRY 500"); "TL" and "Ft" only from a plausible amount up.
ISO_ONLY = {"TRY", "CZK", "IDR", "MXN", "COP", "ARS", "CLP", "SEK", "NOK", "DKK", "RON", "HUF", "BYN", "MVR", "RWF", "QAR",
            "OMR", "DJF", "SDG", "SOS", "SSP", "ERN",  # ... and the Horn of Africa's
            "GNF", "MOP",  # Guinea's franc, Macau's pataca (a mop in lower case)
            "XPF", "SBD"}  # the Pacific franc (New Caledonia, French Polynesia), the Solomon Islands' dollar
LOCAL_SIGNS = {"TL": ("TRY", 10), "Ft": ("HUF", 100), "Ar": ("MGA", 100), "DA": ("DZD", 10), "FC": ("CDF", 100),  # "10.000 Ar": Malagasy ariary
               # Paraguay's guaraníes from a thousand up ("5 Gs" is five grand); Bolivia's bolivianos, in capital B
               "Gs": ("PYG", 1000), "Bs": ("BOB", 1), "Bs.": ("BOB", 1),
               "KM": ("BAM", 1),  # Bosnia's convertible mark
               "Kz": ("AOA", 10), "MT": ("MZN", 10),  # Angola's kwanza, Mozambique's metical
               "DT": ("TND", 5), "dt": ("TND", 5), "FBu": ("BIF", 100),  # Tunisia's dinar, Burundi's franc
               "FRW": ("RWF", 10), "Frw": ("RWF", 10),  # Rwanda's franc as Rwanda writes it (its ISO code is RWF)
               "JD": ("JOD", 1), "KD": ("KWD", 1), "BD": ("BHD", 1),  # Jordan's, Kuwait's and Bahrain's dinars
               "CUP": ("CUP", 1),  # Cuba's peso by its code, in capitals (also a cup: read in Cuba only)
               # Afghanistan's afghani from ten up ("#4 Afghani Heroin" is a grade and the heroin's origin)
               "Afghani": ("AFN", 10), "afghani": ("AFN", 10), "Afghanis": ("AFN", 10), "afghanis": ("AFN", 10),
               # Aruba's florin, and the Caribbean guilder of Curaçao and Sint Maarten (XCG since 2025; ANG before)
               "Afl": ("AWG", 1), "Afl.": ("AWG", 1), "AWG": ("AWG", 1), "NAf": ("XCG", 1), "ANG": ("XCG", 1),
               "XCG": ("XCG", 1)}
# local signs read in some languages only, or in a text placed in their country: "40 KM" in Bosnian and its
# neighbours' ("10 KM run" is a distance), "3.000 MT" in Portuguese or beside Maputo (metric tonnes in a commodity
# listing elsewhere), told by an amount's last letters as the quantity recognizer tells its units of one language
LOCAL_SIGN_LANGUAGES = {"KM": (frozenset({"bs", "hr", "sr", "sl", "mk"}), "BA"), "MT": (frozenset({"pt"}), "MZ"),
                        "CUP": (frozenset(), "CU"),
                        # Tunisia's dinar in lower case ("100dt"), Jordan's: in Arabic and French or placed there
                        "dt": (frozenset({"ar", "fr"}), "TN"), "JD": (frozenset({"ar"}), "JO"),
                        "KD": (frozenset({"ar"}), "KW"), "BD": (frozenset({"ar"}), "BH"),
                        "Afl": (frozenset(), "AW")}  # Dutch "Afl. 3" is an episode: read in Aruba only
LAST_LETTERS = re.compile(r"[^\W\d_]*$")
# Signs read before the amount only: "RM50" is ringgit, "Room 101 RM" is not; "ග්‍රෑම් 1 රු. 15000" costs 15000; East
# Africa's "Sh 2,000" is a shilling (whose by the place: "kwa Sh 500, Dar es Salaam" is Tanzania's), "10 Sh" is none
PREFIX_ONLY = {"RM", "රු", "රු.", "SH"}
# Currency words written before the amount in their language: "shilingi 2,000" (Swahili); "gramu 10 shilingi
# 2,000" costs 2,000, not 10; Hausa "gram 10 naira 5,000"
WORD_FIRST = {"shilingi": "KES", "naira": "NGN", "新台幣": "TWD", "新臺幣": "TWD", "台幣": "TWD", "港幣": "HKD", "人民幣": "CNY",
              "人民币": "CNY", "ကျပ်": "MMK", "birr": "ETB"}  # Burmese "ကျပ် ၅၀,၀၀၀" too; "Birr 3,000"
URI_SCHEMES = {"bitcoin": "BTC", "litecoin": "LTC", "monero": "XMR", "ethereum": "ETH"}  # payment links' schemes
# Signs and words that may stand after the amount, but are the next number's when one follows: "3000 rs" costs
# 3000, "2 Rs 500" costs 500; "gramu 10 shilingi 2,000" and "gramu 1 Ksh 5,000" cost 2,000 and 5,000
BEFORE_A_NUMBER = {*WORD_FIRST, "rs", "rs.", "ksh", "tsh", "ush"}
# Whose dollar a "$" written after the amount is where the text names none, by the text's language: Quebec
# writes "200 $" in Canadian dollars. (Not Spanish: "$180" in Miami is the US dollar, in Bogotá the peso.)
DOLLAR_AFTER_BY_LANGUAGE = {"fr": "CAD"}
# Signs and words that several countries write their currency with, and which each country's is, where the text is
# in one of them (its places: location.text_places): "$350 a gram, delivery around Perth" is Australian; "$30.000" in
# Medellín is pesos (whose: PESO, as "pesos" named alone); "500 درهم، توصيل دبي" is the Emirates' dirham, not
# Morocco's. Where it is in none or in several, the sign keeps the currency read without them.
PLACED = {"$": {"US": "USD", "AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD",
                "JM": "JMD", "TT": "TTD", "BS": "BSD", "BB": "BBD", "BZ": "BZD", "GY": "GYD",
                "MX": "PESO", "CO": "PESO", "AR": "PESO", "CL": "PESO", "UY": "PESO", "DO": "PESO", "CU": "PESO",
                "FJ": "FJD", "WS": "WST", "SB": "SBD"},
          "dirham": {"MA": "MAD", "AE": "AED"},
          "yuan": {"CN": "CNY", "TW": "TWD", "HK": "HKD"},   # "2500元，台北面交": Taiwan's dollars
          "shilling": {"KE": "KES", "TZ": "TZS", "UG": "UGX"},  # "shilingi 20,000, Dar es Salaam": Tanzania's
          "krona": {"SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK"},  # "600 kr, levering i hele Danmark"
          # "500 pesos, Quezon City": the Philippines' (Latin America's pesos stay PESO, as "$" there does)
          "peso": {"PH": "PHP"},
          "pound": {"EG": "EGP", "SD": "SDG", "SS": "SSP"},  # "20 ألف جنيه، الخرطوم": Sudan's pounds
          "córdoba": {"CA": "CAD", "NI": "NIO"},  # "C$ 300, Managua": Nicaragua's córdobas
          "balle": {"FR": "EUR", "BE": "EUR", "CH": "CHF"},  # "100 balles, Genève": francs
          # "150 دينار، توصيل الكويت": Kuwait's; the Arabic word alone does not say whose (DINAR, as PESO)
          "dinar": {"KW": "KWD", "BH": "BHD", "JO": "JOD", "IQ": "IQD", "LY": "LYD", "TN": "TND", "DZ": "DZD"},
          # "15000 FCFA, Douala": Central Africa's franc, not West Africa's
          "cfa": {"SN": "XOF", "CI": "XOF", "ML": "XOF", "BF": "XOF", "NE": "XOF", "TG": "XOF", "BJ": "XOF", "GW": "XOF",
                  "CM": "XAF", "GA": "XAF", "CG": "XAF", "TD": "XAF", "CF": "XAF", "GQ": "XAF"},
          # "150 рублей, Минск": Belarus counts in roubles of its own
          "rouble": {"RU": "RUB", "BY": "BYN"},
          # "1000 lei, Chișinău": Moldova's lei, not Romania's
          "leu": {"RO": "RON", "MD": "MDL"},
          # "30 ريال عماني", "500 ريال، الدوحة": Oman's and Qatar's riyals (Saudi Arabia's by default)
          "riyal": {"SA": "SAR", "QA": "QAR", "OM": "OMR", "YE": "YER"},
          # "Rs 500, Karachi", "3000 rupees in Colombo": the rupee of the country the text is in (India's by default)
          "rupee": {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR"},
          # "50 florin, Willemstad": the Caribbean guilder; "60 florin, Oranjestad": Aruba's florin
          "florin": {"CW": "XCG", "SX": "XCG", "BQ": "XCG", "AW": "AWG"}}
# "250 dollar only, Singapore": a dollar named by its word is the placed country's own, never Latin America's pesos
PLACED["dollar"] = {place: code for place, code in PLACED["$"].items() if code != "PESO"}
# the words and signs of those currencies (besides "$"), which the recognizer reads as the first country's
PLACED_WORDS = {"درهم": "dirham", "دراهم": "dirham", "dh": "dirham", "元": "yuan", "块": "yuan", "塊": "yuan", "shilingi": "shilling",
                "千元": "yuan", "万元": "yuan", "萬元": "yuan", "億元": "yuan", "亿元": "yuan",  # "5 億元": a multiple of yuan
                "shillings": "shilling", "shilling": "shilling", "sh": "shilling",
                "dinars": "dinar", "dinar": "dinar", "fcfa": "cfa", "cfa": "cfa", "lei": "leu", "ريال": "riyal",
                "dirham": "dirham", "dirhams": "dirham",
                "kr": "krona", "kroner": "krona", "krone": "krona", "pesos": "peso", "peso": "peso", "دينار": "dinar",
                "دنانير": "dinar", "دینار": "dinar", "руб": "rouble",
                "рублей": "rouble", "рубля": "rouble", "рубль": "rouble", "roubles": "rouble", "rouble": "rouble",
                "rubles": "rouble", "ruble": "rouble", "rs": "rupee", "rupees": "rupee", "rupee": "rupee", "rupay": "rupee",
                "balles": "balle", "جنيه": "pound", "dollar": "dollar", "dollars": "dollar",
                "c": "córdoba",  # a price's letters: "C$ 300" has the one "c"
                "florin": "florin", "florins": "florin", "guilders": "florin", "guilder": "florin"}
# where a text places no country, its language may say whose: Filipino prices are in pesos (as "3k" is, below),
# "Köpte 1 g kokain för 800 kr" in Swedish kronor
LANGUAGE_OF_PLACED = {"peso": {"tl": "PHP", "ceb": "PHP", "war": "PHP"},
                      "krona": {"sv": "SEK", "da": "DKK", "no": "NOK", "nb": "NOK", "nn": "NOK", "is": "ISK"},
                      "córdoba": {"es": "NIO"},  # "C$" in Spanish is Nicaragua's, in English and French Canada's
                      "dinar": {"ckb": "IQD"}}  # Sorani Kurdish is written in Iraq (Iran's Kurds pay in rials)
PRICING_ROLES = frozenset({"ships_to", "mentioned"})
# "50 pesos colombianos", "300 درهم إماراتي", "200 dólares canadienses": a country's adjective right after the
# currency's word says whose; a peso so named is that country's (named alone, or by a place, it stays PESO)
NAMED_PESOS = {"MX": "MXN", "CO": "COP", "AR": "ARS", "CL": "CLP", "UY": "UYU", "DO": "DOP", "CU": "CUP", "PH": "PHP"}
DOLLAR_WORDS = {"dollars": "$", "dollar": "$", "dólares": "$", "dolares": "$", "دولار": "$"}


def _iso_names() -> dict[str, str]:
    """ISO 4217's English names of a country's currency and their plurals ("Australian dollars", "Swedish
    kronor", "UAE dirhams"): English names whose currency the adjective says, before the word."""
    out = {}
    for c in pycountry.currencies:
        if re.fullmatch(r"(?:[A-Z]+|[A-Z][a-z]+)(?: [A-Z][a-z]+)+", c.name) and not c.name.startswith("Unidad"):
            name = c.name.lower()
            plural = name[:-1] + "or" if name.endswith("krona") else name + ("r" if name.endswith("krone") else "s")
            out.update({name: c.alpha_3, plural: c.alpha_3})
    return out


ISO_NAMES = _iso_names()
# A capital letter written before the amount as a currency's sign, read only where the text is placed in (or in a
# language of) a country that so writes its money: "R150 a gram" is rands in South Africa ("R2" is a robot, a road,
# a grade elsewhere), "P3,500, Quezon City" Philippine pesos, "P500" in Gaborone Botswana's pula. Rands' millions are
# read anywhere ("R2 million", "R2 miljoen": only the rand is so written); a "P" million is also a pula's.
LETTER_SIGNS = {"R": {"ZA": "ZAR"}, "P": {"PH": "PHP", "BW": "BWP"}, "Q": {"GT": "GTQ"}, "L": {"HN": "HNL"},
                "Bs": {"BO": "BOB", "VE": "VES"}, "Le": {"SL": "SLE"},  # quetzales, lempiras, "Bs 25" in La Paz, leones
                "K": {"PG": "PGK", "ZM": "ZMW", "MW": "MWK"},  # kina ("K20 per bag, Port Moresby"), kwacha
                "M": {"LS": "LSL"}}  # Lesotho's maloti ("1 kg M800, Maseru"; "M30" pills elsewhere)
LETTER_LANGUAGES = {"R": {lang: "ZAR" for lang in ("af", "zu", "xh", "st", "tn", "nso", "ts", "ss", "ve", "nr")},
                    "P": {"tl": "PHP", "ceb": "PHP", "war": "PHP"},
                    "Q": {"es": "GTQ"}}  # "la onza a Q400": of the Spanish-speaking countries only Guatemala writes Q
ANYWHERE = {"R": "ZAR"}
# Philippine pesos are written from 10 up and with commas ("P3,500"): "P1", "P3" are priorities, rooms and paper
# sizes, and "P3 250" no amount
LETTER_MIN = {"P": 10, "K": 5, "Q": 5, "M": 50}  # "K2" is spice before it is two kwacha; "Q1" a quarter
SPACED_THOUSANDS = frozenset({"R"})  # "R3 500" is South Africa's way
_TIMES = {"k": 1e3, "m": 1e6, "mil": 1e6, "million": 1e6, "miljoen": 1e6, "milyon": 1e6, "bn": 1e9, "billion": 1e9,
          "miljard": 1e9, "bilyon": 1e9}
_MILLIONS = frozenset({"million", "miljoen", "milyon", "billion", "miljard", "bilyon"})
# a sign of LETTER_SIGNS ("Bs" perhaps with its dot), then the amount: "R2 miljoen", "Bs. 25"
_LETTER_AMOUNT = re.compile(rf"(?<![\w$])({alternation(LETTER_SIGNS)})(?:(?<=Bs)\.)?\s?"
                            r"(\d{1,3}(?:[ ,]\d{3})+|\d{1,6}(?:[.,]\d{1,2})?)"
                            rf"(?:\s?(?i:({alternation(_TIMES)})))?(?![\d.,]?\w)")
# Where prices are written with a multiplier and no currency ("1tr", "300k/viên" in Vietnamese), the text's
# language says the currency
BARE_AMOUNTS = {"vi": ("VND", {"k": 1_000, "nghìn": 1_000, "ngàn": 1_000, "tr": 1_000_000, "triệu": 1_000_000,
                               "củ": 1_000_000}),
                # Filipino chats write thousands of pesos "3k": Tagalog, and Cebuano and Waray, which short Tagalog is
                # read as
                **dict.fromkeys(("tl", "ceb", "war"), ("PHP", {"k": 1_000}))}
# "Benta shabu 1 gramo 3k, Quezon City": a text placed in the Philippines or Vietnam writes its prices so whatever
# language it is read as (Taglish is often read as English)
BARE_BY_PLACE = {"PH": "tl", "VN": "vi"}
# "1 gramo 120 mil" in a chat placed in Bogotá: where pesos are counted in thousands, Spanish names the thousand
# and not the currency. Read only in a text placed in a peso country, and not in English (a short Spanish chat is
# often read as another language, Cebuano say), and with nothing after the amount but a stop or "the (gram)",
# "each" ("20 mil pastillas", "120 mil personas" count things).
_MIL = r"\s?(mil)(?=\s*(?:[,.;:!?)\n]|$)|\s+(?:el|la|por|cada|no|na|nos|nas|em|o|a)\b)"
_PESO_THOUSANDS = re.compile(rf"(?<![\w.,])(\d{{1,3}}(?:[.,]\d{{1,3}})?){_MIL}", re.IGNORECASE)
_MIL_AFTER = re.compile(_MIL, re.IGNORECASE)  # ... and after a sign's amount: "$40 mil"


def _signed_thousands(text: str, e: Entity, where: str, currency: str = "PESO") -> Entity:
    """"Keta 1g $40 mil, Medellín": a sign's amount, then Spanish "mil" (thousand), in a text placed in a peso
    country (an English "$2 mil" is two million, and never read so); "R$ 15 mil": Brazil's reais, wherever."""
    if e.value["currency"] != currency or not (m := _MIL_AFTER.match(text, e.end)) or e.value["amount"] >= 1000:
        return e
    return Entity(e.type, e.start, m.end(1), text[e.start:m.end(1)], {**e.value, "amount": e.value["amount"] * 1000},
                  e.recognizer, e.score, e.explanation + f", then 'mil' (thousand) {where}")


CRYPTO = {"BTC", "XMR", "ETH", "LTC", "USDT", "USDC", "mBTC", "sat"}
# Words for thousands and millions between the number and the currency ("80 mil pesos", "5 mil reais"); "mil"
# is "million" in English ("$2 mil"), so it is read only before a currency word, never after a symbol.
MULTIPLIERS = {"k": 1_000, "mil": 1_000, "thousand": 1_000, "million": 1_000_000, "millions": 1_000_000,
               "billion": 1_000_000_000, "m": 1_000_000, "bn": 1_000_000_000, "тыс": 1_000, "тыс.": 1_000, "млн": 1_000_000, "млрд": 1_000_000_000, "juta": 1_000_000, "jt": 1_000_000,
               "rb": 1_000, "ribu": 1_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000,
               "crores": 10_000_000, "lac": 100_000, "lacs": 100_000,
               "লাখ": 100_000, "লক্ষ": 100_000, "কোটি": 10_000_000, "लाख": 100_000,
               "करोड़": 10_000_000, "万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000,
               "만": 10_000, "억": 100_000_000, "هزار": 1_000, "میلیون": 1_000_000,
               "هەزار": 1_000, "ألف": 1_000, "الف": 1_000, "آلاف": 1_000, "مليون": 1_000_000,  # Kurdish, Arabic
               # "6 millones de euros", "2 milhões de reais", "5 millions d'euros", "3 Millionen Euro"
               "millones": 1_000_000, "millón": 1_000_000, "milhões": 1_000_000, "milhão": 1_000_000,
               "milioni": 1_000_000, "milione": 1_000_000, "millionen": 1_000_000, "miljoen": 1_000_000,
               "miliar": 1_000_000_000, "milyar": 1_000_000_000,  # Indonesian and Malay billions
               "triliun": 1_000_000_000_000, "trillion": 1_000_000_000_000,  # "Rp 3,7 triliun"
               "ming": 1_000, "زره": 1_000,  # Uzbek, Pashto
               "tỷ": 1_000_000_000,  # Vietnamese "1 tỷ đồng"
               "hezar": 1_000,  # Persian in Latin letters: "900 hezar toman"
               # "1,5 milioane de lei", "30 milionů korun", "2 mln zł", "5 millió forint"
               "milion": 1_000_000, "milioane": 1_000_000, "milionů": 1_000_000, "miliony": 1_000_000,
               "milionów": 1_000_000, "mln": 1_000_000, "millió": 1_000_000, "miliard": 1_000_000_000,
               "miliarde": 1_000_000_000, "miliardů": 1_000_000_000, "miliardów": 1_000_000_000, "milliárd": 1_000_000_000}
_SYM, _CODE = alternation(SYMBOLS), alternation(CODES)
# Arabic's own separators too: "۱٫۵ میلیون تومان" (a decimal), "٣٬٠٠٠" (thousands)
# thousands grouped by spaces ("2 500 €"), not after a Chinese, Japanese or Korean character, scripts that group no
# digits so ("波音747 199元" is a Boeing 747 model for 199 yuan)
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_NUM = (r"\d{1,2}(?:,\d\d){1,3},\d{3}(?:\.\d{1,2})?(?![\d,])|"  # India's lakh grouping: "₹1,50,000"
        rf"\d{{1,3}}(?<![{_CJK}]\d)(?<![{_CJK}]\d\d)(?<![{_CJK}]\d\d\d)(?: \d{{3}}){{1,3}}(?:[.,٫]\d{{1,8}})?"
        r"|\d{1,3}(?:[,.٬]\d{3}){0,3}(?:[.,٫]\d{1,8})?|\d{1,9}(?:[.,٫]\d{1,8})?")
_RUPIAH_NUM = r"\d{1,4}(?:[.,]\d{1,3})?"
_CJK_MULTIPLIERS = ("万", "萬", "亿", "億", "만", "억")  # written onto the number ("5万円"), never as a word before a currency word
# between an amount and the code after it: a space, or a line's end where text is wrapped ("10g for 90\nEUR"), but
# not one that opens a labelled line ("$120\nBTC: bc1q..." is no 120 bitcoin)
_CODE_GAP = r"(?:[^\S\n]|\n(?![A-Za-z]{3,5}[ \t]*:))?"
# "$1.2k", "€2 million", "£3m", "5万円", "Rp 250rb", "Rs 10 crore"; not "£40\nKet 5g", "$5 mdma", "$40 M30s"
_K = rf"(?: ?(k(?![^\W\d_])|(?:m|bn|million|billion|rb|ribu|jt|juta|miliar|milyar|triliun|trillion|lakhs?|lacs?|crores?)(?!\w)|{'|'.join(_CJK_MULTIPLIERS)}))?"
# a multiplier word, then perhaps "of" ("millones de euros", "millions d'euros"); "करोड़" ends in a combining mark
_K_WORD = (rf"(?:\s?({alternation(k for k in MULTIPLIERS if k not in _CJK_MULTIPLIERS and k not in ('m', 'bn'))})"
           r"(?!\w)(?:\s(?:de|di)(?=\s)|\sd['’](?=\w))?)?")
# Codes that are English words or a programming language in capitals ("Toolkit Pro 2013 ALL", "2 CUP", "PHP 8.1",
# "TOP 5"): those currencies are read by their names and signs only
NOT_ISO = {"ALL", "CUP", "PHP", "TOP"}
# "USD 300", "4000 AED", not "euro 2024": the codes of every currency read by a sign, a word or a place
_KNOWN = {*CODES.values(), *SYMBOLS.values(), *NAMED_PESOS.values(), *(c for m in PLACED.values() for c in m.values())}
ISO_READ = frozenset(ISO_ONLY | {"USDT", "USDC"} | {c for c in _KNOWN if len(c) == 3 and c.isupper()} - NOT_ISO)  # "USDT 1500"
_ISO = "|".join(sorted(ISO_READ))
_RANGE = rf"(?:\s?[-–~]\s?({_NUM}))?"
_SIGNED_RANGE = rf"(?:\s?[-–~]\s?(?:{_SYM})?\s?({_NUM}))?"  # "£80-£100": the sign said again
_PER = r"(?:\s?(?:/|per|each|a)\s?(g|gram|oz|pill|tab|unit|mg|ml|piece))?"
# "$25 each", "$15 ea", "10 € la pièce", "5 € pro Stück": a price per unit
_EACH = re.compile(r"\s(?:each|ea|apiece|la pièce|la pieza|cada un[oa]|pro stück|das stück|al pezzo|cadauno|per stuk)(?!\w)",
                   re.IGNORECASE)
# "10 for $200", "6 for €50": a bulk price, of that many units
_COUNT_FOR = re.compile(r"(?<![\w.,])(\d{1,4})\s+for\s+\Z", re.IGNORECASE)


_HEADER_SIGNS = {k.lower(): v for k, v in SYMBOLS.items() if not k.isalpha()}  # "€", "R$", "₽"; not "RM", "Rp"


def header_currency(cell: str) -> str | None:
    """The currency a table's header cell names ("price_eur", "Prix (€)", "Preço (R$)", "Цена, ₽", "Price USD")."""
    for w in tables.header_words(cell):
        if code := _HEADER_SIGNS.get(w) or (w.upper() if w.upper() in ISO_READ else None) or (
                CODES.get(w) if len(w) > 1 and w not in ("rs", "r", "kr", "din", "p") else None):
            return code
    return None


_JSON_BETWEEN = r'\s*,\s*(?:"\w{1,40}"\s*:\s*"[^"\n]{0,80}"\s*,\s*){0,2}'


class PriceRecognizer(Recognizer):
    entity = "price"
    reads = ("location",)
    patterns = (
        # "1.500$00": the cifrão between escudos and centavos, Cabo Verde's way of writing its escudo
        Pattern("cifrao", r"(?<![\w.,$])(\d{1,3}(?:\.\d{3})+|\d{1,6})\$(\d\d)(?![\d$])", 0.9),
        Pattern("symbol-first", rf"(?<![\w$€£])({_SYM})\s?({_NUM}){_K}{_SIGNED_RANGE}{_PER}(?![\d])", 0.85, re.IGNORECASE),
        Pattern("symbol-after", rf"{leading_number(_NUM)}{_K}{_RANGE}\s?({_SYM}){_PER}", 0.85, re.IGNORECASE),
        # Romanian puts "de" between a number from twenty up and its noun: "250 de lei", "100 de euro"
        Pattern("code-after", rf"{leading_number(_NUM)}{_K_WORD}{_RANGE}(?:\s+de(?=\s+(?:lei|euro)\b))?{_CODE_GAP}({_CODE}){WORD_END}"
                              rf"{_PER}", 0.8, re.IGNORECASE),
        # "80.000 COP", "500 SEK"; not "kilo 1 UGX 400,000", where the code is the next number's
        Pattern("iso-after", rf"{leading_number(_NUM)}{_K_WORD}{_CODE_GAP}({_ISO})\b(?!\s?\d)", 0.75, 0),
        # "500 TL", "5000 Ft": so written, and from a plausible amount up ("10 ft" and "6 Ft Table" are feet)
        Pattern("local-sign", rf"{leading_number(_NUM)}\s?({'|'.join(LOCAL_SIGNS)})\b", 0.75, 0),
        # Indonesian prices name the million, not the currency: "1,5 juta", "350 rb"
        Pattern("rupiah-word", rf"{leading_number(_RUPIAH_NUM)}\s?(juta|jt|rb|ribu)\b", 0.7, re.IGNORECASE),
        # "新台幣 3000 萬元": the currency's name first, its sign after the amount too
        Pattern("word-first", rf"{WORD_START}({'|'.join(WORD_FIRST)})\s?({_NUM}){_K}(?:\s?[元圓])?{WORD_END}", 0.75,
                re.IGNORECASE),
        # "1万5千円": ten thousands and thousands written onto the number, as Japanese and Chinese prices are
        Pattern("man-sen", r"(?<![\d.,])(\d{1,4})\s?[万萬](\d)千\s?(円|元)", 0.85),
        # "1億2000万円", "1억 2000만 원": hundred millions and ten thousands in one number
        Pattern("oku-man", r"(?<![\d.,])(\d{1,4})\s?[億亿억]\s?(\d{1,4})\s?[万萬만]\s?(円|元|원)", 0.85),
        # "bitcoin:bc1q...?amount=0.015": the amount a payment link asks for (BIP 21, and its use by other coins;
        # Monero's "tx_amount")
        Pattern("payment-uri", rf"(?<![\w])({'|'.join(URI_SCHEMES)}):[A-Za-z0-9]{{20,110}}\?(?:[^\s?#]*?&)?"
                               r"(?:tx_)?amount=(\d{1,9}(?:\.\d{1,12})?)(?![\w.])", 0.9, re.IGNORECASE),
        # "USD 300"; not across a line ("Cristal 1 gramo $500 MXN\n3 gramos ..."): the code ends the line above's price
        Pattern("code-first", rf"(?<![\w])({_ISO})[^\S\n]?({_NUM}){_K}{_RANGE}(?![\w]){_PER}", 0.75, 0),
        Pattern("iso-name", rf"{leading_number(_NUM)}{_K_WORD}\s({alternation(ISO_NAMES)}){WORD_END}", 0.8,
                re.IGNORECASE, needs=tuple({n.rsplit(" ", 1)[1][:4] for n in ISO_NAMES})),
        # schema.org's Offer in a shop page's JSON-LD: "price": "450.00", "priceCurrency": "USD", either first, up to
        # two other fields between
        Pattern("schema-offer", rf'"(?:price|lowPrice|highPrice)"\s*:\s*"?(\d{{1,9}}(?:\.\d{{1,8}})?)"?{_JSON_BETWEEN}'
                                r'"priceCurrency"\s*:\s*"([A-Za-z]{3})"', 0.9, needs=('"pricecurrency"',)),
        Pattern("schema-offer, currency first", rf'"priceCurrency"\s*:\s*"([A-Za-z]{{3}})"{_JSON_BETWEEN}'
                                                r'"(?:price|lowPrice|highPrice)"\s*:\s*"?(\d{1,9}(?:\.\d{1,8})?)"?(?![\d.])',
                0.9, needs=('"pricecurrency"',)),
        # "1g 80e, 5g 350e": chat's euros, an "e" on a price right after a weight (not French "le 5e achat", fifth)
        Pattern("euro-e", r"(?<![\w.,])\d{1,4}(?:[.,]\d{1,3})?\s?(?:g|gr|kg|mg|ml|oz)(?![\w])[\s,:=-]{1,3}"
                          r"(\d{1,5}(?:[.,]\d{1,2})?)e(?![\w€$£])", 0.7, 0),
    )
    context = ("price", "cost", "only", "each", "per", "precio", "preço", "prix", "preis", "prijs", "цена")

    def analyze(self, text: str, language: str | None = None,
                entities: dict[str, list[Entity]] | None = None) -> list[Entity]:
        # "200 pounds of methamphetamine": a weight (the quantity recognizer reads it), not a price
        found = [e for e in super().analyze(text, language)
                 if pounds.reading(text, e.start, e.end) is not True and not in_code(text, e.start)]
        other_cells: list[Entity] = []  # a table's bare counts and weights: no menu's price (never returned)
        if "\n" in text or '":' in text:
            found, other_cells = self._in_tables(text, found, language)
        # each read once, when a price first needs it, however many prices ask
        @cache
        def where() -> list[str]:
            """Not where the goods ship from ("ships from Canada", "$600" on a market is the US dollar), but where
            they go and the text is ("shipping Canada-wide", "Cape Town delivery")."""
            return text_places(text, language, entities, PRICING_ROLES)

        @cache
        def origin() -> list[str]:
            """Where the goods ship from."""
            return text_places(text, language, entities, frozenset({"ships_from"}))

        found = [e for e in found if _local_sign_read(e, language, where)]

        @cache
        def where_or_phones() -> list[str]:
            """The places, or where there are none, the countries of its phone numbers but the one the goods ship
            from ("Ships from Mexico ... WhatsApp +52": the vendor's own number; "$15 each" is the buyers' dollar)."""
            return where() or [c for c in phone_countries(text) if c not in origin()]

        _name_dollars(text, found, language, where_or_phones)
        _place_words(found, where_or_phones, language)
        _named_by_adjective(text, found)
        found = _word_ranges(text, found)
        if _LETTER_AMOUNT.search(text, 0, MAX_TEXT):
            # a letter is no market's money by default ("$600" on a market is the US dollar): where the goods ship
            # from says whose it is too ("Cocaine 5g R4,500 | ships from South Africa")
            found = sorted(found + self._letter_amounts(text, found, language, lambda: where() or origin()),
                           key=lambda e: e.start)
        if "mil" in text and any(e.value["currency"] == "BRL" for e in found):
            found = [_signed_thousands(text, e, "after reais", "BRL") for e in found]  # "R$ 15 mil no Paraguai"
        if language != "en" and "mil" in text and (placed := _placed("$", where)) and placed[1] == "PESO":
            found = [_signed_thousands(text, e, f"in a text placed in {placed[0]}") for e in found]
            found = sorted(found + self._bare(text, found, _PESO_THOUSANDS, "PESO", {"mil": 1_000},
                                              f"in a text placed in {placed[0]}"), key=lambda e: e.start)
        if not found and _MENU_PRICE.search(text, 0, MAX_TEXT) and (placed := _placed("$", where)) \
                and placed[1] == "PESO":
            # "perico 1 gramo 80.000, 5 gramos 350.000 ... Medellín": a menu's bare thousands in a text placed where
            # prices are pesos (not "1g 80": a count may be)
            found = [e for e in self._menu_numbers(text, found + other_cells, "PESO", 0.65,
                                                   f"in a text placed in {placed[0]}")
                     if _GROUPED_THOUSANDS.fullmatch(e.text)]
        if (declared := _DECLARED.search(text, 0, MAX_TEXT)) and (menu := self._menu(text, found + other_cells, declared, where)):
            found = sorted(found + menu, key=lambda e: e.start)
        elif len(currencies := {e.value["currency"] for e in found}) == 1 and (
                menu := self._menu_priced(text, found + other_cells, next(iter(currencies)))):
            found = sorted(found + menu, key=lambda e: e.start)
        own = language if language in BARE_AMOUNTS else _bare_by_place(text, where)
        if own is None:
            return found
        currency, words = BARE_AMOUNTS[own]
        why = f"in a text in {own}" if own == language else f"in a text placed where {own} prices are so written"
        bare = [e for e in self._bare(text, found + other_cells, _bare_amount(own), currency, words, why)
                if not _counts_a_noun(text, e.end, own)]
        return sorted(found + bare, key=lambda e: e.start)

    def _bare(self, text: str, found: list[Entity], rx: re.Pattern, currency: str, words: dict[str, float],
              where: str) -> list[Entity]:
        """Amounts written with a multiplier word and no currency (``rx``: number, word, maybe a digit of tenths),
        where the text says whose currency they are in."""
        out = []
        for m in rx.finditer(text[:MAX_TEXT]):
            amount = parse_amount(m.group(1))
            if amount and not _overlaps(found, m):
                out.append(Entity(self.entity, m.start(), m.end(), m.group(), {
                    "amount": round((amount + _tenths(m)) * words[m.group(2).lower()], 2), "currency": currency},
                    self.name, 0.7,
                    f"amount with '{m.group(2)}' and no currency, {where}: {currency}"))
        return out

    def _menu(self, text: str, found: list[Entity], declared: re.Match, where: Callable[[], list[str]]) -> list[Entity]:
        """"Coke 1g 80 | 3.5g 250 ... All prices in £": a menu's bare numbers right after its amounts are prices
        in the currency the text declares once."""
        sign = declared.group(1)
        currency = _currency_of(sign)
        if sign == "$" and (placed := _placed("$", where)):
            currency = placed[1]
        if currency is None:
            return []
        return self._menu_numbers(text, found, currency, 0.7, f"in a text that gives its prices in {sign}: {currency}")

    def _menu_priced(self, text: str, found: list[Entity], currency: str) -> list[Entity]:
        """"perico 1 gramo 80.000 pesos, tusi 1 gramo 25.000": a bare number right after an amount, in a text whose
        other prices are all in one currency, is a price in it."""
        if currency not in FIAT_MENU:
            return []
        return self._menu_numbers(text, found, currency, 0.65, f"in a text whose other prices are in {currency}")

    def _menu_numbers(self, text: str, found: list[Entity], currency: str, score: float, why: str) -> list[Entity]:
        return [Entity(self.entity, m.start(1), m.end(1), m.group(1), {"amount": amount, "currency": currency},
                       self.name, score, f"a bare number after an amount, {why}")
                for m in _MENU_PRICE.finditer(text, 0, MAX_TEXT)
                if (amount := parse_amount(m.group(1), True)) and not _overlaps(found, m, 1)]

    def _in_tables(self, text: str, found: list[Entity], language: str | None) -> tuple[list[Entity], list[Entity]]:
        """Bare numbers under a table header that names their currency ("price_eur", "Цена, ₽", "(USD)"), and
        those under another header ("Stuks", "weight_g"), which a menu's rules must not read as prices."""
        priced, other = [], []
        for c in tables.cells(text, header_currency, language, unmeant=True):
            e = Entity(self.entity, c.start, c.end, text[c.start:c.end], {"amount": c.number, "currency": c.code},
                       self.name, 0.7, f"a number under the table header {c.header!r}")
            if not c.code:
                other.append(e)
            elif not any(f.start < c.end and c.start < f.end for f in found):
                priced.append(e)
        return (sorted(found + priced, key=lambda e: e.start) if priced else found), other

    def _letter_amounts(self, text: str, found: list[Entity], language: str | None,
                        where: Callable[[], list[str]]) -> list[Entity]:
        """Amounts after a letter of LETTER_SIGNS, in the currency of the country the text is placed in or whose
        language it is in; a rand's millions anywhere."""
        out = []
        for m in _LETTER_AMOUNT.finditer(text[:MAX_TEXT]):
            letter, times = m.group(1), (m.group(3) or "").lower()
            amount = parse_amount(m.group(2), True) * _TIMES.get(times, 1)
            if amount < LETTER_MIN.get(letter, 0) or (" " in m.group(2) and letter not in SPACED_THOUSANDS):
                continue
            placed = [LETTER_SIGNS[letter][c] for c in where() if c in LETTER_SIGNS[letter]]
            if len(placed) == 1:
                currency, why = placed[0], f"'{letter}' before the amount in a text placed where it is {placed[0]}"
            elif currency := LETTER_LANGUAGES.get(letter, {}).get(language or ""):
                why = f"'{letter}' before the amount in a text in a language of {currency}"
            elif (currency := ANYWHERE.get(letter)) and times in _MILLIONS:
                why = f"'{letter}' before millions: {currency}"
            else:
                continue
            if not _overlaps(found, m):
                out.append(Entity(self.entity, m.start(), m.end(), m.group(), {
                    "amount": amount, "currency": currency}, self.name, 0.75, why))
        return out

    def normalize(self, m: re.Match, pattern) -> dict | None:
        g = m.groups()
        if pattern.name == "euro-e":
            amount = parse_amount(g[0])
            return None if amount is None else {"amount": amount, "currency": "EUR", "_start": m.start(1)}
        if pattern.name.startswith("schema-offer"):
            amount, code = (g[1], g[0]) if pattern.name.endswith("first") else g
            return {"amount": float(amount), "currency": code.upper()} if code.upper() in ISO_READ else None
        if pattern.name == "local-sign":
            currency, least = LOCAL_SIGNS[g[1]]
            amount = parse_amount(g[0], True)
            return None if amount is None or amount < least else {"amount": amount, "currency": currency}
        if pattern.name in ("iso-after", "iso-name"):  # "500 SEK", "100 Australian dollars"
            amount = parse_amount(g[0], True)
            mult = MULTIPLIERS[g[1].lower()] if g[1] else 1
            currency = g[2] if pattern.name == "iso-after" else ISO_NAMES[g[2].lower()]
            return None if amount is None else {"amount": amount * mult, "currency": currency}
        if pattern.name == "rupiah-word":
            amount = parse_amount(g[0])
            return None if amount is None else {"amount": amount * MULTIPLIERS[g[1].lower()], "currency": "IDR"}
        if pattern.name == "cifrao":
            return {"amount": int(g[0].replace(".", "")) + int(g[1]) / 100, "currency": "CVE"}
        if pattern.name == "payment-uri":
            return {"amount": float(g[1]), "currency": URI_SCHEMES[g[0].lower()]}
        if pattern.name == "oku-man":
            return {"amount": int(g[0]) * 100_000_000 + int(g[1]) * 10_000, "currency": SYMBOLS[g[2]]}
        if pattern.name == "man-sen":
            return {"amount": int(g[0]) * 10_000 + int(g[1]) * 1_000, "currency": SYMBOLS[g[2]]}
        if pattern.name == "word-first":
            amount = parse_amount(g[1], True)
            return None if amount is None else {"amount": amount * (MULTIPLIERS[g[2].lower()] if g[2] else 1),
                                                "currency": WORD_FIRST[g[0].lower()]}
        if pattern.name in ("symbol-first", "code-first"):
            cur_s, num, k, hi, per = g
            if cur_s[-1:].isalpha() and not k and re.match(r"[^\W_]", m.string[m.end(2):m.end(2) + 1]):
                return None  # "Threema: RS8K2M4R": letters and digits run on, an ID, not "Rs 8"
        else:
            num, k, hi, cur_s, per = g
            if cur_s.upper() in PREFIX_ONLY or cur_s in ("RS", "RS."):
                return None  # "Calibre 36 RS": a model's name
            if m.string[m.start(4) - 1:m.start(4)].isspace() and (m.string[m.end(4):m.end(4) + 1].isdigit() or (
                    cur_s.lower() in BEFORE_A_NUMBER and re.match(r"\s\d", m.string[m.end(4):m.end(4) + 2]))):
                return None  # "size 10 €89", "gramu 10 shilingi 2,000": the currency is the next number's
            if cur_s.lower() in SLANG and _NOUN_AFTER.match(m.string, m.end()):
                return None  # "20 pavos congelados", "2 paus de madeira": turkeys and sticks
        currency = _currency_of(cur_s)
        fiat = currency not in CRYPTO
        amount = parse_amount(num, fiat)
        if currency is None or amount is None:
            return None
        mult = (MULTIPLIERS[k.lower()] if k else 1) * COUNTED_IN.get(cur_s.lower(), 1)
        out = {"amount": round(amount * mult, 8), "currency": currency}
        if hi:
            high = parse_amount(hi, fiat)
            if high is not None and high * mult > out["amount"]:
                out["amount_max"] = round(high * mult, 8)
            elif high is not None and pattern.name not in ("symbol-first", "code-first"):
                # "bars x 100 - 0.0021 BTC": no range runs downwards; the currency after the second number
                # is that number's, and the first was something else (a count)
                out.update(amount=round(high * mult, 8), _start=m.start(3))
        if per:
            out["per"] = per.lower().rstrip("s")
        elif _EACH.match(m.string, m.end()):
            out["per"] = "unit"
        elif count := _COUNT_FOR.search(m.string, max(0, m.start() - 10), m.start()):
            out["count"] = int(count.group(1))
        return out


def _overlaps(found: list[Entity], m: re.Match, group: int = 0) -> bool:
    """Does the match (or its ``group``) overlap a price found already (a rand, a bare amount or a menu's number
    adds only where none is)?"""
    return any(e.start < m.end(group) and m.start(group) < e.end for e in found)


def _currency_of(sign: str) -> str | None:
    """The currency a sign, word or code names ("€", "euros", "SEK" in capitals)."""
    return (SYMBOLS.get(sign) or SYMBOLS.get(sign.upper()) or CODES.get(sign.lower())
            or (sign if sign in ISO_READ else None))


def _local_sign_read(e: Entity, language: str | None, where: Callable[[], list[str]]) -> bool:
    """A local sign (LOCAL_SIGN_LANGUAGES) is a price in its languages or in a text placed in its country."""
    local = LOCAL_SIGN_LANGUAGES.get(LAST_LETTERS.search(e.text).group())
    return local is None or language in local[0] or local[1] in where()


def _placed(sign: str, where: Callable[[], list[str]]) -> tuple[str, str] | None:
    """The currency ``sign`` is in the one country of its own that the text is in, and that country."""
    local = {code: PLACED[sign][code] for code in where() if code in PLACED[sign]}
    return next(iter(local.items())) if len(set(local.values())) == 1 else None


_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?![\d,])")


def _name_dollars(text: str, found: list[Entity], language: str | None, where: Callable[[], list[str]]) -> None:
    """"$15.000 (pesos), flores 5g $20.000", "$900 MXN", "$8000 JMD": a dollar sign is the peso's (or another
    dollar's) where the text names the currency after a "$" price; every "$" price in the text then is. Where it names
    none, a "$" is the currency of the country the text is in ("delivery around Perth"), or one after the amount
    the dollar of the text's language (DOLLAR_AFTER_BY_LANGUAGE)."""
    dollars = [e for e in found if e.value["currency"] == "USD" and _BARE_DOLLAR.search(e.text)]
    named = {id(e): m.group(1) for e in dollars if (m := _NAMED_AFTER.match(text, e.end))
             and (m.group(1).lower() in CODES or m.group(1) in _currency_codes())
             and (CODES.get(m.group(1).lower()) or m.group(1)) not in CRYPTO}  # "$120 BTC": dollars paid in bitcoin
    first = next(iter(named.values()), None)
    unnamed = bool(dollars) and not first and not _US_DOLLARS.search(text)  # not "200 $ US", "dollars américains"
    placed = _placed("$", where) if unnamed else None
    local = DOLLAR_AFTER_BY_LANGUAGE.get(language) if unnamed and not placed else None
    for e in dollars:
        word = named.get(id(e), first)
        if word:
            e.value["currency"] = CODES.get(word.lower()) or word
            e.explanation += f", the currency named after {'it' if id(e) in named else 'a $ price in the text'} ({word})"
        elif placed:
            e.value["currency"] = placed[1]
            e.explanation += f", '$' in a text placed in {placed[0]}: {placed[1]}"
        elif local and e.text[:1].isdigit():
            e.value["currency"] = local
            e.explanation += f", '$' after the amount in a text in {language}: {local}"
        elif unnamed and language == "es" and _DOT_THOUSANDS.search(e.text):
            e.value["currency"] = "PESO"  # US Spanish writes "$25,000"; Argentina, Colombia and Chile "$25.000"
            e.explanation += ", '$' with a dot between thousands in Spanish: a Latin American peso"


def _place_words(found: list[Entity], where: Callable[[], list[str]], language: str | None) -> None:
    """"500 درهم، توصيل دبي": a dirham is the Emirates' in a text placed there (Morocco's is read otherwise); so
    for the other currencies of PLACED_WORDS, and by the text's language where it places none (LANGUAGE_OF_PLACED)."""
    for e in found:
        sign = _sign_word(e, PLACED_WORDS)
        # the first country's currency, or the word's own code where it names no country's ("kr": KRONA)
        if not sign or e.value["currency"] not in {*PLACED[sign].values(), sign.upper()}:
            continue
        if placed := _placed(sign, where):
            e.value["currency"] = placed[1]
            e.explanation += f", a {sign} in a text placed in {placed[0]}: {placed[1]}"
        elif own := LANGUAGE_OF_PLACED.get(sign, {}).get(language or ""):
            e.value["currency"] = own
            e.explanation += f", a {sign} in a text in {language}: {own}"


def _named_by_adjective(text: str, found: list[Entity]) -> None:
    """"50 pesos colombianos", "300 درهم إماراتي": the adjective after the currency's word says whose."""
    for e in found:
        sign = _sign_word(e, _NAMED_WORDS, last=True)
        if sign and (m := _WORD_AFTER.match(text, e.end)):
            if code := (NAMED_PESOS if sign == "peso" else PLACED[sign]).get(adjective_country(m.group(1)) or ""):
                e.value["currency"] = code
                e.explanation += f", the currency named by '{m.group(1)}': {code}"


_WORD_AFTER = re.compile(r"\s+([^\W\d_]{3,})")
# "entre 40 et 60 euros", "between 40 and 60 euros", "de 50 a 70 euros", "bei 60 bis 80 Euro", "от 2000 до 3000
# рублей": a range in words, whose first number is the low end in the second's currency; "de 40 à 30 euros", a
# price that fell, is two prices
_WORD_RANGE = re.compile(rf"(?i)(?<!\w)(?:entre|between|from|de|desde|von|van|da|dal|tra|od|zwischen|bei|tussen|mellan|от)"
                         rf"\s+({_NUM})\s+(?:et|and|to|a|à|y|e|bis|tot|até|und|do|en|och|до)\s+\Z")


# "40 a 50 euros?", "3 to 4 dollars": a bare range, read where its ends are alike (not "2 a 50 euros", two at fifty)
_BARE_RANGE = re.compile(rf"(?i)(?<![\w.,])({_NUM})\s+(?:to|a|à|bis|até|tot|до)\s+\Z")
# "plaquette de 10 à 1500 FCFA": a box's count, then its price, no range
_CONTAINER_BEFORE = re.compile(r"(?i)(?:plaquette|bo[iî]te|paquet|sachet|carton|caja|caixa|cartela|packung)\s+\Z")


def _word_ranges(text: str, found: list[Entity]) -> list[Entity]:
    """The prices, each widened to the range in words that ends in it, or preceded by the price it fell from."""
    out = []
    for e in found:
        m = (_WORD_RANGE.search(text, max(0, e.start - 40), e.start)
             or _BARE_RANGE.search(text, max(0, e.start - 16), e.start)) if e.text[:1].isdigit() else None
        if m and _CONTAINER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            m = None
        own = parse_amount(_LEADING_AMOUNT.match(e.text).group(), True) if m else None
        low = parse_amount(m.group(1), True) if own else None
        if not low or "amount_max" in e.value:
            out.append(e)
            continue
        low *= e.value["amount"] / own  # "entre 1 et 2 millions d'euros"
        if m.re is _BARE_RANGE and not e.value["amount"] / 3 <= low < e.value["amount"]:
            out.append(e)
            continue
        if low < e.value["amount"]:
            out.append(Entity(e.type, m.start(1), e.end, text[m.start(1):e.end],
                              {**e.value, "amount": low, "amount_max": e.value["amount"]}, e.recognizer, e.score,
                              e.explanation + f", a range from {m.group(1)}"))
        else:
            out += [Entity(e.type, m.start(1), m.end(1), m.group(1), {**e.value, "amount": low}, e.recognizer,
                           e.score, e.explanation + ", the first price of a change in words"), e]
    return out


_LEADING_AMOUNT = re.compile(r"\d[\d.,\s]*\d|\d")
_NAMED_WORDS = {**PLACED_WORDS, **DOLLAR_WORDS}


def _sign_word(e: Entity, words: dict[str, str], last: bool = False) -> str | None:
    """What a price's currency word stands for in ``words`` (its last word only, where ``last``)."""
    found = _LETTERS.findall(e.text.lower())
    return next((words[w] for w in (found[-1:] if last else found) if w in words), None)


# "All prices in £", "Preise in Euro", "precios en dólares": one currency for a menu's bare numbers
_DECLARED = re.compile(r"(?i)(?<!\w)(?:(?:all|our)\s+)?(?:prices?|preise|precios|preços|prix|prezzi|ceny)\s+"
                       r"(?:are\s+|sind\s+|son\s+|sont\s+)?(?:in|en|em|w)\s+(£|€|\$|[a-zé]{3,8})(?!\w)")
# an amount of a menu, then a bare number that is its price ("1g 80", "3.5g - 250", "10 pills: 90"), with no word
# after it on its line ("10g 2 left" is a count)
_MENU_PRICE = re.compile(r"(?i)(?<![\w.,])\d{1,4}(?:[.,]\d{1,2})?\s?(?:g|gr|grams?|gramos?|gramas?|grammi|oz|kg|mg|ml|pills?|tabs?|caps?)"
                         r"(?!\w)"
                         r"[ \t]*(?:[-–:|=@]|\.{2,}|…+)?[ \t]*"  # a menu's dot leaders too: "1 gr ..... 40.000"
                         r"(\d{1,3}(?:[.,]\d{3})+|\d{1,6}(?:[.,]\d{1,2})?)(?![\w%/]|[.,]\d|[ \t]*[^\W\d_])"
                         # not a count in the cell before its price: "| 2mg | 30 | $90 |"
                         r"(?![ \t]*[-–:|=@,/]?[ \t]*[$€£¥₽]\s?\d)")
_GROUPED_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
FIAT_MENU = {"USD", "EUR", "GBP", "CAD", "AUD", "PESO", "COP", "MXN", "ARS", "CLP", "BRL", "PLN", "CZK", "SEK", "NOK",
             "DKK", "CHF", "RUB", "UAH", "TRY", "IDR", "THB", "ZAR", "NZD", "HUF", "RON", "BGN", "KRONA"}
_NAMED_AFTER = re.compile(rf"{_CODE_GAP}\(?\s?((?i:pesos|peso|d[oó]lares|dollars)|[A-Z]{{3}})(?!\w)")
_LETTERS = re.compile(r"[^\W\d_]+")
# a word after a slang currency word that makes the word a noun ("pavos congelados", "paus de madeira"): any but an
# article of what the price buys ("25 pavos los 5 gramos", "the gram") or "each", "per" (a preposition such as "de"
# is a noun's: "paus de madeira")
_NOUN_AFTER = re.compile(r"\s+(?!(?:el|la|le|les|los|las|un|una|o|a|os|as|um|uma|por|para|pour|for|cada|the|each"
                         r"|per)\b)[^\W\d_]", re.IGNORECASE)
_BARE_DOLLAR = re.compile(r"(?<![^\W\d_])\$")  # "$", not "US$", "C$", "R$"
_US_DOLLARS = re.compile(r"(?i)(?<!\w)(?:USD|US\$|d[oó]lar(?:es)?|dollars?)(?!\w)|\$\s?US(?!\w)")  # "200 $ US"


@cache
def _currency_codes() -> frozenset[str]:
    """The ISO 4217 codes (pycountry) of dollars and pesos, whose sign "$" is, and of which one after a "$" price
    says whose it is ("$8000 JMD"); not other codes, which are often words in capitals ("$40 ALL IN", "$300 AMD
    Ryzen", "$50 TOP quality")."""
    return frozenset(c.alpha_3 for c in pycountry.currencies if "Dollar" in c.name or "Peso" in c.name)


def _counts_a_noun(text: str, end: int, language: str) -> bool:
    """Is an amount with no currency followed by a word that is no word of grammar ("5k followers", "10k views")?
    It counts that word's thing, not money."""
    word = _NEXT_WORD.match(text, end)
    return bool(word) and not is_function_word(word.group(1).lower(), language)


_NEXT_WORD = re.compile(r" +([^\W\d_]+)")


def _bare_by_place(text: str, where: Callable[[], list[str]]) -> str | None:
    """The language of BARE_BY_PLACE whose bare amounts the text has and whose country, alone of them, it is in."""
    if not _bare_amount().search(text, 0, MAX_TEXT):  # one search for all: most texts have none
        return None
    languages = [lang for lang in dict.fromkeys(BARE_BY_PLACE.values()) if _bare_amount(lang).search(text, 0, MAX_TEXT)]
    placed = {BARE_BY_PLACE[c] for c in where() if BARE_BY_PLACE.get(c) in languages}
    return placed.pop() if len(placed) == 1 else None


@cache
def _bare_amount(language: str | None = None) -> re.Pattern:
    """Number, multiplier word, and a digit of tenths written onto the word ("1tr5": one and a half million dong)
    or spaced from it where the price ends there ("2 triệu 5,"; not "2 triệu 5 viên"), in the words of
    ``language``, or with none, of every language of BARE_BY_PLACE."""
    words = BARE_AMOUNTS[language][1] if language else {
        w for lang in BARE_BY_PLACE.values() for w in BARE_AMOUNTS[lang][1]}
    return re.compile(rf"(?<![\w.,])(\d{{1,3}}(?:[.,]\d{{1,3}})?)\s?({alternation(words)})"
                      r"(?:(\d)(?!\d|[.,]\d)|\s(\d)(?=\s*(?:[,;!?)\n]|\.(?!\d)|$)))?(?![^\W\d_])", re.IGNORECASE)


def _tenths(m: re.Match) -> float:
    """The tenths a digit after the multiplier adds ("1tr5", "2k5", "2 triệu 5"), where the pattern has one."""
    digit = next((d for d in m.groups()[2:4] if d), None) if m.re.groups >= 3 else None
    return int(digit) / 10 if digit else 0.0


def parse_amount(s: str, fiat: bool = False) -> float | None:
    """'1,200.50' → 1200.5; '1.200,50' → 1200.5; '0,039' → 0.039; '2 500' → 2500.

    A lone dot before three digits separates thousands in a fiat price ("1.500 €", "Rp 150.000": nobody
    prices in thousandths of a euro) and is a decimal point in crypto ("1.250 BTC")."""
    s = s.strip().replace(" ", "").replace("٫", ".").replace("٬", ",")
    if fiat and s.count(".") == 1 and "," not in s:
        head, _, tail = s.partition(".")
        if len(tail) == 3 and head.isdigit() and head.lstrip("0"):
            return float(head + tail)
    if "," in s and "." in s:
        s = s.replace(",", "") if s.rfind(".") > s.rfind(",") else s.replace(".", "").replace(",", ".")
    elif "," in s:
        head, _, tail = s.rpartition(",")
        thousands = len(tail) == 3 and head.replace(",", "").isdigit() and head.lstrip("0") != ""
        s = s.replace(",", "") if thousands else s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None
