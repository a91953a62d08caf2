# The SyntaxErrors CPython gives inside dict displays (and a few neighbours), with their
# locations: lineno, offset, end_lineno, end_offset.
cases = [
    # a key without ':' after the first item (invalid_kvpair)
    "x = {1: 2, 3}", "x = {1: 2, 3, 4: 5}", "x = {a: b, c}", "x = {**d, 3}", "x = {1: 2, **d, 3}",
    "{1: 2, 3 4}", "{1: 2, 3 4: 5}", "{1: 2, 3 if x}", "{1: 2, a = 4}", "{1: 2, print 3}",
    "{1: 2, 3 + }", "{1: 2, f(x y)}", "{1: 2, a + (b c)}", "{1: 2, a[1 2]}", "{1: 2, 3 for x in y}",
    "{1: 2, lambda x: y z}", "{1: 2, a if b else}", "{1: 2, x := 3}", "{1: 2, 'a' 'b' c}",
    "{1: 2, (3)}", "{1: 2, ((3))}", "{1: 2, (3) + 1}", "{1: 2, (3, 4)}", "{1: 2, (x for x in y)}",
    "{1: 2, (x := 1)}", "{1: 2, [x for x in y]}", "{1: 2, {x: y for x in z}}", "{1: 2, a.b[c].d}",
    "{1: 2, f(*a, **b, c=d)}", "{1: 2, a[1:2, ::3]}", "{1: 2, not a in b}", "{1: 2, -a ** -b}",
    "{1: 2, lambda *a, b=1, **c: 0}", "{1: 2, x if y else z if w else v}", "{1: 2, ...}",
    "{1: 2, {3: 4, 5}: 6}", "{1: 2, 3: {4: 5, 6 7}}", "{1: 2, f({3 4})}", "f({1: 2, 3})",
    "x = {1: 2,\n 3}", "{\n1: 2,\n3\n}", "{1: 2, (3\n)}", "x = {1: 2, 3 4\ny = 1\n",
    "f'{ {1: 2, 3} }'", "f'{x}' + {1: 2, 3}",
    # ':' with no value (invalid_double_starred_kvpairs / invalid_kvpair)
    "x = {1: }", "x = {1: 2, 3: }", "{1:,}", "{1: 2, 3: , 4: 5}", "{**a, 1:}", "{1: 2, 3:\n}",
    "f'{ {1: } }'",
    # what stays as before
    "x = {1:2, **}", "{**}", "{1: 2, **a, **}", "{1: 2 3}", "{1 2: 3}", "{1: 2, 3: 4 5}",
    "{1: 2, [1 2]}", "{1: 2, (a b)}", "{1: 2, [3, {4 5}]}", "{1: 2, 3: f(x y)}", "{1, 2: 3}",
    "{1: 2, *a}", "{1: 2, *a: 3}", "{1: *a}", "{1: 2, if}", "{1: 2, await}", "{1: 2, not}",
    "{1:2, 3: 4:}", "{1: 2, ,}", "{1: 2, :}", "{1: 2, 3: 4 if x}", "{1: 2, lambda (x): 1}",
    "x = {1: 2, 3", "x = {1: 2, 3:", "{1: 2, 3 )",
    # '**' takes a bitwise_or: no comma hint; a starred item's hint starts after the star
    "{**a b}", "{1: 2, **a b}", "{**a b: c}", "f(**a b)", "[*a b]", "{*a b}", "f(*a b)",
    "(*a b)", "[*a + b c]", "f'{ {**a b} }'",
    # '=' in a dict value, a '**' operand or a slice bound is not a named expression
    "{1: a = 4}", "{1: 2, 3: a = 4}", "{1: a.b = 4}", "{1: a + b = 4}", "{**a = 1}",
    "{1: 2, **a = 1}", "f(**a = 1)", "x[1:a=2]", "if x[1: a = 2]: pass", "{a = 4}",
    "[a, b = 1]", "{a, b = 1}", "f(a, b.c = 1)",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
