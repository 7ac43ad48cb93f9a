#include "summarize/sentence_table.h"

#include <map>
#include <memory>

#include "clean/article_cleaner.h"
#include "text/sentence_splitter.h"
#include "text/text_analyzer.h"

namespace precis {
namespace {

uint32_t count_words(std::string_view s) {
  uint32_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

// A sentence that opens a quotation it does not close, or closes one it did not open, is a
// piece of a quotation spanning several sentences and reads wrongly alone. Only the edges are
// judged: quote marks inside a sentence are too often unpaired by typing or extraction noise.
bool partial_quotation(std::string_view s) {
  size_t straight = 0, open = 0, close = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '"') ++straight;
    if (s.compare(i, 3, "\xE2\x80\x9C") == 0) ++open;   // U+201C
    if (s.compare(i, 3, "\xE2\x80\x9D") == 0) ++close;  // U+201D
  }
  bool starts = s[0] == '"' || s.compare(0, 3, "\xE2\x80\x9C") == 0;
  bool ends = s.back() == '"' || (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE2\x80\x9D") == 0);
  bool unbalanced = straight % 2 != 0 || open != close;
  return unbalanced && (starts || ends);
}

// A sentence worth choosing ends like one (or with a closing quote), does not open in the
// middle of another (lower-case start, a continuation mark), and is not a piece of a longer
// quotation.
bool looks_like_sentence(std::string_view s) {
  if (s.empty() || partial_quotation(s)) return false;
  unsigned char first = static_cast<unsigned char>(s[0]);
  if (first >= 'a' && first <= 'z') return false;
  if (first == ',' || first == ';' || first == ':' || first == ')') return false;
  unsigned char last = static_cast<unsigned char>(s.back());
  if (last == '.' || last == '!' || last == '"' || last == ')' || last == '\'') return true;
  if (last >= 0x80) return true;  // closing quote, CJK or Devanagari full stop, ...
  return false;
}

}  // namespace

std::string sentence_text(const Cluster& cluster, const SentenceInfo& s) {
  std::string_view span(cluster.articles[s.article].text);
  span = span.substr(s.begin, s.end - s.begin);
  std::string out;
  out.reserve(span.size());
  bool space = false;
  for (char c : span) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  // Markdown emphasis around the whole sentence.
  while (out.size() >= 2 && (out.front() == '*' || out.front() == '_') && out.back() == out.front()) {
    out = out.substr(1, out.size() - 2);
  }
  return out;
}

SentenceTable build_sentence_table(const Cluster& cluster, const SummarizeOptions& options,
                                   const TableOptions& topt) {
  SentenceTable table;
  // Analyzers keep a per-language cache of analysed words, so they live as long as the thread
  // (summarize() is called for cluster after cluster on the same worker threads).
  thread_local std::map<std::string, std::unique_ptr<TextAnalyzer>> analyzers;
  thread_local std::map<std::string, std::unique_ptr<SentenceSplitter>> splitters;
  std::vector<Span> spans;
  std::vector<Term> terms;
  table.article_order.resize(cluster.articles.size());
  for (size_t a = 0; a < cluster.articles.size(); ++a) {
    const Article& article = cluster.articles[a];
    table.article_order[a] = article.time ? *article.time : INT64_MIN + static_cast<int64_t>(a);
    if (article.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      table.warnings.push_back("article " + std::to_string(a) + " (" + article.id +
                               ") has no text");
      continue;
    }
    ++table.articles_with_text;
    std::string lang = !article.lang.empty()       ? article.lang
                       : !cluster.lang.empty()     ? cluster.lang
                       : !options.default_lang.empty() ? options.default_lang
                                                        : "en";
    auto& analyzer = analyzers[lang];
    if (!analyzer) analyzer = std::make_unique<TextAnalyzer>(lang);
    auto& splitter = splitters[lang];
    if (!splitter) splitter = std::make_unique<SentenceSplitter>(lang);
    bool too_old = options.since && article.time && *article.time <= *options.since;
    CleanedText cleaned = clean_text(article.text);
    spans.clear();
    std::vector<bool> in_caption;
    for (size_t b = 0; b < cleaned.body.size(); ++b) {
      splitter->split(article.text, cleaned.body[b].begin, cleaned.body[b].end, &spans);
      in_caption.resize(spans.size(), cleaned.caption[b]);
    }
    uint32_t position = 0;
    for (size_t k = 0; k < spans.size(); ++k) {
      const Span& sp = spans[k];
      if (position >= topt.max_sentences_per_article) break;
      SentenceInfo s{};
      s.article = static_cast<uint32_t>(a);
      s.position = position++;
      s.begin = sp.begin;
      s.end = sp.end;
      std::string_view text(article.text.data() + sp.begin, sp.end - sp.begin);
      s.words = count_words(text);
      s.bytes = static_cast<uint32_t>(text.size());
      s.terms_begin = static_cast<uint32_t>(table.terms.size());
      terms.clear();
      analyzer->analyze(article.text, sp.begin, sp.end, table.vocab, &terms);
      size_t content = 0;
      for (const Term& t : terms) {
        table.terms.push_back(t.id);
        table.stops.push_back(t.stop ? 1 : 0);
        content += !t.stop;
      }
      s.terms_end = static_cast<uint32_t>(table.terms.size());
      s.selectable = !too_old && !in_caption[k] && s.words >= topt.min_words && s.words <= topt.max_words &&
                     content >= 2 && looks_like_sentence(text);
      table.sentences.push_back(s);
    }
  }
  return table;
}

}  // namespace precis
