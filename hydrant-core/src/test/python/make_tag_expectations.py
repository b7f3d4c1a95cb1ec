#!/usr/bin/env python3
"""Writes the Python-side expectations that the Java tag tests replay.

Run from the repository root:  python3 hydrant-core/src/test/python/make_tag_expectations.py

The committed tests never run Python; they read the files this script writes into
hydrant-core/src/test/resources/dev/hydrant/core/tags/. Re-run it (and commit the output) only to
refresh the expectations, e.g. with a newer Python whose Unicode database is closer to the one the
hydrus build uses.

The reference functions below restate the rules of the spec digest (section 10) in Python, so that
the Unicode-sensitive parts (str.lower, str.casefold, str.isspace, str.isdecimal, int) come from
Python itself rather than from our reading of them.
"""
import json
import random
import re
import sys
import unicodedata

OUT = 'hydrant-core/src/test/resources/dev/hydrant/core/tags/'

# ---------------------------------------------------------------- reference rules (spec 10.1, 10.2)

UNWANTED = re.compile('[\u0000-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF'
                      '\uE000-\uF8FF\U000F0000-\U000FFFFD\U00100000-\U0010FFFD\uD800-\uDFFF]')
WHITESPACE_RUN = re.compile(r'\s+')
LEADING_JUNK = re.compile(r'^(-|system:)+')
HANGUL = re.compile('[\u1100-\u11FF\uAC00-\uD7AF]')
LATIN_AND_JOINERS = re.compile('^[\u0020-\u007E\u00A0-\u024F\u200C\u200D]+$')
ONLY_JOINERS = re.compile('^[\u200C\u200D]+$')
JOINERS = re.compile('[\u200C\u200D]')
ONE_LEADING_COLON_ONLY = re.compile('^:(?=[^:]+$)')


def strip_part(text):
    text = UNWANTED.sub('', text)
    text = WHITESPACE_RUN.sub(' ', text).strip()
    text = LEADING_JUNK.sub('', text).strip()
    if HANGUL.search(text) is None:
        text = text.replace('\u3164', '')
    if LATIN_AND_JOINERS.match(text) is not None:
        text = JOINERS.sub('', text)
    text = ONLY_JOINERS.sub('', text)
    return WHITESPACE_RUN.sub(' ', text).strip()


def split_tag(tag):
    if ':' in tag:
        namespace, subtag = tag.split(':', 1)
        return namespace, subtag
    return '', tag


def combine_tag(namespace, subtag):
    if namespace == '':
        return ':' + subtag if ':' in subtag else subtag
    return namespace + ':' + subtag


def clean_tag(tag):
    tag = tag[:1024].lower()
    if ONE_LEADING_COLON_ONLY.match(tag) is not None:
        tag = ':' + tag
    if ':' not in tag:
        return strip_part(tag)
    namespace, subtag = split_tag(strip_part(tag))
    return combine_tag(strip_part(namespace), strip_part(subtag))


def human_key(text):
    def piece(p):
        return ('', int(p)) if p.isdecimal() else (p, 0)
    return tuple(piece(p) for p in re.split('([0-9]+)', text.casefold()))


# ---------------------------------------------------------------- Unicode property tables

def ranges(predicate):
    out = []
    start = None
    for cp in range(0x110000 + 1):
        inside = cp < 0x110000 and predicate(cp)
        if inside and start is None:
            start = cp
        elif not inside and start is not None:
            out.append([start, cp - 1])
            start = None
    return out


def assigned(cp):
    return unicodedata.category(chr(cp)) not in ('Cn', 'Cs')


def unicode_tables():
    sigma_after_letter = lambda cp: ('A' + chr(cp) + '\u03a3').lower()[-1] == '\u03c2'
    sigma_after_digit = lambda cp: ('1' + chr(cp) + '\u03a3').lower()[-1] == '\u03c2'
    sigma_before = lambda cp: ('A\u03a3' + chr(cp)).lower()[1] == '\u03c2'
    decimals = []  # runs [first, last, value of first] in which each code point's value is one more
    for cp in range(0x110000):
        if assigned(cp) and chr(cp).isdecimal():
            value = int(chr(cp))
            last = decimals[-1] if decimals else None
            if last is not None and last[1] == cp - 1 and last[2] + (cp - last[0]) == value:
                last[1] = cp
            else:
                decimals.append([cp, cp, value])
    return {
        'python': sys.version.split()[0],
        'unicode': unicodedata.unidata_version,
        'assigned': ranges(assigned),
        'lower': [[cp, [ord(c) for c in chr(cp).lower()]]
                  for cp in range(0x110000) if assigned(cp) and chr(cp).lower() != chr(cp)],
        'casefold': [[cp, [ord(c) for c in chr(cp).casefold()]]
                     for cp in range(0x110000) if assigned(cp) and chr(cp).casefold() != chr(cp)],
        'space': [cp for cp in range(0x110000) if chr(cp).isspace()],
        'decimal': decimals,
        'sigma_final_after_letter': ranges(lambda cp: assigned(cp) and sigma_after_letter(cp)),
        'sigma_final_after_digit': ranges(lambda cp: assigned(cp) and sigma_after_digit(cp)),
        'sigma_final_before': ranges(lambda cp: assigned(cp) and sigma_before(cp)),
    }


