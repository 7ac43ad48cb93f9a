#include "read/html/html_article.h"

#include <libxml/tree.h>

#include "read/html/charset.h"
#include "read/html/html_metadata.h"
#include "read/html/html_parser.h"
#include "read/html/main_text.h"

namespace precis {

Article extract_html_article(std::string_view html, const HtmlInput& input,
                             const HtmlOptions& options) {
  Article article;
  article.origin = input.origin;
  article.url = input.url;
  if (html.size() > options.max_bytes) {
    article.warnings.push_back("page of " + std::to_string(html.size()) + " bytes cut to " +
                               std::to_string(options.max_bytes));
    html = html.substr(0, options.max_bytes);
  }
  std::string utf8 = html_bytes_to_utf8(html, input.content_type, input.charset, &article.warnings);
  HtmlDocument doc = parse_html(utf8, input.url);
  if (!doc) {
    article.warnings.push_back("no HTML document could be parsed");
    return article;
  }
  TextRenderOptions render;
  render.include_tables = options.include_tables;
  article.text = extract_main_text(doc.get(), ContentOptions{}, render);
  if (article.text.empty()) article.warnings.push_back("no main text found");

  HtmlMetadata meta = extract_html_metadata(doc.get(), input);
  article.title = meta.title;
  article.byline = meta.byline;
  article.published = meta.published;
  article.published_source = meta.published_source;
  article.time = meta.time;
  article.lang = meta.lang;
  article.source = meta.site_name;
  if (article.url.empty()) article.url = meta.canonical_url;
  return article;
}

}  // namespace precis
