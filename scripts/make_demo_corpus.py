#!/usr/bin/env python3
"""Write the bundled demo corpus (patrol/demo/corpus) from a fixed seed.

Everything it writes is invented: vendors, shops, channels, phone numbers, e-mails.
Wallet addresses are derived from a public demo seed with bip-utils so that their
checksums are valid, which lets the extractors be shown working; they belong to no one.

    pip install bip-utils warcio && python scripts/make_demo_corpus.py
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bip_utils import Bip44, Bip44Coins, Bip84, Bip84Coins, Bip86, Bip86Coins, Monero
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parent.parent / "patrol" / "demo" / "corpus"
rng = random.Random(2026)
START = datetime(2026, 9, 1, tzinfo=timezone.utc)
NOTE = "SYNTHETIC DEMO DATA - invented by patrol's scripts/make_demo_corpus.py; no real people, shops or wallets."


def wallets(n: int) -> list[tuple[str, str]]:
    out = []
    for i in range(n):
        seed = hashlib.sha256(f"patrol-demo-wallet-{i}".encode()).digest()
        kind = i % 7
        if kind == 0:
            out.append(("BTC", Bip44.FromSeed(seed, Bip44Coins.BITCOIN).DeriveDefaultPath().PublicKey().ToAddress()))
        elif kind == 1:
            out.append(("BTC", Bip84.FromSeed(seed, Bip84Coins.BITCOIN).DeriveDefaultPath().PublicKey().ToAddress()))
        elif kind == 2:
            out.append(("BTC", Bip86.FromSeed(seed, Bip86Coins.BITCOIN).DeriveDefaultPath().PublicKey().ToAddress()))
        elif kind == 3:
            out.append(("XMR", str(Monero.FromSeed(seed).PrimaryAddress())))
        elif kind == 4:
            out.append(("ETH", Bip44.FromSeed(seed, Bip44Coins.ETHEREUM).DeriveDefaultPath().PublicKey().ToAddress()))
        elif kind == 5:
            out.append(("LTC", Bip44.FromSeed(seed, Bip44Coins.LITECOIN).DeriveDefaultPath().PublicKey().ToAddress()))
        else:
            out.append(("TRX", Bip44.FromSeed(seed, Bip44Coins.TRON).DeriveDefaultPath().PublicKey().ToAddress()))
    return out


WALLETS = wallets(21)


def pgp_fpr(name: str) -> str:
    h = hashlib.sha1(name.encode()).hexdigest().upper()
    return " ".join(h[i:i + 4] for i in range(0, 40, 4))


def when(day_span: int = 80) -> datetime:
    return START + timedelta(days=rng.randrange(day_span), hours=rng.randrange(24), minutes=rng.randrange(60))


# -- darknet listings (CSV) -------------------------------------------------------------
VENDORS = [
    ("NordicLabz", "Netherlands", "Worldwide", "en"), ("dr_bloom", "Germany", "EU", "de"),
    ("ChemExpress", "China", "Worldwide", "en"), ("PuraVida_MX", "Mexico", "USA", "es"),
    ("ParisPharma", "France", "EU", "fr"), ("SibirKrystal", "Russia", "Russia", "ru"),
    ("LisboaLeaf", "Portugal", "EU", "pt"), ("TulipTrader", "Netherlands", "EU", "nl"),
    ("OzSupply", "Australia", "Australia", "en"), ("UKpressed", "United Kingdom", "UK", "en"),
]
PRODUCTS = {
    "en": [
        ("{q}g MDMA crystals 84% lab tested", "Pure MDMA champagne crystals. Stealth vacuum sealed.\nShips in 24h. Escrow only."),
        ("{q}x Xanax 2mg bars (alprazolam)", "Pressed bars, {q} pieces. Tracking included.\nPM me for bulk."),
        ("{q}g Cocaine Peruvian flake 90%", "Uncut Peruvian flake. Discreet shipping, no sig.\nBulk prices on request."),
        ("{q}g 3-MMC research chemical", "3-MMC (3-methylmethcathinone) crystal, not for human consumption."),
        ("{q} tabs LSD 150ug blotter", "Hofmann tribute blotters, {q} tabs, 150µg each. Ships from {origin}."),
        ("{q}g 2-CB HCl powder", "2C-B HCl, lab tested. Doses of 15mg recommended by buyers."),
        ("{q}g ketamine needles", "Ketamine S-isomer needles. Dissociative. Next day delivery."),
        ("{q}g Amnesia Haze buds", "Top shelf Amnesia Haze weed, grown indoors. {q}g per bag."),
        ("{q}g heroin #4", "White heroin #4, very strong. Careful with dosing."),
        ("{q}x 5F-MDMB-PICA 10mg blotters", "Synthetic cannabinoid papers (5F-MDMB-PICA). Bulk available."),
        ("{q}x Oxycodone 30mg M30", "M30 oxycodone pills, pharmacy grade.\nReship guaranteed."),
        ("{q}ml GBL cleaner", "GBL 99.9% cleaner in {q}ml bottles. Not for consumption."),
        ("{q}x Testosterone enanthate 250mg", "Test E 250mg/ml, 10ml vials, sealed."),
        ("{q}g protonitazene powder", "Protonitazene, very potent opioid. Sold as research chemical only."),
    ],
    "de": [
        ("{q}g Speed Paste 75%", "Amphetamin Paste, sehr stark. Versand aus Deutschland, diskret.\nZahlung in BTC oder XMR."),
        ("{q}g Kokain 92% Reinheit", "Kokain aus Kolumbien, unverschnitten. Versand innerhalb 24h."),
    ],
    "nl": [
        ("{q}g XTC pillen Tesla 250mg", "Tesla pillen, {q} stuks, verzending vanuit Nederland.\nBetaling via escrow."),
        ("{q}g 4-FA kristallen", "4-FA (4-fluoramfetamine), zeer zuiver. Snelle levering in de EU."),
    ],
    "es": [
        ("{q}g cocaína colombiana 95%", "Cocaína de alta pureza, envío discreto a toda Europa.\nPago en bitcoin."),
        ("{q}g cristal (metanfetamina)", "Cristal de metanfetamina, envío desde México. Escríbeme por Wickr."),
    ],
    "fr": [
        ("{q}g cocaïne pure", "Cocaïne pure, livraison rapide partout en France. Paiement en crypto."),
        ("{q} comprimés d'ecstasy", "Ecstasy 220mg, envoi discret depuis la France."),
    ],
    "ru": [
        ("Мефедрон {q} г", "Мефедрон кристаллы, закладки по Москве.\nОплата BTC. Пишите в телеграм."),
        ("Соль α-PVP {q} г", "Альфа-PVP, качество гарантировано. Доставка по России."),
    ],
    "pt": [
        ("{q}g maconha prensada", "Maconha de qualidade, entrega discreta em Portugal e Brasil."),
        ("{q}g cocaína escama de peixe", "Cocaína escama, pureza alta. Envio rápido. Pagamento em bitcoin."),
    ],
}
CONTACT = [
    "Wickr: {h}_wickr", "Session: 05{sess}", "Telegram: @{h}", "t.me/{h}_shop", "Signal: +31 6 {p1} {p2}",
    "Threema ID: {three}", "mail: {h}@protonmail.example", "WhatsApp +49 151 {p1}{p2}",
]


def listings() -> None:
    rows = []
    for i in range(80):
        vendor, origin, dest, lang = VENDORS[i % len(VENDORS)]
        pool = PRODUCTS[lang] if rng.random() < 0.7 else PRODUCTS["en"]
        title, body = rng.choice(pool)
        q = rng.choice([1, 2, 5, 10, 25, 50, 100])
        price = round(q * rng.uniform(4, 60), 2)
        currency = rng.choice(["$", "€", "EUR", "USD", "£"])
        cur_text = f"{price}{currency}" if currency in "$€£" and rng.random() < 0.5 else f"{currency} {price}"
        if lang == "ru":
            cur_text = f"{int(price * 95)} руб"
        h = vendor.lower()
        wallet = WALLETS[i % len(WALLETS)]
        contact = rng.choice(CONTACT).format(
            h=h, sess=hashlib.sha256(h.encode()).hexdigest()[:64], p1=rng.randrange(100, 999), p2=rng.randrange(1000, 9999),
            three=hashlib.md5(h.encode()).hexdigest()[:8].upper())
        desc = (body.format(q=q, origin=origin) + f"\nPrice: {cur_text}. Ships from {origin} to {dest}.\n"
                f"Pay to {wallet[0]}: {wallet[1]}\n{contact}\nPGP fingerprint: {pgp_fpr(vendor)}")
        rows.append({
            "listing_id": f"demo-l{i:03d}", "market": "demo-market (synthetic)", "vendor": vendor,
            "title": title.format(q=q), "description": desc, "price": price, "currency": currency,
            "date": when().strftime("%Y-%m-%d %H:%M"), "ships_from": origin, "ships_to": dest,
            "note": NOTE,
        })
    # a market boilerplate/non-drug listing and a paraphernalia listing
    rows.append({"listing_id": "demo-l080", "market": "demo-market (synthetic)", "vendor": "GrindKing",
                 "title": "Aluminium herb grinder 4 parts", "description": "Weed grinder with pollen catcher. Ships worldwide.",
                 "price": 12.5, "currency": "USD", "date": when().strftime("%Y-%m-%d %H:%M"), "ships_from": "China",
                 "ships_to": "Worldwide", "note": NOTE})
    rows.append({"listing_id": "demo-l081", "market": "demo-market (synthetic)", "vendor": "passguides",
                 "title": "Guide: how to stay safe testing your pills",
                 "description": "An e-book on reagent testing, not a drug.", "price": 3, "currency": "USD",
                 "date": when().strftime("%Y-%m-%d %H:%M"), "ships_from": "", "ships_to": "", "note": NOTE})
    with open(OUT / "darknet_listings.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


# -- Telegram channel export --------------------------------------------------------------
TG_POSTS = [
    ("ru", "🔥 Свежая поставка! Мефедрон 1г - 2500₽, 5г - 10000₽. Закладки Москва/СПб. Пишите ", "@sibir_shop_bot"),
    ("ru", "Шишки AK-47 ⚡ 3г = 4000₽. Оплата BTC: ", None),
    ("en", "NEW MENU 🍭 MDMA 1g £40 | 3.5g £120 | Ket 1g £30 | Coke 1g £80. Same day drops London. DM ", "@uk_candyshop"),
    ("en", "Restock: Xanax 2mg bars 100x for $180, Oxy 30s 10x $250. Tracking + reship. Order via ", "@pharma_direct"),
    ("es", "🇪🇸 Cocaína 1g 60€, 5g 250€. Envíos a toda España en 24h. Contacto: ", "@coca_madrid"),
    ("en", "Research chemicals for lab use: 3-CMC 10g €70, 2-FDCK 5g €60, 4-HO-MET 1g €40. Ships from 🇳🇱. Join ", "https://t.me/rc_vendor_nl"),
    ("en", "Carts 1g THC vape $35, edibles 500mg $25. Wallet ", None),
    ("en", "⚠️ Scam alert: someone is impersonating us. Our only handle is ", "@uk_candyshop"),
    ("pt", "Maconha prensada 25g R$ 150, entregamos em SP. Chama no ", "@verde_sp"),
    ("en", "Nitazene warning from our side: we do NOT sell iso or proto. Fentanyl test strips free with orders >$100. ", None),
]


def telegram() -> None:
    msgs = [{"id": 1, "type": "service", "date": "2026-09-01T10:00:00", "date_unixtime": str(int(START.timestamp())),
             "actor": "Demo Plug Channel", "action": "create_channel", "title": "Demo Plug Channel", "text": ""}]
    for i in range(2, 52):
        lang, text, link = TG_POSTS[i % len(TG_POSTS)]
        dt = when()
        pieces: list = [text]
        if link and link.startswith("@"):
            pieces.append({"type": "mention", "text": link})
        elif link:
            pieces.append({"type": "text_link", "text": "our shop", "href": link})
        else:
            cur, addr = WALLETS[(i * 3) % len(WALLETS)]
            pieces.append({"type": "code", "text": addr})
        if i % 7 == 0:
            pieces.append(" Phone: ")
            pieces.append({"type": "phone", "text": f"+7 916 {rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}"})
        msg = {"id": i, "type": "message", "date": dt.strftime("%Y-%m-%dT%H:%M:%S"),
               "date_unixtime": str(int(dt.timestamp())), "from": "Demo Plug Channel", "from_id": "channel777000111",
               "text": pieces,
               "text_entities": [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in pieces]}
        if i % 11 == 0:
            msg["photo"] = "photos/photo_1.jpg"
        msgs.append(msg)
    export = {"name": "Demo Plug Channel", "type": "public_channel", "id": 777000111,
              "about": NOTE, "messages": msgs}
    (OUT / "telegram_export").mkdir(exist_ok=True)
    with open(OUT / "telegram_export" / "result.json", "w", encoding="utf-8") as f:
        json.dump(export, f, ensure_ascii=False, indent=1)


# -- clear-web shop pages ----------------------------------------------------------------
SHOP_ITEMS = [
    ("3-CMC", "stimulant research chemical", "10g €75 · 25g €150 · 100g €420", "Netherlands"),
    ("2-FDCK", "dissociative arylcyclohexylamine", "5g €55 · 10g €95", "Netherlands"),
    ("Etizolam 1mg pellets", "thienodiazepine", "50 pellets €30 · 200 pellets €95", "United Kingdom"),
    ("Bromazolam 1mg", "designer benzodiazepine", "100 tabs $60", "Canada"),
    ("1P-LSD 100µg blotters", "lysergamide", "10 blotters €45", "Germany"),
    ("4-MMC (mephedrone)", "cathinone", "5g €60", "Poland"),
    ("ADB-BUTINACA", "synthetic cannabinoid precursor kit", "1kg $1200", "China"),
]


def shop_pages() -> None:
    d = OUT / "shop_pages"
    d.mkdir(exist_ok=True)
    for i, (name, klass, prices, origin) in enumerate(SHOP_ITEMS):
        cur, addr = WALLETS[i]
        html = f"""<!doctype html>
