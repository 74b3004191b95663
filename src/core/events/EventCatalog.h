#pragma once
// Kept only for the includes in src/app/main.cpp and src/app/App.h; new code includes Catalog.h.
#include "core/events/Catalog.h"
