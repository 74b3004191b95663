#include "core/geometry/Triangulator.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace kg {
namespace {

struct Node {
  std::uint32_t index;
  double x, y;
  Node* prev = nullptr;
  Node* next = nullptr;
  std::uint32_t z = 0;
  Node* prevZ = nullptr;
  Node* nextZ = nullptr;
  bool steiner = false;
};

double cross(const Node* a, const Node* b, const Node* c) {
  return (b->x - a->x) * (c->y - a->y) - (b->y - a->y) * (c->x - a->x);
}
double cross(double ax, double ay, double bx, double by, double cx, double cy) {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}
bool samePlace(const Node* a, const Node* b) { return a->x == b->x && a->y == b->y; }

// Inside or on the edge of triangle abc, whatever its orientation.
bool inTriangle(double ax, double ay, double bx, double by, double cx, double cy, double px, double py) {
  const double d1 = cross(ax, ay, bx, by, px, py);
  const double d2 = cross(bx, by, cx, cy, px, py);
  const double d3 = cross(cx, cy, ax, ay, px, py);
  const bool hasNeg = d1 < 0 || d2 < 0 || d3 < 0;
  const bool hasPos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(hasNeg && hasPos);
}

int sign(double v) { return (v > 0) - (v < 0); }
bool onSegment(const Node* p, const Node* q, const Node* r) {
  return q->x <= std::max(p->x, r->x) && q->x >= std::min(p->x, r->x) && q->y <= std::max(p->y, r->y) &&
         q->y >= std::min(p->y, r->y);
}
bool segmentsIntersect(const Node* p1, const Node* q1, const Node* p2, const Node* q2) {
  const int o1 = sign(cross(p1, q1, p2)), o2 = sign(cross(p1, q1, q2));
  const int o3 = sign(cross(p2, q2, p1)), o4 = sign(cross(p2, q2, q1));
  if (o1 != o2 && o3 != o4) return true;
  if (o1 == 0 && onSegment(p1, p2, q1)) return true;
  if (o2 == 0 && onSegment(p1, q2, q1)) return true;
  if (o3 == 0 && onSegment(p2, p1, q2)) return true;
  if (o4 == 0 && onSegment(p2, q1, q2)) return true;
  return false;
}

class EarClipper {
 public:
  explicit EarClipper(std::vector<std::uint32_t>& out) : out_(out) {}

  void run(const Polygon& polygon) {
    std::uint32_t base = 0;
    Node* outer = nullptr;
    std::vector<Node*> holes;
    for (std::size_t r = 0; r < polygon.rings.size(); ++r) {
      const Ring& ring = polygon.rings[r];
      // Outer rings run counter-clockwise, holes clockwise.
      Node* list = link(ring, base, /*counterClockwise=*/r == 0);
      base += static_cast<std::uint32_t>(ring.size());
      if (!list) continue;
      if (r == 0) {
        outer = list;
      } else {
        if (list == list->next) list->steiner = true;
        holes.push_back(leftmost(list));
      }
    }
    if (!outer || outer->next == outer->prev) return;
    std::sort(holes.begin(), holes.end(), [](const Node* a, const Node* b) { return a->x < b->x; });
    for (Node* hole : holes) {
      outer = eliminateHole(hole, outer);
    }
    if (vertexCount_ > 80) buildZOrder(outer);
    clip(outer, 0);
  }

 private:
  Node* make(std::uint32_t index, double x, double y) {
    nodes_.push_back(Node{index, x, y});
    return &nodes_.back();
  }
  Node* insertAfter(std::uint32_t index, double x, double y, Node* last) {
    Node* p = make(index, x, y);
    if (!last) {
      p->prev = p->next = p;
    } else {
      p->next = last->next;
      p->prev = last;
      last->next->prev = p;
      last->next = p;
    }
    return p;
  }
  static void unlink(Node* p) {
    p->next->prev = p->prev;
    p->prev->next = p->next;
    if (p->prevZ) p->prevZ->nextZ = p->nextZ;
    if (p->nextZ) p->nextZ->prevZ = p->prevZ;
  }

