#!/usr/bin/env python3
"""Writes what Python's json.loads says about a set of JSON documents, for PythonJsonTest.

Each output line is one case: {"doc": TEXT, "error": MESSAGE} for a document json.loads refuses (MESSAGE is
str() of the JSONDecodeError, which hydrus passes to clients), or {"doc": TEXT, "repr": R, "str": S} for one
it accepts (repr() and str() of the value, which hydrus embeds in its 400 messages).

Run from the repository root with the Python hydrus uses:
    python3 hydrant-api/src/test/python/make_json_expectations.py \
        > hydrant-api/src/test/resources/dev/hydrant/api/args/python-json-cases.jsonl
"""
import json
import sys

MALFORMED = [
    "", " ", "   \n  ", "\t", "notjson", "'single'", "tru", "nul", "True", "nan", "-", ".5", "]", "}", "\u00e9",
    "{", "[", "[1,", "[1,]", "[,1]", "[1,,2]", "[null,]", "[1 2]", "[true false]", "[\"a\" \"b\"]", "[1,2", "[{}",
    "[[[]]", "1]", "[1,2,3]]", "[1,2]x", "{} x", "[] []", "1 2", "{\"a\":1}}", "{\"a\":1}{\"b\":2}",
    "{\"a\"}", "{\"a\" 1}", "{\"a\"", "{\"a\":}", "{\"a\":-}", "{\"a\":1,}", "{\"a\":1,,\"b\":2}", "{\"a\" : 1 , }",
    "{\"a\":1 \"b\":2}", "{a:1}", "{,}", "{\"a\":1,\"a\"}", "{\"k\": tru}", "{\"a\":[1,2}", "{\"x\":[1,{\"y\":2]}",
    "{\"a\":01}", "{\"a\":1", "\"abc", "[\"abc", "{\"a\":\"b", "\"\\", "\"a\\qb\"", "\"\\u12\"", "\"\\u12G4\"",
    "\"\\ud83d\\u12x4\"", "\"unterminated\n\"", "\"tab\there\"", "NaNx", "-Infinity x", "-Inf", "Infinityy",
    "01", "1.", "1e", "1e+", "-01", "[1.5e]", "[01]", "[-]", "[.]", "[1e5.5]", "\ufeff{}", "\ufeff",
    "{\"a\":1}\n\n  x", "[\n1,\n2\n", "\n\n{\"a\":\n", "[\"a\"\n,\n]", "{\"a\":1,\n\"b\"\n}", "\r\n[", "[1\r\n2]",
    "  {\"a\": 1}  x", "[1]\n\n\nfoo", "[\"\u00e9\", x]", "[\"\U0001F600\", x]", "\"\U0001F600\" \U0001F600",
    "[\"\\ud800\"]x",
]

WELL_FORMED = [
    "{}", "[]", " {\"a\": 1} ", "\n[1, 2.5, -3, 0, -0, -0.0, 1e3, 1E-2, 2.50]\r\n", "true", "false", "null", "\"\"",
    "NaN", "Infinity", "-Infinity", "[NaN, Infinity, -Infinity]", "123456789012345678901234567890",
    "-9223372036854775808", "9223372036854775808", "1e400", "0.1", "1.5e300", "100.0", "1e16", "1e-5", "0.0001",
    "{\"a\": 1, \"b\": 2, \"a\": 3}", "{\"z\": [1, {\"y\": null}], \"x\": \"\"}", "\"quote ' apostrophe\"",
    "\"both ' and \\\"\"", "\"\\\"only double\"", "\"back\\\\slash\"", "\"tab\\tnewline\\nreturn\\r\"",
    "\"\\u00e9\\u4e2d\\ud83d\\ude00\"", "\"lone \\ud800 surrogate\"", "\"\\/\\b\\f\"", "\"caf\u00e9 \u4e2d\u6587\"",
    "[\"a\", [\"b\", [\"c\"]]]", "{\"k\": {\"k\": {}}}", "[true, false, null]", "\"control \\u0001 \\u007f\"",
    "\"zero width \\u200b nbsp \\u00a0\"",
]


def main():
    out = sys.stdout
    for doc in MALFORMED:
        try:
            json.loads(doc)
        except json.JSONDecodeError as e:
            out.write(json.dumps({"doc": doc, "error": str(e)}) + "\n")
        else:
            raise SystemExit("expected a failure: " + repr(doc))
    for doc in WELL_FORMED:
        value = json.loads(doc)
        out.write(json.dumps({"doc": doc, "repr": repr(value), "str": str(value)}) + "\n")


if __name__ == "__main__":
    main()
