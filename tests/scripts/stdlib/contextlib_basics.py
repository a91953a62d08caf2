# contextmanager, suppress, closing, nullcontext and redirect_stdout in everyday code.
import sys
from contextlib import closing, contextmanager, nullcontext, redirect_stdout, suppress


@contextmanager
def section(title):
    print(f"== {title} ==")
    try:
        yield title.upper()
    finally:
        print(f"== end {title} ==")


with section("intro") as t:
    print("inside", t)
try:
    with section("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def handled():
    try:
        yield
    except KeyError as e:
        print("handled", repr(e))


with handled():
    raise KeyError("k")
print("continued")


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception:
        log.append("rollback")
        raise
    else:
        log.append("commit")


log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        raise RuntimeError("bad")
except RuntimeError:
    pass
print(log)


@section("decorated")
def job(n):
    print("job", n)
    return n * 2


print(job(1), job(2))


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("db")) as r:
    print("using", r.name)
with nullcontext("value") as v:
    print(v)
with nullcontext() as v:
    print(v)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


cap = Capture()
with redirect_stdout(cap):
    print("captured line")
print(cap.parts, sys.stdout is not cap)
