names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError",
         "LookupError", "KeyError", "IndexError", "TypeError", "ValueError", "AttributeError",
         "NameError", "UnboundLocalError", "RuntimeError", "RecursionError", "NotImplementedError",
         "StopIteration", "StopAsyncIteration", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
         "AssertionError", "ImportError", "ModuleNotFoundError", "OSError", "TimeoutError",
         "MemoryError", "BaseExceptionGroup", "ExceptionGroup", "UnicodeError", "UnicodeDecodeError"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, [c.__name__ for c in cls.__mro__])
