// sailcheck._sailcheck: the Python binding. Thin on purpose: Python values become a
// boost::json::value (no JSON text in between) and the C++ linter does all the checking. The
// binding only adds what only it can know, the Python types JSON has no place for, as LS1003
// findings at their pointers.

#include "cli/run.hpp"
#include "format/terminal.hpp"
#include "json_pointer.hpp"
#include "registry.hpp"
#include "suggest.hpp"
#include "text.hpp"

#include <sailcheck/sailcheck.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <fmt/format.h>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_stack.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace sailcheck::python {
namespace {

namespace py = pybind11;
namespace json = boost::json;

// ---- Python values to JSON values ---------------------------------------------------------

// What a Python value that JSON cannot hold became in the document, to be reported afterwards.
enum class stand_in : std::uint8_t {
  foreign_value,  // null in the document; LS1003 naming the Python type
  foreign_key,    // the member is left out; LS1003 naming the key's Python type
  big_integer,    // a double, as Boost.JSON parses such digits; LS1003 worded as for the text
};

struct path_token {
  std::string key;  // unescaped member name
  std::size_t index = 0;
  bool is_index = false;
};

struct substitution {
  stand_in kind;
  std::vector<path_token> path;
  std::string pointer;
  std::string what;  // "Python bytes" (escaped), or the integer's digits
};

// A limit hit during conversion: the whole report is this one LS0003 finding, as for text.
struct conversion_failure {
  std::string pointer;
  std::string message;
  std::optional<std::string> related_pointer;  // a cycle: the container that repeats
};

std::string utf8_of(PyObject* s, bool& ok) {
  Py_ssize_t n = 0;
  const char* p = PyUnicode_AsUTF8AndSize(s, &n);
  if (p != nullptr) {
    ok = true;
    return std::string(p, static_cast<std::size_t>(n));
  }
  // A lone surrogate: no UTF-8 exists. The escaped form only names it in pointers.
  PyErr_Clear();
  ok = false;
  PyObject* b = PyUnicode_AsEncodedString(s, "utf-8", "backslashreplace");
  if (b == nullptr) {
    PyErr_Clear();
    return "?";
  }
  std::string out(PyBytes_AS_STRING(b), static_cast<std::size_t>(PyBytes_GET_SIZE(b)));
  Py_DECREF(b);
  return out;
}

// `bytes`, `set`, `datetime.datetime`, `decimal.Decimal`: how Python users name a type.
std::string type_name(PyObject* o) {
  PyTypeObject* t = Py_TYPE(o);
  auto attribute = [&](const char* name) -> std::string {
    PyObject* a = PyObject_GetAttrString(reinterpret_cast<PyObject*>(t), name);
    if (a == nullptr) {
      PyErr_Clear();
      return {};
    }
    std::string out;
    if (PyUnicode_Check(a)) {
      bool ok = false;
      out = utf8_of(a, ok);
    }
    Py_DECREF(a);
    return out;
  };
  std::string qualname = attribute("__qualname__");
  if (qualname.empty()) qualname = t->tp_name != nullptr ? t->tp_name : "object";
  const std::string module = attribute("__module__");
  if (module.empty() || module == "builtins") return qualname;
  return module + "." + qualname;
}

std::string python_type_phrase(PyObject* o) {
  std::string out = "Python ";
  // Type names come from the caller's objects: escaped like any other input in a message.
  detail::append_escaped(out, type_name(o));
  return out;
}

// Builds the document through a value_stack, as the JSON parser does: values are pushed in
// order and each container is assembled once, in the document's arena, when it is complete
// (assigning into a value in place constructs and swaps a temporary per value).
class converter {
 public:
  explicit converter(const limits& lim) : lim_(lim) {}

