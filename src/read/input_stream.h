// InputStream: the bytes of one input (a file or stdin), decompressed on the fly.
//
// gzip (including multi-member files such as per-record-gzipped WARC) and zstd are recognised
// by their magic bytes, not by file name, so "-" (stdin) works compressed too. Decompression
// errors (a truncated or corrupt gzip) are reported through error(), after the bytes that could
// be recovered have been delivered.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "precis/status.h"

namespace precis {

class InputStream {
 public:
  virtual ~InputStream() = default;
  // Reads up to n bytes into buf; returns the number read, 0 at the end (or after an error).
  virtual size_t read(char* buf, size_t n) = 0;
  // Ok, or what went wrong (I/O or decompression error). Set once read() has returned 0.
  virtual const Status& error() const = 0;
  // The compression found: "none", "gzip" or "zstd".
  virtual const char* compression() const = 0;
};

// Opens `path` ("-" = standard input). Fails with a Status naming the path when it cannot be
// opened; compression is detected from the first bytes.
std::unique_ptr<InputStream> open_input(const std::string& path, Status* status);

// A stream over bytes held in memory (named `name` in messages), decompressed like a file: for
// tests and fuzzing.
std::unique_ptr<InputStream> memory_input(std::string bytes, std::string name);

// Reads a whole stream into a string, up to max_bytes (returns false when the input is larger;
// the first max_bytes are kept).
bool read_all(InputStream& in, std::string* out, size_t max_bytes = SIZE_MAX);

}  // namespace precis
