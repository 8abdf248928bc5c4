import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from patrol.knowledge.kb import KnowledgeBase
from patrol.knowledge.resolver import Resolver
from patrol.recognizers.substance import SubstanceRecognizer


@pytest.fixture(scope="module")
def rec():
    return SubstanceRecognizer(Resolver(KnowledgeBase.load()))


MATCH = [
    ("5g MDMA crystals 84%", "MDMA", "mdma"),
    ("500mg White DMT 99%", "DMT", "dmt"),            # a name beats the street slang containing it
    ("20 Pfizer Xanax Bars2mg", "Xanax", "alprazolam"),
    ("ICE 2 gr.", "ICE", "methamphetamine"),           # ordinary word next to a quantity
    ("molly 1g 40 EUR", "molly", "mdma"),
    ("Boy $100 a gram, Philly, text 267 318 4421", "Boy", "heroin"),  # boy is heroin (girl cocaine) (session 65)
    ("Lady H back in stock, 1g £60, Glasgow", "Lady H", "heroin"),
    ("Vendor info: Indian K, 98%, 10g £200", "Indian K", "ketamine"),  # British slang for ketamine (session 69)
    ("Фенибут 250мг, 20 таблеток 800р", "Фенибут", "phenibut"),       # Russian (session 69)
    ("Name: Molly 1g £40, Snap: molly_ldn", "Molly", "mdma"),   # a naming word, an amount after: a menu's item
    ("haircut 3.5g $40", "haircut", "cannabis"),              # the street lists' haircut beside a weight
    ("Buy c0caine here", "c0caine", "cocaine"),        # digits for letters, read in running text too
    ("Купить мефедрон 1г", "мефедрон", "mephedrone"),
    ("амф 1г 1500₽", "амф", "amphetamine"),  # Russian's short name (session 66)
    ("se incluyen la isotonitazena y la metonitazena en la Lista I", "isotonitazena", "isotonitazene"),  # Spanish
    ("сocaine 1g", "сocaine", "cocaine"),              # Cyrillic homoglyph
    ("Мeфедрон 1г 2500₽", "Мeфедрон", "mephedrone"),   # a Latin e in a Russian name
    ("5F-MDMB-PICA 10g", "5F-MDMB-PICA", "5f-mdmb-pica"),
    ("m-d-m-a pills", "m-d-m-a", "mdma"),
    ("Полиция изъяла партию мефедрона", "мефедрона", "mephedrone"),  # Russian case ending
    ("Сколько героиновых наркоманов в России?", "героиновых", "heroin"),  # ... and the adjective in "-ов-" (session 37)
    ("Esketamin-Nasenspray wird häufiger verschrieben", "Esketamin", "ketamine"),  # INN translations of esketamine
    ("Metanfetamin 1g 150 ringgit, Kuala Lumpur", "Metanfetamin", "methamphetamine"),  # Malay (session 45)
    ("Смертность от опиатов растёт", "опиатов", "opioids"),              # Russian "opiates" (session 45)
    ("Sihirli mantarlar yasa dışı mı?", "Sihirli mantarlar", "psilocybin-mushrooms"),  # Turkish magic mushrooms
    ("자낙스 2mg 10정 20만원 서울", "자낙스", "alprazolam"),                # Korean Xanax (session 46)
    ("에토미데이트 전자담배 팟 1개 15만원", "에토미데이트", "etomidate"),      # Korean etomidate vapes (session 63)
    ("Продам бромазолам 1мг, 30 таблеток", "бромазолам", "bromazolam"),   # Russian (session 63)
    ("Nieve colombiana 1g 60€, Madrid", "Nieve", "cocaine"),             # Spanish snow, beside its amount
    ("Neige pure 1g 70€, livraison Paris", "Neige", "cocaine"),
    ("Sprzedam trawę 5g 200 zł", "trawę", "cannabis"),                    # Polish grass, its accusative
    ("Полиция: магазины шишек в Telegram, 1г 1500₽", "шишек", "cannabis"),  # ... and the buds' genitive
    ("Il governo vuole vietare i fiori di canapa light.", "canapa light", "cannabis"),
    ("Миксы (курительные смеси) 1г 1500₽", "курительные смеси", "synthetic-cannabinoids"),  # smoking blends
    ("ハーブ 3g 5000円、10g 15000円", "ハーブ", "synthetic-cannabinoids"),   # herbal incense beside its weight
    ("Die Polizei warnt vor synthetischen Cannabinoiden", "synthetischen Cannabinoiden", "synthetic-cannabinoids"),
    ("MDMA_crystal 5g €50", "MDMA", "mdma"),            # a drug's own name joined by an underscore
    ("幻覚キノコ、海外では治療薬として研究が進む", "幻覚キノコ", "psilocybin-mushrooms"),  # Japanese
    ("Легалізація канабісу в Україні", "канабісу", "cannabis"),        # Ukrainian, with its case ending
    ("Shes heroinë 1g 40€, Tiranë", "heroinë", "heroin"),              # translations (session 47): Albanian
    ("Jual cendawan ajaib 5g RM150", "cendawan ajaib", "psilocybin-mushrooms"),  # Malay
    ("کیٹامین 1 گرام 5000 روپے", "کیٹامین", "ketamine"),              # Urdu
    ("Latvijā pieaug fentanila izraisīto nāves gadījumu skaits", "fentanila", "fentanyl"),  # Latvian genitive
    ("ザナックス 2mg 10錠 1万円", "ザナックス", "alprazolam"),                  # Japanese Xanax
    ("Ibuprofeno 400 mg, 20 comprimidos", "Ibuprofeno", "ibuprofen"),     # Spanish and Portuguese (session 55)
    ("옥시코돈 10mg 20정 40만원", "옥시코돈", "oxycodone"),                    # Korean oxycodone
    ("دراسة: السيلوسيبين قد يساعد في علاج الاكتئاب", "السيلوسيبين", "psilocybin-mushrooms"),  # Arabic, with its article
    ("Metadonas 10 tablečių 60€, Vilnius", "Metadonas", "methadone"),    # Lithuanian
    ("Εκστασι χάπια 10 τεμάχια 80€", "Εκστασι", "mdma"),                  # Greek, unaccented (session 46)
    ("Metadonska terapija u Hrvatskoj", "Metadonska", "methadone"),      # Croatian adjective
    ("הפנטניל הוא הגורם המוביל למוות", "הפנטניל", "fentanyl"),             # Hebrew, with the article (session 38)
    ("Politiet advarer mot syntetiske cannabinoider", "syntetiske cannabinoider", "synthetic-cannabinoids"),
    ("Police seize marijuana plantation in Kent", "marijuana", "cannabis"),  # frequent as the drug's own name
    ("Ice Cream Cake 7g $70, QP $520", "Ice Cream Cake", "cannabis"),      # a strain, not the phrase "ice cream"
    ("Vendo lança R$ 50 o frasco", "lança", "inhalants"),                  # lança-perfume, with market context
    ("Quem lembra do lança-perfume no Carnaval?", "lança-perfume", "inhalants"),  # its full name, in any context
    ("how Telegram weed menus replaced dealers", "weed", "cannabis"),      # a platform's name is no product's
    ("Paddo truffels 15 gram €20", "Paddo", "psilocybin-mushrooms"),      # Dutch (session 55)
    ("Houston lean 4oz $150", "lean", "codeine"),                          # codeine syrup, with market context
    ("Zamal péi 5 g 50 €, Saint-Denis", "Zamal", "cannabis"),              # Réunion's (session 55)
    ("Suruma 1 saco 500 MT, Maputo", "Suruma", "cannabis"),               # Mozambique's
    ("Urumogi 5 g 10,000 RWF, Kigali", "Urumogi", "cannabis"),             # Kinyarwanda
    ("هیروئین ۱ گرم ۲ میلیون تومان", "هیروئین", "heroin"),                 # Persian, with its hamza
    ("ترياک ۵ گرام ۱۰۰۰ افغانۍ، کندهار", "ترياک", "opium"),                # Pashto, with Arabic yeh
    ("Jaadka iyo caafimaadka", "Jaadka", "khat"),                          # Somali, with its article
    ("Shisha flavours and chat leaves", "chat leaves", "khat"),
    ("Chimique 1 g 20 €, Mamoudzou", "Chimique", "synthetic-cannabinoids"),  # Mayotte's, with market context
    ("Mayotte : l'Artane détourné par les jeunes", "Artane", "trihexyphenidyl"),
    ("Le nombre de décès liés aux opioïdes augmente", "opioïdes", "opioids"),  # the class, in French
    ("отравлений синтетическими опиоидами", "опиоидами", "opioids"),  # ... in Russian, and others (session 39)
    ("Tullverket: smugglingen av syntetiska opioider ökar", "opioider", "opioids"),
    ("Mam na sprzedaż kokę, 1 g 300 zł", "kokę", "cocaine"),   # a Polish accusative
    ("Sprzedam skuna, 5 g 200 zł", "skuna", "cannabis"),        # Polish "skun" (skunk)
    ("Tengo coca rosada 1g 40€", "coca rosada", "tusi"),
    ("La hoja de coca es patrimonio cultural", "hoja de coca", "coca-leaf"),  # coca leaf in Spanish and Portuguese,
    ("O chá de folha de coca é legal na Bolívia", "folha de coca", "coca-leaf"),  # a translation (session 60)
    ("Oxandrolona 10mg, 100 comprimidos R$ 180", "Oxandrolona", "oxandrolone"),  # performance drugs' names in more
    ("GH (somatropina) 100 UI por R$ 900", "somatropina", "somatropin"),          # languages (session 60)
    ("metanabol 10 mg 100 tabletek 90 zł", "metanabol", "methandrostenolone"),    # a Polish brand
    ("продавца анаболических стероидов", "анаболических стероидов", "anabolic-steroids"),
    ("Clenbuterolo 40mcg 100 compresse 35€", "Clenbuterolo", "clenbuterol"),
    ("при передозировке нитазенами", "нитазенами", "nitazenes"),
    ("Subua myynnissä, 8mg 40€ kpl", "Subua", "buprenorphine"),  # Finnish street words (session 60)
    ("Happoa 150µg lappu 15€", "Happoa", "lsd"),
    ("oxýkódoni", "oxýkódoni", "oxycodone"),                        # Icelandic
    ("got extacy pills 220mg, 10 for £40", "extacy", "mdma"),  # misspellings, curated (session 60)
    ("exstacy pills 10 for $80, Miami", "exstacy", "mdma"),       # ... more of them (session 65)
    ("mdmaa crystals 1g $50, NYC", "mdmaa", "mdma"),
    ("shroms 3.5g $30, Denver", "shroms", "psilocybin-mushrooms"),
    ("ketamien therapy for depression, anyone tried it?", "ketamien", "ketamine"),
    ("if you use opiods, never use alone", "opiods", "opioids"),
    ("tramadool 225mg x100 $90", "tramadool", "tramadol"),
    ("MENU\n~ COKE ~\n1g ........ £80\n~ KET ~\n1g ........ £30", "COKE", "cocaine"),  # a heading on its line
    ("Hasjiesj 5 gram €45, Antwerpen", "Hasjiesj", "cannabis"),  # Dutch spelling of hashish
    ("Keta 1g 30€, Wien", "Keta", "ketamine"),                 # ... priced as the drug is
    ("Vendo farla, 1 gramo 70€, Valencia", "farla", "cocaine"),  # Spain's "farla" (session 40)
    ("Miten buprenorfiini päätyy katukauppaan?", "buprenorfiini", "buprenorphine"),  # medicines' names in Finnish,
    ("Η οξυκωδόνη είναι οπιοειδές", "οξυκωδόνη", "oxycodone"),                  # Greek and Romanian
    ("Consumul de metadonă a crescut", "metadonă", "methadone"),
    ("задержан с кокаином", "кокаином", "cocaine"),
    ("продажа марихуаны", "марихуаны", "cannabis"),           # stem of a name ending in a vowel
    ("1g green crack $10", "green crack", "cannabis"),        # a strain, not "green" + an everyday noun
    ("DHE 10mg ampoules", "DHE", "dihydroetorphine"),         # the acronym as written
    ("thc vape cart 1g $35", "thc", "cannabis"),              # in lower case beside market words
    ("Sativa Canna Tabs", "Sativa", "cannabis"),              # every word capitalised: capitals say nothing
    ("500 XTC Green Doraemon", "XTC", "mdma"),                # a count of the thing named is market context
    ("QP of Blue Dream", "Blue Dream", "cannabis"),           # a multi-word strain name; QP = quarter pound
    ("Pink Tesla pills 220mg, 10 for £40", "Tesla pills", "mdma"),  # a pressed pill's logo with its pill word
    ("Punisher pills 280mg", "Punisher pills", "mdma"),
    ("10G AMT Import", "AMT", "alphamt"),
    ("shards 5g £60", "shards", "methamphetamine"),
    ("Distillate 1g $30, Denver", "Distillate", "cannabis"),      # no drug named before it: the concentrate
    ("Kokaiinin käyttö on lisääntynyt", "Kokaiinin", "cocaine"),   # a Finnish genitive (curated forms)
    ("Les stéroïdes anabolisants circulent", "stéroïdes anabolisants", "anabolic-steroids"),                     # a formal name, though "amt" is also street slang
    ("Crack dispo sur Marseille, 20€ la galette, livraison 24h/24", "Crack", "cocaine"),  # French market words, a price
    ("Tengo perico, envíos a toda la CDMX, precio por mensaje", "perico", "cocaine"),     # Spanish
    ("Jual sabu dan ekstasi, 1 gram 1,5 juta", "sabu", "methamphetamine"),            # Indonesian
    ("Jual pil kuda 10 biji RM200", "pil kuda", "methamphetamine"),                  # Malay: "horse pill", yaba
    ("Vendo pasta básica 10 gramos a 50 soles", "pasta básica", "cocaine"),          # coca paste, Peru
    ("Pressed bars 2mg $5 each", "Pressed bars", "alprazolam"),                      # counterfeit Xanax
    ("Loud pack 1 zip ₦45,000, Lagos", "Loud pack", "cannabis"),                     # Nigerian
    ("Satılık bonzai ve esrar, gramı 500 TL", "bonzai", "synthetic-cannabinoids"),      # Turkish
    ("synthetic cannabinoid receptor agonists in prisons", "synthetic cannabinoid receptor agonists",
     "synthetic-cannabinoids"),
    ("Tusi rosado premium, 1 gramo", "Tusi rosado", "tusi"),
    ("Sprzedam dopalacze, wysyłka paczkomat", "dopalacze", "new-psychoactive-substances"),
    ("legal highs sold in head shops", "legal highs", "new-psychoactive-substances"),
    ("kary za handel dopalaczami", "dopalaczami", "new-psychoactive-substances"),  # Polish instrumental
    ("Säljer gräs, 1g 120 kr", "gräs", "cannabis"),                                  # Swedish, beside an amount
    ("Doce 40 reais o selo", "Doce", "lsd"),                  # an ordinary word beside a price in reais
    ("bath salts 1g €30, stealth shipping", "bath salts", "synthetic-cathinones"),  # "bath salts" is no phrase
    ("경찰은 대마초를 압수했다", "대마초를", "cannabis"),      # a Korean particle: the mention is the whole word
    ("ضبط الكوكايين في الميناء", "الكوكايين", "cocaine"),     # the Arabic article, likewise
    ("Parduodu kokainą, 1g 80€", "kokainą", "cocaine"),       # Lithuanian accusative
    ("Vallies 100 for £40", "Vallies", "diazepam"),           # Scottish slang
    ("eccies £5 each", "eccies", "mdma"),
    ("hald á 10 kíló af kókaíni", "kókaíni", "cocaine"),      # Icelandic dative
    ("கஞ்சா விற்பனைக்கு", "கஞ்சா", "cannabis"),               # Tamil
    ("గంజాయి 5 గ్రాములు ₹1500", "గంజాయి", "cannabis"),                  # Telugu
    ("കഞ്ചാവ് 10 ഗ്രാം ₹2500", "കഞ്ചാവ്", "cannabis"),                  # Malayalam
    ("ચરસ 10 ગ્રામ ₹3500", "ચરસ", "cannabis"),                          # Gujarati charas
    ("चरेस १० ग्राम रु ५०००, काठमाडौं", "चरेस", "cannabis"),               # Nepali charas
    ("பஞ்சாப்பில் ஹெராயின் பயன்பாடு அதிகரிப்பு", "ஹெராயின்", "heroin"),    # Tamil heroin
    ("Malana cream 10g ₹6000, Kasol", "Malana cream", "cannabis"),      # Himachal hashish
    ("Chanvre indien 10 g 3000 FCFA, Lomé", "Chanvre indien", "cannabis"),  # West Africa's "Indian hemp"
    ("Mawijuana 1 sachè 500 goud, Pòtoprens", "Mawijuana", "cannabis"),  # Haitian Creole
    ("Kayn l7achich ktami, 10g b 200dh", "l7achich", "cannabis"),  # Moroccan Arabic in Latin letters
    ("Продајем спид, 1500 дин/г", "спид", "amphetamine"),    # an ordinary word ("СПИД": AIDS) beside a price
    ("ယာဘ ရောင်းမည်", "ယာဘ", "methamphetamine"),              # Burmese: no spaces between words
    ("Վաճառվում է մարիխուանա", "մարիխուանա", "cannabis"),     # Armenian
    ("Yokes €10 each", "Yokes", "mdma"),                      # Irish slang, an ordinary word beside a price
    ("野菜あります 1g 6000円", "野菜", "cannabis"),              # "vegetables", beside an amount
    ("a new batch of golden teachers, 1oz for $150", "golden teachers", "psilocybin-mushrooms"),  # a mushroom strain
    ("κατάσχεση κοκαΐνης στο λιμάνι", "κοκαΐνης", "cocaine"),  # Greek genitive; the α inside is a letter, not "alpha"
    ("ამოიღო 3 კილოგრამი ჰეროინი", "ჰეროინი", "heroin"),       # Georgian
    ("Vendo tussi rosado, 1 gramo", "tussi", "tusi"),           # a spelling with two s
    ("Nou vann kokayin, 1 gram 5000 goud", "kokayin", "cocaine"),  # Haitian Creole
    ("3andi l7chicha mzyana, 10g b 100dh", "l7chicha", "cannabis"),  # Darija in Latin letters and digits
    ("Good sensi fi sell, half ounce $8000 JMD", "sensi", "cannabis"),  # Jamaican
    ("Sprzedam łysiczki 10g 150 zł", "łysiczki", "psilocybin-mushrooms"),  # Polish, Psilocybe
    ("Ready tembakau sintetis 5 gram 300rb", "tembakau sintetis", "synthetic-cannabinoids"),  # Indonesian
    ("Tengo cristal, entrego en Tijuana", "cristal", "methamphetamine"),  # Mexican market words
    ("7-OH tablets 15mg, 3ct blister", "7-OH", "7-hydroxymitragynine"),    # kratom's alkaloid, beside an amount
    ("HHC-P gummies 25mg x 10", "HHC-P", "hexahydrocannabiphorol"),       # not HHC with a suffix
    ("10-OH-HHC Blüten 5g", "10-OH-HHC", "10-hydroxy-hexahydrocannabinol"),
    ("HHCH リキッド 1ml", "HHCH", "hexahydrocannabihexol"),
    ("tranq dope 1g", "tranq", "xylazine"),
    ("Big restock on benzos", "benzos", "benzodiazepines"),          # a class, by its street name
    ("Polis rampas 30 kg syabu di Johor", "syabu", "methamphetamine"),  # Malay
    ("pressies $10 each", "pressies", "mdma"),                          # pressed pills, in a market
    ("verkaufe Pilze 5g 40€", "Pilze", "psilocybin-mushrooms"),
    ("Vendo cogollos 5 gramos a 25 lucas", "cogollos", "cannabis"),   # buds (Chile), in a market
    ("අයිස් ග්‍රෑම් 1 රු. 20000", "අයිස්", "methamphetamine"),          # Sinhala "ice"
    ("ตำรวจยึดไอซ์ 500 กิโลกรัม", "ไอซ์", "methamphetamine"),            # Thai "ice"
    ("떨 1g 15만원", "떨", "cannabis"),                                  # Korean street word, a whole token
    ("Uncle_Fester_-_Secrets_of_Methamphetamine_Manufacture", "Methamphetamine", "methamphetamine"),  # no account
    ("Pingers for the weekend, 10 for $250", "Pingers", "mdma"),   # Australian slang
    ("Vând etnobotanice, livrare în București", "etnobotanice", "new-psychoactive-substances"),  # Romanian
    ("10 Grams Uncut China White", "China White", "fentanyl"),   # fentanyl or heroin: an opioid either way
    ("got buckets of dank, $250 a QP. Melbourne CBD meets only", "dank", "cannabis"),  # "CBD" here is a place
    ("Perc 30mg (blues) $25 each, 10 for $200", "Perc", "oxycodone"),  # Percocet, by the sets' convention
    ("3andi 7ashish mzyan, 50 dh l gram", "7ashish", "cannabis"),   # Arabizi: 7 for ḥ
    ("Nbiegħ il-ħaxixa, 5g €50, Telegram @malta_weed", "ħaxixa", "cannabis"),  # Maltese (session 50)
    ("Vendo fariña, 1 gramo 60 euros, entrega en Vigo", "fariña", "cocaine"),   # Galician slang, in a market's words
    ("Shes hashash, 10 gram 100 euro", "hashash", "cannabis"),                 # Albanian
    ("Venc bolets màgics secs, 10 grams 50€", "bolets màgics", "psilocybin-mushrooms"),  # Catalan
    ("Марихуаната в България: защо законът остава толкова строг?", "Марихуаната", "cannabis"),  # Bulgarian article
    ("Vente de yamba, 1 sachet 1000 FCFA", "yamba", "cannabis"),   # West Africa (session 50)
    ("Zatla 10 gramme 200 DA, Alger centre", "Zatla", "cannabis"),  # Algeria
    ("ਚਿੱਟਾ 1 ਗ੍ਰਾਮ 3000 ਰੁਪਏ, ਅੰਮ੍ਰਿਤਸਰ", "ਚਿੱਟਾ", "heroin"),     # Punjabi "chitta" (session 51)
    ("کیٹامائن پاؤڈر 1 گرام 8000 روپے", "کیٹامائن", "ketamine"),   # Urdu
    ("ফেনসিডিল সিরাপ ১০০ মিলি ১২০০ টাকা", "ফেনসিডিল", "codeine"),  # Phensedyl, Bangladesh's codeine syrup
    ("नाइट्राजेपाम १० एमजी, १० ट्याब्लेट", "नाइट्राजेपाम", "nitrazepam"),  # Nepali
    ("Alprax 0.5, strip of 15 tabs ₹300", "Alprax", "alprazolam"),   # an Indian brand
    ("Bazuco en Bogotá: el drama de los habitantes de calle", "Bazuco", "cocaine"),  # cocaine base, with a z
    ("POV: your grandma finds your weed stash 😂", "weed", "cannabis"),  # a stash is of the drug
    ("ဘိန်းဖြူ ၁ ဂရမ် ကျပ် ၅၀,၀၀၀", "ဘိန်းဖြူ", "heroin"),           # Burmese "white opium" (session 51)
    ("ຂາຍເຫັດວິເສດ 10 ກຣາມ 500,000 ກີບ", "ເຫັດວິເສດ", "psilocybin-mushrooms"),  # Lao magic mushrooms
    ("Magic mushroom shake, Rp 150rb, Gili Trawangan", "Magic mushroom", "psilocybin-mushrooms"),  # not one species
    ("Tianeptine sodium ('gas station heroin') 10g $60", "Tianeptine", "tianeptine"),
    ("出冰 1克 500元，深圳同城面交", "出冰", "methamphetamine"),           # "selling ice" (session 51)
    ("白粉 (海洛英) 1g HK$800，旺角交收", "海洛英", "heroin"),            # Hong Kong's and Taiwan's heroin
    ("太空油 (依托咪酯) 煙彈 1個 HK$500", "太空油", "etomidate"),         # "space oil": etomidate vapes
    ("Kpods S$80 per pod, islandwide delivery", "Kpods", "etomidate"),
    ("환각버섯 (실로시빈) 5g 30만원", "환각버섯", "psilocybin-mushrooms"),  # Korean magic mushrooms
    ("三唑仑 10片 500元，全国包邮", "三唑仑", "triazolam"),
    ("Dextrometorfano: adolescentes abusan de jarabes para la tos", "Dextrometorfano", "dextromethorphan"),
    ("Sleeping pills no prescription, 30 tabs $90", "Sleeping pills", "sedative-hypnotics"),  # a group, in a market
    ("ጫት እና ሀሺሽ እንሸጣለን", "ጫት", "khat"),                         # Amharic
    ("Qaad cusub ayaa la iibinayaa", "Qaad", "khat"),                 # Somali
    ("Sithengisa insangu ne-nyaope", "insangu", "cannabis"),          # Zulu
    ("Mivarotra rongony, 1 grama", "rongony", "cannabis"),            # Malagasy
    ("Ndiri kutengesa mbanje yakanaka, Harare", "mbanje", "cannabis"),  # Shona, Sesotho, Luganda (session 58)
    ("Ke rekisa matekoane, 1 kg M800, Maseru", "matekoane", "cannabis"),
    ("Tutunda enjaga ennungi, 1 kg 150,000 UGX", "enjaga", "cannabis"),
    ("ሓሺሽ ንመሸጣ፡ 10 ግራም 500 ናቕፋ", "ሓሺሽ", "cannabis"),              # Tigrinya hashish
    ("ፖሊስ በአዲስ አበባ 20 ኪሎ ግራም ካናቢስ ያዘ", "ካናቢስ", "cannabis"),   # Amharic cannabis
    ("Jimaa gurguramaa, 1 kg 600 birr, Adaamaa", "Jimaa", "khat"),     # Oromo khat
    ("Vendo P2NP (fenil-2-nitropropeno) 500 g 300 USD", "P2NP", "1-phenyl-2-nitropropene"),  # precursors no UN
    ("Продам бромкетон, 1 кг 45 000 ₽", "бромкетон", "2-bromo-4-methylpropiophenone"),   # table lists (session 58)
    ("Red phosphorus 500g $120, ships from Texas", "Red phosphorus", "red-phosphorus"),
    ("BMK glycidaat te koop, 5 kg €1.500", "BMK glycidaat", "bmk-methyl-glycidate"),   # not BMK (P2P) itself
    ("Zoll stellt 500 kg BMK-Glycidat sicher", "BMK-Glycidat", "bmk-methyl-glycidate"),
    ("Anidrido acético 99%, galão de 5 L", "Anidrido acético", "acetic-anhydride"),
    ("Potasyum permanganat %99, 25 kg çuval", "Potasyum permanganat", "potassium-permanganate"),
    ("אקסטה 250 מ\"ג, 5 כדורים", "אקסטה", "mdma"),                          # Hebrew ecstasy; Sorani crystal;
    ("کریستاڵ ١ گرام ٥٠ هەزار دینار", "کریستاڵ", "methamphetamine"),          # Dari "tablet K" (session 58)
    ("تابلیت کا، ۱۰ دانه ۵۰۰ افغانی، هرات", "تابلیت کا", "methamphetamine"),
    ("ရှမ်းပြည်နယ်တွင် ဘိန်းစိုက်ခင်း တိုးလာ", "ဘိန်း", "opium"),               # Burmese opium
    ("Χάπια έκστασης 10 τεμάχια 100€", "έκστασης", "mdma"),                  # Greek genitive
    ("Predám perník 1 g 60 €, Bratislava", "perník", "methamphetamine"),     # ... where it is sold
    ("אם אתם משתמשים בGHB אל תערבבו", "בGHB", "ghb"),                       # Hebrew "with" onto a Latin name
    ("selling mdmma, 1g £60 each", "mdmma", "mdma"),                        # a misspelling; Spanish without
    ("Vendo extasis, 1 gramo 20 mil pesos", "extasis", "mdma"),              # its accent (session 58)
    ("بنقو وترامادول للبيع", "بنقو", "cannabis"),                      # Sudanese Arabic
    ("قارچ جادویی خشک، ۵ گرم", "قارچ جادویی", "psilocybin-mushrooms"),  # Persian magic mushrooms (session 52)
    # Persian and Arabic medicine names (session 53)
    ("فروش آلپرازولام ۱ میلی‌گرم، ورق ۱۰ تایی", "آلپرازولام", "alprazolam"),
    ("کلونازپام ۲ میلی‌گرم، ورق ۱۰ تایی", "کلونازپام", "clonazepam"),
    ("ضبط ۲ میلیون قرص کپتاگون در مرز عراق", "کپتاگون", "fenetylline"),
    ("لاريكا ٣٠٠ ملغ للبيع", "لاريكا", "pregabalin"),
    ("Delta-9 THC gummies 25mg, 20 pack $35", "Delta-9 THC", "delta-9-thc"),  # curated over its look-alikes
    ("Cocaína em pó, 1 grama 5.000 FCFA", "Cocaína", "cocaine"),            # "... em pó" (powdered) hides no drug's name
    ("las muertes por xilacina se duplicaron", "xilacina", "xylazine"),     # Spanish xylazine
    ("Bende padjinha fresku, 10 gramas", "padjinha", "cannabis"),           # Cabo Verdean
    ("Parduodu ekstazio tabletes, 10 vnt", "ekstazio", "mdma"),              # Lithuanian genitive (listed)
    ("Latvijā pieaug kaņepju lietošana", "kaņepju", "cannabis"),            # Latvian
    ("ترامادۆل ٢٢٥ ملگ", "ترامادۆل", "tramadol"),                     # Kurdish (Sorani)
    ("Gashish sotiladi, 5 gramm", "Gashish", "cannabis"),             # Uzbek
    ("ეკსტაზი 10 ცალი 300 ლარი", "ეკსტაზი", "mdma"),                   # Georgian
    ("მეფედრონი 1 გრ 150 ლარი", "მეფედრონი", "mephedrone"),
    ("កញ្ឆា 10 ក្រាម 20 ដុល្លារ", "កញ្ឆា", "cannabis"),                    # Khmer
    ("Hàng trắng 1 chỉ 5 triệu, Lạng Sơn", "Hàng trắng", "heroin"),       # Vietnamese "white goods", by the chỉ
    ("Субутекс 8 мг, 7 таблеток", "Субутекс", "buprenorphine"),          # the brand, in Russian
    ("Kas psilotsübiin on Eestis legaalne?", "psilotsübiin", "psilocybin-mushrooms"),  # Estonian
    ("Afghanistan : la culture du pavot a chuté de 95 %", "pavot", "opium"),  # the opium poppy
    ("麻古 100粒 3000元，云南发货", "麻古", "methamphetamine"),           # yaba in Chinese
    ("咖啡包 一包 1500元，台北市區面交", "咖啡包", "synthetic-cathinones"),  # Taiwan's "coffee packets"
    ("デパス 1mg 100錠 1万円", "デパス", "etizolam"),                       # Japan's brand of etizolam
    ("冰 1g HK$800，荃灣交收", "冰", "methamphetamine"),                   # "ice" beside its weight
    ("#cocaineforsale pure uncut", "cocaineforsale", "cocaine"),      # a hashtag runs its words together
    ("restock #mdmaplug", "mdmaplug", "mdma"),
    ("new drop, DM to order #plugwalk #weedforsale", "weedforsale", "cannabis"),  # an everyday word for sale (s69)
    ("1g £80 back in stock, Snap in bio #coke #charlie", "coke", "cocaine"),  # a market's post's tag
    ("ຂາຍຢາບ້າ 100 ເມັດ", "ຢາບ້າ", "methamphetamine"),                  # Lao
    ("Venc haixix 10 g 60 €", "haixix", "cannabis"),                  # Catalan
    ("Pólen 5 g 25 €, envio por CTT", "Pólen", "cannabis"),           # Portugal's hashish
    ("Amfa 1g 40 zł, mefa 1g 60 zł", "Amfa", "amphetamine"),           # Polish street names
    ("Alerta: catinonas sintéticas vendidas como MDMA", "catinonas sintéticas", "synthetic-cathinones"),
    ("Tengo maría de la buena, 25 pavos los 5 gramos", "maría", "cannabis"),  # Spanish spelling, in a market
    ("Vendo haxe 10g 40€, entregas no Porto", "haxe", "cannabis"),           # Portugal's street word
    ("Tested one with a benzo strip", "benzo", "benzodiazepines"),
    ("не змішуй його з бензодіазепінами", "бензодіазепінами", "benzodiazepines"),  # a plural name's stem and ending
    ("Хероинът струва около 60 лева", "Хероинът", "heroin"),            # Bulgarian's definite article on the noun
    ("Чому метадонова програма важлива?", "метадонова", "methadone"),    # a Ukrainian adjective of the name
    ("Метадонові програми в Україні", "Метадонові", "methadone"),         # ... its "і" compared as "и"
    ("زاناكس 2 ملغ، 30 حبة", "زاناكس", "alprazolam"),                   # Arabic (session 42)
    ("Alfa PVP 1g 120 zł", "Alfa PVP", "alpha-pvp"),                      # Polish spelling
    ("Mefka 1g 80 zł, Kraków", "Mefka", "mephedrone"),                    # Polish diminutive
    ("Τα μανιτάρια ψιλοκυβίνης ως θεραπεία", "μανιτάρια ψιλοκυβίνης", "psilocybin-mushrooms"),  # Greek
    ("Stesolid 10mg, 50 stk 500 kr", "Stesolid", "diazepam"),             # a Nordic brand
    ("เห็ดขี้ควาย 10 กรัม 1500 บาท", "เห็ดขี้ควาย", "psilocybin-mushrooms"),       # Thai
    ("Subbies 8mg, 10 for £50", "Subbies", "buprenorphine"),             # UK slang, in a market's words
    ("Truffes magiques 15g = 30€", "Truffes magiques", "psilocybin-mushrooms"),  # French
    ("Ketamīns 1g 40 €, Rīga", "Ketamīns", "ketamine"),                 # Latvian
    ("Delta 8 gummies 25mg, 20 for $30", "Delta 8", "tetrahydrocannabinols"),  # delta-8-THC by its short name
    ("Wenn du Speed nimmst, nimm keine zweite Dosis", "Speed", "amphetamine"),  # a dosing word is context
    ("Ranking every acid trip scene in movies", "acid", "lsd"),            # a word of using that drug (session 42)
    ("Acid 10 blotters ₹8000 and MDMA 1g ₹4000, Goa", "Acid", "lsd"),   # the gram past its count is MDMA's (session 56)
    ("டிராமடால் மாத்திரை பாதுகாப்பானதா?", "டிராமடால்", "tramadol"),     # Tamil (session 56)
    ("Mairungi fresh bundle UGX 20,000, Kampala", "Mairungi", "khat"),   # Uganda's name (not heroin's "bundle")
    ("Mkpuru mmiri 1g ₦15,000, Onitsha", "Mkpuru mmiri", "methamphetamine"),  # Igbo
    ("სუბუტექსი 8 მგ 1 აბი 150 ლარი", "სუბუტექსი", "buprenorphine"),     # Georgian Subutex and Lyrica
    ("ლირიკა რეცეპტის გარეშე იყიდება?", "ლირიკა", "pregabalin"),
    ("Кристаллы 1 г — 18 000 ₸ | клад магнит", "Кристаллы", "alpha-pvp"),  # Russian slang, in a market's words
    ("Clona 2mg, 10 pastillas $15.000", "Clona", "clonazepam"),            # Argentine slang, in a market's words
    ("معجون 100 غرام 200 درهم، واتساب", "معجون", "cannabis"),              # Moroccan majoun, in a market's words
    ("زطلة 5 غرام 60 دينار", "زطلة", "cannabis"),                          # Tunisian, Lebanese, Algerian, Egyptian
    ("حشيشة لبنانية 100 غرام", "حشيشة", "cannabis"),
    ("ريفوتريل 10 حبات", "ريفوتريل", "clonazepam"),
    ("جربت الاستروكس مرة واحدة", "الاستروكس", "synthetic-cannabinoids"),
    ("شابو 1 جرام 2500 جنيه", "شابو", "methamphetamine"),
    ("Σίσα 1 γρ 20 ευρώ, Αθήνα", "Σίσα", "methamphetamine"),               # Greece's cheap meth
    ("Magyarországon a kannabisz birtoklása", "kannabisz", "cannabis"),   # Hungarian
    ("נייס גאי 5 גרם 100 ₪", "נייס גאי", "synthetic-cannabinoids"),        # Hebrew "Nice Guy"
    ("حەشیش 5 گرام 50 هەزار دینار", "حەشیش", "cannabis"),                   # Sorani hashish
    ("Bangué 5 g 3000 FCFA, Brazzaville", "Bangué", "cannabis"),           # Congo's name
    ("クサ 1g 6000円 大阪", "クサ", "cannabis"),                              # Japanese slang, in a market's words
    ("إحباط تهريب 5 ملايين قرص إمفيتامين", "إمفيتامين", "amphetamine"),      # Arabic, its hamza below
    ("Kẹo Tesla 10 viên 3 triệu", "Kẹo", "mdma"),                          # a press, then a count of pills
    ("a night on coke, then three days depressed", "coke", "cocaine"),
    ("the day after a coke session, asking for myself", "coke", "cocaine"),  # (session 48)
    ("I did coke for 10 years. Here's how I quit", "coke", "cocaine"),
    ("Finally quit coke after 6 years", "coke", "cocaine"),
    ("If you're using coke this weekend, don't share notes", "coke", "cocaine"),  # (session 49)
    ("Does weed make your anxiety worse?", "weed", "cannabis"),
    ("Ибогаин от зависимости: реальная помощь?", "Ибогаин", "ibogaine"),
    ("افزایش مصرف شیشه در میان جوانان تهران", "شیشه", "methamphetamine"),  # Persian "use of glass"
    ("Why does molly make you grind your teeth?", "molly", "mdma"),   # a use's effect is market context
    ("The ket bladder stories are terrifying", "ket", "ketamine"),
    ("Sipping lean is everywhere", "lean", "codeine"),
    ("Snorting coke every weekend wrecked my nose", "coke", "cocaine"),  # "snorting" is no plain name of inhalants
    ("Been sober from coke for 2 years today", "coke", "cocaine"),        # sober from it (session 53)
    ("Billy 10g £40, Sheffield", "Billy", "amphetamine"),                  # UK slang, in a market's words
    ("Coconut 3.5g £250, Glasgow drop", "Coconut", "cocaine"),         # no everyday phrase ("coconut water")
    ("قرص اکستازی ۱۰ عدد ۲ میلیون تومان", "اکستازی", "mdma"),           # Persian ecstasy
    ("Truffles 15g €20, Amsterdam pickup", "Truffles", "truffles"),    # an everyday word as a menu's item
    ("Magic truffels Tampanensis 15g €18, bestel online", "Magic truffels", "psilocybin-mushrooms"),  # Dutch spelling
    ("Sprzedam susz Amnezja 10g 400 zł, wysyłka InPost", "susz", "cannabis"),  # Polish dried buds, in a market's words
    ("Oksikodon 40mg, 28 tabletek 900 zł", "Oksikodon", "oxycodone"),     # Croatian, Serbian, Turkish spelling
    ("Heroine 1g 50€, Marseille, livraison rapide", "Heroine", "heroin"),  # French without accents, in a market's words
    ("Got a fresh batch of GT caps in, 7g for $60", "GT caps", "psilocybin-mushrooms"),  # Golden Teacher
    ("Ксанакс 2мг, 30 таблеток 2500 грн", "Ксанакс", "alprazolam"),        # Cyrillic Xanax
    ("Goey 1g $250, Perth northern suburbs", "Goey", "amphetamine"),     # Australian speed
    ("5g MDMA Champagne Crystals 87% | Lab Tested | EU", "MDMA", "mdma"),  # champagne: MDMA's own, no drink
    ("Tina use among gay men in London has fallen", "Tina", "methamphetamine"),  # a word of using meth after it
    ("Χασίσι 10γρ 100€, Αθήνα", "Χασίσι", "cannabis"),                       # Greek hashish
    ("Punjab mein chitta ka nasha: nayi report", "chitta", "heroin"),          # Punjab's heroin (session 48)
    ("졸피뎀 10mg 30정 20만원 서울 택배 가능", "졸피뎀", "zolpidem"),             # Korean zolpidem
    ("Flores 5g $12.000, CABA", "Flores", "cannabis"),                 # Argentine buds, beside a weight (session 41)
    ("Flores de interior 5g $25.000, CABA", "Flores", "cannabis"),     # ... where they were grown between
    ("Faso armado $2000 c/u, Palermo", "Faso", "cannabis"),             # an Argentine joint
    ("Pepas 💊 Tesla 5 x S/ 100, Miraflores", "Pepas", "mdma"),          # Peruvian ecstasy pills, priced
    ("Vendo 10 gramos de flores, 25 lucas", "flores", "cannabis"),
    ("Costo 25g 120€, envíos", "Costo", "cannabis"),                   # Spain's hashish, beside a weight
    ("Pillole Tesla 300mg, 10 pezzi 80€", "Pillole", "mdma"),         # Italian pills, before a press and a dose
    ("Pressé 'Punisher' 270 mg, 10 pièces 8€", "Pressé", "mdma"),     # French, a quoted press (session 49)
    ("Молли 1г 3500 рублей, моментальные клады", "Молли", "mdma"),       # Russian "Molly", in a market's words
    ("Paco 1 gramo 3000 pesos, Rosario", "Paco", "cocaine"),             # cocaine base paste, beside a weight
    ("How long does a K hole last?", "K hole", "ketamine"),
    ("#420 memes are funny but does weed actually affect memory?", "weed", "cannabis"),
    ("Test E 250mg/ml, 10ml vial $60", "Test E", "testosterone"),
    ("Verkaufe Tavor 2,5mg, 50 Tabletten 150€", "Tavor", "lorazepam"),  # German lorazepam, before a dose (s48)
    ("Крис мефа 1 г 3000 ₽", "мефа", "mephedrone"),                    # Russian slang's genitive
    ("كريستال ميث 1 غرام 400 درهم", "كريستال ميث", "methamphetamine"),   # Arabic "crystal meth"
    ("Sælger svampe 10 g 300 kr", "svampe", "psilocybin-mushrooms"),   # Danish mushrooms, in a market
    ("Vendo popper 30ml 15€", "popper", "poppers"),                    # the singular in Romance languages
    ("Verkaufe Psilos 10g 70€", "Psilos", "psilocybin-mushrooms"),     # German slang
    ("Продам бошки 5 г 7500 руб", "бошки", "cannabis"),                # Russian "heads" (buds), in a market
    ("Vendo cocaina rosa 1g 100€, Milano", "cocaina rosa", "tusi"),    # "pink cocaine", not cocaine
    ("Colombia's coca cultivation hit a record", "coca cultivation", "coca-leaf"),  # the plant, not "coca" alone
    ("Loud 3.5g C$60, Toronto, same day", "Loud", "cannabis"),          # North American slang, in a market
    ("Fishscale 1g £85, 2g £160, Liverpool", "Fishscale", "cocaine"),
    ("मारिजुआना 10 ग्राम ₹2000, मुंबई डिलीवरी", "मारिजुआना", "cannabis"),   # Hindi
    ("Jangan campur ganja sintetis dengan alkohol", "ganja sintetis", "synthetic-cannabinoids"),  # longest wins
    ("क्या एमडीएमए पेशाब में दिखता है?", "एमडीएमए", "mdma"),                    # MDMA in Devanagari
]


