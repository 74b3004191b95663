// A source as the command line or File > Open gives it (core/io/SourceName): a file, or a
// PostgreSQL connection string in libpq's keyword or URI form, with "|layername=" on the end.
// Whatever the text, no password it gives survives in what messages show.
#include "core/io/SourceName.h"
#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(kg::fuzz::bytes(data, size));
  const std::string label = kg::sourceLabel(text);
  const std::string hidden = kg::hidePassword(text, text);
  (void)kg::sourceTitle(text);
  for (const std::string& password : kg::passwordsIn(text)) {
    if (password.find('*') != std::string::npos) continue;  // the stars themselves may spell it
    if (hidden.find(password) != std::string::npos) __builtin_trap();
    if (kg::hidePassword(label, text).find(password) != std::string::npos) __builtin_trap();
  }
  const kg::SourceName name = kg::splitSource(text);
  if (name.layer.find("|layername=") == std::string::npos &&
      kg::splitSource(kg::withLayer(text, name.layer)).layer != name.layer)
    __builtin_trap();  // a layer named is the layer read back
  return 0;
}
