#include "read/line_reader.h"

#include <cstring>

namespace precis {

// Moves the unread tail to the front and reads more; doubles the buffer when a line fills it.
bool LineReader::fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buf_.size()) buf_.resize(buf_.size() * 2);
  size_t r = in_->read(buf_.data() + end_, buf_.size() - end_);
  if (r == 0) {
    eof_ = true;
    return false;
  }
  end_ += r;
  bytes_ += r;
  return true;
}

bool LineReader::next(std::string_view* line) {
  size_t scanned = begin_;
  while (true) {
    const char* start = buf_.data() + scanned;
    const void* nl = memchr(start, '\n', end_ - scanned);
    if (nl) {
      size_t pos = static_cast<const char*>(nl) - buf_.data();
      size_t len = pos - begin_;
      if (len > 0 && buf_[pos - 1] == '\r') --len;
      *line = std::string_view(buf_.data() + begin_, len);
      begin_ = pos + 1;
      ++line_no_;
      return true;
    }
    size_t consumed = begin_;
    scanned = end_;
    if (!fill()) {
      if (begin_ == end_) return false;
      size_t len = end_ - begin_;
      if (buf_[end_ - 1] == '\r') --len;
      *line = std::string_view(buf_.data() + begin_, len);
      begin_ = end_;
      ++line_no_;
      return true;
    }
    scanned -= consumed;  // fill() moved the unread tail to the front
  }
}

}  // namespace precis
