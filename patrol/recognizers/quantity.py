"""Quantities and units: 5g, 3.5 g, 1/2oz, 100 mg, 150ug, 10 tabs, 100 XTC pills, half pound, QP, x10, 100x,
10/325 (an opioid and paracetamol in one tablet)."""

from __future__ import annotations

import re

from patrol.lexicon import DOT_THOUSANDS, NOSPACE, alternation, is_function_word, leading_number
from patrol.recognizers import pounds, tables
from patrol.recognizers.base import Entity, Pattern, Recognizer, in_code
from patrol.recognizers.price import CODES, LAST_LETTERS

UNITS = {
    "quintal": "q", "quintaux": "q",  # French metric quintals of 100 kg ("5 quintaux de kif"; LANGUAGE_OF_UNIT)
    "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "tonë": "t", "toneladas": "t", "tonelada": "t", "tonnellate": "t",
    "tonnellata": "t", "吨": "t", "噸": "t", "tonnen": "t", "тонн": "t", "тонны": "t", "тонна": "t", "τόνοι": "t", "τόνους": "t",
    "τόνων": "t", "τόνο": "t", "طن": "t", "أطنان": "t", "كيلو": "kg", "كيلوغرام": "kg", "كيلوجرام": "kg", "كغ": "kg",
    "كجم": "kg",
    "kg": "kg", "kilo": "kg", "kilos": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramm": "kg",
    "kilogramo": "kg", "kilogramos": "kg", "kilogrammo": "kg", "kilogrammi": "kg", "kilogramme": "kg",
    "kilogrammes": "kg",
    "g": "g", "gr": "g", "grs": "g", "gm": "g", "gms": "g", "gram": "g", "grams": "g", "gramm": "g", "gramos": "g", "gramas": "g",
    "grammes": "g", "gramme": "g", "gramo": "g", "grama": "g", "grammi": "g", "grammo": "g", "gramy": "g", "gramów": "g",
    "gramů": "g",
    "г": "g", "гр": "g", "грамм": "g", "грамма": "g", "граммов": "g", "кг": "kg", "мг": "mg", "мл": "ml",
    "克": "g", "公斤": "kg", "グラム": "g", "그램": "g", "알": "pill", "กรัม": "g", "กิโลกรัม": "kg", "กิโล": "kg", "γρ": "g", "γραμμάρια": "g",
    "安士": "oz", "盎司": "oz",  # Cantonese and Mandarin ounces
    "کیلۆ": "kg", "কেজি": "kg",  # Sorani and Bengali kilos
    "γραμμάριο": "g", "גרם": "g", "گرم": "g", "گرام": "g", "کیلوگرم": "kg", "کیلو": "kg", "গ্রাম": "g", "გრამი": "g",
    "გრ": "g", "ग्राम": "g", "ग्रॅम": "g", "किलो": "kg", "किलोग्राम": "kg", "கிராம்": "g", "கிலோ": "kg", "грама": "g", "грам": "g",
    # Telugu, Kannada, Malayalam and Gujarati grams, Telugu kilos
    "గ్రాములు": "g", "గ్రాము": "g", "కిలోల": "kg", "కిలోలు": "kg", "ಗ್ರಾಂ": "g", "ഗ്രാം": "g", "ગ્રામ": "g",
    # Gujarati, Punjabi, Kannada, Malayalam and Odia kilos, Odia and Assamese grams, Malayalam litres, Telugu and
    # Kannada pills
    "કિલો": "kg", "ਕਿਲੋ": "kg", "ಕಿಲೋ": "kg", "കിലോ": "kg", "କିଲୋ": "kg", "ଗ୍ରାମ": "g", "গ্ৰাম": "g",
    "ലിറ്റർ": "l", "మాత్రలు": "pill", "మాత్ర": "pill", "ಮಾತ್ರೆ": "pill", "ಮಾತ್ರೆಗಳು": "pill",
    # Punjabi grams; Hindi and Nepali milligrams and tablets; Bengali millilitres, milligrams and tablets
    "ਗ੍ਰਾਮ": "g", "एमजी": "mg", "मिलीग्राम": "mg", "ट्याब्लेट": "tab", "टैबलेट": "tab", "মিলি": "ml", "মিলিগ্রাম": "mg",
    "ট্যাবলেট": "tab",
    "ဂရမ်": "g", "ກຣາມ": "g", "គ្រាប់": "pill",  # Burmese and Lao grams, Khmer pills
    "ออนซ์": "oz", "គីឡូក្រាម": "kg", "គីឡូ": "kg",  # Thai ounces, Khmer kilograms
    "килограма": "kg", "килограм": "kg", "غرام": "g", "جرام": "g", "grömm": "g", "grammið": "g",
    "الجرام": "g", "الغرام": "g", "ግራም": "g", "ኪሎ": "kg", "ګرام": "g", "qram": "g", "kq": "kg", "ເມັດ": "pill",
    "კილოგრამი": "kg", "კგ": "kg", "केजी": "kg", 'ק"ג': "kg", "ק״ג": "kg",
    "kíló": "kg", "chilo": "kg", "chili": "kg", "gramu": "g", "garaam": "g", "bunda": "unit",  # Somali gram, Swahili bundle
    # Kurdish "50 kîlo", Russian and Tajik "20 кило", Romanian plurals "5 grame", "2 kilograme"
    "kîlo": "kg", "kîlogram": "kg", "кило": "kg", "килограмм": "kg", "килограмма": "kg", "килограммов": "kg",
    "grame": "g", "kilograme": "kg", "gam": "g",
    # Urdu "25 کلو"; French ounces ("1 once", in French only: "take 1 once daily"); South Africa's "bankie", a small
    # bag
    "کلو": "kg", "گرمی": "g", "once": "oz", "onces": "oz", "bankie": "unit", "bankies": "unit",
    "gramı": "g", "tanesi": "unit",  # Turkish: its gram, one of them ("gramı 3500 TL")
    "킬로그램": "kg", "킬로": "kg",  # Korean kilograms
    "장": "unit",  # Korean counter of flat things: "LSD 10장", ten sheets (blotters)
    "개": "unit",  # Korean counter of things ("1개", one)
    "毫升": "ml", "公升": "l", "磅": "lb",  # Chinese millilitres, litres (Taiwan), pounds
    "정": "tab", "升": "l",  # Korean counter of tablets ("10정"); Chinese litres ("500升")
    # case forms of other languages: Slovak and Slovenian "12 kilogramov", Czech "5 gramů", Polish "kilogramów",
    # Lithuanian "gramų", Latvian "gramus", Ukrainian "грамів", "3 кілограми", Finnish "grammaa", "kiloa"
    "gramov": "g", "kilogramov": "kg", "kilogramů": "kg", "kilogramy": "kg", "kilogramów": "kg",
    "kilograma": "kg", "gramų": "g", "gramai": "g", "kilogramų": "kg", "gramus": "g", "kilogramus": "kg",
    "грамів": "g", "кілограмів": "kg", "кілограм": "kg", "грами": "g", "кілограми": "kg", "кілограма": "kg",
    "grammaa": "g", "kiloa": "kg", "kilogrammaa": "kg",
    # Russian and Ukrainian instrumental and prepositional ("с 500 граммами героина", with 500 grams of heroin)
    "граммами": "g", "граммом": "g", "граммах": "g", "килограммами": "kg", "килограммом": "kg", "килограммах": "kg",
    "грамами": "g", "кілограмами": "kg",
    "ក្រាម": "g", "ග්\u200dරෑම්": "g", "ග්රෑම්": "g", "գրամ": "g", "կգ": "kg", "လုံး": "pill",
    # Portuguese and Catalan "300 quilos", "2 quilogramas"; Spanish and Portuguese spelled out milligrams, millilitres
    "kilokalama": "kg",  # Samoan
    "quilo": "kg", "quilos": "kg", "quilograma": "kg", "quilogramas": "kg", "kilogramas": "kg", "miligramos": "mg",
    "miligramas": "mg", "miligramo": "mg", "miligrama": "mg", "mililitros": "ml",
    # and in English, French, Italian, German, Dutch ("seventy-five milligrams", "zwei Milliliter")
    "milligram": "mg", "milligrams": "mg", "milligramme": "mg", "milligrammes": "mg", "milligrammi": "mg",
    "milligrammo": "mg", "milligramm": "mg", "milliliter": "ml", "milliliters": "ml", "millilitre": "ml",
    "millilitres": "ml", "millilitri": "ml", "millilitro": "ml", "mililitro": "ml",
    # micrograms written out: Spanish, Portuguese, French, Italian, German
    "microgramos": "ug", "microgramo": "ug", "microgramas": "ug", "micrograma": "ug", "microgrammes": "ug",
    "microgramme": "ug", "microgrammi": "ug", "microgrammo": "ug", "mikrogramm": "ug", "micrograms": "ug", "microgram": "ug",
    "mg": "mg", "mgs": "mg", "µg": "ug", "μg": "ug", "ug": "ug", "mcg": "ug",
    "oz": "oz", "ounce": "oz", "ounces": "oz", "onza": "oz", "onzas": "oz", "onsa": "oz", "onça": "oz", "onças": "oz", "oncia": "oz",
    "uncja": "oz", "uncje": "oz", "uncji": "oz",  # Polish
    "auns": "oz",  # Malay
    "zip": "oz", "zips": "oz",
    "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "libra": "lb", "libras": "lb",  # Spanish pounds (weight)
    "ml": "ml", "iu": "iu", "l": "l", "litre": "l", "liter": "l", "litres": "l", "liters": "l", "ltr": "l", "ltrs": "l",
    "litro": "l", "litros": "l", "litri": "l", "litru": "l",
    "litrów": "l", "litry": "l", "لتر": "l", "لترات": "l", "ليتر": "l",  # Polish and Arabic litres
    "литр": "l", "литра": "l", "литров": "l", "litr": "l", "լ": "l", "ליטר": "l", "λίτρο": "l", "λίτρα": "l",  # Russian, Uzbek, Armenian, Hebrew, Greek litres
    "მგ": "mg", "აბი": "pill",  # Georgian milligrams, pills
    "pill": "pill", "pills": "pill", "pillen": "pill", "pille": "pill", "tablette": "tab", "kapsel": "capsule",
    "comprimé": "pill", "pastiglia": "pill", "tableta": "tab", "tabletas": "tab", "tabletka": "tab", "таблетка": "tab",
    "таблетки": "tab", "таблетку": "tab", "pastillas": "pill", "comprimés": "pill", "comprimidos": "pill",
    "pastilla": "pill", "comprimido": "pill", "pilule": "pill", "pilules": "pill", "pastiglie": "pill",
    "pastilles": "pill",  # Catalan (French lozenges: LANGUAGE_OF_UNIT)
    "cachet": "pill", "cachets": "pill",  # French tablets, read in French only
    "comprimate": "pill", "comprimat": "pill", "pastile": "pill", "хапчета": "pill", "хапче": "pill",
    "pasticche": "pill", "compresse": "tab", "butir": "pill", "pil": "pill",
    "hap": "pill", "hapı": "pill", "hapları": "pill", "tembe": "pill", "vidonge": "pill",  # Turkish, its object forms
    "tabletki": "tab", "tabletek": "tab", "tablety": "tab", "tabliet": "tab",  # Czech and Slovak plurals
    "ədəd": "unit",  # Azerbaijani pieces
    "kapsula": "capsule", "ცალი": "unit",  # Uzbek (and Bosnian, Croatian, Serbian) capsules; Georgian pieces
    "апчиња": "pill", "апче": "pill", "copë": "unit",  # Macedonian pills, Albanian pieces
    "тоне": "t", "тона": "t", "tone": "t", "tona": "t",  # Serbian and Macedonian tonnes (in Latin letters: LANGUAGE_OF_UNIT)
    # Persian and Kurdish: milligrams (written with a zero-width non-joiner, or without it, or abbreviated), pieces
    # ("۱۰ دانه"), "ورق ۱۰ تایی" (a sheet of ten); Hebrew units; Arabic capsules
    "میلی\u200cگرم": "mg", "میلیگرم": "mg", "ملگ": "mg", "دانه": "unit", "دانە": "unit", "تایی": "unit",
    "میلی\u200cلیتر": "ml", "میلیلیتر": "ml",
    "יחידות": "unit", "יחידה": "unit", 'מ"ג': "mg", "מ״ג": "mg", "כדורים": "pill", "כדור": "pill",  # Hebrew mg, pills
    "كبسولة": "capsule", "كبسولات": "capsule",
    "مجم": "mg", "ملغ": "mg", "ملجم": "mg", "مغ": "mg", "مل": "ml",
    "tabletter": "tab", "tabletten": "tab", "kapsler": "capsule", "kapslar": "capsule", "piller": "pill",
    "tablettia": "tab", "pilleriä": "pill", "kapselia": "capsule",  # Finnish partitive after a number
    "tablečių": "tab", "tabletės": "tab",  # Lithuanian genitive plural and plural
    "キロ": "kg", "קילו": "kg", "本": "unit", "κιλά": "kg", "κιλό": "kg", "حبة": "pill", "حبات": "pill", "قرص": "tab",
    "أقراص": "tab", "شريط": "unit", "شرائط": "unit", "strip": "unit", "strips": "unit",  # a strip (blister) of pills
    "tab": "tab", "tabs": "tab", "tablet": "tab", "tablets": "tab", "таблеток": "tab", "таб": "tab",
    "粒": "pill", "颗": "pill", "顆": "pill", "錠": "tab", "片": "tab", "枚": "unit", "เม็ด": "pill", "viên": "pill",
    "blotter": "blotter", "blotters": "blotter", "cartón": "blotter", "cartones": "blotter", "kartonik": "blotter",
    "pappen": "blotter", "pappe": "blotter",  # German "10 Pappen" (cardboard), read in German only
    "trips": "blotter",  # Dutch and German "10 trips" of LSD, read in those languages only ("3 trips to Paris")
    "tripp": "blotter", "trippar": "blotter",  # Swedish, read in Swedish only ("1 tripp till Paris" is a journey too)
    "марка": "blotter", "марки": "blotter", "марок": "blotter",  # Russian and Ukrainian LSD (stamps), after a number
    "капсула": "capsule", "капсулы": "capsule", "капсул": "capsule", "мкг": "ug",
    "buvards": "blotter", "buvard": "blotter",  # French blotters
    "ons": "hg",  # Indonesian, Malay and Dutch "1 ons": a hundred grams (Dutch "ons" is also "us": read after a number only)
    "tola": "tola", "tolas": "tola", "tole": "tola",  # South Asia's weight for gold and heroin: 11.6638 g
    "तोला": "tola",
    "bundle": "unit", "bundles": "unit",  # of khat; of heroin bags in the US
    "kartoniki": "blotter", "kartoników": "blotter", "papierki": "blotter", "papierków": "blotter",
    "papírky": "blotter", "papírků": "blotter",
    "χάπια": "pill", "χάπι": "pill",
    "caps": "capsule", "capsule": "capsule", "capsules": "capsule", "kapseln": "capsule", "gélules": "capsule", "gélule": "capsule",
    "cápsulas": "capsule", "cápsula": "capsule", "capsulas": "capsule",  # Spanish and Portuguese
    "frasco": "unit", "frascos": "unit",  # a bottle (of lança-perfume, of syrup)
    "sachet": "unit", "sachets": "unit",  # of tramadol (West Africa), of powder
    "برشام": "pill",  # Egyptian pills ("شريط 10 برشام", a strip of ten)
    "papeleta": "unit", "papeletas": "unit",  # paper wraps (of basuco, of cocaine) in Colombia and Ecuador
    # street wraps and bags counted: French "pochon", Spain's "papelina", Brazil's "papelote" and "trouxinha",
    # Italian "stecca" (a bar of hashish), Russian "чек" (a wrap), "кораблик" (a matchbox of cannabis), Dutch "zakje"
    "pochon": "unit", "pochons": "unit", "papelina": "unit", "papelinas": "unit", "papelote": "unit",
    "papelotes": "unit", "trouxinha": "unit", "trouxinhas": "unit", "stecca": "unit", "stecche": "unit",
    "чек": "unit", "чека": "unit", "чеков": "unit", "кораблик": "unit", "кораблика": "unit", "корабликов": "unit",
    "zakje": "unit", "zakjes": "unit", "teile": "unit",  # German "Teile": pills ("2 Teile 20€")
    "свертков": "unit", "свертками": "unit", "свёртков": "unit", "свёртками": "unit", "свертка": "unit",
    "свёртка": "unit",  # Russian wraps ("200 свертков"); Spanish "bolsitas" (little bags)
    "bolsitas": "unit", "bolsita": "unit",
    "pcs": "unit", "pieces": "unit", "buttons": "unit", "pièces": "unit", "pièce": "unit", "piezas": "unit", "un": "unit", "unid": "unit", "unidades": "unit", "unidad": "unit", "unidade": "unit", "uds": "unit", "stuks": "unit",
    "stück": "unit", "pezzi": "unit", "pezzo": "unit", "шт": "unit", "штук": "unit", "штуки": "unit", "штука": "unit", "পিস": "unit", "adet": "unit", "tane": "unit",
    "biji": "unit", "piraso": "unit", "pirasong": "unit", "عدد": "unit", "τεμάχια": "unit", "τεμάχιο": "unit",
    "τεμ": "unit", "bucăți": "unit", "bucăţi": "unit", "bucati": "unit", "bucată": "unit", "buc": "unit",  # Greek, Romanian
    # pieces, abbreviated: Lithuanian, Latvian, Estonian, Finnish, Czech and Slovak, Polish (and written out: "sztuk",
    # "sztuki"), Croatian and Serbian, Danish and Norwegian, Slovenian, Bulgarian
    "vnt": "unit", "gab": "unit", "tk": "unit", "kpl": "unit", "ks": "unit", "szt": "unit", "sztuk": "unit",
    "sztuki": "unit", "kom": "unit", "kusů": "unit", "kusy": "unit", "kus": "unit",  # Czech and Slovak, written out
    "stk": "unit", "st": "unit", "kos": "unit", "бр": "unit", "db": "unit", "darab": "unit",  # ... Hungarian
    "kosov": "unit", "komada": "unit", "komad": "unit",  # Slovenian, Croatian and Serbian, written out
    # a bundle (of khat): Somali (in both spellings), Swahili, Amharic
    "xidhmo": "unit", "xirmo": "unit", "kifurushi": "unit", "vifurushi": "unit", "እስር": "unit",
    "kilao": "kg", "zoli": "unit",  # Malagasy kilos; a joint (Zimbabwe, Jamaica: "10 zoli US$15")
    "garama": "g", "ibiro": "kg",  # Kinyarwanda grams and kilos, written before their number ("garama 10")
    # ampoules: Serbian, Croatian and Bosnian "ampula", "ampule", Arabic "أمبول" (not French "ampoule", a light bulb)
    "ampula": "vial", "ampule": "vial", "أمبول": "vial",
    # ... and English (only: LANGUAGE_OF_UNIT), Spanish, Portuguese, German, Dutch, Russian and Polish ones; patches
    # of a drug (fentanyl, buprenorphine) counted as units
    "ampoule": "vial", "ampoules": "vial", "ampolla": "vial", "ampollas": "vial", "ampola": "vial", "ampolas": "vial",
    "ampulle": "vial", "ampullen": "vial", "ampul": "vial", "ампула": "vial", "ампулы": "vial", "ампул": "vial",
    "ampułka": "vial", "ampułki": "vial", "ampułek": "vial",
    "patch": "unit", "patches": "unit", "pflaster": "unit", "parche": "unit", "parches": "unit", "patchs": "unit",
    "plastry": "unit", "plastrów": "unit", "пластырь": "unit", "пластыря": "unit", "пластырей": "unit",
    "vials": "vial", "vial": "vial", "fiale": "vial", "fiala": "vial", "wrap": "unit", "wraps": "unit", "straw": "unit", "straws": "unit",
    "bars": "bar", "bar": "bar", "barrettes": "bar", "pellets": "pellet", "pellet": "pellet",  # French "barrettes" (of Xanax)
    "hit": "dose", "hits": "dose", "dose": "dose", "doses": "dose", "dosis": "dose", "stamp": "stamp", "stamps": "stamp",
    "selo": "stamp", "selos": "stamp",
}
# "15 lucas el gramo", "10€ το γραμμάριο", "2000 ₽ за грамм", Franco-Arabic "el gram b 1500 geneh": a price for one
# unit, in the languages of the cues
# Arabic writes the article onto the noun: "الحبة 50 ريال", the pill (costs) 50 riyals; Persian "گرمی", per gram;
# Polish, Czech and Croatian "50 zł za gram", for a gram (not asked: "ile za gram?"); Turkish "gramı 3500 TL", its
# gram, "tanesi 500 TL", one of them; Hungarian "grammja", its gram; Lithuanian "už gramą", for a gram; Romanian "50
# lei gramul", the gram; Hebrew "לגרם", per gram; Croatian "gram 100 eura", a gram (costs) before its price; Finnish
# "10 euroa gramma" and Estonian "10 eurot gramm", ten euros a gram; Norwegian, Danish and Swedish "300 kroner
# grammet", the gram; Persian "هر گرم", each gram; "10€ le g", "10 € le g", the gram abbreviated right after a price
# in euros ("80€ le G" too); Spanish and Italian "la onza a 120 lucas", the ounce, before its price (in quetzales and lempiras too: "la
# onza a Q400")
PER_UNIT = (r"(?<![\w-])(?:(el|del|al|il|le|du|das|pro|je|por|o|το|за)\s"
            r"(gramo|grammo|gramme|gramm|grama|gram|γραμμάριο|грамм|грам|kilo|litro|litre|liter)"
            r"|(?<!ile\s)(?<!kolik\s)(?<!koliko\s)(za)\s(gram|kilo)(?!\w)|(už)\s(gram)ą|(ال)(حبة|غرام|جرام)|(گرمی)"
            r"|(ל)(גרם)|(?<![\d.,]\s)(gram)(?=\s\d[\d.,]*\s?(?:€|eura?|euros?|kn|dinara?|lei|zł|kr)(?!\w))"
            r"|(?<!\d\s)(gramı|tanesi)|(?<=lei\s)(gram)ul|(?<!\d\s)(gramm)(?:ja|onként)|(?<=euroa\s)(gram)ma"
            r"|(?<=eurot\s)(gramm)|(?:(?<=kr\s)|(?<=kr\.\s)|(?<=kroner\s)|(?<=kronor\s))(gram)met"
            r"|(هر)\s(گرم)|(la)\s(onza|oncia)(?=\s+(?:a\s+|en\s+|por\s+)?(?:[$€₡]|Q|L\s)?\s?\d)"
            r"|(?-i:(?:(?<=\d€ )|(?<=\d € ))(le|el|il)\s([gG])))(?![\w-])")