  // Converts `root` into `out`, whose storage the document gets; false when a limit was hit
  // (then `failure()` says which).
  bool run(PyObject* root, json::value& out) {
    unsigned char temp[4096];
    json::value_stack stack(out.storage(), temp, sizeof temp);
    stack.reset(out.storage());
    if (!convert(root, stack, 0)) return false;
    out = stack.release();
    return true;
  }

  std::vector<substitution>& substitutions() noexcept { return subs_; }
  std::optional<conversion_failure>& failure() noexcept { return failure_; }

 private:
  struct step {
    PyObject* key = nullptr;  // a str, borrowed from the dict being converted
    std::size_t index = 0;
  };

  std::vector<path_token> tokens(std::size_t upto) const {
    std::vector<path_token> out;
    out.reserve(upto);
    for (std::size_t i = 0; i < upto; ++i) {
      if (path_[i].key == nullptr) {
        out.push_back({{}, path_[i].index, true});
      } else {
        bool ok = false;
        out.push_back({utf8_of(path_[i].key, ok), 0, false});
      }
    }
    return out;
  }

  static std::string render(const std::vector<path_token>& ts) {
    std::string out;
    for (const path_token& t : ts) {
      out += '/';
      if (t.is_index)
        out += std::to_string(t.index);
      else
        detail::append_pointer_token(out, t.key);
    }
    return out;
  }

  void substitute(stand_in kind, std::string what, std::optional<std::string> last_key = {}) {
    std::vector<path_token> ts = tokens(path_.size());
    if (last_key) ts.push_back({std::move(*last_key), 0, false});
    std::string pointer = render(ts);
    subs_.push_back({kind, std::move(ts), std::move(pointer), std::move(what)});
  }

  // A lower bound of the value's size as compact JSON text: the size limit holds for a dict as
  // for text, and bounds the work a dict of shared sub-lists (exponential as a tree) can cause.
  bool spend(std::size_t bytes) {
    bytes_ += bytes;
    if (bytes_ <= lim_.max_input_bytes) return true;
    failure_ = conversion_failure{{}, rules::input_size_message(std::nullopt, lim_), {}};
    return false;
  }

  bool enter(PyObject* container, std::size_t depth) {
    for (std::size_t i = 0; i < ancestors_.size(); ++i) {
      if (ancestors_[i] != container) continue;
      failure_ = conversion_failure{
          render(tokens(path_.size())),
          "circular reference: this container holds itself, so it nests deeper than any limit",
          render(tokens(i))};
      return false;
    }
    if (depth + 1 > lim_.max_depth) {
      failure_ = conversion_failure{render(tokens(path_.size())), depth_message(), {}};
      return false;
    }
    ancestors_.push_back(container);
    return true;
  }

  // The engine's own words for too-deep text, taken from the engine so that the two agree.
  std::string depth_message() const {
    options o;
    o.limits = lim_;
    auto l = linter::create(o);
    const std::size_t n = lim_.max_depth + 1;
    const report r = l->check_text(std::string(n, '[') + std::string(n, ']'));
    for (const diagnostic& d : r.diagnostics)
      if (d.code == "LS0003") return d.message;
    return fmt::format("nesting is deeper than the limit of {} levels", lim_.max_depth);
  }

  bool convert(PyObject* o, json::value_stack& out, std::size_t depth) {
    // bool before int: True is an int to Python, a boolean to JSON and to botocore.
    if (PyBool_Check(o)) {
      out.push_bool(o == Py_True);
      return spend(5);
    }
    if (o == Py_None) {
      out.push_null();
      return spend(4);
    }
    if (PyUnicode_Check(o)) {
      // The UTF-8 form Python caches in the str: no copy but the document's own.
      Py_ssize_t n = 0;
      const char* p = PyUnicode_AsUTF8AndSize(o, &n);
      if (p == nullptr) {
        PyErr_Clear();
        out.push_null();
        substitute(stand_in::foreign_value, "a Python str with a lone surrogate (not Unicode)");
        return spend(4);
      }
      if (!spend(static_cast<std::size_t>(n) + 2)) return false;
      out.push_string(json::string_view(p, static_cast<std::size_t>(n)));
      return true;
    }
    if (PyLong_Check(o)) return convert_int(o, out);
    if (PyFloat_Check(o)) {
      out.push_double(PyFloat_AS_DOUBLE(o));
      return spend(1);
    }
    if (PyDict_Check(o)) return convert_dict(o, out, depth);
    if (PyList_Check(o) || PyTuple_Check(o)) return convert_sequence(o, out, depth);
    out.push_null();
    substitute(stand_in::foreign_value, python_type_phrase(o));
    return spend(4);
  }

