#pragma once
#include "app/AppState.h"

namespace kg {

enum class LoadingAction { None, Cancel, Retry, OpenBundled };

// While data loads in the background: the file, what is being done, a progress bar and Cancel.
// When a load failed or was cancelled: the file and the problem, with Try again, the bundled map
// of Kyrgyzstan, or nothing more (the window stays usable). Returns what the user asked for.
LoadingAction drawLoadingPanel(AppState& state);

}  // namespace kg