WORD_AMOUNTS = {"quarter": 0.25, "half": 0.5, "whole": 1.0, "eighth": 0.125, "a": 1.0, "an": 1.0, "one": 1.0, "per": 1.0,
                "'n": 1.0, "’n": 1.0}  # Afrikaans "R150 'n gram"
# the same in other languages, each with its own units' words: "una onza de mota", "um grama", "un grammo", "une
# once", "ein Gramm", Dutch "een gram", "media onza" ("a grama" is Portuguese's lawn; not "uma": "uma onça" is a jaguar)
OTHER_WORD_AMOUNTS = {"un": 1.0, "una": 1.0, "uno": 1.0, "um": 1.0, "une": 1.0, "ein": 1.0, "eine": 1.0, "einen": 1.0,
                      "een": 1.0, "media": 0.5, "medio": 0.5, "meia": 0.5, "meio": 0.5, "mezza": 0.5, "mezzo": 0.5,
                      "demi": 0.5, "یک": 1.0, "نیم": 0.5,  # Persian "یک گرم", one gram; "نیم گرم", half a gram
                      "یو": 1.0,  # Pashto "یو کیلو", one kilo
                      "isang": 1.0,  # Tagalog "isang gramo"
                      "ett": 1.0}  # Swedish "ett gram"
