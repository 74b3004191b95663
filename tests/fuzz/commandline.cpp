// The command line (cli/CommandLine): the input is cut into arguments at NUL bytes and newlines.
#include "cli/CommandLine.h"
#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> args{"kgatlas"};
  std::string arg;
  for (const char c : kg::fuzz::bytes(data, size)) {
    if (c == '\0' || c == '\n') {
      args.push_back(std::move(arg));
      arg.clear();
    } else {
      arg += c;
    }
  }
  if (!arg.empty()) args.push_back(std::move(arg));
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  argv.push_back(nullptr);  // as the system gives it
  (void)kg::parseCommandLine(static_cast<int>(args.size()), argv.data());
  return 0;
}
