import pytest
from hypothesis import given
from hypothesis import strategies as st

from patrol.recognizers.quantity import QuantityRecognizer

R = QuantityRecognizer()

MATCH = [
    ("5g MDMA", 5.0, "g", "5g"),
    ("שמן זית 1 ליטר", 1.0, "l", "1 ליטר"),  # Hebrew litre (session 64)
    ("Κόκα-Κόλα 1,5 λίτρο 1,80€", 1.5, "l", "1,5 λίτρο"),  # Greek (session 65)
    ("1/8 of Zkittlez + 2 edibles, $60", 0.125, "oz", "1/8"),  # an eighth of what follows (session 64)
    ("3.5 g of weed", 3.5, "g", "3.5 g"),
    ("MDMA: 75-125mg", 75.0, "mg", "75-125mg"),  # a range by its low end, as prices' (session 69)
    ("Ketamine 20–50 mg bump", 20.0, "mg", "20–50 mg"),
    ("10-20 pills $100", 10, "pill", "10-20 pills"),
    ("AK-47 5g", 5.0, "g", "5g"),                 # near misses: a code's number, a year before the amount
    ("Prices 2012-2023 5g", 5.0, "g", "5g"),
    ("Ice: point $50, gram $300", 1.0, "g", "gram"),  # a menu's gram, priced with no number
    ("hmu 4 loud, 8th 4 $35, zip 4 $220", 3.5, "g", "8th"),  # chat's "4" for "for" before a price (session 69)
    ("got coke, g 4 $80, 3.5 4 $250", 1.0, "g", "g"),
    ("ppl payin $80 4 a g of coke", 1.0, "g", "a g"),
    ("1,5g", 1.5, "g", "1,5g"),
    ("1/2oz", 0.5, "oz", "1/2oz"),
    ("Percs 10/325, 20 for $300", 10.0, "mg", "10/325"),     # oxycodone over paracetamol in one tablet
    ("Tilidin 50/4, 20 Tabletten 80€", 50.0, "mg", "50/4"),  # tilidine over naloxone (session 35)
    ("K粉 5克 2000元，10克 3800元", 10.0, "g", "10克"),        # after a full-width comma (read plain: ",")
    ("冰毒1克500元,2克900元", 2.0, "g", "2克"),
    ("필로폰 2킬로그램을 밀수", 2.0, "kg", "2킬로그램"),         # Korean kilograms, a particle after
    ("ekstazi, tanesi 500 TL", 1.0, "unit", "tanesi"),         # Turkish "one of them"
    ("5/325mg NORCO", 5.0, "mg", "5/325mg"),
    ("1/8th oz", 0.125, "oz", "1/8th oz"),
    ("Gelato ⅛ $40, 1 oz $260", 0.125, "oz", "⅛"),            # a fraction's character before a price (session 65)
    ("Police seized 2½ kilos of heroin", 2.5, "kg", "2½ kilos"),
    ("Meth 1/16 $40", 0.0625, "oz", "1/16"),                    # a teenth
    ("Gelato ⅛ – $40", 0.125, "oz", "⅛"),                       # one price-after pattern for both (session 66)
    ("Cristal 1/8 por $40", 0.125, "oz", "1/8"),
    ("Pochon de beuh 20€, 3 pochons 50€", 3.0, "unit", "3 pochons"),   # street wraps counted (session 66)
    ("Polícia apreende 500 papelotes de cocaína", 500.0, "unit", "500 papelotes"),
    ("Sequestrate 200 stecche di hashish", 200.0, "unit", "200 stecche"),
    ("Полиция изъяла 300 чеков мефедрона", 300.0, "unit", "300 чеков"),
    ("курьер с 200 свертками амфетамина", 200.0, "unit", "200 свертками"),   # wraps (session 67)
    ("halló 50 bolsitas de marihuana", 50.0, "unit", "50 bolsitas"),
    ("Berlin clubbing pack: 2 Teile 20€", 2.0, "unit", "2 Teile"),     # German pills
    ("Speed 10 grs 60€", 10.0, "g", "10 grs"),
    ("Ecstasy ×50 €150", 50.0, "unit", "×50"),                  # the multiplication sign for an "x"
    ("Weed HP $1500", 0.5, "lb", "HP"),                         # a half pound before its price
    ("an 1/8th of haze", 0.125, "oz", "1/8th"),
    ("100 mg", 100.0, "mg", "100 mg"),
    ("150ug blotter", 150.0, "ug", "150ug"),
    ("150µg", 150.0, "ug", "150µg"),
    ("200mcg", 200.0, "ug", "200mcg"),
    ("cartones de LSD, 150 microgramos cada uno", 150.0, "ug", "150 microgramos"),  # written out
    ("start with around 75 milligrams", 75.0, "mg", "75 milligrams"),               # in English (session 61)
    ("Vendo ketamina en ampollas, 10 ampollas 120€", 10.0, "vial", "10 ampollas"),  # ampoules and patches
    ("Морфин, 10 ампул 8000₽", 10.0, "vial", "10 ампул"),
    ("Fentanyl patches 75mcg/h, 5 patches $150", 5.0, "unit", "5 patches"),
    ("Fentanyl-Pflaster 100 µg/h, 5 Pflaster 200€", 5.0, "unit", "5 Pflaster"),
    ("Omo, I get tramadol 225mg, 1 sachet 5,000 naira", 1.0, "unit", "1 sachet"),  # sachets (session 62)
    ("Bro tengo purple haze, 3.5 por $45", 3.5, "g", "3.5"),  # an eighth before Spanish "por" and a price
    ("Gas packs, eighths $50, half oz $160", 0.125, "oz", "eighths"),  # a street unit in the plural
    ("menu ❄️ teenth $60, ball $180", 0.0625, "oz", "teenth"),          # street units before a price (session 61)
    ("Charlie: ball £200, half ball £110", 1.75, "g", "half ball"),
    ("Loud packs: zone $280, QP $900, elbow $3200", 1.0, "lb", "elbow"),
    ("Soft: key $32k, 9 zones $8k", 9.0, "oz", "9 zones"),
    ("Gelato 41, $40 eighth $260 zip", 0.125, "oz", "eighth"),           # after its price: no count of 40
    ("Bricks of coke, key $28k, half key $15k", 0.5, "kg", "half key"),
    ("na 2 milliliter GHB", 2.0, "ml", "2 milliliter"),
    ("Xanax 2mg, 10 barrettes pour 50€", 10.0, "bar", "10 barrettes"),             # French bars
    ("1kg", 1.0, "kg", "1kg"),
    ("2 lb", 2.0, "lb", "2 lb"),
    ("10ml GBL", 10.0, "ml", "10ml"),
    ("10 tabs", 10.0, "tab", "10 tabs"),
    ("50 pills", 50.0, "pill", "50 pills"),
    ("25 blotters", 25.0, "blotter", "25 blotters"),
    ("x10", 10.0, "unit", "x10"),
    ("Percs 10/325 x10 $250", 10.0, "unit", "x10"),              # touching its number: no dimension
    ("Percocet 10/325 x 100 $1,200", 100.0, "unit", "x 100"),    # after a combination dose: no dimension either
    ("30.000 pastillas de éxtasis", 30000.0, "pill", "30.000 pastillas"),  # a count has no thousandths
    ("1,000 XTC pills", 1000.0, "pill", "1,000 XTC pills"),
    ("2.3 tonnes of cocaine", 2300.0, "kg", "2.3 tonnes"),       # in the contract's kilograms
    ("15 million methamphetamine tablets", 15e6, "tab", "15 million methamphetamine tablets"),  # a number word
    ("30 mil pastillas de éxtasis", 30000.0, "pill", "30 mil pastillas"),
    ("up to 1,000 mg of diacetylmorphine", 1000.0, "mg", "1,000 mg"),  # a comma before three digits: thousands
    ("Sprzedam LSD, 10 kartoników 400 zł", 10.0, "blotter", "10 kartoników"),
    ("LSD 200µg 10 cartones 50€", 10.0, "blotter", "10 cartones"),
    ("bala 10un R$ 250", 10.0, "unit", "10un"),
    ("MDMA-100mg", 100.0, "mg", "100mg"),
    ("buy 100 Xanax bars", 100.0, "bar", "100 Xanax bars"),
    ("Xanax 2mg, 1 bar $5", 1.0, "bar", "1 bar"),
    ("Lyrica 300mg 56 Kapseln 80€", 56.0, "capsule", "56 Kapseln"),
    ("3.5g $35 | 7g $60 | oz $200", 1.0, "oz", "oz"),                   # a menu's ounce with no number
    ("Zips of Runtz $160, pounds $1800", 1.0, "lb", "pounds"),          # a pound, priced each
    ("lbs $1700", 1.0, "lb", "lbs"),
    ("Gelato - 8th £35 / Q £120", 0.25, "oz", "Q"),                     # a menu's quarter and half (session 48)
    ("Gelato - 8th £35 / Q £120 / half £220", 0.5, "oz", "half"),
    ("half oz £120, quarter £65", 0.25, "oz", "quarter"),             # a chat's quarter after a comma (session 61)
    ("Quarter £65, can meet at 11", 0.25, "oz", "Quarter"),             # at a line's start
    ("Amphetamine paste: 10g €35 / 50g €150", 50.0, "g", "50g"),          # a price, then the next amount: no 35/50
    ("3 toneladas de cocaína", 3000.0, "kg", "3 toneladas"),
    ("100x Xanax", 100.0, "unit", "100x"),
    ("5 г", 5.0, "g", "5 г"),
    ("100 stuks", 100.0, "unit", "100 stuks"),
    ("Mandrax 10 buttons R700", 10.0, "unit", "10 buttons"),  # Mandrax's (and a sewing kit's) buttons (session 65)
    ("10 pezzi", 10.0, "unit", "10 pezzi"),                       # Italian pieces (session 38)
    ("1000 XTC pills, dutch quality", 1000.0, "pill", "1000 XTC pills"),
    ("10 blue star tabs", 10.0, "tab", "10 blue star tabs"),
    ("100 XTC pillen", 100.0, "pill", "100 XTC pillen"),          # any language's dosage unit
    ("20 синих таблеток", 20.0, "tab", "20 синих таблеток"),
    ("5 mg tablets", 5.0, "mg", "5 mg"),
    ("Half Pound - AAA+", 0.5, "lb", "Half Pound"),
    ("Quarter Oz Quality Commercial", 0.25, "oz", "Quarter Oz"),
    ("a gram of coke", 1.0, "g", "a gram"),
    ("$100 PER OUNCE", 1.0, "oz", "PER OUNCE"),                  # the amount a price is for
    ("Yellow Twitter 110+ mgs", 110.0, "mg", "110+ mgs"),        # "at least", plural unit
    ("2 zips of kush", 2.0, "oz", "2 zips"),
    ("1 gramo 80 mil pesos", 1.0, "g", "1 gramo"),
    ("5 gramów", 5.0, "g", "5 gramów"),
    ("10 grammi", 10.0, "g", "10 grammi"),
    ("10 selos de doce", 10.0, "stamp", "10 selos"),
    ("Bala 1 unidade R$ 40", 1.0, "unit", "1 unidade"),           # the singular (session 45)
    ("QP of Blue Dream", 0.25, "lb", "QP"),                      # quarter pound
    ("2 QPs", 0.5, "lb", "2 QPs"),
    ("HCG 5000iu", 5000.0, "iu", "5000iu"),
    ("10x 20mg", 10.0, "unit", "10x"),                           # a count, then a unit
    ("соль 1 кг", 1.0, "kg", "1 кг"),
    ("2 грамма", 2.0, "g", "2 грамма"),
    ("冰毒1克500元", 1.0, "g", "1克"),                           # no spaces between words in Chinese
    ("摇头丸10粒", 10.0, "pill", "10粒"),
    ("ยาบ้า 1000 เม็ด", 1000.0, "pill", "1000 เม็ด"),
    ("バッズ 1g 7,000円", 1.0, "g", "1g"),
    ("Χόρτο 10γρ 80€", 10.0, "g", "10γρ"),
    ("50 kilogram esrar", 50.0, "kg", "50 kilogram"),
    ("चरस 10 ग्राम", 10.0, "g", "10 ग्राम"),                      # Devanagari vowel signs inside the unit
    ("1 किलो गांजा", 1.0, "kg", "1 किलो"),
    ("هر ۵ گرم", 5.0, "g", "۵ گرم"),
    ("kẹo 2 viên", 2.0, "pill", "2 viên"),
    ("យ៉ាម៉ា 10 គ្រាប់ 30 ដុល្លារ", 10.0, "pill", "10 គ្រាប់"),               # Khmer pills
    ("آئس 1 گرام", 1.0, "g", "1 گرام"),                            # Urdu
    ("গাঁজা ৫ গ্রাম", 5.0, "g", "৫ গ্রাম"),                          # Bengali digits and vowel signs
    ("1 გრამი 80 ლარი", 1.0, "g", "1 გრამი"),                       # Georgian
    ("1 გრ 150 ლარი", 1.0, "g", "1 გრ"),                            # Georgian, abbreviated
    ("10 கிராம் 1000 ரூபாய்", 10.0, "g", "10 கிராம்"),                 # Tamil vowel signs inside the unit
    ("గంజాయి 5 గ్రాములు ₹1500", 5.0, "g", "5 గ్రాములు"),                 # Telugu
    ("200 కిలోల గంజాయి", 200.0, "kg", "200 కిలోల"),
    ("MDMA 1 ಗ್ರಾಂ ₹4000", 1.0, "g", "1 ಗ್ರಾಂ"),                          # Kannada
    ("കഞ്ചാവ് 10 ഗ്രാം", 10.0, "g", "10 ഗ്രാം"),                          # Malayalam
    ("ચરસ 10 ગ્રામ", 10.0, "g", "10 ગ્રામ"),                              # Gujarati
    ("300 килограма марихуане", 300.0, "kg", "300 килограма"),      # Serbian
    ("10 grömm", 10.0, "g", "10 grömm"),                            # Icelandic
    ("2 غرام", 2.0, "g", "2 غرام"),
    ("8ball $1200", 3.5, "g", "8ball"),                             # an eighth of an ounce
    ("2 eight balls of coke", 7.0, "g", "2 eight balls"),
    ("❄️ 1g $80 8ball $200", 3.5, "g", "8ball"),                     # ... not counted by a price before it
    ("၁၀ လုံး ၅၀၀၀၀ ကျပ်", 10.0, "pill", "၁၀ လုံး"),                  # Burmese: Myanmar digits, no spaces
    ("ម៉ាទឹកកក 1 ក្រាម 100$", 1.0, "g", "1 ក្រាម"),                   # Khmer
    ("1 գրամ 10000 դրամ", 1.0, "g", "1 գրամ"),                     # Armenian
    ("Igbo, 10 wraps ₦4500", 10.0, "unit", "10 wraps"),            # Nigerian street unit
    ("la merca a 15 lucas el gramo", 1.0, "g", "el gramo"),      # a price for one unit, article first
    ("El precio del gramo de cocaína", 1.0, "g", "del gramo"),     # after "del" (session 55)
    ("Precio de la gasolina: 1,60 € el litro", 1.0, "l", "el litro"),  # a litre, a kilo so
    ("Prix du café : 15€ le kilo", 1.0, "kg", "le kilo"),
    ("Arabica 20€ pro Kilo", 1.0, "kg", "pro Kilo"),
    ("10€ το γραμμάριο", 1.0, "g", "το γραμμάριο"),
    ("2000 ₽ за грамм", 1.0, "g", "за грамм"),
    ("9 € pro Gramm", 1.0, "g", "pro Gramm"),
    ("1 γραμμάριο", 1.0, "g", "1 γραμμάριο"),
    ("ሀሺሽ 10 ግራም 1500 ብር", 10.0, "g", "10 ግራም"),                # Amharic
    ("1 qram 40 manat", 1.0, "g", "1 qram"),                        # Azerbaijani
    ("ຢາບ້າ 100 ເມັດ", 100.0, "pill", "100 ເມັດ"),                     # Lao
    ("Jual ekstasi 10 butir 3 juta", 10.0, "pill", "10 butir"),      # Indonesian
    ("30 mila pasticche di ecstasy", 30_000.0, "pill", "30 mila pasticche"),
    ("Bangi, gramu 10 shilingi 2,000", 10.0, "g", "gramu 10"),      # Swahili: the number after its noun
    ("tembe 20 kwa 5,000", 20.0, "pill", "tembe 20"),
    ("Etizolam 1mg x 50 pellets", 50.0, "pellet", "50 pellets"),   # a count with its unit, not "x 50"
    ("Méthadone 40mg, 20 gélules 100€", 20.0, "capsule", "20 gélules"),  # French capsules (session 46)
    ("Omeprazol 20 mg, 28 cápsulas, R$ 15,90", 28.0, "capsule", "28 cápsulas"),  # Portuguese and Spanish (session 55)
    ("필로폰 2kg과 대마", 2.0, "kg", "2kg"),                           # a Korean particle after the unit
    ("엑스터시 5알 30만원", 5.0, "pill", "5알"),                       # Korean counts pills by "알"
    ("자낙스 2mg 10정 20만원", 10.0, "tab", "10정"),                   # ... and tablets by "정" (session 46)
    ("冰箱 双开门 500升 3999元", 500.0, "l", "500升"),                  # Chinese litres
    ("LSD 10장 50만원", 10.0, "unit", "10장"),                        # ... and flat things (sheets) by "장"
    ("3.000 de comprimate de ecstasy", 3000.0, "pill", "3.000 de comprimate"),
    ("12 kilo hasj og 3000 tabletter", 3000.0, "tab", "3000 tabletter"),
    ("Diapam 10mg, 100 tablettia 150€", 100.0, "tab", "100 tablettia"),    # Finnish partitive
    ("Ksanaks 1mg, 30 tablečių 60€", 30.0, "tab", "30 tablečių"),          # Lithuanian genitive plural
    ("税関は覚醒剤10キロを押収した", 10.0, "kg", "10キロ"),
    ("ตำรวจยึดยาบ้า 1 ล้านเม็ด", 1_000_000.0, "pill", "1 ล้านเม็ด"),     # a multiplier written onto the unit
    ("摇头丸200万粒", 2_000_000.0, "pill", "200万粒"),
    ("1,2 tonelada de cocaína", 1200.0, "kg", "1,2 tonelada"),
    ("κατέσχεσε 30 κιλά κάνναβης", 30.0, "kg", "30 κιλά"),
    ("كبتاجون 100 حبة", 100.0, "pill", "100 حبة"),
    ("κατέσχεσε 2 τόνους κοκαΐνης", 2000.0, "kg", "2 τόνους"),      # tonnes, in kilograms
    ("policia sekuestron 2 tonë kokainë", 2000.0, "kg", "2 tonë"),    # Albanian (session 50)
    ("ضبطت الشرطة 5 أطنان من البنقو", 5000.0, "kg", "5 أطنان"),
    ("ضبط 50 كيلو حشيش", 50.0, "kg", "50 كيلو"),
    ("ترامادول 225 مجم", 225.0, "mg", "225 مجم"),
    ("10 blue tabs", 10.0, "tab", "10 blue tabs"),                     # a count, a word, its unit
    ("R150 'n gram", 1.0, "g", "'n gram"),                             # Afrikaans "a gram"
    ("අයිස් ග්‍රෑම් 1 රු. 20000", 1.0, "g", "ග්‍රෑම් 1"),                  # Sinhala writes the unit first
    ("Qaad cusub 1 xidhmo", 1.0, "unit", "1 xidhmo"),                 # Somali: a bundle of khat
    ("Penis Envy 1/8 $40", 0.125, "oz", "1/8"),                        # a fraction before a price: of an ounce
    ("golden teachers 1/8 for $25", 0.125, "oz", "1/8"),               # "for" before the price (session 61)
    ("Monkey Balls- 1/8 Ounce - $40", 0.125, "oz", "1/8 Ounce"),       # the unit written out (was "8 Ounce")
    ("Jual sabu 1 gr 1.500.000, 1/2 gr 800.000", 0.5, "g", "1/2 gr"),   # half a gram, not 2 g (session 60)
    ("3/4 gramo 45€", 0.75, "g", "3/4 gramo"),
    ("½ g de coca 40€", 0.5, "g", "½ g"),                             # a fraction written as one character
    ("Skunk 1½ oz £300", 1.5, "oz", "1½ oz"),
    ("ett gram kostar runt 800 kronor", 1.0, "g", "ett gram"),      # Swedish "one gram"
    ("Kush 1/2 pound $900", 0.5, "lb", "1/2 pound"),
    ("shrooms 7g C$60, oz C$200", 1.0, "oz", "oz"),                    # a menu's ounce before any dollar's sign
    ("ጫት 1 እስር 200 ብር", 1.0, "unit", "1 እስር"),                        # Amharic: a bundle of khat
    ("ตำรวจยึดไอซ์ 500 กิโลกรัม", 500.0, "kg", "500 กิโลกรัม"),
    ("गांजा 50 ग्रॅम 1500 रुपये", 50.0, "g", "50 ग्रॅम"),                   # Marathi
    ("yeah £20 a g, meet at the station", 1.0, "g", "a g"),          # a gram by its symbol, after a price
    ("coke in tonight, 80 a g, text me", 1.0, "g", "a g"),            # ... or after a number, as chat writes a
    ("gas 35 an eighth, Atlanta", 0.125, "oz", "an eighth"),          # price, where the clause ends (session 67)
    ("pó 50 conto a grama, Rio", 1.0, "g", "a grama"),
    ("half g - $50\n1g - $90", 0.5, "g", "half g"),                  # ... half of one, before a price (session 39)
    ("Tina half g $40, full g $70", 1.0, "g", "full g"),               # ... and a whole one (session 50)
    ("Ganja, 1 onsa P3,500", 1.0, "oz", "1 onsa"),                      # Tagalog's ounce
    ("ਚਿੱਟਾ 1 ਗ੍ਰਾਮ 3000 ਰੁਪਏ", 1.0, "g", "1 ਗ੍ਰਾਮ"),                     # Punjabi (session 51)
    ("नाइट्राजेपाम १० एमजी, १० ट्याब्लेट", 10.0, "mg", "१० एमजी"),          # Nepali milligrams ...
    ("नाइट्राजेपाम १० एमजी, १० ट्याब्लेट", 10.0, "tab", "१० ट्याब्लेट"),      # ... and tablets
    ("ফেনসিডিল সিরাপ ১০০ মিলি ১২০০ টাকা", 100.0, "ml", "১০০ মিলি"),        # Bengali millilitres
    ("ဘိန်းဖြူ ၁ ဂရမ် ကျပ် ၅၀,၀၀၀", 1.0, "g", "၁ ဂရမ်"),                     # Burmese grams (session 51)
    ("ເຫັດວິເສດ 10 ກຣາມ 500,000 ກີບ", 10.0, "g", "10 ກຣາມ"),                 # Lao grams
    ("Enjaga (weed) kilo 1 UGX 400,000, Kampala", 1.0, "kg", "kilo 1"),   # a unit first, a price after its number
    ("Miraa fresh, bunda 1 Ksh 300, Nairobi", 1.0, "unit", "bunda 1"),    # a bundle of khat
    ("Heroin (budo) 1 garaam $40, Muqdisho", 1.0, "g", "1 garaam"),        # Somali gram
    ("三唑仑 10片 500元", 10.0, "tab", "10片"),                           # Chinese tablets
    ("Kush half zip KSh 6,000, full zip 11,000", 0.5, "oz", "half zip"),  # an ounce by its slang, priced (session 49)
    ("a zip $220, QP $800", 1.0, "oz", "a zip"),
    ("Nyaope, 1 straw R40, Soweto", 1.0, "unit", "1 straw"),              # a straw of nyaope
    ("Mota calidad exportación, onza $1,800 MXN", 1.0, "oz", "onza"),    # Spanish ounce before its price
    ("Paco, cocaína base, 10 dosis $5000 ARS", 10.0, "dose", "10 dosis"),
    ("شیشه یک گرم ۸۰۰ هزار تومان", 1.0, "g", "یک گرم"),             # Persian "one gram"
    ("نیم گرم شیشه", 0.5, "g", "نیم گرم"),                          # ... "half a gram"
    ("چرس د پلور لپاره، یو کیلو ۱۵ زره افغانۍ", 1.0, "kg", "یو کیلو"),  # Pashto "one kilo" (session 58)
    ("אקסטה 250 מ\"ג, 5 כדורים ב-300 ש\"ח", 250.0, "mg", "250 מ\"ג"),     # Hebrew milligrams,
    ("אקסטה, 5 כדורים ב-300 ש\"ח", 5.0, "pill", "5 כדורים"),               # ... pills
    ("Hoeveel kost een gram coke?", 1.0, "g", "een gram"),          # Dutch "a gram"
    ("Hash €10 a bit, €40 a quarter, Limerick", 0.25, "oz", "a quarter"),  # a quarter after its price (s58)
    ("Charlie £70 g. Ket £20 g.", 1.0, "g", "g"),                      # a gram right after a price
    ("Zaza $60 eighth | $200 zip", 0.125, "oz", "eighth"),             # an eighth, a quarter right after a price
    ("Runtz $110 quarter, $200 zip", 0.25, "oz", "quarter"),
    ("Weed $200 oz", 1.0, "oz", "oz"),
    ("Pó 50 reais a grama, Rio", 1.0, "g", "a grama"),              # ... and Portuguese's (session 39)
    ("Iarbă 50 lei gramul, București", 1.0, "g", "gramul"),          # Romanian "the gram" after a price in lei
    ("Poliția a confiscat 50 de kilograme de cocaină", 50.0, "kg", "50 de kilograme"),  # "de" from twenty up
    ("100 de pastile de ecstasy", 100.0, "pill", "100 de pastile"),
    ("Kokain gram 100 eura, Zagreb", 1.0, "g", "gram"),             # a gram before its price (Croatian)
    ("ירוק 100 ש\"ח לגרם", 1.0, "g", "לגרם"),                          # Hebrew "per gram"
    ("Екстази 10 хапчета 150 лева", 10.0, "pill", "10 хапчета"),      # Bulgarian pills
    ("R$ 50 a grama", 1.0, "g", "a grama"),
    ("10€ per g", 1.0, "g", "per g"),
    ("ضبطت القوات الأمنية مليون حبة كبتاغون", 1e6, "pill", "مليون حبة"),  # a multiplier as the whole number
    ("police seized half a million pills", 5e5, "pill", "half a million pills"),
    ("2 مليون حبة", 2e6, "pill", "2 مليون حبة"),
    ("Polîsê 50 kîlo eroîn girt", 50.0, "kg", "50 kîlo"),            # Kurdish
    ("Милиса 20 кило героин дастгир кард", 20.0, "kg", "20 кило"),    # Tajik, and Russian speech
    ("Vând iarbă 5 grame 250 lei", 5.0, "g", "5 grame"),             # Romanian plurals
    ("zasegla 3 kilograme heroina", 3.0, "kg", "3 kilograme"),        # and Slovenian
    ("اے این ایف نے 25 کلو ہیروئن برآمد کر لی", 25.0, "kg", "25 کلو"),  # Urdu
    ("Ngithengisa insangu, 1 bankie R100", 1.0, "unit", "1 bankie"),   # a small bag, in South Africa
    ("كبتاجون للبيع، الحبة 50 ريال", 1.0, "pill", "الحبة"),             # Arabic: "the pill", the article written on
    ("شیشه گرمی ۸۰۰ هزار تومان", 1.0, "g", "گرمی"),                      # Persian "per gram"
    ("Temiz kokain, gramı 3500 TL", 1.0, "g", "gramı"),                  # Turkish "its gram" (session 35)
    ("Kokainin 2 gramı 6000 TL", 2.0, "g", "2 gramı"),                   # ... and after a number, two of them
    ("A PF apreendeu 300 quilos de cocaína", 300.0, "kg", "300 quilos"),  # Portuguese kilos (session 39)
    ("apreendeu 2 quilogramas de maconha", 2.0, "kg", "2 quilogramas"),
    ("Eladó fű 5000 forint grammja", 1.0, "g", "grammja"),              # Hungarian "its gram" (session 39)
    ("Parduodu žolę 10 eurų už gramą", 1.0, "g", "už gramą"),           # Lithuanian "for a gram"
    ("Myydään pilveä 10 euroa gramma", 1.0, "g", "gramma"),             # Finnish and Estonian, after euros
    ("Müün kanepit 10 eurot gramm", 1.0, "g", "gramm"),
    ("Amfetamin i Oslo: 300 kroner grammet", 1.0, "g", "grammet"),     # Norwegian, Danish, Swedish "the gram"
    ("Jual tramadol, 1 strip isi 10 butir", 1.0, "unit", "1 strip"),    # a strip (blister) of pills
    ("LSD 250µg, 5 sztuk 150 zł", 5.0, "unit", "5 sztuk"),              # Polish "pieces", written out
    ("Marijuana 1 uncja 800 zł", 1.0, "oz", "1 uncja"),                  # Polish "ounce"
    ("Ganja kering 1 auns RM350", 1.0, "oz", "1 auns"),                  # Malay "ounce" (session 59)
    ("Morfina 30 mg, 10 fiale 150€", 10.0, "vial", "10 fiale"),          # Italian vials (session 41)
    ("Rivotril 2mg, caixa com 30, R$ 80", 30.0, "unit", "caixa com 30"),  # a box's count, no unit after it
    ("Pilules Ricqlès, boîte de 20, 3 €", 20.0, "unit", "boîte de 20"),
    ("Packung mit 50, 12 €", 50.0, "unit", "Packung mit 50"),
    ("se vende a 2.000 pesos chilenos la dosis", 1.0, "dose", "la dosis"),  # one dose, after its price
    ("10 € la dose", 1.0, "dose", "la dose"),
    ("Kolik stojí gram trávy v Praze?", 1.0, "g", "gram"),              # the gram asked about
    ("Paid $30 a point for ice", 0.1, "g", "a point"),                 # a tenth of a gram, after its price
    ("Bought an eighth for $40 last night", 0.125, "oz", "an eighth"),  # an eighth of an ounce, before its price
    ("charas 1 tola ₹3000", 11.6638, "g", "1 tola"),                  # South Asia's tola, in grams
    ("Khat 10 bundles £60", 10.0, "unit", "10 bundles"),
    ("Lança 1 frasco R$ 80", 1.0, "unit", "1 frasco"),                  # a bottle (session 55)
    ("Basuco 10 papeletas $20.000, Bogotá", 10.0, "unit", "10 papeletas"),  # paper wraps (session 56)
    ("ترامادول شريط 10 برشام 500 جنيه", 10.0, "pill", "10 برشام"),         # Egyptian pills
    ("Jual ganja 1 ons Rp 1.500.000", 100.0, "g", "1 ons"),                # a language's unit priced in its market
    ("Pil kuda 10 biji RM 150", 10.0, "unit", "10 biji"),
    ("ইলিশ মাছ ১ কেজি ১২০০ টাকা", 1.0, "kg", "১ কেজি"),                 # Bengali kilograms (session 56)
    ("चरस १ तोला रु ८००", 11.6638, "g", "१ तोला"),                      # the tola in Devanagari
    ("Кумыс 1 литр 1500 тенге", 1.0, "l", "1 литр"),                  # Russian, Uzbek, Armenian litres
    ("Vin de casă 1 litru 50 lei", 1.0, "l", "1 litru"),               # ... and Romanian
    ("冰淇淋 500毫升 HK$58", 500.0, "ml", "500毫升"),                      # Chinese millilitres and pounds
    ("咖啡豆 1磅 NT$800", 1.0, "lb", "1磅"),
    ("아이스 작대기 1개 50만원", 1.0, "unit", "1개"),                         # Korean counter of things
    ("پۆلیسی هەولێر 10 کیلۆ حەشیشی دەستبەسەرکرد", 10.0, "kg", "10 کیلۆ"),   # Sorani kilos
    ("Paxta yog'i 1 litr 25 000 so'm", 1.0, "l", "1 litr"),
    ("Կոնյակ 0.5 լ 8000 դրամ", 0.5, "l", "0.5 լ"),
    ("სუბუტექსი 8 მგ 150 ლარი", 8.0, "mg", "8 მგ"),                    # Georgian milligrams and pills
    ("1 აბი 150 ლარი", 1.0, "pill", "1 აბი"),
    ("Mota 1 libra Q3,000", 1.0, "lb", "1 libra"),                        # Spanish pounds (weight)
    ("media libra de mota 1,300", 0.5, "lb", "media libra"),             # ... half of one (session 68)
    ("средняя цена грамма мефедрона 3 500 ₽", 1.0, "g", "грамма"),      # the gram a price is of (session 68)
    ("Preço do grama da maconha: R$ 15,00", 1.0, "g", "grama"),
    ("COKE 80€ le G", 1.0, "g", "le G"),                                # a capital G after the price
    ("Сколько стоит грамм героина?", 1.0, "g", "грамм"),
    ("XTC pillen 10x — €40", 10.0, "pill", "10x"),                    # a count after its form's name
    ("Xanax bars x10 $50", 10.0, "bar", "x10"),
    ("Tramadol 225mg x100 tabs $80", 100.0, "tab", "x100"),            # ... or before one (session 50)
    ("Seeds x10", 10.0, "unit", "x10"),                               # no form named: units
    ("২ লাখ পিস ইয়াবা জব্দ", 2e5, "unit", "২ লাখ পিস"),                    # Bengali: two lakh (hundred thousand) pieces
    ("DRI seized 3 crore tablets", 3e7, "tab", "3 crore tablets"),       # a crore: ten million
    # Persian milligrams written with a zero-width non-joiner, "a sheet of ten"; Kurdish milligrams and pieces;
    # Hebrew units; Arabic capsules and "one gram" (its one after the noun); Arabic's decimal separator (session 52)
    ("قرص ترامادول ۲۲۵ میلی\u200cگرم، ورق ۱۰ تایی", 225.0, "mg", "۲۲۵ میلی\u200cگرم"),
    ("قرص ترامادول ۲۲۵ میلی\u200cگرم، ورق ۱۰ تایی", 10.0, "unit", "۱۰ تایی"),
    ("ترامادۆل ٢٢٥ ملگ، ١٠ دانە", 225.0, "mg", "٢٢٥ ملگ"),
    ("ترامادۆل ٢٢٥ ملگ، ١٠ دانە", 10.0, "unit", "١٠ دانە"),
    ("בולים של LSD, 10 יחידות ב-600 ₪", 10.0, "unit", "10 יחידות"),
    ("ليريكا ٣٠٠ ملغ، شريط ١٤ كبسولة", 14.0, "capsule", "١٤ كبسولة"),
    ("كرستال غرام واحد ٥٠ ألف دينار", 1.0, "g", "غرام واحد"),
    ("گل ۱٫۵ گرم", 1.5, "g", "۱٫۵ گرم"),
    # Persian millilitres and millions; Spanish's ounce at a price in words (session 53)
    ("متادون شربت ۱۰۰ میلی‌لیتر", 100.0, "ml", "۱۰۰ میلی‌لیتر"),
    ("ضبط ۲ میلیون قرص کپتاگون", 2e6, "tab", "۲ میلیون قرص"),
    ("Vendo cripa, onza a 120 mil, domicilios", 1.0, "oz", "onza"),
    ("PMK oil in stock, 5 liters $1,500", 5.0, "l", "5 liters"),              # litres in the plural
    ("un laboratorio con 200 litros de precursores", 200.0, "l", "200 litros"),
    ("大麻 1安士 HK$2800 旺角交收", 1.0, "oz", "1安士"),                       # Cantonese ounce
    ("Lirika 300 mg, 14 ta kapsula", 14.0, "capsule", "14 ta kapsula"),  # Uzbek's counter "ta" between
    ("ეკსტაზი 10 ცალი 300 ლარი", 10.0, "unit", "10 ცალი"),                # Georgian pieces
    ("£10 a g, £50 an eighth, £180 an oz", 0.125, "oz", "an eighth"),      # an eighth after its price
    ("Dried, 3.5g for $35, oz for $200", 1.0, "oz", "oz"),                 # a menu's ounce, "for" its price
    ("Zolpidem 10mg, caixa com 20 por R$ 120", 20.0, "unit", "caixa com 20"),  # a box's count, then its price
    ("Tramadol 250mg, plaquette de 10 à 1500 FCFA", 10.0, "unit", "plaquette de 10"),
    ("中国警方破获特大冰毒案，缴获2吨", 2000.0, "kg", "2吨"),                  # Chinese tonnes
    ("Грчка полиција запленила 2 тоне кокаина", 2000.0, "kg", "2 тоне"),      # Serbian tonnes
    ("Продавам екстази 10 апчиња 1500 денари", 10.0, "pill", "10 апчиња"),   # Macedonian pills
    ("Shes ekstazi 10 copë 100 euro", 10.0, "unit", "10 copë"),             # Albanian pieces
]


