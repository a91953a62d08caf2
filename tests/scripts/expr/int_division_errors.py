cases = [
    ("1 / 0", lambda: 1 / 0), ("1 // 0", lambda: 1 // 0), ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0), ("1 / 0.0", lambda: 1 / 0.0), ("1.5 // 0", lambda: 1.5 // 0),
    ("2.0 % 0.0", lambda: 2.0 % 0.0), ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)), ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1), ("pow(2, 3, 0)", lambda: pow(2, 3, 0)),
    ("2 ** 100 // 0", lambda: 2 ** 100 // 0), ("pow(2, -1, 4)", lambda: pow(2, -1, 4)),
]
for text, fn in cases:
    try:
        fn()
    except (ZeroDivisionError, ValueError) as e:
        print(text, "->", type(e).__name__, e)
