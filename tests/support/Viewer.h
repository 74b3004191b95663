#pragma once
// Driving the real viewer in end-to-end tests: its state dump, its camera, xdotool.
#include <string>
#include <vector>

#include "core/Camera.h"

namespace kg::test {

inline const std::string kBinary = KGATLAS_BINARY;

double stateNumber(const std::string& json, const std::string& key);
// The raw JSON value of key: "\"osh\"", "null", "true".
std::string stateField(const std::string& json, const std::string& key);
// The camera the app reported, so a test can find a place's pixel as the app draws it.
Camera cameraFromState(const std::string& json);
bool hasState(const std::string& json);
// Runs xdotool with these arguments; fails the test if it fails. Returns its output.
std::string xdotool(const std::vector<std::string>& args);
// Waits until the state file has key == value (value as raw JSON).
bool waitForState(const std::string& path, const std::string& key, const std::string& value, double seconds = 10);
// Moves the pointer to a window-relative pixel and clicks.
void clickAt(const std::string& window, ScreenPoint p);

}  // namespace kg::test
