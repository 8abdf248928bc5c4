"""`patrol analyze` end to end: the output contract on every record, input order across
worker processes, and inputs built to break things."""

import json
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from patrol.pipeline.analyzer import Analyzer
from patrol.pipeline.runner import analyze_file

KEYS = {"id", "language", "label", "sale_score", "effect_group", "substances", "quantities", "prices",
        "crypto_addresses", "contacts", "locations"}
LABELS = {"drug_sale", "harm_reduction", "drug_discussion", "other"}


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def check_contract(r: dict) -> None:
    assert KEYS <= set(r)
    if "error" in r:
        return
    assert r["label"] in LABELS and 0 <= r["sale_score"] <= 1
    for s in r["substances"]:
        assert {"mention", "start", "end", "substance_id", "name", "effect_group", "control", "confidence",
                "recognizer", "explanation"} <= set(s)
    for q in r["quantities"]:
        assert {"value", "unit", "mention"} <= set(q)
    for p in r["prices"]:
        assert {"amount", "currency", "mention"} <= set(p)
    for c in r["crypto_addresses"]:
        assert {"address", "currency", "valid"} <= set(c)
    for c in r["contacts"]:
        assert {"kind", "value"} <= set(c)
    for loc in r["locations"]:
        assert {"country", "role"} <= set(loc)


