#include "eval/rouge/rouge_data_dir.h"

#include <cstdlib>

namespace precis::rouge {

std::string resolve_data_dir(const std::string& option) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("PRECIS_DATA_DIR"); env && *env) return env;
#ifdef PRECIS_DATA_DIR
  return PRECIS_DATA_DIR;
#else
  return "data";
#endif
}

}  // namespace precis::rouge