OTHER_WORD_UNITS = ("onza", "onça", "oncia", "once", "libra", "gramo", "grama", "grammo", "gramme", "gramm", "gram",
                    "kilo", "kilogramo", "kilograma", "kilogrammo", "kilogramme", "kilogramm", "گرم", "کیلو", "کیلوگرم")
_UNIT_RX = alternation(UNITS)
# the weights a fraction is of ("1/2 gr", "1/8 oz", "½ g"), and the fractions written as one character
_WEIGHT_RX = alternation([u for u, v in UNITS.items() if v in ("g", "kg", "oz", "lb") and u not in ("zip", "zips")])
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅛": 0.125}
DOSAGE_UNITS = ("pill", "tab", "blotter", "capsule", "dose", "stamp", "bar")
SINGULAR_UNITS = frozenset({"pill", "tab", "tablet", "blotter", "capsule", "dose"})  # English, of one
COUNTED = (*DOSAGE_UNITS, "unit", "vial", "pellet")  # whole numbers: "30.000 pastillas" is thirty thousand
# "2.3 tonnes" of a seizure, in the contract's kilograms; "1 ons", 100 g; "1 tola", 11.6638 g
SCALED = {"t": ("kg", 1000), "hg": ("g", 100), "tola": ("g", 11.6638), "q": ("kg", 100)}
_HEADER_UNITS = frozenset({"g", "kg", "mg", "ug", "oz", "lb", "ml", "l", "t"})  # a table header's units of measure


