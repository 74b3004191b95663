// The article file format (core/story/ArticleFile, Article) on any bytes: the input up to its
// first NUL is articles.txt, the rest (when there is a NUL) the text of a.txt beside it. b.txt
// (a bundled article) and empty.txt are always there. Each article's story paragraphs are then
// taken as the article view takes them.
#include "core/io/Resources.h"
#include "core/io/TextFile.h"
#include "core/story/ArticleFile.h"
#include "fuzz/FuzzSupport.h"

namespace {

std::string bundledArticle(const char* name) {
  const auto text = kg::readTextFile(kg::resourceRoot() + "/assets/articles/" + name);
  if (!text) {
    std::fprintf(stderr, "cannot read the bundled article %s\n", name);
    std::abort();
  }
  return *text;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const std::string& dir = kg::fuzz::scratchDir();
  kg::fuzz::writeFile(dir + "/b.txt", bundledArticle("002_3eaa36a4e0c2b786.txt"));
  kg::fuzz::writeFile(dir + "/empty.txt", "");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string dir = kg::fuzz::scratchDir();
  static const std::string defaultText = bundledArticle("000_7f8ce7b4dbebf780.txt");
  const auto parts = kg::fuzz::splitAtNul(kg::fuzz::bytes(data, size), 2);
  kg::fuzz::writeFile(dir + "/a.txt", parts.size() > 1 ? parts[1] : defaultText);
  kg::fuzz::writeFile(dir + "/articles.txt", parts[0]);
  std::vector<std::string> problems;
  for (const kg::Article& a : kg::readArticles(dir + "/articles.txt", problems))
    for (const kg::StoryParagraph& p : kg::storyParagraphs(a)) (void)p.holds({0, a.text.size()});
  return 0;
}