CASES = [
    ("sale", "NEW MENU MDMA 1g £40 | 3.5g £120 | Ket 1g £30. Same day drops London. DM @uk_candyshop", "drug_sale"),
    ("sale-es", "Cocaína 1g 60€, 5g 250€. Envíos a toda España en 24h. Contacto Telegram @coca_madrid", "drug_sale"),
    ("hr", "Fentanyl test strips are free at our drop-in. Carry naloxone, never use alone. Start low: 0.5ml GHB.",
     "harm_reduction"),
    ("news", "Police seize 40kg of cocaine at Rotterdam port, the authorities said. Two men were arrested.",
     "drug_discussion"),
    ("link", "[url=https://news.example.org/tranq]Xylazine found in 90% of Philly's heroin supply[/url] - worrying "
     "read.", "drug_discussion"),  # a link to read, no price, amount or sales word: no way to buy (session 64)
    ("link-shop", "Xanax 2mg bars, 100 for $180 https://rx-bars.example.com", "drug_sale"),
    ("absent-about", "Is growing mushrooms from spores legal in California? Spores contain no psilocybin, but growing "
     "them does.", "drug_discussion"),  # about the drug it says spores lack (session 64)
    ("recipe", "Recipe: cannabutter. Decarb 7g of flower at 110°C for 40 minutes, then simmer in butter for 3 hours "
     "and strain.", "drug_discussion"),  # (a line as short as a market title is read as one)
    ("recipe-cake", "Brownie recipe: 200g chocolate, 100g butter, preheat to 180°C", "other"),
    ("peso-cheap", "Vendo hielo en bolsa, 5 kg 30 pesos, Guadalajara.", "other"),  # too cheap even in Mexico's pesos
    ("uncatalogued", "3-CEC crystals 10g €90, 50g €350, lab tested, ships from NL, Telegram @cec_lab", "drug_sale"),
    ("other", "Fresh organic green tea from Japan. Add to basket.", "other"),
    # a price and an amount are not enough: coffee and whey are products, creatine and caffeine are not drugs
    ("coffee", "Ethiopian Yirgacheffe coffee beans, 250g €14, roasted weekly. Free delivery over €40.", "other"),
    ("whey", "Whey protein 2kg €39, creatine monohydrate 500g €19. Free shipping over €50.", "other"),
    ("bakery", "Molly's Bakery: custom birthday cakes and cupcakes, cupcakes from $3 each, order ahead.", "other"),
    ("keyboard", "GROUP BUY mechanical keyboards: Molly switches, 70 pcs $35, pledges close Friday", "other"),
    ("seo-de", "kaufen gras online deutschland, weed kaufen ohne rezept, 10g 90€, telegram @gras_seo_de", "drug_sale"),
    ("spam-de", "Warum landet Spam über Valium ohne Rezept immer noch in meinem Posteingang?", "drug_discussion"),
    # an overdose's antidote offered is a harm-reduction supply, not a drug on offer (session 67)
    ("narcan", "Narcan nasal spray, free, we ship discreetly, order online", "harm_reduction"),
    ("narcan-priced", "Narcan 4mg nasal spray $45, text 617-555-0101", "harm_reduction"),
    ("naloxone-post", "We deliver free naloxone kits by post, anywhere in Scotland, discreet packaging, order online or "
                      "call us", "harm_reduction"),
    ("naloxone-beside", "Naloxone included FREE with every order of our #4. 1g $180, 5g $800. Signal: h4_safe.21",
     "drug_sale"),  # ... beside the drug sold
    ("customs", "Customs found 5 kg of MDMA hidden in vacuum-sealed coffee bags sent from the Netherlands to "
                "Australia.", "drug_discussion"),
    ("headline", "Man, 34, held over £2m cannabis haul in Kent lorry", "drug_discussion"),
    ("chat-coke", "coke in tonight, 80 a g, text me", "drug_sale"),  # chat's prices, no currency (session 67)
    ("chat-acid", "acid tabs 8 each, 5 for 35, dm me", "drug_sale"),
    ("chat-gas", "gas 🔥 35 an eighth, 60 a quarter, Atlanta, text me", "drug_sale"),
    ("coke-zero", "is coke zero really better than regular coke?", "other"),
    ("percs", "percs 30s $25 hmu", "drug_sale"),  # Percocet's street name is its own (curated)
    # pounds as money and as weight (session 68)
    ("pounds-money", "ket 20 pounds a gram or 5 for 80 pounds, whatsapp 07911 123458", "drug_sale"),
    ("molly-intro", "hey it's Molly, I'll be there at 8, the wine is 10 pounds each at the corner shop", "other"),
    ("pounds-gas", "got 5 pounds of gas for sale, 1800 a pound, text 917-555-0134", "drug_sale"),
    ("pounds-survey", "a gram of coke in London now costs 80 pounds, a survey found", "drug_discussion"),
    ("pounds-fined", "A man who grew 30 pounds of cannabis in his loft was fined 5,000 pounds", "drug_discussion"),
    ("snow-load", "Snow load on the roof can reach 20 pounds per square foot", "other"),  # a rate, no amount
    ("snow-load-kg", "Snow load on the roof can reach 20 kg per square metre", "other"),
    # a question on a drug's harm or law (session 68): paranoia, growing one's own
    ("q-paranoia", "La coke rend-elle paranoïaque ?", "drug_discussion"),
    ("q-grow", "Is it legal to grow weed at home in Germany now?", "drug_discussion"),
    ("q-mix", "Mixing ket and alcohol? Don't. It's one of the riskiest combinations.", "harm_reduction"),
    ("mollys", "Mollys? Caps 0.2g $20, 5 for $80, DM me on Snap: molly_caps_atl", "drug_sale"),
    ("mollies", "Mollies? Caps 0.2g $20, 5 for $80, DM me on Snap: molly_caps_atl", "drug_sale"),
    ("mollys-nails", "Molly's nails: gel set £25, pay Revolut, Insta @mollys_nails", "other"),
    ("mollies-fish", "Mollies and guppies for sale, $3 each, aquarium bred", "other"),
    # an advert a report quotes as its evidence offers nothing, with its price and account (session 68)
    ("quoted-ad", "In court, prosecutors read out messages: 'heroin #4 1g $90, Wickr h4_oldschool'.", "drug_discussion"),
    ("quoted-ad-2", "The Telegram channel, which advertised 'K 5g €100', was shut down after a BBC investigation.",
     "drug_discussion"),
    ("quoted-review", "'Best coke in Leeds' - happy customer. 1g £70, 3.5g £220, Snap: leeds_white", "drug_sale"),
    # sellers in harm reduction's words still sell; the supplies' own drug names no product (session 68)
    ("hr-washed", "Safe supply 💯 lab tested coke, 1g £80, free fentanyl test strip with every order, Snap: safe_coke_ldn",
     "drug_sale"),
    ("hr-kits-too", "Test kits available too! OG Kush 7g $60, delivery in Denver, text 303-555-0147", "drug_sale"),
    ("hr-checking-priced", "Drug checking: €10 per sample, results in 3 days, anonymous. Drop in Tue 6-9pm.",
     "harm_reduction"),
    ("feds-trace", "Feds trace Cash App payments to fentanyl pill sellers on Snapchat", "drug_discussion"),
    ("bizum", "La Policía investiga pagos por Bizum a una red de venta de cocaína en Valencia", "drug_discussion"),
    ("beans", "beans 10 for $60, tonight only, snap me", "drug_sale"),
    ("footballs-size", "footballs $15 each, size 5, team discount 10 for $120", "other"),
    ("scam-warning", "Scam warning: the number 07911 123462 takes payment for coke and never delivers, Bristol",
     "drug_discussion"),  # a buyer's warning, not a safety one
    ("police-number", "Полиция: номер 8 916 123-45-68 использовался для продажи мефедрона, владелец задержан",
     "drug_discussion"),  # the seller's number, as the police tell it
    ("scam-alert", "SCAM ALERT coke 1g Telegram @coke_fast_uk never delivered", "drug_discussion"),  # the model says
    ("scam-payment", "Scam warning: Telegram @coke_fast_uk takes payment for coke 1g and never delivers",
     "drug_discussion"),  # sale (0.99): the account and the amount a buyer warns of offer nothing
    ("warnung", "WARNUNG: hochdosierte Ecstasy-Pillen in Berlin im Umlauf — erst eine Viertel nehmen, Drug-Checking "
                "nutzen", "harm_reduction"),  # infinitives that instruct: advice, not news
    ("study", "A study of 40 Telegram shops found giveaways of 1 g of mephedrone in 28 of them, and average prices of "
              "2,800 rubles a gram.", "drug_discussion"),  # a price the study reports (session 67)
    ("sale-uk", "Продам амфетамін, 1г 500 грн. Закладки по Києву, оплата BTC. Пиши в телеграм @amf_kyiv", "drug_sale"),
    ("news-uk", "Поліція вилучила понад 10 кг метамфетаміну в Одесі, повідомляє Нацполіція.", "drug_discussion"),
    ("hr-dose", "MDMA: what you need to know. A typical dose is 75 to 125 mg. Do not redose more than once.",
     "harm_reduction"),
    ("research", "Synthetic cannabinoids remain the largest group reported to the EU Early Warning System, a study "
                 "says; researchers warned of overdose clusters.", "drug_discussion"),
    ("unnamed", "1000 XTC pills, dutch quality", "drug_sale"),   # no drug name the KB can read, but an amount
    # beside another kind of product, only a drug's own name counts, not "weed" or "herb"
    ("grinder", "4-piece weed grinder, aluminium, with pollen screen. Our best selling herb grinder. $14.99, "
                "free delivery over $50. Add to cart.", "other"),
    # a book names its subject: a guide is not a drug, unless it comes with an amount of one
    ("book", "Cocaine Handbook: An Essential Reference. PDF, instant delivery, $9.99", "drug_discussion"),
    ("book+drug", "MDMA 1g €30, stealth shipping worldwide, free ebook guide with every order", "drug_sale"),
    ("guide+slang", "Dosing guide included! Golden Teacher 3.5g €30, 7g €55. Ships EU from NL. Telegram @gt_dosing",
     "drug_sale"),                                                # a strain's name with its amounts (session 49)
    ("ammo", ".45 ACP x 50, FMJ, $35", "other"),                 # "x 50" is a count, but of cartridges
    ("appliance", "Speed Queen washing machine, 10kg drum, excellent condition, £450. Collection only.", "other"),
    # collecting in person is how goods and drugs both change hands; "barely used" is only goods
    ("pickup", "Selling weed, 3.5g for $45, local pickup in Denver only. Text 720-334-5821", "drug_sale"),
    ("used", "Ice cream maker, 1.5 litre, barely used. £30, collection only from Leeds.", "other"),
    ("market-fr", "Crack dispo sur Marseille, 20€ la galette, livraison 24h/24, 7j/7. Contact sur Snap", "drug_sale"),
    # a price reported as a fact of the market is not an offer
    ("price-report", "In Berlin a gram of cocaine now costs around 70 euros, while ecstasy pills sell for about 10 "
                     "euros each, according to the city's annual drug monitoring report.", "drug_discussion"),
    ("price-report-fr", "Rapport OFDT : le prix moyen du gramme de cocaïne est tombé à 60 euros en France.",
     "drug_discussion"),
    ("trip-report", "Trip report: 1.5 g of dried Golden Teacher mushrooms at home with a sitter. Visuals started "
                    "after 40 minutes, felt emotionally raw the next day.", "drug_discussion"),
    ("policy-debate", "Bundestag debattiert über Drug-Checking: die Koalition will Modellprojekte erlauben.",
     "drug_discussion"),                                     # about drugs, though it names none
    # everyday goods priced at a few cents a gram: the slang is the everyday word
    ("cereal", "Kellogg's Special K Original 500g, £2.75. Free delivery on orders over £40.", "other"),
    ("filler", "Wall filler that fixes any crack, 1kg tub £6.49. Sands smooth.", "other"),
    # an everyday word beside a bare price: a teddy bear, a paddling pool, glasses (no source, so no market)
    ("teddy", "Charlie the teddy bear, 30cm, soft plush, £14.99. Perfect gift for kids.", "other"),
    # a street name beside a price per unit is an offer; a bulk price alone is goods' too
    ("unit-price", "Blues M30 $25 each, 10 for $200, Phoenix, Telegram", "drug_sale"),
    ("bulk-goods", "Pot plants: terracotta planters 30cm, 2 for €20", "other"),
    # slang its context reads as a drug, with no way to buy: about the drug, whatever the sale model says
    ("use-report", "I smoked weed yesterday and feel anxious", "drug_discussion"),
    ("pool", "Blow-up paddling pool, 3m, with pump, £59. In stock now.", "other"),
    ("sale-sv", "Säljer gräs och hasch, 1g 120 kr, 5g 500 kr. Leverans i Stockholm, swisha.", "drug_sale"),
    ("court", "The defendant admitted selling 2kg of cocaine for £60,000. He was jailed for nine years.",
     "drug_discussion"),
    ("price-report-de", "Der Preis für ein Gramm Kokain liegt in Hamburg laut Drogenbericht bei durchschnittlich 80 Euro.",
     "drug_discussion"),                                    # "Kokain" is German for cocaine, not a brand-list word
    ("policy-pt", "Portugal decriminalised all drugs in 2001; twenty years later, overdose deaths remain among the "
                  "lowest in Europe.", "drug_discussion"),
    ("sale-tr", "Satılık esrar, gramı 500 TL. İstanbul içi elden teslim, Telegram'dan yaz.", "drug_sale"),
    ("sale-id", "Jual sabu dan ekstasi, 1 gram 1,5 juta. COD Jakarta Selatan, WA 0812-0000-0000", "drug_sale"),
    # scripts without spaces between words
    ("sale-ja", "大麻 1g 8,000円、都内手渡し、郵送も可。連絡はテレグラムまで", "drug_sale"),
    ("sale-zh", "冰毒现货，1克500元，同城发货，加微信", "drug_sale"),
    ("sale-th", "ยาบ้า ขายส่ง 1000 เม็ด 25,000 บาท ส่งทั่วประเทศ", "drug_sale"),
    ("sale-fi", "Myydään kokaiinia, 1 g 90€. Postitus koko Suomeen.", "drug_sale"),
    # harm-reduction supplies are not drugs, whoever sells them
    ("hr-strips", "Fentanyl test strips, 10 for $10 or free for people who use drugs. We ship in plain packaging; "
                  "every order includes a naloxone guide. Harm reduction saves lives.", "harm_reduction"),
    # free supplies mailed out: sales words, but no drug named save the one the strips test for
    ("hr-strips-free", "Free xylazine test strips: order on our website and we ship them in a plain envelope. "
                       "Paid for by the county.", "harm_reduction"),
    # near miss: a drug offered, with a strip thrown in
    ("sale-with-strip", "MDMA crystal 1g £30, 5g £120. Free fentanyl test strip with every order, Wickr: example_uk",
     "drug_sale"),
    ("hr-nsp", "Syringe services program: sterile equipment and sharps containers, open weekdays.",
     "harm_reduction"),
    # session 47: a court's and a journalist's accounts, a price reported or asked about, offer nothing; a
    # harm-reduction service with a fee or a number to text is no drug sale; near miss: a sale's advice
    ("court-report", "Court hears that the accused sold MDMA for £40 a gram via the Wickr handle 'mandyman'",
     "drug_discussion"),
    ("journalist-here", "Journalist here: if you've bought fake Xanax online, DM me at @jenna_reports", "drug_discussion"),
    ("price-fact", "Fentanyl: a lethal dose costs less than $1, DEA says", "drug_discussion"),
    ("price-asked", "Is $300 an ounce a good price for weed in Texas?", "drug_discussion"),
    ("price-paying", "Adderall shortage: students turn to the black market, paying $10 a pill", "drug_discussion"),  # s48
    ("hr-checking-fee", "Drug checking at our clinic: €10 per sample, results in 48 hours. Call 020 3467 2291 to book.",
     "harm_reduction"),
    ("hr-clinic", "Ketamine bladder problems? Our nurse-led clinic sees patients for free, no judgement. "
                  "Text 07712 900200.", "harm_reduction"),
    ("sale-good-price", "Ketamine 5g £100, good prices on bulk, Wickr: k_bulk_uk", "drug_sale"),
    # priced goods whose only harm-reduction words are everyday safety's are other products; near miss: reagents
    ("water-bottle", "Water bottle 750ml, stay hydrated! $12", "other"),
    ("pregnancy-test", "Pregnancy test kit, 2 pack, £5", "other"),
    ("first-aid", "First aid course, 1 day, £60, includes CPR and recovery position", "other"),
    ("hr-reagents-at-cost", "Reagent kits at cost: Marquis £8. We are a charity, not a seller of drugs.", "harm_reduction"),
    # a drug named beside the kits' price, not an amount of its own: the kits are sold (session 47; a rule of round 6
    # read the price as the drug's amount, and this text as a sale, until the final benchmark run showed it)
    ("hr-kits-priced", "We sell Marquis, Mecke and Simon's reagent kits, £15 each, to test your MDMA before use. "
                       "Orders via Telegram @kit_uk", "harm_reduction"),
    # a market listing's menu offers by the amount: no contact (the market is one), a warning beside it; near
    # miss: a guide that prices nothing by the amount is advice
    ("sale-menu-warning", "#4 heroin, very strong, start with small amounts!\n\n0.5g £45\n1g £80\n\nUK to UK only, "
                          "Royal Mail first class. Tolerance warning: much stronger than street gear.", "drug_sale"),
    ("hr-no-menu", "Heroin is very strong right now: start with small amounts. Tolerance warning: much stronger than "
                   "street gear.", "harm_reduction"),
    ("news-sw", "Polisi wamekamata kilo 50 za kokeini katika uwanja wa ndege wa Dar es Salaam.", "drug_discussion"),
    # a perfume named after a drug; near miss: lança-perfume is the drug (ethyl chloride) itself
    ("perfume", "Opium by Yves Saint Laurent, eau de parfum 50ml, £75, free delivery", "other"),
    ("sale-lanca", "Lança-perfume e bala, 30 reais cada, entrego no centro, chama no zap", "drug_sale"),
    ("lamp", "Magic mushroom lamp for kids' rooms, colour changing, £9.99", "other"),
    # everyday words for drugs made market words by the sales words around them
    ("sale-hr", "Prodajem speed i travu, Split i okolica, cijena po dogovoru, javi se", "drug_sale"),
    ("sale-lt", "Parduodu amfetaminą, pristatymas Vilniuje, kaina sutartinė, rašyk", "drug_sale"),
    ("sale-he", "מוכר ירוק, 80 ש\"ח לגרם, משלוחים לתל אביב", "drug_sale"),
    # a product word after the name, but priced as the drug by the gram; near miss: a scale's precision
    ("sale-needles", "Ketamine needles, 3.5g £90, 7g £160, Wickr: needles_uk", "drug_sale"),
    ("scale", "Cannabis scale 0.01g precision, 500g capacity, $12.99, free shipping", "other"),
    ("exit-scam", "Vendor FrostBite exit scammed yesterday with everyone's escrow. Don't order from him.",
     "drug_discussion"),
    ("price-question", "What does a gram of coke cost in Lisbon these days? Not buying, just curious.",
     "drug_discussion"),
    ("research-prices", "Researchers followed 150 Telegram dealers selling ketamine; they priced a gram at around "
                        "£30 and delivered within hours.", "drug_discussion"),
    ("paint", "White powder coating paint for metal, 500ml, £9.49", "other"),
    # a recipe and a pet shop: "poppy", "dust" and catnip are everyday words there
    ("recipe", "Poppy seed cake: 200g poppy seeds, 150g sugar, 3 eggs. Bake at 180°C and dust with icing sugar.",
     "other"),
    ("catnip", "Hierba gatera (catnip) para gatos, 30 g por 4,95 €. Envío gratis a partir de 29 €.", "other"),
    ("history-fr", "Synthétisé en 1938 par Albert Hofmann, le LSD fut classé comme stupéfiant dans les années 1960.",
     "drug_discussion"),
    ("policy-un", "The Commission on Narcotic Drugs voted to place two nitazenes under international control.",
     "drug_discussion"),
    # safer-use advice in Catalan (a language with few cue words: "descansa"); were it not read as such, no
    # price, contact or sales word would still make it no offer
    ("hr-ca", "Si consumeixes èxtasi o MDMA, comença per mig comprimit i espera dues hores abans de repetir. "
              "Beu aigua a glops petits i descansa.", "harm_reduction"),
    # a short text naming a drug with no way to buy: no offer outside a known market
    ("hr-de-short", "Wenn du Ketamin nimmst: nicht allein, nicht mit Alkohol mischen.", "harm_reduction"),
    ("personal", "My brother overdosed on fentanyl last year. Just wanted to share.", "drug_discussion"),
    ("guard-ca", "Si prens ketamina, mai sol i mai amb alcohol.", "drug_discussion"),  # no cue read, still no sale
    ("past-seller", "I used to sell weed in college, made decent money but the stress wasn't worth it. Anyone else "
                    "have stories from back then?", "drug_discussion"),
    ("spice-rack", "Spice rack with 20 jars, bamboo, £29.99.", "other"),
    ("title", "MDMA 84% crystal, Dutch quality", "drug_discussion"),  # a market title alone: no way to buy
    ("hr-es", "ALERTA: pastillas de éxtasis con más de 250 mg de MDMA. Si las consumes, empieza por un cuarto y no "
              "las mezcles con alcohol.", "harm_reduction"),
    ("sale-el", "Πουλάω χόρτο και κοκαΐνη. Χόρτο 10γρ 80€. Παράδοση σε όλη την Αθήνα.", "drug_sale"),
    ("sale-vi", "Bán ma túy đá và thuốc lắc, giao hàng tận nơi trong Sài Gòn. Liên hệ Zalo.", "drug_sale"),
    ("btc-price", "Bitcoin price today: 1 BTC = $67,420. Buy Bitcoin with your card, 0% fees on your first $500.",
     "other"),                                             # 420 is cannabis slang, not a group of digits
    ("leet", "c0ke & k3t available, c0ke 1g £80, k3t 1g £25. London drops, hit me up", "drug_sale"),
    # an everyday word alone does not make a text about drugs, nor a sale beside a bare price
    ("book-title", "Charlie and the Chocolate Factory, paperback, £6.99. Roald Dahl's classic for ages 8 and up.",
     "other"),
    ("fishing", "Mushroom floats for carp fishing, pack of 10, £3.49. Pop-up foam in bright colours.", "other"),
    ("snuff", "Snuiftabak (snuif) met mentholsmaak, 10 gram voor €4,95. Alleen voor 18+.", "other"),
    ("news-tr", "İstanbul'da düzenlenen operasyonda 50 kilogram esrar ele geçirildi, 4 şüpheli gözaltına alındı.",
     "drug_discussion"),
    ("news-ja", "警視庁は、大麻を所持していたとして20代の男を逮捕した。", "drug_discussion"),
    ("hr-pl", "Jeśli zamierzasz używać ketaminy, zacznij od małej dawki, nie łącz jej z alkoholem i nie bądź sam.",
     "harm_reduction"),
    # news about drugs in general names no substance
    ("law-ru", "Госдума приняла закон об ужесточении наказания за пропаганду наркотиков в интернете.", "drug_discussion"),
    ("report-en", "Telegram channels have replaced darknet markets for many buyers in Europe, a new EUDA report finds.",
     "drug_discussion"),
    ("sale-cs", "Prodám trávu, kvalitní indoor, 5g 1000 Kč. Praha osobně, Telegram.", "drug_sale"),
    ("addys", "selling my leftover addys, 20mg IR, $5 each or 10 for $40. campus pickup only, dm me", "drug_sale"),
    ("sale-hr", "Prodajem travu, domaći uzgoj, 5g 50€. Dostava po Splitu, javi se na Signal.", "drug_sale"),
    ("hr-sv", "Skademinimering: om du tar GHB, dosera aldrig på känn och blanda aldrig med alkohol.", "harm_reduction"),
    # samples of a drug-checking service or a study are not free samples
    ("drug-checking", "Drug checking this weekend: 20 samples tested, 4 'ketamine' samples contained 2F-DCK. If you "
                      "bought ketamine this month, start low.", "harm_reduction"),
    ("wastewater", "Wastewater samples from 30 cities show cocaine loads rising; MDMA was detected in all samples.",
     "drug_discussion"),
    ("news-hu", "A rendőrség 2 kilogramm kristályt foglalt le, a gyanúsítottat őrizetbe vették.", "drug_discussion"),
    # seizure reports with an amount and no way to buy: the seizing verb in its active form, the agency
    ("news-lt", "Muitinė sulaikė 150 kg kokaino, atgabento iš Ekvadoro.", "drug_discussion"),
    ("news-cs", "Celníci zadrželi 40 kg pervitinu v kamionu z Polska.", "drug_discussion"),
    ("news-id", "BNN menyita 100 kg sabu asal Malaysia di Aceh.", "drug_discussion"),
    ("news-bg", "Митничари задържаха 150 кг хероин на Капитан Андреево, камионът идвал от Турция.", "drug_discussion"),
    ("news-ja-shipped", "税関は覚醒剤10キロを押収した。メキシコから発送された貨物に隠されていた。", "drug_discussion"),  # "was shipped": no offer
    ("border-force", "Border Force found 47 kg of ketamine in suitcases on a flight from Pakistan to Heathrow.",
     "drug_discussion"),
    # an agency's statistics: reporting, though "overdose" is a harm-reduction word too
    ("news-cdc", "CDC data: overdose deaths involving xylazine rose again last year.", "drug_discussion"),
    ("hr-overdose", "Overdose deaths are preventable. Carry naloxone and never use alone.", "harm_reduction"),
    ("hr-break", "Take a break of at least three months between MDMA sessions to protect your serotonin.",
     "harm_reduction"),
    ("hr-tr", "Naloksonu kullanmayı öğrenin: opioid aşırı dozunda hayat kurtarır.", "harm_reduction"),
    ("hr-hu", "Ha kokaint használsz, ne ossz meg senkivel szívószálat.", "harm_reduction"),
    ("hair-dye", "Blue Dream hair dye, 100ml, €7.99", "other"),            # a strain's name on another product
    # garden plants, merchandise and medical devices that share a drug's name or mention a medicine
    ("garden", "Salvia officinalis (common sage) plants, 2 for £8. Loved by bees.", "other"),
    ("merch", "'Blue Dream' t-shirt, organic cotton, sizes S-XL, $25. Ships worldwide.", "other"),
    # a buyer's review reports a purchase with sales words and offers nothing
    ("review", "Got my order from this vendor, stealth was perfect and the MDMA is strong, would order again. "
               "Anyone else tried their ket?", "drug_discussion"),
    ("news-ko", "경찰은 필로폰을 밀수한 혐의로 30대 남성을 검거했다.", "drug_discussion"),
    ("news-ar", "ضبطت الشرطة كمية من الحشيش في ميناء العقبة.", "drug_discussion"),
    ("sale-lt", "Parduodu kokainą, 1g 80€. Pristatymas Kaune, rašyk Signal.", "drug_sale"),
    ("sale-he", "יש קוקאין איכותי, 350 ש\"ח לגרם, משלוחים בכל תל אביב. לפרטים בטלגרם", "drug_sale"),
    ("sale-hi", "चरस उपलब्ध है, 10 ग्राम ₹2500, होम डिलीवरी, व्हाट्सएप करें", "drug_sale"),
    ("news-fa", "پلیس ۲۰۰ کیلوگرم تریاک را کشف کرد.", "drug_discussion"),
    ("court", "A man was jailed for five years after admitting supplying heroin through a Telegram channel.",
     "drug_discussion"),
    ("court-price", "He was jailed for eight years after admitting selling cocaine at £40 a gram from a flat in "
                    "Bolton, the court heard.", "drug_discussion"),   # a price in a court report offers nothing
    ("sale-el", "Πουλάω χόρτο και κόκα, 10€ το γραμμάριο το χόρτο, Αθήνα, στείλε μήνυμα στο Viber.", "drug_sale"),
    ("sale-yue", "K仔 冰 草 都有，K 每包 $300，九龍區送貨，WhatsApp 9123 4567", "drug_sale"),
    ("sweets-vi", "Kẹo dẻo trái cây 500g giá 45.000đ, giao hàng toàn quốc", "other"),  # "kẹo" at 0.003 EUR/g
    ("pgp-signed", "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nRESTOCK: MDMA crystal 84%, 5g €90.",
     "drug_sale"),
    ("monkey-dust", "Monkey dust £10 a bag, Stoke, text me", "drug_sale"),     # a name two sources split
    ("pill-alert", "Pressies tested in Dublin this week: the orange 'Tesla' contained 250mg MDMA, more than double "
                   "a normal dose. Take a quarter, wait two hours.", "harm_reduction"),
    ("prison-price", "Prison officers say spice-soaked letters are the main route for drugs into jails; a single "
                     "A4 sheet can sell for £1,000 inside.", "drug_discussion"),
    ("zaatar", "Za'atar spice blend 200g, £4.50, free UK delivery over £25", "other"),
    ("hashtags", "#cocaineforsale #mdmaforsale pure uncut, worldwide shipping, DM @purelab_plug", "drug_sale"),
    ("safer-snorting", "Thread on safer snorting: crush fine, use your own straw, rinse your nose with saline after.",
     "harm_reduction"),
    ("scam-story", "My cousin got scammed buying xannax on Telegram, paid $200 and got nothing.", "drug_discussion"),
    # a buyer's warning names the scammer's price and account: no offer (session 42); a seller's "no scam" is one
    ("scam-alert", "Scam alert: someone sells 'pure MDMA' 10g for €50. I paid and got nothing. Avoid @mdma_king!",
     "drug_discussion"),
    ("no-scam", "Pure MDMA 10g €50, no scam, Telegram @mdma_king", "drug_sale"),
    ("seizure-de", "Die Polizei stellte 3 Kilo Crystal und 20.000 Euro Bargeld sicher.", "drug_discussion"),
    ("wholesale-report", "The NCA says a kilo of heroin now sells for £30,000 wholesale, up from £25,000.",
     "drug_discussion"),
    ("price-asked-id", "Berapa sih harga sabu sekarang di Jakarta? Dulu 1 gram cuma 1 juta, katanya sekarang sudah "
                       "1,5 juta.", "drug_discussion"),  # a price asked about and remembered (session 59)
    ("price-asked-fa", "چرا قیمت تریاک در تهران این‌قدر بالا رفته؟ پارسال هر گرم ۵۰ هزار تومان بود.", "drug_discussion"),
    ("seizure-worth-ro", "Poliția a confiscat 3 kg de cocaină cu o valoare estimată de 1,5 milioane de lei.",
     "drug_discussion"),  # a seizure's worth, now read as a price
    ("trip-report-ru", "Мой опыт с грибами: 2 г сушёных, через час началось. Визуалы, эйфория, потом немного "
                       "тревоги.", "drug_discussion"),  # a trip report names the drug by its everyday word (session 59)
    ("mushroom-risotto-pt", "Risoto de cogumelos, 500 g, R$ 35", "other"),
    ("darknet-hr-alert", "DanceSafe reminder: test every pill you buy from the darknet, pressed Xanax are often "
                         "bromazolam or fentanyl.", "harm_reduction"),  # "buy" in advice (session 59)
    ("exit-scam-psa", "PSA: Bohemian Market exit scammed, withdraw your coins from the other drug markets too",
     "drug_discussion"),
    ("potpourri", "Potpourri bowl filler, dried rose petals, 100g $8", "other"),  # priced far under a blend's
    ("chemistry-set", "Research chemicals for chemistry students: sodium chloride, copper sulfate, 100g $10 each",
     "other"),  # ... or a research chemical's gram (session 59)
    ("source-inconnue", "Meubles de source inconnue, 50 €", "other"),
    ("court-de", "Landgericht Hamburg verurteilt 34-Jährigen: Er hatte 2 kg Kokain für 70.000 Euro über Telegram "
                 "verkauft.", "drug_discussion"),  # a court tells of a sale, its price and app (session 59)
    ("court-pt", "O tribunal condenou um homem que vendia cocaína a 50 euros o grama no Porto", "drug_discussion"),
    ("hr-en-mixing", "If you're mixing MDMA and ketamine at a festival, go low on both, wait between doses, and "
                     "never add alcohol or GHB.", "harm_reduction"),  # (session 60)
    ("hr-es-question", "¿Es peligroso mezclar MDMA con alcohol? Un amigo dice que no pasa nada si bebes poco.",
     "drug_discussion"),  # a question about mixing
    ("hr-es-statement", "Es peligroso mezclar alcohol con GHB: no lo hagas nunca, y si alguien se desmaya llama al "
                        "112.", "harm_reduction"),  # ... the same words as advice
    ("hr-pt-unaccented", "REDUCAO DE DANOS\nNao compartilhe canudo\nBeba agua\nUse com amigos", "harm_reduction"),
    # harm reduction priced, shipped or reachable by phone, beside a seller's (session 60)
    ("hr-pl-tests", "Testy na fentanyl, 10 sztuk 30 zł, wysyłka w całej Polsce. Zanim weźmiesz, przetestuj.",
     "harm_reduction"),
    ("hr-safe-supply", "Safe supply program: prescribed hydromorphone tablets dispensed daily at the clinic, free for "
                       "enrolled patients. Call 604-555-0199 to join.", "harm_reduction"),
    ("hr-pt-service", "Distribuímos cachimbos, seringas e preservativos de graça no centro de São Paulo, terças e "
                      "quintas. WhatsApp (11) 91234-5678.", "harm_reduction"),
    ("hr-de-machine", "Spritzentausch-Automat am Hauptbahnhof: rund um die Uhr, Sets für 1 €, sauberes Besteck, "
                      "Alkoholtupfer, Filter.", "harm_reduction"),
    ("water-strips", "Wasserhärte-Teststreifen, 100 Stück 9,99 €.", "other"),
    ("kush-sl", "Kush (mélange chimique) sachet 1000 Le, Freetown. WhatsApp +232 76 123456", "drug_sale"),
    ("sale-tested", "Mefedron testowany, czysty, 1 g 60 zł, 5 g 250 zł. Dorzucamy test na fentanyl gratis. Signal "
                    "+48 601 555 777", "drug_sale"),  # a seller's own test, no harm reduction
    ("question-ru", "Правда ли, что налоксон может не помочь при передозировке нитазенами?", "drug_discussion"),
    ("hr-lv", "Nelietojiet vieni. Ja draugs nereaģē, zvaniet 113 un noguldiet viņu uz sāniem.", "harm_reduction"),
    ("trip-fi", "Trippiraportti: 1P-LSD 100µg, visuaalit alkoivat tunnin päästä, kesti noin 10 tuntia.",
     "drug_discussion"),
    ("price-report-sv", "Polisen: kokainet i Stockholm är renare och billigare än någonsin, ett gram kostar runt 800 "
                        "kronor.", "drug_discussion"),
    ("sale-sv-costs", "Säljer kokain, ett gram kostar 800 kr, leverans i Stockholm.", "drug_sale"),  # a seller's words
    ("film-bluray", "Cocaine Bear (2023) Blu-ray, $14.99, free shipping on orders over $35.", "other"),  # a film
    ("series-de", "Breaking Bad hat mein Bild von Crystal Meth verändert – wie realistisch war die Serie eigentlich?",
     "drug_discussion"),  # a series named, the drug discussed
    ("series-candy", "Breaking Bad 'Blue Sky' rock candy, 100g £5.99", "other"),  # ... or its merchandise sold
    ("prop", "Fake cocaine prop powder for film and TV, non-toxic, 100g bag £12.99, UK delivery", "other"),
    ("not-a-prop", "Not a prop, not cut 🙅 real Peruvian coke, 1g £80, 3.5g £260, delivery in Bristol, Snap: brs_white",
     "drug_sale"),  # a seller who says it is no prop (session 61)
    ("hr-fr-tester", "Pas besoin de finir comme dans 'Requiem for a Dream' : faites tester vos produits, c'est "
                     "gratuit.", "harm_reduction"),
    ("hr-es-voseo", "Consumo cuidado de cannabis: empezá con poca dosis, esperá antes de repetir y no manejes.",
     "harm_reduction"),  # advice in Rioplatense Spanish (session 60)
    ("hr-es-ayahuasca", "Si vas a tomar ayahuasca, evita los antidepresivos (IMAO) y busca un centro con médico. "
                        "Nunca lo hagas solo.", "harm_reduction"),
    ("sale-es-si-vas", "Si vas a tomar algo el finde, tengo flores 5g $20.000, Wsp 11 2345 6789", "drug_sale"),
    ("news-es-detuvieron", "Rosario: detuvieron a una banda narco que vendía cocaína a $20.000 el gramo. Secuestraron "
                           "3 kilos.", "drug_discussion"),  # an arrest's account of a sale and its price
    ("sale-es-detuvieron", "Detuvieron a mi primo pero sigo: merca 1g 15 lucas, wsp 11 2345 6789", "drug_sale"),
    ("coca-leaf-es", "El gobierno defiende el acullico: la hoja de coca es patrimonio cultural de Bolivia.",
     "drug_discussion"),  # coca leaf by its Spanish name, no longer an everyday phrase
    ("wtb", "WTB: looking for molly in Austin this weekend, anyone legit?", "drug_discussion"),  # a buyer's request
    ("wtb-priced", "WTB: 3.5g of MDMA in Leeds, can pay £120, DM me", "drug_discussion"),  # ... with the price the
    ("wtb-contact", "Looking for a reliable coke plug in Glasgow, snap me: gla_buyer", "drug_discussion"),  # writer
    ("wtb-ru", "Куплю мефедрон в Самаре, пишите в личку", "drug_discussion"),  # would pay, an account (session 58)
    ("offer-asked", "Who needs coke? £80 a g, Bristol, snap: brs_white", "drug_sale"),  # a seller's question
    ("reply-quoting-buyer", "Re: Looking for a connect in Manchester\n\n> anyone know where to get decent bud?\n\n"
                            "DM me mate, got Zkittlez, £10 a g, £180 an oz. Snap: mcr_greens", "drug_sale"),  # quoted
    ("police-appeal", "Police are appealing for information after a man was found with 200 wraps of crack cocaine "
                      "and £5,000 in cash. Anyone with information should call 101.", "drug_discussion"),
    ("hr-ru-why", "Если у друга передозировка, почему нельзя оставлять его одного? Вызывай скорую.", "harm_reduction"),
    ("call-for-sources", "I'm a journalist researching how teens buy Xanax on Snapchat. If you've bought pills this "
                         "way, DM me at @jane_reports, anonymity guaranteed.", "drug_discussion"),
    ("questions-ad", "Need xanax? Want bars? DM @bars_plug", "drug_sale"),       # a seller's questions ask nothing
    ("legalization", "Weed legalization in Germany one year on: what changed?", "drug_discussion"),
    ("compound-da", "Psilocybinterapi testes nu på Rigshospitalet mod depression.", "drug_discussion"),
    ("shops-sell", "Is CBD weed legal in France now? I read that shops in Paris sell 'fleurs CBD' at €10 a gram "
                   "but the police still seize it.", "drug_discussion"),      # a price reported, not offered
    ("an-eighth-of", "Me and my friends split an eighth of coke last weekend and honestly it was mostly cut.",
     "drug_discussion"),
    ("paid-report", "Paid $40 for a gram of molly at the festival, it was mostly bath salts.", "drug_discussion"),
    ("opium-den", "Opium Den cocktail bar: Thursday jazz, cocktails £9", "other"),   # a venue named after a drug
    ("breadseed", "Breadseed poppy seeds, Papaver somniferum 'Hungarian Blue', 1000 seeds £2.99, for baking",
     "other"),
    ("oxiclean", "Oxy Clean stain remover powder 1kg, $12.49", "other"),
    ("news-ps", "پولیسو په ننګرهار کې ۲۰۰ کیلو تریاک ونیول.", "drug_discussion"),
    ("sale-lo", "ຂາຍຢາບ້າ 100 ເມັດ 3,000,000 ກີບ ສົ່ງທົ່ວວຽງຈັນ ຕິດຕໍ່ WhatsApp", "drug_sale"),
    ("sale-am", "ጫት እና ሀሺሽ እንሸጣለን። ሀሺሽ 10 ግራም 1500 ብር፣ አዲስ አበባ ውስጥ እናደርሳለን። ቴሌግራም @addis_chat", "drug_sale"),
    ("sale-zu", "Sithengisa insangu ne-nyaope, igram R100, eThekwini, thumela i-WhatsApp", "drug_sale"),
    ("hr-ar", "لا تخلط الترامادول مع الكحول، ولا تقود بعد التعاطي. اتصل بالخط الساخن لعلاج الإدمان 16023",
     "harm_reduction"),
    ("grinder", "Cannabis grinder, 4 pieces, aluminium, $20. Ships in 2 days.", "other"),
    ("cosmetics", "Face cream with Cannabis Sativa Seed Oil, 50 ml, £12. Vegan.", "other"),
    ("sale-tl", "Meron shabu dito, 1 gramo ₱2,500. Meet up sa Cebu, text lang sa Viber.", "drug_sale"),
    ("sale-bn", "ইয়াবা পাওয়া যাচ্ছে, প্রতি পিস ৪০০ টাকা, হোম ডেলিভারি", "drug_sale"),
    ("news-bn", "পুলিশের অভিযানে ৫ হাজার পিস ইয়াবা উদ্ধার, গ্রেপ্তার ৩", "drug_discussion"),
    ("news-bn-lakh", "বিজিবি টেকনাফে ৩ লাখ পিস ইয়াবা জব্দ করেছে", "drug_discussion"),  # seized, by the border guard
    ("ban-fr", "Le Sénat veut interdire la vente de protoxyde d'azote aux mineurs après une hausse des intoxications.",
     "drug_discussion"),
    ("candle", "Lemon Haze scented candle, 200g soy wax, 40-hour burn, £14.", "other"),
    ("sale-sw", "Nauza bangi, Mombasa. Bangi 500 shilingi kwa gramu. Piga WhatsApp.", "drug_sale"),
    ("news-ca", "Els Mossos han detingut dues persones i han comissat 10 quilos de marihuana a Reus.",
     "drug_discussion"),
    ("rock-candy", "Blue rock candy, 100g bag, $9.95. Fan merchandise.", "other"),
    ("eyeshadow", "Blue Dream eyeshadow palette, 12 shades, vegan. $29, ships worldwide.", "other"),
    ("pharma-market", "Transdermal drug delivery systems for fentanyl and buprenorphine patches: membrane and "
                      "adhesive design.", "other"),
    # a price in billions is the size of a market, not an offer
    ("market-size", "Opioid analgesics market to reach $30 billion by 2030, driven by oxycodone and fentanyl "
                    "prescriptions.", "drug_discussion"),
    # a documentary about drugs in general is about them; a supplement named after a mushroom is not one
    ("documentary", "New documentary follows three families in Ohio through the opioid epidemic; it premieres Sunday "
                    "on PBS.", "drug_discussion"),
    ("supplement", "Lion's mane mushroom capsules, 60 x 500mg, £19.99. Vegan, third-party tested.", "other"),
    ("perfume", "YSL Opium Eau de Parfum 90ml, £98, free gift wrap.", "other"),  # named after the drug, not it
    ("buyer-account", "Vendor review: ordered 3.5g of molly from them twice, stealth was good both times, but the second "
                      "batch was weaker.", "drug_discussion"),
    ("sale-my", "ယာဘ ရောင်းမည်၊ ရန်ကုန်။ ၁၀ လုံး ၅၀၀၀၀ ကျပ်။ Viber နဲ့ ဆက်သွယ်ပါ။", "drug_sale"),
    ("news-is", "Lögreglan lagði hald á 10 kíló af kókaíni á Keflavíkurflugvelli í gær.", "drug_discussion"),
    # a sales verb in a report, with no price, amount or contact, offers nothing; with them it does
    ("policy-sell", "Thailand has re-criminalised recreational cannabis; dispensaries now need a prescription to sell "
                    "flower.", "drug_discussion"),
    ("sell-priced", "Selling cannabis flower, 3.5g for $35, DM me", "drug_sale"),
    # a drug-checking service's fee is no offer of a drug
    ("checking-fee", "Drug checking: bring a sample to our clinic on Saturdays, €5 per sample, results in 20 minutes, "
                     "anonymous.", "harm_reduction"),
    # what vendors sold, told in a news story, with the police in it
    ("takedown", "Police have shut down a darknet market. Investigators say vendors on the site sold cocaine for "
                 "around $80 a gram, shipping worldwide. The administrators were arrested.", "drug_discussion"),
    ("budgie", "Vendo perico australiano, muy manso, 40€, entrega en Sevilla", "other"),
    ("candy", "Breaking Bad blue crystal candy, 100g bag, novelty gift, £5.99", "other"),
    ("news-de-sold", "Die Polizei hat in Frankfurt einen Lieferdienst für Kokain zerschlagen; die Täter verkauften das "
                     "Gramm für 80 Euro.", "drug_discussion"),
    ("news-el", "Η ΕΛ.ΑΣ. κατέσχεσε δύο τόνους κοκαΐνης στο λιμάνι του Πειραιά.", "drug_discussion"),
    ("sale-de-compound", "Verkaufe Ketaminkristalle und Kokainpulver, 1g 60€, Versand DE/AT, Kontakt über Threema",
     "drug_sale"),
    # a drug said to be missing is offered by no one: a product page sells the product, a text that offers
    # nothing is still about the drug; near miss: a drug named beside "no cut" is on offer
    ("hemp-tea", "Konopný čaj 50 g, 129 Kč, bez THC, doprava zdarma.", "other"),
    ("no-dxm", "Cough syrup (honey and lemon, no DXM), 200ml, $8", "other"),  # missing by its slang too
    ("rules", "Market rules: no fentanyl, no weapons. Vendors must sign every message with PGP.", "drug_discussion"),
    ("no-cut", "MDMA crystals 1g €25, no cut, EU shipping", "drug_sale"),
    # set and setting: a safe place, someone you trust
    ("setting-es", "Si vas a tomar hongos, hazlo en un lugar seguro y con alguien de confianza.", "harm_reduction"),
    ("setting-de", "Wenn du LSD nimmst, dann an einem sicheren Ort und mit einer Vertrauensperson.", "harm_reduction"),
    # a news item quoting an advert, and the platform's removal of the accounts
    ("quoted-ad", "'Coke 1g £80, text me', read one of the adverts the BBC found on Instagram; Meta said it had "
                  "removed the accounts.", "drug_discussion"),
    # a market's prices reported as moving (session 36)
    ("price-moves", "Oxy prices have doubled in my city since the pill mills closed.", "drug_discussion"),
    ("hr-he", "הפחתת נזקים: אל תשתמשו לבד, ותבדקו את החומר לפני שימוש.", "harm_reduction"),
    ("seized-rands", "Die polisie het tik ter waarde van R2 miljoen in Mitchells Plain gekonfiskeer.",
     "drug_discussion"),
    # a drug named, priced and a contact: an offer, though the model never saw the slang (session 38); near
    # miss: the same terms for harm-reduction supplies
    ("priced-contact", "Pingers A$25 each, 10 for A$200, Brisbane, Wickr: bne_pingers", "drug_sale"),
    ("priced-contact-hr", "Fentanyl test strips, 10 for $10, free shipping, WhatsApp +1 213 634 9021",
     "harm_reduction"),
    # a drug in brackets after another kind of product is what it holds (session 51: had been a sale); near miss:
    # the same gas sold by its slang
    ("cream-chargers", "Whipped cream chargers (N2O), 24 pack, €15, for kitchen use only", "other"),
    ("nangs", "Nangs (N2O) 3.3L tanks $75, Melbourne 24/7 delivery. Text 0412 987 654", "drug_sale"),
    # harm-reduction words in a report from a place, saying nothing to the reader and offering no service, are news
    # (session 45); near misses: the same subject told to the reader, or offered as a service
    ("hr-news-place", "Naloxone vending machines installed in Vancouver stations", "drug_discussion"),
    ("hr-news-says", "Oxy 30s on the street are almost all fentanyl now, every nurse I know says so.",
     "drug_discussion"),
    ("hr-advice-place", "Naloxone in Vancouver: carry a kit and never use alone.", "harm_reduction"),
    ("lab-service", "GC-MS service for food labs: €120 per sample", "other"),  # a food lab's samples (session 65)
    ("hr-service-can-get", "Tik (meth) and nyaope users in Tshwane can get clean needles, HIV testing and opioid "
     "substitution at COSUP sites.", "harm_reduction"),  # what the reader can get where (session 65)
    ("hr-service-place", "Free naloxone kits available at all Boots pharmacies in Scotland, no prescription needed.",
     "harm_reduction"),
    ("hr-service-place-fr", "Naloxone disponible gratuitement au programme de réduction des risques de Nairobi.",
     "harm_reduction"),  # the French adverb offers the service too (session 50: it had been a sale)
    ("hr-syringes-bn", "ইনজেকশন নিলে কখনো সুচ শেয়ার করবেন না। নতুন সিরিঞ্জ বিনামূল্যে পাওয়া যায় আমাদের ড্রপ-ইন সেন্টারে।",
     "harm_reduction"),  # Bengali needle exchange (session 51: had been other)
    ("hr-bladder", "Ketamine: empty your bladder often and take weeks off between sessions.", "harm_reduction"),
    ("hr-question", "Taking acid? Pick a safe place and a sober friend, and clear the next day.", "harm_reduction"),
    ("hr-news-room", "Drug consumption rooms in Germany: 30 years of experience", "drug_discussion"),
    ("hr-news-ban", "Laughing gas ban in the UK: what it means for festival-goers", "drug_discussion"),
    # ... in Spanish, Portuguese, French, Italian, German and Dutch too, with advice words of their own (session 46)
    ("hr-news-es", "Alerta sanitaria: aumentan las intoxicaciones por cocaína adulterada en Barcelona", "drug_discussion"),
    ("hr-news-it", "Overdose da eroina: a Milano il naloxone arriva nelle farmacie", "drug_discussion"),
    ("hr-news-de", "Fentanyl in Deutschland: Experten fordern Naloxon für alle", "drug_discussion"),
    ("hr-advice-es", "Si vas a consumir éxtasis, analiza tu pastilla antes. Es gratis y anónimo.", "harm_reduction"),
    ("hr-advice-it", "Ketamina: inizia con dosi basse, non mischiarla con l'alcol e non usarla da solo.", "harm_reduction"),
    ("hr-advice-de", "GHB: niemals mit Alkohol mischen, Dosis genau abmessen und Wecker stellen.", "harm_reduction"),
    ("shaped-lamp", "Magic mushroom-shaped LED lamp, USB, $22", "other"),       # a drug's shape, not the drug
    ("hr-weigh", "Using research chemicals? Weigh every dose on a milligram scale. A few milligrams can be too much.",
     "harm_reduction"),
    # slang read in its setting, with no price, amount nor other product: the text is about the drug; near miss:
    # slang beside a price, an other product's name (session 45)
    ("slang-talk", "boomers made me cry for 3 hours and honestly I needed it", "drug_discussion"),
    ("slang-priced", "Molly the kitten needs a new home. Vaccinated, litter trained. Rehoming fee £50.", "other"),
    ("price-fell-es", "El precio de la cocaína en Colombia cayó a mínimos históricos", "drug_discussion"),
    ("hr-buy-mistake", "If you buy carfentanil by mistake, do not handle it. It can kill at microgram doses.",
     "harm_reduction"),  # a sales word in advice (session 45)
    # words for drugs in general, with no price nor other product, make a text about drugs; near miss: the same
    # words on a product priced as another kind of thing
    ("drug-words-ru", "Соли в Казахстане: как синтетические наркотики захватили рынок", "drug_discussion"),
    ("drug-words-product", "Drug-free zone sign, aluminium, $15", "other"),
    # a general-purpose chemical of the 1988 Convention's Table II is sold for every use; near miss: a drug's own
    # precursors (Table I)
    ("table-ii", "Acetone 99.5%, 1L, lab grade, £12", "other"),
    ("table-ii-acid", "Hydrochloric acid 37%, 500ml, laboratory reagent, €20", "other"),
    ("table-i", "BMK glycidate 1kg $700, PMK ethyl glycidate 1kg $900, from China, Telegram @precursor_nl", "drug_sale"),
    ("hr-short-dose", "With 3-MeO-PCP, start with a very small dose: 3-5mg. It's stronger than it seems.",
     "harm_reduction"),  # a short text with a dose and no HR cue read as a listing's title (session 45)
    ("kits-included", "MDMA crystals 1g £40, Edinburgh, test kits included, Snap: edi_mandy", "drug_sale"),  # not
    # harm-reduction supplies: a drug named by its own name with its amount (near miss: priced-contact-hr)
    ("hr-kick-in", "Edibles can take two hours to kick in. Don't take more before then.", "harm_reduction"),
    ("hr-gp", "Ket users: if you have pain when you pee, see your GP. It's treatable.", "harm_reduction"),
    ("hr-use-scale", "Research chemicals have little human data. Use a milligram scale, not guesswork.",
     "harm_reduction"),
    ("scale-sold", "Milligram scale 0.001 g precision, 50 g capacity, €29", "other"),  # near miss: a scale on sale
    ("hd-question", "Wie gefährlich sind hochdosierte Ecstasy-Pillen?", "drug_discussion"),  # no warning of pills
    ("street-price", "Straßenpreis für Heroin in Frankfurt bei 40 Euro pro Gramm, sagt die Polizei",
     "drug_discussion"),
    # session 66: a sentence handed down reports a sale; a service's weekly hours speak to the reader; a checking
    # service's results name unexpected substances (near miss: a court's report naming no sale stays news)
    ("sentenced", "Court sentences vendor to 12 years for selling 4,000 fentanyl pills on the darknet", "drug_discussion"),
    ("hr-hours", "Drug checking: Fridays 6-9pm at 12 High St. Results in 20 minutes. 1 in 4 samples last month was not "
                 "what people thought.", "harm_reduction"),
    ("hr-results", "Testing service results week 47: 112 samples, 9 with unexpected substances.", "harm_reduction"),
    ("chemsex-dealer", "Scruff: parTy supplies available Tina $120/g, Tina ball $250, text only 305 318 4494",
     "drug_sale"),
    # a story's deal offers nothing (lyrics, a screenplay, a game's mission); a seller who sings gives an account
    ("lyrics", "[Verse 1]\nThirty a gram in the back of the club\nWhite on the table, nobody's sober\n[Chorus]\nAnd I "
               "don't want it anymore", "drug_discussion"),
    ("screenplay", "INT. MOTEL ROOM – NIGHT. JAY (30s) holds out a bag of heroin. JAY: Fifty bucks.", "drug_discussion"),
    ("game-mission", "Mission 4: deliver 10 kg of cocaine to the docks. Reward: $50,000 in-game cash.",
     "drug_discussion"),
    ("sung-sale", "[Verse 1] I got the blues, the M30s / [Chorus] $25 each, 10 for $220 / text 313 318 4501",
     "drug_sale"),
    ("christmas-single", "[Verse 1] Snow on the rooftops, ice on the lane / [Chorus] Winter is coming again – "
                         "Christmas single out now, £0.99", "other"),
    # a drug weighed, priced and sold with an account is no product named after it (near miss: a perfume, a mug)
    ("named-but-weighed", "Breaking Bad blue 💎 Crystal 1g $100, 1/2 oz $600, Wickr: heisenberg_blue2", "drug_sale"),
    ("named-mug", "Breaking Bad mug, blue crystal design, £12, Etsy", "other"),
    ("named-perfume", "Opium Black by YSL, eau de parfum 90ml, £85, WhatsApp +44 7911 123456", "other"),
    # a comment under news: an everyday name, a bare price and a word about drugs report (session 69); near miss:
    # an everyday word beside a seller's price and no word about drugs stays no drug ("crack shot")
    ("comment-crack", "Cracolândia volta a crescer\nComentários:\nJoão: crack a 10 reais a pedra, por isso tá assim",
     "drug_discussion"),
    ("comment-crack-shot", "Match report: City 2-1 United\nComments:\nfan: what a crack shot from Haaland\n"
                           "seller: tickets for the derby £80, DM me", "other"),
    ("comment-spam", "Police seize cocaine worth £2m in Kent raid\n\nComments (3)\nJohn_K: about time\n"
                     "plug_uk_24: best coke in UK 1g £70 next day delivery, Telegram @plug_uk_24", "drug_sale"),
    ("comment-would-pay", "Cannabis vote delayed\nComments:\nmike: I'd pay $10 a gram at a legal shop over a dealer "
                          "any day", "drug_discussion"),
    # a warning about scam e-mails names a drug as the bait: a report, not harm reduction (session 69)
    ("phishing", "Subject: Phishing warning\nEmails claiming to be from a 'darknet pharmacy' offering oxycodone are a "
                 "scam to steal your card details.", "drug_discussion"),
    ("newsletter-sale", "Subject: New batch in stock!\n\nDear valued customer,\nOur new batch of Peruvian cocaine (92%) "
                        "is in. 1g €70, 5g €300. Reply to this email or contact us on Wickr: peru_newsletter.\nUnsubscribe",
     "drug_sale"),
]


