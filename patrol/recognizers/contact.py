"""Contacts: Telegram handles and t.me links, Wickr, Signal, Session, Threema, WhatsApp,
phone numbers (validated with libphonenumber), e-mail, onion and clear-web URLs."""

from __future__ import annotations

import re
from functools import cache

import phonenumbers

from patrol.lexicon import WORD_START, is_function_word, package_json
from patrol.recognizers.base import CONTEXT_WINDOW, MAX_TEXT, Entity, Pattern, Recognizer, read
from patrol.recognizers.location import text_places
from patrol.recognizers.price import PriceRecognizer

_APPS = {
    "telegram": r"t[e3é]l[e3é]gr[a4]m|tele|телеграм(?:м)?[еу]?|тэлеграм|tg|тг|телег[аеу]|टेलीग्राम|टेलिग्राम|ਟੈਲੀਗ੍ਰਾਮ|টেলিগ্রাম|டெலிகிராம்|ಟೆಲಿಗ್ರಾಂ|ટેલિગ્રામ|ടെലിഗ്രാം|టెలిగ్రామ్|ٹیلیگرام|テレグラム|텔레그램|تيليجرام|تلغرام|تليجرام|تلگرام|تلكرام|تێلیگرام|تيلكرام|טלגרם|តេឡេក្រាម|ტელეგრამი?|เทเลแกรม",
    "wickr": r"wickr(?:\s?me)?",
    "signal": r"signa?l|sig(?=\s?[:：])|סיגנל|シグナル|시그널",  # "signl"; "sig: blues.44", not a signature
    "session": r"session(?:\s?id)?",
    "threema": r"threema(?:[\s-]?id)?",
    "whatsapp": r"whats\s?app|w\.h\.a\.t\.s\.a\.p\.p|whatsap|watsapp?|wass?app?|wasap|wtsp|wsp|wa|ватсап|واتساب|واتس(?:\s?اب)?|ワッツアップ|왓츠앱|واتساپ|واټساپ|וואטסאפ|واٹس\s?ایپ|व्हाट्स\s?[एऐ]प|вотсап|вацап|হোয়াটসঅ্যাপ|ਵਟਸਐਪ|વોટ્સએપ|വാട്സാപ്പ്|వాట్సాప్|ವಾಟ್ಸಾಪ್|වට්ස්ඇප්",
    "wechat": r"wechat|weixin|微信",
    "zalo": r"zalo",
    "viber": r"viber|вајбер|вайбер|вайбър|вибер|भाइबर|فايبر",
    # "snap" is a word too ("snap peas"): the app before a separator or an id with a digit or "_"; Arabic "سناب";
    # "sn@p" written to slip past filters
    "snapchat": r"sn[a@]pchat|sn[a@]p\s?👻|sn[a@]p|👻|سناب(?:\s?شات)?",
    "kakaotalk": r"kakao\s?talk|kakao|카카오톡|카톡",
    # "line" alone is a word ("a line of coke"); "LINE:" is the app, and "Line:" before an account with a digit
    # or an underscore ("Line: tw_green420"; "Product Line: Premium" is no account)
    "line": r"line\s?id|ไลน์(?:\s?ไอดี)?|(?-i:LINE|Line)(?=\s?[:：]|$)",
}
NUMBER_APPS = ("whatsapp", "signal", "zalo", "viber")  # apps whose account is a phone number


# Words that follow an app's name in prose ("Telegram channels", "Signal messenger", "Telegram uniquement"),
# in the languages of the sales cues: there the app is named, not an account.
_PROSE_AFTER_APP = frozenset({  # three letters or more: an account name has at least three
    "account", "accounts", "and", "app", "apps", "bot", "bots", "channel", "channels", "chat", "chats", "group",
    "groups", "messenger", "message", "messages", "only", "user", "users", "web", "desktop", "premium", "has", "was",
    "the", "for", "with", "uniquement", "seulement", "solo", "solamente", "canal", "canales", "grupo", "grupos",
    "apenas", "nur", "oder", "und", "kanal", "kanäle", "gruppe", "gruppen", "alleen", "kanaal", "kanalen", "groep",
    "groepen", "tylko", "lub", "kanały", "grupy",
    "says", "said", "is", "are", "will", "announced", "removed", "banned", "blocked",  # the app in a report
    # a verb after the app's name: "über Telegram verkauft", "via Telegram verkocht", "on Snapchat sold"
    "verkauft", "gekauft", "bestellt", "angeboten", "verkocht", "gekocht", "vendu", "vendido", "venduto",
    "sold", "bought", "sells", "selling",
    # the app's own things: "spaced Telegram handles", "Snapchat ghost emoji", "WhatsApp links", "Signal usernames"
    "handle", "handles", "ghost", "emoji", "emojis", "link", "links", "username", "usernames", "stories", "story"})


