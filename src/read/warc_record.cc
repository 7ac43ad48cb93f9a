#include "read/warc_record.h"

#include <algorithm>
#include <cstring>

namespace precis {
namespace {

constexpr size_t kBufferBytes = 1 << 16;
constexpr std::string_view kMagic = "WARC/";

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// "WARC/1.0", "WARC/1.1", "WARC/0.18": digits, a dot, digits.
bool valid_version(std::string_view line) {
  if (line.substr(0, kMagic.size()) != kMagic) return false;
  std::string_view v = line.substr(kMagic.size());
  size_t dot = v.find('.');
  if (dot == 0 || dot == std::string_view::npos || dot + 1 == v.size() || v.size() > 12) {
    return false;
  }
  for (size_t i = 0; i < v.size(); ++i) {
    if (i != dot && (v[i] < '0' || v[i] > '9')) return false;
  }
  return true;
}

// Content-Length: decimal digits only (no sign, no spaces inside), without overflow.
bool parse_length(std::string_view s, uint64_t* out) {
  if (s.empty() || s.size() > 19) return false;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  *out = v;
  return true;
}

}  // namespace

std::string_view WarcRecord::header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (iequals(key, name)) return value;
  }
  return {};
}

std::string_view WarcRecord::target_uri() const {
  std::string_view uri = header("WARC-Target-URI");
  if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') {
    uri = uri.substr(1, uri.size() - 2);
  }
  return uri;
}

WarcRecordReader::WarcRecordReader(InputStream* in, std::string name, Diagnostics* diagnostics,
                                   WarcReaderOptions options)
    : in_(in),
      name_(std::move(name)),
      diagnostics_(diagnostics),
      options_(options),
      buf_(kBufferBytes) {}

std::string WarcRecordReader::where(size_t index) const {
  return name_ + " record " + std::to_string(index + 1);
}

// Moves the unread bytes to the front and reads more, growing the buffer when it is full.
bool WarcRecordReader::fill() {
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
  return true;
}

// The next line without its "\n" or "\r\n", valid until the buffer is next filled. A line
// longer than max_header_bytes is returned in pieces (it is junk to be skipped anyway).
bool WarcRecordReader::read_line(std::string_view* line) {
  size_t scanned = 0;  // bytes after begin_ known to hold no '\n'
  while (true) {
    const char* start = buf_.data() + begin_;
    const void* nl = memchr(start + scanned, '\n', end_ - begin_ - scanned);
    if (nl) {
      size_t len = static_cast<const char*>(nl) - start;
      *line = std::string_view(start, len > 0 && start[len - 1] == '\r' ? len - 1 : len);
      begin_ += len + 1;
      consumed_ += len + 1;
      return true;
    }
    scanned = end_ - begin_;
    if (scanned >= options_.max_header_bytes || !fill()) {
      if (begin_ == end_) return false;
      size_t len = end_ - begin_;
      *line = std::string_view(buf_.data() + begin_, len);
      begin_ = end_;
      consumed_ += len;
      return true;
    }
  }
}

bool WarcRecordReader::at_version_line() {
  while (end_ - begin_ < kMagic.size()) {
    if (!fill()) break;
  }
  return end_ - begin_ >= kMagic.size() &&
         memcmp(buf_.data() + begin_, kMagic.data(), kMagic.size()) == 0;
}

// Skips lines until one starts with "WARC/" (or the input ends); reports what was skipped.
bool WarcRecordReader::skip_to_version_line(size_t record_index, bool report) {
  if (at_version_line()) return true;
  uint64_t from = consumed_;
  std::string_view line;
  bool found = false;
  while (read_line(&line)) {
    if (at_version_line()) {
      found = true;
      break;
    }
  }
  if (!report) return found;
  ++malformed_;
  std::string what = "expected a WARC/ version line at offset " + std::to_string(from) +
                     "; skipped " + std::to_string(consumed_ - from) + " bytes";
  what += found ? " to the next record" : " to the end of the input";
  if (record_index > 0) what += " (is the Content-Length of the record before wrong?)";
  diagnostics_->error(where(record_index), what);
  return found;
}

void WarcRecordReader::report_stream_error() {
  if (stream_error_reported_) return;
  stream_error_reported_ = true;
  if (in_->error().ok()) return;
  // The stream's message names the file already; the diagnostic's `where` does that here.
  std::string what = in_->error().message();
  if (what.rfind(name_ + ": ", 0) == 0) what.erase(0, name_.size() + 2);
  diagnostics_->error(name_, what + " (after record " + std::to_string(next_index_) + ")");
}