def header_unit(cell: str) -> str | None:
    """The unit a table's header cell names: its last unit of measure ("weight_g", "Menge (g)", "Вес, г", "dose_ug",
    "(tonnes)"), or a count ("Qty", "Stuks"); not a price's ("Price per g") nor a dose's ("Dose": of what?)."""
    words = tables.header_words(cell)
    if not tables.header_vocabulary("price").isdisjoint(words):
        return None
    units = [UNITS[w] for w in words if UNITS.get(w) in _HEADER_UNITS]
    if units:
        return units[-1]
    return None if tables.header_vocabulary("count").isdisjoint(words) else "unit"
# "15 million methamphetamine tablets", "30 mil pastillas": a number word between a count and its unit
COUNT_MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "mil": 1e3, "millones": 1e6, "millón": 1e6,
                     "milhões": 1e6, "milhão": 1e6, "millionen": 1e6, "тысяч": 1e3, "миллион": 1e6, "миллиона": 1e6,
                     "миллионов": 1e6, "mila": 1e3, "milione": 1e6, "milioni": 1e6, "milyon": 1e6, "bin": 1e3,
                     "ribu": 1e3, "juta": 1e6, "tysięcy": 1e3, "milionów": 1e6, "miliony": 1e6, "مليون": 1e6,
                     "ألف": 1e3, "ملايين": 1e6, "آلاف": 1e3, "میلیون": 1e6, "هزار": 1e3}
# a multiplier that is the whole number: "a million pills", "half a million tablets", Arabic "مليون حبة"
ALONE_MULTIPLIERS = ("million", "millón", "milhão", "milione", "миллион", "مليون", "thousand", "ألف")
# right before the unit, before any other word: written onto it in scripts that do not space their words ("1 ล้านเม็ด",
# a million pills; "200万粒"), and South Asia's thousand, lakh (a hundred thousand) and crore (ten million): "২ লাখ পিস",
# "১০ হাজার পিস"
ATTACHED_MULTIPLIERS = {"ล้าน": 1e6, "แสน": 1e5, "หมื่น": 1e4, "พัน": 1e3, "万": 1e4, "萬": 1e4, "億": 1e8, "亿": 1e8,
                        "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "লাখ": 1e5, "লক্ষ": 1e5, "কোটি": 1e7,
                        "लाख": 1e5, "करोड़": 1e7, "হাজার": 1e3, "हजार": 1e3, "हज़ार": 1e3}
# Units that are other words in other languages, or abbreviations: read only in a text in theirs ("300 chili di
# hashish" is Italian kilos, "2 chili peppers" no amount; Turkish "hap", pills; "10 kos" Slovenian pieces; Malay and
# Indonesian "10 biji", pieces)
# ... or where a price in its markets' money follows it: "Jual ganja 1 ons Rp 1.500.000", too short a text for its
# language to be told
PRICED_IN_ITS_MARKET = {unit: re.compile(r"[\s,:-]*(?:Rp|RM)\s?\d") for unit in ("ons", "biji")}
LANGUAGE_OF_UNIT = {"ampoule": ("en",), "ampoules": ("en",),  # French "ampoules" are light bulbs
                    "gam": ("vi",), "tablette": ("de",), "chili": ("it",), "chilo": ("it",), "once": ("fr",),
                    "onces": ("fr",), "kq": ("az",), "hap": ("tr",), "hapı": ("tr",), "hapları": ("tr",),
                    "adet": ("tr",), "tane": ("tr",), "vnt": ("lt",),
                    "gab": ("lv",), "tk": ("et",), "kpl": ("fi",), "ks": ("cs", "sk"), "szt": ("pl",), "pappen": ("de",), "pappe": ("de",),
                    "trips": ("nl", "de"), "tripp": ("sv",), "trippar": ("sv",), "марка": ("ru", "uk"), "марки": ("ru", "uk"), "марок": ("ru", "uk"), "ons": ("id", "ms", "nl"),
                    "kom": ("hr", "sr", "bs", "sl"), "stk": ("da", "no", "de"), "st": ("sv",), "kos": ("sl",), "kosov": ("sl",), "бр": ("bg", "sr", "mk"),
                    "db": ("hu",), "darab": ("hu",), "pastilles": ("ca",), "quintal": ("fr",), "quintaux": ("fr",),
                    "biji": ("ms", "id"), "عدد": ("fa",), "cachet": ("fr",), "cachets": ("fr",),
                    "tone": ("sr", "hr", "bs", "sl", "ro"), "tona": ("sr", "hr", "bs", "sl")}
# what a Persian tonne is of: drugs, opium, heroin, hashish, "glass", morphine, cocaine, marijuana, pills, kinds of
PERSIAN_SEIZED = ("مواد", "تریاک", "هروئین", "هرویین", "حشیش", "شیشه", "مرفین", "کوکائین", "ماریجوانا", "گراس", "قرص",
                  "انواع")
# Swahili, Kinyarwanda and Sinhala put the number after its noun: "gramu 10", "tembe 20", "kifurushi 1" (a bundle),
# "kilo 20" (so read only in Swahili: "kilo 20 euro" is a price of a kilo), "garama 10", "ibiro 30", "ග්‍රෑම් 1"; None:
# any language
UNIT_FIRST = {"gramu": None, "tembe": None, "vidonge": None, "kilo": "sw", "kifurushi": None, "vifurushi": None,
              "bunda": None, "garama": None, "ibiro": None, "ග්\u200dරෑම්": None, "ග්රෑම්": None}
# units read first only where a price follows their number: "bunda 1 Ksh 300" is one bundle, "mirungi bunda 1000" a
# bundle's price
PRICED_ONLY = frozenset({"bunda"})
# Swahili's numbers to ten, written after the unit as digits are: "kilo moja" (one kilo), "gramu tano"
SWAHILI_NUMBERS = {"moja": 1, "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8, "tisa": 9,
                   "kumi": 10}
# "of" after the number, in the languages that write the unit first, says such a language where identification
# missed it: Swahili's "kilo 30 za bangi", Hausa's "kilo 50 na tabar wiwi"
_OF_AFTER_NUMBER = re.compile(r"\s(?:za|ya|na)\s")
# a currency and its amount right after the number: "kilo 1 UGX 400,000", "kilo 2 Ksh 150" count the kilos, in
# East African English and Swahili alike ("kilo 20 euro" is a price)
_PRICED_NEXT = re.compile(r"\s+(?:[A-Z]{3}|[KTU]sh|[KTU]Sh|Birr)\.?\s?\d")
_DOT_THOUSAND = re.compile(r"[1-9]\d{0,2}\.\d{3}(?!\d)")
_SIGN = r"(?:[A-Z]{1,3}\$|[$€£])"  # "$", "C$", "NZ$": a price's sign before its number
_OF_AFTER = re.compile(r"\s+of\s+([^\W\d_]+)", re.IGNORECASE)  # "1/8 of Zkittlez"; not "1/8 of the students"
# a price right after: "1/8 $40", "1/8 for $25", "½ – £25", "onza por $500", chat's "8th 4 $35"
_PRICE_AFTER = re.compile(rf"\s?(?:[-:–]|for|por|4(?=\s))?\s?{_SIGN}\s?\d")
# a price right before: "£20 a g", "20€ per g", "20 euros a g"
# a sign that opens a price, not one that closes the last ("90€ 5g")
_SIGN_RIGHT_BEFORE = re.compile(rf"(?<!\d)(?<!\d\s)(?:{_SIGN}|₽)[ \t]?\Z")
_PRICE_BEFORE = re.compile(r"(?:(?:[$€£₽]|R\$)\s?\d[\d.,]*"
                           r"|\d[\d.,]*\s?(?:[$€£₽]|eur|euros?|usd|gbp|quid|bucks|dollars?|reais|paus|conto))(?:\s4)?\s\Z",
                           re.IGNORECASE)
