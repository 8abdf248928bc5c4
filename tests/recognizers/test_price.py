import pytest
from hypothesis import given
from hypothesis import strategies as st

from patrol.recognizers.price import PriceRecognizer, parse_amount

R = PriceRecognizer()

MATCH = [
    ("85€", {"amount": 85.0, "currency": "EUR"}),
    ("€ 85", {"amount": 85.0, "currency": "EUR"}),
    ("85 EUR", {"amount": 85.0, "currency": "EUR"}),
    ("Kokain 1 gram 2000 lari", {"amount": 2000.0, "currency": "GEL"}),  # Georgia's lari (session 64)
    ("piedra, 5 por 100 quetzales", {"amount": 100.0, "currency": "GTQ"}),  # Guatemala's, by its word
    ("1 г — 120 BYN", {"amount": 120.0, "currency": "BYN"}),           # Belarusian roubles
    ("10g 100 Stutz", {"amount": 100.0, "currency": "CHF"}),           # Swiss German for francs
    ("Crystal 1g MVR 2,500, Malé", {"amount": 2500.0, "currency": "MVR"}),  # Maldivian rufiyaa (session 51)
    ("ਚਿੱਟਾ 1 ਗ੍ਰਾਮ 3000 ਰੁਪਏ", {"amount": 3000.0, "currency": "INR"}),      # Punjabi rupees
    ("Ketamina 1 g ₡25.000, San José", {"amount": 25000.0, "currency": "CRC"}),  # Costa Rican colones
    ("Heroína 1 gramo RD$3,500", {"amount": 3500.0, "currency": "DOP"}),      # Dominican pesos
    ("LSD 250µg, $U 800 cada uno", {"amount": 800.0, "currency": "UYU", "per": "unit"}),  # Uruguayan pesos
    ("Marihuana prensada, 1 kilo 800.000 Gs", {"amount": 800000.0, "currency": "PYG"}),  # guaraníes
    ("Chipa 1 kg Gs. 30.000, Asunción", {"amount": 30000.0, "currency": "PYG"}),  # ... before the amount (session 56)
    ("Héroïne 1 g 200 000 GNF, Conakry", {"amount": 200000.0, "currency": "GNF"}),  # Guinea's franc by its code
    ("Ice 1g MOP 1,200, Macau", {"amount": 1200.0, "currency": "MOP"}),   # Macau's pataca, in capitals
    ("ريفوتريل 10 حبات 3000 دج", {"amount": 3000.0, "currency": "DZD"}),  # Algeria's dinar, abbreviated in Arabic
    ("Clonazepam, 30 pastillas 250 Bs", {"amount": 250.0, "currency": "BOB"}),  # bolivianos
    ("Mota, 1 onza Q400, envíos a toda Guatemala", {"amount": 400.0, "currency": "GTQ"}),  # placed letters
    ("Piedra a L 100 la unidad, Tegucigalpa", {"amount": 100.0, "currency": "HNL"}),
    ("Clonazepam 2mg, Bs 25 la tira, La Paz", {"amount": 25.0, "currency": "BOB"}),
    ("ဘိန်းဖြူ ၁ ဂရမ် ကျပ် ၅၀,၀၀၀", {"amount": 50000.0, "currency": "MMK"}),  # kyat before the amount (session 51)
    ("Rohypnol 30 pills TSh 60,000, Arusha", {"amount": 60000.0, "currency": "TZS"}),  # Tanzanian shillings
    ("Ketamine 1g Birr 3,000, Addis Ababa", {"amount": 3000.0, "currency": "ETB"}),      # Ethiopian birr first
    ("Molly 1g RWF 40,000, Kigali", {"amount": 40000.0, "currency": "RWF"}),
    ("Enjaga kilo 1 UGX 400,000", {"amount": 400000.0, "currency": "UGX"}),            # the code is the next number's
    ("Мет 1 грамм 150,000₮, Улаанбаатар", {"amount": 150000.0, "currency": "MNT"}),
    ("芬太尼 10克 USDT 1500，可寄海外", {"amount": 1500.0, "currency": "USDT"}),  # a stablecoin's code first
    ("Rohypnol 10 tabs Le 300, Freetown", {"amount": 300.0, "currency": "SLE"}),   # leones where placed (session 51)
    ("Ketamine 1g L$ 3,000, Monrovia", {"amount": 3000.0, "currency": "LRD"}),     # Liberian dollars
    ("$1.2k", {"amount": 1200.0, "currency": "USD"}),
    ("0.039 BTC", {"amount": 0.039, "currency": "BTC"}),
    ("40-60 EUR", {"amount": 40.0, "amount_max": 60.0, "currency": "EUR"}),
    ("€10/g", {"amount": 10.0, "currency": "EUR", "per": "g"}),
    ("Blues M30 $25 each", {"amount": 25.0, "currency": "USD", "per": "unit"}),     # a price per unit
    ("Dispo taz 10 € la pièce", {"amount": 10.0, "currency": "EUR", "per": "unit"}),  # ... in French, German
    ("Pillen 5 € pro Stück", {"amount": 5.0, "currency": "EUR", "per": "unit"}),
    ("Percs $15 ea, Phoenix", {"amount": 15.0, "currency": "USD", "per": "unit"}),
    ("10 for $200", {"amount": 200.0, "currency": "USD", "count": 10}),              # a bulk price, of ten
    ("Yokes 6 for €50", {"amount": 50.0, "currency": "EUR", "count": 6}),
    ("Tickets for £20", {"amount": 20.0, "currency": "GBP"}),                       # near misses: no count
    ("£20 GBP20", {"amount": 20.0, "currency": "GBP"}),                              # a code is no gram
    ("£120", {"amount": 120.0, "currency": "GBP"}),
    ("2500₽", {"amount": 2500.0, "currency": "RUB"}),
    ("250 руб", {"amount": 250.0, "currency": "RUB"}),
    ("R$ 150", {"amount": 150.0, "currency": "BRL"}),
    ("1,200.50 USD", {"amount": 1200.5, "currency": "USD"}),
    ("1.200,50 €", {"amount": 1200.5, "currency": "EUR"}),
    ("USD 300", {"amount": 300.0, "currency": "USD"}),
    ("0.5 XMR", {"amount": 0.5, "currency": "XMR"}),
    ("20 dollars", {"amount": 20.0, "currency": "USD"}),
    # currencies and number words of more markets
    ("gramı 500 TL", {"amount": 500.0, "currency": "TRY"}),
    ("₺500", {"amount": 500.0, "currency": "TRY"}),
    ("1g za 1500 Kč", {"amount": 1500.0, "currency": "CZK"}),
    ("1 gram 1,5 juta", {"amount": 1_500_000.0, "currency": "IDR"}),   # Indonesian prices name the million
    ("350 rb", {"amount": 350_000.0, "currency": "IDR"}),
    ("Rp 150.000", {"amount": 150_000.0, "currency": "IDR"}),
    ("Rp 250rb", {"amount": 250_000.0, "currency": "IDR"}),              # ribu, a thousand, after the sign
    ("Rp 1,5 jt", {"amount": 1_500_000.0, "currency": "IDR"}),
    ("trị giá khoảng 1 tỷ đồng", {"amount": 1_000_000_000.0, "currency": "VND"}),  # Vietnamese billion (session 59)
    ("1,5 milioane de lei", {"amount": 1_500_000.0, "currency": "RON"}),   # Romanian, Czech, Polish, Hungarian millions
    ("30 milionů korun", {"amount": 30_000_000.0, "currency": "CZK"}),
    ("2 mln zł", {"amount": 2_000_000.0, "currency": "PLN"}),
    ("500 hrn", {"amount": 500.0, "currency": "UAH"}),                     # Ukrainian and Persian in Latin
    ("1 oz BZ$100", {"amount": 100.0, "currency": "BZD"}),                  # the Caribbean's dollars (session 59)
    ("10 gram SRD 300", {"amount": 300.0, "currency": "SRD"}),
    ("900 hezar toman", {"amount": 900_000.0, "currency": "IRT"}),         # letters
    ("5 millió forint", {"amount": 5_000_000.0, "currency": "HUF"}),
    ("80 mil pesos", {"amount": 80_000.0, "currency": "PESO"}),        # "pesos" alone does not say whose
    ("5 mil reais", {"amount": 5_000.0, "currency": "BRL"}),
    ("1.500 €", {"amount": 1500.0, "currency": "EUR"}),               # a dot before three digits: thousands
    ("1.250 BTC", {"amount": 1.25, "currency": "BTC"}),               # ... but a decimal point in crypto
    ("$2 mil", {"amount": 2.0, "currency": "USD"}),                   # English "mil" is a million: not read
    ("5g 500 kr", {"amount": 500.0, "currency": "KRONA"}),            # Swedish, Norwegian or Danish?
    ("800 kronor", {"amount": 800.0, "currency": "SEK"}),
    ("5g 300 kroner", {"amount": 300.0, "currency": "KRONA"}),        # Norwegian or Danish (session 40)
    ("1g 80 lei", {"amount": 80.0, "currency": "RON"}),
    ("1g 5000 Ft", {"amount": 5000.0, "currency": "HUF"}),
    ("80.000 COP", {"amount": 80_000.0, "currency": "COP"}),
    ("500 SEK", {"amount": 500.0, "currency": "SEK"}),
    ("TRY 500", {"amount": 500.0, "currency": "TRY"}),
    ("1 г — 1200 грн", {"amount": 1200.0, "currency": "UAH"}),
    ("2 500 ₴", {"amount": 2500.0, "currency": "UAH"}),
    ("1000 เม็ด 25,000 บาท", {"amount": 25_000.0, "currency": "THB"}),
    ("バッズ 1g 7,000円", {"amount": 7000.0, "currency": "JPY"}),
    ("1g 5万円", {"amount": 50_000.0, "currency": "JPY"}),            # 万: ten thousand
    ("冰毒1克500元", {"amount": 500.0, "currency": "CNY"}),           # no spaces between words in Chinese
    ("1g 8만원", {"amount": 80_000.0, "currency": "KRW"}),
    ('גראס 100 ש"ח לגרם', {"amount": 100.0, "currency": "ILS"}),
    ("וויד 600 ש״ח", {"amount": 600.0, "currency": "ILS"}),              # with a gershayim
    ("100 ₪", {"amount": 100.0, "currency": "ILS"}),
    ("Weed delivery Tel Aviv, 10g 600 NIS", {"amount": 600.0, "currency": "ILS"}),   # new Israeli shekels (s65)
    ("Quilo de cocaína custa R$ 15 mil no Paraguai", {"amount": 15000.0, "currency": "BRL"}),  # reais' thousands
    ("Ganja for sale Georgetown, G$5000 an ounce", {"amount": 5000.0, "currency": "GYD"}),
    ("Herb BBD$40 a bag, Bridgetown", {"amount": 40.0, "currency": "BBD"}),
    ("Charas ₹1,50,000 per kg", {"amount": 150000.0, "currency": "INR"}),  # India's lakh grouping (session 68)
    ("senilai Rp 3,7 triliun", {"amount": 3_700_000_000_000.0, "currency": "IDR"}),
    ("Mi ta bende weed, 5 gram 50 florin, Willemstad", {"amount": 50.0, "currency": "XCG"}),  # Caribbean guilders
    ("Coke 1g 60 Afl, Oranjestad", {"amount": 60.0, "currency": "AWG"}),       # Aruba's florin, read in Aruba
    ("XTC pillen 10 stuks 100 ANG, Philipsburg", {"amount": 100.0, "currency": "XCG"}),  # the guilder's old code
    ("هر گرم ۵۰۰ هزار تومان", {"amount": 500_000.0, "currency": "IRT"}),  # Persian digits; هزار: thousand
    ("۵ گرم ۱٫۵ میلیون تومان", {"amount": 1_500_000.0, "currency": "IRT"}),
    ("Героин 1 грамм 500 сомонӣ", {"amount": 500.0, "currency": "TJS"}),  # Tajik somoni
    ("Ice 1 point FJ$100, Suva", {"amount": 100.0, "currency": "FJD"}),     # Fijian and Namibian dollars
    ("Mandrax buttons N$80", {"amount": 80.0, "currency": "NAD"}),  # Arabic's decimal separator (session 52)
    ("Verkaufe Gras, 10g 120 Franken, Zürich", {"amount": 120.0, "currency": "CHF"}),  # Swiss German (session 53)
    ("飞机模型 1:200 波音747 199元", {"amount": 199.0, "currency": "CNY"}),  # no digits grouped by a space in Chinese
    ("Prix: 1 200,50 €", {"amount": 1200.5, "currency": "EUR"}),              # ... as in French
    ("١٠٠ حبة ٣٬٠٠٠ جنيه", {"amount": 3000.0, "currency": "EGP"}),          # ... and its thousands separator
    ("حشيش 5 غرام 200 شيكل، توصيل حيفا", {"amount": 200.0, "currency": "ILS"}),  # Arabic "shekel"
    ("500 रुपये", {"amount": 500.0, "currency": "INR"}),
    ("Трева 20 лв/г", {"amount": 20.0, "currency": "BGN"}),
    ("1 gramo ₱2,500", {"amount": 2500.0, "currency": "PHP"}),
    ("ganja RM50 segram", {"amount": 50.0, "currency": "MYR"}),
    ("1 گرام 8000 روپے", {"amount": 8000.0, "currency": "PKR"}),
    ("প্রতি পিস ৪০০ টাকা", {"amount": 400.0, "currency": "BDT"}),  # Bengali digits
    ("হেৰোইন 1 গ্ৰাম 2500 টকা", {"amount": 2500.0, "currency": "INR"}),  # Assamese "tanka": India's rupee (s57)
    ("ଗଞ୍ଜେଇ 1 କିଲୋ 8000 ଟଙ୍କା", {"amount": 8000.0, "currency": "INR"}),  # Odia's
    ("കഞ്ചാവ് 10 ഗ്രാം 800 രൂപ", {"amount": 800.0, "currency": "INR"}),  # Malayalam rupees
    ("1 გრამი 80 ლარი", {"amount": 80.0, "currency": "GEL"}),
    ("7 таблеток 700 лари, Кутаиси", {"amount": 700.0, "currency": "GEL"}),  # lari and dram, in Russian
    ("Ketamine 1g 400,000 riel, Sihanoukville", {"amount": 400_000.0, "currency": "KHR"}),
    ("Kush 1 oz GY$20,000, Georgetown", {"amount": 20_000.0, "currency": "GYD"}),  # Guyana, Eastern Caribbean,
    ("Local weed quarter EC$100, Kingstown", {"amount": 100.0, "currency": "XCD"}),  # Barbados dollars
    ("Chronic 1 oz BDS$300, Bridgetown", {"amount": 300.0, "currency": "BBD"}),
    ("Meth 1g ST$300, Apia", {"amount": 300.0, "currency": "WST"}),           # Samoa's tala
    ("Herbe 10 g 10 000 FBu, Bujumbura", {"amount": 10_000.0, "currency": "BIF"}),  # Burundi's franc
    ("Urumogi garama 10 ku 20,000 FRW, Kigali", {"amount": 20_000.0, "currency": "RWF"}),  # Rwanda's franc as it
    ("ሓሺሽ 10 ግራም 500 ናቕፋ፡ ኣስመራ", {"amount": 500.0, "currency": "ERN"}),  # writes it; Eritrea's nakfa (s58)
    ("1г 30 000 драм, Гюмри", {"amount": 30_000.0, "currency": "AMD"}),
    ("1г — 15 000 тенге", {"amount": 15_000.0, "currency": "KZT"}),
    ("1 г 4500 сом, Бишкек", {"amount": 4500.0, "currency": "KGS"}),       # Kyrgyz som (session 50)
    ("1 г 120 рублёў, Мінск", {"amount": 120.0, "currency": "BYN"}),       # Belarusian roubles, in Belarusian
    ("1g 500 lei moldovenești", {"amount": 500.0, "currency": "MDL"}),     # Moldovan lei, not Romanian
    ("10 штук 300 злотых", {"amount": 300.0, "currency": "PLN"}),          # zloty, in Russian
    ("2 gramy za 120 złotych", {"amount": 120.0, "currency": "PLN"}),      # the zloty's Polish plural (session 62)
    ("pure cocain 1g 80e, 5g 350e", {"amount": 80.0, "currency": "EUR"}),  # chat's "e" after a weight
    ("за 2 рубля", {"amount": 2.0, "currency": "RUB"}),                     # the genitive singular
    ("50 دولار للقطعة", {"amount": 50.0, "currency": "USD"}),
    ("Bangi 500 shilingi kwa gramu", {"amount": 500.0, "currency": "KES"}),
    ("चरस १ तोला रु ३०००", {"amount": 3000.0, "currency": "NPR"}),  # Devanagari digits
    ("Трава 1000 дин/г", {"amount": 1000.0, "currency": "RSD"}),
    ("Kokain 1g 8000 din, Beograd", {"amount": 8000.0, "currency": "RSD"}),  # Latin script (session 46)
    ("10g b 200dh", {"amount": 200.0, "currency": "MAD"}),
    ("شريط ترامادول ٢٠٠ جنيه", {"amount": 200.0, "currency": "EGP"}),  # Arabic-Indic digits
    ("1000 ரூபாய்", {"amount": 1000.0, "currency": "INR"}),
    ("၁၀ လုံး ၅၀၀၀၀ ကျပ်", {"amount": 50_000.0, "currency": "MMK"}),  # Myanmar digits
    ("ග්‍රෑම් 1 රු. 15000", {"amount": 15_000.0, "currency": "LKR"}),  # the rupee sign comes first
    ("Марихуана 600 ден/г", {"amount": 600.0, "currency": "MKD"}),
    ("1 գրամ 10000 դրամ", {"amount": 10_000.0, "currency": "AMD"}),
    ("1 gramm 300 ming so'm", {"amount": 300_000.0, "currency": "UZS"}),  # Uzbek "ming": thousand
    ("یو کیلو ۱۵ زره افغانۍ، کندهار", {"amount": 15_000.0, "currency": "AFN"}),  # Pashto "zara": thousand (s58)
    ("10 таблеток 200 000 сум", {"amount": 200_000.0, "currency": "UZS"}),  # the sum in Russian (session 56)
    ("1 wrap ₦500", {"amount": 500.0, "currency": "NGN"}),
    ("Kẹo dẻo 500g giá 45.000đ", {"amount": 45000.0, "currency": "VND"}),
    ("350.000 VND", {"amount": 350000.0, "currency": "VND"}),
    ("1 wrap GH₵20", {"amount": 20.0, "currency": "GHS"}),
    ("la plaquette à 2000 FCFA", {"amount": 2000.0, "currency": "XOF"}),
    ("1 grama 5000 kwanzas", {"amount": 5000.0, "currency": "AOA"}),
    ("1g Ksh 1,500", {"amount": 1500.0, "currency": "KES"}),
    ("ሀሺሽ 10 ግራም 1500 ብር", {"amount": 1500.0, "currency": "ETB"}),
    ("1 grama 10.000 Ar", {"amount": 10000.0, "currency": "MGA"}),          # the ariary, from 100 up
    ("Rooibos 100 rand", {"amount": 100.0, "currency": "ZAR"}),
    ("یو ګرام چرس ۵۰۰ افغانۍ", {"amount": 500.0, "currency": "AFN"}),       # Pashto, Persian digits
    ("100 ເມັດ 3,000,000 ກີບ", {"amount": 3000000.0, "currency": "LAK"}),
    ("1 qram 40 manat", {"amount": 40.0, "currency": "AZN"}),
    ("10 leaves for 50 baht", {"amount": 50.0, "currency": "THB"}),
    ("حشيش 10 غرام 500 درهم", {"amount": 500.0, "currency": "MAD"}),       # the dirham, as "dh"
    ("heroin 1g Rs 4000", {"amount": 4000.0, "currency": "INR"}),
    ("Ketes de PBC a 5 soles", {"amount": 5.0, "currency": "PEN"}),
    ("كبتاجون 100 حبة بـ 2000 ريال", {"amount": 2000.0, "currency": "SAR"}),   # Arabic spelling: Saudi riyals
    ("1 gram 5000 goud", {"amount": 5000.0, "currency": "HTG"}),          # Haitian gourdes
    ("Farlopa 1 gramo 60 pavos", {"amount": 60.0, "currency": "EUR"}),    # Spain's slang for euros
    ("Am plătit 250 de lei pe un gram", {"amount": 250.0, "currency": "RON"}),  # Romanian "de" before the noun
    ("Мефедрон 1г 20000 тг, Алматы", {"amount": 20000.0, "currency": "KZT"}),  # tenge, abbreviated (session 42)
    ("maría de la buena, 25 pavos los 5 gramos", {"amount": 25.0, "currency": "EUR"}),  # the article of what it buys
    ("60 balles le gramme de coke", {"amount": 60.0, "currency": "EUR"}),  # French slang (session 41)
    ("J'ai payé 50 balles pour 1g", {"amount": 50.0, "currency": "EUR"}),
    ("ইয়াবা ২ লাখ টাকা", {"amount": 200_000.0, "currency": "BDT"}),     # a lakh of taka
    ("1 gramo de cristal 300 varos", {"amount": 300.0, "currency": "PESO"}),  # Mexico's for pesos
    ("bala 50 paus, entrego em SP", {"amount": 50.0, "currency": "BRL"}),      # Brazil's for reais
    ("uns 50 conto o grama", {"amount": 50.0, "currency": "BRL"}),            # and its singular "conto" (session 61)
    ("Gras 5g 50 Mäuse", {"amount": 50.0, "currency": "EUR"}),                # German slang (session 66)
    ("2 racks for a pound", {"amount": 2000.0, "currency": "USD"}),          # thousands of dollars
    ("Кокаин 1 г — 8 косарей", {"amount": 8000.0, "currency": "RUB"}),        # thousands of roubles
    ("average prices of 2,800 rubles", {"amount": 2800.0, "currency": "RUB"}),  # English "rubles"
    ("mephedrone 3000 roubles", {"amount": 3000.0, "currency": "RUB"}),       # ... British "roubles" (session 67)
    ("мефедрон 1 грамм 1 рубль", {"amount": 1.0, "currency": "RUB"}),
    ("свертков на 1,5 млн гривен", {"amount": 1_500_000.0, "currency": "UAH"}),  # Russian millions of hryvnias
    ("ущерб 2 млн рублей", {"amount": 2_000_000.0, "currency": "RUB"}),
    ("un kilo 8 palos, Medellín", {"amount": 8_000_000.0, "currency": "PESO"}),  # millions of pesos
    ("Yaba 10 pills 2,000 taka", {"amount": 2000.0, "currency": "BDT"}),      # taka in Latin letters
    ("Shabu 1 gram 5 thousand pesos", {"amount": 5000.0, "currency": "PESO"}),
    ("冰 1克 300块", {"amount": 300.0, "currency": "CNY"}),                      # "kuai", the spoken yuan
    ("1 gramo S/ 20", {"amount": 20.0, "currency": "PEN"}),          # "Rs" before the amount: the Indian rupee
    ("ganja 1 oz J$5000", {"amount": 5000.0, "currency": "JMD"}),    # Jamaican dollars
    ("buds 7g NZ$70", {"amount": 70.0, "currency": "NZD"}),
    ("10 gramas 500 meticais", {"amount": 500.0, "currency": "MZN"}),  # Mozambique
    ("Captagon 200 pills 4000 AED", {"amount": 4000.0, "currency": "AED"}),  # a code read only by its place before
    ("KWD 150 for 5g", {"amount": 150.0, "currency": "KWD"}),
    ("hash 10g SAR 300", {"amount": 300.0, "currency": "SAR"}),  # a code before the amount, not only after
]


