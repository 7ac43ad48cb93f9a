// Runs the built `precis` binary in tests: arguments, optional stdin, captured stdout, stderr and
// exit status.
#pragma once

#include <sys/wait.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace precis::test {

struct CliResult {
  int exit_code = -1;
  std::string out, err;
};

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline CliResult run_precis(const std::string& args, const std::string& stdin_path = "") {
  static int counter = 0;
  std::string base = "/tmp/precis_cli_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
  std::string cmd = std::string(PRECIS_BINARY) + " " + args + " >" + base + ".out 2>" + base + ".err";
  if (!stdin_path.empty()) cmd += " <" + stdin_path;
  int status = std::system(cmd.c_str());
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(base + ".out");
  r.err = read_file(base + ".err");
  std::remove((base + ".out").c_str());
  std::remove((base + ".err").c_str());
  return r;
}

inline std::string source_path(const std::string& rel) {
  return std::string(PRECIS_SOURCE_DIR) + "/" + rel;
}

// The JSON values of a JSON-lines output (empty lines skipped).
inline std::vector<nlohmann::json> json_lines(const std::string& s) {
  std::vector<nlohmann::json> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  }
  return out;
}

}  // namespace precis::test
