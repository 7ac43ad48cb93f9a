#include "read/html/html_text.h"

#include <libxml/tree.h>

namespace precis {
namespace {

// Builds text line by line, collapsing whitespace.
class LineWriter {
 public:
  explicit LineWriter(std::string& out) : out_(out) {}

  void text(const unsigned char* p) {
    for (; *p; ++p) {
      unsigned char b = *p;
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v') {
        pending_space_ = true;
      } else if (b == 0xC2 && p[1] == 0xA0) {  // NBSP
        pending_space_ = true;
        ++p;
      } else {
        if (pending_space_ && out_.size() > line_start_) out_.push_back(' ');
        pending_space_ = false;
        out_.push_back(static_cast<char>(b));
      }
    }
  }

  void literal(const char* s) {
    if (out_.size() == line_start_) return;
    out_ += s;
    pending_space_ = true;
  }

  bool line_empty() const { return out_.size() == line_start_; }

  void end_line() {
    pending_space_ = false;
    if (out_.size() == line_start_) return;
    out_.push_back('\n');
    line_start_ = out_.size();
  }

  void finish() {
    end_line();
    if (!out_.empty() && out_.back() == '\n') out_.pop_back();
  }

 private:
  std::string& out_;
  size_t line_start_ = 0;
  bool pending_space_ = false;
};

struct Open {
  int32_t end;
  HtmlTag tag;
  int cells;  // for rows: cells started so far
};

}  // namespace

std::string render_text(const DomIndex& index, const std::vector<int32_t>& roots,
                        const std::vector<uint8_t>& skip, const TextRenderOptions& options) {
  std::string out;
  LineWriter w(out);
  std::vector<Open> open;
  const auto& nodes = index.nodes;
  for (int32_t root : roots) {
    if (root < 0 || root >= static_cast<int32_t>(nodes.size())) continue;
    open.clear();
    w.end_line();
    for (int32_t i = root; i < nodes[root].end; ++i) {
      while (!open.empty() && open.back().end <= i) {
        if (is_block_tag(open.back().tag) && open.back().tag != HtmlTag::kCell) w.end_line();
        open.pop_back();
      }
      const DomNode& n = nodes[i];
      if ((!skip.empty() && skip[i]) || (n.flags & kDomInvisible)) {
        i = n.end - 1;
        continue;
      }
      if (n.flags & kDomText) {
        w.text(n.node->content);
        continue;
      }
      switch (n.tag) {
        case HtmlTag::kBr:
        case HtmlTag::kHr:
          w.end_line();
          break;
        case HtmlTag::kTable:
          if (!options.include_tables) {
            i = n.end - 1;
            continue;
          }
          break;
        case HtmlTag::kCell: {
          Open* row = nullptr;
          for (size_t k = open.size(); k-- > 0;) {
            if (open[k].tag == HtmlTag::kRow) {
              row = &open[k];
              break;
            }
            if (open[k].tag == HtmlTag::kTable) break;
          }
          if (row && row->cells++ > 0 && !w.line_empty())
            w.literal(" |");
          else if (!row)
            w.end_line();
          break;
        }
        default:
          if (is_block_tag(n.tag)) w.end_line();
      }
      if (n.end > i + 1) open.push_back({n.end, n.tag, 0});
    }
  }
  w.finish();
  return out;
}

}  // namespace precis