@pytest.mark.parametrize("text, value", MATCH)
def test_matches(text, value):
    found = R.analyze(text)
    assert found, text
    assert found[0].value == value


# ISO 4217's English names, the adjective before the currency (session 35)
@pytest.mark.parametrize("text, value", [
    ("MDMA 5g 100 Australian dollars", (100.0, "AUD")),
    ("2k Canadian dollars", (2000.0, "CAD")),
    ("800 Swedish kronor", (800.0, "SEK")),
    ("600 Danish kroner", (600.0, "DKK")),
    ("500 US dollars", (500.0, "USD")),
    ("300 UAE dirhams", (300.0, "AED")),
    ("1 gram 250 mexican pesos", (250.0, "MXN")),
])
def test_english_currency_names(text, value):
    assert [(e.value["amount"], e.value["currency"]) for e in R.analyze(text)] == [value]


NEAR_MISS = ["100 mg", "5g", "in 2014", "version 1.2", "EUR", "$", "Euro 2024 cup", "page 4 of 10",
             "Seizoen 2, 3 Afl",  # an episode's abbreviation, outside Aruba (session 65)
             "au 5e achat, le 6e pochon offert", "2g 3e4f5a",  # French ordinals; a code (session 62)
             "Versand DE, Threema: RS8K2M4R",  # an ID's letters and digits, not "Rs 8"
             "pay BTC 1BQWbfCn7UQ5ZSc3hXPcuC1EUzTNWUA6X7",  # the start of an address is not a price
             "in 2 mil years", "10 mil rounds", "350 rbx", "the lira fell", "Room 101 RM",  # ringgit comes first
             "10 ft ladder", "6 Ft Folding Table", "2 cop cars", "1 TL Zucker", "3 try",  # feet, teaspoons, words
             "100 europe", "500 eurox", "a500円", "2 dhows", "5 динамо", "Ming vase, 300 years old",
             "2 đứa trẻ", "20 ar", "are 20 Ar",  # "đ" opens a Vietnamese word: no dong
             "pavos rellenos", "Vendo 20 pavos congelados", "2 paus de madeira",  # turkeys and sticks
             "1 conto de fadas",  # a tale
             "12 balles de tennis", "50 balles neuves",  # balls
             "3 Mäuse zu verschenken", "2 racks of ribs", "10 palos de golf",  # mice, ribs, clubs (session 66)
             "BTC 168RsRaA6QUWq2r6fk4ijSx9y7XZCiXFj2",  # the start of an address, no rupees (session 41)
             "100 Australian shepherds", "3 Swedish meatballs",  # an adjective, then no currency
             "PHP 8.1 hosting", "upgrade to PHP 7", "2 CUP flour",  # a programming language, a cup
             "3 mvr files",  # the code in capitals only
             "5 Gs for the car", "Q400 graphics card", "L 100 cm shelf", "Bs 25 hours",  # letters not placed (session 51)
             "Le 300e anniversaire de la ville", "2 драмы в театре",  # dramas, not drams
             "1 tỷ người", "30 milionů lidí", "2 mln osób"]  # billions and millions of people (session 59)


