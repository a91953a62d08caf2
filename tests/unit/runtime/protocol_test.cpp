// The abstract object protocol: error messages of operators, items, iteration and
// isinstance; reflection order of comparisons; truth and hashing.
#include "tests/unit/runtime/type_test_util.h"

#include "runtime/list.h"

namespace coil {
namespace {

using namespace coil::testing;

TEST(Protocol, OperatorErrors) {
  Interpreter in;
  Value one = Value::small_int(1);
  Value s = S(in, "a");
  EXPECT_TRUE(binary_op(in, BinOp::Add, one, s).is_null());
  EXPECT_EQ(error_text(in), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  EXPECT_TRUE(inplace_op(in, BinOp::Add, one, s).is_null());
  EXPECT_EQ(error_text(in), "TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
  EXPECT_TRUE(binary_op(in, BinOp::Pow, one, s).is_null());
  EXPECT_EQ(error_text(in), "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
  EXPECT_TRUE(unary_op(in, UnaryOp::Neg, s).is_null());
  EXPECT_EQ(error_text(in), "TypeError: bad operand type for unary -: 'str'");
  EXPECT_TRUE(unary_op(in, UnaryOp::Abs, s).is_null());
  EXPECT_EQ(error_text(in), "TypeError: bad operand type for abs(): 'str'");
  EXPECT_TRUE(compare(in, one, s, CmpOp::Lt).is_null());
  EXPECT_EQ(error_text(in), "TypeError: '<' not supported between instances of 'int' and 'str'");
  EXPECT_EQ(compare(in, one, s, CmpOp::Eq), Value::false_());
  EXPECT_EQ(compare(in, one, s, CmpOp::Ne), Value::true_());
  EXPECT_EQ(compare(in, Value::none(), Value::none(), CmpOp::Eq), Value::true_());
  EXPECT_TRUE(compare(in, Value::small_int(5), Value::none(), CmpOp::Lt).is_null());
  EXPECT_EQ(error_text(in), "TypeError: '<' not supported between instances of 'int' and 'NoneType'");
  EXPECT_EQ(binary_op(in, BinOp::Add, one, one), Value::small_int(2));
}

TEST(Protocol, ItemsAndIteration) {
  Interpreter in;
  Value one = Value::small_int(1);
  EXPECT_TRUE(getitem(in, one, one).is_null());
  EXPECT_EQ(error_text(in), "TypeError: 'int' object is not subscriptable");
  Value t = Value::object(tuple_pack(in, {one}));
  EXPECT_EQ(setitem(in, t, Value::small_int(0), one), -1);
  EXPECT_EQ(error_text(in), "TypeError: 'tuple' object does not support item assignment");
  EXPECT_EQ(delitem(in, t, Value::small_int(0)), -1);
  EXPECT_EQ(error_text(in), "TypeError: 'tuple' object doesn't support item deletion");
  EXPECT_EQ(contains(in, one, one), -1);
  EXPECT_EQ(error_text(in), "TypeError: argument of type 'int' is not iterable");
  EXPECT_EQ(length(in, one), -1);
  EXPECT_EQ(error_text(in), "TypeError: object of type 'int' has no len()");
  EXPECT_TRUE(get_iter(in, one).is_null());
  EXPECT_EQ(error_text(in), "TypeError: 'int' object is not iterable");
  EXPECT_TRUE(iter_next(in, one).is_null());
  EXPECT_EQ(error_text(in), "TypeError: 'int' object is not an iterator");
  EXPECT_EQ(contains(in, t, one), 1);
  Value it = get_iter(in, t);
  EXPECT_EQ(iter_next(in, it), one);
  EXPECT_TRUE(iter_next(in, it).is_null());
  EXPECT_FALSE(in.has_error());
  // list[int] goes through list.__class_getitem__.
  EXPECT_EQ(repr_text(in, getitem(in, Value::object(in.types.list), Value::object(in.types.int_))), "list[int]");
  EXPECT_TRUE(getitem(in, Value::object(in.types.int_), one).is_null());
  EXPECT_EQ(error_text(in), "TypeError: type 'int' is not subscriptable");
}

TEST(Protocol, HashTruthIsinstance) {
  Interpreter in;
  Value l = Value::object(list_new(in));
  EXPECT_EQ(hash(in, l), -1);
  EXPECT_EQ(error_text(in), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(hash(in, Value::none()), hash(in, Value::none()));
  EXPECT_EQ(truthy(in, l), 0);
  EXPECT_EQ(truthy(in, Value::none()), 0);
  EXPECT_EQ(truthy(in, in.not_implemented), 1);
  EXPECT_EQ(truthy(in, Value::small_int(0)), 0);
  EXPECT_EQ(truthy(in, Value::object(in.types.int_)), 1);
  EXPECT_TRUE(isinstance(in, Value::true_(), in.types.int_));
  EXPECT_TRUE(isinstance(in, Value::small_int(3), in.types.object));
  Value tup = Value::object(tuple_pack(in, {Value::object(in.types.str), Value::object(in.types.int_)}));
  EXPECT_EQ(isinstance_check(in, Value::small_int(3), tup), 1);
  EXPECT_EQ(isinstance_check(in, Value::none(), tup), 0);
  EXPECT_EQ(isinstance_check(in, Value::none(), Value::small_int(1)), -1);
  EXPECT_EQ(error_text(in), "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
  EXPECT_TRUE(is_callable(in, Value::object(in.types.int_)));
  EXPECT_FALSE(is_callable(in, Value::small_int(1)));
  EXPECT_TRUE(is_subtype(in.exc_types.ExceptionGroup, in.exc_types.Exception));
  EXPECT_EQ(repr_text(in, Value::none()), "None");
  EXPECT_EQ(repr_text(in, in.not_implemented), "NotImplemented");
  EXPECT_EQ(repr_text(in, in.ellipsis), "Ellipsis");
  EXPECT_EQ(call(in, Value::object(in.types.none), {}), Value::none());
  EXPECT_TRUE(call(in, Value::object(in.types.none), {Value::small_int(1)}).is_null());
  EXPECT_EQ(error_text(in), "TypeError: NoneType takes no arguments");
}

Value lt_left(Interp& in, const Value*, size_t, Tuple*) { return S(in, "base.lt"); }
Value gt_sub(Interp& in, const Value*, size_t, Tuple*) { return S(in, "sub.gt"); }

TEST(Protocol, ReflectedComparisonPrefersSubclass) {
  Interpreter in;
  Value Base = make_class(in, "Base", {}, {{"__lt__", method(in, "__lt__", lt_left)}});
  Value Sub = make_class(in, "Sub", {Base.as<Type>()}, {{"__gt__", method(in, "__gt__", gt_sub)}});
  Value b = new_instance(in, Base);
  Value s = new_instance(in, Sub);
  EXPECT_EQ(text(in, compare(in, b, s, CmpOp::Lt)), "sub.gt");
  EXPECT_EQ(text(in, compare(in, b, b, CmpOp::Lt)), "base.lt");
  EXPECT_TRUE(compare(in, b, b, CmpOp::Ge).is_null());
  EXPECT_EQ(error_text(in), "TypeError: '>=' not supported between instances of 'Base' and 'Base'");
}

}  // namespace
}  // namespace coil
