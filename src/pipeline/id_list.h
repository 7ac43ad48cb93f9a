// IdList: the article ids of one event, in arrival order, packed into one buffer. An event can
// hold a million articles (the same wire story sent again and again); as std::strings its ids
// cost 32 bytes each plus a heap block for any id longer than 15 bytes, here the id's bytes and
// 8 bytes of offset.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

class IdList {
 public:
  IdList() = default;
  IdList(std::initializer_list<std::string_view> ids) {
    for (std::string_view id : ids) push_back(id);
  }
  void push_back(std::string_view id) {
    bytes_.append(id);
    ends_.push_back(bytes_.size());
  }
  size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  std::string_view operator[](size_t i) const {
    const size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(bytes_).substr(begin, ends_[i] - begin);
  }
  bool operator==(const IdList& o) const { return ends_ == o.ends_ && bytes_ == o.bytes_; }

 private:
  std::string bytes_;
  std::vector<size_t> ends_;  // end of each id in bytes_
};

}  // namespace precis