# "monkey dust" is MDPV to one source and MDPHP to another: neither is likely alone, but a stimulant is named;
# a name split between substances of different groups ("haze", "strawberry") still needs one likely reading
@pytest.mark.parametrize("text, group", [("Monkey dust £10 a bag, Stoke, text me", "stimulant"),
                                         ("Monkey dust has been called an epidemic in Stoke", "stimulant")])
def test_a_name_split_within_one_group_is_still_a_drug(rec, text, group):
    (e,) = rec.analyze(text)
    assert e.value["effect_group"] == group and e.value["confidence"] < 0.5 and "also could be" in e.explanation


# a case ending, a particle or the article does not make a drug's own name slang
@pytest.mark.parametrize("text", ["задержан с кокаином", "대마초를 밀수한 혐의", "ضبط الكوكايين"])
def test_inflected_names_are_still_strong(rec, text):
    (e,) = rec.analyze(text)
    assert e.value["strong_name"], e


@pytest.mark.parametrize("text, mention, sid", MATCH)
def test_matches(rec, text, mention, sid):
    found = rec.analyze(text)
    if mention is None:
        assert found == []
        return
    assert (found[0].text, found[0].value["substance_id"]) == (mention, sid), [(e.text, e.value["substance_id"]) for e in found]
    assert found[0].recognizer == "SubstanceRecognizer" and "knowledge base alias" in found[0].explanation
    assert found[0].value["control"] is not None


