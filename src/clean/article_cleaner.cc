#include "clean/article_cleaner.h"

#include <re2/re2.h>

#include "clean/boilerplate.h"
#include "clean/credit_line.h"
#include "clean/dateline.h"
#include "clean/header_block.h"

namespace precis {
namespace {

// " date 2019-01-24 " / "Published: 2019-01-24T10:00" opening the text.
size_t leading_date_header(std::string_view text, std::string* date) {
  static const RE2 re(
      "^(\\s*(?i:date|published|posted|updated)?:?\\s*(\\d{4}-\\d{2}-\\d{2})"
      "(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\s+)");
  // Most texts open without a date: test with the overall match only first, which RE2 answers
  // with its DFA; asking for the groups straight away clears a BitState bitmap the size of the
  // whole text.
  re2::StringPiece in(text.data(), text.size()), whole, d;
  if (!re.Match(in, 0, in.size(), RE2::ANCHOR_START, &whole, 1)) return 0;
  if (!RE2::PartialMatch(in, re, &whole, &d)) return 0;
  date->assign(d.data(), d.size());
  return whole.size();
}

// A line made only of emphasis ("*...*" or "_..._"): Markdown footers are written this way.
bool is_emphasis_only(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  return line.size() >= 2 && ((line.front() == '*' && line.back() == '*') ||
                              (line.front() == '_' && line.back() == '_'));
}

// A line that is only a date, perhaps after a weekday: "Saturday, January 8, 2005".
std::string date_line(std::string_view line) {
  static const RE2 weekday(
      "^\\s*(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+");
  // A date ends in a digit (see parse_date_line): skip the weekday match for other lines.
  std::string_view end = line;
  while (!end.empty() && (end.back() == ' ' || end.back() == '\t' || end.back() == '\r')) {
    end.remove_suffix(1);
  }
  if (end.empty() || end.back() < '0' || end.back() > '9') return "";
  re2::StringPiece in(line.data(), line.size());
  RE2::Consume(&in, weekday);
  return parse_date_line(std::string_view(in.data(), in.size()));
}

bool is_heading(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  size_t hashes = 0;
  while (i + hashes < line.size() && line[i + hashes] == '#') ++hashes;
  return hashes >= 1 && hashes <= 6 && i + hashes < line.size() && line[i + hashes] == ' ';
}

}  // namespace

// A line credited by a photo credit on the next line is a caption only when it is at most this
// long: a caption is a sentence or two, and a paragraph of prose above a stray credit stays prose.
constexpr size_t kMaxCaptionBytes = 300;

CleanedText clean_text(std::string_view text, const CleanOptions& options) {
  CleanedText out;
  size_t pos = 0;
  if (std::string date; size_t n = leading_date_header(text, &date)) {
    out.published = date;
    pos = n;
  }
  HeaderBlock header = find_header_block(text.substr(pos));
  if (header.end > 0) {
    out.title = header.title;
    if (out.published.empty()) out.published = header.published;
    out.byline = header.byline;
    out.dateline = header.place;
    pos += header.end;
  }
  // Lines that are body, as spans; adjacent kept lines merge into one paragraph span so the
  // sentence splitter can rejoin wrapped lines.
  struct Line {
    size_t begin, end;
    bool emphasis;
    bool caption;
    bool alone = false;  // a paragraph of its own: not joined with the lines around it
  };
  std::vector<Line> kept;
  bool paragraph_start = true;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    size_t b = pos, e = end;
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    std::string_view line = text.substr(b, e - b);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      paragraph_start = true;
      continue;
    }
    bool starts_paragraph = paragraph_start;
    paragraph_start = false;
    if (is_heading(line)) {
      if (out.title.empty()) {
        size_t h = line.find_first_not_of("# ");
        out.title = std::string(line.substr(h == std::string_view::npos ? line.size() : h));
      }
      paragraph_start = true;
      continue;
    }
    if (is_noise_line(line)) {
      paragraph_start = true;  // a rule or separator line: what follows opens a paragraph
      continue;
    }
    if (kept.empty()) {
      if (std::string d = date_line(line); !d.empty()) {
        if (out.published.empty()) out.published = d;
        // A date header stands alone: the next line opens the story, where a dateline may
        // stand ("Saturday, January 15, 2005" then "TEXAS, US – A court martial ...").
        paragraph_start = true;
        continue;
      }
    }
    if (options.remove_boilerplate && is_boilerplate_line(line)) {
      out.boilerplate.emplace_back(line);
      continue;
    }
    if (options.remove_credits && is_credit_line(line)) {
      out.credits.emplace_back(line);
      continue;
    }
    bool caption = false;
    if (options.remove_credits) {
      size_t c = trailing_credit(line);
      if (c != std::string_view::npos) {
        std::string_view credit = line.substr(c);
        while (!credit.empty() && (credit.front() == '(' || credit.front() == ' '))
          credit.remove_prefix(1);
        while (!credit.empty() &&
               (credit.back() == ')' || credit.back() == ' ' || credit.back() == '\r'))
          credit.remove_suffix(1);
        out.credits.emplace_back(credit);
        caption = true;
        e = b + c;
        while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
        if (text.substr(b, e - b).find_first_not_of(" \t") == std::string_view::npos) {
          // A credit on a line of its own credits the short line right above it, a caption
          // ("Russell Square after the bombings." / "Image: Francis Tyers."). Texts with a
          // paragraph a line join that line to the story around it: it stands alone instead.
          if (!kept.empty() && kept.back().end + 1 == b &&
              kept.back().end - kept.back().begin <= kMaxCaptionBytes) {
            kept.back().caption = true;
            kept.back().alone = true;
          }
          continue;
        }
      }
    }
    if (options.remove_datelines && starts_paragraph) {
      size_t d = leading_dateline(text.substr(b, e - b));
      if (d > 0) {
        std::string_view dl = text.substr(b, d);
        // Trailing spaces and the dash itself: "--", "-", "_", en dash or em dash.
        for (bool trimmed = true; trimmed;) {
          trimmed = false;
          while (!dl.empty() &&
                 (dl.back() == ' ' || dl.back() == '-' || dl.back() == '_' || dl.back() == '\t')) {
            dl.remove_suffix(1);
            trimmed = true;
          }
          if (dl.size() >= 3 && dl.substr(dl.size() - 3, 2) == "\xE2\x80" &&
              (dl.back() == '\x93' || dl.back() == '\x94')) {
            dl.remove_suffix(3);
            trimmed = true;
          }
        }
        if (out.dateline.empty()) out.dateline = std::string(dl);
        b += d;
        // A paragraph that was only a dateline leaves no body (an empty span would break the
        // "non-empty, increasing spans" contract; found by fuzz/sentence_splitter_fuzz).
        if (text.substr(b, e - b).find_first_not_of(" \t") == std::string_view::npos) continue;
      }
    }
    kept.push_back({b, e, is_emphasis_only(line), caption});
  }
  // Emphasis-only lines at the end of a Markdown text are its footer.
  if (options.remove_boilerplate) {
    while (!kept.empty() && kept.back().emphasis) {
      out.boilerplate.emplace_back(
          text.substr(kept.back().begin, kept.back().end - kept.back().begin));
      kept.pop_back();
    }
  }
  bool previous_alone = false;
  for (const Line& l : kept) {
    bool adjacent = !out.body.empty() && !l.alone && !previous_alone &&
                    out.body.back().end < l.begin &&
                    text.substr(out.body.back().end, l.begin - out.body.back().end) == "\n";
    previous_alone = l.alone;
    if (adjacent) {
      out.body.back().end = static_cast<uint32_t>(l.end);
      if (l.caption) out.caption.back() = true;
    } else {
      out.body.push_back({static_cast<uint32_t>(l.begin), static_cast<uint32_t>(l.end)});
      out.caption.push_back(l.caption);
    }
  }
  return out;
}

std::string body_text(std::string_view text, const CleanedText& cleaned) {
  std::string out;
  for (const Span& s : cleaned.body) {
    if (!out.empty()) out += "\n\n";
    std::string_view p = text.substr(s.begin, s.end - s.begin);
    while (!p.empty() && (p.back() == ' ' || p.back() == '\r')) p.remove_suffix(1);
    out.append(p);
  }
  return out;
}

}  // namespace precis
