import pytest
from hypothesis import given
from hypothesis import strategies as st

from patrol.recognizers.contact import ContactRecognizer

R = ContactRecognizer()

MATCH = [
    ("Telegram: @sibir_shop", "telegram", "@sibir_shop"),
    ("Snapchat · coke_mcr: in tonight, £80 a g", "snapchat", "coke_mcr"),  # a notification's dot (session 67)
    ("mdma-shop.to › products › crystal", "url", "mdma-shop.to"),  # a search result's breadcrumb: its site
    ("ketamine-direct.shop\nKetamine for sale | Buy Ketamine Online", "url", "ketamine-direct.shop"),  # site line
    ("shroomsdirect.co › golden-teacher", "url", "shroomsdirect.co"),
    ("Мінск, закладкі. Тэлеграм @minsk_amf", "telegram", "@minsk_amf"),  # Belarusian spelling (session 50)
    ("Tina très pure 1g 100€, Télégram @tina_marais", "telegram", "@tina_marais"),  # French accents (session 66)
    ("Xanax 2mg x30 £45, watsap +44 7911 123450", "whatsapp", "+447911123450"),   # misspelt and dotted app names
    ("Cocaína 1g 60€, W.h.a.t.s.A.p.p +34 612 345 684", "whatsapp", "+34612345684"),
    ("Speed 10g 60€, signl: speed.leipzig", "signal", "speed.leipzig"),
    ("Blues M30 $25 each, sig: blues.44", "signal", "blues.44"),            # "sig" before a colon
    ("Molly 1g £40, Snap 👻 molly_mcr", "snapchat", "molly_mcr"),           # the ghost for the app
    ("schreib an hilfe (at) drugcom (punkt) de", "email", "hilfe@drugcom.de"),  # German "punkt"
    ("ਚਿੱਟਾ 1 ਗ੍ਰਾਮ ₹3500, ਟੈਲੀਗ੍ਰਾਮ @chitta_asr", "telegram", "@chitta_asr"),  # Punjabi (session 64)
    ("DM @uk_candyshop for the menu", "telegram", "@uk_candyshop"),
    ("join t.me/rc_vendor_nl", "telegram", "@rc_vendor_nl"),
    ("https://t.me/joinchat/AbCdEf12345", "telegram", "t.me/joinchat/AbCdEf12345"),  # an invite: the link (s62)
    ("Wickr: nordiclabz_wickr", "wickr", "nordiclabz_wickr"),
    ("wickr me - speedkoenig", "wickr", "speedkoenig"),
    ("wickr me at snowman_uk", "wickr", "snowman_uk"),
    ("Dublin only, snap me: dub_yokes", "snapchat", "dub_yokes"),
    ("Viber +385 91 234 5678", "viber", "+385912345678"),
    ("Нови Сад. Вибер +381 63 765 4321", "viber", "+381637654321"),   # Serbian Cyrillic (session 50)
    ("5 ग्राम रु 4000, पोखरामा डेलिभरी। भाइबर 9801234567", "viber", "+9779801234567"),       # Nepali (session 51)
    ("சென்னை முழுவதும் டெலிவரி. டெலிகிராம் @chennai_green", "telegram", "@chennai_green"),  # Tamil
    ("MDMA 1 ಗ್ರಾಂ ₹4000, ಬೆಂಗಳೂರು, ಟೆಲಿಗ್ರಾಂ @blr_molly", "telegram", "@blr_molly"),  # Kannada
    ("पुण्यात डिलिव्हरी. टेलिग्राम @pune_k", "telegram", "@pune_k"),        # Marathi
    ("3000 ਰੁਪਏ, ਅੰਮ੍ਰਿਤਸਰ ਵਿੱਚ ਹੱਥੋ-ਹੱਥ। ਵਟਸਐਪ 98765 43210", "whatsapp", "+919876543210"),  # Punjabi
    ("රු. 25,000, කොළඹ ඇතුළත ඩිලිවරි. වට්ස්ඇප් 077 123 4567", "whatsapp", "+94771234567"),  # Sinhala
    ("Session: 05" + "ab" * 32, "session", "05" + "ab" * 32),
    ("Session: 05" + "ab" * 33, "session", "05" + "ab" * 33),  # as written, not its first 66 digits (session 51)
    ("Threema ID: ABCD1234", "threema", "ABCD1234"),
    ("Versand in ganz Deutschland, Threema-ID XK7P2M9Q", "threema", "XK7P2M9Q"),  # hyphened (session 61)
    ("Wickr plug_88 @home", "wickr", "plug_88"),  # an account's underscore: a name, though an @word follows
    # the apps sellers moved to (session 62)
    ("Matrix: @flakeuk:matrix.org (E2EE only)", "matrix", "@flakeuk:matrix.org"),
    ("XMPP: mdmaeu@jabber.de, OMEMO required", "xmpp", "mdmaeu@jabber.de"),
    ("Tox ID: A54DCA182530BB1D6D132CDED6237B2ED91E3F721FCB1971174494D6493C9D5C3460BE3120CD", "tox", "A54DCA182530BB1D6D132CDED6237B2ED91E3F721FCB1971174494D6493C9D5C3460BE3120CD"),
    ("Oxy 30mg $30 each, Wire: @oxyplug_us", "wire", "@oxyplug_us"),
    ("add me on Discord: studyplug#4821", "discord", "studyplug#4821"),
    ("Carts 1g $35, Kik: cartqueen420", "kik", "cartqueen420"),
    ("Signal link: signal.me/#eu/acidhouse.12", "signal", "acidhouse.12"),
    ("private channel: t.me/+Qw3rTy7UiOp, Berlin", "telegram", "t.me/+Qw3rTy7UiOp"),  # an invite names no account
    ("чат: t.me/joinchat/AAAAAE1xYz", "telegram", "t.me/joinchat/AAAAAE1xYz"),
    ("chama no Telegram: tg://resolve?domain=pobr_sp", "telegram", "@pobr_sp"),
    ("WhatsApp groep: chat.whatsapp.com/KxY7pQ2rT9L", "whatsapp", "chat.whatsapp.com/KxY7pQ2rT9L"),
    ("order via our WhatsApp: wa.me/447700900123.", "whatsapp", "447700900123"),  # not a URL with its full stop
    ("WhatsApp +49 151 23456789", "whatsapp", "+4915123456789"),
    ("livraison f Casa. Wtsp +212 6 12 34 56 78", "whatsapp", "+212612345678"),  # WhatsApp abbreviated
    ("Pasta base $2.000, Puente Alto. Wsp +56 9 8765 4321", "whatsapp", "+56987654321"),  # ... in Chile (session 51)
    ("wa.me/31612345678", "whatsapp", "31612345678"),
    ("Signal +31 6 12345678", "signal", "+31612345678"),
    ("call +1 415 555 0132 now", "phone", "+14155550132"),
    ("mail orders@chemcorner.example", "email", "orders@chemcorner.example"),
    ("shop at http://abcdefghijklmnop.onion/shop", "onion", "http://abcdefghijklmnop.onion/shop"),
    ("v3: " + "a" * 56 + ".onion", "onion", "a" * 56 + ".onion"),
    ("visit https://shop.example/product?id=3.", "url", "https://shop.example/product?id=3"),
    ("Order now at rx-meds-direct.com", "url", "rx-meds-direct.com"),  # a shop's bare domain (session 48)
    ("Full menu 👉 bit.ly/greenmenu25 🍃", "url", "bit.ly/greenmenu25"),  # a link shortener (session 63)
    ("Linktree: linktr.ee/xtc_nl_shop2 💊", "url", "linktr.ee/xtc_nl_shop2"),
    ("Not for human consumption. research-chem.eu/benzos", "url", "research-chem.eu/benzos"),
    ("Metamfetamin 1g, Brno. Signal: brno_perník", "signal", "brno_perník"),  # accents in an account's name, whole
    ("@plugdaddy", "handle", "@plugdaddy"),
    ("hmu on snap atl_mollyy", "snapchat", "atl_mollyy"),   # "snap" before an id with "_" or a digit (session 40)
    ("Houston, sn@p h0u_p3rcs", "snapchat", "h0u_p3rcs"),    # ... "sn@p" too (session 41)
    ("Клады по Екатеринбургу. Оператор: @ekb_alpha", "telegram", "@ekb_alpha"),
    ("出冰 1克 300元，上海同城，飞机 @sh_ice", "telegram", "@sh_ice"),     # Telegram's nicknames: the paper plane
    ("아이스 1g 50만원, 텔레 @seoul_ice", "telegram", "@seoul_ice"),  # the shop's "operator" takes orders
    ("大麻リキッド 1本 12,000円 渋谷 テレ @shibuya_thc", "telegram", "@shibuya_thc"),  # Japanese "テレ"
    ("Telegram: @ berlin_kristall", "telegram", "@berlin_kristall"),   # a space after the "@"
    ("Bulk: plugwholesale [at] protonmail [dot] com", "email", "plugwholesale@protonmail.com"),  # spelled out
    ("mail dr.green(at)posteo.de", "email", "dr.green@posteo.de"),
    ("or Signal: coldchain.42", "signal", "coldchain.42"),           # a Signal username: a nickname and digits
    ("Praha, Signal: subu_praha", "signal", "subu_praha"),            # a nickname given without its digits
    ("Chicago, Signal: chi_acid.3", "signal", "chi_acid.3"),
    ("EU shipping, Signal: 1p_eu.2", "signal", "1p_eu.2"),
    ("Mándame DM en IG @mty_plug", "handle", "@mty_plug"),  # a DM on Instagram: another network, named nearer
    ("Codeine syrup ₦3,500. DM @lagos_lean on IG", "handle", "@lagos_lean"),  # ... or named after the handle
    ("Local delivery LA. IG DM @la_edibles", "handle", "@la_edibles"),          # ... or before the DM
    ("Follow us on insta @green_ldn, DM for menu", "handle", "@green_ldn"),  # the DM comes after the handle
    ("Бот: @spb_candy_bot", "telegram", "@spb_candy_bot"),    # Telegram's bots' names end in "bot"
    ("закладки по Москве, бот @wrap_mef2", "telegram", "@wrap_mef2"),  # ... or a bot is named before (s65)
    ("加微信 ice_sz88 详谈", "wechat", "ice_sz88"),       # an app's name run into the word before it
    ("WeChat: sz_ice88", "wechat", "sz_ice88"),
    ("ทักไลน์ @weedbkk", "line", "weedbkk"),
    ("Line ID: bkk_weed", "line", "bkk_weed"),
    ("ขายยาบ้า 100 เม็ด ไลน์ไอดี: yaba_bkk", "line", "yaba_bkk"),  # Thai "Line ID"
    ("大麻煙 一包 2000 元，台北面交，Line: tw_green420", "line", "tw_green420"),  # "Line:" before an account
    ("카톡 ID: seoul420", "kakaotalk", "seoul420"),
    ("campus drop-off, Snapchat: studybuddy_rx", "snapchat", "studybuddy_rx"),
    ("snap: london_gas", "snapchat", "london_gas"),
    ("للبيع، سناب: ryd_cap", "snapchat", "ryd_cap"),                 # Arabic "Snap"
    ("تواصل سناب شات khb_22", "snapchat", "khb_22"),
    ("משלוח לכל הארץ. טלגרם @tlv_green", "telegram", "@tlv_green"),      # Hebrew, Persian: the handle after it
    ("ارسال به تمام شهرها. تلگرام @shishe_teh", "telegram", "@shishe_teh"),
    ("توصيل داخل بغداد. تلكرام @bgd_crystal", "telegram", "@bgd_crystal"),  # Iraqi spelling (session 52)
    ("Мефедрон 1 г 2500 ₽, Москва, ТГ @msk_mef_shop", "telegram", "@msk_mef_shop"),  # Russian "ТГ" (session 39)
    ("пиши в телегу @spb_plug", "telegram", "@spb_plug"),
    ("เคตามีน 1 กรัม 2,500 บาท พัทยา เทเลแกรม @pty_k", "telegram", "@pty_k"),  # Thai "Telegram" (session 53)
    ("shroom bars 3.5g $30, ig @fungi.bars", "handle", "@fungi.bars"),   # Instagram's dots (session 53)
    ("Questions? Contact @plugdaddy.", "handle", "@plugdaddy"),           # a full stop after it
]


