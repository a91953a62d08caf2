// The time module: clocks (time, monotonic, perf_counter, process_time and their _ns forms),
// sleep, and the calendar functions localtime/gmtime/mktime/strftime/asctime/ctime.
#include <cerrno>
#include <cmath>
#include <ctime>
#include <string>

#include "runtime/call.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/import.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/sys.h"

namespace coil {

namespace {

int64_t clock_ns(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double clock_s(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

#define COIL_CLOCK(fname, id)                                                                   \
  Value t_##fname(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {                 \
    if (!check_no_kwargs(interp, #fname, kw) || !check_nargs(interp, #fname "()", nargs, 0, 0)) \
      return Value();                                                                           \
    return make_float(interp, clock_s(id));                                                     \
  }                                                                                             \
  Value t_##fname##_ns(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {             \
    if (!check_no_kwargs(interp, #fname "_ns", kw) ||                                           \
        !check_nargs(interp, #fname "_ns()", nargs, 0, 0))                                      \
      return Value();                                                                           \
    return make_int(interp, clock_ns(id));                                                      \
  }
COIL_CLOCK(time, CLOCK_REALTIME)
COIL_CLOCK(monotonic, CLOCK_MONOTONIC)
COIL_CLOCK(perf_counter, CLOCK_MONOTONIC)
COIL_CLOCK(process_time, CLOCK_PROCESS_CPUTIME_ID)
COIL_CLOCK(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef COIL_CLOCK

// A number of seconds: int or float (CPython's _PyTime_FromSecondsObject messages).
bool seconds_arg(Interp& interp, Value v, double* out) {
  if (is_float(v)) {
    *out = float_value(v);
    if (std::isnan(*out)) {
      raise(interp, interp.exc_types.ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    return true;
  }
  if (is_int(v)) {
    bool overflow = false;
    *out = int_to_double(interp, v, &overflow);
    if (overflow) {
      raise(interp, interp.exc_types.OverflowError, "timestamp too large to convert to C _PyTime_t");
      return false;
    }
    return true;
  }
  raise(interp, interp.exc_types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(interp, v));
  return false;
}

Value t_sleep(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "sleep", kw) || !check_nargs(interp, "time.sleep()", nargs, 1, 1)) return Value();
  double secs;
  if (!seconds_arg(interp, args[0], &secs)) return Value();
  if (secs < 0) return raise(interp, interp.exc_types.ValueError, "sleep length must be non-negative");
  struct timespec req;
  req.tv_sec = time_t(secs);
  req.tv_nsec = long((secs - double(req.tv_sec)) * 1e9);
  if (req.tv_nsec >= 1000000000) { req.tv_sec++; req.tv_nsec -= 1000000000; }
  struct timespec rem;
  while (nanosleep(&req, &rem) != 0 && errno == EINTR) req = rem;
  return Value::none();
}

// ---- struct_time ----

Type* struct_time_type(Interp& interp, Value module_self) {
  // The module function's bound self is the module dict (see init_time_module).
  Value t = dict_get_cstr(interp, module_self.as<Dict>(), "struct_time");
  return (!t.is_null() && is_kind(t, Kind::Type)) ? t.as<Type>() : nullptr;
}

Value make_struct_time(Interp& interp, Value self, const struct tm& tm) {
  Type* t = struct_time_type(interp, self);
  if (t == nullptr) return raise(interp, interp.exc_types.RuntimeError, "time.struct_time is missing");
  Value v[9] = {make_int(interp, tm.tm_year + 1900), make_int(interp, tm.tm_mon + 1), make_int(interp, tm.tm_mday),
                make_int(interp, tm.tm_hour),        make_int(interp, tm.tm_min),     make_int(interp, tm.tm_sec),
                make_int(interp, (tm.tm_wday + 6) % 7), make_int(interp, tm.tm_yday + 1),
                make_int(interp, tm.tm_isdst)};
  return struct_seq_new(interp, t, v, 9);
}

bool time_arg(Interp& interp, const Value* args, size_t nargs, time_t* out) {
  if (nargs == 0 || args[0].is_none()) {
    *out = time(nullptr);
    return true;
  }
  double secs;
  if (!seconds_arg(interp, args[0], &secs)) return false;
  *out = time_t(std::floor(secs));
  return true;
}

// args[0] is the module dict (bound self) for the calendar functions.
Value t_localtime(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "localtime", kw) || !check_nargs(interp, "localtime", nargs - 1, 0, 1)) return Value();
  time_t t;
  if (!time_arg(interp, args + 1, nargs - 1, &t)) return Value();
  struct tm tm;
  if (localtime_r(&t, &tm) == nullptr) return raise(interp, interp.exc_types.OverflowError, "timestamp out of range for platform time_t");
  return make_struct_time(interp, args[0], tm);
}

Value t_gmtime(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "gmtime", kw) || !check_nargs(interp, "gmtime", nargs - 1, 0, 1)) return Value();
  time_t t;
  if (!time_arg(interp, args + 1, nargs - 1, &t)) return Value();
  struct tm tm;
  if (gmtime_r(&t, &tm) == nullptr) return raise(interp, interp.exc_types.OverflowError, "timestamp out of range for platform time_t");
  return make_struct_time(interp, args[0], tm);
}

// A 9-item time tuple into struct tm.
bool tuple_to_tm(Interp& interp, Value v, struct tm* tm) {
  Tuple* t = sequence_to_tuple(interp, v);
  if (t == nullptr) return false;
  if (t->size != 9) {
    raise(interp, interp.exc_types.TypeError, "time tuple must have exactly 9 elements");  // CPython: "function takes exactly 9 arguments"
    return false;
  }
  int64_t f[9];
  for (int i = 0; i < 9; i++) {
    if (!to_index(interp, t->items[i], &f[i])) return false;
  }
  *tm = {};
  tm->tm_year = int(f[0] - 1900);
  tm->tm_mon = int(f[1] - 1);
  tm->tm_mday = int(f[2]);
  tm->tm_hour = int(f[3]);
  tm->tm_min = int(f[4]);
  tm->tm_sec = int(f[5]);
  tm->tm_wday = int((f[6] + 1) % 7);
  tm->tm_yday = int(f[7] - 1);
  tm->tm_isdst = int(f[8]);
  return true;
}

bool tm_arg(Interp& interp, const Value* args, size_t nargs, struct tm* tm) {
  if (nargs == 0 || args[0].is_none()) {
    time_t t = time(nullptr);
    localtime_r(&t, tm);
    return true;
  }
  return tuple_to_tm(interp, args[0], tm);
}

Value t_mktime(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "mktime", kw) || !check_nargs(interp, "time.mktime()", nargs - 1, 1, 1)) return Value();
  struct tm tm;
  if (!tuple_to_tm(interp, args[1], &tm)) return Value();
  time_t t = mktime(&tm);
  return make_float(interp, double(t));
}

Value t_strftime(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "strftime", kw) || !check_nargs(interp, "strftime", nargs - 1, 1, 2)) return Value();
  if (!is_str(args[1])) {
    return raise(interp, interp.exc_types.TypeError, "strftime() argument 1 must be str, not %s", type_name(interp, args[1]));
  }
  struct tm tm;
  if (!tm_arg(interp, args + 2, nargs - 2, &tm)) return Value();
  std::string fmt(args[1].as<Str>()->view());
  if (fmt.empty()) return Value::object(interp.empty_str);
  std::string buf(256, '\0');
  for (;;) {
    size_t n = strftime(buf.data(), buf.size(), fmt.c_str(), &tm);
    if (n > 0 || buf.size() > 256 * fmt.size() + 4096) {
      buf.resize(n);
      break;
    }
    buf.resize(buf.size() * 2);
  }
  return str_value(interp, buf);
}

