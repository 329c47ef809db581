#include <sailcheck/sailcheck.hpp>

#include <iostream>

int main() {
  const sailcheck::linter lint;
  const sailcheck::report r = lint.check_text(R"({"distributionName":"a.b"})");
  for (const sailcheck::diagnostic& d : r.diagnostics)
    std::cout << d.code << ' ' << d.pointer << '\n';
  return r.has_errors() ? 0 : 1;  // this payload must have errors
}