# beside another kind of product or an information product with no amount of anything, or priced as everyday
# goods, or beside a perfume whatever its amount, slang and everyday words name that product: no substance is
# reported; near misses: an amount, or a drug named by its own name
@pytest.mark.parametrize("text, substances", [
    ("Molly's Café: flat white £3.20, brownies £2.50. Call 020 7123 4567", []),
    ("Charlie perfume by Revlon 100ml, €12, envío a toda España", []),
    ("Opium Black by YSL, eau de parfum 90ml, £85", []),               # a perfume priced, whatever its name (session 43)
    ("Acetone 99.5% 1 litre nail polish remover, £4.99", ["acetone"]),  # near miss: a general chemical is what the
    ("Toluene paint thinner 1 gallon, $24.99", ["toluene"]),          # product is (session 55)
    ("Chimique ménager, nettoyant multi-surfaces 1 L, 3 €", []),      # French "chemical", not Mayotte's drug
    ("Pedra sabão artesanal 200 g 150 MT", []),                        # soapstone, not crack
    ("Manteca de cerdo 1 libra $3, Bayamón", []),                       # lard, not Puerto Rico's heroin
    ("Gum arabic 1 kg 15,000 SDG, Khartoum", []),                       # acacia resin, not opium's "gum"
    ("Portland Flake Co. handmade sea salt flakes, 250g, $12", []),   # slang priced far under its drug's retail
    ("Buttons assorted colours, 500 pack, £6", []),
    ("Cactus plant, San Pedro style, 30cm pot, €25", []),              # a house plant
    ("Miraa Hotel Meru, double room, KSh 4,500 per night", []),      # a hotel named after khat
    ("Skunk odor eliminator spray, removes pet smells, 16 oz, $12.99", []),
    ("Flake 28g $900, Bay Area drops", ["cocaine"]),                   # ... not at a drug's price
    ("Crystal meth-themed Breaking Bad mug, $14, ships worldwide", []),
    ("Breaking Bad made crystal meth look glamorous", ["methamphetamine"]),  # near misses: nothing priced,
    ("Opium 10g $200, Wickr: op_perfume", ["opium"]),                   # or a contact to buy from
    ("Mary Jane shoes in black patent leather, €45", []),
    ("Molly doll with 3 outfits, €19, shipping within Spain", []),  # a doll named Molly
    ("Kush cushion covers, velvet, 45x45cm, £18", []),
    ("Blue Crystal car wash, full valet £25. Call 0161 234 5678", []),   # a service
    ("Brown sugar 1kg, Tate & Lyle, £1.85", []),                  # priced as everyday goods
    ("🍇 1kg £2.50, 🥦 500g £0.89", []),
    ("Charlie and Lola box set, 6 DVDs, £15, free UK delivery", []),   # an information product: a film
    ("The Heroin Diaries, paperback, £8.99", ["heroin"]),              # its subject named by its own name
    ("Ice 3.5g £120, glass pipe £10", ["methamphetamine"]),
    ("PSA: tested my 'molly' and it was eutylone. DanceSafe sells kits for $25.", ["mdma", "eutylone"]),
    # the supplies of safer use are no product the slang names (session 36)
    ("If you smoke crack, use your own pipe and mouthpiece; free kits at the outreach van.", ["cocaine"]),
    ("Crack pipe, glass, £5, free UK delivery", []),                   # ... a pipe on sale is
    ("Eight ball pool cue, 57 inch, $45", []),                         # slang that is an amount too (session 40):
    ("Ice 8 ball $250, pool cue free", ["methamphetamine"]),           # no amount there, nor reported as one
])
def test_slang_beside_another_product(analyzer, text, substances):
    (r,) = analyzer.analyze([("x", text)])
    assert sorted({s["substance_id"] for s in r["substances"]}) == sorted(substances)


