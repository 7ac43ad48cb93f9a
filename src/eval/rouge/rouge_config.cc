#include "eval/rouge/rouge_config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace precis::rouge {
namespace {

std::string node_name(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

std::string text_of(xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string text = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return "";
  return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

std::string attribute(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string out = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return out;
}

std::string join_path(const std::filesystem::path& base, const std::string& root,
                      const std::string& file) {
  std::filesystem::path p =
      root.empty() ? std::filesystem::path(file) : std::filesystem::path(root) / file;
  return p.is_absolute() ? p.string() : (base / p).string();
}

// Reads one <EVAL>; `where` names it in messages.
Status read_eval(xmlNode* eval, const std::filesystem::path& base, const std::string& where,
                 RougeEval* out) {
  out->id = attribute(eval, "ID");
  if (out->id.empty()) return Status::InvalidInput(where + ": EVAL without ID");
  std::string peer_root, model_root, format = "SPL";
  std::vector<std::pair<std::string, std::string>> peers, models;
  for (xmlNode* child = eval->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    std::string name = node_name(child);
    if (name == "PEER-ROOT") peer_root = text_of(child);
    if (name == "MODEL-ROOT") model_root = text_of(child);
    if (name == "INPUT-FORMAT") format = attribute(child, "TYPE");
    if (name == "PEERS" || name == "MODELS") {
      auto& list = name == "PEERS" ? peers : models;
      for (xmlNode* item = child->children; item; item = item->next) {
        if (item->type != XML_ELEMENT_NODE) continue;
        list.emplace_back(attribute(item, "ID"), text_of(item));
      }
    }
  }
  if (format != "SPL") {
    return Status::Unsupported(where + " (EVAL " + out->id + "): INPUT-FORMAT " + format +
                               " is not supported (only SPL)");
  }
  if (peers.empty()) return Status::InvalidInput(where + " (EVAL " + out->id + "): no peers");
  for (auto& [id, file] : peers) out->peers.emplace_back(id, join_path(base, peer_root, file));
  for (auto& [id, file] : models) out->models.emplace_back(id, join_path(base, model_root, file));
  return Status::Ok();
}

}  // namespace

Status read_rouge_config(const std::string& path, std::vector<RougeEval>* evals) {
  xmlDoc* doc =
      xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) {
    if (!std::filesystem::exists(path)) return Status::NotFound("cannot read ROUGE config " + path);
    const xmlError* err = xmlGetLastError();
    std::string detail = err && err->message ? err->message : "parse error";
    if (!detail.empty() && detail.back() == '\n') detail.pop_back();
    return Status::InvalidInput(path + ":" + std::to_string(err ? err->line : 0) +
                                ": malformed XML: " + detail);
  }
  std::filesystem::path base = std::filesystem::path(path).parent_path();
  Status status;
  xmlNode* root = xmlDocGetRootElement(doc);
  int index = 0;
  for (xmlNode* node = root ? root->children : nullptr; node && status.ok(); node = node->next) {
    if (node->type != XML_ELEMENT_NODE || node_name(node) != "EVAL") continue;
    ++index;
    RougeEval eval;
    status = read_eval(node, base, path + ":" + std::to_string(xmlGetLineNo(node)), &eval);
    if (status.ok()) evals->push_back(std::move(eval));
  }
  xmlFreeDoc(doc);
  if (status.ok() && index == 0) status = Status::InvalidInput(path + ": no <EVAL> entries");
  return status;
}

Status read_spl_file(const std::string& path, std::vector<std::string>* lines) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read " + path);
  std::string line;
  while (std::getline(in, line)) lines->push_back(line);
  return Status::Ok();
}

}  // namespace precis::rouge