  bool convert_int(PyObject* o, json::value_stack& out) {
    int overflow = 0;
    const long long i = PyLong_AsLongLongAndOverflow(o, &overflow);
    if (overflow == 0) {
      out.push_int64(static_cast<std::int64_t>(i));
      return spend(1);
    }
    if (overflow > 0) {
      const unsigned long long u = PyLong_AsUnsignedLongLong(o);
      if (!PyErr_Occurred()) {
        out.push_uint64(static_cast<std::uint64_t>(u));
        return spend(1);
      }
      PyErr_Clear();
    }
    // Beyond 64 bits: a double (infinite when even that overflows), as Boost.JSON parses such
    // digits from text; the message is reworded afterwards with the digits themselves.
    double d = PyLong_AsDouble(o);
    if (d == -1.0 && PyErr_Occurred()) {
      PyErr_Clear();
      d = overflow > 0 ? HUGE_VAL : -HUGE_VAL;
    }
    out.push_double(d);
    // int's own repr, never a subclass's __str__: no caller code runs here.
    PyObject* digits = PyLong_Type.tp_repr(o);
    std::string text;
    if (digits != nullptr) {
      bool ok = false;
      text = utf8_of(digits, ok);
      Py_DECREF(digits);
    } else {
      PyErr_Clear();  // more digits than Python converts to text (sys.get_int_max_str_digits)
    }
    if (!spend(std::max<std::size_t>(text.size(), 20))) return false;
    if (!text.empty()) substitute(stand_in::big_integer, std::move(text));
    return true;
  }

  bool convert_dict(PyObject* o, json::value_stack& out, std::size_t depth) {
    if (!enter(o, depth) || !spend(2)) return false;
    std::size_t members = 0;
    Py_ssize_t pos = 0;
    PyObject* key = nullptr;
    PyObject* value = nullptr;
    bool first = true;
    while (PyDict_Next(o, &pos, &key, &value)) {
      // Owned while in use: str() of a key or a type's attributes run caller code.
      py::object key_ref = py::reinterpret_borrow<py::object>(key);
      py::object value_ref = py::reinterpret_borrow<py::object>(value);
      Py_ssize_t n = 0;
      const char* p = PyUnicode_Check(key) ? PyUnicode_AsUTF8AndSize(key, &n) : nullptr;
      if (p == nullptr) {
        std::string name;
        if (PyUnicode_Check(key)) {
          PyErr_Clear();
          bool ok = false;
          name = utf8_of(key, ok);
        }
        foreign_key(key, std::move(name));
        continue;
      }
      if (!spend(static_cast<std::size_t>(n) + 3 + (first ? 0 : 1))) return false;
      first = false;
      path_.push_back({key, 0});
      // Distinct str keys have distinct UTF-8, so the object has no duplicate to resolve.
      out.push_key(json::string_view(p, static_cast<std::size_t>(n)));
      const bool done = convert(value, out, depth + 1);
      path_.pop_back();
      if (!done) return false;
      ++members;
    }
    out.push_object(members);
    ancestors_.pop_back();
    return true;
  }