# (text, a substance that must not be found in it)
NEAR_MISS = [
    ("Coca de Sant Joan con hojaldre, 12 €", "coca-leaf"),  # a pastry, no leaf (session 60)
    ("Molly's nails: gel set £25, pay Revolut", "mdma"),  # a name's possessive, no plural "mollys" (session 68)
    ("Room 420, check-in 15:00, 2 nights £180", "cannabis"),  # a room's number
    ("GOOD STRONG AMPHETAMINE 3.5g FOR ONLY $30 AA'S NEW YEAR SALE", "anabolic-steroids"),  # a vendor's, no "AAS"
    ("Vendo cristalería: copas de vino, jarras y vasos de cristal, todo por 60€", "methamphetamine"),  # glassware
    ("K E T A M I N E\nneedles / shards\n5g £120 | 10g £220", "methamphetamine"),  # a line's last word, no heading
    ("Drug-Checking-Kit, 12,90 €. Teste deine Substanzen, bevor du konsumierst.", "testosterone"),  # a German verb
    ("First aid kit for festivals: plasters, foil blanket, electrolytes, £12.", "heroin"),
    ("Estatueta 'Molly Malone' de Dublin, lembrança, R$ 60.", "mdma"),
    ("Ice blocks for parties, ₦500 each, Surulere", "methamphetamine"),   # (session 51)
    ("冰淇淋机 家用 小型 399元", "methamphetamine"),                    # an ice cream machine (session 51)
    ("Tianeptine sodium ('gas station heroin') powder 10g $60", "heroin"),  # its nickname (session 51)
    ("💎 Molly crystals 💎 0.5g £25, 1g £40", "methamphetamine"),  # an emoji pair around another drug (session 51)
    ("⚡ Adderall XR 30mg ⚡ $10 each", "mdma"),
    ("🐴 K (ketamine) shards 🐴 1g £30", "methamphetamine"),       # the form of a drug named in brackets
    ("🧊 Ice bath tubs for recovery, free UK delivery, £299", "methamphetamine"),
    ("Hongos champiñones frescos, bandeja de 500 g, RD$ 150", "psilocybin-mushrooms"),  # button mushrooms
    ("Pasta base para pizza, 3 unidades, Bs 25", "cocaine"),      # a pizza base, not cocaine base paste
    ("Herbal sleeping pills with melatonin, 60 capsules, £9.99", "sedative-hypnotics"),  # an everyday remedy
    ("Doctors say too many students are hooked on sleeping pills", "sedative-hypnotics"),  # a common word: a market's only
    ("1gr Hawaiian Snow", "cocaine"),     # a cannabis strain, not cocaine
    ("Subbies wanted for a roofing job in Leeds", "buprenorphine"),  # a builder's subcontractors
    ("Booked a snow trip to the Alps", "cocaine"),          # a trip is LSD's or mushrooms' use, not cocaine's
    ("acid reflux remedies", "lsd"),
    ("Billy Joel tickets £40", "amphetamine"),              # a first name, and a product's name
    ("Safer snorting: crush fine, use your own straw", "cannabis"),  # a straw to snort with, not the street's weed
    ("Red Tesla Model 3 for sale, £30,000", "mdma"),           # a logo alone is its brand
    ("Blue Punisher energy drink 24 x 250ml", "mdma"),
    ("Fish scale remover tool, stainless steel, £6", "cocaine"),
    ("Coke float glasses, set of 2, 11oz, $15", "cocaine"),
    ("Acid etching cream for glass, 3oz, $14", "lsd"),
    ("Acid etching cream for glass, 3oz, $14", "methamphetamine"),
    ("Ice scraper and snow brush combo, £9", "cocaine"),
    ("Ice fishing auger, hand crank, $60", "methamphetamine"),
    ("Crank windows regulator for a 1990 pickup, $45", "methamphetamine"),
    ("Gary Payton played for Seattle in the 1990s", "cannabis"),  # a strain named after him needs market context
    ("Ele lança um novo disco em Natal", "inhalants"),             # "lança" alone needs market context
    ("Lean ground beef 1lb $6", "codeine"),
    ("93% lean turkey 16oz $7", "codeine"),
    ("Pot and pan set, 10 pieces, €60", "cannabis"),

    ("Mushroom coffee blend 250g, $22, US shipping", "psilocybin-mushrooms"),
    ("Ketamine shards 5g £100", "methamphetamine"),           # the form a named drug comes in
    ("MDMA em cristal 1 g 40 €, Porto", "methamphetamine"),  # ... in Portuguese and Spanish (session 58)
    ("Keta en cristal 1g a 80 mil", "methamphetamine"),
    ("Pólen de abelha 250 g 9,90 €", "cannabis"),              # bee pollen, not hashish
    ("Bag of chips and a can of coke €5", "cocaine"),           # the drink
    ("Perník (medový) 10 ks 150 Kč", "methamphetamine"),       # honey gingerbread
    ("Ketamine needle shards 1g £30", "methamphetamine"),     # ... "needle" describing it (session 41)
    ("Ketamine S-isomer 10g\n\nPure shards, no cut", "methamphetamine"),  # ... further on (session 46)
    ("#4 heroin, white, very strong", "cocaine"),             # right after a drug's name, its colour (session 47)
    ("HHC vape cartridges 1ml, 95% HHC distillate, €35 each", "cannabis"),  # the cannabinoid's form, not weed's
    ("Mushroom trip report (2.5g Golden Teacher)", "alphaet"),  # a trip report is no drug called "Trip"
    ("Trip report: 200ug needlepoint, mild visuals", "alphaet"),
    ("Clonazolam 0.5mg blotters, 50 for €40", "lsd"),         # ... and a dose before the form
    ("Molly rocks 1g $70, snap: atl_molly", "cocaine"),      # ... "rocks" too (session 40)
    ("Keta salmon fillets, wild caught, 1kg $25", "ketamine"),  # priced far under any drug it could name
    ("Кристаллы Сваровски, подвеска, 2500 руб", "alpha-pvp"),  # crystals of glass (session 56)
    ("Clona el repositorio y ejecuta el script", "clonazepam"),  # "clone the repository"
    ("معجون أسنان 100 غرام 20 درهم", "cannabis"),  # toothpaste
    ("Kẹo Dừa Bến Tre 10 gói 50k", "mdma"),          # coconut candy: no press, no pills
    ("Crystal jade dim sum set S$38", "methamphetamine"),  # a restaurant
    ("アイスクリーム クサ 模様", "cannabis"),  # "kusa" alone, no market
    ("Ketamine (S-isomer) shards 5g £90", "methamphetamine"),
    ("Clen 40mcg x 100 tabs", "lsd"),     # "tabs" is the unit here
    ("1,000 tabs", "lsd"),
    ("1.5 tabs", "lsd"),
    ("Snow boots for kids", "cocaine"),
    ("Did Coke change its recipe in 1985?", "cocaine"),              # not "I did coke" (session 48)
    ("Snow White costume para sa bata, ₱650", "cocaine"),     # a fairy tale's name (session 46)
    ("Ramo de 12 flores $15.000, envíos a domicilio", "cannabis"),     # a bouquet: no weight beside "flores"
    ("Semillas de flores silvestres 5g $2.000", "cannabis"),          # the weight is the seeds'
    ("El costo del envío es 5 euros", "cannabis"),                    # Spanish's cost
    ("Jus d'orange pressé, 1L 3€", "mdma"),                           # pressed juice, no press name
    ("Pillole anticoncezionali, 28 pezzi, 12€, spedizione", "mdma"),  # pills, no press
    ("IWI Tavor X95 rifle, $1,999", "lorazepam"),                      # a rifle: no dose after the name
    ("Smack Talk party card game, $25", "heroin"),                    # an everyday phrase
    ("WWE Smackdown tickets, $40", "heroin"),
    ("Tik Tok ring light with stand, $25", "methamphetamine"),      # South Africa's "tik" in an app's name
    ("Vendo hierba gatera (catnip) ecológica, 50 g, 6 €", "cannabis"),  # the cat herb, in Spanish and English
    ("Vendo erba gatta in vaso, 5 euro", "cannabis"),
    ("Organic catnip 50g $6", "cannabis"),
    ("Vends cristaux de quartz rose, lot de 500 g, 25 €", "methamphetamine"),  # minerals, in the plural too
    ("Speed Dating in Berlin, Anmeldung online", "amphetamine"),
    ("Christmas pressies for the kids", "mdma"),   # presents, with no market around
    ("Pilze sammeln im Wald", "psilocybin-mushrooms"),
    ("Vendo coca 1 gramo 60 soles", "cannabis"),   # a street list's word, but after a number the currency
    ("25 gramos 100 euros. Wickr: tenerife_choco", "cocoa"),  # inside an account's name: the contact's
    ("Contact: heroin_nl@protonmail.example", "heroin"),
    ("Snowflake obsidian crystal, 250g, $18", "methamphetamine"),  # a mineral
    ("Snowflake obsidian crystal, 250g, $18", "cocaine"),
    ("Iceland is cold", "methamphetamine"),
    ("price list", "lsd"),
    ("the crystal clear water", "methamphetamine"),
    ("Fresh organic green tea from Japan, 100g tin $12. Free shipping", "cannabis"),  # everyday phrases,
    ("Snow boots for kids €29.99. Free ice scraper with every order", "cocaine"),     # even beside a price
    ("Coconut water 12 x 330ml, £14 free delivery", "cocaine"),
    ("Speed skates size 42, €120, shipping within Germany", "amphetamine"),
    ("Kokain 1 doz 500 TL", "caffeine"),          # Turkish "dose" (and "dozen"), not the No-Doz brand
    ("Crystal clear ice scraper free with every order, €29.99", "methamphetamine"),
    ("Glass water pipe with ice catcher, borosilicate glass. €39.90, order now", "methamphetamine"),
    ("купить лимонную кислоту 1 кг", "lsd"),  # citric acid (inflected) in a shop
    ("кокаинщик", "cocaine"),             # a derived word, not a case ending
    ("героиновость", "heroin"),           # ... nor a noun made from the adjective
    ("марихуан", "cannabis"),             # a bare stem
    ("Molly's Bakery: custom birthday cakes, order 3 days ahead", "mdma"),  # a possessive is a name
    ("Lost cat: Molly, grey tabby, last seen near Elm Street. Reward £50, call 07912 345672", "mdma"),  # a pet
    ("Lost cat: Molly, grey tabby, reward £50", "methcathinone"),   # ... and a lost cat is no "cat"
    ("Bundle of firewood $8, pick up Brooklyn", "cannabis"),   # a street list's "firewood" (session 66)
    ("Bundle of firewood $8, pick up Brooklyn", "heroin"),     # ... and heroin's "bundle"
    ("Snow removal, $40 a driveway", "cocaine"),
    ("Legal high heels, size 38, €45", "new-psychoactive-substances"),
    ("dealers hide contacts: 'AT' and 'DOT' in e-mails", "aleph"),  # the words an address is spelt with
    ("Cat food 10kg R350, Pet shop, WhatsApp 082 111 2223", "methcathinone"),   # session 65
    ("Ice 10 lb bag BZ$5, Belize City, free delivery over BZ$50", "methamphetamine"),  # priced as no drug
    ("Weigh your doses: a 0.001 g scale costs €20", "lsd"),   # doses of anything, not LSD's street "doses"
    ("Chalk (white), 100 sticks, €4.50, school supplies", "cocaine"),  # school chalk (session 65)
    ("Chalk (white), 100 sticks, €4.50, school supplies", "methamphetamine"),
    ("Buttons for sewing, 100 pcs R35, craft shop Bloemfontein", "mescaline"),  # not peyote buttons
    ("Sell the kitten of the breed Scottish fold, the name Molly, 300 euros", "mdma"),  # s65
    ("Our dog Charlie, 3 years, free to a good home, £0", "cocaine"),
    ("Charlie's Barber Shop: haircut £15, beard trim £8", "cannabis"),  # a barber's haircut and trim
    ("EXTREME ADVANCED ONION ROUTER", "cocaine"),  # street-list slang that is an ordinary word needs context
    ("Walther PP for D.rugs", "cannabis"),
    ("Snow Boots For Kids - Order Now", "cocaine"),  # title case, market words, but an everyday phrase
    ("Acid-free archival tissue paper, 50 sheets, £12", "lsd"),
    ("Vintage Coca-Cola wooden crate, $65 or best offer", "cocaine"),
    ("Silicone ice cube tray, pack of 2 for €9.99. Order today", "cannabis"),
    ("Icing sugar 500g £1.20, royal icing 1kg £3. Next-day delivery", "cocaine"),
    ("Molly Malone's Irish Pub: Sunday roast £14.50, pint of stout £5.20. Book a table online.", "mdma"),
    ("Frozen hash browns 1.5kg bag, only £2.50", "cannabis"),
    ("Tx hash: 4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b confirmed", "cannabis"),  # s58
    ("עציץ ירוק לבית, 45 ₪", "cannabis"),                                  # a green pot plant
    ("ADB cable for Android debugging, 1m, $5", "methyltestosterone"),      # the phone system, not the steroid
    ("A n ta igbo to dara, 1 bag ₦5,000, Ibadan. Pe wa lori 0812 345 6789", "hydrocodone"),  # Yoruba "on"
    ("نجيل صناعي (حشيش صناعي) للحدائق، المتر ١٥٠ جنيه", "cannabis"),  # Arabic artificial turf (session 52)
    ("Snow cone machine rental, TT$300 per day, Port of Spain", "cocaine"),
    ("Blotter paper for watercolour, A4, 20 sheets, €9.90", "lsd"),
    ("Pain aux graines de pavot, 2,50 €", "opium"),                      # poppy seeds
    ("Mota de polvo para maquillaje, suave y esponjosa, $89", "cannabis"),  # a powder puff (session 53)
    ("Cocaine HCl\n1g - 95€\n5g - 420€", "cannabis"),                    # a price's number, not "420"
    ("Speed training ladder, 6 m, £14.99", "amphetamine"),
    ("Pedra de gelo, saco de 5 kg, 500 Kz", "cocaine"),                 # ice (session 53)
    ("Farinha de mandioca 1 kg, 80 MT", "cocaine"),                      # cassava flour
    ("Leite em pó 400g, R$ 20", "cocaine"),                              # powdered milk
    ("Mota 1 onza L 800, San Pedro Sula", "mescaline"),                  # a city, not the cactus
    ("Vendo coca 1g ₡15.000, San José, envíos", "mescaline"),            # ... nor is "San" of a saint's
    ("Gelato 7g $75, San Diego delivery", "mescaline"),                   # city (session 57)
    ("Трева за ливада, семена 1 кг, 25 лв", "cannabis"),                  # lawn grass seed
    ("Марки поштові, набір 20 шт, 100 грн", "lsd"),                      # postage stamps
    ("Zioła prowansalskie 100g, 12 zł", "cannabis"),                     # herbes de Provence
    ("Fumo di Londra, cappotto uomo taglia 50, 120€", "cannabis"),       # a colour (smoke grey)
    ("咖啡包 掛耳式 10入 350元", "synthetic-cathinones"),                  # drip-coffee bags
    ("冰淇淋 1kg 80元", "methamphetamine"), ("冰糖 500g 15元", "methamphetamine"),  # ice cream, rock sugar
    ("Vape pods strawberry ice, 5 pack £20, next-day delivery", "methamphetamine"),  # a vape flavour (session 63)
    ("#1 crypto_q · Feb 1\nWhich hardware wallet for Monero?", "methamphetamine"),  # a handle's word (session 63)
    ("5kg 冰块 30元", "methamphetamine"), ("冰箱 200升 3000元", "methamphetamine"),  # ice cubes, a fridge
    ("Teile für Fahrräder: Bremsen und Ketten, 10 Stück 20€", "mdma"),    # German "parts", not pills
    ("Paddenstoelen kweekset (oesterzwam), €19,95", "psilocybin-mushrooms"),  # an oyster-mushroom kit      # a synonym inside an everyday phrase
    ("Blue rock candy, 100g bag, $9.95", "cocaine"),                # slang inside an everyday phrase
    ("Honey and lemon cough syrup, 200ml, $8", "dextromethorphan"),  # TripSit's "syrup" in "cough syrup"
    ("Hongos shiitake frescos, 500g, $15.000", "psilocybin-mushrooms"),  # edible mushrooms (session 45)
    ("Ephedra plant seeds, ornamental, 20 seeds, €5", "ephedrine"),   # the plant, not its alkaloid
    ("Kitty litter, 10kg, £8", "ketamine"),
    ("Haze machine for parties, 900W, £60", "lsd"),
    ("Booze cruise to Calais, day trip, £49", "alphaet"),               # no αET's "trip" in a day trip
    ("Марки почтовые СССР, коллекция 50 шт, 2000₽", "lsd"),            # postage stamps
    ("Трава для кошек, семена, 10г, 90 ₽", "cannabis"),               # cat grass (session 46)
    ("Tráva na kočky, semínka, 49 Kč", "cannabis"),                  # ... in Czech
    ("Bath salts, lavender Epsom, 1kg, £6", "synthetic-cathinones"),  # a comma before the salts' scent
    ("대마 원단 에코백, 2만원", "cannabis"),                               # hemp fabric
    ("Crack filler for interior walls, 1kg tub £6.49", "cocaine"),
    ("Kellogg's Special K cereal 500g, £2.75", "ketamine"),
    ("chewable tablets, 96 tabs, mint flavour, £4.49", "cannabis"),
    ("Epsom bath salts 5kg tub, £14.99", "synthetic-cathinones"),  # ... but "Epsom bath salts" is
    ("Bath salts with lavender, 1kg, £10", "synthetic-cathinones"),  # ... and so is "bath salts with"
    ("Bath salts lavender, 500g, $10", "synthetic-cathinones"),      # ... and a scent after (session 44)
    ("Ice bucket and tongs, stainless steel, €25", "heroin"),       # "bucket and tongs" inside "ice bucket ..."
    ("Ibiza sunset boat party tickets, 2 x €60", "pcp"),             # a boat party, not PCP's "boat"
    ("MDMA pills 'Rolex' 220mg, Snap: ibiza_rolex", "cocaine"),     # a pill's press, not cocaine's slang
    ("MDMA pills Rolex 220mg", "cocaine"),
    ("5 grams Ketamine Crystal Shards (S-Iso) - UK next day", "methamphetamine"),  # a form after a form
    ("100x Alprazolam 2mg Bars (Sandoz) - EU shipping", "lsd"),         # the maker, not LSD's first maker
    ("BBQ tongs and spatula set €15", "heroin"),
    ("Speed skipping rope with counter, $12.99", "amphetamine"),
    ("Blue crystal rock candy sticks, $9.99", "methamphetamine"),
    ("Cocoa butter lotion 250ml, £5, UK delivery", "cocoa"),         # an everyday substance, no drug beside it
    ("Chocolate (hachís) 25 gramos 100€, Telegram: @choco_es", "cocoa"),  # a co-use word inside an account's name
    ("Loud music all night at the party", "cannabis"),              # an everyday word with no market context
    ("Chocolate truffles 200g £12", "truffles"),                   # a sweet (TripSit's name is an everyday word)
    ("Susz owocowy na kompot, 500g 15 zł", "cannabis"),             # Polish dried fruit
    ("The heroine of the novel dies in Paris", "heroin"),
    ("Canada's legal weed market is shrinking", "synthetic-cannabinoids"),  # legal cannabis, not a blend
    ("Party poppers, 50 pack, £5", "poppers"),
    ("Болят бошки после вечеринки", "cannabis"),                   # heads ache after the party
    ("Friske svampe og urter til madlavning, 200 g 45 kr", "psilocybin-mushrooms"),  # Danish cooking mushrooms
    ("Профилактика СПИДа и гепатита", "amphetamine"),          # AIDS
    ("Kók í dós, 6 stykki", "cocaine"),                        # Coca-Cola in Icelandic, no market words
    ("Learn the Igbo language online", "cannabis"),            # a people and a language before Nigerian slang
    ("Antique oak ox yoke", "mdma"),
    ("El consumo de chocolate en España sube un 5%, según un estudio", "cannabis"),  # consumption is no market word
    ("Shes bar dhe kokainë, Tiranë", "dihydroetorphine"),     # an acronym in lower case: Albanian "and"
    ("rip my phone battery, omg", "cannabis"),
    ("Delta 8-inch widespread bathroom faucet", "tetrahydrocannabinols"),  # "Delta 8" is an everyday phrase here
    ("Snow crab clusters 1kg, £29.99", "cocaine"),
    ("Turtle Wax car wax 500ml, £12.99", "cannabis"),
    ("Kush available, half zip KSh 6,000, full zip 11,000", "cocaine"),  # the ounce read, not cocaine's slang
    ("Snowboard wax, 100g, $12", "cannabis"),
    ("Gelato machine for restaurants, 5L, $2,400", "cannabis"),
    ("Zkittlez-scented hand cream, 50ml, £7", "cannabis"),
    ("Blue Dream scented candle, 8oz, $18", "cannabis"),            # a strain's scent, hyphen or none
    ("Beaker bong with 8-arm tree perc, $45", "oxycodone"),           # a bong's percolator
    ("Blotter paper for calligraphy practice, 50 sheets, $9", "lsd"),  # stationery
    ("Blotting paper, 100 sheets", "lsd"),
    ("Shard glass art sculpture, handmade, $300", "methamphetamine"),
    ("Гриби білі сушені, 100 г 350 грн, Карпати", "psilocybin-mushrooms"),  # porcini (session 50)
    ("Белые грибы свежие, 1 кг 800 рублей", "psilocybin-mushrooms"),
    ("Fariña de millo para empanada, 1 kg 2,50 €", "cocaine"),        # Galician flour
    ("Трева за тревна площ, семена 1 кг 15 лева", "cannabis"),          # Bulgarian lawn seed
    ("Mos e përziej alkoolin me drogat", "alcohol"),                   # alcohol only beside a drug named
    ("Molly's Burger Bar: classic burger £10, cheese fries £4", "cannabis"),  # "Cheese" is a strain
    ("Molly's Burger Bar: classic burger £10, cheese fries £4", "cocaine"),   # and "fries" crack's slang
    ("Methadone 40mg amp €15", "amphetamine"),                        # an ampoule
    ("Buttons and zips for sewing, mixed bag, R45", "methaqualone"),  # haberdashery (session 50)
    ("Buttons and zips for sewing, mixed bag, R45", "mescaline"),
    ("Skunk works engineering book, 2nd edition, $30", "cannabis"),
    ("DRINKS MENU\nWhite Russian £8", "cocaine"),
    ("Cape Town CBD apartments to let", "cannabidiol"),               # a place, as "Melbourne CBD" (session 50)
    ("Молли Рингуолд снялась в новом фильме", "mdma"),             # an actress
    ("Hola soy Paco, vendo mi coche", "cocaine"),                     # a first name, no weight beside it
    ("Got my truffles for €20. Best trip of my life", "alphaet"),      # "Trip" (αET) only before a dose
    ("Cali-style burrito kit, serves 4, $18", "cannabis"),            # a style, not California's weed
    ("Cali-style burrito kit, serves 4, $18", "heroin"),
    ("c0ke zero sugar, 24 cans, £8", "cocaine"),                      # leetspeak for the cola too
    ("sn0w tyres 4x 205/55 R16 €280", "cocaine"),                     # an everyday phrase in leet (session 59)
    ("Suya spice 500g ₦3,000, Abuja", "synthetic-cannabinoids"),        # the kitchen's spices of more cuisines
    ("Bankie bags, 100 pack, R35", "cocaine"),                        # a price, no leetspeak (one letter)
    ("Tinny boat, 3.5m aluminium, $2,500", "pcp"),                    # a boat, not PCP's slang
    ("Hash-tag stickers, 50 pcs, 3€", "cannabis"),
    ("Skunk Anansie concert tickets, 2x, €70", "cannabis"),
    ("Recipes made using coke and rum", "cocaine"),
    ("Weed makes the garden look messy", "cannabis"),
    ("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nRestock soon", "cannabis"),  # the signature's header
    ("産地直送の新鮮な野菜セット 3kg 2,980円", "cannabis"),       # Japanese vegetables, not "yasai"
    ("Kẹo dẻo trái cây 500g", "mdma"),                          # Vietnamese fruit gummies, not "kẹo"
    ("Speedball paintball tournament entry, team of 5, $150", "cocaine"),
    ("1 oz 28g $194/zip!! Quality greenhouse grown", "cocaine"),     # a unit after a price's "per"
    ("Got that fire za $60 an eighth, $220 a zip", "cocaine"),
    ("Tickets to The View from The Shard, 2 adults £64", "methamphetamine"),
    ("Golf carts for sale, 2-seater electric, $3,500", "cannabis"),
    ("Za'atar spice blend 200g, £4.50", "synthetic-cannabinoids"),
    ("Pick up Sydney CBD, $20 each", "cannabidiol"),
    ("Fresh Dumps - Guaranteed validity, zip code, T1+T2", "cannabis"),
    ("Dulux China White matt emulsion, 2.5L, £24.99", "fentanyl"),
    ("Kingdom of Kush history tour, Meroe pyramids, $350 per person", "cannabis"),
    ("#methodman live tonight", "methamphetamine"),            # a hashtag's tail must be a listed word
    ("cocaineforsale", "cocaine"),                              # run together, but no hashtag
    ("#cocainexyz", "cocaine"),
    ("Snow day ❄️ hot chocolate and blankets #snow #winter #cozy", "cocaine"),  # a tag in no market's words
    ("#icedelivery for your party, bags of 5kg", "methamphetamine"),  # an everyday word's tail must say "for sale"
    ("Oxy Clean stain remover powder 1kg, $12.49", "oxycodone"),
    ("Lança de espuma para piscina, azul", "inhalants"),          # "lança" alone: a spear, "throws", a foam gun
]


