// WARC reading throughput and memory.
//
//   bench_warc [--base-repeat N] [--scales 1,10] [--tmp DIR] FILE.warc[.gz]...
//
// Builds a test input in DIR (default /tmp) by concatenating the given WARC files N times
// (default 20; gzip members concatenate into a valid multi-member file), then the same input
// repeated 10x (or the --scales given), and measures on each, in a separate child process:
//   read      the file's bytes, no decompression (disk / page-cache floor)
//   gunzip    the decompressed bytes through InputStream (decompression floor)
//   records   WarcRecordReader: every record framed and its block copied, no HTTP or HTML work
//   articles  read_warc: HTTP decoding and HTML extraction of every HTML response
// MB/s are decompressed megabytes (10^6 bytes) per second, of wall time and of CPU time (user +
// system; the steadier number on a shared machine); peak RSS is the child's getrusage ru_maxrss.
// Flat RSS from 1x to 10x shows the reader streams.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "read/input_stream.h"
#include "read/warc_reader.h"
#include "read/warc_record.h"

namespace {

struct Measure {
  double seconds = 0;
  double bytes = 0;    // decompressed bytes processed
  double records = 0;  // records (or articles) counted
  double articles = 0;
  double peak_rss_mb = 0;
  double cpu_seconds = 0;  // user + system: stable when the machine is shared
};

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;  // KB on Linux
}

double cpu_seconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec +
         (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

Measure run_mode(const std::string& mode, const std::string& path) {
  Measure m;
  double cpu_start = cpu_seconds();
  auto start = std::chrono::steady_clock::now();
  if (mode == "read") {
    FILE* f = fopen(path.c_str(), "rb");
    std::vector<char> buf(1 << 20);
    size_t r;
    while (f && (r = fread(buf.data(), 1, buf.size(), f)) > 0) m.bytes += r;
    if (f) fclose(f);
  } else {
    precis::Status status;
    auto in = precis::open_input(path, &status);
    if (!in) {
      fprintf(stderr, "%s\n", status.message().c_str());
      exit(2);
    }
    precis::Diagnostics diagnostics([](const precis::Diagnostic&) {});
    if (mode == "gunzip") {
      std::vector<char> buf(1 << 20);
      size_t r;
      while ((r = in->read(buf.data(), buf.size())) > 0) m.bytes += r;
    } else if (mode == "records") {
      precis::WarcRecordReader reader(in.get(), path, &diagnostics);
      precis::WarcRecord record;
      while (reader.next(&record)) ++m.records;
      m.bytes = static_cast<double>(reader.bytes_read());
    } else {
      // Count decompressed bytes with a pass-through wrapper.
      struct Counting : precis::InputStream {
        precis::InputStream* inner;
        double bytes = 0;
        size_t read(char* buf, size_t n) override {
          size_t r = inner->read(buf, n);
          bytes += r;
          return r;
        }
        const precis::Status& error() const override { return inner->error(); }
        const char* compression() const override { return inner->compression(); }
      } counting;
      counting.inner = in.get();
      precis::WarcStats stats = precis::read_warc(
          counting, path, [&](precis::Article&& a) { m.articles += !a.text.empty(); }, diagnostics);
      m.records = static_cast<double>(stats.records);
      m.articles = static_cast<double>(stats.articles);
      m.bytes = counting.bytes;
    }
  }
  m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  m.cpu_seconds = cpu_seconds() - cpu_start;
  m.peak_rss_mb = peak_rss_mb();
  return m;
}

// Runs one measurement in a child process so each has its own peak RSS.
Measure measure(const std::string& mode, const std::string& path) {
  int fds[2];
  if (pipe(fds) != 0) {
    perror("pipe");
    exit(2);
  }
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    Measure m = run_mode(mode, path);
    if (write(fds[1], &m, sizeof(m)) != sizeof(m)) _exit(3);
    _exit(0);
  }
  close(fds[1]);
  Measure m;
  if (read(fds[0], &m, sizeof(m)) != sizeof(m)) {
    fprintf(stderr, "measurement %s failed\n", mode.c_str());
  }
  close(fds[0]);
  int st = 0;
  waitpid(pid, &st, 0);
  return m;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

int main(int argc, char** argv) {
  int base_repeat = 20;
  std::vector<int> scales = {1, 10};
  std::string tmp = "/tmp";
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--base-repeat" && i + 1 < argc) {
      base_repeat = atoi(argv[++i]);
    } else if (a == "--scales" && i + 1 < argc) {
      scales.clear();
      for (char* s = strtok(argv[++i], ","); s; s = strtok(nullptr, ",")) scales.push_back(atoi(s));
    } else if (a == "--tmp" && i + 1 < argc) {
      tmp = argv[++i];
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) {
    fprintf(stderr, "usage: bench_warc [--base-repeat N] [--scales 1,10] [--tmp DIR] FILE...\n");
    return 2;
  }
  std::string unit;
  for (const auto& f : files) unit += slurp(f);

  printf(
      "| input | mode | file MB | data MB | wall s | MB/s wall | cpu s | MB/s cpu | records | "
      "articles | peak RSS MB |\n");
  printf("|---|---|---|---|---|---|---|---|---|---|---|\n");
  for (int scale : scales) {
    std::string path = tmp + "/precis_bench_warc_" + std::to_string(scale) + "x.warc";
    if (unit.size() >= 2 && static_cast<unsigned char>(unit[0]) == 0x1f) path += ".gz";
    {
      std::ofstream out(path, std::ios::binary);
      for (int i = 0; i < base_repeat * scale; ++i) out << unit;
    }
    double file_mb = static_cast<double>(unit.size()) * base_repeat * scale / 1e6;
    for (const char* mode : {"read", "gunzip", "records", "articles"}) {
      Measure m = measure(mode, path);
      double mb = m.bytes / 1e6;
      printf("| %dx | %s | %.1f | %.1f | %.3f | %.1f | %.3f | %.1f | %.0f | %.0f | %.1f |\n", scale,
             mode, file_mb, mb, m.seconds, m.seconds > 0 ? mb / m.seconds : 0.0, m.cpu_seconds,
             m.cpu_seconds > 0 ? mb / m.cpu_seconds : 0.0, m.records, m.articles, m.peak_rss_mb);
      fflush(stdout);
    }
    std::remove(path.c_str());
  }
  return 0;
}