  void foreign_key(PyObject* key, std::string name) {
    std::string what = python_type_phrase(key);
    if (name.empty()) {
      // A pointer needs a token: the key as Python prints it.
      PyObject* s = PyObject_Str(key);
      if (s != nullptr) {
        bool ok = false;
        name = utf8_of(s, ok);
        Py_DECREF(s);
      } else {
        PyErr_Clear();
        name = "?";
      }
    } else {
      what = "a Python str with a lone surrogate (not Unicode)";
    }
    substitute(stand_in::foreign_key, std::move(what), std::move(name));
  }

  bool convert_sequence(PyObject* o, json::value_stack& out, std::size_t depth) {
    if (!enter(o, depth) || !spend(2)) return false;
    const bool is_list = PyList_Check(o);
    auto size = [&] { return is_list ? PyList_GET_SIZE(o) : PyTuple_GET_SIZE(o); };
    std::size_t items = 0;
    // The size is read again each time: caller code run during the conversion may shrink a list.
    for (Py_ssize_t i = 0; i < size(); ++i) {
      py::object item = py::reinterpret_borrow<py::object>(is_list ? PyList_GET_ITEM(o, i)
                                                                   : PyTuple_GET_ITEM(o, i));
      if (i != 0 && !spend(1)) return false;
      path_.push_back({nullptr, static_cast<std::size_t>(i)});
      const bool done = convert(item.ptr(), out, depth + 1);
      path_.pop_back();
      if (!done) return false;
      ++items;
    }
    out.push_array(items);
    ancestors_.pop_back();
    return true;
  }

  const limits& lim_;
  std::vector<step> path_;
  std::vector<PyObject*> ancestors_;
  std::size_t bytes_ = 0;
  std::vector<substitution> subs_;
  std::optional<conversion_failure> failure_;
};

// ---- reports ------------------------------------------------------------------------------

const rule_info& rule(std::string_view code) { return *find_rule(code); }

// The report's order (linter.cpp): offset, code, then pointers in document order.
void sort_report(report& r) {
  std::stable_sort(r.diagnostics.begin(), r.diagnostics.end(),
                   [](const diagnostic& a, const diagnostic& b) {
                     if (a.begin.offset != b.begin.offset) return a.begin.offset < b.begin.offset;
                     if (a.code != b.code) return a.code < b.code;
                     return detail::pointer_less(a.pointer, b.pointer);
                   });
}

// The text of a document that holds `digits` at `path` and nothing else; array indices become 0,
// since every item of an array has the same shape.
std::string skeleton(const std::vector<path_token>& path, std::string_view digits,
                     std::string& pointer) {
  std::string open, close;
  for (const path_token& t : path) {
    if (t.is_index) {
      open += '[';
      close.insert(close.begin(), ']');
      pointer += "/0";
    } else {
      open += '{';
      open += json::serialize(json::string_view(t.key));
      open += ':';
      close.insert(close.begin(), '}');
      pointer += '/';
      detail::append_pointer_token(pointer, t.key);
    }
  }
  return open + std::string(digits) + close;
}

// Rewords what the engine said about the stand-in at `s.pointer`, or adds the finding where the
// engine had nothing to say (inside unknown members, for keys). True when a finding was added.
bool apply_substitution(const linter& lint, report& r, const substitution& s, bool capped) {
  const severity level = lint.severity_of("LS1003");
  if (level == severity::off) return false;
  bool found = false;
  for (diagnostic& d : r.diagnostics) {
    if (d.code != "LS1003" || d.pointer != s.pointer) continue;
    found = true;
    if (s.kind == stand_in::big_integer) {
      // The engine's finding for the same digits in text, so that a dict and its json.dumps
      // get the same message.
      std::string pointer;
      const std::string text = skeleton(s.path, s.what, pointer);
      const report t = lint.check_text(text);
      for (const diagnostic& td : t.diagnostics)
        if (td.code == "LS1003" && td.pointer == pointer) d.message = td.message;
    } else {
      std::string& m = d.message;
      if (const std::size_t at = m.find(", got null"); at != std::string::npos) {
        m = m.substr(0, at) + ", got " + s.what;
      } else if (m.ends_with("not null")) {
        m = m.substr(0, m.size() - 4) + s.what;
      } else {
        m = "expected a JSON value, got " + s.what;
      }
      d.fix.reset();
    }
  }
  if (found || s.kind == stand_in::big_integer || capped) return false;
  diagnostic d;
  d.code = rule("LS1003").code;
  d.name = rule("LS1003").name;
  d.severity = level;
  d.pointer = s.pointer;
  d.message = s.kind == stand_in::foreign_key ? "expected a string member name, got " + s.what
                                              : "expected a JSON value, got " + s.what;
  r.diagnostics.push_back(std::move(d));
  return true;
}

report failure_report(const linter& lint, conversion_failure f) {
  report r;
  diagnostic d;
  d.code = rule("LS0003").code;
  d.name = rule("LS0003").name;
  d.severity = lint.severity_of("LS0003");
  d.pointer = std::move(f.pointer);
  d.message = std::move(f.message);
  if (f.related_pointer) d.related.push_back({*f.related_pointer, {}, "the container it repeats"});
  r.diagnostics.push_back(std::move(d));
  return r;
}

report check_object(const linter& lint, PyObject* payload) {
  // Converted and checked in one arena: the document is thrown away with the call.
  unsigned char buffer[16 * 1024];
  json::monotonic_resource arena(buffer, sizeof buffer);
  json::value document(&arena);
  converter c(lint.limits());
  if (!c.run(payload, document)) return failure_report(lint, std::move(*c.failure()));
  report r;
  {
    py::gil_scoped_release release;
    r = lint.check(document);
  }
  if (c.substitutions().empty()) return r;
  const bool capped = std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                                  [](const diagnostic& d) { return d.code == "LS0006"; });
  bool added = false;
  for (const substitution& s : c.substitutions())
    added = apply_substitution(lint, r, s, capped) || added;
  if (added) sort_report(r);
  return r;
}

