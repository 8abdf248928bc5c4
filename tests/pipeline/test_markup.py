import pytest
from hypothesis import given
from hypothesis import strategies as st

from patrol.pipeline.analyzer import Analyzer
from patrol.pipeline.markup import decode

CASES = [  # (collected text, what the stages read)
    ("1g 80&euro;, 5g &pound;350", "1g 80€, 5g £350"),
    ("300&nbsp;zł &bull; Telegram", "300 zł • Telegram"),
    ("OG Kush 3.5g &#36;40, &#x24;75", "OG Kush 3.5g $40, $75"),
    ("<li>OG Kush 7g</li><li>1oz</li>", "\nOG Kush 7g\n\n1oz\n"),
    ("<p><strong>LSD</strong> 250&micro;g</p>", "\nLSD 250µg\n"),
    ('<a href="https://t.me/shop">Telegram</a>', "https://t.me/shop Telegram"),
    ("[b]COKE[/b]\n[list][*]1g - 80€[/list]", "COKE\n\n\n1g - 80€\n"),
    ("[url=https://t.me/coke_eu]Telegram[/url]", "https://t.me/coke_eu Telegram"),
    ("[quote=buyer22]got any?[/quote] yes", "\ngot any?\n yes"),
    ("[color=red]UK only[/color]", "UK only"),
    ("ship within Ger-\nmany", "ship within Germany"),            # a word hyphenated at a line's end (session 65)
    ("Liefe-\nrung inner- \n  halb", "Lieferung innerhalb"),
    ("MDMA-as-\nsisted, MDMA-\nassisted", "MDMA-assisted, MDMA-assisted"),  # a code keeps its hyphen
    # text an encoding broke (session 66): UTF-8 read as Windows-1252, escapes, percent-encoding, no-break spaces
    ("CocaÃ\xadna 1g 60â‚¬, EspaÃ±a", "Cocaína 1g 60€, España"),
    ("ÐœÐµÑ„ÐµÐ´Ñ€Ð¾Ð½ 1 Ð³ â€” 2500 â‚½", "Мефедрон 1 г — 2500 ₽"),
    ("â€œMDMAâ€\ufffd 1g Â£40", "“MDMA” 1g £40"),        # the closing quote's last byte, lost
    ("Coca\\u00edna, Espa\\xf1a \\U0001f48a", "Cocaína, España 💊"),
    ("Weed menu:\\n- Haze 10g", "Weed menu:\n- Haze 10g"),
    ("Coca%C3%ADna 1g 60%E2%82%AC, deaths%20rise", "Cocaína 1g 60€, deaths rise"),
    ("Ice\u00a0scraper\u00a0£5", "Ice scraper £5"),
    ("Coca\u0131\u0301na, Espan\u0303a, Cre\u0300me", "Coca\u0131\u0301na, España, Crème"),  # composed where Unicode can
    ("حشـــيش 10 غرام", "حشيش 10 غرام"),                       # Arabic tatweel
    ("קַנַּבִּיס 10 גרם", "קנביס 10 גרם"),                      # Hebrew points
    ("ＩＣＥ\u3000ＣＲＥＡＭ", "ＩＣＥ ＣＲＥＡＭ"),              # an ideographic space
    ("Ìåôåäðîí 1 ã — 2500 ðóá", "Мефедрон 1 г — 2500 руб"),  # Windows-1251 read as Windows-1252, in a text of such words
]
NEAR_MISSES = [  # left as written: no markup, unknown tags and references, brackets of ordinary text
    "2024-03-09 22:41 <kmaster> ket 5g £100",  # a chat log's nick
    "R&B and Q&A, 5 < 6 > 4",
    "&foo; is no reference",
    "[1] a footnote, [UK] a vendor's country",
    "Coke 1g £80",
    "Amphetamin-\nPaste 10g",  # a compound's hyphen at a line's end: the next line opens with a capital
    "10am-\n6pm", "- 1g\n- 2g",
    "MDMA 84%20 pills", "Größe 42, schön", "naïve façade à la carte",  # a purity; text written right (session 66)
    "Ð\ufffd", "\\UFFFFFFFF, \\ud800",  # a lost byte that could be several letters; no character
    "Café à été, Ãtest", "Ìåôåäðîí alone",  # one word of Windows-1251 letters is not enough to read the text so
]


@pytest.mark.parametrize("collected, read", CASES)
def test_markup_is_read(collected, read):
    text, offsets = decode(collected)
    assert text == read
    assert offsets is not None and offsets.length == len(text)


@pytest.mark.parametrize("collected", NEAR_MISSES)
def test_no_markup_no_change(collected):
    assert decode(collected) == (collected, None)


@given(st.lists(st.sampled_from(["&euro;", "&nbsp;", "&amp;", "<br>", "<b>", "</p>", "[b]", "[*]", "[url=x.io]",
                                 "80", "g ", "£", "<kmaster>", "&foo;", "é", "\n", "Ã", "\xad", "â‚¬", "%C3%AD",
                                 "\\u00ed", "\\n", "\u00a0", "Ð", "e\u0301", "\u0640", "\u05b8", "Ìåô", "ã ",
                                 "\u3000", "οι", "ΐ"]), max_size=30))
def test_every_span_maps_into_the_collected_text(parts):
    collected = "".join(parts)
    text, offsets = decode(collected)
    if offsets is None:
        assert text == collected
        return
    for i in range(len(text)):
        for j in range(i, min(len(text), i + 6) + 1):
            start, end = offsets.span(i, j)
            assert 0 <= start <= end <= len(collected)
    chars = [offsets.span(i, i + 1) for i in range(len(text))]  # each decoded character's source, in order
    assert [a for a, _ in chars] == sorted(a for a, _ in chars) and [b for _, b in chars] == sorted(b for _, b in chars)


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def test_mentions_are_cut_from_the_collected_text(analyzer):
    collected = "<p>MDMA crystals 1g &pound;30, 5g &pound;120</p><p>Wickr: champagne_uk</p>"
    r = analyzer.analyze([("1", collected)])[0]
    prices = [(p["amount"], p["currency"], p["mention"]) for p in r["prices"]]
    assert prices == [(30.0, "GBP", "&pound;30"), (120.0, "GBP", "&pound;120")]
    for kind in ("substances", "quantities", "prices", "contacts"):
        for x in r[kind]:
            assert collected[x["start"]:x["end"]] == x["mention"]
    assert [c["value"] for c in r["contacts"]] == ["champagne_uk"]


def test_bbcode_link_is_a_contact(analyzer):
    r = analyzer.analyze([("1", "[b]COKE[/b] 1g 80&euro; [url=https://t.me/coke_eu_shop]Telegram[/url]")])[0]
    assert [(c["kind"], c["value"]) for c in r["contacts"]] == [("telegram", "@coke_eu_shop")]
    assert r["label"] == "drug_sale"


@given(st.text(max_size=80))
def test_any_text_decodes_and_maps(collected):  # a letter that case-folds to a mark (Greek "ι") once broke a token
    text, offsets = decode(collected)
    if offsets is None:
        assert text == collected
    else:
        assert offsets.length == len(text) and all(0 <= a <= b <= len(collected)
                                                    for a, b in (offsets.span(i, i + 1) for i in range(len(text))))