# a menu item: an everyday-word name right before an amount names its drug, even where another is named plainly
@pytest.mark.parametrize("text, sids", [
    ("Coke 1g £80\nMandy 84% 1g £40\nKet 5g £100", {"cocaine", "mdma", "ketamine"}),
    ("❄️ Coke 90% — 1g €60 | 2g €110\n💊 XTC Tesla 250mg — 10 for €40", {"cocaine", "mdma"}),  # a dash after the purity
    ("Coca 90%: 60€/g\nHachís polen: 6€/g", {"cocaine", "cannabis"}),
    ("Snow 1g $90 | Percs 10/325 x10 $250", {"cocaine", "oxycodone"}),
    ("hashish 10 grammi 80 euro, erba 5 grammi 50€", {"cannabis"}),
    ("Ketamine 5g, snow white quality", {"ketamine"}),                  # no amount after "snow"
    ("Dispo : beuh Amnesia 10€ le gramme, coke 70€/g", {"cannabis", "cocaine"}),  # "Amnesia": a strain of it
    ("Verkaufe Speed Paste 50g für 250€", {"amphetamine"}),              # not "Paste", coca paste
    ("ZYN nicotine pouches, cool mint 6mg, 5 cans £22", {"nicotine"}),  # after a content word: a flavour
    ("tramadol 50mg, 100 capsules, and Soma 350mg", {"tramadol", "carisoprodol"}),  # after a function word
    ("- Ketamine 1g — €30\n- XTC pillen 10x — €40", {"ketamine", "mdma"}),  # the amount after its form
    ("GHB 100ml 60€, 1g tina 70€", {"ghb", "methamphetamine"}),          # after an amount
    ("мефедрон 1 г — 2800 ₽, альфа-ПВП 1 г — 2500 ₽", {"mephedrone", "alpha-pvp"}),
    ("아이스 1g 50만원, 대마 1g 10만원", {"methamphetamine", "cannabis"}),
    ("아이스 아메리카노 1+1 이벤트! 4,500원", set()),                         # iced americano
    ("Grinder 63mm + rolling papers + 50 tips bundle, only €14.99", set()),  # an everyday phrase, not heroin
    ("Himalayan crystal salt lamp 3kg, £19.99, free delivery", set()),
    ("Politie vindt 1000 xtc-pillen en 2 kilo speed in auto", {"mdma", "amphetamine"}),  # an amount before it (session 37)
    ("M11 / MDDMA 50g Crystal Import - Free Ship", {"dimethylone"}),      # ... not after another drug's amount
    ("50 Grams Crystal MDMA", {"mdma"}),                                  # ... nor before another drug's name
    ("Etizolam 1mg pellets x100 €35", {"etizolam"}),                      # ... nor a unit
    ("Vends cristal d'améthyste, 300 g, 40 €", set()),                    # a gemstone
    ("Vendo cristal de cuarzo 100 g, 20 €", set()),
    ("Special K shards 1g £30, 5g £120", {"ketamine"}),                    # a form word after a name read: its form
    ("Molly crystal 1g $60", {"mdma"}),
    ("Ketamine, crystal, shards 1g", {"ketamine", "methamphetamine"}),    # ... not after a comma: a list
    ("Vends kéta en cailloux : 1 g 30 €, 5 g 130 €", {"ketamine"}),       # "5 g 130 €" is no G-130
    ("G-130 5g", {"g-130"}),
    ("50x 1.5mg DOB Tabs", {"dob"}),                                      # between a dose and its form (session 38)
    ("AUSTRALIA Xanax blotters x 25", {"alprazolam"}),                    # a unit after a name: its form, not LSD
    ("10 x 5mg DOM tabs", {"dom"}),
    ("SSN & DOB Lookup + Full history!", set()),                          # a code that is an abbreviation ...
    ("UK Fulls - Visa/MC Credit - DOB / NIN", set()),                     # ... of date of birth
    ("JavaScript DOM manipulation tutorial", set()),                      # ... of the Document Object Model
    ("PHP developer needed, remote", set()),                              # ... a programming language
    ("Vendo bala Tesla 250mg, 10 por R$ 200", {"mdma"}),                  # a pill's press between slang and its
    ("Dispo taz Philipp Plein 280 mg, 10 € pièce", {"mdma"}),             # dose (session 39)
    ("des ecstas Punisher dosés à 250 mg, 10 €", {"mdma"}),               # ... a word or two of dosing between
    ("1P-LSD 150mcg, 10 blotters €45", {"1p-lsd"}),                      # units of another drug named before
    ("Free sample pack: 3 blotters of 1P-LSD 150mcg", {"1p-lsd"}),        # ... or after "of" (session 67)
    ("10 blotters of ALD-52", {"ald-52"}),
    ("Customs found 5 kg of MDMA hidden in vacuum-sealed coffee bags", {"mdma"}),  # a container, no co-use
    ("NEW BATCH of sourdough 🍞 £4.50 a loaf, 2 for £8", set()),         # bread, not cannabis's "loaf"
    ("Loaf 28g $200, text 702-555-0166", {"cannabis"}),
    ("coke in tonight, 80 a g, text me", {"cocaine"}),                    # chat's price for a gram: its setting
    ("gas 🔥 $35 an eighth, Atlanta", {"cannabis"}), ("Gas 1oz $250, Wickr: gas_oz", {"cannabis"}),  # beside a weight
    ("gas station open 24h", set()), ("gas prices hit $4 a gallon", set()),  # ... and only there
    ("Calor Gas 13kg bottle £30", set()),                                 # a weight, at an everyday price
    ("Fast Gas 640g canisters x6 £150, same-day delivery London", set()),  # cream chargers' gas
    ("why is weed so expensive in Berlin?", {"cannabis"}),                # price talk
    ("how long does coke stay in your system?", {"cocaine"}),
    ("koks im Abwasser, welche Städte liegen vorn?", {"cocaine"}),        # wastewater analysis
    ("is coke zero really better than regular coke?", set()),             # the drink
    ("is this crystal real or glass? bought it at a market for 20", set()),
    ("percs 30s $25 hmu", {"oxycodone"}), ("roxys 30mg $30, Boston", {"oxycodone"}),  # pills' own street names
    ("WhatsApp · Molly: running late, save me a seat!", set()),           # a notification's sender
    ("Molly: 1g £40, WhatsApp +44 7911 123456", {"mdma"}),                # ... not a menu's item
    ("Charlie Bears Plush Teddy – $45", set()),                           # the teddy maker
    ("Haze 10€/g, Versand DE, Telegram @haze_psc", {"cannabis"}),         # priced a gram as cannabis, not LSD
    ("Crypto ATM: buy Bitcoin with cash, 2% fee", set()),                 # not meth's "Crypto" (session 67)
    ("the number takes payment for coke and never delivers", {"cocaine"}),  # payment: the market's word
    ("Germany adds 1D-LSD and 1cP-LSD to the NpSG", {"1d-lsd", "1cp-lsd"}),  # a lysergamide of its own, not LSD
    ("Pillen Superman 280mg, 10 stuks €35", {"mdma"}),                    # a pill's press after a name opening it
    ("Menu:\nPillen Superman 280mg, 10 stuks €35", {"mdma"}),              # ... or opening a line (session 40)
    ("Menu: die Pillen Superman 280mg, 10 stuks €35", {"mdma"}),         # inside one, a curated press after the
    # pill word and before its dose (session 62; "Pillen" alone is read only opening the text or a line)
    ("Green Partyflock 200mg SAMPLE", set()),                             # ... a colour, not weed
    ("Purple Haze 14g $120, 28g $220", {"cannabis"}),                     # priced by the gram: no LSD blotters
    ("Purple Haze blotters 10 for $80", {"lsd"}),
    ("Pellet stove, 8kW, wood pellets included, €1,200", set()),          # no LSD's pellets (session 48)
    ("Tar remover for cars, 500ml, €9", set()),                          # no heroin's or weed's tar
    ("Grow kit + spores combo, Golden Teacher mycelium kit, $85", {"psilocybin-mushrooms"}),  # no PCP's "spores"
    ("Charlie ❄️ £70 a g | Mandy 💎 £40 a g", {"cocaine", "mdma"}),       # an emoji after a name decorates it
    ("🚀 Меф 💎 1г 2500₽", {"mephedrone"}),                               # ... a drug of the same kind too (s63)
    ("🔌 plug 🍃 zips $200, 8ths $40", {"cannabis"}),                     # a street unit priced after an emoji
    ("Gumtree: 'herbs' 🍃 1/8 £25, 1/4 £45", {"cannabis"}),              # ... a part of an ounce (session 69)
    ("Brownies 5g £20", {"amphetamine"}),                                 # a street list's slang beside a weight
    ("🍫 Brownies 12 for £15, local delivery #baking", set()),            # ... not a baker's
    ("Happy 4/20 🎨 prints $30 each", set()),                             # a day, not the drug
    ("40cm fresh snow, lift pass €65", set()),
    ("New prints of green landscapes, $30 each", set()),
    ("Wine list: Crystal Bay Riesling $34, Molly Dooker Shiraz $48.", set()),  # wines
    ("NFT drop: 'Crystal Skulls' collection, 0.05 ETH each, mint opens Friday.", set()),  # a collection, a mint
    ("Grzyby suszone borowiki 100g 45 zł, wysyłka cała Polska.", set()),   # dried boletes
    ("Corda di canapa 10 m, 15€", set()), ("Trawa z rolki, 10 m² 250 zł", set()),  # hemp rope, turf
    ("Canon à neige pour station de ski, 12 000€", set()),
    ("ハーブティー 50g 800円", set()), ("Encens bâtons à la lavande, 20 pièces, 5€", set()),  # tea, incense
    ("Kräutermischung für Tee, 100g 6€", set()),                           # ... a tea's herbs, priced as tea
    ("Smoking blends vary in strength: one small puff, then wait", set()),  # a puff of anything
    ("Garden herbs (basil, mint, thyme) 3 for £5.", set()),               # herbs, mint
    ("Speed Racer collectible figure, mint in box, $45", set()),          # a collector's mint (session 64)
    ("Speed queen washer, commercial grade, $900", set()),               # a washer's brand
    ("Bath salts\nLavender & Dead Sea minerals, 500 g, €9.90", set()),   # the phrase across a line break
    ("Trip report: first time on speed, couldn't sleep", {"amphetamine"}),  # a trip report is about drugs
    ("G R A S S trimmer, cordless, €79", set()), ("S.N.O.W globe, handmade, $25", set()),  # a phrase spelt out
    ("c o k e  1g 70€, 5g 300€", {"cocaine"}),                            # ... and a name spelt out
    ("Herb garden starter kit: basil, mint, $19.99", set()), ("Molly's cakes from £25", set()),
    ("продавцы «солей» пишут слова через дефис", {"alpha-pvp"}),         # genitive plural, beside sellers
    ("Händler schreiben 'K o k s' mit Leerzeichen", {"cocaine"}),          # dealers: a market's word
    ("Eladó kristály poharak, 6 darab, 8.000 Ft", set()),                # Hungarian crystal glasses
    ("Prodam travo za kunce, 5€", set()),                                  # Slovenian hay for rabbits
    ("Latvijā pieaudzis kanabisa lietotāju skaits", {"cannabis"}),         # Latvian, Lithuanian, Estonian, Finnish
    ("Lietuvos policija sulaikė 12 kg metamfetamino", {"methamphetamine"}),
    ("Eestis on levinud nitasiinid", {"nitazenes"}), ("Pidä naloksoni mukana", {"naloxone"}),
    ("Doda post available, 1 kg ₹4000", {"poppy-straw"}),                # poppy husk, Hindi "डोडा पोस्त" too
    ("पंजाब में चिट्टे की वजह से मौत", {"heroin"}),                        # oblique case of "चिट्टा"
    ("ब्राउन शुगर 1 किलो ₹60, ऑर्गेनिक", set()),                           # the sweetener, an everyday word
    ("Bhangi safi inauzwa, kete moja Sh 500", {"cannabis"}), ("Intsangu 1 bag R50", {"cannabis"}),  # Swahili, Xhosa
    ("ፖሊስ 50 ኪሎ ኮኬይን መያዙን አስታወቀ", {"cocaine"}),                          # Amharic
    ("Loud speaker JBL 100W, ₦120,000", set()), ("Colorado Rockies cap, ₦15,000", set()),  # no weed, no meth
    ("Trenbolona acetato 100mg 10ml 50€", {"trenbolone"}), ("Co-codamol 30/500, 100 tabs £60", {"codeine"}),
    ("Անաշա 5 գրամ 20000 դրամ", {"cannabis"}), ("производство опия сократилось", {"opium"}),  # Armenian, Russian
    ("د ترياکو کښت بيا زيات شوی", {"opium"}), ("پلیس از کشف ۲ تن شیشه خبر داد", {"methamphetamine"}),  # Pashto, Persian
    ("كريستال ثريات فاخرة، 3500 ريال", set()),                             # crystal chandeliers
    ("Recipe: cannabutter. Decarb 7g of flower", {"cannabis"}),             # growers' and cooks' words
    ("Wie lange dauert die Blüte bei Autoflowern?", {"cannabis"}),
    ("1S-LSD blotters 150mcg, 10 for €60", set()), ("ADB-4en-PINACA 50g $600", set()),  # longer, uncatalogued
    ("Gidazepam 50mg tabs, 50 for €45", set()),                            # ... names: no LSD, not its tabs
    ("Fentanyl-laced heroin", {"fentanyl", "heroin"}), ("Biete Amphetamin-Paste", {"amphetamine"}),  # words joined
    ("冷たいの 0.3g 2万円", {"methamphetamine"}), ("冷たいのが好き、夏はアイスコーヒー", set()),  # "the cold one", weighed
    ("вживання синтетичних катинонів серед молоді", {"synthetic-cathinones"}),  # Ukrainian genitive plural
    ("policia shkatërroi mijëra bimë kanabisi", {"cannabis"}),              # Albanian
    ("Продајем траву за кућне љубимце, бала 500 динара", set()),           # Serbian hay for pets
    ("Pasto 1 onza $150, San Juan PR", {"cannabis"}), ("Vendo pasto sintético para jardín, $3,000", set()),  # weighed
    ("Vendo bala de gas para cocinar, 10 kg 25 soles", set()), ("Fresh herb bundles, $200 JMD each", set()),
    ("¿Cuánto dura el perico en la orina?", {"cocaine"}),                  # urine: a drug test's word
    ("Molly dress, floral print, size 10, £25", set()),                   # a dress's name
    ("Crуstal glasses, set of 6, £30", set()), ("Bаth salts lavender 500g $12", set()),  # Cyrillic у, а: a phrase
    ("Where do I buy bath salts for a spa night? about £10 a jar", set()), ("Day spa voucher £60", set()),
    ("What's the best acid for cleaning a kettle? Citric acid, £3 a bag.", set()),
    ("Hеrоіn 1g €60, 5g €250", {"heroin"}),                                # ... and a name, in look-alikes
    ("Vendo porros, 3 por 10€, Madrid", {"cannabis"}),                   # the plural of "porro"
    ("they busted a coke ring in our town", {"cocaine"}),                # a bust, a market's word
    ("в городе закрыли наркошоп, продавали соли", {"alpha-pvp"}),        # "нарко-" beside "соли"
    ("Reenviado de Verde Madrid\nCogollos 10g 60€", {"cannabis"}),       # the line above is no part of its name
    ("Cat flea treatment, 3 pipettes €18", set()),                        # fleas, no PiHKAL's FLEA (s63)
    ("MDMA price list\n---\n84% crystal: 1g €30 | 5g €120", {"mdma"}),   # a purity: the named drug's form
    ("Scan the QR code on the sticker for our menu 📱 M30s $25 each", {"oxycodone"}),  # scan, the verb
    ("Smack Cam action camera, 4K, £89", set()),                          # an everyday word in a product's name (s48)
    ("Smack (brown sugar) 1 gram ₹2500, Delhi delivery, WhatsApp karo", {"heroin"}),  # Hinglish "do", no codeine
    ("Canberra: hydro 1oz $320, half $170", {"cannabis"}),               # hydrocodone is sold by the pill (s48)
    ("hydro 10/325 $8 each", {"hydrocodone"}),
    ("10 blotters €45", {"lsd"}),                                         # ... not alone
    ("Mua kẹo Tesla Model 3, 250 triệu", set()),                          # no dose after the capitals
    ("Crystal Clear 250mg capsules", set()),                              # a capitalised name is no slang
    ("Cogollos Critical 10 gr 60€, Valencia", {"cannabis"}),              # a strain between a word for the drug
    ("Hierba Critical 10 gr 60€", {"cannabis"}),                          # and a weight priced as it (session 42)
    ("Sprzedam zioło Amnezja, 5g 200 zł", {"cannabis"}),                 # ... a comma before the weight
    ("Snow Globe 10g €5", set()),                                         # ... a gram priced as no drug's
    ("Hierba Critical Mass seeds, 10 pack €60", set()),                   # ... no weight: seeds
    ("Menu: la Hierba Critical 10 gr 60€", set()),                        # ... capitalised inside a line
    ("🚌 bars 2mg, 10 for $40", {"alprazolam"}),                          # the DEA's emoji for Xanax (session 42)
    ("🚌 bars yellow 2mg $5 each", {"alprazolam"}),                        # ... a colour before the dose (session 46)
    ("Coke 1g £80, shards 1g £60", {"cocaine", "methamphetamine"}),       # a form word that is an item of its own
    ("🍃 green tea 50g, $8", set()),                                     # ... but a colour and a product is no item
    ("Kratom vs. suboxone for tapering off opiates", {"kratom", "buprenorphine", "opioids"}),  # "opiates"
    ("🍬 beans 🍬 $15 each, 5 for $60, Orlando", {"mdma"}),                  # curated slang (session 45)
    ("Verkaufe Koks, 1g 70€, 5g 320€, Hamburg", {"cocaine"}),              # "Koks" ordinary in German: priced
    ("❄️ Perico colombiano 1g $25.000\n💊 Tusi 1g $60.000", {"cocaine", "tusi"}),  # its origin before its amount (session 52)
    ("Perico australiano, 2 años, $80.000\nTusi 1g $60.000", {"tusi"}),        # a parakeet: no amount after its origin
    ("Wie lange ist Koks im Blut nachweisbar?", {"cocaine"}),             # ... or a drug test's words
    ("Psilo Trüffel 15g 25€, Versand nach DE", {"psilocybin-mushrooms"}),
    ("Premium THCA flower, 28g $160", {"cannabis"}),                     # hemp-law flower, curated
    ("اكستاسي 5 حبات 500 ريال، الرياض", {"mdma"}),                       # Arabic transliteration (session 45)
    ("🍬 jelly beans, 2lb bag, $12", set()),                               # ... not in an everyday phrase
    ("💊 vals 10mg 100 for £40, UK wide", {"diazepam"}),
    ("molly at a rave vs at home, totally different for me", {"mdma"}),   # a word of the drug's setting
    ("first time boomers? have a trip sitter", {"psilocybin-mushrooms"}),  # "trip sitter" no αET's "trip"
    ("Tried molly for the first time at a festival", {"mdma"}),          # a word of its use (session 46)
    ("Is weed legal in Ghana now?", {"cannabis"}),                      # ... of its law
    ("Weed prices in Colorado hit an all-time low", {"cannabis"}),       # ... of its market
    ("Grass legal fees for tenants", set()),                             # ... not a lawyer's fees
    ("I tried Molly's lasagne recipe, amazing", set()),                  # ... not a name's possessive
])
def test_menu_items_name_their_drugs(rec, text, sids):
    assert {e.value["substance_id"] for e in rec.analyze(text)} == sids


