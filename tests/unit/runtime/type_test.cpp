// Types and classes: C3 MRO, layout conflicts, slot wiring from dunders, class attribute
// updates, descriptors (property, classmethod, staticmethod) and super.
#include "tests/unit/runtime/type_test_util.h"

#include "runtime/descriptors.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/list.h"

namespace coil {
namespace {

using namespace coil::testing;

std::string mro_names(Interp& in, Value cls) {
  std::string s;
  Tuple* m = cls.as<Type>()->mro;
  for (size_t i = 0; i < m->size; i++) {
    if (i) s += " ";
    s += m->items[i].as<Type>()->name->view();
  }
  return s;
}

TEST(TypeMro, Diamond) {
  Interpreter in;
  Value A = make_class(in, "A", {});
  Value B = make_class(in, "B", {A.as<Type>()});
  Value C = make_class(in, "C", {A.as<Type>()});
  Value D = make_class(in, "D", {B.as<Type>(), C.as<Type>()});
  ASSERT_FALSE(D.is_null()) << error_text(in);
  EXPECT_EQ(mro_names(in, D), "D B C A object");
  EXPECT_EQ(repr_text(in, D), "<class '__main__.D'>");
  EXPECT_EQ(D.as<Type>()->base, B.as<Type>());
}

TEST(TypeMro, InconsistentOrder) {
  Interpreter in;
  Value A = make_class(in, "A", {});
  Value B = make_class(in, "B", {});
  Value C = make_class(in, "C", {A.as<Type>(), B.as<Type>()});
  Value D = make_class(in, "D", {B.as<Type>(), A.as<Type>()});
  Value E = make_class(in, "E", {C.as<Type>(), D.as<Type>()});
  EXPECT_TRUE(E.is_null());
  EXPECT_EQ(error_text(in),
            "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B");
}

TEST(TypeMro, BuiltinHierarchies) {
  Interpreter in;
  EXPECT_EQ(mro_names(in, Value::object(in.types.bool_)), "bool int object");
  EXPECT_EQ(mro_names(in, Value::object(in.exc_types.ExceptionGroup)),
            "ExceptionGroup BaseExceptionGroup Exception BaseException object");
  EXPECT_EQ(mro_names(in, Value::object(in.exc_types.FileNotFoundError)),
            "FileNotFoundError OSError Exception BaseException object");
}

TEST(TypeLayout, Conflicts) {
  Interpreter in;
  EXPECT_TRUE(make_class(in, "E", {in.types.list, in.types.dict}).is_null());
  EXPECT_EQ(error_text(in), "TypeError: multiple bases have instance lay-out conflict");
  EXPECT_TRUE(make_class(in, "E", {in.types.bool_}).is_null());
  EXPECT_EQ(error_text(in), "TypeError: type 'bool' is not an acceptable base type");
  EXPECT_TRUE(make_class(in, "E", {in.types.object, in.types.object}).is_null());
  EXPECT_EQ(error_text(in), "TypeError: duplicate base class object");
  // A plain mixin with a builtin base is fine; the builtin is the layout base.
  Value M = make_class(in, "M", {});
  Value L = make_class(in, "L", {M.as<Type>(), in.types.list});
  ASSERT_FALSE(L.is_null()) << error_text(in);
  EXPECT_EQ(L.as<Type>()->base, in.types.list);
}

TEST(TypeObject, InstancesAndArgumentChecks) {
  Interpreter in;
  Value A = make_class(in, "A", {});
  Value a = new_instance(in, A);
  ASSERT_FALSE(a.is_null());
  EXPECT_EQ(repr_text(in, a).rfind("<__main__.A object at 0x", 0), 0u);
  EXPECT_TRUE(new_instance(in, A, {Value::small_int(1)}).is_null());
  EXPECT_EQ(error_text(in), "TypeError: A() takes no arguments");
  EXPECT_TRUE(call(in, Value::object(in.types.object), {Value::small_int(1)}).is_null());
  EXPECT_EQ(error_text(in), "TypeError: object() takes no arguments");
  // Attributes live in the instance dict.
  Str* x = intern(in, "x");
  EXPECT_EQ(setattr(in, a, x, Value::small_int(5)), 0);
  EXPECT_EQ(getattr(in, a, x), Value::small_int(5));
  EXPECT_TRUE(getattr(in, a, intern(in, "y")).is_null());
  EXPECT_EQ(error_text(in), "AttributeError: 'A' object has no attribute 'y'");
  EXPECT_TRUE(getattr(in, A, intern(in, "y")).is_null());
  EXPECT_EQ(error_text(in), "AttributeError: type object 'A' has no attribute 'y'");
  EXPECT_TRUE(getattr_opt(in, a, intern(in, "y")).is_null());
  EXPECT_FALSE(in.has_error());
  EXPECT_EQ(setattr(in, Value::small_int(1), x, Value::small_int(2)), -1);
  EXPECT_EQ(error_text(in), "AttributeError: 'int' object has no attribute 'x'");
  EXPECT_EQ(setattr(in, Value::object(in.types.int_), x, Value::small_int(2)), -1);
  EXPECT_EQ(error_text(in), "TypeError: cannot set 'x' attribute of immutable type 'int'");
  // type(x) and __class__.
  EXPECT_EQ(call(in, Value::object(in.types.type), {a}), A);
  EXPECT_EQ(getattr(in, a, in.names.__class__), A);
  EXPECT_EQ(text(in, getattr(in, A, in.names.__name__)), "A");
  EXPECT_EQ(text(in, getattr(in, A, in.names.__module__)), "__main__");
}

Value len_three(Interp& in, const Value* args, size_t nargs, Tuple*) { return Value::small_int(3); }
Value always_true(Interp& in, const Value* args, size_t nargs, Tuple*) { return Value::true_(); }
Value add_tag(Interp& in, const Value* args, size_t nargs, Tuple*) { return S(in, "add"); }
Value radd_tag(Interp& in, const Value* args, size_t nargs, Tuple*) { return S(in, "radd"); }
Value repr_tag(Interp& in, const Value* args, size_t nargs, Tuple*) { return S(in, "<A!>"); }
Value len_seven(Interp& in, const Value* args, size_t nargs, Tuple*) { return Value::small_int(7); }
Value getattr_name(Interp& in, const Value* args, size_t nargs, Tuple*) { return args[1]; }

TEST(TypeSlots, DunderWiring) {
  Interpreter in;
  Value A = make_class(in, "A", {},
                       {{"__len__", method(in, "__len__", len_three)},
                        {"__eq__", method(in, "__eq__", always_true)},
                        {"__add__", method(in, "__add__", add_tag)},
                        {"__radd__", method(in, "__radd__", radd_tag)},
                        {"__repr__", method(in, "__repr__", repr_tag)},
                        {"__getattr__", method(in, "__getattr__", getattr_name)}});
  ASSERT_FALSE(A.is_null()) << error_text(in);
  Value a = new_instance(in, A);
  EXPECT_EQ(length(in, a), 3);
  EXPECT_EQ(truthy(in, a), 1);
  EXPECT_EQ(equal(in, a, Value::small_int(9)), 1);
  EXPECT_EQ(text(in, binary_op(in, BinOp::Add, a, Value::small_int(1))), "add");
  EXPECT_EQ(text(in, binary_op(in, BinOp::Add, Value::small_int(1), a)), "radd");
  EXPECT_EQ(text(in, inplace_op(in, BinOp::Add, a, a)), "add");
  EXPECT_EQ(repr_text(in, a), "<A!>");
  EXPECT_EQ(text(in, a), "<A!>");   // object.__str__ calls repr
  EXPECT_EQ(text(in, getattr(in, a, intern(in, "anything"))), "anything");
  // __eq__ without __hash__: unhashable.
  EXPECT_EQ(hash(in, a), -1);
  EXPECT_EQ(error_text(in), "TypeError: unhashable type: 'A'");
  EXPECT_TRUE(binary_op(in, BinOp::Sub, a, a).is_null());
  EXPECT_EQ(error_text(in), "TypeError: unsupported operand type(s) for -: 'A' and 'A'");
  // Re-wiring after class attribute assignment reaches subclasses too.
  Value B = make_class(in, "B", {A.as<Type>()});
  Value b = new_instance(in, B);
  EXPECT_EQ(length(in, b), 3);
  ASSERT_EQ(setattr(in, A, in.names.__len__, method(in, "__len__", len_seven)), 0);
  EXPECT_EQ(length(in, a), 7);
  EXPECT_EQ(length(in, b), 7);
  ASSERT_EQ(delattr(in, A, in.names.__len__), 0);
  EXPECT_EQ(length(in, b), -1);
  EXPECT_EQ(error_text(in), "TypeError: object of type 'B' has no len()");
}

TEST(TypeSlots, BuiltinSubclass) {
  Interpreter in;
  Value L = make_class(in, "L", {in.types.list});
  ASSERT_FALSE(L.is_null()) << error_text(in);
  Value l = new_instance(in, L);
  ASSERT_FALSE(l.is_null()) << error_text(in);
  EXPECT_EQ(l.as_object()->kind, Kind::List);
  EXPECT_TRUE(list_append(in, l.as<List>(), Value::small_int(1)));
  EXPECT_EQ(length(in, l), 1);
  EXPECT_EQ(setattr(in, l, intern(in, "tag"), Value::small_int(4)), 0);
  EXPECT_EQ(getattr(in, l, intern(in, "tag")), Value::small_int(4));
  EXPECT_EQ(repr_text(in, l), "[1]");
  EXPECT_EQ(hash(in, l), -1);
  EXPECT_EQ(error_text(in), "TypeError: unhashable type: 'L'");
  // Explicit dunder calls reach the builtin slot through its wrapper.
  Value len_fn = getattr(in, Value::object(in.types.list), in.names.__len__);
  EXPECT_EQ(call(in, len_fn, {l}), Value::small_int(1));
  EXPECT_TRUE(call(in, len_fn, {Value::small_int(1)}).is_null());
  EXPECT_EQ(error_text(in), "TypeError: descriptor '__len__' requires a 'list' object but received a 'int'");
  // Subclasses of str keep a __dict__ after their text.
  Value S2 = make_class(in, "S", {in.types.str});
  Value s = call(in, S2, {S(in, "hello")});
  ASSERT_FALSE(s.is_null()) << error_text(in);
  EXPECT_EQ(setattr(in, s, intern(in, "n"), Value::small_int(2)), 0);
  EXPECT_EQ(getattr(in, s, intern(in, "n")), Value::small_int(2));
  EXPECT_EQ(text(in, s), "hello");
}

Value get_forty_two(Interp& in, const Value* args, size_t nargs, Tuple*) { return Value::small_int(42); }
Value return_first(Interp& in, const Value* args, size_t nargs, Tuple*) { return args[0]; }

TEST(TypeDescriptors, PropertyClassmethodStaticmethod) {
  Interpreter in;
  Value getter = Value::object(native_function_new(in, "x", get_forty_two));
  Value prop = call(in, Value::object(in.types.property), {getter});
  ASSERT_FALSE(prop.is_null()) << error_text(in);
  Value fn = Value::object(native_function_new(in, "first", return_first));
  Value cm = call(in, Value::object(in.types.classmethod), {fn});
  Value sm = call(in, Value::object(in.types.staticmethod), {fn});
  Value A = make_class(in, "A", {}, {{"x", prop}, {"c", cm}, {"s", sm}});
  ASSERT_FALSE(A.is_null()) << error_text(in);
  Value a = new_instance(in, A);
  EXPECT_EQ(getattr(in, a, intern(in, "x")), Value::small_int(42));
  EXPECT_EQ(setattr(in, a, intern(in, "x"), Value::small_int(1)), -1);
  EXPECT_EQ(error_text(in), "AttributeError: property 'x' of 'A' object has no setter");
  EXPECT_EQ(delattr(in, a, intern(in, "x")), -1);
  EXPECT_EQ(error_text(in), "AttributeError: property 'x' of 'A' object has no deleter");
  Value c = getattr(in, a, intern(in, "c"));
  EXPECT_EQ(call(in, c, {}), A);   // bound to the class
  Value s = getattr(in, A, intern(in, "s"));
  EXPECT_EQ(s, fn);
}

Value who(Interp& in, const Value* args, size_t nargs, Tuple*) { return S(in, "A.who"); }
Value who_b(Interp& in, const Value* args, size_t nargs, Tuple*) { return S(in, "B.who"); }

TEST(TypeSuper, ExplicitArguments) {
  Interpreter in;
  Value A = make_class(in, "A", {}, {{"who", method(in, "who", who)}});
  Value B = make_class(in, "B", {A.as<Type>()}, {{"who", method(in, "who", who_b)}});
  Value b = new_instance(in, B);
  Value sup = call(in, Value::object(in.types.super), {B, b});
  ASSERT_FALSE(sup.is_null()) << error_text(in);
  Value m = getattr(in, sup, intern(in, "who"));
  EXPECT_EQ(text(in, call(in, m, {})), "A.who");
  EXPECT_EQ(repr_text(in, sup), "<super: <class 'B'>, <B object>>");
  // super().__init__() reaches object.__init__ through its slot wrapper.
  Value init = getattr(in, sup, in.names.__init__);
  EXPECT_EQ(call(in, init, {}), Value::none());
  EXPECT_TRUE(call(in, init, {Value::small_int(1)}).is_null());
  // (CPython: with neither __init__ nor __new__ overridden, the message names the class.)
  EXPECT_EQ(error_text(in), "TypeError: B() takes no arguments");
  EXPECT_TRUE(call(in, Value::object(in.types.super), {B, Value::small_int(1)}).is_null());
  EXPECT_EQ(error_text(in), "TypeError: super(type, obj): obj must be an instance or subtype of type");
}

TEST(TypeCall, TypeConstructor) {
  Interpreter in;
  Dict* ns = dict_new(in);
  dict_set_cstr(in, ns, "x", Value::small_int(1));
  dict_set_str(in, ns, in.names.__module__, S(in, "m"));
  Value A = call(in, Value::object(in.types.type), {S(in, "A"), Value::object(in.empty_tuple), Value::object(ns)});
  ASSERT_FALSE(A.is_null()) << error_text(in);
  EXPECT_EQ(repr_text(in, A), "<class 'm.A'>");
  EXPECT_EQ(getattr(in, A, intern(in, "x")), Value::small_int(1));
  EXPECT_TRUE(call(in, Value::object(in.types.type), {S(in, "A"), S(in, "B")}).is_null());
  EXPECT_EQ(error_text(in), "TypeError: type() takes 1 or 3 arguments");
  EXPECT_EQ(repr_text(in, Value::object(in.types.none)), "<class 'NoneType'>");
  EXPECT_EQ(repr_text(in, Value::object(in.types.text_file)), "<class '_io.TextIOWrapper'>");
  EXPECT_EQ(repr_text(in, getattr(in, Value::object(in.types.object), in.names.__init__)),
            "<slot wrapper '__init__' of 'object' objects>");
}

}  // namespace
}  // namespace coil