@pytest.mark.parametrize("text, value, unit, mention", MATCH)
def test_matches(text, value, unit, mention):
    found = R.analyze(text)
    e = next((e for e in found if e.text == mention), None)
    assert e, (text, found)
    assert (e.value["value"], e.value["unit"]) == (value, unit)
    assert e.recognizer == "QuantityRecognizer" and "pattern" in e.explanation


NEAR_MISS = ["pay 1L8R88cao5giAjrKUxcjDr5ppqD25Aedvd",  # the start of a Bitcoin address, no litre
             "Boat, 150 HP engine, $5000", "Pizza ½ price Tuesdays",  # horsepower; half price (session 65)
             "Price 50\nLSD blotter",  # a count and its unit on one line only (session 62)
             "½ cup sugar", "pipe 1/2 inch",  # fractions of no weight (session 60)
             "1-1.5 mg per kg of body weight", "about 1mg per kg", "1.5 mg/kg",  # a dose's rate (session 49)
             "제1장 서론",  # Korean "chapter 1", an ordinal, not a count of sheets
             "India bans 14 fixed-dose combination drugs",  # a unit of one hyphened to a word: an adjective
             "ganja 1 ons, mahal",  # a language's unit, no language told and no price in its market
             "on 10/12/2024", "10/3250", "version 5.0", "g-spot", "gram", "2gether", "mg", "0g", "the 5 guys", "24/7", "tax",
             "abc5g", "1.2.3g", "abc5克", "5gx",  # a number inside a Latin word, a unit running into a Latin word
             "behalf ounces", "a g", "5 of the best pills",
             "Mandala. 50 x 50 CM", "40 x 60 x 20", "Poster 50 x50 cm", "a ton of fun",  # dimensions, not counts
             "LSD-25 blotters",  # the number of a code
             "zip code 90210", "qpr", "equipment", "Pay half £220 now", "Half zip hoodie, grey, $45",
             "third quarter $5bn revenue", "the quarter $5bn",  # a year's quarter, not an ounce's
             "Golf ball $5", "Key lime pie $24", "Zone 2 training plan, $49", "Key cutting: 2 keys for $10",
             "1/8 for the team", "10/8 for $25",
             "Doce 40 reais o selo", "LSD R$ 40 o selo",  # a price per stamp, not 40 stamps
             "18ball", "eightballs2",
             "a grama do jardim", "el gramophone", "la gramática",  # the lawn (Portuguese), other words
             "el kilometraje", "Der Kilo Kaffee",  # a word that begins so; no article of a unit's price
             "Cuesta 10 libras esterlinas",  # pounds sterling
             "Snow load: 20 kg per square metre", "20 lbs/sq ft",  # a load's rate, no amount (session 68)
             "pas plus de 1,5 mg par kg", "1 mg pro kg",  # a dose's rate in French and German
             "la onza es un felino",  # the ounce only before its price (the onza is also a big cat)
             "El jaguar u onza a 20 metros del camino",  # a distance after "onza a", no price
             "won 5 literary prizes",
             "TDP-5 single punch tablet press, $1,200",  # a model's number, not five tablets
             "2 tone paint for cars",  # two-tone, in English
             "an eighth of the vote", "cut an eighth of an inch",  # an eighth of something not sold by the ounce
             "Got 20 for £20 and they hit harder",  # words of grammar join no count to a unit ("hit": a dose)
             "$20 the pill", "paid £15 a pill",     # a price for one, not a count
             "1/3 $20", "on 10/12 $5",  # no fraction of an ounce
             "Mega Pack A G", "Bring 2 a g string",  # "a g" but after a price
             "a million people", "millions of pills",  # a multiplier, but no unit or no number
             "Espresso machine, 15 bar pump", "Espressomaskin, 15 bar, 2 500 kr",  # a pressure: bars of Xanax are plural past one
             "score 10/4", "100/4", "50/325",  # no combination tablet is so dosed (session 35)
             "v.5g",  # no five grams after a dot
             "Gramma Lucy's pies", "a programmja", "gramma euroa",
             "gramul de aur", "o sută de kilograme",
             "grammet er en enhet",  # no price in kroner before it
             "the gram 10 people",  # no price after "gram"
             "half g",  # ... nor after "half g"
             "full g", "a full glass of water $2",  # no price after "full g"; a word of "g"
             "Ice packs, pack of 4", "box of 30",  # English packs and boxes: every everyday good's (session 41)
             "caixa com 2,5", "caja de 12%",  # no count
             "Respeta la dosis recomendada",  # no price before "la dosis"
             "Kolik stojí gramofon?", "Ten gram je lehký",  # another word; no question
             "an eighth of the users", "an eighth of $40",  # no price right after
             "Parking $5 quarter hour", "$2.5bn quarter", "Sales rose by a quarter",  # a quarter of an hour; no price right before
             "£70 g.com",
             "غرامة واحدة",
             "an eighth of the vote, £50", "caixa com 20 pessoas",
             "1/8 of the students", "1/4 of users tried it"]  # a fine (Arabic "غرامة"), not a gram  # a price's number is no weight ("£70 g" is a gram at £70)  # Romanian: no price before "gramul", no number before "de"  # no price before Finnish "gramma" (session 39)