report check_text(const linter& lint, std::string_view text) {
  py::gil_scoped_release release;
  return lint.check_text(text);
}

// ---- Python objects -----------------------------------------------------------------------

py::object to_python(const json::value& v) {
  switch (v.kind()) {
    case json::kind::null:
      return py::none();
    case json::kind::bool_:
      return py::bool_(v.get_bool());
    case json::kind::int64:
      return py::int_(v.get_int64());
    case json::kind::uint64:
      return py::int_(v.get_uint64());
    case json::kind::double_:
      return py::float_(v.get_double());
    case json::kind::string:
      return py::str(v.get_string().data(), v.get_string().size());
    case json::kind::array: {
      py::list l;
      for (const json::value& item : v.get_array()) l.append(to_python(item));
      return l;
    }
    case json::kind::object: {
      py::dict d;
      for (const auto& m : v.get_object())
        d[py::str(m.key().data(), m.key().size())] = to_python(m.value());
      return d;
    }
  }
  return py::none();
}

std::string_view severity_name(severity s) { return to_string(s); }

// The concise format's line for one finding (src/format/concise.cpp), without the file name it
// has none of: `3:5: error: /origin: ... [LS2001 enum-value]` from text, `error: /origin: ...`
// from a dict. Built here rather than through a formatter: warnings and exception messages
// build one per finding, on every call.
std::string concise_line(const diagnostic& d) {
  std::string out;
  out.reserve(d.pointer.size() + d.message.size() + 48);
  if (d.begin.line != 0)
    fmt::format_to(std::back_inserter(out), "{}:{}: ", d.begin.line, d.begin.column);
  out += to_string(d.severity);
  out += ": ";
  if (d.pointer.empty())
    out += "(root)";
  else
    detail::append_escaped(out, d.pointer);
  out += ": ";
  detail::append_printable(out, d.message);
  fmt::format_to(std::back_inserter(out), " [{} {}]", d.code, d.name);
  return out;
}