# schema.org's Offer in a shop page's JSON-LD: the amount and its currency in two fields (session 64)
@pytest.mark.parametrize("text, found", [
    ('"offers": {"price": "450.00", "priceCurrency": "USD"}', [(450.0, "USD")]),
    ('"offers": {"priceCurrency": "eur", "availability": "InStock", "price": 90}', [(90.0, "EUR")]),
    ('{"price": "39.99", "sku": "A-1", "brand": "Box", "priceCurrency": "GBP"}', [(39.99, "GBP")]),
    ('{"price": "39.99", "priceCurrency": "XYZ"}', []),  # no currency's code
    ('{"price": "39.99", "a": "1", "b": "2", "c": "3", "priceCurrency": "GBP"}', []),  # another offer's, maybe
    ('{"priceCurrency": "USD"}', []),
])
def test_json_ld_offers(text, found):
    assert [(e.value["amount"], e.value["currency"]) for e in R.analyze(text)] == found


@pytest.mark.parametrize("text", NEAR_MISS)
def test_near_misses(text):
    assert R.analyze(text) == []


# every price in a line: a "k" opening the next word is no thousand; a sign between two numbers, spaced from
# the first and touching the second, is the second's
ALL = [
    ("Mchele kilo 5 Tsh 12,000", [(12000.0, "TZS")]),  # not "5 Tsh": the sign is the next number's (session 51)
    ("Mandy 1g £40\nKet 5g £100", [(40.0, "GBP"), (100.0, "GBP")]),
    ("Cristal 1 gramo $500 MXN\n3 gramos $1,300 MXN", [(500.0, "MXN"), (1300.0, "MXN")]),  # no "MXN 3" across a line
    ("ketamine $120\nBTC: bc1qnqh6v55kjrkp2fstl8trs2spwrylc3njt0lt32", [(120.0, "USD")]),  # a labelled line (s65)
    ("Hash 100g for 120\nBTC: bc1qnqh6v55kjrkp2fstl8trs2spwrylc3njt0lt32", []),
    ("Amnesia 10g for 90\nEUR, 25g for 200 EUR", [(90.0, "EUR"), (200.0, "EUR")]),  # a wrapped line: its code
    ("Xanax 30 bars $120 BTC only", [(120.0, "USD")]),  # dollars paid in bitcoin
    ("Coke 1g £80 K2 £20", [(80.0, "GBP"), (20.0, "GBP")]),
    ("£40 k", [(40000.0, "GBP")]),
    ("$5k each, $1.2k", [(5000.0, "USD"), (1200.0, "USD")]),
    ("Skates size 10 €89, boots €120", [(89.0, "EUR"), (120.0, "EUR")]),
    ("10€89", [(10.0, "EUR")]),
    ("10 € 89", [(10.0, "EUR")]),
    ("Bangi, gramu 10 shilingi 2,000", [(2000.0, "KES")]),  # Swahili names the currency first
    ("Tunauza ketamine gramu 1 Ksh 5,000, Nairobi", [(5000.0, "KES")]),  # so does Kenya's sign (session 47)
    ("bei ni 500 shilingi", [(500.0, "KES")]),
    ("Nauza bangi gramu 10 kwa Sh 2,000, Mombasa", [(2000.0, "KES")]),  # East Africa's "Sh" (session 63)
    ("Bangi gramu 10 kwa Sh 5,000, Dar es Salaam", [(5000.0, "TZS")]),   # ... whose by the place
    ("Area 10 Sh", []),                                                  # ... before the amount only
    ("Xanax 2mg, 500 bars for 2,000 USDC", [(2000.0, "USDC")]),         # a stablecoin
    ("porro 25g $15.000 (pesos), flores 5g $20.000", [(15000.0, "PESO"), (20000.0, "PESO")]),  # "$" named as pesos
    ("30 pastillas $900 MXN, 1g $300", [(900.0, "MXN"), (300.0, "MXN")]),
    ("oz $180, half $100", [(180.0, "USD"), (100.0, "USD")]),
    ("大麻 1克 HK$150", [(150.0, "HKD")]),
    ("travu 10 grama 50 eura", [(50.0, "EUR")]),
    ("zāli 5 g 50 eiro", [(50.0, "EUR")]),                 # Latvian and Lithuanian euros
    ("5 g už 50 eurų", [(50.0, "EUR")]),
    ("Crystal meth 1g AU$300, Perth", [(300.0, "AUD")]),     # Australian and Canadian dollars' signs (session 39)
    ("CA$45 an eighth", [(45.0, "CAD")]),
    ("pilveä 10 euroa gramma", [(10.0, "EUR")]),            # Finnish, Estonian, Hungarian, Greek euros (session 39)
    ("kanepit 10 eurot gramm", [(10.0, "EUR")]),
    ("fű grammja 20 euró", [(20.0, "EUR")]),
    ("φούντα 10 γρ 90 ευρώ", [(90.0, "EUR")]),
    ("κοκα 1γρ 80 ευρω", [(80.0, "EUR")]),                 # ... unaccented (session 65)
    ("Euroa ei ole", []),                                  # no amount
    ("市價約新台幣 3000 萬元。", [(30_000_000.0, "TWD")]),  # the currency named first, a multiplier, "元" after
    ("查獲毒品市值 2億元", [(200_000_000.0, "CNY")]),
    ("冰毒 1克 3000台幣，台中面交", [(3000.0, "TWD")]),         # the currency's name after the amount too
    ("大麻 2克 500港幣 旺角", [(500.0, "HKD")]),
    ("台幣 3000", [(3000.0, "TWD")]),
    ("供应 4-哌啶酮 1公斤 200美元", [(200.0, "USD")]),       # US dollars and euros in Chinese (session 58)
    ("1公斤 150欧元", [(150.0, "EUR")]),
    ("ယာဘ ၁၀ လုံး ကျပ် ၅၀၀၀၀ ရန်ကုန်", [(50_000.0, "MMK")]),  # Burmese digits run together (session 58)
    ("ยาบ้า ๒๐๐ เม็ด ๙๐๐๐ บาท", [(9000.0, "THB")]),              # ... as Thai digits do
    ("5 gramos a 10 lucas", [(10_000.0, "PESO")]),          # a "luca" is a thousand pesos
    ("$40 por gramo, 100 dólares la onza", [(40.0, "USD"), (100.0, "USD")]),
    ("Charas 10 gram 3000 rs, Mumbai", [(3000.0, "INR")]),  # rupees after the amount
    ("大麻リキッド 1本 1万5千円", [(15_000.0, "JPY")]),          # ten thousands and thousands
    ("qty 2 Rs 500", [(500.0, "INR")]),                     # ... unless a number follows
    ("Grand Carrera Calibre 36 RS", []),                    # a model's name in capitals
    ("kanabis 10 gram 5000 lekë", [(5000.0, "ALL")]),       # the lek, by its name
    ("Toolkit Pro 2013 ALL", []),                           # ... not by its code, an English word in capitals
    ("១ ក្រាម ៤០ ដុល្លារ", [(40.0, "USD")]),                  # Khmer digits, Cambodia's dollars
    ("wiwi, gram 10 naira 5,000", [(5000.0, "NGN")]),       # Hausa names the currency first
    ("cannabis worth €2 million", [(2_000_000.0, "EUR")]),  # a multiplier after a sign
    ("£3m of cocaine, $1.2bn market", [(3_000_000.0, "GBP"), (1_200_000_000.0, "USD")]),
    ("MD drugs worth Rs 10 crore seized", [(100_000_000.0, "INR")]),  # India's ten millions and hundred thousands
    ("charas worth ₹5 lakh", [(500_000.0, "INR")]),
    ("mephedrone worth 10 crore rupees", [(100_000_000.0, "INR")]),
    ("5 kilo MD pakde, keemat 10 crore rupaye", [(100_000_000.0, "INR")]),  # Hindi's word in Latin letters
    ("Rs 10 lacquer pen", [(10.0, "INR")]),                 # a word that starts like one is none
    ("दिल्ली पुलिस ने हेरोइन जब्त की, कीमत 70 करोड़ रुपये", [(700_000_000.0, "INR")]),  # the word ends in a nukta
    ("경찰이 필로폰을 압수했다. 시가 90억 원 상당", [(9_000_000_000.0, "KRW")]),           # Korean hundred millions
    ("hachís valorado en 6 millones de euros", [(6_000_000.0, "EUR")]),  # millions, and "of" before the currency
    ("cocaína avaliada em 2 milhões de reais", [(2_000_000.0, "BRL")]),
    ("cocaïne d'une valeur de 5 millions d'euros", [(5_000_000.0, "EUR")]),
    ("Kokain im Wert von 3 Millionen Euro", [(3_000_000.0, "EUR")]),
    ("2 millones de personas consumen cannabis", []),       # millions of no currency
    ("sabu senilai Rp 75 miliar", [(75_000_000_000.0, "IDR")]),                   # Indonesian billions
    ("末端価格は約1億2000万円", [(120_000_000.0, "JPY")]),                           # 億 and 万 in one number
    ("시가 1억 2000만 원", [(120_000_000.0, "KRW")]),
    ("Pressed $40 M30s", [(40.0, "USD")]),                  # ... not a pill's name after it
    ("Xanax bars x 100 - 0.0021 BTC", [(0.0021, "BTC")]),   # no range runs downwards: a count, then the price
    ("100 - 50 EUR per g", [(50.0, "EUR")]),
    ("40 - 60 EUR", [(40.0, "EUR")]),                       # ... a range that runs upwards stays one
    ("$100 - 50 pills", [(100.0, "USD")]),                  # a sign first is the first number's
    # the amount a payment link asks for (BIP 21; Monero's "tx_amount")
    ("Pay: bitcoin:bc1q4cel7elpwqyp39wwx0tsgagvl3pma33cp69w2c?amount=0.015", [(0.015, "BTC")]),
    ("monero:4AdUndXHHZ6cfufTMvppY6JwXNouMBzSkbLYfpAV5Usx3skxNgYeYTRj5UzqtReoS44qo9mtmXCqY45DJ852K5Jv2684Rge"
     "?tx_amount=0.5&recipient_name=shop", [(0.5, "XMR")]),
    # a menu's bare numbers after its amounts, where the text gives its currency once
    ("Coke 1g 80 | 3.5g 250\nKet 2g 50\nAll prices in £", [(80.0, "GBP"), (250.0, "GBP"), (50.0, "GBP")]),
    ("Prices in EUR: 3.5g 30, 7g 55. 10g 2 left in stock", [(30.0, "EUR"), (55.0, "EUR")]),  # "2 left": a count
    ("Coke 1g 80 | 3.5g 250", []),                                          # no currency declared
    ("Our prices in store: 500g 3 for 10", []),
    # ... or where every other price of the text is in one currency
    ("Coke 1g £80, 3.5g 250, 7g 450", [(80.0, "GBP"), (250.0, "GBP"), (450.0, "GBP")]),
    ("perico 1 gramo 80.000 pesos, tusi 1 gramo 25.000.", [(80000.0, "PESO"), (25000.0, "PESO")]),
    ("Coke 1g £80 or €95, 3.5g 250", [(80.0, "GBP"), (95.0, "EUR")]),       # two currencies: whose is 250?
    ("Coke 1g £80, 3.5g 2 left", [(80.0, "GBP")]),                        # a count
    ("| Alprazolam | 2mg | 30 | $90 |\n| Clonazepam | 2mg | 30 | $80 |", [(90.0, "USD"), (80.0, "USD")]),  # a table's
    # count before its price (session 61)
    ("Border agents found 200 pounds of methamphetamine", []),            # a weight (session 37)
    ("Selling 5 pounds of weed for 2000 pounds", [(2000.0, "GBP")]),
]


