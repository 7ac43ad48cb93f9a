#include "read/html/charset.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(Charset, ReadsContentTypeParameter) {
  EXPECT_EQ(charset_from_content_type("text/html; charset=ISO-8859-1"), "ISO-8859-1");
  EXPECT_EQ(charset_from_content_type("text/html;charset=\"utf-8\""), "utf-8");
  EXPECT_EQ(charset_from_content_type("text/html"), "");
}

TEST(Charset, ReadsMetaCharsetAndHttpEquiv) {
  EXPECT_EQ(charset_from_meta("<html><head><meta charset=\"windows-1251\"></head>"),
            "windows-1251");
  EXPECT_EQ(charset_from_meta("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; "
                              "charset=Shift_JIS\">"),
            "Shift_JIS");
  EXPECT_EQ(charset_from_meta("<meta name=\"x\" content=\"charset is nice\">"), "");
}

TEST(Charset, BomWins) {
  std::string page = "\xEF\xBB\xBF<meta charset=latin1><p>caf\xC3\xA9</p>";
  CharsetChoice c = choose_charset(page, "", "");
  EXPECT_EQ(c.charset, "UTF-8");
  EXPECT_EQ(c.source, "bom");
  std::string out = html_bytes_to_utf8(page, "", "", nullptr);
  EXPECT_EQ(out.substr(0, 6), "<meta ");
}

TEST(Charset, ConvertsDeclaredLatin1AsWindows1252) {
  // 0xE9 = é in latin-1; 0x93/0x94 are curly quotes only in windows-1252.
  std::string page = "<meta charset=\"iso-8859-1\"><p>caf\xE9 \x93ok\x94</p>";
  std::vector<std::string> warnings;
  std::string out = html_bytes_to_utf8(page, "", "", &warnings);
  EXPECT_NE(out.find("caf\xC3\xA9"), std::string::npos);
  EXPECT_NE(out.find("\xE2\x80\x9Cok\xE2\x80\x9D"), std::string::npos);
}

TEST(Charset, ValidUtf8BeatsWrongLegacyDeclaration) {
  std::string page = "<meta charset=\"iso-8859-1\"><p>caf\xC3\xA9 na\xC3\xAFve</p>";
  CharsetChoice c = choose_charset(page, "", "");
  EXPECT_EQ(c.charset, "UTF-8");
  EXPECT_EQ(c.source, "utf8-valid");
  EXPECT_NE(html_bytes_to_utf8(page, "", "", nullptr).find("caf\xC3\xA9"), std::string::npos);
}

TEST(Charset, HttpHeaderBeatsMeta) {
  std::string page = "<meta charset=\"utf-8\"><p>\xE9t\xE9</p>";
  CharsetChoice c = choose_charset(page, "text/html; charset=windows-1252", "");
  EXPECT_EQ(c.charset, "windows-1252");
  EXPECT_EQ(c.source, "http");
}

TEST(Charset, ForcedCharsetOverridesEverything) {
  // "日本" in Shift_JIS.
  std::string page = "<p>\x93\xFA\x96\x7B</p>";
  std::string out = html_bytes_to_utf8(page, "", "Shift_JIS", nullptr);
  EXPECT_EQ(out, "<p>\xE6\x97\xA5\xE6\x9C\xAC</p>");
}

TEST(Charset, Utf16LittleEndianBom) {
  std::string page("\xFF\xFE<\0p\0>\0h\0i\0", 12);
  EXPECT_EQ(html_bytes_to_utf8(page, "", "", nullptr), "<p>hi");
}

TEST(Charset, InvalidBytesInMostlyValidUtf8AreReplaced) {
  std::string page = "<meta charset=utf-8><p>";
  for (int i = 0; i < 200; ++i) page += "caf\xC3\xA9 ";
  page += "bad\xFF</p>";
  std::vector<std::string> warnings;
  std::string out = html_bytes_to_utf8(page, "", "", &warnings);
  EXPECT_NE(out.find("bad\xEF\xBF\xBD"), std::string::npos);
  ASSERT_EQ(warnings.size(), 1u);
}

TEST(Charset, UndeclaredNonUtf8UsesDetector) {
  std::string page = "<p>";
  for (int i = 0; i < 50; ++i)
    page +=
        "Der B\xE4r f\xE4hrt \xFC"
        "ber die Stra\xDF"
        "e. ";
  page += "</p>";
  std::string out = html_bytes_to_utf8(page, "", "", nullptr);
  EXPECT_NE(out.find("B\xC3\xA4r"), std::string::npos);
  EXPECT_NE(out.find("Stra\xC3\x9F"
                     "e"),
            std::string::npos);
}

TEST(Charset, UnknownDeclarationFallsBack) {
  std::string page = "<meta charset=\"x-no-such-charset\"><p>plain</p>";
  CharsetChoice c = choose_charset(page, "", "");
  EXPECT_EQ(c.charset, "UTF-8");
  EXPECT_EQ(html_bytes_to_utf8(page, "", "", nullptr), page);
}

}  // namespace
}  // namespace precis
