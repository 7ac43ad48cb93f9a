# All dependencies are Debian 12 packages (scripts/install-deps.sh installs them).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(simdjson REQUIRED)
find_package(nlohmann_json REQUIRED)
find_package(fmt REQUIRED)
find_package(CLI11 REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n data)
find_package(ZLIB REQUIRED)
find_package(LibXml2 REQUIRED)
find_package(LibArchive REQUIRED)
pkg_check_modules(ZSTD REQUIRED IMPORTED_TARGET libzstd)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)
pkg_check_modules(UCHARDET REQUIRED IMPORTED_TARGET uchardet)

# Packages without CMake or pkg-config files.
find_library(STEMMER_LIB stemmer REQUIRED)
find_path(STEMMER_INCLUDE libstemmer.h REQUIRED)
find_library(CLD2_LIB cld2 REQUIRED)
find_path(CLD2_INCLUDE cld2/public/compact_lang_det.h REQUIRED)
find_library(GLPK_LIB glpk REQUIRED)
find_path(GLPK_INCLUDE glpk.h REQUIRED)

add_library(precis_deps INTERFACE)
target_include_directories(precis_deps INTERFACE ${STEMMER_INCLUDE} ${CLD2_INCLUDE} ${GLPK_INCLUDE})
target_link_libraries(precis_deps INTERFACE
  simdjson::simdjson nlohmann_json::nlohmann_json fmt::fmt
  ICU::uc ICU::i18n ICU::data ZLIB::ZLIB LibXml2::LibXml2 LibArchive::LibArchive
  PkgConfig::ZSTD PkgConfig::RE2 PkgConfig::XXHASH PkgConfig::UCHARDET
  ${STEMMER_LIB} ${CLD2_LIB} ${GLPK_LIB} Threads::Threads)