@pytest.mark.parametrize("text, prices", ALL)
def test_every_price(text, prices):
    found = R.analyze(text)
    assert [(e.value["amount"], e.value["currency"]) for e in found] == prices
    assert all(e.text == text[e.start:e.end] for e in found)


def test_a_downward_range_is_the_second_numbers_price():
    [e] = R.analyze("bars x 100 - 0.0021 BTC")
    assert (e.text, e.start) == ("0.0021 BTC", 13)


# a range in words: its first number is the low end, in the second's currency; a fall is two prices (session 36)
@pytest.mark.parametrize("text, prices", [
    ("Le gramme coûte entre 40 et 60 euros", [(40.0, 60.0, "EUR")]),
    ("cuesta de 50 a 70 euros el gramo", [(50.0, 70.0, "EUR")]),
    ("costs between 40 and 60 euros a gram", [(40.0, 60.0, "EUR")]),
    ("de 1.000 a 2.000 pesos", [(1000.0, 2000.0, "PESO")]),
    ("entre 1 et 2 millions d'euros", [(1_000_000.0, 2_000_000.0, "EUR")]),   # the multiplier is both ends'
    ("le prix est passé de 40 à 30 euros", [(40.0, None, "EUR"), (30.0, None, "EUR")]),
    ("liegt in Berlin bei 60 bis 80 Euro", [(60.0, 80.0, "EUR")]),        # German, Russian (session 38)
    ("мефедрон от 2000 до 3000 рублей", [(2000.0, 3000.0, "RUB")]),
    ("Quanto custa em Lisboa? 40 a 50 euros?", [(40.0, 50.0, "EUR")]),  # no opening word, ends alike (session 68)
    ("about 3 to 4 dollars a pill", [(3.0, 4.0, "USD")]),
    ("Coke £80-£100 a gram", [(80.0, 100.0, "GBP")]),                     # the sign said again
    ("2 a 50 euros", [(50.0, None, "EUR")]),                              # ... ends unlike: two at fifty
    # near misses: no word that opens a range, or no number before the connector
    ("1 a 50 euros", [(50.0, None, "EUR")]),
    ("Ships in 3 to 5 days, 10€", [(10.0, None, "EUR")]),
    ("de coca a 50 euros", [(50.0, None, "EUR")]),
])
def test_a_range_in_words(text, prices):
    found = R.analyze(text)
    assert [(e.value["amount"], e.value.get("amount_max"), e.value["currency"]) for e in found] == prices
    assert all(e.text == text[e.start:e.end] for e in found)