@pytest.mark.parametrize("text, kind, value", MATCH)
def test_matches(text, kind, value):
    found = [e.value for e in R.analyze(text)]
    assert {"kind": kind, "value": value} in found, found


NEAR_MISS = ["Wickr: " + "a" * 130,  # longer than any account: none, and not its start (session 51)
             "I'm on telegram at night mostly", "find me on snap at the party",  # "at" before a word (session 68)
             "Telegram · Crypto Signals Pro: BTC long entry",  # a notification's chat title, no account's name
             "eBay.es Vehicle Fraud Tutorial",  # a brand opening a title, not a site line
             "Coke 1g $80, pay Venmo @snowman-nyc",  # a Venmo name, not the account "@snowman"
             '{"@type": "Product", "@context": "schema"}',  # JSON-LD's keywords (session 64)
             "email me at john dot doe", "Wire transfer fees: $25 domestic", "Kik boxing classes, £8", "Join our room: #linux:matrix.org", "Tox ID: A54DCA182530BB1D6D132CDED6237B2ED91E3F721FCB1971174494D6493C9D5C3460BE3120CE",
             "Threema-ID auf Anfrage", "Threema ID: ABC", "@ 5pm", "version 1.2.3", "the signal was weak", "call me maybe",
             "a@b", "123-45", "www", "t.me/", "price 40 EUR", "a line of coke", "微信群 很多", "Zalo 0912",
             "snap peas 500g", "sn@p peas", "Oh snap crackle and pop", "Snap me", "Snap only", "Product Line: Premium", "Bottom line: great",
             "meet me at 5 (at) the bar", "Signal: v2.10 update", "Signal: strong", "Signal - Messenger", "ТГК-1 повысила тарифы",
             "call sales team 0300 123 6600", "Snapchat says it now detects posts selling drugs",
             # no shop's domain: files, abbreviations, brands and a title's subject, an address's first part (s48)
             "see index.php", "install Node.js", "open readme.md", "run main.py", "U.S. only", "e.g. this", "1.com",
             "a Fast Money eBay.es Vehicle Fraud Tutorial", "brazzers.com premium account", "Telegram: Überweisung möglich",
             "visit @shop.com today", "ANONYMOUS EMAIL ACCOUNT @ANON.SX SAFE",  # web domains, no accounts (session 53)
             "Hay que llamar al 2 de mayo a las 15:30",  # a date after a call word (session 60)
             "Tele-MANAS helpline 14416",
             "email sig below, thanks", "sig 0412 345 678",  # a signature, not Signal's (session 66)
             "cocaine sellers used Snapchat ghost emoji", "spaced Telegram handles"]  # the app's own things  # India's mental-health helpline, a name joined by a hyphen


