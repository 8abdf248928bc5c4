import pytest
from hypothesis import given
from hypothesis import strategies as st

from patrol.recognizers.price import PriceRecognizer, header_currency
from patrol.recognizers.quantity import QuantityRecognizer, header_unit
from patrol.recognizers.tables import cells, header_words

Q, P = QuantityRecognizer(), PriceRecognizer()


@pytest.mark.parametrize("cell, unit, currency", [
    ("weight_g", "g", None),
    ("Weight (g)", "g", None),
    ("Menge (g)", "g", None),
    ("Вес, г", "g", None),
    ("dose_ug", "ug", None),
    ("Sicherstellungen Kokain (kg)", "kg", None),
    ("tonnes", "t", None),
    ("Stuks", "unit", None),
    ("Qty", "unit", None),
    ("price_eur", None, "EUR"),
    ("Prix (€)", None, "EUR"),
    ("Preço (R$)", None, "BRL"),
    ("Цена, ₽", None, "RUB"),
    ("Cena (zł)", None, "PLN"),
    ("Price USD", None, "USD"),
    ("Precio (MXN)", None, "MXN"),
    # near misses: a price per unit is money, a dose names no unit, words that are no unit nor currency
    ("Price per g", None, None),
    ("Dose", None, None),
    ("Strength", None, None),
    ("Name", None, None),
    ("SKU", None, None),
    ("Year", None, None),
])
def test_header_meanings(cell, unit, currency):
    assert (header_unit(cell), header_currency(cell)) == (unit, currency)


def _read(recognizer, text, language=None):
    key = "value" if recognizer is Q else "amount"
    unit = "unit" if recognizer is Q else "currency"
    return [(e.value[key], e.value[unit]) for e in recognizer.analyze(text, language)]


# tables whose unit or currency is written only in the header (session 62)
@pytest.mark.parametrize("text, language, quantities, prices", [
    ("product,weight_g,price_eur\ncocaine,1,80\ncocaine,5,360", None, [(1, "g"), (5, "g")], [(80, "EUR"), (360, "EUR")]),
    ("| Strain | Weight (g) | Price (£) |\n|---|---|---|\n| Gelato | 3.5 | 35 |", None, [(3.5, "g")], [(35, "GBP")]),
    ("Produkt;Menge (g);Preis (€)\nKetamin;1;35\nÄpfel;2;2,99", "de", [(1, "g"), (2, "g")], [(35, "EUR"), (2.99, "EUR")]),
    ("name\tdose_ug\tprice_gbp\nLSD\t150\t50", None, [(150, "ug")], [(50, "GBP")]),
    ("Товар | Вес, г | Цена, ₽\nМефедрон | 1 | 2500", "ru", [(1, "g")], [(2500, "RUB")]),
    ("Год | Изъято, кг\n2023 | 1 200\n2024 | 1 900", "ru", [(1200, "kg"), (1900, "kg")], []),  # a year column
    ("Jahr | Kokain (kg)\n2022 | 25.000", "de", [(25000, "kg")], []),  # dots separate German thousands
    ("Seizures (tonnes)\nYear | Spain\n2022 | 400", None, [(400_000, "kg")], []),  # the title's unit
    ("Retail price per gram (USD)\nCountry | Price\nUSA | 100", None, [(1, "g")], [(100, "USD")]),
    ("Pil | Stuks | Prijs €\nTesla 250mg | 10 | 40", "nl", [(250, "mg"), (10, "unit")], [(40, "EUR")]),  # a count
    ('{"item": "heroin", "grams": 10, "price_usd": 700}', None, [(10, "g")], [(700, "USD")]),  # JSON keys
    ("Drug: Oxycodone\nQty: 100\nWeight (g): 5", None, [(100, "unit"), (5, "g")], []),  # a listing's fields
    # near misses: prose whose lines split differently, a header without unit or currency, a long "header"
    ("Hello, world\nThis line, has, more commas, 5", None, [], []),
    ("Name | Age\nJohn | 25\nMary | 31", None, [], []),
    ("We sold everything we had in the shop last summer, 5\nand then, 10", None, [], []),
])
def test_tables(text, language, quantities, prices):
    assert _read(Q, text, language) == quantities
    assert _read(P, text, language) == prices


def test_a_count_column_is_no_menu_price():
    """With prices in the table, a bare count after an amount ("250mg | 10") is the count, not a price."""
    assert _read(P, "Pil | Stuks | Prijs €\nTesla 250mg | 10 | 40\nTesla 250mg | 50 | 150", "nl") == [
        (40, "EUR"), (150, "EUR")]


def test_header_words():
    assert header_words("Preço (R$)") == ["preço", "r$"]
    assert header_words("weight_g") == ["weight", "g"]


@given(st.lists(st.lists(st.sampled_from(["1", "2.5", "1 200", "x", "weight_g", "price_eur", "", "2024"]),
                         min_size=2, max_size=4), min_size=1, max_size=5),
       st.sampled_from(["|", ",", ";", "\t"]))
def test_cells_are_bare_numbers_of_the_text(rows, delimiter):
    text = "\n".join(delimiter.join(r) for r in rows)
    for c in cells(text, lambda h: "g" if "weight" in h else None):
        assert 0 <= c.start < c.end <= len(text) and text[c.start:c.end].strip() == text[c.start:c.end]
        assert text[c.start:c.end].replace(" ", "").replace(".", "").isdigit()
