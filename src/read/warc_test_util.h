// Test helpers: WARC records and gzip members built from strings (for *_test.cc only).
#pragma once

#include <zlib.h>

#include <string>

namespace precis::warc_test {

// One WARC record with the given type, target URI ("" = none) and block.
inline std::string make_record(const std::string& type, const std::string& uri,
                               const std::string& block, const std::string& version = "WARC/1.1",
                               bool lf_only = false) {
  std::string eol = lf_only ? "\n" : "\r\n";
  std::string r = version + eol + "WARC-Type: " + type + eol;
  if (!uri.empty()) r += "WARC-Target-URI: " + uri + eol;
  r += "WARC-Date: 2024-05-18T01:58:10Z" + eol;
  r += "WARC-Record-ID: <urn:uuid:" + type + "-" + std::to_string(block.size()) + ">" + eol;
  r += "Content-Length: " + std::to_string(block.size()) + eol + eol;
  return r + block + eol + eol;
}

// `bytes` as one complete gzip member (concatenate several for per-record gzip).
inline std::string gzip_member(const std::string& bytes) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, bytes.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// `bytes` as a zlib (deflate) or raw deflate stream, for Content-Encoding tests.
inline std::string deflate_bytes(const std::string& bytes, bool raw) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, raw ? -15 : 15, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, bytes.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

}  // namespace precis::warc_test