<!-- {NOTE} -->
<html lang="en"><head><meta charset="utf-8"><title>{name} | ChemCorner (demo)</title>
<link rel="canonical" href="https://chemcorner.example/product/{name.lower().replace(' ', '-')}">
<meta property="article:published_time" content="{when().isoformat()}">
<style>body{{font-family:sans-serif}} .price{{color:red}}</style>
<script>window.dataLayer=[];function track(){{return "{name} tracking code, not page text"}}</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/shop">Research chemicals</a> | <a href="/faq">FAQ</a></nav>
<h1>Buy {name} online</h1>
<p>High purity {name} ({klass}), <b>lab tested</b> (HPLC 99.6%). For research purposes only. Not for human consumption.</p>
<table><tr><th>Quantity</th><th>Price</th></tr><tr><td class="price">{prices}</td></tr></table>
<p>Worldwide shipping from {origin}. Payment: BTC, XMR or bank transfer. Crypto discount 10%.</p>
<p>Pay {cur} to <code>{addr}</code> and e-mail your order ID to orders@chemcorner.example or Telegram @chemcorner_support.</p>
<footer>© 2026 ChemCorner (fictional). Contact: +44 20 7946 0{i:03d}</footer>
</body></html>"""
        (d / f"product_{i + 1}.html").write_text(html, encoding="utf-8")
    # ordinary e-commerce pages that mention drug-related words without selling drugs
    (d / "grinder.html").write_text(f"""<!doctype html><!-- {NOTE} --><html><head><title>4-piece weed grinder | HomeGoods (demo)</title></head>
