print("%d %i %s %r %f %.2f %10.3f|%-10s|" % (42, 7, "str", "repr", 3.14159, 2.675, 1.0, "left"))
print("%5s|%-5s|%05d|%+d|% d|%x|%#X|%o|%#o|%e|%g|%G" % ("a", "b", 42, 5, 5, 255, 255, 8, 8, 12345.6789, 0.00001234, 1e20))
print("%c %c %%" % ("x", 65), "%s" % None, "%s %s" % (True, [1, "a"]), "%.1s" % "xyz")
print("%(a)s-%(b)05.1f" % {"a": "A", "b": 2.25}, "%*.*f" % (8, 2, 3.14159))
print("%d" % 3.99, "%s" % 3.0, "%r" % 0.1, "%i" % True)
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"%s %d" % (b"bytes", 5))