@pytest.mark.parametrize("text, quantities", [
    ("Eight ball pool cue, 57 inch, $45", []),           # the slang names the product: no amount
    ("Ice 8 ball $250, Perth", [(3.5, "g")]),
])
def test_slang_amount_of_another_product_is_no_amount(analyzer, text, quantities):
    (r,) = analyzer.analyze([("x", text)])
    assert [(q["value"], q["unit"]) for q in r["quantities"]] == quantities


@pytest.mark.parametrize("rid, text, label", CASES)
def test_labels(analyzer, rid, text, label):
    (r,) = analyzer.analyze([(rid, text)])
    check_contract(r)
    assert r["id"] == rid and r["label"] == label, r


def test_extraction_and_main_product(analyzer):
    text = ("5g MDMA crystals 84% - 85€. Ships from Netherlands. Pay BTC 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 "
            "Wickr: nordiclabz")
    (r,) = analyzer.analyze([("x", text)])
    assert r["label"] == "drug_sale" and r["effect_group"] == "entactogen" and r["main_substance"] == "mdma"
    assert {"value": 5.0, "unit": "g"}.items() <= r["quantities"][0].items()
    assert r["prices"][0]["amount"] == 85.0 and r["prices"][0]["currency"] == "EUR"
    assert r["crypto_addresses"][0]["valid"] is True
    assert {"kind": "wickr", "value": "nordiclabz"}.items() <= r["contacts"][0].items()
    assert {"country": "NL", "role": "ships_from"}.items() <= r["locations"][0].items()
    for s in r["substances"]:
        assert text[s["start"]:s["end"]] == s["mention"]