@pytest.mark.parametrize("text", NEAR_MISS)
def test_near_misses(text):
    assert R.analyze(text) == []


@given(st.text(max_size=200))
def test_fuzz_spans(text):
    for e in R.analyze(text):
        assert text[e.start:e.end] == e.text and e.value["value"]


# an app's name followed by a word is not an account; followed by a separator, an @ or a handle-like name it is
@pytest.mark.parametrize("text, found", [
    ("Telegram channels have replaced darknet markets", []),
    ("Contact uniquement sur Telegram uniquement", []),
    ("Signal messenger is encrypted", []),
    ("supplying cocaine through a Telegram channel.", []),     # a full stop is no part of an account
    ("Telegram: channels", [("telegram", "@channels")]),
    ("Wickr chemsource_example", [("wickr", "chemsource_example")]),
    ("telegram pharmaplug", [("telegram", "@pharmaplug")]),
    ("telegram pharmaplug only", [("telegram", "@pharmaplug")]),
    ("Prices on Telegram cocaine channels ranged from £60", []),   # a word describing channels
    ("how Telegram weed menus replaced street dealers", []),       # ... or menus (session 55)
    ("Quote from @user123:\n> anyone tried it?", []),             # a forum poster quoted, no account to reach
    ("@mike_k wrote: the pills were weak", []),
    ("DM @quote_from_me for the menu", [("telegram", "@quote_from_me")]),  # near miss: a handle of those letters
    ("Telegram: cocaine channels", [("telegram", "@cocaine")]),    # a separator says an account follows
    ("TG: @shop_x", [("telegram", "@shop_x")]),
    ("Tap in on tele @atl_drops", [("telegram", "@atl_drops")]),   # "tele": Telegram
    ("Par1s, T3legram @paris_c0c0", [("telegram", "@paris_c0c0")]),  # the app's name in digits for letters
    ("کندهار، واټساپ +93 70 765 4321", [("whatsapp", "+93707654321")]),  # WhatsApp in Pashto
    ("手渡し可能。LINE: kuro_777", [("line", "kuro_777")]),           # "LINE" in capitals before a colon
    ("waiting in line: john", []),
    ("Telegram t.me/rc_crystals_pl", [("telegram", "@rc_crystals_pl")]),  # the app's name before its link
    ("Contact: 07911 123456", [("phone", "+447911123456")]),
    ("連絡はテレグラム @tokyo_green", [("telegram", "@tokyo_green")]),   # Telegram and WhatsApp in other scripts
    ("텔레그램 @seoul_ice", [("telegram", "@seoul_ice")]),
    ("テレビ @nhk_news を見て", [("handle", "@nhk_news")]),                # テレビ, television, is no Telegram
    ("واتساب +212 612 345678", [("whatsapp", "+212612345678")]),
    ("150 جنيه، القاهرة، ديليفري. واتس 0101 234 5678", [("whatsapp", "+201012345678")]),  # Egyptian "whats"
    ("WhatsApp 98765 43210", []),  # no English-speaking region holds it: not read, and its first group is no account
    ("USDT TRC20 only: TGkEQX3vLZQWGN1R4DN14AJMerKSDYfwVt", []),  # one word: a Tron address, not "TG" + account
    # a number is an app's only when the app is named before it with no other contact between
    ("Wickr: dutchy99, +31 6 12345678", [("wickr", "dutchy99"), ("phone", "+31612345678")]),
    ("Telegram: @abc, +31 6 12345678", [("telegram", "@abc"), ("phone", "+31612345678")]),
    ("Telegram @abc or WhatsApp +31 6 12345678", [("telegram", "@abc"), ("whatsapp", "+31612345678")]),
    ("dostawa Warszawa, Signal +48 512 345 678", [("signal", "+48512345678")]),  # "wa" ends a word: no WhatsApp
    ("dostawa Warszawa, +48 512 345 678", [("phone", "+48512345678")]),
    ("the rise of the 'Telegram dealer'", []),                     # what the app's people are, not who
    ("Er hatte 2 kg Kokain über Telegram verkauft.", []),           # a verb after the app (session 59)
    ("Wickr vendors were the first to go", []),
    ("Telegram: dealer", [("telegram", "@dealer")]),
    ("Peruvian flake 1g $100, Signal only: flakehouse.88", [("signal", "flakehouse.88")]),  # "only" before the colon
    ("Wickr nur: koks_ber", [("wickr", "koks_ber")]),
    ("Telegram only, no calls", []),
    # session 47: the account after "handle" and a quote; an account named before "on Telegram"; prose after the app
    ("sold MDMA via the Wickr handle 'mandyman'", [("wickr", "mandyman")]),
    ("Scam alert: @heroin_king on Telegram took my $200", [("telegram", "@heroin_king")]),
    ("Esrar 5g 1000 TL, İstanbul, Telegram'dan yaz", []),          # Turkish "from Telegram": a suffix, no account
    ("follow @x_plug on Instagram", [("handle", "@x_plug")]),
])
def test_app_name_then_a_word(text, found):
    assert [(e.value["kind"], e.value["value"]) for e in R.analyze(text)] == found


