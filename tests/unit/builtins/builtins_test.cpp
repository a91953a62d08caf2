// Builtin functions: results and CPython 3.11's error messages. Every expected text was
// obtained by evaluating the same expression under python3.
#include <gtest/gtest.h>
#include <string>

#include "coil/coil.h"

namespace coil {
namespace {

std::string eval_repr(Vm& vm, const std::string& expr) {
  Result r = vm.eval(expr);
  if (!r.ok()) return "<" + r.error().type + ": " + r.error().message + ">";
  return r.value().repr();
}

TEST(Builtins, Results) {
  Vm vm;
  const std::pair<const char*, const char*> cases[] = {
      {"len([1, 2, 3])", "3"},
      {"sorted([3, 1, 2], reverse=True)", "[3, 2, 1]"},
      {"sorted(['b', 'A', 'c'], key=str.lower)", "['A', 'b', 'c']"},
      {"max([1, 5, 3]), min(4, 2, 8), max([], default=7), max(['aa', 'b'], key=len)", "(5, 2, 7, 'aa')"},
      {"sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), sum([1, 2.5], 10)", "(6, 0.75, [1, 2], 13.5)"},
      {"sum([2**62, 2**62])", "9223372036854775808"},
      {"any([0, '', 3]), all([1, []]), any([]), all([])", "(True, False, False, True)"},
      {"abs(-5), abs(-2.5), divmod(7, -2), pow(2, 10), pow(3, 4, 5), pow(2, -1, 5)", "(5, 2.5, (-4, -1), 1024, 1, 3)"},
      {"round(2.5), round(3.5), round(2.675, 2), round(15, -1), round(25, -1)", "(2, 4, 2.67, 20, 20)"},
      {"hex(255), oct(-8), bin(5), hex(2**70)", "('0xff', '-0o10', '0b101', '0x400000000000000000')"},
      {"chr(233), ord('\\u00e9'), ord(b'a')", "('\xC3\xA9', 233, 97)"},
      {"isinstance(True, int), issubclass(bool, (str, int)), callable(len), callable(1)", "(True, True, True, False)"},
      {"getattr(1, 'real'), getattr(1, 'nope', 'd'), hasattr([], 'append')", "(1, 'd', True)"},
      {"list(zip('ab', [1, 2])), list(enumerate('xy', 1)), list(map(abs, [-1])), list(filter(None, [0, 1]))",
       "([('a', 1), ('b', 2)], [(1, 'x'), (2, 'y')], [1], [1])"},
      {"next(iter([]), 'end'), list(iter([1, 2, 3].pop, 1))", "('end', [3, 2])"},
      {"format(3.14159, '.2f'), format(42, '>5'), repr('a'), ascii('\\u00e9')", "('3.14', '   42', \"'a'\", \"'\\\\xe9'\")"},
      {"eval('1 + 2'), type(type), type(None).__name__", "(3, <class 'type'>, 'NoneType')"},
  };
  for (const auto& [expr, expected] : cases) EXPECT_EQ(eval_repr(vm, expr), expected) << expr;
}

TEST(Builtins, ErrorMessages) {
  Vm vm;
  const std::pair<const char*, const char*> cases[] = {
      {"len()", "<TypeError: len() takes exactly one argument (0 given)>"},
      {"len(1, 2)", "<TypeError: len() takes exactly one argument (2 given)>"},
      {"len(1)", "<TypeError: object of type 'int' has no len()>"},
      {"print(x=1)", "<TypeError: 'x' is an invalid keyword argument for print()>"},
      {"print(sep=1)", "<TypeError: sep must be None or a string, not int>"},
      {"getattr(1)", "<TypeError: getattr expected at least 2 arguments, got 1>"},
      {"getattr(1, 2)", "<TypeError: attribute name must be string, not 'int'>"},
      {"sorted()", "<TypeError: sorted expected 1 argument, got 0>"},
      {"sorted([], foo=1)", "<TypeError: 'foo' is an invalid keyword argument for sort()>"},
      {"max()", "<TypeError: max expected at least 1 argument, got 0>"},
      {"max([])", "<ValueError: max() arg is an empty sequence>"},
      {"max(1, 2, default=3)", "<TypeError: Cannot specify a default for max() with multiple positional arguments>"},
      {"sum()", "<TypeError: sum() takes at least 1 positional argument (0 given)>"},
      {"sum(['a'], '')", "<TypeError: sum() can't sum strings [use ''.join(seq) instead]>"},
      {"round('x')", "<TypeError: type str doesn't define __round__ method>"},
      {"round()", "<TypeError: round() missing required argument 'number' (pos 1)>"},
      {"divmod(1)", "<TypeError: divmod expected 2 arguments, got 1>"},
      {"pow(2, 3, 0)", "<ValueError: pow() 3rd argument cannot be 0>"},
      {"chr(-1)", "<ValueError: chr() arg not in range(0x110000)>"},
      {"ord('ab')", "<TypeError: ord() expected a character, but string of length 2 found>"},
      {"ord(1)", "<TypeError: ord() expected string of length 1, but int found>"},
      {"hex(1.0)", "<TypeError: 'float' object cannot be interpreted as an integer>"},
      {"iter(1)", "<TypeError: 'int' object is not iterable>"},
      {"iter(1, 2)", "<TypeError: iter(v, w): v must be callable>"},
      {"next(1)", "<TypeError: 'int' object is not an iterator>"},
      {"vars(1)", "<TypeError: vars() argument must have __dict__ attribute>"},
      {"issubclass(1, int)", "<TypeError: issubclass() arg 1 must be a class>"},
      {"isinstance(1, 2)", "<TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union>"},
      {"format(1, 2)", "<TypeError: format() argument 2 must be str, not int>"},
      {"globals(1)", "<TypeError: globals() takes no arguments (1 given)>"},
      {"eval(1)", "<TypeError: eval() arg 1 must be a string, bytes or code object>"},
      {"__import__('nonexistent')", "<ModuleNotFoundError: No module named 'nonexistent'>"},
      {"open('/nonexistent/x')", "<FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/x'>"},
  };
  for (const auto& [expr, expected] : cases) EXPECT_EQ(eval_repr(vm, expr), expected) << expr;
}

}  // namespace
}  // namespace coil
