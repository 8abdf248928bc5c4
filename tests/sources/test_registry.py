import pytest

from patrol.errors import SourceError
from patrol.sources import reader_for, readers


def test_every_format_is_registered_with_help():
    table = readers()
    assert set(table) >= {"jsonl", "csv", "html", "warc", "telegram", "forum"}
    assert all(r.help for r in table.values())


@pytest.mark.parametrize(
    "name, fmt",
    [("a.jsonl", "jsonl"), ("a.ndjson", "jsonl"), ("a.jsonl.gz", "jsonl"), ("a.csv", "csv"), ("a.tsv", "csv"),
     ("a.warc.gz", "warc"), ("a.warc", "warc"), ("page.html", "html"), ("result.json", "telegram")],
)
def test_format_from_file_name(tmp_path, name, fmt):
    p = tmp_path / name
    p.write_bytes(b"")
    assert reader_for(p).name == fmt


def test_folders(tmp_path):
    (tmp_path / "tg").mkdir()
    (tmp_path / "tg" / "result.json").write_text("{}")
    (tmp_path / "pages").mkdir()
    assert reader_for(tmp_path / "tg").name == "telegram"
    assert reader_for(tmp_path / "pages").name == "html"


@pytest.mark.parametrize("name, match", [("missing.csv", "no such file"), ("data.xyz", "give --format")])
def test_clear_errors(tmp_path, name, match):
    if name != "missing.csv":
        (tmp_path / name).write_text("x")
    with pytest.raises(SourceError, match=match):
        reader_for(tmp_path / name)


def test_unknown_format_lists_the_choices(tmp_path):
    with pytest.raises(SourceError, match="choose one of: csv, forum"):
        reader_for(tmp_path / "x", "xls")
