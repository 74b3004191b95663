#pragma once
// A real PostgreSQL server with PostGIS for one test: made in a temporary folder, listening on a
// Unix socket there only (no TCP port), stopped and removed when the object goes. When the tests
// run as root the server runs as the "postgres" user, since PostgreSQL refuses to run as root.
//
// The database "kgatlas" has PostGIS, and a role "reader" that logs in with kReaderPassword and
// may read every table; every other role logs in over the socket without a password.
#include <string>
#include <vector>

namespace kg::test {

class PostgisServer {
 public:
  static constexpr const char* kReaderPassword = "reader-pw-7f3a";

  PostgisServer();  // throws std::runtime_error saying which step failed and why
  ~PostgisServer();
  PostgisServer(const PostgisServer&) = delete;
  PostgisServer& operator=(const PostgisServer&) = delete;

  // "PG:host=<socket folder> dbname=kgatlas user=postgres" followed by `more` (" tables=x").
  std::string connection(const std::string& more = "") const;
  const std::string& socketFolder() const { return dir_; }
  // Copies a file into the database with ogr2ogr (extra arguments such as "-nln", "incidents").
  void load(const std::string& file, const std::vector<std::string>& ogr2ogrArgs);
  // Runs SQL as the database's owner; throws with psql's message when it fails.
  void sql(const std::string& statement);

 private:
  std::vector<std::string> asServerUser(std::vector<std::string> command) const;
  std::string dir_, bin_;
  bool started_ = false;
};

}  // namespace kg::test
