# warnings: warn's CPython format, categories, filters, catch_warnings(record=True).
import sys
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    name = filename.rsplit("/", 1)[-1]
    print(f"[{name}:{lineno}] {category.__name__}: {message}")


def f():
    warnings.warn("deprecated thing", DeprecationWarning, stacklevel=2)


original = warnings.showwarning
warnings.showwarning = show
f()
warnings.warn("hello")
warnings.warn("hello")              # another line: shown again
for i in range(3):
    warnings.warn("loop")           # "default": once per location
warnings.warn(UserWarning("instance"))
warnings.warn("runtime", RuntimeWarning)
try:
    warnings.warn("x", "notcls")
except TypeError as e:
    print(e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  src line  "), end="")
print(repr(warnings.formatwarning("msg", UserWarning, "<string>", 3)))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("a")
    warnings.warn("b", RuntimeWarning)
    warnings.warn("a")
print([(str(w.message), w.category.__name__) for w in log], log[0].lineno > 0)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", repr(e))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silent")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.warn("skip me")
    warnings.warn("Skip me too")
    warnings.warn("keep me")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
print([str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.warn("once only")
print(len(log))
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)
warnings.showwarning = original
print(warnings.filters[0][0], warnings.filters[0][2].__name__)
sys.stdout.flush()
warnings.warn("to stderr")