<body><h1>4-piece weed grinder, aluminium</h1><p>Our best selling herb grinder, 63mm, with pollen screen. $14.99, free delivery over $50.</p></body></html>""", encoding="utf-8")
    (d / "inhaler.html").write_text(f"""<!doctype html><!-- {NOTE} --><html><head><title>Drug delivery systems | MedTech news (demo)</title></head>
<body><h1>Advances in drug delivery systems</h1><p>Transdermal patches and smart inhalers are changing how medicines such as insulin and salbutamol reach patients.</p></body></html>""", encoding="utf-8")
    (d / "latin1_page.html").write_bytes(
        f"""<html><head><meta charset="iso-8859-1"><title>Café Pharmacie (démo)</title></head><body><!-- {NOTE} -->
<p>Kétamine médicale et matériel de réduction des risques : information générale, rien à vendre.</p></body></html>""".encode("latin-1"))


# -- harm-reduction forum (JSONL, forum dump) -------------------------------------------
HR_POSTS = [
    ("en", "Fentanyl test strips: how to use them", "Dissolve a small amount in water, dip the strip for 15 seconds. One line means positive. Strips are free at our drop-in."),
    ("en", "Naloxone saves lives", "If someone is unresponsive after opioids, call emergency services and give naloxone (Narcan) 4mg nasal spray. Repeat after 2-3 minutes."),
    ("en", "Don't mix GHB and alcohol", "GHB plus alcohol or benzos like alprazolam is a common cause of overdose. Start low: 0.5ml, wait 2 hours."),
    ("en", "Pill report: blue Tesla 280mg", "Our drug checking service found 280mg MDMA in blue Teslas. That is a very high dose: take half, stay hydrated."),
    ("nl", "Testservice: 2C-B en ketamine", "Laat je pillen testen bij het DIMS testpunt. Dit weekend vonden we ketamine in plaats van 2C-B in roze poeder."),
    ("de", "Safer Use: Kokain", "Eigenes Röhrchen benutzen, nie teilen. Wir bieten kostenlose Drug-Checking Termine in Berlin an."),
    ("pt", "Redução de danos: LSD", "Se você vai usar LSD, tenha alguém sóbrio por perto. Teste com reagente Ehrlich: 25I-NBOMe não reage."),
    ("fr", "Réduction des risques : opioïdes", "Nouveaux nitazènes détectés en France. Ayez toujours de la naloxone sur vous. Ne consommez jamais seul."),
    ("es", "Reducción de riesgos: cristal", "La metanfetamina puede causar deshidratación. Bebe agua, come algo y descansa. Pide ayuda si tienes paranoia."),
    ("en", "Why did my 'xanax' feel so strong?", "Street xanax bars are often bromazolam or etizolam. Test before use and never combine with opioids."),
]


def forum() -> None:
    rows = []
    for i in range(40):
        lang, title, body = HR_POSTS[i % len(HR_POSTS)]
        rows.append({"post_id": f"hr-{i:03d}", "forum": "SaferUse board (synthetic)", "thread_title": title,
                     "post_body": body if i < 10 else f"Re: {title}. " + rng.choice(
                         ["Thanks, this helped a friend last week.", "Is the testing service open on Sundays?",
                          "Reminder: start low, go slow.", "Stay safe everyone.", "Where can I get naloxone for free?"]),
                     "poster": rng.choice(["harm_reduction_team", "nightnurse", "peer_worker_nl", "kiki", "ana_rd"]),
                     "post_date": when().isoformat(), "lang_hint": lang, "note": NOTE})
    with open(OUT / "harm_reduction_forum.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


# -- news articles in a WARC ------------------------------------------------------------
NEWS = [
    ("en", "Police seize 40kg of cocaine at Rotterdam port", "Customs officers found 40 kilograms of cocaine hidden in a banana shipment, the authorities said on Tuesday."),
    ("en", "New synthetic opioid detected in Europe", "The EU drugs agency warned of a new nitazene, N-pyrrolidino protonitazene, found in counterfeit oxycodone tablets."),
    ("de", "Zoll stellt 2 Tonnen Chemikalien sicher", "Die Vorläuferstoffe für Amphetamin (BMK-Glycidat) wurden im Hamburger Hafen sichergestellt."),
    ("es", "Desmantelado un laboratorio de metanfetamina", "La policía desmanteló un laboratorio en Valencia con 200 litros de precursores."),
    ("fr", "Hausse des intoxications au protoxyde d'azote", "Les centres antipoison signalent une hausse des cas liés au protoxyde d'azote chez les jeunes."),
    ("nl", "Meer 3-MMC gevonden in testmonsters", "Het Trimbos-instituut ziet een stijging van 3-MMC in monsters die bij testservices zijn ingeleverd."),
    ("ru", "Полиция изъяла крупную партию мефедрона", "В Подмосковье задержаны участники группы, продававшей мефедрон через интернет-магазин."),
    ("pt", "Apreensão recorde de cocaína no porto de Santos", "A Receita Federal apreendeu 1,2 tonelada de cocaína escondida em contêineres."),
    ("en", "Study: drug checking reduces harms at festivals", "Researchers found that festival-goers who used drug checking services were more likely to discard adulterated pills."),
    ("en", "UNODC report highlights online drug markets", "The report notes that NPS are increasingly advertised on social media and encrypted messaging apps."),
]


def news_warc() -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i, (lang, title, lead) in enumerate(NEWS):
        html = f"""<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta name="author" content="Demo Newsroom"><meta property="article:published_time" content="{(START + timedelta(days=i * 7 - 1, hours=9)).isoformat()}">