# ... or a number with no currency, as chat writes a price: "coke 80 a g", "gas 35 an eighth", "50 conto a grama"
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[,.;!)|/\n-]|\Z)")  # ... where the clause ends ("Bring 2 a g string" is none)
_BARE_PRICE_BEFORE = re.compile(r"(?<![\w.,/:-])\d{1,4}(?:[.,]\d{1,2})?(?:\smil)?\s\Z")
# a price in a currency's word, perhaps with its country's adjective, right before: "2.000 pesos chilenos "
_PRICE_WORDS_BEFORE = re.compile(r"\d[\d.,]*\s?(?:[$€£₽]|pesos|euros?|soles|lucas|d[oó]lares|reais|balles)"
                                 r"(?:\s[^\W\d_]+)?\s\Z", re.IGNORECASE)
_CODE_HYPHEN = re.compile(r"[A-Z]{2,}-$")  # "LSD-25 blotters", "AK-47 5g": a number in a code
_DOSAGE_UNIT_RX = alternation(k for k, v in UNITS.items() if v in DOSAGE_UNITS)
_NUM = r"\d{1,7}(?:[.,٫]\d{1,4})?"  # "۱٫۵ گرم": Arabic's decimal separator too
_FORM_BEFORE = re.compile(rf"(?<!\w)({_DOSAGE_UNIT_RX})[ \t:\-–—]*\Z", re.IGNORECASE)
_FORM_AFTER = re.compile(rf"[ \t]*({_DOSAGE_UNIT_RX})(?!\w)", re.IGNORECASE)
# No letter right after a unit, except one of a script that does not space its words ("1克冰毒", "1000เม็ดส่ง")
# or a Korean particle ("2kg과", "500g을")
_NO_LETTER_AFTER = rf"(?![^\W\d_{NOSPACE}\uac00-\ud7a3])"
_NOT_BETWEEN = alternation({**UNITS, **CODES})  # "40 reais o selo" is a price
_MULTIPLIER_WORD = rf"(?:{alternation(COUNT_MULTIPLIERS)})\s"  # "1.2 million ecstasy pills": tenths of a million


# a number standing alone for a weight (not inside another number, a price or a version), and a price right after it
_BARE_WEIGHT = r"(?<![\w.,$€£])(?<!version )(?<!size )"
_PRICE_NEXT = rf"(?={_PRICE_AFTER.pattern})"
# street units by their names: a sixteenth of an ounce, an eight-ball, an ounce, a pound, a kilo
STREET_UNITS = {"teenth": (0.0625, "oz"), "eighth": (0.125, "oz"), "ball": (3.5, "g"), "zone": (1.0, "oz"),
                "elbow": (1.0, "lb"), "key": (1.0, "kg")}
# the amount a price's "a ..." stands for ("$30 a point", "£50 an eighth"); "a g", "a grama": a gram
PER_WORD_AMOUNTS = {"point": (0.1, "g"), "eighth": (0.125, "oz"), "quarter": (0.25, "oz")}
# a price's "a ..." itself, as a number before it may write chat's price with no currency ("coke 80 a g")
FOR_ONE = r"(?:a|an|per)\s(?:g|grama|point|eighth|quarter)(?!\w)"
# the amount a pattern always stands for: "half g - $50", "3.5 - $45", "an eighth for $40", "Kolik stojí gram?"
FIXED_AMOUNTS = {"half-g+price": (0.5, "g"), "full-g+price": (1.0, "g"), "half-gram+price": (0.5, "g"), "eighth+price": (3.5, "g"),
                 "g+price": (1.0, "g"), "an-eighth+price": (0.125, "oz"), "an-eighth-of": (0.125, "oz"),
                 "asked-gram": (1.0, "g")}
# what an eighth of an ounce is sold of, by its street names
SOLD_BY_THE_EIGHTH = ("weed", "bud", "green", "skunk", "kush", "haze", "dro", "loud", "gas", "za", "tree", "trees",
                      "flower", "herb", "pot", "hash", "coke", "blow", "snow", "shrooms", "mushrooms", "boomers",
                      "molly", "mdma", "meth", "ice", "crystal", "tina")


# "1-1.5 mg per kg of body weight", "1,5 mg par kg": a dose's rate to the body's weight, not an amount of anything;
# nor is a load's ("20 kg per square metre"); "10 libras esterlinas" are pounds sterling
NO_AMOUNT_AFTER = re.compile(r"[ \t]*(?:(?:per|par|pro|por|je|/)[ \t]?kg\b|(?:of[ \t]+)?body[ \t-]?weight\b|esterlinas?\b"
                             r"|(?:per|/)[ \t]?(?:square|sq|cubic|m2|m²|ft2|ft²)\b)", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"(?<![\w.,/#$€£-])(\d{1,4}(?:[.,]\d{1,2})?)[-–]\Z")


def _low_end(text: str, e: Entity) -> None:
    """"MDMA: 75-125mg", "20–50 mg": a range of amounts is read by its low end, as a range of prices is."""
    m = _RANGE_BEFORE.search(text, max(0, e.start - 12), e.start)
    if m:
        low = float(m.group(1).replace(",", "."))
        if 0 < low < e.value["value"]:
            e.start, e.value["value"] = m.start(), int(low) if e.value["unit"] in COUNTED else low
            e.text = text[e.start:e.end]
            e.explanation += ", the low end of a range"


_CAS = re.compile(r"(?<![\w-])\d{2,7}-\d{2}-\d(?![\w-])")
_DOSE_BEFORE = re.compile(r"(?:mg|µg|mcg|ug)[ \t]*\Z", re.IGNORECASE)  # "1mg per kg": the kilogram of that rate