  Node* link(const Ring& ring, std::uint32_t base, bool counterClockwise) {
    if (ring.size() < 3) return nullptr;
    const bool isCcw = signedArea(ring) > 0;
    Node* last = nullptr;
    const std::uint32_t n = static_cast<std::uint32_t>(ring.size());
    if (isCcw == counterClockwise) {
      for (std::uint32_t i = 0; i < n; ++i) last = insertAfter(base + i, ring[i].x, ring[i].y, last);
    } else {
      for (std::uint32_t i = n; i-- > 0;) last = insertAfter(base + i, ring[i].x, ring[i].y, last);
    }
    for (const MapPoint& p : ring) {
      minX_ = std::min(minX_, p.x); minY_ = std::min(minY_, p.y);
      maxX_ = std::max(maxX_, p.x); maxY_ = std::max(maxY_, p.y);
    }
    vertexCount_ += n;
    if (last && samePlace(last, last->next)) {
      Node* next = last->next;
      unlink(last);
      last = next;
    }
    return last;
  }

  static Node* leftmost(Node* start) {
    Node* p = start;
    Node* best = start;
    do {
      if (p->x < best->x || (p->x == best->x && p->y < best->y)) best = p;
      p = p->next;
    } while (p != start);
    return best;
  }

  // Drops repeated points and points on a straight line between their neighbours.
  Node* filter(Node* start, Node* end = nullptr) {
    if (!start) return start;
    if (!end) end = start;
    Node* p = start;
    bool again;
    do {
      again = false;
      if (!p->steiner && (samePlace(p, p->next) || cross(p->prev, p, p->next) == 0)) {
        unlink(p);
        p = end = p->prev;
        if (p == p->next) break;
        again = true;
      } else {
        p = p->next;
      }
    } while (again || p != end);
    return end;
  }

  // Is the diagonal from a to b inside the polygon near a?
  static bool locallyInside(const Node* a, const Node* b) {
    if (cross(a->prev, a, a->next) >= 0)  // convex corner: b within the wedge next..prev
      return cross(a, a->next, b) >= 0 && cross(a, a->prev, b) <= 0;
    return cross(a, a->prev, b) <= 0 || cross(a, a->next, b) >= 0;
  }

  // Joins two loops (or splits one) with a doubled diagonal from a to b; returns b's twin.
  Node* split(Node* a, Node* b) {
    Node* a2 = make(a->index, a->x, a->y);
    Node* b2 = make(b->index, b->x, b->y);
    Node* an = a->next;
    Node* bp = b->prev;
    a->next = b; b->prev = a;
    a2->next = an; an->prev = a2;
    b2->next = a2; a2->prev = b2;
    bp->next = b2; b2->prev = bp;
    return b2;
  }

  Node* eliminateHole(Node* hole, Node* outer) {
    Node* bridge = findBridge(hole, outer);
    if (!bridge) return outer;
    Node* bridgeReverse = split(bridge, hole);
    filter(bridgeReverse, bridgeReverse->next);
    return filter(bridge, bridge->next);
  }

