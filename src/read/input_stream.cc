#include "read/input_stream.h"

#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace precis {
namespace {

constexpr size_t kChunk = 1 << 16;

// Raw bytes from a FILE* or from an owned in-memory buffer, with a small pushed-back prefix
// (the magic bytes we peeked at).
class FileSource {
 public:
  FileSource(FILE* f, bool owned, std::string name) : f_(f), owned_(owned), name_(std::move(name)) {}
  // Reads from `bytes` instead of a file.
  FileSource(std::string bytes, std::string name)
      : f_(nullptr), owned_(false), name_(std::move(name)), memory_(std::move(bytes)) {}
  ~FileSource() {
    if (owned_ && f_) fclose(f_);
  }
  size_t read(char* buf, size_t n) {
    size_t got = 0;
    if (pos_ < peeked_.size()) {
      got = std::min(n, peeked_.size() - pos_);
      memcpy(buf, peeked_.data() + pos_, got);
      pos_ += got;
      if (got == n) return got;
    }
    return got + read_raw(buf + got, n - got);
  }
  std::string peek(size_t n) {
    peeked_.resize(n);
    size_t r = read_raw(peeked_.data(), n);
    peeked_.resize(r);
    return peeked_;
  }
  const Status& error() const { return error_; }
  const std::string& name() const { return name_; }

 private:
  size_t read_raw(char* buf, size_t n) {
    if (!f_) {
      size_t r = std::min(n, memory_.size() - memory_pos_);
      memcpy(buf, memory_.data() + memory_pos_, r);
      memory_pos_ += r;
      return r;
    }
    size_t r = fread(buf, 1, n, f_);
    if (r < n && ferror(f_)) {
      error_ = Status::IoError(name_ + ": read error: " + strerror(errno));
    }
    return r;
  }

  FILE* f_;
  bool owned_;
  std::string name_;
  std::string memory_;
  size_t memory_pos_ = 0;
  std::string peeked_;
  size_t pos_ = 0;
  Status error_;
};

class PlainStream : public InputStream {
 public:
  explicit PlainStream(std::unique_ptr<FileSource> src) : src_(std::move(src)) {}
  size_t read(char* buf, size_t n) override { return src_->read(buf, n); }
  const Status& error() const override { return src_->error(); }
  const char* compression() const override { return "none"; }

 private:
  std::unique_ptr<FileSource> src_;
};

// gzip with zlib's inflate in gzip mode; restarts after each member so concatenated members
// (Common Crawl's per-record gzip) read as one stream.
class GzipStream : public InputStream {
 public:
  explicit GzipStream(std::unique_ptr<FileSource> src) : src_(std::move(src)), in_(kChunk) {
    memset(&z_, 0, sizeof(z_));
    inflateInit2(&z_, 15 + 16);
  }
  ~GzipStream() override { inflateEnd(&z_); }
  size_t read(char* buf, size_t n) override {
    if (done_) return 0;
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(std::min<size_t>(n, UINT32_MAX));
    while (z_.avail_out > 0) {
      if (z_.avail_in == 0) {
        size_t r = src_->read(in_.data(), in_.size());
        if (r == 0) {
          if (!src_->error().ok()) {
            error_ = src_->error();
          } else if (mid_member_) {
            error_ = Status::InvalidInput(src_->name() + ": gzip stream is truncated");
          }
          done_ = true;
          break;
        }
        z_.next_in = reinterpret_cast<Bytef*>(in_.data());
        z_.avail_in = static_cast<uInt>(r);
      }
      int rc = inflate(&z_, Z_NO_FLUSH);
      mid_member_ = true;
      if (rc == Z_STREAM_END) {
        mid_member_ = false;
        inflateReset(&z_);
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        error_ = Status::InvalidInput(src_->name() + ": corrupt gzip data (" +
                                      (z_.msg ? z_.msg : "inflate error") + ")");
        done_ = true;
        break;
      } else if (rc == Z_BUF_ERROR && z_.avail_in > 0) {
        break;  // output full
      }
    }
    return n - z_.avail_out;
  }
  const Status& error() const override { return error_; }
  const char* compression() const override { return "gzip"; }