struct py_related {
  std::string pointer;
  std::size_t line;
  std::size_t column;
  std::string message;
};

struct py_diagnostic {
  diagnostic d;
};

struct py_linter {
  linter lint;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::vector<std::pair<std::string, std::string>> severities;

  py::list check(py::handle payload) const {
    report r;
    PyObject* o = payload.ptr();
    if (PyUnicode_Check(o)) {
      // surrogatepass: a str holding a lone surrogate is still text to check (LS0001 names the
      // bytes), not an exception.
      py::bytes utf8 =
          py::reinterpret_steal<py::bytes>(PyUnicode_AsEncodedString(o, "utf-8", "surrogatepass"));
      if (!utf8) throw py::error_already_set();
      r = check_text(lint,
                     std::string_view(PyBytes_AS_STRING(utf8.ptr()),
                                      static_cast<std::size_t>(PyBytes_GET_SIZE(utf8.ptr()))));
    } else if (PyBytes_Check(o)) {
      r = check_text(lint, std::string_view(PyBytes_AS_STRING(o),
                                            static_cast<std::size_t>(PyBytes_GET_SIZE(o))));
    } else if (PyByteArray_Check(o) || PyMemoryView_Check(o)) {
      // Copied: another thread may change a bytearray while the GIL is released.
      py::bytes copy = py::reinterpret_steal<py::bytes>(PyBytes_FromObject(o));
      if (!copy) throw py::error_already_set();
      r = check_text(lint,
                     std::string_view(PyBytes_AS_STRING(copy.ptr()),
                                      static_cast<std::size_t>(PyBytes_GET_SIZE(copy.ptr()))));
    } else {
      r = check_object(lint, o);
    }
    py::list out;
    for (diagnostic& d : r.diagnostics) out.append(py_diagnostic{std::move(d)});
    return out;
  }
};

std::vector<std::string> selectors(py::handle value, const char* option) {
  std::vector<std::string> out;
  if (value.is_none()) return out;
  if (py::isinstance<py::str>(value)) {
    out.push_back(value.cast<std::string>());
    return out;
  }
  if (!py::isinstance<py::iterable>(value))
    throw py::type_error(fmt::format("{} must be a list of rule codes, names or prefixes", option));
  for (py::handle item : value) {
    if (!py::isinstance<py::str>(item))
      throw py::type_error(fmt::format("{} must be a list of strings, not a list holding {}",
                                       option, type_name(item.ptr())));
    out.push_back(item.cast<std::string>());
  }
  return out;
}

// "select: unknown rule 'enum-vlaue'; did you mean 'enum-value' (LS2001)?"
[[noreturn]] void invalid(const char* option, const std::string& message) {
  throw py::value_error(fmt::format("{}: {}", option, message));
}

py_linter make_linter(py::handle select, py::handle ignore, py::handle severity_map) {
  py_linter l;
  l.select = selectors(select, "select");
  l.ignore = selectors(ignore, "ignore");
  options o;
  if (!severity_map.is_none()) {
    if (!py::isinstance<py::dict>(severity_map))
      throw py::type_error("severity must be a dict of rule to level, e.g. {'LS4005': 'error'}");
    static constexpr std::string_view k_levels[] = {"off", "info", "warning", "error"};
    for (auto [k, v] : severity_map.cast<py::dict>()) {
      if (!py::isinstance<py::str>(k) || !py::isinstance<py::str>(v))
        throw py::type_error("severity must map rule names to level names, both strings");
      const std::string name = k.cast<std::string>();
      const std::string level = v.cast<std::string>();
      const std::optional<sailcheck::severity> s = parse_severity(level);
      if (!s) {
        std::string message = fmt::format(
            "unknown level {} for {}; expected 'off', 'info', "
            "'warning' or 'error'",
            detail::quote(level), detail::quote(name));
        if (auto near = detail::closest(level, k_levels))
          message = fmt::format("unknown level {} for {}; did you mean '{}'?", detail::quote(level),
                                detail::quote(name), k_levels[*near]);
        invalid("severity", message);
      }
      o.severities.emplace_back(name, *s);
      l.severities.emplace_back(name, level);
    }
  }
  // Each option alone first, so that the error names the option that holds the bad rule.
  auto try_create = [](const options& opts, const char* option) {
    auto r = linter::create(opts);
    if (!r) invalid(option, r.error().message);
    return *r;
  };
  try_create(options{.select = l.select}, "select");
  try_create(options{.ignore = l.ignore}, "ignore");
  try_create(options{.severities = o.severities}, "severity");
  o.select = l.select;
  o.ignore = l.ignore;
  l.lint = try_create(o, "options");
  return l;
}

