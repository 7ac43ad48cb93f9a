#include "read/html/text_date.h"

#include <string>

namespace precis {
namespace {

// Words that announce the original publication ("Published on", "Veröffentlicht am", ...).
constexpr std::string_view kPublishedWords[] = {
    "published",  "posted",         "publiziert",  "publié",       "publie le",    "publicado",
    "pubblicato", "veröffentlicht", "erschienen",  "erstellt",     "gepubliceerd", "geplaatst",
    "publicat",   "opublikowano",   "publikováno", "опубликовано", "yayınlanma",   "julkaistu",
    "publiceret", "publisert",      "publicerad",  "created",
};

// Words that announce a later change ("Updated", "Aktualisiert", "Mis à jour", ...).
constexpr std::string_view kUpdatedWords[] = {
    "updated",         "modified",        "last update",    "aktualisiert", "geändert",
    "letzte Änderung", "letzte änderung", "last edited",    "last changed", "mis à jour",
    "modifié",         "actualizado",     "actualización",  "aggiornato",   "atualizado",
    "bijgewerkt",      "обновлено",       "zaktualizowano", "güncelleme",   "päivitetty",
    "opdateret",       "oppdatert",       "uppdaterad",     "revised",
};

// Lower-cases ASCII letters only (keywords with other letters are matched as written).
std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

template <size_t N>
size_t find_any(std::string_view lower, const std::string_view (&words)[N], size_t from = 0) {
  size_t best = std::string_view::npos;
  for (std::string_view w : words) {
    size_t p = lower.find(w, from);
    if (p < best) best = p;
  }
  return best;
}

// True when an update keyword sits in the few bytes before `pos` (and after `from`).
bool announced_as_update(std::string_view lower, size_t from, size_t pos) {
  size_t window_start = pos > from + 30 ? pos - 30 : from;
  size_t u = find_any(lower, kUpdatedWords, window_start);
  return u != std::string_view::npos && u < pos;
}

}  // namespace

std::optional<ParsedDate> publication_date_in_text(std::string_view text, const DateBounds& bounds,
                                                   SlashOrder order, bool allow_update) {
  std::string lower = ascii_lower(text);
  size_t kw = find_any(lower, kPublishedWords);
  if (kw != std::string_view::npos) {
    if (auto d = find_date(text.substr(kw), bounds, order)) return d;
  }
  std::optional<ParsedDate> first;
  size_t pos = 0;
  for (int guard = 0; guard < 8 && pos < text.size(); ++guard) {
    DateSpan span;
    auto d = find_date(text.substr(pos), bounds, order, &span);
    if (!d) break;
    size_t begin = pos + span.begin;
    if (!announced_as_update(lower, pos, begin)) return d;
    if (!first) first = d;
    pos += span.end > span.begin ? span.end : span.begin + 1;
  }
  return allow_update ? first : std::nullopt;
}

std::optional<ParsedDate> date_from_labels(const std::vector<DateClue>& labels,
                                           const DateBounds& label_bounds, SlashOrder order) {
  DateBounds bounds = label_bounds;
  bounds.two_digit_years = true;  // labels are short: "31.10.23" is a date there
  // A label whose text says "published" beats one whose class says so, which beats the rest.
  for (const DateClue& c : labels) {
    std::string lower = ascii_lower(c.value);
    size_t kw = find_any(lower, kPublishedWords);
    if (kw == std::string_view::npos) continue;
    if (auto d = find_date(std::string_view(c.value).substr(kw), bounds, order)) return d;
  }
  for (DateHint wanted : {DateHint::kPublished, DateHint::kGeneric}) {
    for (const DateClue& c : labels) {
      if (c.hint != wanted) continue;
      if (auto d = publication_date_in_text(c.value, bounds, order, false)) return d;
    }
  }
  for (const DateClue& c : labels) {
    if (auto d = publication_date_in_text(c.value, bounds, order, true)) return d;
  }
  return std::nullopt;
}

}  // namespace precis
