#include "core/story/PassageFile.h"

#include <unordered_map>

#include "core/io/BlockFile.h"
#include "core/io/ProblemList.h"
#include "core/io/Say.h"

namespace kg {
namespace {

const Article* findArticle(const std::vector<Article>& articles, const std::string& id) {
  for (const Article& a : articles)
    if (a.id == id) return &a;
  return nullptr;
}

bool parseKind(const std::string& text, PassageKind& kind) {
  if (text.empty() || text == "report") kind = PassageKind::Report;
  else if (text == "photo caption") kind = PassageKind::PhotoCaption;
  else return false;
  return true;
}

}  // namespace

bool isPassageId(std::string_view id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    if (c == '-' ? id[i - 1] == '-' : !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

std::vector<Passage> readPassages(const std::string& path, const std::vector<Article>& articles,
                                  const PassageTargets& targets, std::vector<std::string>& listed) {
  std::vector<Passage> passages;
  std::vector<std::string> problems;  // this file's, listed up to a point (ProblemList.h)
  const auto file = readBlockFile(path);
  if (!file) {
    listed.push_back(file.error());
    return passages;
  }
  problems.insert(problems.end(), file->problems.begin(), file->problems.end());
  std::unordered_map<std::string, int> firstLine;  // passage id -> the line that gave it
  for (const Block& b : file->blocks) {
    auto at = [&](const char* key) { return file->at(b.lineOf(key)); };
    const auto space = b.header.find(' ');
    const std::string type = b.header.substr(0, space);
    const std::string id = space == std::string::npos ? "" : trimSpace(std::string_view(b.header).substr(space));
    if (type != "passage") {
      problems.push_back(say("{where}: unknown block [{header}] (expected [passage some-id])", {{"where", at("")}, {"header", b.header}}));
      continue;
    }
    if (id.empty()) {
      problems.push_back(say("{where}: the passage has no id (write its block header as [passage some-id])", {{"where", at("")}}));
      continue;
    }
    if (!isPassageId(id)) {
      problems.push_back(say("{where}: passage id '{id}' must be lower-case words joined by hyphens", {{"where", at("")}, {"id", id}}));
      continue;
    }
    if (const auto [it, fresh] = firstLine.emplace(id, b.line); !fresh) {
      problems.push_back(say("{where}: duplicate passage id '{id}' (first on line {line})",
                             {{"where", at("")}, {"id", id}, {"line", std::to_string(it->second)}}));
      continue;
    }
    for (std::string& p : file->unknownKeys(b, {"article", "events", "places", "text", "kind", "note"}))
      problems.push_back(std::move(p));

    Passage p;
    p.id = id;
    p.line = b.line;
    p.articleId = b.value("article");
    p.text = b.value("text");
    p.note = b.value("note");
    const Article* article = findArticle(articles, p.articleId);
    if (!article) { problems.push_back(say("{where}: unknown article '{id}'", {{"where", at("article")}, {"id", p.articleId}})); continue; }
    if (!parseKind(b.value("kind"), p.kind)) {
      problems.push_back(say("{where}: unknown kind '{kind}' (report or photo caption)", {{"where", at("kind")}, {"kind", b.value("kind")}}));
      continue;
    }
    if (p.text.empty()) { problems.push_back(say("{where}: the passage has no text", {{"where", at("text")}})); continue; }
    const auto span = findWordForWord(article->text, p.text);
    if (!span) {
      problems.push_back(say("{where}: passage not found word for word in article '{id}' ({file})",
                             {{"where", at("text")}, {"id", p.articleId}, {"file", article->file}}));
      continue;
    }
    p.span = *span;

    std::vector<std::pair<std::string, std::string>> unknown;  // (where, what)
    for (const std::string& target : splitCommaList(b.value("events"))) {
      if (targets.isEvent(target)) p.events.push_back(target);
      else unknown.emplace_back(at("events"), say("unknown event '{id}'", {{"id", target}}));
    }
    for (const std::string& target : splitCommaList(b.value("places"))) {
      if (targets.isPlace(target)) p.places.push_back(target);
      else unknown.emplace_back(at("places"), say("unknown place '{id}'", {{"id", target}}));
    }
    if (p.events.empty() && p.places.empty()) {  // one message for a passage left with nowhere to go
      std::string what;
      for (const auto& u : unknown) what += (what.empty() ? " (" : ", ") + u.second;
      const std::string where = unknown.empty() ? at("") : unknown.front().first;
      problems.push_back(what.empty() ? say("{where}: the passage belongs to no known event or place", {{"where", where}})
                                      : say("{where}: the passage belongs to no known event or place{unknown})",
                                            {{"where", where}, {"unknown", what}}));
      continue;
    }
    for (const auto& [where, what] : unknown) problems.push_back(say("{where}: {problem}", {{"where", where}, {"problem", what}}));
    for (const Article& other : articles)
      if (other.id != article->id && (other.versionOf == article->id || article->versionOf == other.id) &&
          findWordForWord(other.text, p.text, /*foldQuotes=*/true))
        p.alsoIn.push_back(other.id);
    passages.push_back(std::move(p));
  }
  addProblems(listed, std::move(problems), path);
  return passages;
}

}  // namespace kg
