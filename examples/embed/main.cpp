// A pre-flight check as another tool would embed it: refuse to send a CreateDistribution
// payload that AWS would reject. Usage: preflight PAYLOAD.json

#include <sailcheck/sailcheck.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: preflight PAYLOAD.json\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "preflight: cannot read " << argv[1] << '\n';
    return 2;
  }
  std::ostringstream text;
  text << in.rdbuf();

  const sailcheck::linter lint;  // build once, share between threads
  const sailcheck::report report = lint.check_text(text.str());
  for (const sailcheck::diagnostic& d : report.diagnostics)
    std::cout << argv[1] << ':' << d.begin.line << ':' << d.begin.column << ": "
              << sailcheck::to_string(d.severity) << ": " << d.message << " [" << d.code << "]\n";
  if (report.has_errors()) {
    std::cout << "not sending: AWS would reject this payload\n";
    return 1;
  }
  std::cout << "ok to send\n";
  return 0;
}