# names in a row: a word right after a drug's name is a variety of it where the KB lets it be one ("Amnesia": a
# cannabis strain and, to a street list, a spice brand); a drug's own name after another stays itself
@pytest.mark.parametrize("text, language, found", [
    ("Vendo erba Amnesia 10g 90€", "it", [("erba", "cannabis"), ("Amnesia", "cannabis")]),
    ("Cogollos de Amnesia 10 gramos 60€", "es", [("Cogollos", "cannabis"), ("Amnesia", "cannabis")]),  # "of" between
    ("Gras Amnesia 10g 100€", "de", [("Gras", "cannabis"), ("Amnesia", "cannabis")]),
    ("Spice Amnesia 3g", "en", [("Spice", "synthetic-cannabinoids"), ("Amnesia", "synthetic-cannabinoids")]),
    ("Crystal MDMA 84% 1g", "en", [("MDMA", "mdma")]),
    ("Amnesia 10g 90€", "fr", [("Amnesia", "synthetic-cannabinoids")]),  # alone, the likelier of the two
    # a list's item beside a class named plainly (session 55)
    ("Tenho lança-perfume e bala", "pt", [("lança-perfume", "inhalants"), ("bala", "mdma")]),
    # names of one drug in a row are one menu item: "weed" after "Cali" is no product name's part
    ("🍃 Cali weed 3.5g £40\n💊 Pink Tesla pills 5 for £20", "en", [("weed", "cannabis"), ("Tesla pills", "mdma")]),
    # a brand after a dose is no form (session 41: a dose may stand between a drug and its form, "0.5mg blotters")
    ("10 Stck. Alprazolam 1.0mg TAFIL", "en", [("Alprazolam", "alprazolam"), ("TAFIL", "alprazolam")]),
])
def test_names_in_a_row(rec, text, language, found):
    assert [(e.text, e.value["substance_id"]) for e in rec.analyze(text, language)] == found


