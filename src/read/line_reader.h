// LineReader: the lines of an InputStream, with 1-based line numbers, for JSONL.
//
// Lines may be arbitrarily long (a 20 MB article is one line); the buffer grows as needed and is
// reused, so reading allocates only when a line is longer than any before it. A final line
// without '\n' is returned too. "\r\n" endings lose their '\r'.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "read/input_stream.h"

namespace precis {

class LineReader {
 public:
  explicit LineReader(InputStream* in) : in_(in), buf_(1 << 16) {}
  // Next line (without its newline) in *line, valid until the next call. False at the end.
  bool next(std::string_view* line);
  // Line number of the line last returned (1-based).
  size_t line_number() const { return line_no_; }
  // Total bytes consumed so far (for progress and throughput).
  size_t bytes_read() const { return bytes_; }

 private:
  bool fill();
  InputStream* in_;
  std::vector<char> buf_;
  size_t begin_ = 0, end_ = 0;
  size_t line_no_ = 0;
  size_t bytes_ = 0;
  bool eof_ = false;
};

}  // namespace precis