# the main product is that of the text's effect group: a drug named by its own name outranks slang the KB read as
# another drug; slang against slang, and a drug named by its own name, stay as salience ranks them
@pytest.mark.parametrize("text, main, group", [
    ("1 x 30mg IR Adderall (Barr)", "adderall", "stimulant"),                       # "Barr" read as codeine
    ("3.5g Pure White Crystal MoonRock MDMA", "mdma", "entactogen"),               # "Pure White": heroin
    ("Special K 5g £100, proper crystal, no cut, Bristol drops", "ketamine", None),  # "crystal" is slang too
    ("Why is fentanyl cut with xylazine now? Asking as a nurse.", "fentanyl", "opioid"),  # what it is cut with
    ("Heroin laced with fentanyl is killing people here", "heroin", "opioid"),
    # the title's weight goes to the first line that names a drug: a menu's first item after a greeting (session 52)
    ("🔥 MENU UPDATED 🔥\n🍄 Golden Teacher shrooms - 7g £45\n💊 pressed xannies 2mg - 10 for £25", "psilocybin-mushrooms", None),
    ("НОВОЕ ПОСТУПЛЕНИЕ\n\nГероин (афган) 1 г — 4500₽\n\nМетадон 1 г — 5000₽", "heroin", "opioid"),
    # a menu's line of tiers is its main product, whose group outweighs the model's past a title (session 60) ...
    ("Hurt: amfetamina 100g 1200 zł, 500g 5000 zł, 1kg 9000 zł. Na próbę też marihuana 5g 200 zł. Signal +48 601 "
     "234 567", "amphetamine", "stimulant"),
    ("Menú de la semana:\n- Cocaína peruana 1g 60€, 5g 280€, 10g 520€\n- Hachís 10g 50€\nEnvíos a toda España. "
     "Telegram @menu_mad", "cocaine", "stimulant"),
    ("Solo roba buona: cocaina 1g 80€, 5g 350€, 10g 650€. Per chi vuole anche fumo (hashish) 10g 70€. Consegne a "
     "Roma nord. Telegram @roma_bianca", "cocaine", "stimulant"),
    # ... not prices after a sentence's end ("3-CMC ... 5-MAPB. ... 10g €60, 50g €220"), and not a drug priced once
    ("Research chemicals – 3-CMC, 2-MMC and 5-MAPB. For laboratory research only, not for human consumption. 10g "
     "€60, 50g €220, 100g €380.", "3-cmc", None),
    ("Unser Sortiment: 3-MMC 5g 60€, 2-FDCK 5g 70€, Etizolam 2mg, 50 Stück 40€. Versand aus den Niederlanden.",
     "3-mmc", None),
    # a discussion's one drug named by its own name is its group past a title's length, the model's guess aside
    ("Are fentanyl test strips actually reliable for pressed pills? My friend says they miss some analogues.",
     "fentanyl", "opioid"),
    # the medicine a drug passes for is not the drug
    ("Coroner links three Glasgow deaths to nitazenes sold as fake Valium", "nitazenes", "opioid"),
    ("Early warning: alpha-PHP found in samples sold as MDMA in Slovenia", "alpha-php", "stimulant"),
])
def test_main_product_and_its_group(analyzer, text, main, group):
    (r,) = analyzer.analyze([("x", text)])
    assert r["main_substance"] == main
    if group:
        assert r["effect_group"] == group