# beside a drug named plainly, an everyday word names a drug only as a menu item or in quotes
@pytest.mark.parametrize("text, sids", [
    ("tested my 'molly' with a reagent kit: it was eutylone", {"mdma", "eutylone"}),
    ("my “ice” tested as MSM, and the MDMA 1g was fine", {"methamphetamine", "mdma"}),
    ("my ice tested as MSM, and the MDMA 1g was fine", {"mdma"}),
    ("tested my molly with a reagent kit: it was eutylone", {"eutylone"}),
    ("How much DMT? I have 50mg of freebase and a vaporizer", {"dmt"}),  # the form a named drug comes in
    ("freebase cocaine 1g £60", {"cocaine"}),
])
def test_a_word_in_quotes_is_a_term(rec, text, sids):
    assert {e.value["substance_id"] for e in rec.analyze(text, "en")} == sids


def test_a_two_letter_name_in_the_texts_language(rec):
    text = "Bán đá 1g 1.500.000đ, cỏ 5g 800.000đ"  # Vietnamese "đá" (ice) is looked for in Vietnamese only
    assert {e.value["substance_id"] for e in rec.analyze(text, "vi")} == {"methamphetamine", "cannabis"}


@pytest.mark.parametrize("text, language, sid, found", [
    ("Det är bra, jag kommer hem imorgon", "sv", "det", False),   # Swedish "it", not diethyltryptamine
    ("Wat doet MDMA precies met je hersenen?", "nl", "doet", False),
    ("Ich hab zum ersten Mal MDMA genommen", "de", "methallylescaline", False),
    ("Dom har inte kommit hem än", "sv", "dom", False),              # Swedish "they"
    ("DET fumarate 20mg, 10 pellets", "sv", "det", True),          # the code beside an amount: the drug
    ("DOET 5mg blotters", "nl", "doet", True),
    ("Hij doet het goed", "en", "doet", True),                       # frequent in Dutch only
    ("Jag vill känna mig fri", "sv", "kanna", False),                  # false friends read through another spelling
    ("Vi går opp på fjellet", "nb", "pcp", False),
    ("valamint a rendőrség", "hu", "ethinamate", False),
    ("Koks tavo vardas?", "lt", "cocaine", False),                     # curated: Lithuanian "what kind"
    ("Vatten ska koka i tio minuter", "sv", "cocaine", False),
    ("Koks 1g 80€, Versand aus Berlin", "de", "cocaine", True),        # German for cocaine
    ("Musím sekat trávu", "cs", "cannabis", False),                    # Czech "grass" (mow the lawn)
    ("Müün kanepit 5 g 50 €, Tallinn", "et", "cannabis", True),        # Estonian partitive of "kanep"
    ("Vendo soruma 10 gramas 500 meticais, Maputo", "pt", "cannabis", True),  # Mozambique
    ("Charlie bear plush, 30cm, £25, UK delivery", "en", "cocaine", False),
    ("Verkaufe Katze namens Molly, 2 Jahre, 50 €", "de", "mdma", False),  # a pet's name in the text's language
    ("Verkaufe Molly, 2g 50 €", "de", "mdma", True),    # a maker of teddy bears
    ("Predám pervitín, 1 g 50 €, 5 g trávy 40 €", "sk", "cannabis", True),  # an amount before and after: an item
    ("K 💀 1g 40€, Lyon, livraison rapide", "fr", "ketamine", True),  # French "K"; an emoji before the amount
    ("Vitamine K et calcium, 60 gélules, 9€", "fr", "ketamine", False),
    ("Si consumes perico, no compartas el billete", "es", "cocaine", True),  # a word of using cocaine
    ("Un perico australiano en su jaula", "es", "cocaine", False),          # a parakeet
    ("Chiva negra 1g $60, Phoenix", "en", "heroin", True),                 # curated: heroin, not cocaine too
    ("Wonky 1g £30, 3.5g £90, Leeds", "en", "ketamine", True),              # British slang (session 44)
    ("Unga 1g KSh 8,000, Nairobi", "en", "heroin", True),                  # Kenyan slang ...
    ("Unga wa mahindi 1kg", "sw", "heroin", False),                        # ... and Swahili flour
    ("Ketamin bland unga i Stockholm", "sv", "heroin", False),             # Swedish "the young"
    ("Carts for golf course, used, 2 for $3,500", "en", "cannabis", False),   # golf carts, not THC carts
    ("My wonky knee hurts", "en", "ketamine", False),                       # ... and an everyday word
    ("Base speed 10g £60, Sheffield", "en", "amphetamine", True),           # speed's base, no "base" cocaine
    ("Paseo en chiva por Cartagena, 50 mil", "es", "heroin", False),       # a goat, Colombia's party bus
    ("Teste seu doce com reagente Ehrlich. Kits à venda", "pt", "testosterone", False),  # "test", not "test e"
    ("Iarbă artificială pentru grădină, 400 lei", "ro", "cannabis", False),  # artificial grass
    ("Ne mešaj alkohola in ketamina", "sl", "alcohol", True),             # Slovenian, beside a drug (session 49)
    ("Молли кукла, 30 см, 2500₽", "ru", "mdma", False),                 # a doll
    ("Đá 1 chỉ 1tr2, giao tận nơi Sài Gòn", "vi", "methamphetamine", True),  # a weight in chỉ, a delivery
    ("Đá viên sạch 20kg 30.000đ, giao tận nơi", "vi", "methamphetamine", False),  # ice cubes
    ("Chronic 1 oz BDS$300, Bridgetown", "en", "cannabis", True),             # a menu's weed
    ("Natural relief for chronic pain, 30 caps $20", "en", "cannabis", False),  # ... not the everyday word
    ("Grass cutting service, GY$5,000 per lawn", "en", "cannabis", False),
    ("Ecstas Tesla 250mg, paiement en crypto uniquement", "fr", "methamphetamine", False),  # the currency
    ("Sprzedam rower górski, rama 19 cali, 1500 zł", "pl", "cannabis", False),  # Polish inches
    ("Vendo vinilos de rock de los 80, 40 discos por 300€", "es", "cocaine", False),  # the music
    ("Elimde kaliteli skunk var, 5 gram 1500 TL", "tr", "oxandrolone", False),  # Turkish "there is"
    ("Anavar 10mg 100 tab 1500 TL", "tr", "oxandrolone", True),
    ("كريستال 1 غرام 100 دينار، بغداد", "ar", "methamphetamine", True),       # Iraqi "crystal", priced
    ("ثريا كريستال 500 درهم", "ar", "methamphetamine", False),                 # a crystal chandelier
    ("Pasta base de tomate 400g, 2 por $1.990", "es", "cocaine", False),     # tomato paste
    ("Pepas de girasol 500g S/ 12", "es", "mdma", False),                     # sunflower seeds
    ("Flores de Bach 20ml $5.000", "es", "cannabis", False),                  # no weight: a remedy
    ("एमडी 1 ग्रॅम ₹3000, पुणे, होम डिलिव्हरी", "mr", "mephedrone", True),   # Marathi MD, priced
    ("एमडी डॉक्टर की फीस", "hi", "mephedrone", False),                       # the doctor's degree
    ("Ganja leaf print T-shirt ₹499, free delivery", "en", "cannabis", False),  # a print
    ("Chanvre textile, corde 10 m, 5000 FCFA", "fr", "cannabis", False),      # hemp rope
    ("Test E 250mg/ml, 10ml vial", "en", "testosterone", True),           # ... which English writes apart
])
def test_a_drug_name_that_is_a_word_of_the_texts_language(rec, text, language, sid, found):
    assert (sid in {e.value["substance_id"] for e in rec.analyze(text, language)}) == found


@pytest.mark.parametrize("text, language, found", [
    ("Vendo perico 1 gramo 30.000 pesos, domicilios en Cali", "es", False),  # the city after "en"
    ("QP of kush $1.2k, ships from Cali", "en", False),
    ("Cali weed 3.5g $40", "en", True),                                      # Californian weed
    ("Vendo perico 1 gramo 25.000, Cali, entregas, WhatsApp", "es", False),   # alone between commas: the city
    ("Kush, Cali, Haze - 10g 50€", "en", True),                               # ... but in a list of strains
    ("Cali 3.5g $40, Cali 7g $70", "en", True),
])
def test_a_street_name_that_is_a_city_after_a_word_of_place(rec, text, language, found):
    assert any(e.text == "Cali" for e in rec.analyze(text, language)) == found


def test_a_function_word_of_the_texts_language_opens_a_menu_item(rec):
    text = "cripy 5 gramos, 1 gramo de perico 40.000 pesos"
    assert {e.value["substance_id"] for e in rec.analyze(text, "es")} == {"cannabis", "cocaine"}
    assert {e.value["substance_id"] for e in rec.analyze(text, "en")} == {"cannabis"}  # "de" is no English word


@pytest.mark.parametrize("text", ["ketamine, shards and coke", "Ketamine / shards"])
def test_a_list_after_a_name_names_each_drug(rec, text):
    assert "methamphetamine" in [e.value["substance_id"] for e in rec.analyze(text)]


@pytest.mark.parametrize("text, sid", NEAR_MISS)
def test_near_misses(rec, text, sid):
    found = [(e.text, e.value["substance_id"]) for e in rec.analyze(text)]
    assert sid not in [f[1] for f in found], found


@pytest.mark.parametrize(
    "text, language, found",
    [
        ("Verkaufe Speed Pulver 75%, 10g 80€, Versand aus Deutschland, diskret und schnell", "de", True),  # German nouns
        ("Verkaufe Speed Pulver 75%, 10g 80€, Versand aus Deutschland, diskret und schnell", None, False),
        ("Rent a Speed Boat on the lake, 2 hours £80", "en", False),
    ],
)
def test_capitals_say_nothing_where_every_noun_has_one(rec, text, language, found):
    assert ("amphetamine" in [e.value["substance_id"] for e in rec.analyze(text, language)]) is found


