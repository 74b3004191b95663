#pragma once
// Where a slide puts the camera: its events or its region framed, or its centre shown at its
// width, inside the part of the viewport the slide's own title and passages leave free.
#include <optional>
#include <vector>

#include "core/briefing/Briefing.h"
#include "core/view/Camera.h"
#include "core/view/Framing.h"

namespace kg {

// Events closer together than this are shown with this much ground around them: a single
// event's view still shows the region borders near it.
inline constexpr double kSlideNearestKm = 150;

// The view the slide asks for; nothing when it names nothing this data has (no such events or
// region). The whole map: `regions`' bounds.
std::optional<CameraView> slideCamera(const SlideView& view, const Camera& camera, const Insets& insets,
                                      const Catalog& catalog, const std::vector<Feature>& regions, double paddingPx);

// The camera's view as a slide keeps it ("Add current view as slide"): the middle of the free
// part of the viewport and the ground across it, rounded to what a file needs (centre to 1e-4
// degrees, about 10 m; width to 0.1 km). slideCamera gives the view back.
SlideView centreView(const Camera& camera, const Insets& insets);

}  // namespace kg