 private:
  std::unique_ptr<FileSource> src_;
  std::vector<char> in_;
  z_stream z_;
  bool done_ = false;
  bool mid_member_ = false;
  Status error_;
};

class ZstdStream : public InputStream {
 public:
  explicit ZstdStream(std::unique_ptr<FileSource> src)
      : src_(std::move(src)), in_(ZSTD_DStreamInSize()), dctx_(ZSTD_createDCtx()) {}
  ~ZstdStream() override { ZSTD_freeDCtx(dctx_); }
  size_t read(char* buf, size_t n) override {
    if (done_) return 0;
    ZSTD_outBuffer out{buf, n, 0};
    while (out.pos < out.size) {
      if (input_.pos == input_.size) {
        size_t r = src_->read(in_.data(), in_.size());
        if (r == 0) {
          if (!src_->error().ok()) {
            error_ = src_->error();
          } else if (last_ret_ != 0) {
            error_ = Status::InvalidInput(src_->name() + ": zstd stream is truncated");
          }
          done_ = true;
          break;
        }
        input_ = ZSTD_inBuffer{in_.data(), r, 0};
      }
      last_ret_ = ZSTD_decompressStream(dctx_, &out, &input_);
      if (ZSTD_isError(last_ret_)) {
        error_ = Status::InvalidInput(src_->name() + ": corrupt zstd data (" +
                                      ZSTD_getErrorName(last_ret_) + ")");
        done_ = true;
        break;
      }
    }
    return out.pos;
  }
  const Status& error() const override { return error_; }
  const char* compression() const override { return "zstd"; }

 private:
  std::unique_ptr<FileSource> src_;
  std::vector<char> in_;
  ZSTD_DCtx* dctx_;
  ZSTD_inBuffer input_{nullptr, 0, 0};
  size_t last_ret_ = 0;
  bool done_ = false;
  Status error_;
};

// Picks the decoder from the magic bytes.
std::unique_ptr<InputStream> wrap_source(std::unique_ptr<FileSource> src) {
  std::string magic = src->peek(4);
  if (magic.size() >= 2 && static_cast<unsigned char>(magic[0]) == 0x1f &&
      static_cast<unsigned char>(magic[1]) == 0x8b) {
    return std::make_unique<GzipStream>(std::move(src));
  }
  if (magic.size() == 4 && magic == std::string("\x28\xb5\x2f\xfd", 4)) {
    return std::make_unique<ZstdStream>(std::move(src));
  }
  return std::make_unique<PlainStream>(std::move(src));
}

}  // namespace

std::unique_ptr<InputStream> open_input(const std::string& path, Status* status) {
  FILE* f = nullptr;
  bool owned = true;
  if (path == "-") {
    f = stdin;
    owned = false;
  } else {
    f = fopen(path.c_str(), "rb");
    if (!f) {
      *status = Status::IoError(path + ": cannot open: " + strerror(errno));
      return nullptr;
    }
  }
  *status = Status::Ok();
  return wrap_source(std::make_unique<FileSource>(f, owned, path == "-" ? "<stdin>" : path));
}

std::unique_ptr<InputStream> memory_input(std::string bytes, std::string name) {
  return wrap_source(std::make_unique<FileSource>(std::move(bytes), std::move(name)));
}

bool read_all(InputStream& in, std::string* out, size_t max_bytes) {
  out->clear();
  char buf[kChunk];
  while (true) {
    size_t r = in.read(buf, sizeof(buf));
    if (r == 0) return true;
    if (out->size() + r > max_bytes) {
      out->append(buf, max_bytes - out->size());
      return false;
    }
    out->append(buf, r);
  }
}

}  // namespace precis
