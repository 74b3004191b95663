#pragma once
// What the viewer remembers between runs: the language, the window's size and place, the text
// size, which panels and map layers are shown. A TOML file under $XDG_CONFIG_HOME/kgatlas/
// (~/.config/kgatlas/ without it), written atomically when the viewer closes. A file that
// cannot be read is said so and left as it is: the viewer then starts with its defaults and
// never writes over it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry/Feature.h"
#include "core/io/Result.h"

namespace kg {

struct Settings {
  std::optional<Language> language;
  int width = 0, height = 0;     // the window; 0 when not remembered
  std::optional<int> x, y;       // its place on the desktop
  bool maximized = false;
  double textScale = 1;
  bool eventList = true, timeline = false;
  bool highContrast = false, projector = false;
  std::vector<std::string> hiddenLayers;  // map layers switched off (View > Map layers)

  bool operator==(const Settings&) const = default;
};

// $XDG_CONFIG_HOME/kgatlas/settings.toml, or $HOME/.config/kgatlas/settings.toml; "" when
// neither variable is set (nothing is then remembered).
std::string settingsPath();

// A missing file gives the defaults; a file that is not valid TOML, or holds values of the
// wrong kind, an error naming the file, the line and the key.
Result<Settings> parseSettings(std::string_view text, const std::string& path);
Result<Settings> readSettings(const std::string& path);
std::string settingsText(const Settings& settings);
// Creates the folder if need be; the old file stays whole until the new one is complete.
Result<bool> writeSettings(const std::string& path, const Settings& settings);

}  // namespace kg