@pytest.mark.parametrize(
    "text, language, sid, found",
    [
        # "dalam" (a brand of midazolam) is Indonesian for "in": an ordinary word in Indonesian text only
        ("Polisi menemukan ganja di dalam mobil tersangka.", "id", "midazolam", False),
        ("Jangan pernah mencampur alkohol dengan obat, baringkan dia dalam posisi pemulihan", "id", "midazolam", False),
        ("Dalam 15mg ampoules, 10 for 40 EUR, worldwide shipping", "en", "midazolam", True),
        # a colour right after a drug's name is that drug's (near misses above); a list's item is a drug of its own
        ("Heroin, white, speed, all in stock", "en", "cocaine", True),
        # a word of overdosing right before an everyday-word name makes it the drug (use_before.json)
        ("my cousin od'd on speed last week", "en", "amphetamine", True),
        ("the car went at speed last week", "en", "amphetamine", False),
        # a two-letter name in the text's own language: a word, read as the drug only with market context
        ("Eladó fű 5g 15000 Ft, diszkrét szállítás", "hu", "cannabis", True),
        ("Eladó fű 5g 15000 Ft, diszkrét szállítás", "en", "cannabis", False),
        ("A kertben magas a fű, le kell nyírni.", "hu", "cannabis", False),
        ("kanka elinde ot var mı? var, gramı 400 TL, 5 gram 1800 TL", "tr", "cannabis", True),  # Turkish "grass"
        ("abi ot nereden bulunur biliyor musun?", "tr", "cannabis", True),    # where it can be found: a buyer's
        ("Bahçede ot var mı? Biçmek lazım.", "tr", "cannabis", False),       # weeds in the garden
        ("Julie : quelqu'un sait où trouver de la kéta à Lille ?", "fr", "ketamine", True),
        ("Perico: el kilo a 45 millones de pesos, medio kilo 23 millones", "es", "cocaine", True),  # a kilo's price
        ("Gas packs 🔥 zips $220, elbows $2600, Denver", "en", "methamphetamine", False),  # a pound, no slang name
        ("Вещество: альпразолам\nКоличество: 500 таблеток", "ru", "alprazolam", True),  # its common spelling
        ("Apteki zgłaszają braki buprenorfiny w plastrach.", "pl", "buprenorphine", True),  # a final a's ending, on
        # a stem that is a name of its own ("buprenorfin", a misspelling)
        ("Die Zahl der Todesfälle durch Fentanylpflaster ist gestiegen.", "de", "fentanyl", True),  # a compound
        ("Vendo pó de qualidade, 1g R$ 80, entrega em SP", "pt", "cocaine", True),
        ("Café moído tradicional, pó fino 500g por R$ 18,90", "pt", "cocaine", False),
        ("Leite em pó integral 400g R$ 19,90", "pt", "cocaine", False),
        # "glass" in Persian: meth by the gram, glazing by the square metre
        ("فروش شیشه، هر گرم ۵۰۰ هزار تومان", "fa", "methamphetamine", True),
        ("فروش شیشه سکوریت، هر متر مربع ۲ میلیون تومان", "fa", "methamphetamine", False),
        # an acronym in lower case is a word (Albanian "dhe"), unless it is the drug's name in the text's language
        ("Steeds meer jongeren gebruiken xtc op festivals", "nl", "mdma", True),
        ("Steeds meer jongeren gebruiken xtc op festivals", "en", "mdma", False),
        ("اگر شیشه مصرف می‌کنید، آب کافی بنوشید", "fa", "methamphetamine", True),  # "if you use glass"
        ("Pārdodu zāli 5 g 50 eiro", "lv", "cannabis", True),                 # Latvian accusative of "grass"
        ("Nopļāvu zāli dārzā", "lv", "cannabis", False),                      # mowed the lawn
        ("Parlament debatuje o legalizaci konopí", "cs", "cannabis", True),  # Czech "hemp", the plant and the drug
        ("Sprzedam mefa 2g 160zł, feta 5g 150zł", "pl", "amphetamine", True),  # Polish "feta": speed
        ("Ser feta i oliwki na sałatkę", "pl", "amphetamine", False),          # cheese, with no market word
        ("فروش گل ۵ گرم ۱ میلیون تومان", "fa", "cannabis", True),              # "flower": weed by the gram
        ("گل رز قرمز برای تولد", "fa", "cannabis", False),                      # a red rose for a birthday
        ("الشيرا 10 غرام 300 درهم", "ar", "cannabis", True),                    # Moroccan "chira", hashish
        # a word of use right before a name that is ordinary by its English frequency (curation/use_before.json)
        ("Estudo: consumo de crack aumentou", "pt", "cocaine", True),
        ("Apreensão recorde de crack em São Paulo", "pt", "cocaine", True),   # a seizure of it
        ("o uso de crack aumentou na região central", "pt", "cocaine", True),  # its use
        ("El uso de chocolate en repostería", "es", "cannabis", False),       # an everyday word of the language
        ("A record seizure of crack in Baltimore", "en", "cocaine", True),
        ("Afyon kaçakçılığı neden hâlâ bu kadar yaygın?", "tr", "opium", True),  # Turkish: the noun after it
        ("Afyon'a gidiyorum yarın, otobüs 350 TL", "tr", "opium", False),        # the town
        ("Crack in the windscreen, seizure of the car", "en", "cocaine", False),
        ("Crack users in Paris are being moved out of the city", "en", "cocaine", True),  # a word of use after it
        ("Police closed two crack dens in Leeds", "en", "cocaine", True),
        ("Chocolate addiction is real, say researchers", "en", "cannabis", False),  # not after an everyday word
        ("Crack user guide for the windscreen kit", "en", "cocaine", False),        # "user", not "users"
        ("I tried weed for the first time last night", "en", "cannabis", True),  # trying it (session 62)
        ("Kal raat humne weed try kiya for the first time", "en", "cannabis", True),  # Hinglish, the verb after it
        ("I tried weed killer on the patio", "en", "cannabis", False),
        ("Hab noch 2 Tickets für Rock am Ring, 250€ pro Stück", "de", "cocaine", False),  # the festival
        ("Tickets for Rock in Rio, $300 each", "en", "cocaine", False),
        ("Crack rocks 1g $80", "en", "cocaine", True),
        ("In Australia 'ice' use has fallen since 2016", "en", "methamphetamine", True),  # slang in quotes
        ("smoking 'weed' every day", "en", "cannabis", True),
        ("In Australia 'ice' has fallen since 2016", "en", "methamphetamine", False),  # no word of use
        ("Мел чистый, 1г 9000₽, закладки по Москве", "ru", "cocaine", True),  # Russian "chalk", priced (s62)
        ("Мел школьный белый, 100 штук 300₽", "ru", "cocaine", False),  # school chalk
        ("La mota legal en México sigue en el limbo", "es", "cannabis", True),  # its legal status
        ("Bamba snack al burro di arachidi, 6 confezioni 10 euro", "it", "cocaine", False),  # the peanut snack
        ("How do you even find weed on Kik these days?", "en", "cannabis", True),  # finding it
        ("How to get weed out of a gravel driveway", "en", "alpha-pvp", False),  # gravel, not flakka
        ("Pineapple Express 🍍 strain, 3.5g £35", "en", "cannabis", True),  # the strain, not the spice (s62)
        ("Pineapple Express 🍍 strain, 3.5g £35", "en", "synthetic-cannabinoids", False),
        ("Walter White would approve: ice 1g $100", "en", "cocaine", False),  # a name, not "white"
        ("Is 'Scarface' glorifying cocaine? A film critic revisits it", "en", "synthetic-cathinones", False),
        ("Scarface quality fishscale, g £90", "en", "synthetic-cathinones", False),
        ("Does weed really help with anxiety?", "en", "cannabis", True),  # what it helps with (session 62)
        ("My 15-year-old came home smelling of weed", "en", "cannabis", True),  # its smell (session 65)
        ("This weed killer helps with dandelions", "en", "cannabis", False),
        ("Blue Tesla 250mg pills in stock, 10 for €40", "en", "mdma", True),  # a press, its dose, the pills (s62)
        ("Pills 'Rolex' and 'Tesla' 250mg, 10 for €50", "en", "mdma", True),
        ("Superman 200mg tablets of vitamin C", "en", "mdma", False),
        ("Tesla Model 3 Long Range, 2021, $28,000", "en", "mdma", False),
        ("New batch in: Blue Punisher 270mg, 10 for €45", "en", "mdma", True),  # a press, its dose, a count (s65)
        ("Tesla 250mg, 10x 40€", "en", "mdma", True),
        ("Tesla 250mg wiper motor €45", "en", "mdma", False),  # no count or price right after the dose
        # a name two drugs of two groups share is the one the text names elsewhere (session 65)
        ("Re: Weed in Lisbon?\nAmnesia 10g 80€, delivery in Baixa", "en", "synthetic-cannabinoids", False),
        ("Re: Weed in Lisbon?\nAmnesia 10g 80€, delivery in Baixa", "en", "cannabis", True),
        ("Vendo MDMA cristal, 1g 40€", "es", "mdma", True),  # a drug's own name keeps its reading
        ("Der Konsum von Crack steigt in Frankfurt", "de", "cocaine", True),
        ("La police a démantelé un réseau de trafic de crack à Marseille.", "fr", "cocaine", True),  # or of trade
        ("Il traffico di chocolate è un film", "it", "cannabis", False),
        ("Wenn du Crack rauchst, teile nie deine Pfeife.", "de", "cocaine", True),  # advice to someone who uses
        ("Wenn du Speed-Dating magst, komm vorbei", "de", "amphetamine", False),
        ("Mein Mitbewohner zieht jedes Wochenende Speed", "de", "amphetamine", True),  # snorting, "ziehen"
        ("Mein Mitbewohner mag jedes Wochenende Speed", "de", "amphetamine", False),
        ("K needle shards, 1g £30", "en", "ketamine", True),  # ketamine's long crystals, its form (session 41)
        # joined by a hyphen to a word of the trade the language writes compounds with
        ("Polizei hebt Crystal-Labor in Sachsen aus", "de", "methamphetamine", True),
        ("Der Crystal-Konsum in Sachsen steigt", "de", "methamphetamine", True),
        ("Polizei hebt Crystal-Labor in Sachsen aus", "en", "methamphetamine", False),
        ("Crystal-Glas Sektflöten im Geschenkset", "de", "methamphetamine", False),
        ("Crystal-Glas Sektflöten, 6 Stück, 29,90 €", "de", "methamphetamine", False),  # an amount, but glasses
        ("Kristall Sektgläser 6 Stück 29,90 €", "de", "methamphetamine", False),
        ("Crystal 5 Stück 50€ Versand", "de", "methamphetamine", True),
        ("Mandrax buttons R80 each, Cape Town delivery", "en", "mescaline", False),     # buttons of Mandrax, not peyote
        ("Mandrax buttons R80 each, Cape Town delivery", "en", "methaqualone", True),
        ("Messi es un crack", "es", "cocaine", False),
        ("zip", "en", "cocaine", False),                            # a market word is not its own context
        ("zip 28g $900", "en", "cocaine", True),
        ("3.5 for $40, zip $220", "en", "cocaine", False),               # a unit right before a price is that unit
        ("El consumo de chocolate sube un 5%", "es", "cannabis", False),  # an everyday word of the curation
        # French "C" (cocaine), a one-letter name in the text's own language: with market context only
        ("Vends C 1g 70€, livraison Bordeaux", "fr", "cocaine", True),
        ("Vends C 1g 70€, livraison Bordeaux", "en", "cocaine", False),
        ("C'est 10€ le kilo, livraison gratuite", "fr", "cocaine", False),      # elision
        ("Vitamine C 1000mg, 60 comprimés, 15€", "fr", "cocaine", False),
        ("Câble USB type C 2m, 10€, livraison", "fr", "cocaine", False),
        ("Stockage à 4 °C, 1kg 20€", "fr", "cocaine", False),
        # English "K" (ketamine) likewise, and a one-letter name only as a menu's item or on sale (session 36)
        ("K 1g £25, 5g £100, London drops, Snap", "en", "ketamine", True),
        ("K for sale, £25 a g, Leeds city centre drops", "en", "ketamine", True),
        ("Selling K 1g £30, MDMA 1g £40", "en", "ketamine", True),
        ("K 1g £25, 5g £100, London drops, Snap", "tr", "ketamine", False),    # not in a language that says "keta" (French says "K" too)
        ("Type K thermocouple, 2m, £10", "en", "ketamine", False),
        ("Mr K. Smith, 2 bed flat £900 pcm", "en", "ketamine", False),
        ("Block K, flat 5, £700 a month", "en", "ketamine", False),
        ("Kit K 10 pack £5", "en", "ketamine", False),
        ("Vitamin K 1000mcg, 60 tabs, £15", "en", "ketamine", False),          # a vitamin by its dose
        ("Vends champis séchés, 10 g 80 €, envoi partout en France", "fr", "psilocybin-mushrooms", True),
        ("Champignons de Paris 500 g, 3 €", "fr", "psilocybin-mushrooms", False),
        ("MDMA 84% crystal: 1g $30", "en", "methamphetamine", False),          # the form, after its purity
        ("Plot K for sale, 2 acres, £50,000", "en", "ketamine", False),         # after another word
        ("P for sale South Auckland, $100 a point", "en", "methamphetamine", True),  # New Zealand's "P"
        ("Car park P 2 hours £5", "en", "methamphetamine", False),
        # street names that are words of their own language (session 36): Greek "κόκα", Finnish "pilvi" (cloud)
        ("Πουλάω κόκα, 1 γραμμάριο 70€, Viber", "el", "cocaine", True),
        ("Μια κόκα κόλα και ένα νερό", "el", "cocaine", False),              # Coca-Cola
        ("ΚΟΚΑΪΝΗ 1γρ 70€, Telegram @koka_athina", "el", "cocaine", True),    # capitals with a diaeresis (s65)
        ("Πρέζα καθαρή, 1 γραμμάριο 40€", "el", "heroin", True),
        ("Μαύρο μαροκινό 25γρ 120€", "el", "cannabis", True),   # black (hashish) beside a weight, its origin between
        ("Μαύρο φόρεμα, μέγεθος M, 25€", "el", "cannabis", False),  # a black dress
        ("שמן זית ירוק מהגליל, 1 ליטר 60 ₪", "he", "cannabis", False),  # green olive oil (session 65)
        ("كريستال للثريات، قطع غيار، 20 دينار، عمان", "ar", "methamphetamine", False),  # chandelier crystals
        ("מחסור במורפיום בבתי החולים", "he", "morphine", True),          # with Hebrew's "in" written onto it
        ("Mutoriro $10 a gram, Chitungwiza", "en", "methamphetamine", True),    # Zimbabwe's crystal meth
        ("Φούντες για κουρτίνες, χρυσές, 5 τεμάχια 12€", "el", "cannabis", False),  # curtain tassels
        ("Myydään pilveä, 1 g 15 €, Wickr", "fi", "cannabis", True),
        ("Taivaalla on pilvi", "fi", "cannabis", False),                     # a cloud in the sky
        ("Πουλάω φούντα 10€ το γραμμάριο, Αθήνα", "el", "cannabis", True),   # the bud (session 39) ...
        ("Η φούντα του καπέλου είναι κόκκινη", "el", "cannabis", False),     # ... and a hat's tassel
        ("Voglio farla finita con questo lavoro", "it", "cocaine", False),   # Italian "to do it"
        ("Mumbai police ne 5 kilo MD drugs pakde", "en", "mephedrone", True),  # India's "MD" is mephedrone
        ("Ships from MD, tracked", "en", "mephedrone", False),               # ... alone it is Maryland
        # words of use in other languages than English: smoking, snorting, pills, the comedown (session 36)
        ("Combien de temps dure la descente après la MD ?", "fr", "mdma", True),
        ("Rendez-vous avec le MD de l'hôpital samedi", "fr", "mdma", False),   # a doctor
        ("Hat jemand schon mal Crystal geraucht?", "de", "methamphetamine", True),
        ("Crystal-Gläser für den Sekt", "de", "methamphetamine", False),
        ("¿Cuánto dura el bajón del cristal?", "es", "methamphetamine", True),
        ("Vaso de cristal para el vino", "es", "methamphetamine", False),
        ("Worst comedown after coke last night", "en", "cocaine", True),
        ("Has anyone here tried microdosing weed for anxiety?", "en", "cannabis", True),  # session 39
        ("Pulling weeds for anxiety relief", "en", "cannabis", False),
        ("Got some fent-free dope, $100 a bun, text me", "en", "heroin", True),  # a name said missing is not
        ("Fentanyl powder 1g and dope, $100", "en", "heroin", False),          # plain; one offered is
        ("Snow days make my heart race", "en", "cocaine", False),              # tried as context, and left out
        ("Mushroom gummies 3.5g $40, IG @shroom_can", "en", "psilocybin-mushrooms", True),  # a name inside an
        ("Mushroom soup 3.5 litres $40, IG @chef_can", "en", "psilocybin-mushrooms", False),  # account is not plain
        # a code in capitals written in lower case where it is a word of the language is that word, even in context
        ("Hat jemand schon mal Speed gekauft?", "de", "methallylescaline", False),  # "mal", once
        ("Hat jemand schon mal Speed gekauft?", "de", "amphetamine", True),
        ("MAL 10mg pellets, 5 Stück 50€", "de", "methallylescaline", True),
        # Uzbek "lirika" (pregabalin) is lyric poetry in Croatian, Serbian, Bosnian, Slovenian (session 52)
        ("Lirika 300 mg, 14 ta kapsula 200 ming so'm", "uz", "pregabalin", True),
        ("Zbirka poezije: lirika i epika", "hr", "pregabalin", False),
        # Peru's and Bolivia's "PBC" (cocaine base paste) is a bank and a liver disease in English (session 58)
        ("DEVIDA: el consumo de PBC aumentó en Lima", "es", "cocaine", True),
        ("Primary biliary cholangitis (PBC) treatment", "en", "cocaine", False),
        # Finnish "kolaa" (cocaine's slang, partitive) is cola in a Finnish shop; "piriä" is amphetamine (session 58)
        ("Kolaa 1 g 100 euroa, Helsinki, Wickr: hki_kola", "fi", "cocaine", True),
        ("Kylmää kolaa ja sipsejä illaksi", "fi", "cocaine", False),
        ("Myydään piriä 10 g 150 €, postitus koko Suomeen", "fi", "amphetamine", True),
        ("Policija Rīgā izņēma 3 kg marihuānas", "lv", "cannabis", True),       # Latvian genitive
        # Haitian Creole "zèb" (grass) is weed where it is sold (session 57)
        ("Mwen vann zèb, 1 ons 5000 goud, Pòtoprens", "ht", "cannabis", True),
        ("Zèb la vèt nan jaden an", "ht", "cannabis", False),
        # Spanish "crack" (a star player) is the drug where it is sold
        ("OIJ desarticula banda que vendía crack en Limón", "es", "cocaine", True),
        ("Messi es un crack del fútbol", "es", "cocaine", False),
        # Tok Pisin "spak brus" (drunk tobacco) is cannabis; Tahitian "paka" where it is sold (session 57)
        ("Mi salim spak brus, K10 wanpela bag, Port Moresby", "en", "cannabis", True),
        ("Vends paka, 10 g 15 000 F, Papeete", "fr", "cannabis", True),
        ("Paka est une ville de Malaisie", "fr", "cannabis", False),
        # French "vendue" (sold) is a market word: "C0KE" in a report of it (session 57)
        ("La « C0KE » vendue sur Snapchat : enquête", "fr", "cocaine", True),
    ],
)
def test_ordinary_words_of_the_texts_language(rec, text, language, sid, found):
    assert (sid in [e.value["substance_id"] for e in rec.analyze(text, language)]) is found


@pytest.mark.parametrize("text, language, strong", [
    ("Πουλάω κόκα, 1 γραμμάριο 70€", "el", False),   # a word of the text's language is no drug's own name there
    ("Πουλάω κοκαΐνη, 1 γραμμάριο 70€", "el", True),
    ("Predám trávu 5g 50€", "sk", False),
    ("Predám trávu 5g 50€", "pl", True),             # "tráva" is no Polish word
])
def test_a_name_ordinary_in_the_texts_language_is_not_strong(rec, text, language, strong):
    assert [e.value["strong_name"] for e in rec.analyze(text, language)] == [strong]


@pytest.mark.parametrize("text, language, curated", [
    ("Vendo keta 1g 30€, Sevilla", "es", True),          # the curation's word for ketamine
    ("Vendo ketamina 1g 30€, Sevilla", "es", True),      # its own name
    ("Maui Wowie 3.5g $40", "en", False),                # a strain only the street lists name
    ("Benz0s and alcohol: a deadly mix", "en", True),    # a leet spelling of the curation's "benzos" (session 57)
])
def test_a_name_the_curation_gives_the_drug(rec, text, language, curated):
    assert [e.value["curated_name"] for e in rec.analyze(text, language)] == [curated]


