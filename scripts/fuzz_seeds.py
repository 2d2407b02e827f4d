#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz) from corpus/ into OUT/<target>/.

Usage: fuzz_seeds.py OUT. Seeds are derived, never stored: documents, their lines, titles as
queries and search requests built from them. The first byte of an analyzer or query seed picks
the language, as the targets read it.
"""
import hashlib
import json
import pathlib
import sys
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parent.parent
LANGS = ["ar", "zh", "en", "fr", "ru", "es", "pt"]
PER_LANGUAGE = 12  # documents of each language that seed the targets


def write(folder: pathlib.Path, data: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main() -> None:
    out = pathlib.Path(sys.argv[1])
    lines_by_lang = {}
    for path in sorted((ROOT / "corpus" / "documents").glob("*.jsonl")):
        lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        lines_by_lang[path.stem] = lines[:PER_LANGUAGE]
    for lang, lines in lines_by_lang.items():
        code = bytes([LANGS.index(lang) if lang in LANGS else 0])
        for i, line in enumerate(lines):
            doc = json.loads(line)
            title = doc.get("title", "")
            write(out / "fuzz_document", line.encode())
            write(out / "fuzz_analyzers", code + title.encode())
            write(out / "fuzz_analyzers", code + doc.get("summary", "")[:300].encode())
            # Bit 0x40 of fuzz_query's first byte also runs the search, 0x80 turns on xlang.
            query_code = bytes([code[0] | 0x40 | (0x80 if i % 2 else 0)])
            write(out / "fuzz_query", code + title.encode())
            write(out / "fuzz_query", query_code + title.encode())
            words = title.split()
            if len(words) > 1:  # query syntax the users type
                syntax = f'"{words[0]} {words[1]}" -{words[-1]}'.encode()
                write(out / "fuzz_query", query_code + syntax)
            params = {"q": title, "ui_lang": lang, "page": str(i % 3 + 1), "per_page": "5"}
            if doc.get("themes"):
                params["theme"] = doc["themes"][0]
            if i % 2:
                params.update({"kind": doc.get("kind", ""), "sort": "-date", "xlang": "true"})
            write(out / "fuzz_request", b"\0" + urllib.parse.urlencode(params).encode())
            write(out / "fuzz_request", b"\1" + json.dumps(params, ensure_ascii=False).encode())
        for i in range(0, len(lines), 3):
            write(out / "fuzz_jsonl", "\n".join(lines[i:i + 3]).encode() + b"\n")


if __name__ == "__main__":
    main()