py::tuple run_cli(const std::vector<std::string>& args, bool stdout_is_tty) {
  std::ostringstream out, err;
  int status = 0;
  {
    py::gil_scoped_release release;
    std::vector<std::string_view> views(args.begin(), args.end());
    cli::environment env;
    env.stdin_fd = 0;
    env.stdout_is_tty = stdout_is_tty;
    env.getenv = [](const char* name) -> const char* { return std::getenv(name); };
    status = cli::run(views, out, err, env);
  }
  return py::make_tuple(status, py::bytes(out.str()), py::bytes(err.str()));
}

}  // namespace
}  // namespace sailcheck::python

PYBIND11_MODULE(_sailcheck, m) {
  namespace py = pybind11;
  using namespace sailcheck::python;
  m.doc() = "sailcheck's C++ engine; use the sailcheck package, not this module";
  m.attr("__version__") = std::string(sailcheck::version());

  py::class_<py_related>(m, "RelatedLocation")
      .def_readonly("pointer", &py_related::pointer)
      .def_readonly("line", &py_related::line)
      .def_readonly("column", &py_related::column)
      .def_readonly("message", &py_related::message)
      .def("__repr__", [](const py_related& r) {
        return fmt::format("<RelatedLocation {}:{}: {}: {}>", r.line, r.column,
                           r.pointer.empty() ? "(root)" : sailcheck::detail::quote(r.pointer),
                           r.message);
      });

  py::class_<py_diagnostic>(m, "Diagnostic")
      .def_property_readonly("code", [](const py_diagnostic& p) { return std::string(p.d.code); })
      .def_property_readonly("name", [](const py_diagnostic& p) { return std::string(p.d.name); })
      .def_property_readonly(
          "severity",
          [](const py_diagnostic& p) { return std::string(severity_name(p.d.severity)); })
      .def_property_readonly("pointer", [](const py_diagnostic& p) { return p.d.pointer; })
      .def_property_readonly("line", [](const py_diagnostic& p) { return p.d.begin.line; })
      .def_property_readonly("column", [](const py_diagnostic& p) { return p.d.begin.column; })
      .def_property_readonly("end_line", [](const py_diagnostic& p) { return p.d.end.line; })
      .def_property_readonly("end_column", [](const py_diagnostic& p) { return p.d.end.column; })
      .def_property_readonly("offset", [](const py_diagnostic& p) { return p.d.begin.offset; })
      .def_property_readonly("message", [](const py_diagnostic& p) { return p.d.message; })
      .def_property_readonly("fix",
                             [](const py_diagnostic& p) -> py::object {
                               if (!p.d.fix) return py::none();
                               return to_python(sailcheck::fix_to_json(*p.d.fix));
                             })
      .def_property_readonly(
          "related",
          [](const py_diagnostic& p) {
            std::vector<py_related> out;
            for (const auto& r : p.d.related)
              out.push_back({r.pointer, r.position.line, r.position.column, r.message});
            return out;
          })
      .def("__str__", [](const py_diagnostic& p) { return concise_line(p.d); })
      .def("__repr__",
           [](const py_diagnostic& p) { return "<Diagnostic " + concise_line(p.d) + ">"; });

  py::class_<py_linter>(m, "Linter")
      .def(py::init(&make_linter), py::kw_only(), py::arg("select") = py::none(),
           py::arg("ignore") = py::none(), py::arg("severity") = py::none())
      .def("check", &py_linter::check, py::arg("payload"))
      .def(
          "severity_of",
          [](const py_linter& l, const std::string& rule) {
            return std::string(severity_name(l.lint.severity_of(rule)));
          },
          py::arg("rule"))
      .def_property_readonly("max_depth",
                             [](const py_linter& l) { return l.lint.limits().max_depth; })
      .def("__repr__", [](const py_linter& l) {
        auto list = [](const std::vector<std::string>& v) {
          std::string out = "[";
          for (std::size_t i = 0; i < v.size(); ++i)
            out += (i ? ", " : "") + sailcheck::detail::quote(v[i]);
          return out + "]";
        };
        std::string sev = "{";
        for (std::size_t i = 0; i < l.severities.size(); ++i)
          sev += (i ? ", " : "") + sailcheck::detail::quote(l.severities[i].first) + ": " +
                 sailcheck::detail::quote(l.severities[i].second);
        return fmt::format("Linter(select={}, ignore={}, severity={}}})", list(l.select),
                           list(l.ignore), sev);
      });

  py::class_<sailcheck::rule_info>(m, "Rule")
      .def_property_readonly("code",
                             [](const sailcheck::rule_info& r) { return std::string(r.code); })
      .def_property_readonly("name",
                             [](const sailcheck::rule_info& r) { return std::string(r.name); })
      .def_property_readonly("default_severity",
                             [](const sailcheck::rule_info& r) {
                               return std::string(severity_name(r.default_severity));
                             })
      .def_property_readonly("category",
                             [](const sailcheck::rule_info& r) {
                               return std::string(sailcheck::rule_category(r.code));
                             })
      .def_property_readonly("summary",
                             [](const sailcheck::rule_info& r) { return std::string(r.summary); })
      .def_property_readonly("rationale",
                             [](const sailcheck::rule_info& r) { return std::string(r.rationale); })
      .def_property_readonly(
          "example_bad", [](const sailcheck::rule_info& r) { return std::string(r.example_bad); })
      .def_property_readonly(
          "example_good", [](const sailcheck::rule_info& r) { return std::string(r.example_good); })
      .def_property_readonly(
          "help_uri", [](const sailcheck::rule_info& r) { return sailcheck::rule_help_uri(r); })
      .def("__repr__", [](const sailcheck::rule_info& r) {
        return fmt::format("<Rule {} {} ({})>", r.code, r.name, severity_name(r.default_severity));
      });

  m.def("rules", [] {
    py::list out;
    for (const sailcheck::rule_info* r : sailcheck::all_rules())
      out.append(py::cast(r, py::return_value_policy::reference));
    return out;
  });
  // The boto3 hook's split of one call's findings, in one call: those at or above `rank`
  // (1 info, 2 warning, 3 error) and those below, each with its concise lines joined. Done in
  // Python, it cost more than the check itself (a severity string and a line per property read).
  m.def(
      "_partition",
      [](const py::list& found, int rank) {
        py::list failing, below;
        std::string failing_text, below_text;
        for (py::handle item : found) {
          const py_diagnostic& p = item.cast<const py_diagnostic&>();
          const bool fails = static_cast<int>(p.d.severity) >= rank;
          std::string& text = fails ? failing_text : below_text;
          if (!text.empty()) text += '\n';
          text += concise_line(p.d);
          (fails ? failing : below).append(item);
        }
        return py::make_tuple(failing, below, failing_text, below_text);
      },
      py::arg("found"), py::arg("rank"));
  m.def("_run", &run_cli, py::arg("args"), py::arg("stdout_is_tty") = false);
}
