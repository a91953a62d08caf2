# The exception a generator is handling survives its yields, and the resumer's is restored
# around each resume (sys.exc_info, bare raise, implicit __context__).
import sys

def gen():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
        try:
            raise ValueError("chained")
        except ValueError as e:
            yield repr(e.__context__)
    yield sys.exc_info()[1]

g = gen()
print("first:", repr(next(g)))
try:
    raise TypeError("outer")
except TypeError:
    print("second:", repr(next(g)))
    print("resumer still handles:", repr(sys.exc_info()[1]))
    print("third:", next(g))
print("outside:", sys.exc_info())
print("fourth:", next(g))

def reraiser():
    try:
        raise IndexError("kept")
    except IndexError:
        yield 1
        raise

r = reraiser()
next(r)
try:
    raise RuntimeError("other")
except RuntimeError:
    try:
        next(r)
    except IndexError as e:
        print("bare raise after resume:", repr(e), "context:", repr(e.__context__))
