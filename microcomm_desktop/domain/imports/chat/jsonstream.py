"""Stream a big JSON object's top-level fields, yielding the elements of one array one by one.

Why: a 500,000-message DiscordChatExporter or Telegram file is hundreds of megabytes; ``json.load`` turns it
into several gigabytes of dicts before the first message is read. Exporters write the messages array as one
top-level field, so decoding that array element by element (``json.JSONDecoder.raw_decode`` on a sliding
buffer) keeps memory to one element plus the buffer. Standard library only.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import IO, Any

_BLANKS = re.compile(r"[ \t\r\n]*")
_CHUNK = 1 << 20


class _Buffer:
    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
        self.text = ""
        self.pos = 0
        self.eof = False

    def more(self) -> bool:
        if self.eof:
            return False
        # At least as much as is still unparsed: a value that keeps failing to decode (a huge one, or a
        # malformed file) doubles the buffer each time, so the retries cost linear time, not quadratic.
        raw = self.stream.read(max(_CHUNK, len(self.text) - self.pos))
        if not raw:
            self.eof = True
            self.text = self.text[self.pos :] + self.decoder.decode(b"", final=True)
            self.pos = 0
            return False
        self.text = self.text[self.pos :] + self.decoder.decode(raw)
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next non-blank character ("" at the end)."""
        while True:
            m = _BLANKS.match(self.text, self.pos)
            self.pos = m.end() if m else self.pos
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.more():
                return ""

    def expect(self, ch: str) -> None:
        got = self.peek()
        if got != ch:
            raise ValueError(f"expected {ch!r} but found {got or 'the end of the file'!r}")
        self.pos += 1

    def value(self, decoder: json.JSONDecoder) -> Any:
        self.peek()
        while True:
            try:
                obj, end = decoder.raw_decode(self.text, self.pos)
            except json.JSONDecodeError:
                if self.more():
                    continue
                raise
            # A number at the very end of the buffer may continue in the next chunk.
            if end >= len(self.text) and not self.eof and self.more():
                continue
            self.pos = end
            return obj


def iter_object(stream: IO[bytes], array_key: str) -> Iterator[tuple[str, Any]]:
    """Yield (key, value) for each top-level field, except that the field ``array_key`` (when it is an array)
    yields (array_key, element) once per element. Raises ValueError on malformed JSON."""
    buf = _Buffer(stream)
    dec = json.JSONDecoder()
    buf.expect("{")
    if buf.peek() == "}":
        return
    while True:
        key = buf.value(dec)
        if not isinstance(key, str):
            raise ValueError("an object key is not a string")
        buf.expect(":")
        if key == array_key and buf.peek() == "[":
            buf.pos += 1
            if buf.peek() == "]":
                buf.pos += 1
            else:
                yield from _elements(buf, dec, array_key)
        else:
            yield key, buf.value(dec)
        nxt = buf.peek()
        buf.pos += 1
        if nxt == "}":
            return
        if nxt != ",":
            raise ValueError(f"expected ',' or '}}' but found {nxt or 'the end of the file'!r}")


_SEPARATOR = re.compile(r"[ \t\r\n]*([,\]])[ \t\r\n]*")


def _elements(buf: _Buffer, dec: json.JSONDecoder, key: str) -> Iterator[tuple[str, Any]]:
    """The array's elements, the hot loop of a big import: the C scanner called directly and the separator
    (with its blanks) matched by one regular expression, so each element costs little besides its decoding."""
    scan = dec.scan_once  # type: ignore[attr-defined]
    buf.peek()
    while True:
        try:
            obj, end = scan(buf.text, buf.pos)
        except (
            StopIteration,
            json.JSONDecodeError,
        ):  # incomplete in this buffer (or malformed: then the end of the file says so)
            if buf.more():
                continue
            raise ValueError(f"an element of {key} is not valid JSON") from None
        if end >= len(buf.text) and not buf.eof and buf.more():
            continue  # a number at the very end of the buffer may continue in the next chunk
        buf.pos = end
        yield key, obj
        while True:
            m = _SEPARATOR.match(buf.text, buf.pos)
            if m is not None and (m.end() < len(buf.text) or buf.eof):
                break
            if not buf.more():
                if m is None:
                    raise ValueError(f"expected ',' or ']' in {key} but found the end of the file")
                break
        buf.pos = m.end()
        if m.group(1) == "]":
            return
        buf.peek()