# Words after "app name + word" that make the word a description, not an account ("Telegram cocaine channels").
_PROSE_AFTER_ID = frozenset({
    "channel", "channels", "group", "groups", "bot", "bots", "chat", "chats", "market", "markets", "shop", "shops",
    "seller", "sellers", "vendor", "vendors", "dealer", "dealers", "menu", "menus", "canal", "canales", "kanal",
    "kanäle", "kanaal", "kanalen", "kanały", "каналы", "каналах", "канал",
})
_NEXT_WORD = re.compile(r"\s+(\w+)")
_THREEMA_ID = re.compile(r"[A-Za-z0-9]{8}")
_BOT_BEFORE = re.compile(r"(?i)\b(?:bot|бот)\s*:?\s*\Z")  # "бот @shop_mef2", "Bot: @x": a Telegram bot, however named
_QUOTE_BEFORE = re.compile(r"(?:\bquot(?:e|ing)(?: from)?|\b(?:in )?reply(?:ing)? to|\bzitat von|\bcitation de)\s*\Z",
                           re.IGNORECASE)
_QUOTE_AFTER = re.compile(r"\s*(?:wrote|said|schrieb|a écrit|escribió|escreveu)\s*:", re.IGNORECASE)
# "call me on", "texte-moi au", "ruf mich an", "liga pra mim", "bel mij op", Hinglish "WhatsApp karo", "WhatsApp
# pe" (do, on), Jamaican Patois and Tok Pisin "call mi", "kolim mi"
_CONNECTORS = frozenset({"me", "us", "ons", "nous", "uns", "nos", "moi", "mir", "mich", "mim", "pra", "mij", "op",
                         "karo", "karein", "kijiye", "pe", "par", "mi"})


# a run of digits long enough for a phone number, with its separators: seven digits at least, the Pacific's numbers
# ("call 7412345"); wrapped once at a line's end after a cue ("call 07912\n345690": the cue says a number follows)
_DIGITS = r"\d(?=[\d ()./\-\n]{5,18}\d)[\d ()./\-]*(?:\n[\d ()./\-]*)?\d"


@cache
def _cues() -> tuple[re.Pattern, dict[str, re.Pattern], re.Pattern]:
    """A number written without "+" is read only right after a word that says a number follows
    (data/phone_cues.json), with at most two words of grammar or a name between ("Llama al 932 123 456", "Call
    FRANK on 0300 123 6600"): bare digits are prices, dates and amounts. Also: which app each cue names ("zap": Brazilian WhatsApp); the
    names of the apps whose account is a number are cues of their own; and a pattern of one cue word."""
    data = {k: v for k, v in package_json("patrol.recognizers", "data/phone_cues.json").items() if not k.startswith("_")}
    for app in NUMBER_APPS:
        data[app] = [_APPS[app], *data.get(app, ())]
    every = "|".join(sorted((c for cs in data.values() for c in cs), key=len, reverse=True))
    rx = re.compile(rf"(?<!\w)(?:{every})(?![^\W\d_])\.?[\s:.\-]{{0,3}}"
                    r"((?:(?:[^\W\d_]{1,4}|(?-i:[A-Z])[^\W\d_]{1,15})[\s\-]+){0,2})"
                    rf"(\(?{_DIGITS})(?![\d])", re.IGNORECASE)
    # not inside a Latin word ("dostawa Warszawa, Signal +48 ..." names no WhatsApp); a script that writes an
    # article onto the word may ("الواتساب")
    kinds = {kind: re.compile(rf"(?<![A-Za-z])(?:{'|'.join(cs)})(?![^\W\d_])", re.IGNORECASE)
             for kind, cs in data.items() if kind != "phone"}
    return rx, kinds, re.compile(rf"(?:{every})\Z", re.IGNORECASE)


def _grammar_or_name(words: list[str], language: str | None, cue_word: re.Pattern) -> bool:
    """Are the words between a cue and a number grammar ("al", "me on"), or a name and grammar ("Call FRANK on")?
    A cue is no name ("liên hệ Zalo 0912 ...", "Cash App. Text 213-...": the second cue says what the number is)."""
    return all(w.lower() in _CONNECTORS or is_function_word(w.lower(), language)
               or (i == 0 and w[0].isupper() and not cue_word.match(w))
               for i, w in enumerate(words))


_NUMBER = re.compile(_DIGITS)
# an e-mail address's "@" and dots spelled out: "[at]", "(at)", "[dot]", "[.]"
_AT = r"\s?[\[(]\s?at\s?[\])]\s?"
_DOT = r"\s?[\[(]\s?(?:dot|punkt|punt|point|punto|ponto|\.)\s?[\])]\s?|\."  # German, Dutch, French, Spanish
_SIGNAL_USERNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{2,31}\.\d{2,9}")  # a nickname, a dot and two digits or more
# after "Signal:", a nickname written without its two digits ("Signal: subu_praha", "Signal: 1p_eu.2"): an
# account's underscore, digit or dot tells it from a word ("Signal: strong"), three letters from a version ("v2.10")
_ACCENTED = "\u00C0-\u024F"  # Latin letters with accents, as an account's name may hold them ("brno_perník")
_SIGNAL_NICKNAME = re.compile(rf"(?=(?:[\d_.]*[A-Za-z{_ACCENTED}]){{3}})[A-Za-z0-9{_ACCENTED}]+[_.\d][A-Za-z0-9_.{_ACCENTED}]*")
# What a handle's platform is told by: Telegram's name and nicknames (Chinese "飞机", the paper plane of its logo;
# Korean "텔레"; Japanese "テレ", not "テレビ", TV), "DM", "PM" and the Russian shops' "оператор" (the account that
# takes orders), or another network's name. The nicknames are everyday words ("飞机" is any aeroplane): a cue before
# an @handle only, never an app's name
_OTHER_NETWORKS = r"\b(?:ig|insta(?:gram)?|twitter|tiktok|facebook|fb|kik|snap(?:chat)?|x\.com)\b"
_HANDLE_CUES = re.compile(rf"(?i)({_APPS['telegram']}|纸?飞机|飛機|텔레|テレ(?![\u30a0-\u30ff])|\bdm\b|\bpm\b|\bоператор\w*)"
                          rf"|({_OTHER_NETWORKS}(?:\s?(?:dm|pm)\b)?)")  # "IG DM @la_edibles": a DM on Instagram
_ON_TELEGRAM = re.compile(rf"(?i)\s+(?:on|via|at)\s+(?:{_APPS['telegram']})\b")  # "@heroin_king on Telegram"
_ON_OTHER = re.compile(rf"(?i)\s+(?:on|via|at|en|sur|auf|no|na)\s+{_OTHER_NETWORKS}")  # "DM @lagos_lean on IG"
_APP_AFTER = re.compile(r"\s?[(\[]\s?([^\W\d_][\w ]{1,12}?)\s?[)\]]")  # an app named after a number, in brackets


def _tox_checksum(tox_id: str) -> bool:
    """A Tox ID's last two bytes are the XOR of its first 36 taken two at a time (its public key and nospam)."""
    raw = bytes.fromhex(tox_id)
    check = [0, 0]
    for i, byte in enumerate(raw[:36]):
        check[i % 2] ^= byte
    return bytes(check) == raw[36:]


def _app_digits(e: Entity) -> bool:
    """A WhatsApp, Signal or Zalo account written as a national number."""
    return e.value["kind"] in NUMBER_APPS and not e.value["value"].startswith("+")


