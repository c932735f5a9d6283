"""Bytes to text with clear errors for empty, binary and oversized input."""
from __future__ import annotations

from ..errors import InputError

_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def check_size(path: str, size: int, max_bytes: int) -> None:
    if size == 0:
        raise InputError(path, "empty file", "E101")
    if size > max_bytes:
        raise InputError(
            path, f"file too large ({size / 1e6:.1f} MB > limit {max_bytes / 1e6:.1f} MB; "
            "raise it with --max-bytes)", "E103")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean binary."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls > max(8, len(head) // 50)


def decode_bytes(path: str, data: bytes) -> tuple[str, list[str]]:
    """Decode UTF-8 (with or without BOM); fall back to Windows-1252/Latin-1 with a warning."""
    if looks_binary(data):
        raise InputError(path, "binary file, not text", "E102")
    try:
        text = data.decode("utf-8-sig")
        warnings: list[str] = []
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
            enc = "Windows-1252"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            enc = "Latin-1"
        warnings = [f"[W104] {path}: not valid UTF-8 (byte {exc.start}); decoded as {enc}"]
    if not text.strip():
        raise InputError(path, "empty file (only white space)", "E101")
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings
