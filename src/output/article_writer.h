// Writing articles as JSONL (the `precis read` format, docs/formats.md).
#pragma once

#include <string>

#include "precis/article.h"

namespace precis {

std::string article_to_json(const Article& article);

}  // namespace precis
