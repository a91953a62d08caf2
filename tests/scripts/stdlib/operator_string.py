# operator's function forms and getters, and the string module's constants.
import operator
import string

print(operator.add(2, 3), operator.sub(5, 2), operator.mul("ab", 2), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.inv(0))
print(operator.lshift(1, 4), operator.rshift(64, 2), operator.abs(-3), operator.index(7), operator.concat([1], [2]))
print(operator.getitem([10, 20, 30], 1), operator.getitem("hello", slice(1, 3)), operator.contains([1, 2], 2))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"), operator.length_hint([1, 2]), operator.length_hint(iter([]), 5))
data = {"a": 1}
operator.setitem(data, "b", 2)
operator.delitem(data, "a")
print(data, operator.iadd([1], [2]), operator.imul(3, 4))
try:
    operator.index(1.5)
except TypeError as e:
    print("TypeError:", e)

people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cid", 31, "la")]
print(sorted(people, key=operator.itemgetter(1)))
print(sorted(people, key=operator.itemgetter(1, 0)))
print(list(map(operator.itemgetter(0), people)), operator.itemgetter(slice(1, None))([1, 2, 3]))


class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.me = self

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"


ps = [P("zed", 40), P("amy", 22)]
print([p.name for p in sorted(ps, key=operator.attrgetter("age"))])
print(operator.attrgetter("name", "age")(ps[0]), operator.attrgetter("me.me.name")(ps[1]))
print(operator.methodcaller("greet", "hello")(ps[0]), operator.methodcaller("greet", "hey", punct="?")(ps[1]))
print(list(map(operator.methodcaller("upper"), ["a", "b"])))
print(operator.itemgetter(1), operator.itemgetter(1, "k"), operator.attrgetter("a.b"))
print(operator.methodcaller("split", ",", maxsplit=1))
for bad in (lambda: operator.itemgetter(), lambda: operator.attrgetter(1),
            lambda: operator.methodcaller(), lambda: operator.methodcaller(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide  world"), string.capwords("a-b-c", "-"))
print([c for c in "Hello, World 42!" if c in string.ascii_letters + string.digits])
t = string.Template("$name owes $$${amount}")
print(t.substitute(name="Tim", amount=10), t.safe_substitute(name="Ann"))
print(t.substitute({"name": "Bo", "amount": 1}, amount=2))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
