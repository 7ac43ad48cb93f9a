// libFuzzer target for the metadata readers that see untrusted page bytes: the date parser
// (free text and attribute values), URL dates, JSON-LD, byline and title cleaning, and the whole
// metadata pass over whatever libxml2 makes of the bytes. Run:
//   build-metafuzz/date_parser_fuzz -max_total_time=300 -max_len=4096
#include <libxml/HTMLparser.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "read/html/byline.h"
#include "read/html/date_parser.h"
#include "read/html/html_metadata.h"
#include "read/html/html_title.h"
#include "read/html/json_ld.h"
#include "read/html/text_date.h"
#include "read/html/url_date.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  precis::DateBounds bounds;
  bounds.not_after = 1893456000;  // 2030-01-01
  for (auto order : {precis::SlashOrder::kDayFirst, precis::SlashOrder::kMonthFirst}) {
    precis::DateSpan span;
    if (auto d = precis::find_date(in, bounds, order, &span)) {
      if (span.begin > span.end || span.end > in.size()) __builtin_trap();
      if (d->month < 1 || d->month > 12 || d->day < 1 || d->day > 31) __builtin_trap();
      (void)d->iso();
      (void)d->epoch_seconds();
    }
    (void)precis::parse_date_value(in, bounds, order);
    (void)precis::publication_date_in_text(in, bounds, order, true);
  }
  (void)precis::extract_url_date(in, bounds);
  std::vector<precis::JsonLdObject> objects;
  precis::parse_json_ld(in, objects);
  (void)precis::best_json_ld_object(objects);
  (void)precis::clean_byline(in, bounds);
  (void)precis::strip_site_name(in, "Example News", "www.example.com");
  if (size < 1 << 16) {
    htmlDocPtr doc = htmlReadMemory(
        reinterpret_cast<const char*>(data), static_cast<int>(size), "", "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (doc != nullptr) {
      precis::HtmlInput input;
      input.url = "https://www.example.com/2019/01/24/story.html";
      (void)precis::extract_html_metadata(doc, input);
      xmlFreeDoc(doc);
    }
  }
  return 0;
}
