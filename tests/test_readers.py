import json

import pytest

from flashpoint.errors import InputError
from flashpoint.ingest import iter_articles, read_text_article


def _one(path):
    items = list(iter_articles([path]))
    assert len(items) == 1
    return items[0]


def test_title_and_date_lines(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Rebels seize border town\ndate 2024-03-05\n\nRebels seized the town on Monday.\n")
    a = _one(p)
    assert a.doc_id == "a"
    assert a.title == "Rebels seize border town"
    assert a.date == "2024-03-05"
    assert a.text[a.body_offset:].startswith("Rebels seized")
    assert a.text[a.title_span[0]:a.title_span[1]] == a.title


def test_date_leading_the_first_line():
    a = read_text_article("x", "date 2024-08-01 Officials said the talks had ended.\nMore text.")
    assert a.date == "2024-08-01"
    assert a.title is None
    assert a.text[a.body_offset:].startswith("Officials said")


def test_malformed_date_header_is_a_warning_and_article_kept(tmp_path):
    p = tmp_path / "bad_date.txt"
    p.write_text("Title here\ndate 2024-13-45\nThe army said it withdrew.\n")
    a = _one(p)
    assert a.date is None
    assert len(a.warnings) == 1 and "bad_date.txt" in a.warnings[0] and "W108" in a.warnings[0]


@pytest.mark.parametrize("content, code", [
    (b"", "E101"),
    (b"   \n\n  ", "E101"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "E102"),
])
def test_empty_and_binary_files(tmp_path, content, code):
    p = tmp_path / "f.txt"
    p.write_bytes(content)
    err = _one(p)
    assert isinstance(err, InputError)
    assert err.code == code and "f.txt" in str(err)
    assert "\n" not in str(err)


def test_huge_file_is_rejected_without_reading(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.truncate(50_000_000)
    err = _one(p)
    assert isinstance(err, InputError) and err.code == "E103" and "huge.txt" in str(err)


def test_latin1_is_decoded_with_a_warning(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Title\ndate 2024-01-02\nThe minister of Curaçao met the café owners in Bogotá.\n"
                  .encode("latin-1"))
    a = _one(p)
    assert "Curaçao" in a.text
    assert a.warnings and "latin.txt" in a.warnings[0] and "W104" in a.warnings[0]


def test_jsonl_records_and_bad_lines(tmp_path):
    p = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "r1", "text": "Police arrested two men.", "date": "2024-02-03",
                         "title": "Arrests", "url": "http://example.org/1"}),
             "{not json",
             json.dumps({"id": "r3", "text": ""}),
             json.dumps({"id": "r4", "text": "Troops withdrew.", "date": "yesterday"})]
    p.write_text("\n".join(lines) + "\n")
    items = list(iter_articles([p]))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "InputError", "Article"]
    assert items[0].doc_id == "r1" and items[0].date == "2024-02-03" and items[0].title == "Arrests"
    assert items[1].code == "E105" and "batch.jsonl:2" in str(items[1])
    assert items[2].code == "E106"
    assert items[3].date is None and "W108" in items[3].warnings[0]


def test_html_extraction(tmp_path):
    p = tmp_path / "page.html"
    body = " ".join(["The foreign minister visited Ankara on Tuesday for talks."] * 6)
    p.write_text(f"<html><head><title>Minister visits Ankara</title></head><body>"
                 f"<nav>Home | World</nav><article><h1>Minister visits Ankara</h1><p>{body}</p>"
                 f"</article><script>var x = 1;</script></body></html>")
    a = _one(p)
    assert "visited Ankara" in a.text and "var x" not in a.text


def test_directory_is_walked_recursively_and_missing_path_reported(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("T\nThe army shelled the town.\n")
    (tmp_path / "a.txt").write_text("T\nRebels attacked a convoy.\n")
    (tmp_path / "notes.md").write_text("ignored")
    items = list(iter_articles([tmp_path, tmp_path / "missing.txt"]))
    assert [getattr(i, "doc_id", None) for i in items[:2]] == ["a", "b"]
    assert isinstance(items[2], InputError) and "missing.txt" in str(items[2])