class QuantityRecognizer(Recognizer):
    entity = "quantity"
    patterns = (
        # "Percs 10/325", "5/325mg NORCO": an opioid's milligrams over paracetamol's (APAP) in one tablet; "Tilidin
        # 50/4": tilidine's over naloxone's (a twelfth and a half: 50/4, 100/8, 150/12, 200/16)
        Pattern("combination-dose", r"(?<![\w/.])(2\.5|5|7\.5|10|50|100|150|200)\s?/\s?(300|325|500|650|750|4|8|12|16)"
                                    r"(?:\s?mg)?(?![\w/])", 0.8),
        # "1/8 Ounce" is an eighth, not "8 Ounce"; "1/2 gr" half a gram, not 2 g
        Pattern("fraction+unit", rf"(?<![\w/.])(\d{{1,2}})\s?/\s?(\d{{1,2}})(th)?(?:\s?({_WEIGHT_RX})(?!\w))?", 0.85),
        Pattern("vulgar-fraction+unit", rf"(?<![\w.,])(\d{{1,2}})?\s?([½¼¾⅛])(?:\s?({_WEIGHT_RX})(?!\w)|{_PRICE_NEXT})",
                0.85, needs=tuple(VULGAR_FRACTIONS)),  # "½ g", "1½ oz", "2½ kilos"; "⅛ $40": of an ounce, as "1/8 $40"
        Pattern("number+unit", rf"{leading_number(_NUM)}\+?\s?({_UNIT_RX}){_NO_LETTER_AFTER}", 0.8),  # "110+ mgs"
        # Romanian puts "de" between a number from twenty up and its unit: "50 de kilograme", "100 de comprimate"
        Pattern("number+de+unit", rf"{leading_number(_NUM)}\s+de\s+(kilograme|grame|comprimate|pastile)"
                                  rf"{_NO_LETTER_AFTER}", 0.8,
                needs=("de kilograme", "de grame", "de comprimate", "de pastile")),
        Pattern("number+multiplier+unit", rf"{leading_number(_NUM)}\s?({alternation(ATTACHED_MULTIPLIERS)})\s?({_UNIT_RX})"
                                          rf"{_NO_LETTER_AFTER}", 0.8, needs=tuple(ATTACHED_MULTIPLIERS)),
        # "100 XTC pills", "10 blue tabs", Dutch "1000 xtc-pillen": a count of dosage units with a word or two between
        # (not a price's number: "R$ 40 o selo" is forty reais a stamp; nor a model's: "TDP-5 single punch tablet press")
        Pattern("count+word+unit", rf"(?<![\w.,$€£¥₽₹])(?<![$€£¥₽₹]\s)(?<![^\W\d_]-)(\d{{1,3}}[.,]\d{{3}}|\d{{1,3}}[.,]\d(?=\s+{_MULTIPLIER_WORD})|\d{{1,6}})[^\S\n]+(?:(?!(?:{_NOT_BETWEEN})\b)[^\W\d_][\w-]{{0,20}}?(?:[^\S\n]+|-)){{1,2}}"
                                   rf"({_DOSAGE_UNIT_RX}){_NO_LETTER_AFTER}", 0.75),
        # "half a kilo", "an ounce", "half a tonne" (of a seizure; not "a ton of", an idiom)
        Pattern("word+unit", r"(?<![\w-])(?:(quarter|half|whole|eighth|an?|one|per|['’]n)(?:[\s-]+an?(?=[\s-]))?[\s-]+"
                             r"(oz|ounces?|lbs?|pounds?|kilos?|kg|grams?|tonne)"
                             rf"|({alternation(OTHER_WORD_AMOUNTS)})[\s-]+({alternation(OTHER_WORD_UNITS)}))\b",
                0.75),
        # "£20 a g", "50 reais a grama": a gram by its symbol, or Portuguese's gram after "a", after a price only ("a
        # g" alone is too common a pair of letters, "a grama" is also the lawn); "$30 a point", a tenth of a gram;
        # "£50 an eighth", an eighth of an ounce; "€40 a quarter", a quarter of one
        Pattern("price+a+g", r"(?<=\s)(a|per|an)\s(g|grama|point|eighth|quarter)(?!\w)", 0.7, 0,
                needs=("a g", "per g", "a grama", "a point", "per point", "an eighth", "a quarter")),
        # "Charlie £70 g, Ket £20 g", "$260 zip", "$60 eighth | $110 quarter": a gram, an ounce or a part of one right
        # after a price is one of them
        Pattern("price+unit", r"(?<=\d )(g|oz|zip|eighth|quarter(?![\s-]+(?:hours?|miles?|inch|pounders?|finals?)\b))(?!\w)(?!\.\w)",
                0.7),
        # "half g - $50": half a gram by its symbol, right before a price only
        Pattern("half-g+price", rf"(?<![\w-])half[\s-]+(?:an?\s+)?g(?!\w)(?=\s?[-:]?\s?{_SIGN}\s?\d)", 0.7),
        Pattern("full-g+price", rf"(?<![\w-])(?:full|whole)[\s-]+g(?!\w)(?=\s?[-:]?\s?{_SIGN}\s?\d)", 0.7),  # "full g $70": a whole gram, beside "half g $40"
        Pattern("multiplier+unit", rf"(?<![\d.,]\s)(?<![\w.,])(?:(half)\s+)?(?:(?:an?|one|un|um|uno|una)\s+)?"
                                   rf"({'|'.join(ALONE_MULTIPLIERS)})\s+(?:(?:de|di|of)\s+)?({_DOSAGE_UNIT_RX}){_NO_LETTER_AFTER}",
                0.75),
        Pattern("article+unit", PER_UNIT, 0.7,
                needs=("gram", "γραμμάριο", "грам", "לגרם", "الحبة", "الغرام", "الجرام", "گرمی", "tanesi", "هر گرم",
                       "kilo", "litr", "liter",
                       "la onza", "la oncia", "le g", "el g", "il g")),
        # "Kolik stojí gram trávy?", "Ile kosztuje gram?", "Сколько стоит грамм?": the gram asked about, one gram
        # (languages with no article; "how much is a gram" is word+unit); the gram a price is of: "цена грамма",
        # "preço do grama", "prix du gramme"
        Pattern("asked-gram", r"(?:(?<=kolik stojí )|(?<=ile kosztuje )|(?<=сколько стоит )|(?<=скільки коштує )"
                              r"|(?<=koliko košta )|(?<=цена )|(?<=стоимость )|(?<=preço do )|(?<=preço de um )"
                              r"|(?<=prix du )|(?<=precio del ))(gram|грамм|грамма|грам|грама|grama|gramme|gramo)(?!\w)",
                0.7, needs=("gram", "грам")),
        # "2.000 pesos chilenos la dosis", "10 € la dose": one dose, after its price only
        Pattern("price+la+dose", r"(?<=\s)la\s(dosis|dose)(?!\w)", 0.7, needs=("la dosis", "la dose")),
        # "half a pill", "media pastilla", "meio comprimido": half a dosage unit
        Pattern("half+unit", rf"(?<![\w-])(?:half(?:\s+an?)?|media|medio|meia|meio|mezza|mezzo|halbe)\s+({_DOSAGE_UNIT_RX})"
                             rf"{_NO_LETTER_AFTER}", 0.75, needs=("half", "medi", "mei", "mezz", "halbe")),
        # "half zip KSh 6,000, full zip 11,000", "a zip $220": an ounce or a part of one by its slang, right before a
        # price or a number only ("half zip hoodie", "a zip code" are no amounts)
        Pattern("word+zip", r"(?<![\w-])(quarter|half|whole|full|an?|one)[\s-]+zip(?=\s?[-:]?\s?(?:[A-Z]{1,3}\$|[$€£₦]"
                            r"|[A-Z][A-Za-z]{1,2}\.?\s?)?\d)", 0.7),
        # "7g $60 | oz $200", "zips $160, pounds $1800", "onza $1,800 MXN": a menu's ounce or pound with no number
        # before it, priced each ("oz for $200" too); "onza a 120 mil", Spanish's ounce at a price in words
        Pattern("unit+price", rf"(?<![\w./])(?:(oz|ounces?|zips?|lbs?|pounds?|onzas?|onças?|oncia|grams?){_PRICE_NEXT}"
                              r"|(onzas?|oncia)(?=\sa\s\d[\d.,]*\s?(?:mil|lucas|pesos|soles|euros?)(?!\w)))", 0.7),
        # "8th £35 / Q £120 / half £220": a menu's quarter and half ounce, priced each; "half" only as a menu's item
        # after a separator (not "half £220 now, half on delivery"); "half oz £120, quarter £65": "quarter" after a
        # comma too, or at a line's start (not "third quarter $5bn")
        Pattern("part+price", rf"(?:(?<![\w./])(Q|[Qq]tr)|(?<=[/|•] )(half)|(?:(?<=[/|•,] )|(?<=\n)|^)[Qq]uarter)"
                rf"(?=\s?[-:]?\s?{_SIGN}\s?\d)", 0.7, needs=("q", "half")),
        # "Bought an eighth for $40": an eighth of an ounce, its unit left out, right before a price only (not "an
        # eighth of the users")
        Pattern("an-eighth+price", rf"(?<![\w-])(?:an|one)\s+eighth(?=\s+(?:for\s+)?{_SIGN}\s?\d)", 0.7),
        # "an eighth of skunk", "an eighth of coke": an eighth of an ounce of a drug sold by it (not "an eighth of the
        # vote", "an eighth of an inch")
        Pattern("an-eighth-of", rf"(?<![\w-])(?:an|one)\s+eighth(?=\s+of\s+(?:{'|'.join(SOLD_BY_THE_EIGHTH)})\b)", 0.7),
        # "Ice 1g $350, point $50": a tenth of a gram (Australia, New Zealand), right before a price only
        Pattern("point+price", rf"(?<![\w./])(?:(\d{{1,2}})\s?)?points?(?=\s?[-:]?\s?{_SIGN}\s?\d)", 0.7),
        # "teenth $60, ball $180, half ball $100, zone $900, elbow $3200, key $28k, 9 zones $8k": North American
        # and British street units, as a menu's item (after a separator, an emoji or a line's start, or counted)
        # right before a price only: not "Golf ball $5", "Key lime pie $24", "Zone 2 training plan, $49", nor the
        # number of a price before it ("$40 eighth")
        Pattern("street+price", rf"(?:(?:(?<=[^\w\s$€£¥₽] )|(?<=[^\w\s$€£¥₽])|(?<=\n)|^)(?:(\d{{1,2}})\s?)?"
                                rf"|(?<![\w.,$€£])(\d{{1,2}})\s?)(half[\s-])?"
                                rf"(teenths?|eighths?|ball|zones?|elbows?|keys?)(?=\s?[-:]?\s?{_SIGN}\s?\d)", 0.7,
                needs=tuple(STREET_UNITS)),
        # "3.5 for $40", "3.5 - $45", "8th £50", "8ths $40": an eighth of an ounce in grams, its unit left out, right
        # before a price only; "0.5 $40", half a gram
        Pattern("eighth+price", rf"{_BARE_WEIGHT}(?:3[.,]5|8ths?){_PRICE_NEXT}", 0.7),
        Pattern("half-gram+price", rf"{_BARE_WEIGHT}0[.,]5{_PRICE_NEXT}", 0.7),
        # "white girl back in stock, g $90, 8ball $250": a menu's gram by its symbol alone, an item of its own (after a
        # comma, a bar or a line's start) right before a price; not "Model G $90"
        Pattern("g+price", rf"(?:^|(?<=[,;|•\n])|(?<=[,;|•\n] ))g{_PRICE_NEXT}", 0.7, 0),
        Pattern("unit-first", rf"(?<![\w-])({'|'.join(UNIT_FIRST)})\s({_NUM})(?![\d]|[.,]\d)", 0.75),
        Pattern("unit-first-word", rf"(?<![\w-])({'|'.join(UNIT_FIRST)})\s({'|'.join(SWAHILI_NUMBERS)})(?!\w)", 0.75,
                needs=tuple(SWAHILI_NUMBERS)),
        # Arabic's dual: "طنين من الحشيش" (two tonnes of hashish), "غرامين" (two grams); "طنين" alone is also a ringing
        Pattern("arabic-dual", r"(?<!\w)(?:(طن)(?:ين|ان)(?=\s+من\s)|(كيلوغرام|كيلوجرام|كيلو|غرام|جرام)(?:ين|ان))(?!\w)", 0.75,
                needs=("ين", "ان")),
        # Arabic's one after its noun: "غرام واحد", one gram
        Pattern("arabic-one", r"(?<!\w)(كيلوغرام|كيلوجرام|كيلو|غرام|جرام)\s+واحد(?!\w)", 0.75),
        # Persian "تن" is a tonne and a counter of people ("۵ تن دستگیر شدند", five arrested): a tonne before what
        # was seized only ("۲ تن تریاک", two tonnes of opium)
        Pattern("persian-tonne", rf"{leading_number(_NUM)}\s?تن(?=\s+(?:{alternation(PERSIAN_SEIZED)})(?!\w))", 0.75),
        # "caixa com 30", "boîte de 20", "Packung mit 20", "cartela com 20" (a blister card): the count of a box
        # with no unit after it ("caixa com 30 comprimidos" is a count of its unit, above); not English "pack of 4",
        # said of every everyday good
        Pattern("box-of", r"(?<![\w-])(?:caixa|caja|bo[iî]te|scatola|confezione|packung|schachtel|cartela|plaquette)\s+"
                          r"(?:com|de|da|mit)\s+(\d{1,4})(?!\d|[.,]\d|\s?%|\s?(?!(?:por|pour|für|per|a|à)\s)[^\W\d_])", 0.7),
        # "QP of Blue Dream", "2 QPs"; "HP", a half pound (read right before its price only: normalize)
        Pattern("quarter-pound", r"(?<![\w-])(?:(\d{1,3})\s?)?([qh])ps?\b", 0.75),
        # "nine bar £1400", "half nine £750": nine ounces (a quarter kilo) in UK slang, and half of it; "half nine"
        # is also half past nine: only right before a price
        Pattern("nine-bar", rf"(?<![\w-])(?:(half)\s+(?:a\s+)?)?(?:nine|9)[\s-]?bars?\b|(?<![\w-])(half)\s+nine(?={_PRICE_AFTER.pattern})",
                0.75, needs=("nine", "9 bar", "9bar", "9-bar")),
        # an eighth of an ounce; a count before it, not a price's amount ("$80 8ball $200")
        Pattern("eight-ball", r"(?<![\w-])(?:(?<![$€£¥₹])(\d{1,2})\s?x?\s)?(?:8|eight)[\s-]?balls?\b", 0.75),
        # counts, not dimensions ("50 x 50 cm")
        # "x10", and "10/325 x10" or "10/325 x 100" (after a combination dose), but not "40 x 60" nor "50 x50 cm";
        # "1mg x 50 pellets" is a count with its unit, found above
        Pattern("x-count", rf"(?<![\w.])(?:(?:(?<!\d\s)|(?<=\d/\d{{3}}\s))x\s(?!\d{{1,6}}\s?(?:[^\W\d_][\w-]{{0,20}}\s+){{0,2}}(?:{_UNIT_RX})(?!\w))|[x×])(\d{{1,6}})\b(?!\s?(?:cm|mm|m|in|inch|ft|\"|x)(?!\w))", 0.7),
        Pattern("count-x", r"(?<![\w.])(?<![x×]\s)(\d{1,6})\s?x(?![\w])(?!\s?\d+(?:[.,]\d+)?\s?(?:cm|mm|m|in|inch|ft|\"|x)(?!\w))", 0.7),
    )
    context = ("gram", "price", "per", "each", "bulk", "pack", "lot", "for", "only")

    def analyze(self, text: str, language: str | None = None):
        if "-" in text:  # a CAS registry number is no amount: "CAS 40064-34-4，1公斤" is one kilo, not 4.1
            text = _CAS.sub(lambda m: " " * len(m.group()), text)
        out = [e for e in super().analyze(text, language)
               if (language in LANGUAGE_OF_UNIT.get(unit := LAST_LETTERS.search(e.text).group().lower(), (language,))
                   or (unit in PRICED_IN_ITS_MARKET and PRICED_IN_ITS_MARKET[unit].match(text, e.end)))
               and _unit_first_in(e, text, language) and not in_code(text, e.start)
               and pounds.reading(text, e.start, e.end) is not False
               and not NO_AMOUNT_AFTER.match(text, e.end)
               and not (e.value["unit"] == "kg" and _DOSE_BEFORE.search(text, max(0, e.start - 6), e.start))]
        for e in out:
            _low_end(text, e)
        if language in DOT_THOUSANDS:
            for e in out:
                if e.value["unit"] not in COUNTED and _DOT_THOUSAND.match(e.text):
                    e.value["value"] = round(e.value["value"] * 1000, 4)
                    e.explanation += f", '.' separating thousands in a text in {language}"
        if "\n" in text or '":' in text:
            out = self._in_tables(text, out, language)
        return out

    def _in_tables(self, text: str, out: list[Entity], language: str | None) -> list[Entity]:
        """Bare numbers under a table header that names their unit ("weight_g", "Вес, г", "Seizures (tonnes)")."""
        found = []
        for c in tables.cells(text, header_unit, language):
            if any(e.start < c.end and c.start < e.end for e in out):
                continue
            unit, factor = SCALED.get(c.code, (c.code, 1))
            found.append(Entity(self.entity, c.start, c.end, text[c.start:c.end],
                                {"value": round(c.number * factor, 4), "unit": unit}, self.name, 0.7,
                                f"a number under the table header {c.header!r}"))
        return sorted(out + found, key=lambda e: e.start) if found else out

    def normalize(self, m: re.Match, pattern) -> dict | None:
        if pattern.name in FIXED_AMOUNTS:
            value, unit = FIXED_AMOUNTS[pattern.name]
            return {"value": value, "unit": unit}
        if pattern.name == "combination-dose":
            dose, other = float(m.group(1)), float(m.group(2))
            tablet = dose == other * 12.5 if other <= 16 else dose <= 10  # naloxone's twelfth and a half, or APAP's
            return {"value": dose, "unit": "mg"} if tablet else None  # not "10/4", "50/325", "100/4"
        if pattern.name == "vulgar-fraction+unit":
            value = int(m.group(1) or 0) + VULGAR_FRACTIONS[m.group(2)]
            return {"value": value, "unit": UNITS[m.group(3).lower()] if m.group(3) else "oz"}
        if pattern.name == "fraction+unit":
            num, den = int(m.group(1)), int(m.group(2))
            # "1/8th" alone is an eighth of an ounce, and so is "1/8" right before a price ("1/8 $40, 1/4 $75"; "1/16
            # $40", a teenth) or what it is of ("1/8 of Zkittlez"; not "1/4 of users")
            unit = m.group(4) or ("oz" if m.group(3) or (den in (2, 4, 8, 16) and _PRICE_AFTER.match(m.string, m.end()))
                                  or (den == 8 and (of := _OF_AFTER.match(m.string, m.end()))
                                      and not is_function_word(of.group(1).lower())) else None)
            if den == 0 or num >= den or unit is None or _SIGN_RIGHT_BEFORE.search(m.string, max(0, m.start() - 5),
                                                                                      m.start()):
                return None  # not "10g €35 / 50g €150": a price, then a menu's next amount
            return {"value": round(num / den, 4), "unit": UNITS[unit.lower()]}
        if pattern.name in ("number+unit", "count+word+unit"):
            if _SIGN_RIGHT_BEFORE.search(m.string, max(0, m.start() - 5), m.start()):
                return None  # "£70 g": a price's number, then the unit it buys (price+unit below)
            between = m.string[m.end(1):m.start(2)]
            if between.isspace() and _CODE_HYPHEN.search(m.string, max(0, m.start() - 12), m.start()):
                return None  # "LSD-25 blotters": the number belongs to the code ("MDMA-100mg" is an amount)
            words = between.split()
            if m.group(2).lower() == "bar" and _number(m.group(1)) != 1:
                return None  # "Espresso machine, 15 bar": a pressure; bars of Xanax are plural past one
            if pattern.name == "count+word+unit" and any(is_function_word(w.lower()) for w in words):
                return None  # "Got 20 for £20 and they hit harder": words of grammar join no count to its unit
            if between.endswith("-") and m.group(2).lower() in SINGULAR_UNITS and _number(m.group(1)) != 1:
                return None  # "14 fixed-dose combination drugs": a unit of one hyphened to a word, an adjective
            return _amount(m.group(1), m.group(2), COUNT_MULTIPLIERS.get(words[0].lower(), 1) if words else 1)
        if pattern.name == "number+de+unit":
            return _amount(m.group(1), m.group(2))
        if pattern.name == "number+multiplier+unit":
            return _amount(m.group(1), m.group(3), ATTACHED_MULTIPLIERS[m.group(2)])
        if pattern.name == "unit-first":
            return _amount(m.group(2), m.group(1))
        if pattern.name == "unit-first-word":
            return _amount(str(SWAHILI_NUMBERS[m.group(2).lower()]), m.group(1))
        if pattern.name == "arabic-dual":
            return _amount("2", m.group(1) or m.group(2))
        if pattern.name == "arabic-one":
            return _amount("1", m.group(1))
        if pattern.name == "persian-tonne":
            return _amount(m.group(1), "tonne")
        if pattern.name == "box-of":
            return {"value": float(m.group(1)), "unit": "unit"}
        if pattern.name == "quarter-pound":
            if m.group(2).lower() == "h" and (m.group(1) or not _PRICE_AFTER.match(m.string, m.end())):
                return None  # "150 HP engine": horsepower; a half pound is "HP $1500", an item right before its price
            return {"value": (0.25 if m.group(2).lower() == "q" else 0.5) * int(m.group(1) or 1), "unit": "lb"}
        if pattern.name == "nine-bar":
            return {"value": 4.5 if m.group(1) or m.group(2) else 9.0, "unit": "oz"}
        if pattern.name == "eight-ball":
            return {"value": 3.5 * int(m.group(1) or 1), "unit": "g"}
        if pattern.name == "word+unit":
            if m.group(1):
                return _amount("1", m.group(2), WORD_AMOUNTS[m.group(1).lower()])
            return _amount("1", m.group(4), OTHER_WORD_AMOUNTS[m.group(3).lower()])
        if pattern.name == "word+zip":
            return _amount("1", "oz", WORD_AMOUNTS.get(m.group(1).lower(), 1.0))
        if pattern.name == "price+a+g":
            if not (_PRICE_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
                    or (_BARE_PRICE_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
                        and _CLAUSE_ENDS.match(m.string, m.end()))):
                return None
            value, unit = PER_WORD_AMOUNTS.get(m.group(2).lower(), (1.0, "g"))
            return {"value": value, "unit": unit}
        if pattern.name == "multiplier+unit":
            return _amount("1", m.group(3), COUNT_MULTIPLIERS[m.group(2).lower()] * (0.5 if m.group(1) else 1))
        if pattern.name == "price+unit":
            if not _PRICE_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
                return None
            word = m.group(1).lower()
            return _amount("1", "oz", WORD_AMOUNTS[word]) if word in WORD_AMOUNTS else {"value": 1.0, "unit": UNITS[word]}
        if pattern.name == "price+la+dose":
            return {"value": 1.0, "unit": "dose"} \
                if _PRICE_WORDS_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) else None
        if pattern.name == "half+unit":
            return {"value": 0.5, "unit": UNITS[m.group(1).lower()]}
        if pattern.name == "article+unit":
            return {"value": 1.0, "unit": UNITS[next(g for g in reversed(m.groups()) if g).lower()]}  # the unit's word
        if pattern.name == "unit+price":
            return {"value": 1.0, "unit": UNITS[(m.group(1) or m.group(2)).lower()]}
        if pattern.name == "part+price":
            return {"value": 0.5 if m.group(2) else 0.25, "unit": "oz"}
        if pattern.name == "street+price":
            value, unit = STREET_UNITS[m.group(4).lower().rstrip("s")]
            count = int(m.group(1) or m.group(2) or 1)
            return {"value": round(value * count * (0.5 if m.group(3) else 1), 4), "unit": unit}
        if pattern.name == "point+price":
            return {"value": round(0.1 * int(m.group(1) or 1), 4), "unit": "g"}
        value = _number(m.group(1))
        # "XTC pillen 10x", "Xanax bars x10": a count after a dosage unit's name counts those units; so does one
        # before it ("225mg x100 tabs")
        form = _FORM_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) or _FORM_AFTER.match(m.string, m.end())
        return {"value": value, "unit": UNITS[form.group(1).lower()] if form else "unit"} if value else None