def _written_as_in(written: str, number, region: str, evidenced: bool = False) -> bool:
    """Is the number written as one of ``region`` would be? Where a national number opens with a trunk
    "0", it must, unless its digits are grouped as there, with or without the "0" ("31 99999-0000" in Brazil,
    "98765 43210" in India), or, in a country the text prices in or names (``evidenced``), its national digits
    without the "0" however grouped ("domicilios en Medellín … 300 123 4567", "रु ३००० … Viber 9841234567"):
    "(555) 010-0199" is no British number, though valid as one."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    digits = "".join(str(int(d)) for d in re.findall(r"\d", written))  # "۰۷۹۹ ۱۲۳ ۴۵۶": Persian digits, as ASCII
    if meta is None or meta.national_prefix != "0" or digits.startswith("0"):
        return True
    if evidenced and digits == phonenumbers.national_significant_number(number):
        return True
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    groups = [len(g) for g in re.findall(r"\d+", written)]
    return groups == [len(g) for g in re.findall(r"\d+", national)] or \
        groups == [len(g) for g in re.findall(r"\d+", national.removeprefix("0"))]


_SHARED_SIGNS = ("¥", "Rs")  # yen and yuan; rupees of India, Pakistan, Sri Lanka, Nepal


@cache
def _regions() -> tuple[dict[str, tuple[str, ...]], dict[str, str | dict[str, str]], dict[str, str]]:
    """Regions by language, the region of each currency of one country (of the euro, by language), and the main
    country of a currency of several, tried last."""
    data = package_json("patrol.recognizers", "data/phone_regions.json")
    return {k: tuple(v) for k, v in data["by_language"].items()}, data["by_currency"], data["last_resort"]


def _regions_for(text: str, language: str | None, entities: dict[str, list[Entity]] | None
                 ) -> tuple[list[str], set[str]]:
    """Where a national number in ``text`` is read: the countries of the currencies of one country its prices are
    in, then the countries the text is in (location.text_places: "Envio para todo Portugal", "Cape Town
    delivery"), then the one of a currency of several countries that the text's language names (euros in
    English: Ireland), then its language's (English's when unknown), then the main country of a currency of several
    (dollars: the US); and which of them the text gives evidence of (the first two)."""
    by_language, by_currency, last_resort = _regions()
    own, shared, last = [], [], []
    for e in read(entities, PriceRecognizer, text, language):
        region = by_currency.get(e.value["currency"])
        if isinstance(region, dict):  # one region or a list of them ("ar": Palestine's, then Israel's shekels)
            found = region.get(language or "en")
            shared.extend(found if isinstance(found, list) else [found])
        elif region:  # "Rs 150": India's rupee, or Pakistan's, Sri Lanka's, Nepal's: tried, not evidence
            (shared if any(s in e.text for s in _SHARED_SIGNS) else own).append(region)
        last.append(last_resort.get(e.value["currency"]))
    placed = text_places(text, language, entities)
    out = [*own, *placed, *shared, *(by_language.get(language or "", ()) or by_language["en"]), *last]
    return [r for r in dict.fromkeys(out) if r], {*own, *placed}


_CRUMB = re.compile(r"[ \t]*(?:[›»>][ \t]|\n)")  # a breadcrumb's separator, or the end of a result's site line
# top-level domains a shop's bare domain is read under (data/shop_domains.json)
_BARE_TLDS = tuple(package_json("patrol.recognizers", "data/shop_domains.json")["tlds"])


def _word_after_app(text: str, e: Entity, language: str | None) -> bool:
    """"un bot de Telegram que vendía", "on Telegram took my $200": a lower-case word right after an app's name, with
    no colon, hyphen or @ between, that is a word of the text's grammar (English's or its language's) or comes before
    one, or an English verb's past ("sold on Snapchat contained ..."), is the sentence going on, not an account (the
    pattern cannot know the text's language)."""
    value = e.value["value"].lstrip("@")
    if "·" in e.text and not re.search(r"[_.\d]", value):
        return True  # "Telegram · Crypto Signals Pro": a notification's chat title, not an account's name
    if not (e.explanation.startswith("pattern 'app + id'") and value.isalpha() and value.islower()
            and not re.search(r"[:：=@\-·]", e.text)):
        return False
    after = _NEXT_WORD.match(text, e.end)
    past = language in (None, "en") and len(value) > 4 and value.endswith("ed")  # "on Snapchat contained bromazolam"
    return past or is_function_word(value, language) or bool(after and is_function_word(after.group(1).lower(), language))


