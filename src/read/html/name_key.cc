#include "read/html/name_key.h"

namespace precis {

std::string name_key(std::string_view s) {
  std::string out;
  for (char c : s) {
    unsigned char u = c;
    if (u >= 'A' && u <= 'Z')
      out += static_cast<char>(u + 32);
    else if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80)
      out += c;
  }
  return out;
}

}  // namespace precis