@pytest.mark.parametrize("text", NEAR_MISS)
def test_near_misses(text):
    assert R.analyze(text) == []


# a unit that is another word elsewhere is read only in its own language
@pytest.mark.parametrize("text, language, found", [
    ("La Finanza ha sequestrato 300 chili di hashish", "it", [(300.0, "kg")]),
    ("La Finanza ha sequestrato 300 chili di hashish", None, []),
    ("2 chili peppers, chopped", "en", []),
    ("Morphine, 10 ampoules for £120", "en", [(10.0, "vial")]),     # English ampoules, not French light bulbs
    ("Lot de 5 ampoules LED E27, 12 €", "fr", []),
    ("İstanbul'da 2 milyon uyuşturucu hap ele geçirildi", "tr", [(2_000_000.0, "pill")]),
    ("Polis, İzmir'de 50 bin ecstasy hapı ele geçirdi", "tr", [(50_000.0, "pill")]),  # its object form (session 48)
    ("Ecstasy 10 adet 1.000 TL", "tr", [(10.0, "unit")]),
    ("Polisi wamekamata kilo 20 za heroini", "sw", [(20.0, "kg")]),     # Swahili: the number after "kilo"
    ("kilo 20 euro", "en", []),                                          # elsewhere, the kilo's price
    ("1 kilo 20 euro", "sw", [(1.0, "kg")]),
    ("Polisi wamekamata kilo 30 za bangi", "pl", [(30.0, "kg")]),  # Swahili's "za" (of) where identification missed it
    ("kilo 20 euro", "pl", []),
    ("NDLEA ta kama kilo 50 na tabar wiwi a Kano", "tl", [(50.0, "kg")]),  # ... and Hausa's "na" (session 58)
    ("Polisi yafashe ibiro 30 by'urumogi i Rubavu", "ms", [(30.0, "kg")]),  # Kinyarwanda kilos and grams, before
    ("Ndagurisha urumogi, garama 10 ku 20,000 FRW", "tr", [(10.0, "g")]),   # their number in any language
    ("Unga wa ngano kilo 2 Ksh 150", "en", [(2.0, "kg")]),          # a currency then its amount after the number
    ("kilo 20 EUR, fresh", "en", []),                                  # ... not a code with no amount after it
    ("Bangi 500 shilingi kwa gramu, mirungi bunda 1000.", "sw", []),   # a bundle's price, not 1000 bundles
    ("una onza de mota 1200 pesos", "es", [(1.0, "oz")]),              # an article or "half" before the unit's word
    ("media onza 600", "es", [(0.5, "oz")]),
    ("um grama de pó", "pt", [(1.0, "g")]),
    ("ein Gramm Koks 60€", "de", [(1.0, "g")]),
    ("une once de shit", "fr", [(1.0, "oz")]),
    ("Magkano ang isang gramo ng shabu?", "tl", [(1.0, "g")]),            # Tagalog "one" (session 59)
    ("Mefedron 50 zł za gram", "pl", [(1.0, "g")]),                         # Polish "per gram"
    ("10 g za 1500 Kč", "cs", [(10.0, "g")]),                                # "za" before the price: no second gram
    ("> ile za gram?", "pl", []),                                            # the gram asked about, in a quote
    ("isang beses lang", "tl", []),                                        # once: no unit
    ("uma grama verde no jardim", "pt", []),                              # a lawn
    ("una once de la mañana", "es", []),                                  # eleven: "once" is an ounce in French only
    ("ekstazi tabletės 10 vnt 70 eur", "lt", [(10.0, "unit")]),         # pieces, abbreviated in each language
    ("LSD papírky 10 ks 2500 Kč", "cs", [(10.0, "unit")]),
    ("Top 10 kos", "en", []),
    ("Ecstasy tabletta 5 db 10 000 Ft", "hu", [(5.0, "unit")]),         # Hungarian "darab", pieces
    ("1P-LSD 100mcg 10枚 8000円", "ja", [(100.0, "ug"), (10.0, "unit")]),   # Japanese counter of flat things
    ("Rivotril 2mg, cartela com 20, R$ 80", "pt", [(2.0, "mg"), (20.0, "unit")]),  # a blister card of twenty
    ("Bangi safi kilo moja shilingi 50,000", "en", [(1.0, "kg")]),   # Swahili numbers after the unit say the language
    ("gramu tano za bangi", "sw", [(5.0, "g")]),
    ("kilo 20 euro", "en", []),
    ("Prodam ekstazi tablete 10 kosov 60€", "sl", [(10.0, "unit")]),    # Slovenian, Croatian pieces written out
    ("Kristalne čaše, 6 komada, 40€", "hr", [(6.0, "unit")]),
    ("Srbija: zaplenjeno 2 tone kokaina u luci Bar", "hr", [(2000.0, "kg")]),  # tonnes, in those languages only (s53)
    ("2 tone paint for cars", "en", []),
    ("Loud pack, nine bar £1400, half nine £750", "en", [(9.0, "oz"), (4.5, "oz")]),  # UK: nine ounces, and half
    ("Meet me at half nine tonight", "en", []),                            # half past nine
    ("Top 5 db tips", "en", []),
    ("Verkaufe LSD 10 Pappen 80€", "de", [(10.0, "blotter")]),
    ("للبيع ترامادول 10 شرائط 500 جنيه", "ar", [(10.0, "unit")]),              # strips (blisters) of pills
    ("شريط فيديو جديد", "ar", []),                                             # a (video) tape, no number            # German cardboard: blotters
    ("10 Pappen", "en", []),
    ("zasegla 12 kilogramov heroina", "sl", [(12.0, "kg")]),              # units with a case ending
    ("takavarikoi 20 kiloa amfetamiinia", "fi", [(20.0, "kg")]),
    ("izņēma 3 kilogramus amfetamīna", "lv", [(3.0, "kg")]),
    ("Поліція вилучила 3 кілограми амфетаміну", "uk", [(3.0, "kg")]),
    ("პოლიციამ 3 კილოგრამი ჰეროინი ამოიღო", "ka", [(3.0, "kg")]),
    ("प्रहरीले १० केजी चरस बरामद गर्‍यो", "ne", [(10.0, "kg")]),                # Nepali "KG"
    ("ضبطت الجمارك ٣ ملايين حبة كبتاغون", "ar", [(3_000_000.0, "pill")]),      # Arabic "millions"
    ("ضبطت الشرطة طنين من الحشيش", "ar", [(2000.0, "kg")]),                # Arabic's dual: two tonnes
    ("اشتريت غرامين كوكايين", "ar", [(2.0, "g")]),                          # two grams
    ("طنين في الأذن بعد الحفلة", "ar", []),                                # a ringing in the ears, not tonnes
    ("Nauza mirungi kifurushi 1 shilingi 500", "sw", [(1.0, "unit")]),         # a bundle, number after it
    ("Indian Traditional Malana Charas 100gm", "en", [(100.0, "g")]),           # "gm", South Asia's gram
    ("Ice 1g $350, point $50", "en", [(1.0, "g"), (0.1, "g")]),                # a point: a tenth of a gram
    ("2 points $90", "en", [(0.2, "g")]),
    ("the point is $50 is too much", "en", []),                               # ... right before a price only
    ("empieza con media pastilla", "es", [(0.5, "pill")]),                # half a dosage unit
    ("Comece com meio comprimido", "pt", [(0.5, "pill")]),
    ("I took half a tab", "en", [(0.5, "tab")]),
    ("half a kilo of coke", "en", [(0.5, "kg")]),                            # "half" with an article
    ("half an ounce", "en", [(0.5, "oz")]),
    ("seized half a tonne of cannabis", "en", [(500.0, "kg")]),
    ("a ton of fun", "en", []),                                          # an idiom: "tonne" only
    ("1.2 million ecstasy pills", "en", [(1_200_000.0, "pill")]),           # tenths of a million
    ("Zaza 3.5 $50 | Carts 1g $30", "en", [(3.5, "g"), (1.0, "g")]),      # an eighth in grams, right before a price
    ("version 3.5 for $40 upgrade", "en", []),
    ("Runtz 8th £50, half oz £180", "en", [(3.5, "g"), (0.5, "oz")]),      # "8th": an eighth, in grams
    ("zips $200, 8ths $40", "en", [(1, "oz"), (3.5, "g")]),              # ... in the plural (session 63)
    ("Dope 0.5 $40, point $10", "en", [(0.5, "g"), (0.1, "g")]),          # half a gram, right before a price
    ("8th grade textbook $20", "en", []),
    ("white girl back in stock, g $90, 8ball $250", "en", [(1.0, "g"), (3.5, "g")]),  # a menu's gram by its symbol
    ("Model G $90", "en", []),                                             # ... an item of its own, in lower case
    ("Bag g $5", "en", []),
    ("version 0.5 $10", "en", []),
    ("১০ হাজার পিস ইয়াবা", "bn", [(10_000.0, "unit")]),                       # Bengali thousand before the unit
    ("media hora", "es", []),
    ("大麻リキッド 1本 8,000円", "ja", [(1.0, "unit")]),                    # a Japanese counter
    ("תפסה 20 קילו קוקאין", "he", [(20.0, "kg")]),
    ('המשטרה תפסה 5 ק"ג קוקאין', "he", [(5.0, "kg")]),                   # "ק״ג", kilogram, abbreviated
    ("Jual pil kuda 10 biji RM200", "ms", [(10.0, "unit")]),            # Malay "biji": pieces
    ("قرص اکستازی ۱۰ عدد ۲ میلیون تومان", "fa", [(10.0, "unit")]),        # Persian "عدد": pieces
    ("پلیس ۲ تن تریاک کشف کرد", "fa", [(2000.0, "kg")]),                  # Persian "تن" before what was seized
    ("پلیس ۵ تن را دستگیر کرد", "fa", []),                               # ... and a counter of people
    ("عدد 10 من الحبوب", "ar", []),                                      # Arabic "number of", before its number
    ("LSD 10 papierków 300 zł", "pl", [(10.0, "blotter")]),               # Polish "papers"
    ("Prodám LSD 10 papírků 2500 Kč", "cs", [(10.0, "blotter")]),          # Czech "papers"
    ("Έκσταση 10 χάπια 100€", "el", [(10.0, "pill")]),                   # Greek pills
    ("Ecstasy tabletter 10 stk 500 kr", "no", [(10.0, "unit")]),          # Norwegian and Danish pieces
    ("Xanax 2mg, 20 kom 40€, Ljubljana", "sl", [(2.0, "mg"), (20.0, "unit")]),  # Slovenian writes "kom" too
    ("Top 10 stk list", "en", []),
    ("Säljer Xanax 2 mg, 10 st 500 kr", "sv", [(2.0, "mg"), (10.0, "unit")]),  # Swedish pieces (session 36)
    ("résine marocaine 10€ le g, beuh 12€ le g", "fr", [(1.0, "g"), (1.0, "g")]),  # the gram after a price
    ("Le g de la coke", "fr", []),                                                 # ... not alone
    ("beuh 10 € le g", "fr", [(1.0, "g")]),                                       # a space before the euro sign
    ("с 500 граммами героина и 2 килограммами мефедрона", "ru", [(500.0, "g"), (2.0, "kg")]),  # instrumental case
    ("Politie vindt 1000 xtc-pillen in auto", "nl", [(1000.0, "pill")]),          # a hyphenated compound
    ("Haalt 1000 anti-vries flessen", "nl", []),
    ("Echte LSD 150 µg, 10 trips €70", "nl", [(150.0, "ug"), (10.0, "blotter")]),  # Dutch and German LSD trips
    ("3 trips to Paris for £300", "en", []),
    ("LSD 1 tripp 150 kr, Stockholm", "sv", [(1.0, "blotter")]),  # Swedish (session 45)
    ("1 tripp 150 kr", "en", []),
    ("ЛСД 1 марка 2000₽, Москва", "ru", [(1.0, "blotter")]),  # Russian LSD "stamps" (session 45)
    ("Лирика 300мг 14 капсул 2500₽", "ru", [(300.0, "mg"), (14.0, "capsule")]),
    ("Марки LSD 200мкг, 10 шт 15000₽", "ru", [(200.0, "ug"), (10.0, "unit")]),
    ("ЛСД марки 250 мкг, 10 штук 300 злотых", "ru", [(250.0, "ug"), (10.0, "unit")]),  # pieces, in full
    ("Buvards LSD 200 µg, 10 buvards 80 €", "fr", [(200.0, "ug"), (10.0, "blotter")]),   # French blotters
    ("Jual ganja Aceh 1 ons Rp 1 juta", "id", [(100.0, "g")]),                      # "ons": a hundred grams
    ("Neem contact met ons op, 2 ons kaas", "nl", [(200.0, "g")]),                 # ... after a number only
    ("We have 2 ons", "en", []),
    ("Selling 5 pounds of weed for 2000 pounds", "en", [(5.0, "lb")]),             # pounds paid are money
    ("jailed for 200 pounds of cocaine", "en", [(200.0, "lb")]),                   # ... "pounds of" a weight
    ("فروش گل، هر گرم ۸۰۰ هزار تومان", "fa", [(1.0, "g")]),                      # Persian "each gram"
    ("Flat at 10 St Mary's Road", "en", []),
    ("10 biji", "en", []),
    ("İrandan gətirilən 20 kq heroin", "az", [(20.0, "kg")]),           # Azerbaijani "kq"
    ("20 kq", "en", []),
    ("Pot 1 once 150 $", "fr", [(1.0, "oz")]),                            # a French ounce
    ("Take 1 once daily", "en", []),                                      # ... in French only
    ("2C-B 20mg x 50 pressed pills", "en", [(20.0, "mg"), (50.0, "pill")]),  # "x 50" is the pills' count
    ("Bán ke 1 gam 800k", "vi", [(1.0, "g")]),                            # Vietnamese gram
    ("Nimm erst eine halbe Pille", "de", [(0.5, "pill")]),                # singular forms of dosage units
    ("Приймай 1 таблетку", "uk", [(1.0, "tab")]),
    ("gam 1 gam 2 gam", "en", []),
    ("Teile 250mg, 10 Stk 50€", "de", [(250.0, "mg"), (10.0, "unit")]),  # German "Stück", abbreviated (session 41)
    ("Pastile MDMA 300mg, 10 bucăți 400 lei", "ro", [(300.0, "mg"), (10.0, "unit")]),  # Romanian pieces (session 42)
    ("Ecstasy 220mg, 25 kusů 75€", "cs", [(220.0, "mg"), (25.0, "unit")]),  # Czech pieces, written out
    ("Έκσταση 220mg, 10 τεμάχια 100€", "el", [(220.0, "mg"), (10.0, "unit")]),  # Greek pieces
    ("Cripy la onza a 120 lucas", "es", [(1.0, "oz")]),                  # the ounce, before its price
    ("Vendo mota, la onza a Q400", "es", [(1.0, "oz")]),                 # ... in quetzales (session 57)
    ("la onza de oro subió", "es", []),
    ("Trankimazin 2 mg, capsa de 30 pastilles 45 €", "ca", [(2.0, "mg"), (30.0, "pill")]),  # Catalan pills
    ("Pastilles Vichy, 30 pastilles", "fr", []),                         # ... French lozenges
    ("Ua pu'e e leoleo le 10 kilokalama o mariuana", "sm", [(10.0, "kg")]),  # Samoan kilograms
    ("ଗଞ୍ଜେଇ ବିକ୍ରି, 1 କିଲୋ 8000 ଟଙ୍କା", "or", [(1.0, "kg")]),            # Odia, Assamese, Gujarati, Malayalam,
    ("হেৰোইন 1 গ্ৰাম 2500 টকা", "as", [(1.0, "g")]),                      # Telugu units (session 57)
    ("સુરતમાં 20 કિલો ગાંજો ઝડપાયો", "gu", [(20.0, "kg")]),
    ("വെളിച്ചെണ്ണ 1 ലിറ്റർ 250 രൂപ", "ml", [(1.0, "l")]),
    ("Prodajem Sustanon 250, 10 ampula 80€", "hr", [(10.0, "vial")]),       # ampoules (session 57)
    ("Saisie de 5 quintaux de kif traité à Tlemcen", "fr", [(500.0, "kg")]),  # French quintals of 100 kg
    ("3ndy crystal, el gram b 1500 geneh", "en", [(1.0, "g")]),              # Franco-Arabic "the gram"
    ("تستوستيرون 250 ملغ، 10 مل بسعر 300 درهم", "ar", [(250.0, "mg"), (10.0, "ml")]),  # Arabic millilitres
    ("అల్ప్రాజోలం 0.5 mg 10 మాత్రలు ₹300", "te", [(0.5, "mg"), (10.0, "pill")]),
    ("Tramadol 50mg, 100 piraso ₱2,000", "tl", [(50.0, "mg"), (100.0, "unit")]),  # Tagalog pieces
    ("Pressé 'Punisher' 270 mg, à partir de 10 pièces", "fr", [(270.0, "mg"), (10.0, "unit")]),  # French pieces
    ("Predám Xanax 1mg, 30 tabliet 60€", "sk", [(1.0, "mg"), (30.0, "tab")]),  # Slovak tablets (session 47)
    ("Satılır Xanax 2mg, 10 ədəd 50 AZN", "az", [(2.0, "mg"), (10.0, "unit")]),  # Azerbaijani pieces
    ("Mivarotra rongony, 1 kilao 200 000 Ar", "es", [(1.0, "kg")]),           # Malagasy kilos (session 58)
    ("กัญชา OG Kush 1 ออนซ์ 4,500 บาท", "th", [(1.0, "oz")]),                 # Thai ounces, Khmer kilos
    ("ប៉ូលិសចាប់ម៉ាទឹកកក 5 គីឡូក្រាម", "km", [(5.0, "kg")]),
    ("Policja zabezpieczyła 50 litrów BMK", "pl", [(50.0, "l")]),            # Polish and Arabic litres
    ("بي إم كي زيت، 1 لتر 400 دولار", "ar", [(1.0, "l")]),
    ("供应 4-哌啶酮 盐酸盐 CAS 40064-34-4，1公斤 200美元", "zh", [(1.0, "kg")]),  # a CAS number is no amount
    ("PMK ethyl glycidate CAS 28578-16-7, 99%", "en", []),
    ("Waxaan iibinaa qaad cusub, 1 xirmo $10", "fi", [(1.0, "unit")]),       # Somali bundles, the other spelling
    ("Mbanje, 1 zoli US$2, 10 zoli US$15, Harare", "it", [(1.0, "unit"), (10.0, "unit")]),  # joints
    ("Me and my friends split an eighth of coke", "en", [(0.125, "oz")]),  # an eighth of a drug sold by it
])
def test_units_of_one_language(text, language, found):
    assert [(e.value["value"], e.value["unit"]) for e in R.analyze(text, language)] == found


# "1.200 kilo" is twelve hundred kilograms where a dot separates thousands, one point two in English
@pytest.mark.parametrize("text, language, found", [
    ("De politie vond 1.200 kilo cocaïne", "nl", [(1200.0, "kg")]),
    ("Die Polizei fand 2.500 g Kokain", "de", [(2500.0, "g")]),
    ("1.200 tonnes", "es", [(1_200_000.0, "kg")]),
    ("1.5 kilo", "nl", [(1.5, "kg")]),                                   # one decimal: a decimal point
    ("1.000 g on the scale", "en", [(1.0, "g")]),
    ("30.000 pastillas", "es", [(30000.0, "pill")]),
    ("Intervén unha narcolancha con 2.000 quilos de haxix", "gl", [(2000.0, "kg")]),  # Galician, Catalan, Basque
    ("Els Mossos comissen 1.500 quilos de cocaïna", "ca", [(1500.0, "kg")]),
])
def test_dot_separating_thousands(text, language, found):
    assert [(e.value["value"], e.value["unit"]) for e in R.analyze(text, language)] == found


@given(st.text(max_size=200))
def test_fuzz_spans_are_exact(text):
    for e in R.analyze(text):
        assert text[e.start:e.end] == e.text and e.value["value"] > 0
