#include "core/story/ArticleFile.h"

#include <filesystem>
#include <unordered_set>

#include "core/io/BlockFile.h"
#include "core/io/ProblemList.h"
#include "core/io/TextFile.h"
#include "core/io/Say.h"

namespace kg {

std::vector<Article> readArticles(const std::string& path, std::vector<std::string>& listed) {
  std::vector<Article> articles;
  const auto file = readBlockFile(path);
  if (!file) {
    listed.push_back(file.error());
    return articles;
  }
  std::vector<std::string> problems;  // this file's, listed up to a point (ProblemList.h)
  problems.insert(problems.end(), file->problems.begin(), file->problems.end());
  const std::string dir = std::filesystem::path(path).parent_path().string();
  std::unordered_set<std::string> ids;
  for (const Block& b : file->blocks) {
    const std::string where = file->at(b.line);
    for (std::string& p : file->unknownKeys(b, {"file", "headline", "description", "outlet", "events", "version of",
                                                "story starts", "story ends"}))
      problems.push_back(std::move(p));
    Article a;
    a.id = b.header;
    a.file = b.value("file");
    a.headline = b.value("headline");
    a.description = b.value("description");
    a.outlet = b.value("outlet");
    a.eventsDate = b.value("events");
    a.versionOf = b.value("version of");
    if (a.id.empty()) { problems.push_back(say("{where}: an article needs an id in its [brackets]", {{"where", where}})); continue; }
    if (!ids.insert(a.id).second) { problems.push_back(say("{where}: duplicate article id '{id}'", {{"where", where}, {"id", a.id}})); continue; }
    if (a.file.empty()) { problems.push_back(say("{where}: article '{id}' has no file", {{"where", where}, {"id", a.id}})); continue; }
    const std::string full = dir + "/" + a.file;
    auto text = readFile(full);
    if (!text || text->empty()) {
      problems.push_back(text ? say("{where}: article '{id}': {file} is empty", {{"where", where}, {"id", a.id}, {"file", full}})
                              : say("{where}: article '{id}': its text cannot be read ({why})",
                                    {{"where", where}, {"id", a.id}, {"why", text.error()}}));
      continue;
    }
    a.text = *text;
    const std::string starts = b.value("story starts");
    auto story = findStory(a.text, starts, b.value("story ends"));
    if (!story) {
      const int line = b.lineOf(findStory(a.text, starts, "") ? "story ends" : "story starts");
      problems.push_back(say("{where}: article '{id}': {problem} ({file}); the whole text is shown",
                             {{"where", file->at(line)}, {"id", a.id}, {"problem", story.error()}, {"file", a.file}}));
      story = findStory(a.text, "", "");
    }
    a.story = std::move(*story);
    articles.push_back(std::move(a));
  }
  addProblems(listed, std::move(problems), path);
  return articles;
}

}  // namespace kg