std::string asctime_text(const struct tm& tm) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", kDays[(tm.tm_wday % 7 + 7) % 7],
           kMonths[(tm.tm_mon % 12 + 12) % 12], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_year + 1900);
  return buf;
}

Value t_asctime(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "asctime", kw) || !check_nargs(interp, "asctime", nargs - 1, 0, 1)) return Value();
  struct tm tm;
  if (!tm_arg(interp, args + 1, nargs - 1, &tm)) return Value();
  return str_value(interp, asctime_text(tm));
}

Value t_ctime(Interp& interp, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs(interp, "ctime", kw) || !check_nargs(interp, "ctime", nargs - 1, 0, 1)) return Value();
  time_t t;
  if (!time_arg(interp, args + 1, nargs - 1, &t)) return Value();
  struct tm tm;
  localtime_r(&t, &tm);
  return str_value(interp, asctime_text(tm));
}

const MethodDef kClockFunctions[] = {
    {"time", t_time},
    {"time_ns", t_time_ns},
    {"monotonic", t_monotonic},
    {"monotonic_ns", t_monotonic_ns},
    {"perf_counter", t_perf_counter},
    {"perf_counter_ns", t_perf_counter_ns},
    {"process_time", t_process_time},
    {"process_time_ns", t_process_time_ns},
    {"thread_time", t_thread_time},
    {"thread_time_ns", t_thread_time_ns},
    {"sleep", t_sleep},
};

struct BoundDef { const char* name; NativeFn fn; };
const BoundDef kCalendarFunctions[] = {
    {"localtime", t_localtime}, {"gmtime", t_gmtime},   {"mktime", t_mktime},
    {"strftime", t_strftime},   {"asctime", t_asctime}, {"ctime", t_ctime},
};

}  // namespace

bool init_time_module(Interp& interp, Module* m) {
  Dict* d = m->dict;
  if (!add_functions(interp, d, kClockFunctions, sizeof kClockFunctions / sizeof kClockFunctions[0])) return false;
  Type* st = struct_seq_type(interp, "time", "struct_time",
                             {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"});
  if (st == nullptr || !dict_set_cstr(interp, d, "struct_time", Value::object(st))) return false;
  // The calendar functions find struct_time through the module dict bound as their self.
  for (const BoundDef& def : kCalendarFunctions) {
    NativeFunction* f = native_function_new(interp, def.name, def.fn, Value::object(d));
    if (f == nullptr || !dict_set_cstr(interp, d, def.name, Value::object(f))) return false;
  }
  tzset();
  Tuple* tzn = tuple_pack(interp, {str_value(interp, ::tzname[0]), str_value(interp, ::tzname[1])});
  return tzn != nullptr && dict_set_cstr(interp, d, "tzname", Value::object(tzn)) &&
         dict_set_cstr(interp, d, "timezone", make_int(interp, timezone)) &&
         dict_set_cstr(interp, d, "altzone", make_int(interp, timezone - 3600)) &&
         dict_set_cstr(interp, d, "daylight", make_int(interp, daylight));
}

}  // namespace coil