# a "$" after the amount in a French text is Quebec's dollar; before it, or in another language, the US dollar; a
# dollar's or a peso's ISO code after the price says whose ("$8000 JMD"), another code or a word in capitals does not
@pytest.mark.parametrize("text, language, currency", [
    ("Good sensi fi sell, half ounce $8000 JMD, Kingston", "en", "JMD"),
    ("$900 MXN", "es", "MXN"),
    ("$300 AMD Ryzen", "en", "USD"),                 # the Armenian dram's code: a brand here
    ("$50 TOP quality", "en", "USD"),                # Tonga's pa'anga
    ("$15.000 PESOS", "es", "PESO"),
    ("champignons 28g 200$, livraison partout au Québec", "fr", "CAD"),
    ("champignons 28g 200 $", "fr", "CAD"),
    ("Clonazepam, 20 tabs - $40", "fr", "USD"),      # a market title misread as French writes "$" first
    ("28g 200 $ US", "fr", "USD"),
    ("oz 200$", "en", "USD"),
    ("Tengo la mejor weed en Miami, zips a $120", "es", "USD"),
])
def test_whose_dollar(text, language, currency):
    assert [e.value["currency"] for e in R.analyze(text, language)] == [currency]


# a sign or word of several countries' currencies is the one of the country the text is in: where it names the
# country (shipping to it, or in passing) or one of its cities of a million or more; not where the goods ship from
@pytest.mark.parametrize("text, language, prices", [
    ("Ice $350 a gram, delivery around Perth", "en", [(350.0, "AUD")]),
    ("Down for sale, $40 a point, Vancouver DTES", "en", [(40.0, "CAD")]),  # a metropolis of a million or more
    ("Wellington buds, $300 an oz, delivery around Welly", "en", [(300.0, "NZD")]),  # a capital, of any size (s48)
    ("LSD 5 blotters 1.500 kr, Reykjavík", "en", [(1500.0, "ISK")]),
    ("Wellington boots, size 9, green, $40", "en", [(40.0, "USD")]),  # ... not inside an everyday thing's name
    ("Cali-style burrito kit, serves 4, $18", "en", [(18.0, "USD")]),       # ... nor before "-style" (session 49)
    ("Magic mushrooms 28g $180, shipping Canada-wide", "en", [(180.0, "CAD")]),
    ("Cripy 5 gramos $30.000, domicilios en Medellín", "es", [(30_000.0, "PESO")]),  # pesos, as if named
    ("Vendo porro, 5 gramos $15.000, envíos a todo CABA", "es", [(15_000.0, "PESO")]),
    ("Cocaína 1g $25.000, Rosario, Telegram @ros_merca", "es", [(25_000.0, "PESO")]),  # placed nowhere: a dot between
    ("Perico de la buena, 1 gramo 80.000, 5 gramos 350.000, Medellín", "es", [(80_000.0, "PESO"), (350_000.0, "PESO")]),  # a
    # menu's bare thousands where prices are pesos (session 48)
    ("PERICO\n1 gr ..... 40.000\n5 gr ..... 180.000\nDomicilios Medellín", "es", [(40_000.0, "PESO"), (180_000.0, "PESO")]),
    # ... past a menu's dot leaders (session 60)
    ("Perico 1 gramo 80, Medellín", "es", []),                         # ... not a bare number that a count may be
    ("Cocaína 1g $80, 5g $350, Telegram @mia_coca", "es", [(80.0, "USD"), (350.0, "USD")]),  # thousands in Spanish
    ("Coke 1g $25.000, Telegram @x", "en", [(25_000.0, "USD")]),
    ("شبو 1 جرام 500 درهم، توصيل دبي", "ar", [(500.0, "AED")]),
    ("الحشيش 10 غرام 200 درهم، التوصيل في الدار البيضاء", "ar", [(200.0, "MAD")]),
    ("كبتاجون 100 حبة 150 دينار، توصيل الكويت", "ar", [(150.0, "KWD")]),            # a dinar in Kuwait
    ("حشيش 10 غرام 50 دينار", "ar", [(50.0, "DINAR")]),                            # placed nowhere: whose dinar?
    ("کریستاڵ ١ گرام ٥٠ هەزار دینار", "ckb", [(50_000.0, "IQD")]),                  # Sorani: Iraq's (session 58)
    ("كرستال غرام واحد ٥٠ ألف دينار، توصيل داخل بغداد", "ar", [(50_000.0, "IQD")]),  # Arabic's thousand (session 52)
    ("香港海關檢獲可卡因，市值 5 億元", "zh", [(500_000_000.0, "HKD")]),  # a multiple of yuan in Hong Kong (session 53)
    ("ترامادۆل ١٠ دانە بە ٢٥ هەزار دینار، گەیاندن لە هەولێر", "ckb", [(25_000.0, "IQD")]),  # Kurdish thousand, dinar
    ("Продам меф 1 г 150 рублей, Минск", "ru", [(150.0, "BYN")]),                  # Belarus counts in its own roubles
    # "K" before an amount: kina in Papua New Guinea, kwacha in Zambia; spice's "K2" is no amount (session 52)
    ("Spak brus K20 per bag, Port Moresby", "en", [(20.0, "PGK")]),
    ("Valium 10mg, 10 tabs K150, Lusaka delivery", "en", [(150.0, "ZMW")]),
    ("K2 spice 5g, Lusaka", "en", []),
    ("K20 per bag", "en", []),                                                      # placed nowhere
    ("Ke rekisa matekoane, 1 kg M800, Maseru", "eu", [(800.0, "LSL")]),            # maloti in Lesotho (session 58)
    ("Blues M30 $25 each, Maseru", "en", [(25.0, "USD")]),                          # ... not a pill's stamp
    ("Lamborghini M800 limited edition", "en", []),                                 # ... nor a model placed nowhere
    ("Brown sugar 1 dose Rs 500, Port Louis", "en", [(500.0, "MUR")]),              # Mauritian rupees
    ("Prodajem speed 5g 40 KM, Sarajevo", "sl", [(40.0, "BAM")]),                    # Bosnia's mark, in Bosnian
    ("Race entry 10 KM €25", "en", [(25.0, "EUR")]),                                 # ... elsewhere a distance
    ("Cocaína pura, 1 grama 3.000 MT, Maputo", "pt", [(3000.0, "MZN")]),             # the metical, in Portuguese (s53)
    ("Urea 46%, 500 MT, CIF Mombasa", "en", []),                                      # ... elsewhere metric tonnes
    ("Suruma 1 saco 500 MT, Maputo", "en", [(500.0, "MZN")]),                        # ... or in a text placed in
    ("Weed 5g 25 KM, Sarajevo", "en", [(25.0, "BAM")]),                               # its country (session 55)
    ("Cocaína 1 g 3.000$00, Praia", "pt", [(3000.0, "CVE")]),                         # the cifrão between escudos
    ("Grogue 1 litro 1.500$50", "pt", [(1500.5, "CVE")]),                             # and centavos
    ("Hierba 5 gramos C$ 300, Managua", "es", [(300.0, "NIO")]),                      # Nicaragua's córdoba: placed,
    ("Ron Flor de Caña 750 ml C$ 450", "es", [(450.0, "NIO")]),                       # or in Spanish;
    ("Weed 7g C$ 60, Toronto", "en", [(60.0, "CAD")]),                                # ... Canada's dollar
    ("Éxtasis 10 pastillas B/. 150", "es", [(150.0, "PAB")]),                          # Panama's balboa
    ("Marihuana 1 onza 2000 CUP, La Habana", "es", [(2000.0, "CUP")]),                 # Cuba's code, in Cuba only
    ("Flour 2 CUP, sugar 1 CUP", "en", []),
    ("Mota 1 onza Q500, zona 1 Guate", "es", [(500.0, "GTQ")]),                        # "Guate": Guatemala City
    ("Vendo mota, la onza a Q400, zona 1 capital", "es", [(400.0, "GTQ")]),             # Q in Spanish: quetzales
    ("Resultados del Q4 2025, ventas récord", "es", []),                               # ... not a quarter
    ("Mota 1 onza L 800, San Pedro Sula", "es", [(800.0, "HNL")]),                       # lempiras, placed (s57)
    ("Fa'atau mariuana, $20 tala le ato, Apia", "en", [(20.0, "WST")]),              # the Pacific's money: tala,
    ("Fresh taro 5 kg, 20 tala, Apia market", "en", [(20.0, "WST")]),
    ("Marijuana 1000 vatu wan bag, Port Vila", "en", [(1000.0, "VUV")]),             # vatu,
    ("Vends ice, 1 g 30 000 XPF, Nouméa", "fr", [(30000.0, "XPF")]),                 # the Pacific franc,
    ("Marijuana SBD 50 wan bag, Honiara", "en", [(50.0, "SBD")]),                     # Solomon dollars,
    ("Ice 1 point T$100, Nuku'alofa", "en", [(100.0, "TOP")]),                        # pa'anga
    ("TOP 5 OFFSHORE BANKING LICENCE JURISDICTIONS", "en", []),                        # ... not a top five
    ("Kava 1 kg $40, Suva", "en", [(40.0, "FJD")]),                                     # "$" in Fiji
    ("3ndy crystal, el gram b 1500 geneh, masr el gdida", "en", [(1500.0, "EGP")]),      # Franco-Arabic pounds (s57)
    ("3ndi captagon, el 7abba b 20 dirham, Dubai", "en", [(20.0, "AED")]),             # a dirham in the Emirates,
    ("Kanbi3 tomobil, 45000 dirham, Rabat", "en", [(45000.0, "MAD")]),                  # in Morocco
    ("How much is a gram of kush in Nairobi? Last year I paid 1,000 bob.", "en", [(1000.0, "KES")]),  # Sheng
    ("Coke 1g 100 balles, Zürich", "fr", [(100.0, "CHF")]),                             # a metropolis the curation
    ("Coke 1g 100 balles, Zurich", "fr", [(100.0, "CHF")]),                             # adds (scripts/cities.py)
    ("Crystal 1 g $60, Winnipeg North End", "en", [(60.0, "CAD")]),                   # cities under a million and
    ("Ontario delivery: 28g $100", "en", [(100.0, "CAD")]),                           # provinces markets name
    ("Coke 1g $400, Gold Coast, quick delivery", "en", [(400.0, "AUD")]),
    ("Buds $20 a tinnie, Christchurch", "en", [(20.0, "NZD")]),
    ("Falopa pura 1 gr $30.000, Valparaíso", "es", [(30_000.0, "PESO")]),             # a peso country's port (s58)
    ("Ice 1g Rs 15000, Colombo, cash on delivery", "en", [(15000.0, "LKR")]),          # Sri Lanka's rupees, placed
    ("Ceylon cinnamon sticks 100g Rs 900, Kandy", "en", [(900.0, "LKR")]),           # (session 56)
    ("Cocaine 5g R4,500 | ships from South Africa", "en", [(4500.0, "ZAR")]),      # a letter: the origin's money
    ("R2 grade, ships from Germany", "en", []),                                       # ... not another's
    ("zatla 10g 100dt, Sfax", "en", [(100.0, "TND")]),                                # Tunisia's dinar in lower case,
    ("Subutex 8mg 50 DT, Sousse", "en", [(50.0, "TND")]),                              # placed
    ("Crystal clear water 6 bottles 2 JD, Amman", "en", [(2.0, "JOD")]),              # Jordan's dinar, placed
    ("Hash 10 g 600 kr, Christiania-kvalitet", "en", [(600.0, "DKK")]),               # Copenhagen's freetown,
    ("Lakrids 500 g 60 kr, Bornholm", "sv", [(60.0, "DKK")]),                          # a Danish island
    ("Iarbă 5 g 1000 lei, Chișinău", "ro", [(1000.0, "MDL")]),                         # Moldova's lei, placed
    ("Iarbă 5 g 1000 lei, Cluj", "ro", [(1000.0, "RON")]),                             # ... Romania's otherwise
    ("حشيش 5 غرام 30 ريال عماني، مسقط", "ar", [(30.0, "OMR")]),                        # Oman's riyal, named;
    ("Weed 5g 500 ريال، الدوحة", "ar", [(500.0, "QAR")]),                               # Qatar's, placed;
    ("شبو 1 جرام 1000 ريال، الرياض", "ar", [(1000.0, "SAR")]),                          # Saudi Arabia's
    ("Crystal 1g 50 BD, Manama", "en", [(50.0, "BHD")]),                              # Bahrain's dinar, placed
    ("Ice cream 1L 2 KD, Salmiya", "en", [(2.0, "KWD")]),                              # Kuwait's
    ("Download the BD 50 pack", "en", []),
    ("Jack Daniel's 1 litre, 2 JD bottles", "en", []),                                  # ... not elsewhere
    ("بنقو 1 كيس 20 ألف جنيه، الخرطوم", "ar", [(20000.0, "SDG")]),                     # Sudan's pounds, placed;
    ("حشيش 10 جرام 500 جنيه، القاهرة", "ar", [(500.0, "EGP")]),                        # Egypt's
    ("Khat 2 bundles 3000 DJF", "en", [(3000.0, "DJF")]),                             # the Horn's codes
    ("Jaad 1 xidhmo 200,000 shilin, Muqdisho", "so", [(200000.0, "SOS")]),             # Somali shillings
    ("Goal 3 of the SDG agenda, 2030", "en", []),
    ("Heroin 1 gram 1500 Afghani, Herat", "en", [(1500.0, "AFN")]),                  # from ten up: not the grade
    ("0.50 grams #4 Afghani Heroin", "en", []),                                        # and origin of a heroin
    ("Ice 1 gram 6000 rupay, Rawalpindi", "en", [(6000.0, "PKR")]),                   # Urdu "rupay", in Pakistan
    ("Vendo liamba, 25 gramas 2.500 Kz, Luanda", "pt", [(2500.0, "AOA")]),           # Angola's kwanza
    ("Bende padjinha, 10 gramas 1000 escudos, Praia", "pt", [(1000.0, "CVE")]),      # Cabo Verde's escudo
    ("Heroin No.4 1 gram 50,000 kyat, Lashio", "en", [(50_000.0, "MMK")]),            # the kyat after the amount
    ("Продам гашиш 5 г 1000 лей, Кишинёв", "ru", [(1000.0, "MDL")]),                # Moldovan lei in Russian
    ("Tramadol 250mg, plaquette de 10 à 1500 FCFA, Douala", "fr", [(1500.0, "XAF")]),  # a box's count, no range
    # the vendor's number in the country the goods ship from places no price there (session 52)
    ("Norco 10/325 $15 each. Ships from Mexico. WhatsApp +52 33 1234 5678", "en", [(15.0, "USD")]),
    ("Tusi 1g $60.000, WhatsApp +57 300 123 4567", "es", [(60_000.0, "PESO")]),
    ("Продам меф 1 г 3000 рублей, Москва", "ru", [(3000.0, "RUB")]),
    ("Selling tik R150 a gram, mandrax buttons R80 each, Cape Town delivery", "en", [(150.0, "ZAR"), (80.0, "ZAR")]),
    ("Bikes R2 and R3 in stock, Cape Town", "en", [(2.0, "ZAR"), (3.0, "ZAR")]),   # a known limit: names as rands
    # near misses
    ("Oxycontin 40mg, 30 tabs $600, ships from Canada", "en", [(600.0, "USD")]),  # a market's dollar
    ("Ships to Canada and Australia, $50", "en", [(50.0, "USD")]),                 # two dollars: neither
    ("Ice $350 a gram, delivery around perth", "en", [(350.0, "USD")]),            # a city is capitalised
    ("Moroccan hash 300 درهم", "ar", [(300.0, "MAD")]),                          # an origin places no text
    # a country's adjective after the currency's word says whose (session 35)
    ("حشيش 10 غرام 300 درهم إماراتي", "ar", [(300.0, "AED")]),
    ("Coca 1 gramo 50.000 pesos colombianos", "es", [(50_000.0, "COP")]),
    ("Cogollos 10g 400 pesos uruguayos, Montevideo", "es", [(400.0, "UYU")]),
    ("Cristal 1 gramo 300 pesos mexicanos", "es", [(300.0, "MXN")]),
    ("Hierba 5 gramos 20 dólares canadienses", "es", [(20.0, "CAD")]),
    ("Coca 1 gramo 50.000 pesos colombianos, envío a todo México", "es", [(50_000.0, "COP")]),  # named over placed
    ("Coca 1 gramo 500 pesos bien puestos", "es", [(500.0, "PESO")]),          # a word that names no country
    ("K他命 1克 2500元，台北面交", "zh", [(2500.0, "TWD")]),                          # yuan in Taipei: Taiwan dollars
    ("K仔 1克 800塊，台北面交", "zh", [(800.0, "TWD")]),
    ("冰毒 1克 500元", "zh", [(500.0, "CNY")]),
    ("bangi gramu 50 shilingi 20,000, Dar es Salaam", "sw", [(20_000.0, "TZS")]),  # shillings in Tanzania
    ("Got ice, 1 gram 250 dollar only, Singapore COD", "en", [(250.0, "SGD")]),  # a dollar by its word, placed
    ("Mota, an eighth for 50 dollars, una onza, Medellín", "es", [(50.0, "USD")]),  # not Latin America's pesos
    ("Sælger hash 10 g 600 kr, levering i hele Danmark", "da", [(600.0, "DKK")]),  # kroner in Denmark
    ("Säljer kokain 1g 800kr, snabb leverans i Stockholm", "sv", [(800.0, "SEK")]),
    ("Jag beställde 5 g för 400 kr", "sv", [(400.0, "SEK")]),
    ("Selger kokain 1 g 900 kr, Signal +47 912 34 567", "nl", [(900.0, "NOK")]),  # placed by its phone number
    ("Selger kokain 1 g 900 kr, Stockholm, Signal +47 912 34 567", "nl", [(900.0, "SEK")]),  # a named place first
    ("Weed 1g $10, call +1 416 978 2011", "en", [(10.0, "CAD")]),               # a Toronto number
    ("3-MMC 5g: 400 kr, Signal 0701234567", "en", [(400.0, "KRONA")]),           # no plus: whose number?
    ("3-MMC 5g: 400 kr, shipped from Sweden", "en", [(400.0, "KRONA")]),          # placed nowhere, in English: whose?
    ("Benta damo 1 gramo 500 pesos, Quezon City", "es", [(500.0, "PHP")]),      # pesos in the Philippines
    ("Benta shabu 1 gramo 3k, Quezon City", "en", [(3000.0, "PHP")]),        # a bare "3k" placed there, Taglish or not
    ("3k followers, Manila", "en", []),                                           # a count of a noun
    ("Selling weed 3k, London", "en", []),                                        # placed elsewhere
    ("Benta damo 1 gramo 500 pesos", "tl", [(500.0, "PHP")]),                  # ... or in Tagalog
    ("Vendo mota 5 gramos 500 pesos, Monterrey", "es", [(500.0, "PESO")]),     # Latin America's stay PESO
    ("tusi 1 gramo 150 mil, Bogotá", "ceb", [(150_000.0, "PESO")]),           # "mil" by place, whatever the language
    ("Shipped from Sweden. 3-MMC 5g: 400 kr", "en", [(400.0, "KRONA")]),          # not where goods come from
    ("Selling tik R150 a gram", "en", []),                                         # "R" alone: no rand
    ("Coke R500 a gram, Sandton delivery", "en", [(500.0, "ZAR")]),             # ... a suburb of Joburg (s65)
    ("Chamba K150 per gram, Ndola", "en", [(150.0, "ZMW")]),                     # a Zambian town
    ("Tik te koop, R150 'n gram", "af", [(150.0, "ZAR")]),                         # ... but in Afrikaans
    ("tik ter waarde van R2 miljoen", "af", [(2_000_000.0, "ZAR")]),
    ("Die polisie het tik ter waarde van R2 miljoen gekonfiskeer", "nl", [(2_000_000.0, "ZAR")]),  # millions
    ("Cops found R2 million worth of tik", "en", [(2_000_000.0, "ZAR")]),          # of rands, in any language
    ("Road R2, 1 million cars a year", "en", []),                                  # ... not a road before them
    ("Shabu 1 gram P3,500, meet-up Quezon City", "en", [(3500.0, "PHP")]),         # "P" in the Philippines: pesos
    ("Shrooms 1/8 $25 Jamaica Negril", "en", [(25.0, "JMD")]),                   # "$" in Jamaica (session 50)
    ("Weed, 1 oz TT$600, Port of Spain", "en", [(600.0, "TTD")]),                  # Trinidad's own sign
    ("Bhang balls, 10 for 200 shillings, Mombasa", "en", [(200.0, "KES")]),       # Kenya's shillings
    ("Mandrax R50 each, Cape Flats", "en", [(50.0, "ZAR")]),                       # rand, in a part of Cape Town
    ("Zatla 10 gramme 200 DA, Alger", "fr", [(200.0, "DZD")]),                    # Algerian dinars by their sign
    ("Subutex 8mg 100 DT la plaquette, Sousse", "fr", [(100.0, "TND")]),          # ... Tunisian ones by theirs
    ("Weed 5g 100 QAR, Doha", "en", [(100.0, "QAR")]),                            # Qatar's riyal by its code
    ("Chanvre 50 g à 5000 FC, Kinshasa", "fr", [(5000.0, "CDF")]),                 # Congolese francs
    ("Cocaïne pure, 1g 15000 FCFA, Douala Akwa", "fr", [(15000.0, "XAF")]),       # Central Africa's CFA franc
    ("Vente de yamba, 1000 FCFA, livraison Dakar", "fr", [(1000.0, "XOF")]),       # ... and West Africa's
    ("Valium 10mg, 20 comprimés 30 dinars, Tunis", "fr", [(30.0, "TND")]),         # dinars in Latin letters, placed
    ("Mbanje P150, Gaborone delivery", "en", [(150.0, "BWP")]),                     # ... in Botswana: pula
    ("Shabu for sale, 1 gram P3,500", "en", []),                                   # placed nowhere: no currency
    ("Seized shabu worth P680 million", "en", []),                                 # ... nor for a "P" million
    ("Room P3 250, Manila", "en", []),                                             # a room number, a space before it
    ("Hash 10g Rs 5000, Karachi delivery", "en", [(5000.0, "PKR")]),                # a rupee in Pakistan
    ("ganja 3000 rupees, delivery all over Sri Lanka", "en", [(3000.0, "LKR")]),     # ... and in Sri Lanka
    ("Heroin 1g ₨3000, Karachi", "en", [(3000.0, "PKR")]),                         # the rupee sign Pakistan writes
    ("ملح الطعام 1 كيلو 10 دراهم", "ar", [(10.0, "MAD")]),                           # the plural "dirhams"
    ("كوكايين 1 جرام 50 دراهم، دبي", "ar", [(50.0, "AED")]),                         # ... placed in Dubai
])
def test_placed_currencies(text, language, prices):
    assert [(e.value["amount"], e.value["currency"]) for e in R.analyze(text, language)] == prices