// Header fields up to the empty line. False (reported) when the section is not a valid
// header: the caller then resynchronises.
bool WarcRecordReader::read_headers(WarcRecord* record) {
  size_t bytes = 0;
  std::string_view line;
  while (true) {
    if (at_version_line()) {
      diagnostics_->error(where(next_index_), "header section at offset " +
                                                  std::to_string(record->offset) +
                                                  " is not ended by an empty line");
      ++malformed_;
      return false;
    }
    if (!read_line(&line)) {
      diagnostics_->error(where(next_index_), "input ends inside the header section");
      ++malformed_;
      return false;
    }
    bytes += line.size() + 1;
    if (bytes > options_.max_header_bytes) {
      diagnostics_->error(
          where(next_index_),
          "header section longer than " + std::to_string(options_.max_header_bytes) + " bytes");
      ++malformed_;
      return false;
    }
    if (line.empty()) return true;
    if ((line[0] == ' ' || line[0] == '\t') && !record->headers.empty()) {
      auto& value = record->headers.back().second;  // folded continuation line
      value += ' ';
      value += trim(line);
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      std::string shown(line.substr(0, 60));
      diagnostics_->error(where(next_index_), "invalid header line \"" + shown + "\"");
      ++malformed_;
      return false;
    }
    record->headers.emplace_back(std::string(trim(line.substr(0, colon))),
                                 std::string(trim(line.substr(colon + 1))));
  }
}

// Reads (or, above the size limit, discards) content_length bytes.
void WarcRecordReader::read_block(WarcRecord* record) {
  uint64_t want = record->content_length;
  record->block_skipped = want > options_.max_block_bytes;
  uint64_t have = 0;
  size_t buffered = std::min<uint64_t>(want, end_ - begin_);
  if (!record->block_skipped) {
    record->block.assign(buf_.data() + begin_, buffered);
  }
  begin_ += buffered;
  consumed_ += buffered;
  have = buffered;
  if (record->block_skipped) {
    // Discard through the (then empty) buffer; never hold the block.
    if (have < want) begin_ = end_ = 0;
    while (have < want) {
      size_t r = eof_ ? 0 : in_->read(buf_.data(), std::min<uint64_t>(buf_.size(), want - have));
      if (r == 0) {
        eof_ = true;
        break;
      }
      have += r;
      consumed_ += r;
    }
    diagnostics_->warn(where(record->index),
                       "block of " + std::to_string(want) + " bytes is larger than the limit of " +
                           std::to_string(options_.max_block_bytes) + " bytes; skipped");
  } else if (have < want) {
    // The buffer is empty now: read the rest straight into the block.
    record->block.resize(want);
    while (have < want && !eof_) {
      size_t r = in_->read(record->block.data() + have, want - have);
      if (r == 0) eof_ = true;
      have += r;
      consumed_ += r;
    }
    record->block.resize(have);
  }
  if (have < want) {
    record->truncated = true;
    ++malformed_;
    diagnostics_->error(where(record->index),
                        "truncated: Content-Length is " + std::to_string(want) +
                            " but the input ends after " + std::to_string(have) + " bytes");
  }
}

// The two line ends after a block ("\r\n\r\n"; LF-only files have "\n\n"). Anything else is
// left for next() to resynchronise on.
void WarcRecordReader::consume_record_end(const WarcRecord&) {
  for (int i = 0; i < 2; ++i) {
    while (end_ - begin_ < 2 && fill()) {
    }
    if (end_ - begin_ >= 2 && buf_[begin_] == '\r' && buf_[begin_ + 1] == '\n') {
      begin_ += 2;
      consumed_ += 2;
    } else if (end_ - begin_ >= 1 && buf_[begin_] == '\n') {
      begin_ += 1;
      consumed_ += 1;
    } else {
      return;
    }
  }
}

bool WarcRecordReader::next(WarcRecord* record) {
  while (true) {
    record->headers.clear();
    record->block.clear();
    record->version.clear();
    record->content_length = 0;
    record->truncated = false;
    record->block_skipped = false;

    // Blank lines between records are tolerated; anything else before "WARC/" is reported.
    while (true) {
      if (begin_ == end_ && !fill()) {
        report_stream_error();
        return false;
      }
      char c = buf_[begin_];
      if (c == '\n' || c == '\r') {
        ++begin_;
        ++consumed_;
        continue;
      }
      if (at_version_line()) break;
      if (!skip_to_version_line(next_index_, /*report=*/true)) {
        report_stream_error();
        return false;
      }
    }

    record->offset = consumed_;
    std::string_view line;
    read_line(&line);
    line = trim(line);
    if (!valid_version(line)) {
      ++malformed_;
      diagnostics_->error(where(next_index_),
                          "invalid version line \"" + std::string(line.substr(0, 40)) + "\"");
      skip_to_version_line(next_index_, /*report=*/false);
      continue;
    }
    record->version.assign(line);
    if (!read_headers(record)) {
      skip_to_version_line(next_index_, /*report=*/false);
      continue;
    }

    std::string_view length = record->header("Content-Length");
    if (!parse_length(length, &record->content_length)) {
      ++malformed_;
      diagnostics_->error(where(next_index_), length.empty()
                                                  ? std::string("no Content-Length header")
                                                  : "invalid Content-Length \"" +
                                                        std::string(length.substr(0, 40)) + "\"");
      skip_to_version_line(next_index_, /*report=*/false);
      continue;
    }
    record->index = next_index_++;
    read_block(record);
    if (!record->truncated) consume_record_end(*record);
    return true;
  }
}

}  // namespace precis