class ContactRecognizer(Recognizer):
    entity = "contact"
    reads = ("location", "price")
    patterns = (
        Pattern("t.me link", r"(?<![\w.])(?:https?://)?(?:t\.me|telegram\.me)/(joinchat/|\+)?([A-Za-z0-9_\-]{4,64})", 0.95, needs=("t.me/", "telegram.me/")),
        Pattern("tg link", r"(?<![\w.])tg://resolve\?domain=([A-Za-z0-9_]{4,64})", 0.95),
        Pattern("wa.me link", r"(?<![\w.])(?:https?://)?wa\.me/(\+?\d{7,15})", 0.95),
        Pattern("whatsapp group", r"(?<![\w.])(?:https?://)?chat\.whatsapp\.com/([A-Za-z0-9]{8,40})", 0.95),
        # "signal.me/#eu/acidhouse.12" (a username's link), "signal.me/#p/+447700900123" (a number's)
        Pattern("signal link", r"(?<![\w.])(?:https?://)?signal\.me/#(?:eu|u|p)/(\+?[A-Za-z0-9_.]{3,40}[A-Za-z0-9_])", 0.95),
        # accounts on the apps sellers moved to: a Matrix ID (@user:server), an XMPP address after its name (it is
        # written as an e-mail address), a Tox ID (76 hex digits whose last four check the rest), and Wire, Discord
        # and Kik accounts after the app's name and a separator ("Wire transfer", "Kik boxing" are words)
        Pattern("matrix id", r"(?<![\w@])@([a-z0-9._=\-]{1,64}):((?:[a-z0-9-]{1,63}\.)+[a-z]{2,24})(?![\w.-])", 0.9,
                re.IGNORECASE, needs=(":",)),
        Pattern("xmpp", r"(?<![\w])(?:xmpp|jabber)(?:\s?id)?\s?[:：]\s?([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24})(?![\w-])", 0.95),
        Pattern("tox id", r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{76}(?![0-9A-Fa-f])", 0.9),
        Pattern("wire, discord, kik", r"(?<![\w])(wire|discord|kik)(?:\s?(?:id|tag|user ?name|handle))?\s?[:：]\s?"
                                      r"(@?[A-Za-z0-9_.]{2,32}(?:#\d{4})?)(?![\w#])", 0.85),
        # "加微信 ice_sz88", "ทักไลน์ @weedbkk": in a script that does not space its words, the app's name may
        # follow a word; "Wickr me: x", "Signal only: x" (a word of "only" before the separator)
        # an account's name is read whole, its accented letters too ("Signal: brno_perník", not "brno_pern"); a
        # notification's middle dot separates too ("Snapchat · coke_mcr: in tonight")
        Pattern("app + id", WORD_START + r"(" + "|".join(_APPS.values()) + r")(?:\s(?:me|us)(?:\s(?:at|on)|(?=\s?[:：=\-@]))|\s(?:only|uniquement|solo|nur|alleen|tylko)(?=\s?[:：=\-]))?\s?(?:(?:id|handle|user ?name|nick(?:name)?|name)(?:\s+is)?)?\s?((?:[:：=\-·]|[→➡👉]\ufe0f?|->|=>|(?<=\s)at(?=\s))?\s?(?:@\s?)?(?:(?<=[\s:：=])['\"‘“])?)([A-Za-z0-9_.\-" + _ACCENTED + "]{2,126}[A-Za-z0-9_" + _ACCENTED + "])", 0.8),
        Pattern("session id", r"(?<![\w])05[0-9a-f]{64}(?![\w])", 0.9),
        # Instagram's names hold dots ("ig @fungi.bars"); a full stop after a name ends the sentence; a web domain
        # ("@shop.com", "@ANON.SX": a country's two letters) is no account
        Pattern("@handle", r"(?<![\w@.])@([A-Za-z][A-Za-z0-9_]{3,31}"
                           r"(?:\.(?!(?:com|net|org|info|biz|xyz|onion|shop|site|store|online|app)\b)[A-Za-z0-9_]{3,})*)"
                           r"(?![\w@])(?!\.\w)(?!-\w)", 0.6),  # (a Venmo name goes on past a hyphen: "@snowman-nyc")
        Pattern("e-mail", r"(?<![\w.+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}(?![\w-])", 0.9),
        # "sales [at] protonmail [dot] com", "name(at)mail.de": an address spelled out against scrapers
        Pattern("e-mail, spelled out", rf"(?<![\w.+-])([A-Za-z0-9._%+-]{{1,64}}){_AT}"
                                       rf"((?:[A-Za-z0-9-]{{1,63}}(?:{_DOT}))+[A-Za-z]{{2,24}})(?![\w-])",
                0.85, needs=("[at]", "(at)", "[ at ]", "( at )")),
        Pattern("onion", r"(?<![\w.])(?:https?://)?(?:[a-z2-7]{56}|[a-z2-7]{16})\.onion(?:/[^\s<>\"']{0,200})?", 0.95),
        Pattern("url", r"(?<![\w@.])(?:https?://|www\.)[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}(?::\d{2,5})?(?:/[^\s<>\"'()]{0,300}(?<![.,;:!?]))?", 0.7),
        # "Order now at rx-meds-direct.com": a shop's bare domain, under a top-level domain that is no file's
        # extension ("index.php", "readme.md", "main.py" are not) and not an address's first part ("etiz.uk@...");
        # see normalize
        Pattern("domain", rf"(?<![\w@./:-])(?!www\.)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{{0,61}}[A-Za-z0-9])?\.){{1,3}}"
                          rf"(?:{'|'.join(map(re.escape, _BARE_TLDS))})(?:/[^\s<>\"'()]{{0,300}}(?<![.,;:!?]))?(?![\w@-])(?!\.\w)", 0.6,
                needs=tuple(f".{t}" for t in _BARE_TLDS)),
    )

    def normalize(self, m, pattern) -> dict | None:
        name = pattern.name
        if name == "t.me link":  # an invite link names no account: the link is the contact
            return {"kind": "telegram", "value": f"t.me/{m.group(1)}{m.group(2)}" if m.group(1) else "@" + m.group(2)}
        if name == "tg link":
            return {"kind": "telegram", "value": "@" + m.group(1)}
        if name == "wa.me link":
            return {"kind": "whatsapp", "value": m.group(1)}
        if name == "whatsapp group":
            return {"kind": "whatsapp", "value": f"chat.whatsapp.com/{m.group(1)}"}
        if name == "signal link":
            return {"kind": "signal", "value": m.group(1)}
        if name == "matrix id":
            return {"kind": "matrix", "value": f"@{m.group(1)}:{m.group(2)}".lower()}
        if name == "xmpp":
            return {"kind": "xmpp", "value": m.group(1).lower(), "_start": m.start(1)}
        if name == "tox id":
            return {"kind": "tox", "value": m.group().upper()} if _tox_checksum(m.group()) else None
        if name == "wire, discord, kik":
            return {"kind": m.group(1).lower(), "value": m.group(2), "_start": m.start(2)}
        if name == "app + id":
            app = next((k for k, rx in _APPS.items() if re.fullmatch(rx, m.group(1), re.I)), "signal")  # or "sig:",
            # whose lookahead sees past the name
            value = m.group(3)
            if not value.isascii() and not re.search(r"[\d_.]", value):
                return None  # accented letters in an account's name only ("brno_perník"): "Telegram: Überweisung"
            if m.group(2).strip() == "at" and not re.search(r"[\d_.]", value):
                return None  # "Telegram at night": a dictated "at" only before an account's underscore, digit or dot
            if m.group(2) == "-" and value.isupper():
                return None  # a name joined by a hyphen: India's "Tele-MANAS" helpline
            if m.group(1)[-1:].isascii() and not m.group(2) and m.start(3) == m.end(1):
                return None  # one Latin word: "TGkEQX3v..." is a Tron address, not "TG" and an account
            if m.string[m.end():m.end() + 1] == "/":
                return None  # "Telegram t.me/rc_shop": a link's host; the link is the account
            if re.match(r"\w", m.string[m.end():m.end() + 1]):
                return None  # a run longer than any account: no account, and not its start either
            if not m.group(2).strip():
                if m.group(1).lower() in ("snap", "sn@p") and not re.search(r"[\d_]|\w\.\w", value):
                    return None  # "snap peas"; "hmu on snap atl_mollyy", "snap atl.zaza": an account's underscore,
                    # digit or dot
                if value.isalpha() and re.match(r"\s+@\w", m.string[m.end():]):
                    return None  # "Telegram lang @qc_bato" (Tagalog "only"): the account is the @handle after the word
                after = _NEXT_WORD.match(m.string, m.end())
                if value.lower() in _PROSE_AFTER_APP or value.lower() in _PROSE_AFTER_ID or (
                        after and after.group(1).lower() in _PROSE_AFTER_ID):
                    return None  # "Telegram channels", "Telegram dealer", "Telegram cocaine channels": words (a word
                    # before a word of grammar, "on Telegram took my $200", is analyze's: _word_after_app)
            if app == "signal" and (_SIGNAL_USERNAME.fullmatch(value) or (
                    m.group(2).strip() and _SIGNAL_NICKNAME.fullmatch(value))):
                return {"kind": app, "value": value}  # "Signal: coldchain.42", a username, not a number
            if app in NUMBER_APPS and (not re.search(r"\d{5}", value) or re.match(r"[\s\-]\d", m.string[m.end():])):
                return None  # "signal" the word, or a number's first group ("WhatsApp 98765 43210"): phones are found below
            if m.group(1) == "Line" and not re.search(r"[\d_]", value):
                return None
            if app == "threema" and not _THREEMA_ID.fullmatch(value):
                return None  # "Threema-ID auf Anfrage": an ID is eight letters and digits
            if app == "telegram":
                value = "@" + value.lstrip("@")
            return {"kind": app, "value": value}
        if name == "session id":
            return {"kind": "session", "value": m.group().lower()}
        if name == "@handle":  # Telegram's bots' names end in "bot" ("@spb_candy_bot")
            if (_QUOTE_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
                    or _QUOTE_AFTER.match(m.string, m.end())):
                return None  # "Quote from @user123:", "@mike_k wrote:": a forum poster quoted, no account to reach
            if m.string[m.start() - 1:m.start()] == '"' and m.string.startswith('":', m.end()):
                return None  # '"@type": "Product"': a JSON-LD keyword, no account
            bot = m.group(1).lower().endswith("bot") or _BOT_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
            return {"kind": "telegram" if bot else "handle", "value": "@" + m.group(1)}
        if name == "e-mail":
            return {"kind": "email", "value": m.group().lower()}
        if name == "e-mail, spelled out":
            return {"kind": "email", "value": f"{m.group(1)}@{re.sub(_DOT, '.', m.group(2))}".lower()}
        if name == "onion":
            return {"kind": "onion", "value": m.group().lower()}
        url = m.group()
        if name == "domain" and (not re.search(r"[a-z]{2}", url.split(".")[0]) or not url.islower()
                                 or not (m.string[:m.start()].strip() or _CRUMB.match(m.string, m.end()))):
            return None  # a name of two letters or more ("1.com"), in lower case as shops write theirs; a brand
            # ("eBay.es Vehicle Fraud Tutorial", "Brazzers.com premium account") or a title's subject is none (a
            # search result's breadcrumb is its site: "mdma-shop.to › products › crystal")
        if url.rstrip("/.").lower().endswith(".onion"):
            return None
        return {"kind": "url", "value": url.rstrip(".,;:!?)")}

    def analyze(self, text: str, language: str | None = None,
                entities: dict[str, list[Entity]] | None = None) -> list[Entity]:
        text = text[:MAX_TEXT]
        found = [e for e in super().analyze(text) if not _word_after_app(text, e, language)]
        taken = [(e.start, e.end) for e in found]
        # with no region given, libphonenumber finds only numbers written with a plus ("+", "＋"):
        # most texts have none, and the matcher costs more than every pattern above together
        matches = phonenumbers.PhoneNumberMatcher(text, None, leniency=phonenumbers.Leniency.VALID, max_tries=200) \
            if "+" in text or "＋" in text else ()
        named = _cues()[1]  # each number app by its name and nicknames
        for m in matches:
            if any(s < m.end and m.start < e for s, e in taken):
                continue
            number = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            # an app named before the number, by its name or a nickname ("Wsp +56 9..."), with no other contact
            # between ("Wickr: x, +31 6...": a phone)
            ctx = text[max([m.start - CONTEXT_WINDOW, 0] + [e for _s, e in taken if e <= m.start]): m.start].lower()
            after = _APP_AFTER.match(text, m.end)  # "+62 812-1111-3333 (WhatsApp)"
            kind = next((k for k in (*NUMBER_APPS, "telegram") if (named[k].search(ctx) if k in named
                                                                      else re.search(_APPS[k], ctx))
                         or (after and re.fullmatch(_APPS[k], after.group(1), re.IGNORECASE))), "phone")
            found.append(Entity(self.entity, m.start, m.end, m.raw_string, {"kind": kind, "value": number},
                                self.name, 1.0, f"libphonenumber: valid {phonenumbers.region_code_for_number(m.number)} "
                                f"number{', ' + kind + ' named beside it' if kind != 'phone' else ''}"))
        # "WhatsApp 06-12345678": the app's pattern keeps the digits as written; read as a national number
        # they become one in E.164
        national = self._national(text, language, [(e.start, e.end) for e in found if not _app_digits(e)], entities)
        found = [e for e in found if not any(n.start < e.end and e.start < n.end for n in national)] + national
        # "@handle" after a Telegram cue is a Telegram handle, unless another network is named nearer ("DM en IG @x")
        for e in found:
            if e.value["kind"] != "handle":
                continue
            cues = _HANDLE_CUES.findall(text, max(0, e.start - CONTEXT_WINDOW), e.start)
            if ((cues and cues[-1][0]) or _ON_TELEGRAM.match(text, e.end)) and not _ON_OTHER.match(text, e.end):
                e.value["kind"] = "telegram"
                e.explanation += ", Telegram or DM cue beside it"
        found.sort(key=lambda e: e.start)
        return found

    def _national(self, text: str, language: str | None, taken: list[tuple[int, int]],
                  entities: dict[str, list[Entity]] | None) -> list[Entity]:
        """Numbers with no country code, read in the regions of the text's language (English's when
        unknown): the first region where libphonenumber finds the number valid and it is written as there."""
        if not _NUMBER.search(text):
            return []  # most texts have no run of digits long enough; the cue words cost more to look for
        rx, kinds, cue_word = _cues()
        out, regions, evidenced, pos = [], None, set(), 0
        while m := rx.search(text, pos):
            start, end = m.span(2)
            pos = end
            if not _grammar_or_name(m.group(1).split(), language, cue_word):
                pos = m.start(1)  # "Call or text (312) 555-0147": "text" is a cue of its own
                continue
            if any(s < end and start < e for s, e in taken):
                continue
            if regions is None:
                regions, evidenced = _regions_for(text, language, entities)
            for region in regions:
                try:
                    number = phonenumbers.parse(m.group(2).replace("\n", " "), region)
                except phonenumbers.NumberParseException:
                    break
                if phonenumbers.is_valid_number(number) and _written_as_in(m.group(2), number, region, region in evidenced):
                    cue = m.group()[:m.start(1) - m.start()]
                    after = _APP_AFTER.match(text, end)  # "hubungi 0812-1111-3333 (WhatsApp)"
                    kind = next((k for k, krx in kinds.items() if krx.match(cue) or (after and krx.fullmatch(after.group(1)))),
                                "phone")
                    out.append(Entity(self.entity, start, end, m.group(2), {
                        "kind": kind, "value": phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)},
                        self.name, 0.8, f"libphonenumber: valid {region} number written without a country code, "
                        f"read in the regions of the text's currency and language ({language or 'unknown'})"))
                    break
        return out