def _unit_first_in(e, text: str, language: str | None) -> bool:
    """Is a unit written before its number ("kilo 20") in the language it is written so in (or before a number
    that says the language: "kilo moja")?"""
    words = e.text.lower().split()
    if words[0] in PRICED_ONLY:
        return _PRICED_NEXT.match(text, e.end) is not None
    own = UNIT_FIRST.get(words[0], language)
    return own in (None, language) or (own == "sw" and (words[-1] in SWAHILI_NUMBERS
                                                        or _OF_AFTER_NUMBER.match(text, e.end) is not None
                                                        or _PRICED_NEXT.match(text, e.end) is not None))


def _amount(number: str, unit_word: str, times: float = 1) -> dict | None:
    """A number with its unit's word, in the contract's units (tonnes as kilograms); ``times``: a multiplier
    written between them ("15 million ... tablets", "1 ล้านเม็ด")."""
    unit = UNITS.get(unit_word.lower())
    value = _number(number, unit in COUNTED)
    if unit is None or not value:
        return None
    unit, scale = SCALED.get(unit, (unit, 1))
    return {"value": round(value * times * scale, 4), "unit": unit}


_THOUSANDS = re.compile(r"[1-9]\d{0,2}[.,]\d{3}")


def _number(s: str, whole: bool = False) -> float | None:
    """A dot or comma before three digits separates thousands in a count (nobody counts thousandths of a
    pill) and a comma does so in any amount ("1,000 mg"; "1,5 g" is a decimal); "1.000 g" stays a gram."""
    if _THOUSANDS.fullmatch(s) and (whole or "," in s):
        return float(s[:-4] + s[-3:])
    s = s.replace(",", ".").replace("٫", ".")
    try:
        return float(s)
    except ValueError:
        return None