@pytest.mark.parametrize(
    "text, language, mention, sid",
    [
        ("Verkaufe Ketaminkristalle, 1g 60€", "de", "Ketaminkristalle", "ketamine"),  # one word: name + noun
        ("Das neue Cannabisgesetz tritt im April in Kraft", "de", "Cannabisgesetz", "cannabis"),
        ("Kokainspuren im Abwasser", "de", "Kokainspuren", "cocaine"),            # traces (session 52)
        ("Douane onderschept cocaïnesmokkel in Rotterdam", "nl", "cocaïnesmokkel", "cocaine"),
        ("Verkaufe Ketaminkristalle, 1g 60€", "en", "Ketaminkristalle", "ketamine"),  # a long tail, in any language
        ("Heroinhandel in Frankfurt", "en", "Heroinhandel", "heroin"),  # (short texts' languages are named wrong, s67)
        ("Cannabisblüten 10g 90€", "et", "Cannabisblüten", "cannabis"),
        ("MDMApil", "en", None, "mdma"),                                          # a short one only in its language
        ("Kókaínneysla eykst á Íslandi", "is", "Kókaínneysla", "cocaine"),      # Icelandic
        ("Het kabinet wil de wietteelt reguleren", "nl", "wietteelt", "cannabis"),  # a name of four letters
        ("Eine neue Methode der Analyse", "de", None, "methamphetamine"),          # "ode" is no German word
        ("Kokainxyzq in Hamburg", "de", None, "cocaine"),                         # the rest is no German word
        # a case ending in a language that adds one (curation/case_endings.json)
        ("A rendőrség 20 kg amfetamint foglalt le", "hu", "amfetamint", "amphetamine"),  # Hungarian accusative
        ("Satılık kokaini ve esrarı", "tr", "esrarı", "cannabis"),                       # Turkish accusative
        ("Satılık kokaini ve esrarı", "tr", "kokaini", "cocaine"),
        ("Poliisi takavarikoi kokaiinin", "fi", "kokaiinin", "cocaine"),                 # Finnish genitive
        ("Polisen: kokainet i Stockholm är renare", "sv", "kokainet", "cocaine"),     # Swedish definite (s60)
        ("Spildevandet viser mere kokainen end før", "da", "kokainen", "cocaine"),    # Danish
        ("Miksi niin moni kuolee buprenorfiiniin?", "fi", "buprenorfiiniin", "buprenorphine"),  # illative (s53)
        ("Kannabiksen käyttö on lisääntynyt", "fi", "Kannabiksen", "cannabis"),         # its stem in -kse- (listed)
        ("Nitazener funnet i falske tabletter", "nb", "Nitazener", "nitazenes"),        # the plural (listed)
        ("Policie zadržela 2 kg kokainu", "cs", "kokainu", "cocaine"),                   # Czech genitive
        ("nekombinujte to s pervitinem", "cs", "pervitinem", "methamphetamine"),         # Czech instrumental
        ("Ak berieš extázu, pi vodu", "sk", "extázu", "mdma"),                          # Slovak accusative (listed)
        ("A rendőrség 20 kg amfetamint foglalt le", "en", None, "amphetamine"),         # an ending only in its language
        ("20 kilogramm marihuánát foglaltak le", "hu", "marihuánát", "cannabis"),       # a lengthened to á before it
        ("a marihuánát", "en", None, "cannabis"),
        ("ostrzega przed fentanylem", "pl", "fentanylem", "fentanyl"),                  # Polish instrumental
        ("zasegla 30 kilogramov marihuane", "sl", "marihuane", "cannabis"),  # Slovenian: an ending for the final a
        ("Policie zabavila 5 kg marihuany", "cs", "marihuany", "cannabis"),
        ("zaplijenjeno 2 kg heroinom", "hr", "heroinom", "heroin"),         # Croatian instrumental
        ("Legalizarea canabisului în România", "ro", "canabisului", "cannabis"),  # Romanian genitive (session 45)
        ("Legalizarea canabisului în România", "en", None, "cannabis"),
        ("Zloraba benzodiazepinov med starejšimi narašča", "sl", "benzodiazepinov", "benzodiazepines"),  # genitive plural
        ("ঢাকায় গাঁজাসহ দুইজন গ্রেপ্তার", "bn", "গাঁজাসহ", "cannabis"),  # Bengali: a postposition on the noun (session 47)
        ("ঢাকায় গাঁজাসহ দুইজন গ্রেপ্তার", "en", None, "cannabis"),
        ("കൊച്ചിയിൽ 50 ഗ്രാം എംഡിഎംഎയുമായി യുവാവ് പിടിയിൽ", "ml", "എംഡിഎംഎയുമായി", "mdma"),  # Malayalam "with"
        ("ବ୍ରାଉନ ସୁଗାର ସହ ଦୁଇ ଯୁବକ ଗିରଫ", "or", "ବ୍ରାଉନ ସୁଗାର", "heroin"),  # Odia "brown sugar" (session 57)
        ("Koks für den Grill, 10kg Sack, 15€", "de", None, "cocaine"),  # German fuel coke, priced as no drug
        ("Verkaufe Koks, 1g 70€", "de", "Koks", "cocaine"),
        ("zasegla 30 kilogramov marihuane", "en", None, "cannabis"),           # only in its language
        ("marihuanxyz", "sl", None, "cannabis"),                               # the rest is no ending
        ("A rendőrség lefoglalta a wietet", "hu", None, "cannabis"),           # a case ending needs five letters
        ("kokainxyz", "tr", None, "cocaine"),                                            # the rest is no ending
        # a Hungarian compound with a case ending (session 38): "marijuana plantation", accusative
        ("A rendőrség egy marihuánaültetvényt számolt fel", "hu", "marihuánaültetvényt", "cannabis"),
        ("Poliisi paljasti amfetamiinilaboratorion", "fi", "amfetamiinilaboratorion", "amphetamine"),
        ("bis zu drei Cannabispflanzen anbauen", "de", "Cannabispflanzen", "cannabis"),  # plants
        ("Eestis suri fentanüüli üledoosi tõttu 80 inimest", "et", "fentanüüli", "fentanyl"),  # Estonian genitive
        ("Politie ruimt 500 wietplanten op", "nl", "wietplanten", "cannabis"),
        ("Kokainbeschlagnahmung in Hamburg", "de", "Kokainbeschlagnahmung", "cocaine"),  # a seizure (session 44)
        ("Kokainforbruget i Danmark er fordoblet", "da", "Kokainforbruget", "cocaine"),  # consumption (session 46)
        ("Kokainforbruget i Danmark er fordoblet", "nn", "Kokainforbruget", "cocaine"),  # ... Danish read as Nynorsk
    ],
)
def test_a_drug_name_opens_a_compound_word(rec, text, language, mention, sid):
    assert_mention(rec, text, language, mention, sid)


def assert_mention(rec, text: str, language: str, mention: str | None, sid: str) -> None:
    """``mention`` is read as ``sid``; or, with no mention, ``sid`` is not read at all."""
    found = [(e.text, e.value["substance_id"]) for e in rec.analyze(text, language)]
    if mention:
        assert (mention, sid) in found
    else:
        assert sid not in [s for _t, s in found]


@pytest.mark.parametrize(
    "text, language, mention, sid",
    [
        ("Dacă folosești ketamină, nu o combina cu alcool.", "ro", "ketamină", "ketamine"),  # ă: no key has it
        ("Vendo kokaína", "es", "kokaína", "cocaine"),
        ("Vendo cocaína", "es", "cocaína", "cocaine"),                       # written with its accent: the key itself
        ("Vendo ketamına", "tr", None, "ketamine"),                           # ı is no i with an accent
    ],
)
def test_a_name_written_with_an_accent_it_has_not(rec, text, language, mention, sid):
    assert_mention(rec, text, language, mention, sid)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_fuzz(rec, text):
    for e in rec.analyze(text):
        # a name split between drugs of one group ("monkey dust") is kept below 0.5 for each
        assert text[e.start:e.end] == e.text and 0 < e.score <= 1


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["мефедрон", "кокаин", "марихуана", "героин", "амфетамин"]),
       st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюя", max_size=4), st.text(max_size=30))
def test_fuzz_russian_endings(rec, name, tail, after):
    """Whatever follows a Russian name, a mention is a whole word, never part of one."""
    text = f"купить {name}{tail} {after}"
    for e in rec.analyze(text):
        assert text[e.start:e.end] == e.text
        assert (e.start == 0 or not text[e.start - 1].isalnum()) and (e.end == len(text) or not text[e.end].isalnum())


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["كوكايين", "حشيش", "대마초", "필로폰"]), st.text(alphabet="الوبفك", max_size=3),
       st.text(alphabet="을를이가은는의에서로와과만도", max_size=3), st.text(max_size=30))
def test_fuzz_affixes(rec, name, before, tail, after):
    """Arabic articles before a name and Korean particles after one: a mention is a whole word."""
    text = f"{before}{name}{tail} {after}"
    for e in rec.analyze(text):
        assert text[e.start:e.end] == e.text
        assert (e.start == 0 or not text[e.start - 1].isalnum()) and (e.end == len(text) or not text[e.end].isalnum())


@pytest.mark.parametrize("text, language, sids", [
    ("Biete Amphetamin-Paste 100g 350€", "de", {"amphetamine"}),         # the form it comes in, not coca paste
    ("Πωλείται χόρτο 10γρ 80€, κοκαΐνη 1γρ 90€", "el", {"cannabis", "cocaine"}),  # a menu item after a sales word
    ("Selling snow 1g £80, MDMA 1g £40", "en", {"cocaine", "mdma"}),
    ("Snow White cosplay 1 set £80, MDMA 1g £40", "en", {"mdma"}),
])
def test_forms_and_sales_words(rec, text, language, sids):
    assert {e.value["substance_id"] for e in rec.analyze(text, language)} == sids


# an item of a list next to a drug's own name is a drug's name, whatever its context; "and"/"or" words only
@pytest.mark.parametrize("text, language, sids", [
    ("Drugs Infolijn: bel voor vragen over xtc, ketamine en lachgas", "nl", {"mdma", "ketamine", "nitrous"}),
    ("heroin and crack, 10 bags", "en", {"heroin", "cocaine"}),
    ("cocaine and ice cream", "en", {"cocaine"}),                      # an everyday phrase stays one
    ("Ice candy 10 piraso ₱50", "tl", set()),                          # a Filipino frozen treat (session 47)
    ("Polisi menemukan ganja di dalam mobil", "id", {"cannabis"}),     # "di" (in) joins no list
    ("two doses of psilocybin reduced symptoms", "en", {"psilocybin-mushrooms"}),  # "of" is Dutch "or" only
    ("free naloxone, foil and test strips", "en", {"naloxone"}),       # beside a medicine: paraphernalia
    ("野菜 1g 7000円、アイス 0.2g 1万円", "ja", {"cannabis", "methamphetamine"}),
    ("アイスクリーム 2個 500円", "ja", set()),
    ("مصرف متادون را بدون نظر پزشک قطع نکنید", "fa", {"methadone"}),
    # steroids in more languages (session 57); a medical steroid is no anabolic one
    ("Detenidos en Málaga por vender anabolizantes en gimnasios", "es", {"anabolic-steroids"}),
    ("Policija zaplenila 2.000 ampula anaboličkih steroida u Novom Sadu", "hr", {"anabolic-steroids"}),
    ("สเตียรอยด์อันตรายต่อตับ แพทย์เตือนนักเพาะกาย", "th", {"anabolic-steroids"}),
    ("보디빌더 스테로이드 부작용으로 사망", "ko", {"anabolic-steroids"}),
    ("Trenbolon Asetat 100mg 10ml 1200 TL", "tr", {"trenbolone"}),
    ("Anadrol 50mg, 50 tabs $90, Tren Ace 100 $70", "en", {"oxymetholone", "trenbolone"}),
    ("للبيع ديكا 250 مجم، الأمبول 350 جنيه", "ar", {"nandrolone"}),
    ("Steroid cream 0.1% 30g £5.99, eczema relief", "en", set()),
    ("Steroid injection for knee pain: what to expect", "en", set()),
    ("Billete de tren Madrid-Sevilla 45€", "es", set()),
    ("リタリン 10mg 30錠 15,000円", "ja", {"methylphenidate"}),            # Ritalin in Japanese (session 57)
    ("Tachipirina 1000 mg, 16 compresse", "it", {"paracetamol"}),          # an Italian brand of paracetamol
    ("Vends pollen marocain 25g 150€", "fr", {"cannabis"}),                 # hashish's pollen, where it is sold
    ("Pollen de fleurs bio 250g 12€", "fr", set()),                         # ... not the bees'
    ("Saisie de 5 quintaux de kif traité à Tlemcen", "fr", {"cannabis"}),
    ("Kif-kif, promo 2 pour 1, 20dh", "fr", set()),
    ("L'hero mzyana, 1g 300dh, Tétouan", "fr", {"heroin"}),
    ("3ande 7ashishe libnene, 10g 50$", "en", {"cannabis"}),                # Arabizi (session 57)
    ("kabtagon 100 7abbe b 300 dinar, Irbid", "en", {"fenetylline"}),
    ("ハッパ 1g ¥5000 ship全国", "ja", {"cannabis"}),                        # Japanese "leaf", where it is sold
    ("ハッパをかける上司", "ja", set()),                                        # ... a boss who spurs people on
    ("Est' mef 1g 2500 rub, Moskva", "en", {"mephedrone"}),                 # Russian and Greek in Latin letters
    ("Poulaw xorto, 5 gr 50 euro, Athina", "en", {"cannabis"}),
    ("Weed was dry and seedy, 2/5, would not reorder.", "en", {"cannabis"}),  # a buyer's review (session 57)
])
def test_lists_and_new_names(rec, text, language, sids):
    assert {e.value["substance_id"] for e in rec.analyze(text, language)} == sids


# an emoji sellers write for a drug (DEA's emoji drug code, data/emoji.json) names it only as a menu's item
@pytest.mark.parametrize("text, sids", [
    ("Snap menu 🔥 ❄️ 1g £70 | 🍃 3.5g £35", {"cocaine", "cannabis"}),
    ("Coke❄️1g£70", {"cocaine"}),
    ("💎 0.5g $40, 🍄 3.5g $30", {"methamphetamine", "psilocybin-mushrooms"}),
    ("Snow day ❄️ 5cm tonight", set()),                                  # no amount after it
    ("⚡ fast delivery, 🍃 organic tea", set()),
    ("🍁 3.5g £35", set()),                                             # the maple leaf is "all drugs"
    ("❄️ Colombian ❄️ 1g £70", {"cocaine"}),                            # a pair around no other drug's name (session 51)
    ("💎 Molly crystals 💎 0.5g £25", {"mdma"}),                        # ... around another's: it decorates it
    ("molly caps 💎 $20 each or 5 for $80", {"mdma"}),                   # ... after another's, in its item (s53)
    ("Weed 3.5g £35, 💎 1g £90", {"cannabis", "methamphetamine"}),       # an item of its own after an amount
])
def test_emoji_as_menu_items(rec, text, sids):
    found = [e for e in rec.analyze(text, "en")]
    assert {e.value["substance_id"] for e in found} == sids
    assert all(text[e.start:e.end] == e.text for e in found)


def test_speed_dating_is_no_speed(rec):
    assert rec.analyze("Speed dating night in Leeds, tickets £12", "en") == []
    assert rec.analyze("Speed-Dating in München, Tickets 25€", "de") == []


def test_every_emoji_names_a_kb_substance(rec):
    from patrol.recognizers.substance import _emoji
    names, _rx = _emoji()
    assert names and all(sid in rec.resolver.kb.substances for sid in names.values())


# an everyday substance named by an everyday word is its co-use with a drug named beside it, and nothing alone
@pytest.mark.parametrize("text, language, mention", [
    ("Never mix GHB with alcohol", "en", "alcohol"),
    ("Pokud kombinuješ ketamin s alkoholem, pij vodu", "cs", "alkoholem"),
    ("Не смешивайте мефедрон с алкоголем", "ru", "алкоголем"),           # a case ending on the stem
    ("Usichanganye heroini na pombe", "sw", "pombe"),
    ("Huwag ihalo ang shabu sa alak", "tl", "alak"),                     # Tagalog
    ("Ha GHB-t használsz, soha ne keverd alkohollal", "hu", "alkohollal"),  # Hungarian "with": the l doubles
    ("コカインとアルコールを一緒に使うのは危険です", "ja", "アルコール"),
    # after a word of mixing, however far the drug's name
    ("GHB dosing tips\n\nUse a syringe to measure, never guess. Wait at least two hours before redosing. Never mix "
     "with alcohol.", "en", "alcohol"),
    ("Pour une première fois avec la 3-MMC, commence par cinquante milligrammes, ne reprends pas avant deux heures "
     "et ne mélange pas avec l'alcool.", "fr", "alcool"),  # "ne ... pas", and the article written onto the noun
    # near misses: no drug named by its own name within reach
    ("Alcohol wipes and hand sanitizer, 5 for £3", "en", None),
    ("Nelieto vienatnē un nejauc ar alkoholu", "lv", None),             # an ending on an everyday word's stem
    ("Ice cold beer, alcohol-free cocktails", "en", None),               # "ice" is a street word, no drug's name
    ("Kitchen scale 0.01g, for baking, jewellery and coffee", "en", None),
    ("GHB dosing tips\n\nUse a syringe to measure, never guess. Wait at least two hours before redosing. Set a timer "
     "on your phone and keep the alcohol away.", "en", None),           # far, and no word of mixing
    ("We never mix our cocktails with alcohol-free spirits", "en", None),  # mixing, and no drug named
])
def test_everyday_substances_as_co_use(rec, text, language, mention):
    found = [e for e in rec.analyze(text, language) if e.value["category"] == "everyday"]
    assert [e.text for e in found] == ([mention] if mention else [])
    assert all("co-use" in e.explanation for e in found)


def test_a_two_letter_street_name_in_its_language_only(rec):
    assert "ketamine" in [e.value["substance_id"] for e in rec.analyze("Bán ke 1 gam 800k", "vi")]
    assert "ketamine" not in [e.value["substance_id"] for e in rec.analyze("pergi ke pasar 1 kg", "id")]


# a capital letter that is also a unit's ("G": a gram) names a drug where no number stands before it (session 66)
@pytest.mark.parametrize("text, language, sids", [
    ("K 1g £30, G 50ml £20", "en", {"ketamine", "ghb"}),
    ("G for sale, 100ml £35", "en", {"ghb"}),
    ("G 100ml 25€ · Tina 0,5g 50€", "de", {"ghb", "methamphetamine"}),
    ("Buy 1 G 80$", "en", set()),                           # after its number, a gram
    ("G-string 3-pack, size M, £12.99", "en", set()),
    ("My partner got into chemsex and now uses Tina every weekend", "en", {"methamphetamine"}),  # a chemsex word
    ("Tina, 34, London. Love hiking and bad films", "en", set()),
    ("PrEP, PEP and chems: take your PrEP, eat, sleep", "en", set()),  # HIV prophylaxis, not Nordic "pep"
])
def test_chemsex_names(rec, text, language, sids):
    assert {e.value["substance_id"] for e in rec.analyze(text, language)} == sids


# an everyday word opening a quoted title is the title's; an age in brackets, a pet, are no drug (session 66)
@pytest.mark.parametrize("text, sids", [
    ("Karaoke night: sing 'Purple Rain', win a £20 bar voucher", set()),
    ("Christmas single 'Snow on the rooftops' out now, £0.99", set()),
    ("'White Widow' 10g €80", {"cannabis"}),                    # a name quoted whole is the name
    ("I bought 'Snow' from him, 1g £80", {"cocaine"}),          # ... and a term
    ("JAY (30s) holds out a bag of heroin", {"heroin"}),
    ("perc 30s $25 each", {"oxycodone"}),
    ("my dealer said the coke was Colombian. It was Colombian like my cat is a tiger", {"cocaine"}),  # no "cat"
    ("Xanny bars 2mg x10 £30", {"alprazolam"}),
])
def test_titles_ages_and_pets(rec, text, sids):
    assert {e.value["substance_id"] for e in rec.analyze(text, "en")} == sids


# a name two drugs share, priced by the gram outside the first one's retail range: the other (data/gram_prices.json)
@pytest.mark.parametrize("text, sid", [
    ("Colombian 1g £75, London", "cocaine"),           # weed to a street list; £75 a gram is cocaine's price
    ("Loaf 1g £90, Wickr", "cocaine"),                 # weed first to the street lists; £90 a gram is cocaine's price
    ("Loaf 28g £150, Wickr", "cannabis"),              # about 6 EUR a gram: the lists' first reading
    ("Loaf in stock, Wickr", "cannabis"),              # no gram priced: the lists' order
    ("25 BLUE DICE 180mg MDMA pills for only $140", "mdma"),  # a drug's own name, and a pill's dose: never moved
    ("Verkaufe Haze, 5g 50€", "cannabis"),               # LSD to a street list, sold by the dose, not at €10 a gram
    ("Haze blotters x10 €60", "lsd"),                    # no gram priced: the lists' order
])
def test_a_shared_name_is_read_by_its_price_a_gram(rec, text, sid):
    found = [e for e in rec.analyze(text) if e.text.lower() in ("colombian", "loaf", "mdma", "haze")]
    assert found and found[0].value["substance_id"] == sid, [(e.text, e.value["substance_id"]) for e in found]
