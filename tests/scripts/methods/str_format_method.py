print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name} is {age}".format(name="Al", age=3))
print("{0[0]} {0[1]}".format(["p", "q"]), "{d[key]}".format(d={"key": "v"}), "{.real}".format(5))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:d} {:5d} {:<5d}| {:+d} {: d} {:,d} {:_d}".format(1, 2, 3, 4, 5, 1234567, 1234567))
print("{:.3f} {:10.2f} {:e} {:.2E} {:g} {:g} {:%} {:.1%}".format(3.14159, 2.5, 1234.5, 0.00012, 1e-5, 123456789.0, 0.25, 0.123))
print("{:x} {:X} {:#x} {:o} {:#o} {:b} {:#b} {:08b} {:c}".format(255, 255, 255, 8, 8, 5, 5, 5, 65))
print("{:>{w}.{p}f}|".format(3.14159, w=10, p=2), "{{}} {{{}}}".format("x"))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{0!r:>6}".format("q"))
print("{:,.2f} {:_x} {:=+8d} {:0=8d} {:08.3f}".format(1234567.891, 65535, 42, -42, -3.14159))
print(format(42), format(42, "05"), format("s", "<3") + "|", format(3.0), format(1e20, ",.0f"))
print("{:.0f} {:.0f} {:.0f} {:.1f}".format(0.5, 1.5, 2.5, 0.25))
print("{:n} {:.3} {:.3}".format(1234, 3.14159, "abcdef"), "{:10}|{:10}|".format("s", 5))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{:d}".format("s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