# a sale's group the model may tell from its words alone; a text about drugs that names none has none (session 55)
@pytest.mark.parametrize("text, label, group", [
    ("Zero-width characters and homoglyphs: how drug ads evade moderation (paper)", "drug_discussion", None),
    ("Police appeal: anyone with information about drug dealing in Hull city centre should call 101",
     "drug_discussion", None),
    ("Heroin laced with fentanyl is killing people here", "drug_discussion", "opioid"),  # near miss: one named
])
def test_a_discussion_naming_no_drug_has_no_group(analyzer, text, label, group):
    (r,) = analyzer.analyze([("x", text)])
    assert (r["label"], r["effect_group"]) == (label, group)


# a drug said to be missing is not reported, nor the main product (the sets' convention: "Codeine-free cough
# syrup" names none); a drug named again without the word of absence is (session 48)
@pytest.mark.parametrize("text, substances, main", [
    ("Got some fent-free dope, $100 a bun, Kensington, text 215-555-0116", ["heroin"], "heroin"),
    ("Codeine-free cough syrup, 200ml, $8", [], None),
    ("Crystal meth 1g $80. Clean shards, no bath salts. Portland", ["methamphetamine"], "methamphetamine"),
    ("Vape pen starter kit, nicotine-free, $29", [], None),
    ("Fentanyl test strips and fent-free heroin, both available", ["fentanyl", "heroin"], "heroin"),
    ("GHB: meet altijd af met een spuitje, en geen alcohol erbij.", ["alcohol", "ghb"], "ghb"),  # advice not to mix
])
def test_a_drug_said_missing_is_not_reported(analyzer, text, substances, main):
    (r,) = analyzer.analyze([("x", text)])
    assert sorted({s["substance_id"] for s in r["substances"]}) == substances and r["main_substance"] == main


