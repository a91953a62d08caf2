# ExitStack: a variable number of context managers and callbacks, unwound in LIFO order.
from contextlib import ExitStack, contextmanager


@contextmanager
def resource(name, fail=False):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)


with ExitStack() as stack:
    names = [stack.enter_context(resource(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback with", "args")
    print("using", names)

with ExitStack() as stack:
    stack.enter_context(resource("kept"))
    moved = stack.pop_all()
print("after first with")
moved.close()


def suppressing_exit(exc_type, exc, tb):
    print("exit saw", exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    stack.push(suppressing_exit)
    raise ValueError("swallowed")
print("suppressed by pushed exit")

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        stack.enter_context(resource("inner"))
        raise KeyError("original")
except ZeroDivisionError as e:
    print("ZeroDivisionError, context:", repr(e.__context__))

try:
    ExitStack().enter_context(42)
except TypeError as e:
    print("TypeError:", e)

with ExitStack() as stack:
    files = []
    for name in ["a", "b"]:
        files.append(stack.enter_context(resource(name)))
    stack.callback(files.clear)
print(files)