<script>var ads = "not article text";</script></head>
<body><!-- {NOTE} --><article><h1>{title}</h1><p>{lead}</p><p>(Synthetic demo article.)</p></article></body></html>"""
        payload = html.encode("utf-8")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(f"https://news.example/{lang}/article-{i}", "response",
                                        payload=io.BytesIO(payload), http_headers=http,
                                        warc_headers_dict={"WARC-Date": (START + timedelta(days=i * 7)).strftime("%Y-%m-%dT%H:%M:%SZ")})
        writer.write_record(rec)
    png = b"\x89PNG\r\n\x1a\n" + bytes(64)
    http = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://news.example/logo.png", "response",
                                                  payload=io.BytesIO(png), http_headers=http))
    (OUT / "news.warc.gz").write_bytes(buf.getvalue())


# -- an emerging-threat storyline (JSONL), for the early-warning demo ----------------------
# CH-PIATA (a synthetic cannabinoid) and cychlorphine (an opioid) are real NPS that the
# shipped KB does not list, so discovery has something to find; metonitazene offers jump
# in the last week (a burst of a nitazene); a Polish shop starts offering 3-CMC late.
EMERGING = [
    # (day, source, author, text template)
    *[(d, "demo-market (synthetic)", "WarsawWholesale", "Mephedrone 4-MMC {q}g crystal - {p} EUR. Ships from Poland to EU.")
      for d in (2, 9, 17, 26, 38, 51, 63)],
    *[(d, "demo-market (synthetic)", "WarsawWholesale", "NEW: 3-CMC {q}g - {p} EUR, same quality. Ships from Poland to EU.")
      for d in (70, 74, 78)],
    *[(d, src, who, "CH-PIATA {q}g research chemical, 99% purity - {p} EUR. Ships from China. Telegram @{h}")
      for d, src, who in ((44, "demo-market (synthetic)", "ChemExpress"), (51, "demo-channel (synthetic)", "nova_rc_lab"),
                          (58, "demo-market (synthetic)", "ChemExpress"), (63, "demo-channel (synthetic)", "nova_rc_lab"),
                          (66, "demo-market (synthetic)", "BerlinBotanicals"), (71, "demo-channel (synthetic)", "nova_rc_lab"),
                          (75, "demo-market (synthetic)", "BerlinBotanicals"), (78, "demo-market (synthetic)", "ChemExpress"))],
    *[(d, src, who, "Cychlorphine {q}g powder in stock - {p} EUR, discreet. Ships from China. Wickr: {h}")
      for d, src, who in ((61, "demo-market (synthetic)", "ChemExpress"), (69, "demo-channel (synthetic)", "opi_direct"),
                          (73, "demo-channel (synthetic)", "opi_direct"), (77, "demo-market (synthetic)", "ChemExpress"))],
    *[(d, "demo-channel (synthetic)", "opi_direct", "Metonitazene {q}g - {p} EUR. Telegram @{h}") for d in (5, 19, 33, 47, 61)],
    *[(76, src, who, "Metonitazene {q}g restock - {p} EUR, fast shipping. Contact @{h}")
      for src, who in (("demo-channel (synthetic)", "opi_direct"), ("demo-market (synthetic)", "ChemExpress"),
                       ("demo-channel (synthetic)", "opi_direct"), ("demo-market (synthetic)", "BerlinBotanicals"),
                       ("demo-channel (synthetic)", "nova_rc_lab"), ("demo-market (synthetic)", "ChemExpress"),
                       ("demo-channel (synthetic)", "opi_direct"))],
]


# A vendor on the market and on a channel, tied by the same Telegram contact (a hard link);
# an impersonator with the same handle but another PGP key (flagged, never merged); and the
# market's escrow notice, with the market's own wallet, in several vendors' adverts (boilerplate:
# no hard link from it).
ESCROW = f"Escrow: always pay through demo-market escrow, BTC {WALLETS[14][1]}"
EMERGING += [
    *[(d, "demo-market (synthetic)", "XPlug", "Cocaine {q}g - {p} EUR. Telegram @x_plug_eu\n"
       f"PGP fingerprint: {pgp_fpr('XPlug')}\n{ESCROW}") for d in (20, 34, 55)],
    *[(d, "demo-channel (synthetic)", "x_plug", "Cocaine restock {q}g {p} EUR, DM @x_plug_eu") for d in (22, 41, 60)],
    *[(d, "demo-market (synthetic)", "X_Plug", "Cocaine {q}g only {p} EUR!!! best price\n"
       f"PGP fingerprint: {pgp_fpr('impostor')}\n{ESCROW}") for d in (65, 72)],
    *[(d, "demo-market (synthetic)", who, "MDMA crystal {q}g - {p} EUR. Ships from Netherlands.\n" + ESCROW)
      for d, who in ((12, "NordicLabz"), (27, "dr_bloom"), (48, "ParisPharma"))],
]


def emerging() -> None:
    r = random.Random(20261123)  # its own generator: the other files stay as they were
    with open(OUT / "emerging_threats.jsonl", "w", encoding="utf-8") as f:
        for i, (day, source, author, text) in enumerate(EMERGING):
            q = r.choice([1, 5, 10, 25])
            at = START + timedelta(days=day, hours=r.randrange(24), minutes=r.randrange(60))
            rec = {"id": f"demo-e{i:03d}", "source": source, "author": author, "posted_at": at.isoformat(),
                   "text": text.format(q=q, p=round(q * r.uniform(18, 30), 2), h=author.lower()), "note": NOTE}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    (OUT / "README.md").write_text(
        f"# Demo corpus\n\n{NOTE}\n\nRegenerate with `python scripts/make_demo_corpus.py` "
        "(needs bip-utils and warcio). Files: darknet_listings.csv (market listings, CSV with multi-line fields), "
        "telegram_export/result.json (Telegram Desktop export), shop_pages/ (clear-web shop and ordinary "
        "e-commerce pages), harm_reduction_forum.jsonl (forum dump; harm-reduction content, never sales), "
        "news.warc.gz (news articles in a WARC, plus one image record that is skipped), "
        "emerging_threats.jsonl (adverts for new substances and a late surge, for the early-warning demo).\n", encoding="utf-8")
    listings()
    telegram()
    shop_pages()
    forum()
    news_warc()
    emerging()


if __name__ == "__main__":
    main()
