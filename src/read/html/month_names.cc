#include "read/html/month_names.h"

#include <cstddef>

namespace precis {
namespace {

struct MonthName {
  std::string_view name;  // lower case, UTF-8
  int month;
};

// Full names and the usual abbreviations (a trailing '.' is skipped by the scanner). Names shared
// by several languages appear once. Genitive forms are the ones used in dates (pl, cs, ru, fi).
constexpr MonthName kMonths[] = {
    // English
    {"january", 1},
    {"february", 2},
    {"march", 3},
    {"april", 4},
    {"may", 5},
    {"june", 6},
    {"july", 7},
    {"august", 8},
    {"september", 9},
    {"october", 10},
    {"november", 11},
    {"december", 12},
    {"jan", 1},
    {"feb", 2},
    {"mar", 3},
    {"apr", 4},
    {"jun", 6},
    {"jul", 7},
    {"aug", 8},
    {"sep", 9},
    {"sept", 9},
    {"oct", 10},
    {"nov", 11},
    {"dec", 12},
    // German
    {"januar", 1},
    {"jänner", 1},
    {"februar", 2},
    {"feber", 2},
    {"märz", 3},
    {"maerz", 3},
    {"mai", 5},
    {"juni", 6},
    {"juli", 7},
    {"oktober", 10},
    {"dezember", 12},
    {"mär", 3},
    {"mrz", 3},
    {"okt", 10},
    {"dez", 12},
    // French
    {"janvier", 1},
    {"février", 2},
    {"fevrier", 2},
    {"mars", 3},
    {"avril", 4},
    {"juin", 6},
    {"juillet", 7},
    {"août", 8},
    {"aout", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"décembre", 12},
    {"decembre", 12},
    {"janv", 1},
    {"févr", 2},
    {"fevr", 2},
    {"avr", 4},
    {"juil", 7},
    {"déc", 12},
    // Spanish
    {"enero", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"septiembre", 9},
    {"setiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
    {"ene", 1},
    {"abr", 4},
    {"ago", 8},
    {"dic", 12},
    // Italian
    {"gennaio", 1},
    {"febbraio", 2},
    {"aprile", 4},
    {"maggio", 5},
    {"giugno", 6},
    {"luglio", 7},
    {"settembre", 9},
    {"ottobre", 10},
    {"dicembre", 12},
    {"gen", 1},
    {"mag", 5},
    {"giu", 6},
    {"lug", 7},
    {"ott", 10},
    // Portuguese
    {"janeiro", 1},
    {"fevereiro", 2},
    {"março", 3},
    {"marco", 3},
    {"maio", 5},
    {"junho", 6},
    {"julho", 7},
    {"setembro", 9},
    {"outubro", 10},
    {"novembro", 11},
    {"dezembro", 12},
    {"fev", 2},
    {"set", 9},
    {"out", 10},
    // Dutch
    {"januari", 1},
    {"februari", 2},
    {"maart", 3},
    {"mei", 5},
    {"augustus", 8},
    {"mrt", 3},
    // Swedish, Danish, Norwegian
    {"augusti", 8},
    {"maj", 5},
    {"marts", 3},
    {"desember", 12},
    {"des", 12},
    // Polish (genitive)
    {"stycznia", 1},
    {"lutego", 2},
    {"marca", 3},
    {"kwietnia", 4},
    {"maja", 5},
    {"czerwca", 6},
    {"lipca", 7},
    {"sierpnia", 8},
    {"września", 9},
    {"października", 10},
    {"listopada", 11},
    {"grudnia", 12},
    // Czech (genitive)
    {"ledna", 1},
    {"února", 2},
    {"března", 3},
    {"dubna", 4},
    {"května", 5},
    {"června", 6},
    {"července", 7},
    {"srpna", 8},
    {"září", 9},
    {"října", 10},
    {"listopadu", 11},
    {"prosince", 12},
    // Russian (genitive)
    {"января", 1},
    {"февраля", 2},
    {"марта", 3},
    {"апреля", 4},
    {"мая", 5},
    {"июня", 6},
    {"июля", 7},
    {"августа", 8},
    {"сентября", 9},
    {"октября", 10},
    {"ноября", 11},
    {"декабря", 12},
    // Turkish
    {"ocak", 1},
    {"şubat", 2},
    {"mart", 3},
    {"nisan", 4},
    {"mayıs", 5},
    {"haziran", 6},
    {"temmuz", 7},
    {"ağustos", 8},
    {"eylül", 9},
    {"ekim", 10},
    {"kasım", 11},
    {"aralık", 12},
    // Finnish (partitive, as in "24. tammikuuta 2019")
    {"tammikuuta", 1},
    {"helmikuuta", 2},
    {"maaliskuuta", 3},
    {"huhtikuuta", 4},
    {"toukokuuta", 5},
    {"kesäkuuta", 6},
    {"heinäkuuta", 7},
    {"elokuuta", 8},
    {"syyskuuta", 9},
    {"lokakuuta", 10},
    {"marraskuuta", 11},
    {"joulukuuta", 12},
    // Hungarian (year first: "2019. január 24.")
    {"január", 1},
    {"február", 2},
    {"március", 3},
    {"április", 4},
    {"május", 5},
    {"június", 6},
    {"július", 7},
    {"augusztus", 8},
    {"szeptember", 9},
    {"október", 10},
    // Romanian
    {"ianuarie", 1},
    {"februarie", 2},
    {"martie", 3},
    {"aprilie", 4},
    {"iunie", 6},
    {"iulie", 7},
    {"septembrie", 9},
    {"octombrie", 10},
    {"noiembrie", 11},
    {"decembrie", 12},
    // Indonesian
    {"maret", 3},
    {"agustus", 8},
    {"desember", 12},
};

// Lower-cases a word into `out` (ASCII, Latin-1, Latin Extended-A and basic Cyrillic capitals;
// enough for month names). Returns the folded length, or 0 when it does not fit.
size_t fold_word(std::string_view w, char* out, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = w[i];
    if (o + 2 > cap) return 0;
    if (c < 0x80) {
      out[o++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      continue;
    }
    if (i + 1 < w.size() && (c & 0xE0) == 0xC0) {
      unsigned cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(w[i + 1]) & 0x3F);
      if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) {
        cp += 0x20;  // Latin-1 capitals
      } else if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) {
        cp |= 1;  // Latin Extended-A: capital even, small odd
      } else if (cp >= 0x139 && cp <= 0x148 && (cp & 1)) {
        cp += 1;
      } else if (cp >= 0x410 && cp <= 0x42F) {
        cp += 0x20;  // Cyrillic capitals
      }
      out[o++] = static_cast<char>(0xC0 | (cp >> 6));
      out[o++] = static_cast<char>(0x80 | (cp & 0x3F));
      ++i;
      continue;
    }
    out[o++] = static_cast<char>(c);
  }
  return o;
}

}  // namespace

int month_from_word(std::string_view word) {
  if (word.size() < 3 || word.size() > 40) return 0;
  char buf[48];
  size_t n = fold_word(word, buf, sizeof buf);
  if (n == 0) return 0;
  std::string_view folded(buf, n);
  for (const MonthName& m : kMonths) {
    if (m.name == folded) return m.month;
  }
  return 0;
}

}  // namespace precis
