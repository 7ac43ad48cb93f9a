// WarcRecordReader: the records of a WARC file (ISO 28500, WARC/1.0 and WARC/1.1; the older
// WARC/0.x drafts that ClueWeb09 uses have the same framing and are accepted too), one at a time.
//
// A record is a version line ("WARC/1.1"), named header fields up to an empty line, a block of
// exactly Content-Length bytes, and two line ends. The reader is tolerant of what real crawls
// contain: LF-only line ends, extra blank lines between records, folded header lines. When a
// record cannot be framed (no version line, no Content-Length) it reports the problem and
// resynchronises on the next line that starts with "WARC/". A block cut short by the end of the
// input is returned with `truncated` set (and reported). A block longer than
// WarcReaderOptions::max_block_bytes is skipped without being held in memory.
//
// Memory is bounded by the largest block kept plus a small read buffer; pass the same
// WarcRecord to every next() call so its buffers are reused.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/diagnostics.h"
#include "read/input_stream.h"

namespace precis {

struct WarcReaderOptions {
  // Blocks larger than this are skipped (read and discarded in small pieces, with a warning).
  // 64 MB is far above any HTML page a crawler keeps (Common Crawl truncates at 1 MB).
  uint64_t max_block_bytes = 64ull << 20;
  // A header section longer than this is not a WARC header (binary junk): resynchronise.
  size_t max_header_bytes = 1 << 20;
};

struct WarcRecord {
  size_t index = 0;     // 0-based position among the records of the input
  uint64_t offset = 0;  // offset of the version line in the (decompressed) stream
  std::string version;  // "WARC/1.0"
  // Header fields in file order, names as written, values trimmed; folded lines are joined.
  std::vector<std::pair<std::string, std::string>> headers;
  uint64_t content_length = 0;  // as declared
  std::string block;            // the bytes read (fewer than content_length when truncated)
  bool truncated = false;       // the input ended inside the block
  bool block_skipped = false;   // content_length > max_block_bytes: block not kept

  // Value of the first header named `name` (case-insensitive), "" when absent.
  std::string_view header(std::string_view name) const;
  std::string_view type() const { return header("WARC-Type"); }
  std::string_view target_uri() const;  // WARC-Target-URI without the <> of WARC/1.0 drafts
  std::string_view date() const { return header("WARC-Date"); }
  std::string_view record_id() const { return header("WARC-Record-ID"); }
  std::string_view content_type() const { return header("Content-Type"); }
};

class WarcRecordReader {
 public:
  // `name` names the input in diagnostics ("crawl.warc.gz record 7").
  WarcRecordReader(InputStream* in, std::string name, Diagnostics* diagnostics,
                   WarcReaderOptions options = {});

  // Reads the next record into *record. False at the end of the input (an I/O or
  // decompression error of the stream is reported once, then the end is signalled).
  bool next(WarcRecord* record);

  // Problems reported so far: records that could not be framed, truncated blocks, stretches
  // of bytes skipped to resynchronise.
  size_t malformed() const { return malformed_; }
  // Decompressed bytes consumed so far.
  uint64_t bytes_read() const { return consumed_; }
  // "name record N" (1-based) for messages about the record with 0-based index `index`.
  std::string where(size_t index) const;

 private:
  bool fill();
  bool read_line(std::string_view* line);
  bool at_version_line();
  bool skip_to_version_line(size_t record_index, bool report);
  bool read_headers(WarcRecord* record);
  void read_block(WarcRecord* record);
  void consume_record_end(const WarcRecord& record);
  void report_stream_error();

  InputStream* in_;
  std::string name_;
  Diagnostics* diagnostics_;
  WarcReaderOptions options_;
  std::vector<char> buf_;
  size_t begin_ = 0, end_ = 0;
  uint64_t consumed_ = 0;  // stream offset of buf_[begin_]
  bool eof_ = false;
  bool stream_error_reported_ = false;
  size_t next_index_ = 0;
  size_t malformed_ = 0;
};

}  // namespace precis
