"""The hand-edited data files the package ships: a key written twice in one object parses, and the first
list it names is silently lost (a language's cues added as a new block where the language already had one); an entry
written twice in one list says nothing twice and hides which list a new word was meant for."""

import json
from pathlib import Path

import pytest

import patrol

DATA_FILES = sorted(Path(patrol.__file__).parent.rglob("*.json"))


def _no_repeated_keys(pairs):
    keys = [k for k, _ in pairs]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    assert not repeated, f"keys written twice: {repeated}"
    return dict(pairs)


def test_there_are_data_files():
    assert len(DATA_FILES) >= 10


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(Path(patrol.__file__).parent)))
def test_no_key_is_written_twice(path):
    json.loads(path.read_text("utf-8"), object_pairs_hook=_no_repeated_keys)


def test_a_repeated_key_is_caught():
    with pytest.raises(AssertionError, match="'bg'"):
        json.loads('{"bg": ["a"], "mk": [], "bg": ["b"]}', object_pairs_hook=_no_repeated_keys)


def _repeated_entries(value, where=()):
    """(path, the strings a list holds twice) for every list inside ``value``."""
    if isinstance(value, dict):
        return [r for k, v in value.items() for r in _repeated_entries(v, (*where, k))]
    if isinstance(value, list):
        words = [x for x in value if isinstance(x, str)]
        twice = sorted({w for w in words if words.count(w) > 1})
        return ([(where, twice)] if twice else []) + [r for x in value for r in _repeated_entries(x, where)]
    return []


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(Path(patrol.__file__).parent)))
def test_no_entry_is_written_twice_in_one_list(path):
    assert _repeated_entries(json.loads(path.read_text("utf-8"))) == []


def test_a_repeated_entry_is_caught():
    assert _repeated_entries({"bg": ["a", "b", "a"], "mk": [{"x": ["c", "c"]}]}) == [(("bg",), ["a"]), (("mk", "x"), ["c"])]