@pytest.mark.parametrize("s, v", [("1,200", 1200.0), ("0,039", 0.039), ("2 500", 2500.0), ("1.200.000", 1200000.0),
                                  ("12.5", 12.5), ("abc", None)])
def test_amounts(s, v):
    assert parse_amount(s) == v


@given(st.text(max_size=200))
def test_fuzz(text):
    for e in R.analyze(text):
        assert text[e.start:e.end] == e.text and e.value["amount"] >= 0


@pytest.mark.parametrize("s, fiat, v", [("1.500", True, 1500.0), ("1.500", False, 1.5), ("0.500", True, 0.5),
                                        ("12.99", True, 12.99), ("1.2345", True, 1.2345)])
def test_thousands_dot_only_in_fiat(s, fiat, v):
    assert parse_amount(s, fiat) == v


# Vietnamese and Filipino write prices with a multiplier and no currency: read so in their text only, and not before
# a word they count; Spanish thousands of pesos
@pytest.mark.parametrize("text, language, prices", [
    ("Bán cần sa 5g 1tr, thuốc lắc 300k/viên", "vi", [(1_000_000.0, "VND"), (300_000.0, "VND")]),
    ("Bán cỏ 3.5 gam 1tr5, ship Sài Gòn", "vi", [(1_500_000.0, "VND")]),   # a digit onto the word: tenths
    ("1tr 5 gam", "vi", [(1_000_000.0, "VND")]),                             # ... written onto it only
    ("Thuốc lắc 10 viên 2 triệu 5, Hải Phòng", "vi", [(2_500_000.0, "VND")]),  # ... or spaced where the price ends
    ("2 triệu 5 viên", "vi", [(2_000_000.0, "VND")]),                       # ... not before what it counts
    ("kẹo 1,5tr", "vi", [(1_500_000.0, "VND")]),
    ("Kẹo dẻo 500g giá 45.000đ", "vi", [(45_000.0, "VND")]),
    ("Bán 2kg", "vi", []),
    ("ran 5k, then 1tr", "en", []),
    ("May bato ako, 1 gramo 3k, meet up sa Quezon City", "tl", [(3_000.0, "PHP")]),  # Filipino thousands of pesos
    ("1 gram 2k, Manila", "ceb", [(2_000.0, "PHP")]),
    ("May 5k followers na ako", "tl", []),                              # a count of the word after it
    # Spanish names the thousand, not the peso, in a text placed in a peso country: and only before a stop or
    # "the (gram)", "each"
    ("Dealer: si bro, 1 gramo 120 mil, te lo llevo a Bogotá norte", "es", [(120_000.0, "PESO")]),
    ("Keta 1g $40 mil, Medellín Poblado", "es", [(40_000.0, "PESO")]),              # ... after a sign's amount too
    ("Casa $2 mil millones, Bogotá", "es", [(2.0, "PESO")]),                     # ... not before "millones"
    ("Tusi rosado el gramo a 70 mil, domicilios en Medellín", "es", [(70_000.0, "PESO")]),
    ("5 gramos 180 mil el paquete, envíos a todo Medellín", "es", [(180_000.0, "PESO")]),
    ("1 gramo 120 mil, te lo llevo", "es", []),                          # no place: whose thousands?
    ("Incautan 20 mil pastillas en Bogotá", "es", []),                    # a count of things
    ("1 gramo 120 mil, envíos a Madrid", "es", []),                       # Spain: euros, and no peso
    ("1 gramo 120 mil, delivery in Bogotá", "en", []),
])
def test_bare_amounts_in_their_language(text, language, prices):
    assert [(e.value["amount"], e.value["currency"]) for e in R.analyze(text, language)] == prices
