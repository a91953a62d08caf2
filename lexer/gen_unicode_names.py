#!/usr/bin/env python3
"""Regenerates lexer/unicode_names_table.inc: the \\N{...} names coil knows, from CPython's
unicodedata (run with python3.11 so names match CPython 3.11). Usage: lexer/gen_unicode_names.py"""
import os
import unicodedata

RANGES = [(0x20, 0x7E), (0xA0, 0x17F), (0x391, 0x3C9), (0x410, 0x44F), (0x2010, 0x2027),
          (0x2030, 0x203A), (0x20A0, 0x20BF), (0x2122, 0x2122), (0x2190, 0x2199),
          (0x21D0, 0x21D4), (0x2200, 0x22FF), (0x25A0, 0x25CF), (0x2600, 0x2672),
          (0x2700, 0x2718), (0x2764, 0x2764), (0x1F600, 0x1F64F)]
ALIASES = {"NULL": 0, "NUL": 0, "LINE FEED": 10, "LF": 10, "NEW LINE": 10, "CARRIAGE RETURN": 13,
           "CR": 13, "CHARACTER TABULATION": 9, "TAB": 9, "HORIZONTAL TABULATION": 9,
           "ESCAPE": 27, "ESC": 27, "DELETE": 127, "DEL": 127, "BACKSPACE": 8, "BEL": 7,
           "ALERT": 7, "FORM FEED": 12, "FF": 12, "LINE TABULATION": 11, "VT": 11,
           "NBSP": 0xA0, "ZERO WIDTH SPACE": 0x200B, "ZWSP": 0x200B, "ZERO WIDTH JOINER": 0x200D,
           "ZWJ": 0x200D, "ZERO WIDTH NON-JOINER": 0x200C, "ZWNJ": 0x200C,
           "BYTE ORDER MARK": 0xFEFF, "BOM": 0xFEFF, "ZERO WIDTH NO-BREAK SPACE": 0xFEFF,
           "REPLACEMENT CHARACTER": 0xFFFD, "VARIATION SELECTOR-16": 0xFE0F,
           "COMBINING ACUTE ACCENT": 0x301, "COMBINING GRAVE ACCENT": 0x300,
           "COMBINING DIAERESIS": 0x308}

entries = {}
for lo, hi in RANGES:
    for cp in range(lo, hi + 1):
        name = unicodedata.name(chr(cp), None)
        if name:
            entries[name] = cp
for name, cp in ALIASES.items():
    assert ("\\N{%s}" % name).encode().decode("unicode_escape") == chr(cp), name
    entries[name] = cp

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "unicode_names_table.inc")
with open(out, "w") as f:
    f.write("// Generated from CPython 3.11's unicodedata: the character names coil knows for \\N{...}.\n")
    f.write("// Sorted by name (upper case). Regenerate with lexer/gen_unicode_names.py.\n")
    for name, cp in sorted(entries.items()):
        f.write('{"%s", 0x%X},\n' % (name, cp))
