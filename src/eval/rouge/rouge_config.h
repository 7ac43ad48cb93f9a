// Reading ROUGE-1.5.5 evaluation setups: the XML config (-d config.xml style) and SPL files.
//
// Supported: INPUT-FORMAT TYPE="SPL" (one sentence per line), the format of most ROUGE setups.
//   <ROUGE-EVAL version="1.0">
//     <EVAL ID="D30003T">
//       <PEER-ROOT>spl/D30003T</PEER-ROOT> <MODEL-ROOT>spl/D30003T</MODEL-ROOT>
//       <INPUT-FORMAT TYPE="SPL"/>
//       <PEERS><P ID="sys1">P.sys1.spl</P> ...</PEERS>
//       <MODELS><M ID="B">M.B.spl</M> ...</MODELS>
//     </EVAL> ...
// Relative roots are resolved against the config file's directory (ROUGE itself resolves them
// against the working directory, which is the same when it is run next to the config).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "precis/status.h"

namespace precis::rouge {

struct RougeEval {
  std::string id;                                           // EVAL ID
  std::vector<std::pair<std::string, std::string>> peers;   // (peer ID, file path)
  std::vector<std::pair<std::string, std::string>> models;  // (model ID, file path)
};

// Parses the config; fails naming the file (and the EVAL) on a malformed or unsupported entry.
Status read_rouge_config(const std::string& path, std::vector<RougeEval>* evals);

// The lines of an SPL file, as ROUGE reads them: split on '\n' (chomp removes only the '\n';
// empty lines are kept here and skipped by the scorer).
Status read_spl_file(const std::string& path, std::vector<std::string>* lines);

}  // namespace precis::rouge
