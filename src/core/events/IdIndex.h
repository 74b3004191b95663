#pragma once
// Items found by their id, for a million events: a flat open-addressing table of (hash, index)
// pairs beside the caller's own items, which keep the ids. Built in a fraction of the time a
// std::unordered_map takes (no allocation per id), and a lookup touches one or two cache lines.
//
// The table does not hold the ids: every call takes idOf(i), the id of item i, and the items
// must not change between building the table and asking it.
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace kg {

class IdIndex {
 public:
  // Drops what it held and takes items 0 … n-1; of two with one id, the first is kept.
  template <class IdOf>
  void build(std::size_t n, IdOf idOf) {
    clear();
    reserve(n);
    for (std::size_t i = 0; i < n; ++i) insert(idOf(static_cast<int>(i)), static_cast<int>(i), idOf);
  }
  // The index of the item with this id, or -1.
  template <class IdOf>
  int find(std::string_view id, IdOf idOf) const {
    if (slots_.empty()) return -1;
    const std::uint32_t h = hash(id);
    for (std::size_t at = h & mask(); slots_[at].index >= 0; at = (at + 1) & mask())
      if (slots_[at].hash == h && std::string_view(idOf(slots_[at].index)) == id) return slots_[at].index;
    return -1;
  }
  // Adds item `index` under `id`; false (and nothing added) if the id is there already.
  template <class IdOf>
  bool insert(std::string_view id, int index, IdOf idOf) {
    if ((size_ + 1) * 2 > slots_.size()) grow((size_ + 1) * 2);
    const std::uint32_t h = hash(id);
    std::size_t at = h & mask();
    for (; slots_[at].index >= 0; at = (at + 1) & mask())
      if (slots_[at].hash == h && std::string_view(idOf(slots_[at].index)) == id) return false;
    slots_[at] = {h, index};
    ++size_;
    return true;
  }
  void reserve(std::size_t n) {
    if (n * 2 > slots_.size()) grow(n * 2);
  }
  void clear() {
    slots_.clear();
    size_ = 0;
  }
  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::int32_t index = -1;  // -1: empty
  };
  static std::uint32_t hash(std::string_view id) {
    const std::uint64_t h = std::hash<std::string_view>()(id);
    return static_cast<std::uint32_t>(h ^ (h >> 32));
  }
  std::size_t mask() const { return slots_.size() - 1; }
  // To a power of two of at least `least` slots, re-placing what is there by its stored hash.
  void grow(std::size_t least) {
    std::size_t capacity = 16;
    while (capacity < least) capacity *= 2;
    std::vector<Slot> old(capacity);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.index < 0) continue;
      std::size_t at = s.hash & mask();
      while (slots_[at].index >= 0) at = (at + 1) & mask();
      slots_[at] = s;
    }
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace kg