# a number without a country code, right after a word that says one follows, read in the regions of the
# text's language (patrol/recognizers/data/phone_regions.json)
@pytest.mark.parametrize("text, language, found", [
    ("text me 0412 345 678", "en", [("phone", "+61412345678")]),
    ("Tina $120/g, text only 305 318 4494", "en", [("phone", "+13053184494")]),  # session 66
    ("delivery en el Bronx, text 718-412-5567", "es", [("phone", "+17184125567")]),  # "The Bronx", without "The"
    ("Percocet $20 c/u, San Juan, textea al 787-412-3456", "es", [("phone", "+17874123456")]),  # Spanish "text" (session 52)
    ("Prégabaline 14 gélules 2000 DA, Alger. Viber 0555 12 34 56", "fr", [("viber", "+213555123456")]),  # dinars: Algeria's
    ("Ice 1g Rs 15000, Colombo. WhatsApp 077 123 4567", "en", [("whatsapp", "+94771234567")]),  # Sri Lanka's, placed
    ("Clona 2mg $15.000, Mar del Plata, WhatsApp 223 512-3456", "es", [("whatsapp", "+542235123456")]),  # Argentina's
    ("ريفوتريل 3000 دج، فايبر 0555 12 34 56", "ar", [("viber", "+213555123456")]),  # Viber in Arabic, Algeria's dinar
    ("Амфетамин 1 гр 30 лв, Варна, Вайбър 088 123 4567", "bg", [("viber", "+359881234567")]),  # ... in Bulgarian
    ("Rongony 20.000 Ar, Antananarivo. Antso 034 12 345 67", "mg", [("phone", "+261341234567")]),  # Malagasy "call"
    ("هر گرم ۲۰۰۰ افغانی، کابل. واتساپ ۰۷۹۹ ۱۲۳ ۴۵۶", "fa", [("whatsapp", "+93799123456")]),  # Persian digits, grouped
    ("delivery en la colonia, text 718-412-5567", "es", [("phone", "+527184125567")]),  # placed nowhere: Spanish's
    ("Fresh mangoes 1 kg Rs 150, WhatsApp 98200 12345", "en", [("whatsapp", "+919820012345")]),  # rupees: India's
    ("Charas 10 gm 2500 rs, WhatsApp karo 98160 12345", "en", [("whatsapp", "+919816012345")]),  # tried (session 59)
    ("Sensi 1 ounce $8,000 JMD, call mi 876-412-3456", "en", [("phone", "+18764123456")]),  # Jamaica's dollar
    ("Zèb 10 g 60 €, WhatsApp 0690 12 34 56", "fr", [("whatsapp", "+590690123456")]),  # French Caribbean mobiles
    ("Mariuana $20 tala, Apia. Telefoni 7712345", "sm", [("phone", "+6857712345")]),  # Samoan "telephone"
    ("Spak brus K20, kolim mi 7123 4567", "tpi", [("phone", "+67571234567")]),
    ("Text 213-555-0147 for the menu", "en", [("phone", "+12135550147")]),
    ("text 0412 345 678", None, [("phone", "+61412345678")]),              # unknown language: English's
    ("WA 0812-3456-7890", "id", [("whatsapp", "+6281234567890")]),
    ("WhatsApp 06-12345678", "nl", [("whatsapp", "+31612345678")]),         # the app's digits, now E.164
    ("chama no zap 31 99999-0000", "pt", [("whatsapp", "+5531999990000")]),  # grouped as in Brazil, no "0"
    ("Kontakt: tel. 0151 23456789", "de", [("phone", "+4915123456789")]),
    ("appelle 06 12 34 56 78", "fr", [("phone", "+33612345678")]),
    ("ib Zalo 0912 345 678", "vi", [("zalo", "+84912345678")]),
    ("Viber 69 1234 5678", "el", [("viber", "+306912345678")]),
    ("Llama al 932 123 456.", "es", [("phone", "+34932123456")]),         # words of grammar between cue and number
    ("perico 1g 60€, Bizum al 612 345 678", "es", [("phone", "+34612345678")]),  # Bizum pays to a phone (s64)
    ("चिट्टा 1 ग्राम ₹3000, व्हाट्सएप करें 98765 43210", "hi", [("whatsapp", "+919876543210")]),  # "do WhatsApp"
    ("Unga iko, kete Sh 1,000, M-Pesa 0711 222 333", "sw", [("phone", "+254711222333")]),  # pay to a phone
    ("Mbanje 1 bag $5, Harare, fona 077 234 5678", "sn", [("phone", "+263772345678")]),  # Shona "phone"
    ("Vendo erba, Palermo, chiamami 333 123 4567", "it", [("phone", "+393331234567")]),  # "call me"
    # a language that identification confuses with a neighbour takes in its country after its own
    ("Prodajem kokain, Split, Viber 091 234 5678", "sl", [("viber", "+385912345678")]),   # Croatian read as Slovenian
    ("Prodam travo, Ljubljana, Viber 041 123 456", "sl", [("viber", "+38641123456")]),      # Slovenia's own first
    ("Predám trávu, Brno, volej 603 123 456", "sk", [("phone", "+420603123456")]),
    ("call me on 0412 345 678", "en", [("phone", "+61412345678")]),
    ("Call or text (312) 555-0147.", "en", [("phone", "+13125550147")]),   # "or text": a cue of its own follows
    ("Call FRANK on 0300 123 6600", "en", [("phone", "+443001236600")]),   # a name, then grammar (session 42)
    ("Fresh ice, 10kg bags £4 each, call 07912\n345690 to book", "en", [("phone", "+447912345690")]),  # wrapped
    ("hmu on snap atl.zaza", "en", [("snapchat", "atl.zaza")]),            # an account's dot between letters
    ("Coke 1g £80, telegram at coke_direct_uk", "en", [("telegram", "@coke_direct_uk")]),  # dictated (session 68)
    ("contact snap → hash_maroc75", "fr", [("snapchat", "hash_maroc75")]),  # an arrow points at it
    ("K 5g, wickr name is ketnl_direct", "en", [("wickr", "ketnl_direct")]),
    ("giao hàng Hà Nội, liên hệ Zalo 0912 345 678", "vi", [("zalo", "+84912345678")]),  # an app's name is no name
    ("Drogues Info Service : 0 800 23 13 13", "fr", [("phone", "+33800231313")]),
    ("Piga simu 0712 345 678", "sw", [("phone", "+254712345678")]),
    ("Entregas en CDMX, mándame mensaje al 55 1234 5678", "es", [("phone", "+525512345678")]),
    ("Ketes a 5 soles, delivery en Lima, escríbeme al 987 654 321", "es", [("phone", "+51987654321")]),  # soles: Peru
    ("1 gramo $8.000, envíos por todo Buenos Aires. Wsp 11 2345 6789", "es", [("whatsapp", "+541123456789")]),  # "Wsp"
    ("envíos por todo Santiago. Wsp +56 9 8765 4321", "es", [("whatsapp", "+56987654321")]),  # a nickname, a "+"
    ("Pasta base $2.000, La Pintana, Santiago. Llamar al 9 8123 4567", "es", [("phone", "+56981234567")]),  # the
    ("Llamen al 9 8123 4567, Santiago", "es", [("phone", "+56981234567")]),  # infinitive and plural (session 60)
    ("Zap: +55 31 98888-7777", "pt", [("whatsapp", "+5531988887777")]),
    ("odbiór na Pradze, napisz na signalu +48 601 234 567", "pl", [("signal", "+48601234567")]),  # Polish locative
    ("pisz na whatsappie +48 601 234 567", "pl", [("whatsapp", "+48601234567")]),
    ("meet up sa QC. Telegram lang @qc_bato", "tl", [("telegram", "@qc_bato")]),  # Tagalog "only" before the
    # account: the @handle, not "lang" (session 62)
    ("Wickr: abc_def, call +31 6 12345678", "en", [("wickr", "abc_def"), ("phone", "+31612345678")]),  # another between
    ("livraison à Montréal. Texte-moi au 438 862 1947", "fr", [("phone", "+14388621947")]),  # "texte-moi au"
    ("try calling 0412 345 678", "en", [("phone", "+61412345678")]),
    ("hubungi 0812-1111-3333 (WhatsApp)", "id", [("whatsapp", "+6281211113333")]),  # the app named after it
    ("call 0412 345 678 (mobile)", "en", [("phone", "+61412345678")]),
    ("Горячая линия 8 800 200-00-00", "ru", [("phone", "+78002000000")]),   # a hotline; Russia's trunk "8"
    ("آئس 1 گرام 5000 روپے، واٹس ایپ 0300 1234567", "ur", [("whatsapp", "+923001234567")]),  # rupees of Pakistan
    ("Tramadol ₦3,500, Lagos delivery. Call 0803 123 4567", "en", [("phone", "+2348031234567")]),  # naira: Nigeria
    ("Crack pedra 500 Kz cada, Cazenga. Liga 912 345 678", "pt", [("phone", "+244912345678")]),  # kwanza: Angola (s53)
    ("Call 0803 123 4567", "en", [("phone", "+648031234567")]),          # no currency: English's regions (New Zealand)
    ("九龍區送貨，WhatsApp 9123 4567", "zh", [("whatsapp", "+85291234567")]),  # Hong Kong's eight digits
    ("गांजा 2000 रुपये, व्हाट्सएप 98765 43210", "hi", [("whatsapp", "+919876543210")]),  # India: no trunk "0"
    ("livraison au Québec. Texte 514-892-3456", "fr", [("phone", "+15148923456")]),
    ("достава у Београду. Вајбер 064 123 4567", "sr", [("viber", "+381641234567")]),  # Viber in Cyrillic
    ("Yokes €10 each, delivery Dublin, WhatsApp 087 123 4567", "en", [("whatsapp", "+353871234567")]),  # euros in English: Ireland
    ("Tengo cristal y mota, Whats 33 1234 5678", "es", [("whatsapp", "+523312345678")]),  # "Whats" alone
    ("Yokes $10 each, WhatsApp 087 123 4567", "en", [("whatsapp", "+61871234567")]),  # no euro: Australia comes first
    ("Gelato 41 3.5g $45, text 916-555-0184", "it", [("phone", "+19165550184")]),  # dollars: the US, after the language's
    ("Gelato 41 3.5g 45€, text 916-555-0184", "it", []),                  # no dollar: no country holds it
    ("可卡因 HK$800，WhatsApp 6123 4567", "fr", [("whatsapp", "+85261234567")]),  # Hong Kong dollars: Hong Kong
    ("ইয়াবা ২০০০ টাকা। হোয়াটসঅ্যাপ 01712345678", "bn", [("whatsapp", "+8801712345678")]),  # taka: Bangladesh
    ("大麻 1万円、ワッツアップ 090-1234-5678", "ja", [("whatsapp", "+819012345678")]),  # every app's name is a cue
    ("アイス 0.5g 2万円、シグナル 090-1234-5678", "ja", [("signal", "+819012345678")]),  # Signal in katakana
    # the country the text is in, before the one a currency of several countries and the language suggest
    ("Haxixe 10g 50€. Envio para todo Portugal. Contacto: 912 345 678", "es", [("phone", "+351912345678")]),
    ("Selling tik R150, Cape Town delivery. WhatsApp 082 123 4567", "en", [("whatsapp", "+27821234567")]),
    ("Prodajem kokain 1g 80€, Beograd, Viber 064 123 4567", "sl", [("viber", "+381641234567")]),  # Belgrade's own name
    ("Charas 10g Rs 3000, Delhi NCR delivery. Call 98765 43210", "en", [("phone", "+919876543210")]),
    ("Wellington buds, $300 an oz. Delivery around Welly, txt 021 555 0134", "en", [("phone", "+64215550134")]),  # a capital
    ("Haxixe 10g 50€. Contacto: 912 345 678", "es", [("phone", "+34912345678")]),  # no place: the language's
    ("May bato ako, 1 gramo 3,000 pesos. Text 0917 765 4321", "ceb", [("phone", "+639177654321")]),  # Cebuano
    # in a country the text prices in or names, its national digits without the trunk "0", however grouped
    ("Perico 1 gramo 20 mil, domicilios en Cali. WhatsApp 315 123 4567", "es", [("whatsapp", "+573151234567")]),
    ("गाँजा १० ग्राम रु ३०००. Viber 9841234567", "hi", [("viber", "+9779841234567")]),  # rupees of Nepal
    ("Perico 1 gramo 20 mil. WhatsApp 315 123 4567", "es", [("whatsapp", "+523151234567")]),  # no place: Mexico's
    ("Ina sayar da wiwi, naira 5,000. Kira 0803 987 6543", "pt", [("phone", "+2348039876543")]),  # Hausa "call"
    ("ვყიდი 5 გრამი. ტელეგრამი @tbilisi_green", "ka", [("telegram", "@tbilisi_green")]),  # Telegram in Georgian
    ("מוכר קטמין 1 גרם. סיגנל 052-678-1234", "he", [("signal", "+972526781234")]),  # Signal in Hebrew
    ("حشيش 10 غرام 300 شيكل، رام الله، واتساب 059 912 3456", "ar", [("whatsapp", "+970599123456")]),  # s65
    ("حشيش 5 غرام 200 شيكل، حيفا، واتساب 052 345 6789", "ar", [("whatsapp", "+972523456789")]),  # Israel's too
    ("গাঁজা ১০০ গ্রাম। কল করুন 01812345678", "bn", [("phone", "+8801812345678")]),  # Bengali "call", Bangladesh
    ("माल उपलब्ध है, फ़ोन करें 98765 43210", "hi", [("phone", "+919876543210")]),  # Hindi "phone (us)"
    ("آئس دستیاب ہے، کال کریں 0300 1234567", "ur", [("phone", "+923001234567")]),  # Urdu "call", Pakistan
    ("Nou vann kokayin, 1 gram 5000 goud. Rele 3712 3456", "nl", [("phone", "+50937123456")]),  # gourdes: Haiti
    ("A n ta igbo, 1 wrap ₦2000, Ibadan. Pe 0806 123 4567", "en", [("phone", "+2348061234567")]),  # Yoruba "call"
    ("Pre may bato ka? 1 gram 2k. Text mo ko 0917 555 1234", "ceb", [("phone", "+639175551234")]),  # Tagalog "text me"
    ("1 gram 2k. Tawagan mo ako 0917 555 1234", "tl", [("phone", "+639175551234")]),  # "call me"
    ("1 gram 2k, Manila. Text 0917 555 1234", "de", [("phone", "+639175551234")]),  # Manila: the Philippines
    ("5 gramos $15.000, envíos a todo CABA. Escribime al 11 2345-6789", "es", [("phone", "+541123456789")]),  # voseo
    # "call", "write", "contact" in more languages (data/phone_cues.json)
    ("Ara 0532 123 45 67", "tr", [("phone", "+905321234567")]),
    ("Zadzwoń 512 345 678", "pl", [("phone", "+48512345678")]),
    ("Volejte 777 123 456", "cs", [("phone", "+420777123456")]),
    ("Sună 0722 123 456", "ro", [("phone", "+40722123456")]),
    ("Hívj 06 30 123 4567", "hu", [("phone", "+36301234567")]),
    ("Καλέστε 694 123 4567", "el", [("phone", "+306941234567")]),
    ("Πουλώ χόρτο στη Λεμεσό, 5γρ 50€, WhatsApp 99 123456", "el", [("whatsapp", "+35799123456")]),  # Cyprus (s65)
    ("Zovi 064 123 4567", "sr", [("phone", "+381641234567")]),
    ("liên hệ 0912 345 678", "vi", [("phone", "+84912345678")]),
    ("โทร 081 234 5678", "th", [("phone", "+66812345678")]),
    ("Shaya ucingo 072 123 4567", "zu", [("phone", "+27721234567")]),
    ("Ruf mich an 0151 23456789", "de", [("phone", "+4915123456789")]),
    ("Liga pra mim 11 98765-4321", "pt", [("phone", "+5511987654321")]),
    ("Scrivimi 347 123 4567", "it", [("phone", "+393471234567")]),
    ("App me 06 12345678", "nl", [("whatsapp", "+31612345678")]),     # Dutch "app me": WhatsApp
    ("Barcelona i rodalies, truca'm al 612 345 678", "ca", [("phone", "+34612345678")]),  # Catalan (session 57)
    ("Donostian eskura. WhatsApp 688 123 456", "eu", [("whatsapp", "+34688123456")]),  # Basque: Spain's numbers
    ("Vigo e arredores, WhatsApp 688 123 456", "gl", [("whatsapp", "+34688123456")]),  # Galician
    ("Mota 1 onza L 800, San Pedro Sula. WhatsApp 9876 5432", "es", [("whatsapp", "+50498765432")]),  # placed
    ("Marijuana SBD 50 wan bag, Honiara, call 7412345", "en", [("phone", "+6777412345")]),  # seven digits, unspaced
    ("Marijuana 1000 vatu, Port Vila, kolem 7712345", "en", [("phone", "+6787712345")]),  # Bislama "call"
    ("Mariuana $20 tala, Apia, vala'au 72 12345", "en", [("phone", "+6857212345")]),  # Samoan "call"
    ("Vends paka, Papeete, appelle au 87 12 34 56", "fr", [("phone", "+68987123456")]),  # placed: not Belgian
    ("Free support: 808-832-3100", "en", [("phone", "+18088323100")]),  # a helpline's "support"
    ("zatla 5 gram b 50 dinar, Sfax, 7ot numrou 98 123 456", "en", [("phone", "+21698123456")]),  # Tunisian "numrou"
    ("Kétamine dispo 1g 120dt, La Marsa, appelle 22 987 654", "fr", [("phone", "+21622987654")]),  # Tunisia's dinar
    ("Poulaw xorto, 5 gr 50 euro, Athina, Viber 694 812 3456", "en", [("viber", "+306948123456")]),  # Greeklish city
    ("കഞ്ചാവ് 10 ഗ്രാം, കൊച്ചി, WhatsApp 94470 12345", "ml", [("whatsapp", "+919447012345")]),  # India's languages
    ("ଗଞ୍ଜେଇ, ଭୁବନେଶ୍ୱର, WhatsApp 94370 12345", "or", [("whatsapp", "+919437012345")]),  # read India's numbers
    ("ચરસ 10 ગ્રામ, સુરત, ટેલિગ્રામ @surat_charas", "gu", [("telegram", "@surat_charas")]),  # Gujarati "Telegram"
    ("मोफत समुपदेशन, कॉल करा 1800 11 0031", "mr", [("phone", "+911800110031")]),  # Marathi "call"
    ("Ndithengisa i-tik, 1 g R250, eKhayelitsha. Fowuna 072 123 4567", "en", [("phone", "+27721234567")]),  # Xhosa,
    ("A n ta igbo, 1 bag ₦5,000, Ibadan. Pe wa lori 0812 345 6789", "sw", [("phone", "+2348123456789")]),  # Yoruba,
    ("Wee 1 bag GH₵50, Kumasi. Frɛ me 024 123 4567", "en", [("phone", "+233241234567")]),  # Twi "call" (session 58)
    ("چرس، ۲۰ هزار افغانی، به واتساپ پیام بدهید ۰۷۹۹ ۱۲۳ ۴۵۶", "fa", [("whatsapp", "+93799123456")]),  # Dari
    ("کریستاڵ، سلێمانی، تێلیگرام @slemani_crystal", "ckb", [("telegram", "@slemani_crystal")]),  # Sorani
    ("ຂາຍຢາບ້າ 10 ເມັດ 200,000 ກີບ ວຽງຈັນ ໂທ 020 5512 3456", "lo", [("phone", "+8562055123456")]),  # Lao "call",
    ("Марихуан 1 грамм 50,000 ₮, Улаанбаатар, утас 9911 2233", "ru", [("phone", "+97699112233")]),  # Mongolian
    ("លក់ម៉ាទឹកកក 1 ក្រាម 50 ដុល្លារ តេឡេក្រាម @pp_ice", "km", [("telegram", "@pp_ice")]),  # Khmer "Telegram"
    ("Rongony 1 kilao 200 000 Ar, Antananarivo. Antsoy 034 12 345 67", "es", [("phone", "+261341234567")]),  # Malagasy
    ("Scam warning: the number 07911 123462 takes payment, Bristol", "en", [("phone", "+447911123462")]),  # "number"
    # near misses
    ("text 07700 900123", "en", []),                 # reserved for drama in the UK (valid in India: not read)
    ("Text (555) 010-0199", "en", []),               # invalid in the US; valid in Britain, but not so written
    ("1g 80, 3.5g 250, 7g 450, 14g 800", "en", []),  # digits with no cue
    ("call 2014 2015 2016", "en", []),
    ("call mum 0412 345 678", "en", []),             # a word of content between: not said to be a number
    ("Truca la porta 2024 2025", "ca", []),
    ("call 1234567", "en", []),                      # seven digits, no number of the US
    ("Order number 4471 8829 3310, thanks for shopping", "en", []),  # "number" before no phone's digits (s67)
    ("1 gram 2k, Manila. Text mo ko 0917 555 1234", "de", []),  # Tagalog's grammar in German text: content words
    ("calls 0412 345 678", "en", []),                # the cue ends at a word's end
    ("Liga dos Campeões 2023 2024 2025", "pt", []),   # "league": a cue, but no number follows
    ("WhatsApp 12345", "en", [("whatsapp", "12345")]),  # too short for a number: kept as written
    ("La policía desmantela un bot de Telegram que vendía cocaína", "es", []),  # the sentence goes on (s63)
    ("Fake Xanax sold to teens on Snapchat contained bromazolam", "en", []),  # ... with a verb's past (s65)
    ("Cocaína 1g 60€, Telegram: que_rico", "es", [("telegram", "@que_rico")]),  # an account after a colon
    ("Beratung kostenlos unter 0221 123456", "de", [("phone", "+49221123456")]),  # German "at" a number (s69)
    ("Versand unter 100 Gramm kostenlos", "de", []),
])
def test_national_numbers(text, language, found):
    assert [(e.value["kind"], e.value["value"]) for e in R.analyze(text, language)] == found