@pytest.mark.parametrize("text", [
    "Selling tik R150 a gram, Cape Town delivery. WhatsApp 082 123 4567",
    "شبو 1 جرام 500 درهم، توصيل دبي. واتساب 050 123 4567",
    "Haxixe 10g 50€. Envio para todo Portugal. Contacto: 912 345 678",
    "Vendo chocolate 25 gramos 100 euros. Wickr: tenerife_choco",
    "3-CEC crystals 10g €90, Telegram @cec_lab, 25dt",
])
def test_recognizers_that_read_others_find_in_the_pipeline_what_they_find_alone(analyzer, text):
    """The pipeline hands the price, contact and substance recognizers the entities found before them (locations,
    prices, contacts); alone, they find those themselves: the same entities either way."""
    (r,) = analyzer.analyze([("x", text)])
    fields = {"price": ("prices", ("amount", "currency")), "contact": ("contacts", ("kind", "value")),
              "substance": ("substances", ("substance_id",)),
              "uncatalogued": ("uncatalogued", ("suggested_effect_group",))}
    readers = [rec for rec in analyzer.recognizers if rec.reads]
    assert {rec.entity for rec in readers} == set(fields)
    for rec in readers:
        key, names = fields[rec.entity]
        alone = [(e.start, e.end, *(e.value[n] for n in names)) for e in rec.analyze(text, r["language"])]
        assert alone == [(x["start"], x["end"], *(x[n] for n in names)) for x in r[key]]


