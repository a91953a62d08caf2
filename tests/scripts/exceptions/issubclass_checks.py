pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError), (TimeoutError, OSError),
         (KeyboardInterrupt, Exception), (SystemExit, Exception), (GeneratorExit, Exception),
         (StopIteration, Exception), (StopAsyncIteration, Exception), (ExceptionGroup, BaseExceptionGroup),
         (ExceptionGroup, Exception), (BaseExceptionGroup, Exception), (KeyError, Exception),
         (Exception, BaseException), (bool, int), (KeyError, (TypeError, LookupError)), (TypeError, ValueError)]
for a, b in pairs:
    print(a.__name__, getattr(b, "__name__", b if not isinstance(b, tuple) else "tuple"), issubclass(a, b))
print(isinstance(KeyError("k"), LookupError), isinstance(ValueError(), (TypeError, ValueError)))
try:
    raise KeyError("x")
except LookupError as e:
    print("caught KeyError via LookupError")
try:
    raise KeyboardInterrupt
except Exception:
    print("not reached")
except BaseException as e:
    print("KeyboardInterrupt is not an Exception:", type(e).__name__)
print(EnvironmentError is OSError, IOError is OSError)