  // A vertex of the outer loop that the hole's leftmost point can see, found by casting a ray
  // to the left and then preferring the visible vertex at the smallest angle to that ray.
  Node* findBridge(Node* hole, Node* outer) {
    const double hx = hole->x, hy = hole->y;
    double qx = -std::numeric_limits<double>::infinity();
    Node* m = nullptr;
    Node* p = outer;
    do {
      if (hy <= p->y && hy >= p->next->y && p->next->y != p->y) {
        const double x = p->x + (hy - p->y) * (p->next->x - p->x) / (p->next->y - p->y);
        if (x <= hx && x > qx) {
          qx = x;
          m = p->x < p->next->x ? p : p->next;
          if (x == hx) return m;
        }
      }
      p = p->next;
    } while (p != outer);
    if (!m) return nullptr;

    const Node* stop = m;
    const double mx = m->x, my = m->y;
    double bestTan = std::numeric_limits<double>::infinity();
    p = m;
    do {
      if (hx >= p->x && p->x >= mx && hx != p->x &&
          inTriangle(hy < my ? hx : qx, hy, mx, my, hy < my ? qx : hx, hy, p->x, p->y)) {
        const double tan = std::abs(hy - p->y) / (hx - p->x);
        if (locallyInside(p, hole) && (tan < bestTan || (tan == bestTan && p->x > m->x))) {
          m = p;
          bestTan = tan;
        }
      }
      p = p->next;
    } while (p != stop);
    return m;
  }

  std::uint32_t zOrder(double x, double y) const {
    auto spread = [](std::uint32_t v) {
      v = (v | (v << 8)) & 0x00FF00FF;
      v = (v | (v << 4)) & 0x0F0F0F0F;
      v = (v | (v << 2)) & 0x33333333;
      v = (v | (v << 1)) & 0x55555555;
      return v;
    };
    const auto xi = static_cast<std::uint32_t>((x - minX_) * invSize_);
    const auto yi = static_cast<std::uint32_t>((y - minY_) * invSize_);
    return spread(xi) | (spread(yi) << 1);
  }

  void buildZOrder(Node* start) {
    const double size = std::max(maxX_ - minX_, maxY_ - minY_);
    invSize_ = size > 0 ? 32767.0 / size : 0;
    hashed_ = true;
    std::vector<Node*> order;
    Node* p = start;
    do {
      p->z = zOrder(p->x, p->y);
      order.push_back(p);
      p = p->next;
    } while (p != start);
    std::sort(order.begin(), order.end(), [](const Node* a, const Node* b) { return a->z < b->z; });
    for (std::size_t i = 0; i < order.size(); ++i) {
      order[i]->prevZ = i > 0 ? order[i - 1] : nullptr;
      order[i]->nextZ = i + 1 < order.size() ? order[i + 1] : nullptr;
    }
  }

  bool blocks(const Node* p, const Node* a, const Node* b, const Node* c) const {
    return p != a && p != c && !samePlace(p, a) && !samePlace(p, c) && !samePlace(p, b) &&
           inTriangle(a->x, a->y, b->x, b->y, c->x, c->y, p->x, p->y) && cross(p->prev, p, p->next) <= 0;
  }

  bool isEar(const Node* ear) const {
    const Node *a = ear->prev, *b = ear, *c = ear->next;
    if (cross(a, b, c) <= 0) return false;  // reflex or flat
    if (!hashed_) {
      for (const Node* p = c->next; p != a; p = p->next)
        if (blocks(p, a, b, c)) return false;
      return true;
    }
    const double minTX = std::min({a->x, b->x, c->x}), minTY = std::min({a->y, b->y, c->y});
    const double maxTX = std::max({a->x, b->x, c->x}), maxTY = std::max({a->y, b->y, c->y});
    const std::uint32_t minZ = zOrder(minTX, minTY), maxZ = zOrder(maxTX, maxTY);
    for (const Node* p = ear->prevZ; p && p->z >= minZ; p = p->prevZ)
      if (blocks(p, a, b, c)) return false;
    for (const Node* p = ear->nextZ; p && p->z <= maxZ; p = p->nextZ)
      if (blocks(p, a, b, c)) return false;
    return true;
  }

  void emit(const Node* a, const Node* b, const Node* c) {
    out_.push_back(a->index);
    out_.push_back(b->index);
    out_.push_back(c->index);
  }

  Node* cureLocalIntersections(Node* start) {
    Node* p = start;
    do {
      // Two points left are no crossing: taken for one, both went and the loop lost its start.
      if (p->next->next == p) break;
      Node* a = p->prev;
      Node* b = p->next->next;
      if (!samePlace(a, b) && segmentsIntersect(a, p, p->next, b) && locallyInside(a, b) && locallyInside(b, a)) {
        emit(a, p, b);
        unlink(p);
        unlink(p->next);
        p = start = b;
      }
      p = p->next;
    } while (p != start);
    return filter(p);
  }