def test_a_recognizer_runs_after_those_it_reads(analyzer):
    from patrol.pipeline.stages import RecognizerStage

    price = next(r for r in analyzer.recognizers if r.entity == "price")
    with pytest.raises(ValueError, match="reads"):
        RecognizerStage([price])


def test_styled_letters_are_read_and_quoted_as_written(analyzer):
    """Mathematical bold digits and letters, used to slip past filters: amounts, prices and contacts are
    read in their plain form; every mention quotes the text as it was written."""
    text = "𝗠𝗗𝗠𝗔 𝟭𝗴 £𝟰𝟬 — 𝗪𝗶𝗰𝗸𝗿: 𝗹𝗼𝗻𝗱𝗼𝗻𝘀𝗻𝗼𝘄"
    (r,) = analyzer.analyze([("x", text)])
    assert r["label"] == "drug_sale" and r["main_substance"] == "mdma"
    assert {"value": 1.0, "unit": "g"}.items() <= r["quantities"][0].items()
    assert r["prices"][0]["amount"] == 40.0 and r["prices"][0]["currency"] == "GBP"
    assert {"kind": "wickr", "value": "londonsnow"}.items() <= r["contacts"][0].items()
    for kind in ("substances", "quantities", "prices", "contacts"):
        for e in r[kind]:
            assert text[e["start"]:e["end"]] == e["mention"] and not e["mention"].isascii()


HOSTILE = [
    ("empty", ""),
    ("spaces", "   \n\t  "),
    ("binary", "\x00\x01\x02\ufffd\x7f" * 50),
    ("zero-width", "c\u200bo\u200bc\u200ba\u200bi\u200bn\u200be 5g"),
    ("homoglyph", "сocaine 1g 80€"),
    ("mixed scripts", "Мефедрон mephedrone 1г 2500₽ شراء"),
    ("regex bomb", "1" * 5000 + "x" + "@" * 5000 + "a" * 10000),
    ("long", "5g MDMA 40€ " * 300_000),  # about 3.6 MB
]


@pytest.mark.parametrize("rid, text", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_inputs_never_crash_or_hang(analyzer, rid, text):
    t = time.perf_counter()
    (r,) = analyzer.analyze([(rid, text)])
    check_contract(r)
    assert time.perf_counter() - t < 60


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(max_size=400), min_size=1, max_size=5))
def test_fuzz_batches(analyzer, texts):
    results = analyzer.analyze([(i, t) for i, t in enumerate(texts)])
    assert [r["id"] for r in results] == list(range(len(texts)))
    for r in results:
        check_contract(r)


def test_file_mode_keeps_order_across_workers_and_reports_bad_lines(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = []
    for i in range(1200):
        if i == 7:
            lines.append("{not json")
        elif i == 8:
            lines.append(json.dumps({"id": "n8", "text": 42}))
        else:
            lines.append(json.dumps({"id": f"r{i}", "text": f"listing {i}: {i % 9 + 1}g MDMA {i % 50 + 10} EUR"}))
    src.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    summary = analyze_file(src, out, workers=2)
    results = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(results) == 1200 == summary["records"]
    assert [r["id"] for r in results[:7]] == [f"r{i}" for i in range(7)]
    assert results[7]["id"] is None and "line 8" in results[7]["error"]
    assert results[8]["id"] == "n8" and "not a string" in results[8]["error"]
    assert [r["id"] for r in results[9:]] == [f"r{i}" for i in range(9, 1200)]
    assert summary["errors"] == 2
    for r in results:
        check_contract(r)


def test_csv_input_and_cli(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text('id,text\na,"Ketamine 5g 100 EUR, ships from Germany"\nb,"Naloxone saves lives. Never use alone."\n')
    out = tmp_path / "out.jsonl"
    res = subprocess.run([sys.executable, "-m", "patrol.cli", "analyze", str(src), "--out", str(out)],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    a, b = [json.loads(x) for x in out.read_text().splitlines()]
    assert (a["id"], a["label"], b["label"]) == ("a", "drug_sale", "harm_reduction")


def test_store_mode_and_reanalysis(tmp_path):
    home = tmp_path / "h"
    src = tmp_path / "d.jsonl"
    src.write_text(json.dumps({"id": "1", "text": "MDMA 5g 40 EUR, DM @vendor_x"}) + "\n"
                   + json.dumps({"id": "2", "text": "Police seized cocaine, the authorities said."}) + "\n")
    run = lambda *a: subprocess.run([sys.executable, "-m", "patrol.cli", *a, "--home", str(home)],  # noqa: E731
                                    capture_output=True, text=True)
    assert run("ingest", str(src)).returncode == 0
    assert run("analyze", "--store").returncode == 0
    assert run("analyze", "--store").returncode == 0  # re-analysis replaces, never duplicates
    import sqlite3

    db = sqlite3.connect(home / "patrol.db")
    rows = dict(db.execute("SELECT d.id, f.label FROM findings f JOIN documents d USING(sha256)").fetchall())
    assert rows == {"1": "drug_sale", "2": "drug_discussion"}


def test_harm_reduction_space_is_never_a_seller(analyzer):
    """Every post of the demo's harm-reduction board, and every harm-reduction page of the
    transfer set, names drugs, doses or prices; none may come out as a sale."""
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[2] / "patrol" / "demo" / "corpus" / "harm_reduction_forum.jsonl"
    posts = [json.loads(x) for x in corpus.read_text("utf-8").splitlines()]
    results = analyzer.analyze([(p["post_id"], f"{p['thread_title']}\n{p['post_body']}") for p in posts])
    assert [r["id"] for r in results if r["label"] == "drug_sale"] == []
    transfer = Path(__file__).resolve().parents[2] / "bench" / "transfer.jsonl"
    hr = [json.loads(x) for x in transfer.read_text("utf-8").splitlines() if '"harm_reduction"' in x]
    assert all(r["label"] != "drug_sale" for r in analyzer.analyze([(x["id"], x["text"]) for x in hr]))


def test_store_mode_with_workers_reads_in_the_feeder_thread(backend, tmp_path):
    """Several batches over two processes: the pool's feeder thread reads the store (regression:
    it used the writer's connection, which SQLite ties to the thread that opened it)."""
    from patrol.pipeline.runner import BATCH, analyze_store
    from patrol.sources.base import ReadOptions
    from patrol.ingest import ingest
    from patrol.store import open_store

    src = tmp_path / "d.jsonl"
    n = 2 * BATCH + 7
    src.write_text("".join(json.dumps({"id": str(i), "text": f"MDMA {i}g 40 EUR"}) + "\n" for i in range(n)))
    with open_store(*backend) as store:
        ingest(store, [src], ReadOptions())
        summary = analyze_store(store, workers=2)
        assert summary["records"] == n and summary["errors"] == 0
        assert store.db.execute("SELECT count(*) FROM findings").fetchone()[0] == n


def test_store_mode_new_only_adds_findings_for_new_documents(backend, tmp_path):
    from patrol.ingest import ingest
    from patrol.pipeline.runner import analyze_store
    from patrol.sources.base import ReadOptions
    from patrol.store import open_store

    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": "1", "text": "MDMA 5g 40 EUR"}) + "\n")
    b.write_text(json.dumps({"id": "2", "text": "Police seized cocaine, the authorities said."}) + "\n")
    with open_store(*backend) as store:
        ingest(store, [a], ReadOptions())
        assert analyze_store(store, workers=1)["records"] == 1
        ingest(store, [b], ReadOptions())
        assert analyze_store(store, workers=1, only_new=True)["records"] == 1
        assert analyze_store(store, workers=1, only_new=True)["records"] == 0
        rows = dict(store.db.execute("SELECT d.id, f.label FROM findings f JOIN documents d ON d.rid = f.rid"))
        assert rows == {"1": "drug_sale", "2": "drug_discussion"}


def test_styled_latin_is_read_in_its_plain_language(analyzer):  # full-width letters slip past filters (s64)
    r = analyzer.analyze([("1", "Ｄｒｕｇ ｃｈｅｃｋｉｎｇ, ｃａｌｌ ０２０ ７９４６ ０３２１")])[0]
    assert r["language"] == "en"
    assert [(c["kind"], c["value"]) for c in r["contacts"]] == [("phone", "+442079460321")]
    r = analyzer.analyze([("2", "ＭＤＭＡ　１ｇ　５０００円")])[0]
    assert r["language"] == "ja"  # a CJK text's full-width forms are its own


def test_an_uncatalogued_name_gives_its_class_group(analyzer):  # (session 64)
    r = analyzer.analyze([("1", "Gidazepam 50mg tabs, 50 for €45, EU, Telegram @gida_shop")])[0]
    assert (r["label"], r["effect_group"], r["substances"]) == ("drug_sale", "sedative_hypnotic", [])
    assert [(u["mention"], u["suggested_effect_group"]) for u in r["uncatalogued"]] == [("Gidazepam", "sedative_hypnotic")]
    assert any("does not list" in reason for reason in r["reasons"])
