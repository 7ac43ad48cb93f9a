// How the CLI reports problems: one line per diagnostic on stderr, and the exit status.
#pragma once

#include <cstdio>
#include <string>

#include "precis/diagnostics.h"

namespace precis::cli {

inline Diagnostics::Callback print_diagnostic(std::string command) {
  return [command](const Diagnostic& d) {
    fprintf(stderr, "precis %s: %s: %s: %s\n", command.c_str(),
            d.severity == Diagnostic::Severity::kError ? "error" : "warning", d.where.c_str(),
            d.what.c_str());
  };
}

// 0 when nothing went wrong, 1 when some records were bad (the others were processed).
inline int exit_code_for(const Diagnostics& d) { return d.errors() > 0 ? 1 : 0; }

}  // namespace precis::cli