  bool crossesPolygon(const Node* a, const Node* b) const {
    const Node* p = a;
    do {
      if (p->index != a->index && p->next->index != a->index && p->index != b->index &&
          p->next->index != b->index && segmentsIntersect(p, p->next, a, b))
        return true;
      p = p->next;
    } while (p != a);
    return false;
  }
  static bool middleInside(const Node* a, const Node* b) {
    const Node* p = a;
    bool inside = false;
    const double px = (a->x + b->x) / 2, py = (a->y + b->y) / 2;
    do {
      if (((p->y > py) != (p->next->y > py)) && p->next->y != p->y &&
          (px < (p->next->x - p->x) * (py - p->y) / (p->next->y - p->y) + p->x))
        inside = !inside;
      p = p->next;
    } while (p != a);
    return inside;
  }
  bool validDiagonal(const Node* a, const Node* b) const {
    return a->next->index != b->index && a->prev->index != b->index && !crossesPolygon(a, b) &&
           locallyInside(a, b) && locallyInside(b, a) && middleInside(a, b);
  }

  // Last resort for loops no ear can be cut from: split along a valid diagonal and go on.
  void splitAndClip(Node* start) {
    Node* a = start;
    do {
      for (Node* b = a->next->next; b != a->prev; b = b->next) {
        if (a->index != b->index && validDiagonal(a, b)) {
          Node* c = split(a, b);
          a = filter(a, a->next);
          c = filter(c, c->next);
          if (hashed_) {  // the two new loops need their own z-order lists
            buildZOrder(a);
            buildZOrder(c);
          }
          clip(a, 0);
          clip(c, 0);
          return;
        }
      }
      a = a->next;
    } while (a != start);
  }

  void clip(Node* ear, int pass) {
    if (!ear) return;
    Node* stop = ear;
    while (ear->prev != ear->next) {
      Node* prev = ear->prev;
      Node* next = ear->next;
      if (isEar(ear)) {
        emit(prev, ear, next);
        unlink(ear);
        ear = next->next;
        stop = next->next;
        continue;
      }
      ear = next;
      if (ear == stop) {
        if (pass == 0) {
          clip(filter(ear), 1);
        } else if (pass == 1) {
          clip(cureLocalIntersections(filter(ear)), 2);
        } else if (pass == 2) {
          splitAndClip(ear);
        }
        break;
      }
    }
  }

  std::vector<std::uint32_t>& out_;
  std::deque<Node> nodes_;
  double minX_ = std::numeric_limits<double>::infinity(), minY_ = std::numeric_limits<double>::infinity();
  double maxX_ = -std::numeric_limits<double>::infinity(), maxY_ = -std::numeric_limits<double>::infinity();
  double invSize_ = 0;
  std::size_t vertexCount_ = 0;
  bool hashed_ = false;
};

}  // namespace

double signedArea(const Ring& ring) {
  double sum = 0;
  const std::size_t n = ring.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) sum += (ring[j].x - ring[i].x) * (ring[j].y + ring[i].y);
  return sum / 2;
}

double planarArea(const Polygon& polygon) {
  double area = 0;
  for (std::size_t r = 0; r < polygon.rings.size(); ++r) {
    const double a = std::abs(signedArea(polygon.rings[r]));
    area += r == 0 ? a : -a;
  }
  return area;
}

std::vector<std::uint32_t> triangulate(const Polygon& polygon) {
  std::vector<std::uint32_t> indices;
  std::size_t n = 0;
  for (const Ring& r : polygon.rings) n += r.size();
  indices.reserve(n * 3);
  EarClipper(indices).run(polygon);
  return indices;
}

}  // namespace kg