# ---------------------------------------------------------------- random cases

ALPHABET = (
    list('abcXYZ019:- ') + [':', ':', '-', ' ', 'system:', 'System:', 'SYSTEM:', '-system:', ' :', ': ']
    + ['\t', '\n', '\r', '\x00', '\x1f', '\x7f', '\x85', '\x9f']                # C0 / C1
    + ['\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000']  # spaces
    + ['\u180e', '\u200b', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\ufeff']
    + ['\u200c', '\u200d', '\u200c\u200d', '\u3164', '\u1100', '\u11ff', '\uac00', '\ud7af', '\u314f']
    + ['\ue000', '\uf8ff', '\U000f0000', '\U000ffffd', '\U000ffffe', '\U00100000', '\U0010fffd', '\U0010ffff']
    + ['\ud800', '\udbff', '\udc00', '\udfff']                                  # lone surrogates
    + ['\u0130', '\u0131', 'I', '\u03a3', '\u03c3', '\u03c2', '\u0345', '.', "'", '\u00b7', '\u02b0', '\u0301']
    + ['\u00df', '\u1e9e', '\u01c5', '\u01c4', '\ufb00', '\u0149', '\u13a0', '\uab70', '\u00b5', '\u017f']
    + ['\U00010400', '\U00010428', '\U0001f600', '\U0001f469\u200d\U0001f4bb', '\u00e9', 'e\u0301']
    + ['\u0663', '\u0669', '\uff13', '\U0001d7ce', '\u00b2', '\u216b', '\u0660\u0661', '0' * 30, '9' * 25]
    + ['\u024f', '\u0250', '\u007e', '\u00a0', '\u4e00', '\u3042', '*', '_', '(', ')']
)


def random_text(rng, max_pieces=12):
    while True:
        text = ''.join(rng.choice(ALPHABET) for _ in range(rng.randint(0, max_pieces)))
        # a lone high surrogate right before a lone low one would read back as one astral character
        if json.loads(json.dumps(text)) == text:
            return text


def clean_cases(rng):
    cases = []
    for _ in range(4000):
        text = random_text(rng)
        cases.append({'in': text, 'out': clean_tag(text)})
    for n in (1023, 1024, 1025, 1100):
        for filler in ('x', '\U0001f600', '\u0130', ' ', 'a:', '\u00df'):
            text = (filler * n)[:n] + 'END'
            cases.append({'in': text, 'out': clean_tag(text)})
    return cases


SORT_ALPHABET = (list('aAbB0123456789 :-._') + ['00', '007', '10', '99', '\u0663', '\u0660\u0661', '\uff13',
                 '\u00df', 'ss', 'SS', '\u1e9e', '\u01c5', '\u01c6', '\u0130', 'i\u0307', '\u03a3', '\u03c2',
                 '\u03c3', '\ufb00', 'ff', '\ue000', '\uffff', '\U00010400', '\U0001f600', '\u00b2', '\u216b',
                 '\u13a0', '\uab70', '1' * 40, '0' * 20 + '5', '\U0001d7ce'])


def sort_cases(rng):
    cases = []
    for _ in range(4000):
        a = ''.join(rng.choice(SORT_ALPHABET) for _ in range(rng.randint(0, 6)))
        if rng.random() < 0.5:
            b = a[:rng.randint(0, len(a))] + ''.join(rng.choice(SORT_ALPHABET) for _ in range(rng.randint(0, 3)))
        else:
            b = ''.join(rng.choice(SORT_ALPHABET) for _ in range(rng.randint(0, 6)))
        ka, kb = human_key(a), human_key(b)
        cases.append({'a': a, 'b': b, 'cmp': (ka > kb) - (ka < kb)})
    return cases


def write_jsonl(name, rows):
    with open(OUT + name, 'w', encoding='ascii') as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=True) + '\n')


def main():
    rng = random.Random(682)
    with open(OUT + 'python-unicode.json', 'w', encoding='ascii') as f:
        json.dump(unicode_tables(), f, ensure_ascii=True, separators=(',', ':'))
        f.write('\n')
    write_jsonl('python-clean-tag-cases.jsonl', clean_cases(rng))
    write_jsonl('python-human-order-cases.jsonl', sort_cases(rng))


if __name__ == '__main__':
    main()
