"""Reading documents: encodings, line ends, and one clear refusal for unusable input."""

import pytest

from netlib.errors import InputError
from netlib.io.documents import read_document, split_lines


def test_crlf_cr_and_last_line_without_newline(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_bytes(b"Signed,\r\nA\rB\nC")
    assert read_document(path).lines == ["Signed,", "A", "B", "C"]


def test_utf8_bom_is_recorded_and_removed(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffAsociación Pro\n".encode())
    doc = read_document(path)
    assert doc.lines == ["Asociación Pro"]
    assert doc.encoding == "utf-8-sig"
    assert doc.warnings == ()


def test_cp1252_fallback_is_a_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Women\u2019s League – Café\n".encode("cp1252"))
    doc = read_document(path)
    assert doc.lines == ["Women\u2019s League – Café"]
    assert doc.encoding == "cp1252"
    assert "cp1252" in doc.warnings[0]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b"  \n\n \t\n", "empty"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"abc\x00def", "binary"),
        (bytes(range(1, 32)) * 50, "binary"),
    ],
)
def test_unusable_input_is_one_clear_error(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_document(path)
    assert str(path) in str(info.value)
    assert problem in str(info.value)


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_document(tmp_path)


def test_size_limit(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("x\n" * 600)
    with pytest.raises(InputError, match="too large"):
        read_document(path, max_bytes=1000)
    monkeypatch.setenv("NETLIB_MAX_BYTES", "1000")
    with pytest.raises(InputError, match="NETLIB_MAX_BYTES"):
        read_document(path)


def test_split_lines_counts_like_an_editor():
    # 3 lines: the blank middle line is a line; a final newline adds none
    assert split_lines("a\n\nb\n") == ["a", "", "b"]


def test_one_table_of_invisible_characters():
    """Resolution, document reading and the parser drop the same characters."""
    from netlib.extract import names
    from netlib.io.documents import decode_bytes
    from netlib.resolve.registry import normalise_name
    from netlib.text.chars import INVISIBLE, SOFT_HYPHEN, ZERO_WIDTH

    assert set(names._BLANK_TABLE) == {ord(c) for c in ZERO_WIDTH}
    assert set(names._INVISIBLE) == {ord(c) for c in ZERO_WIDTH + SOFT_HYPHEN}
    dropped = {k for k, v in names._TRANSLATE.items() if v is None}
    assert dropped == {ord(c) for c in INVISIBLE}  # bidirectional controls too
    for char in INVISIBLE:
        assert normalise_name(f"Media{char} Alliance") == "media alliance", hex(ord(char))
        with pytest.raises(InputError, match="empty"):
            decode_bytes(f" {char}\n".encode())
    # the right-to-left override no longer splits a name in two
    assert normalise_name("A\u202eCLU") == "aclu"
