// --target-model and the configuration's `target-model`: LS5001 on the command line.

#include "cli_support.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

namespace sailcheck::test {
namespace {

namespace json = boost::json;

std::string with_timeout() { return patch(p1(), "/origin/responseTimeout", "30"); }

TEST(cli_target_model, flag_turns_on_ls5001) {
  scratch s;
  const std::string file = s.write("d.json", with_timeout());
  const result latest = run(s, {"--no-config", "--format", "concise", file});
  EXPECT_EQ(latest.exit_code, 0) << latest.out << latest.err;
  const result old =
      run(s, {"--no-config", "--format", "concise", "--target-model", "botocore-1.29", file});
  EXPECT_EQ(old.exit_code, 1) << old.err;
  EXPECT_NE(old.out.find(": error: /origin/responseTimeout: 'responseTimeout' is not a member "
                         "of origin in the botocore-1.29 model"),
            std::string::npos)
      << old.out;
  const result warned =
      run(s, {"--no-config", "--format", "concise", "--target-model=botocore-1.29", "--severity",
              "LS5001=warning", file});
  EXPECT_EQ(warned.exit_code, 0) << warned.out << warned.err;
}

TEST(cli_target_model, unknown_model_is_a_usage_error) {
  scratch s;
  const result r = run(s, {"--target-model", "botocore-1.2", "x.json"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(lines(r.err).at(0),
            "sailcheck: --target-model: unknown model 'botocore-1.2'; expected 'latest' or "
            "'botocore-1.29'; did you mean 'botocore-1.29'?");
}

TEST(cli_target_model, configuration_key) {
  scratch s;
  s.write(".sailcheck.json", R"({"target-model": "botocore-1.29"})");
  const std::string file = s.write("d.json", with_timeout());
  EXPECT_EQ(run(s, {file}).exit_code, 1);
  const result shown = run(s, {"--print-config", file});
  EXPECT_EQ(shown.exit_code, 0) << shown.err;
  const json::value v = json::parse(shown.out);
  EXPECT_EQ(v.at("target-model"), "botocore-1.29");
  EXPECT_EQ(v.at("rules").at("LS5001"), "error");
  // The flag wins over the file.
  EXPECT_EQ(run(s, {"--target-model", "latest", file}).exit_code, 0);
  const result defaults = run(s, {"--no-config", "--print-config", file});
  EXPECT_EQ(json::parse(defaults.out).at("target-model"), "latest");
  EXPECT_EQ(json::parse(defaults.out).at("rules").at("LS5001"), "off");
}

TEST(cli_target_model, bad_configuration_value_names_the_key) {
  scratch s;
  s.write(".sailcheck.json", "{\n  \"target-model\": \"1.29\"\n}\n");
  const std::string file = s.write("d.json", std::string(p1()));
  const result r = run(s, {file});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(".sailcheck.json:2:19: /target-model: expected one of 'latest', "
                       "'botocore-1.29', got '1.29'"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace sailcheck::test
