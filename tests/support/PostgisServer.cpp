#include "support/PostgisServer.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "support/Process.h"

namespace kg::test {
namespace {

// The newest installed server's programs (Debian keeps them under /usr/lib/postgresql/<version>).
std::string serverPrograms() {
  std::string best;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/usr/lib/postgresql", ec)) {
    const std::string bin = (entry.path() / "bin").string();
    if (std::filesystem::exists(bin + "/initdb") && bin > best) best = bin;
  }
  if (best.empty())
    throw std::runtime_error("PostgreSQL's server programs are not installed (tools/setup.sh installs "
                             "postgresql-15-postgis-3)");
  return best;
}

void mustRun(const std::string& step, const std::vector<std::string>& command, int timeoutSeconds = 60) {
  const Finished done = run(command, {"PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSWORD"}, timeoutSeconds);
  if (done.status != 0)
    throw std::runtime_error("PostGIS test server: " + step + " failed (status " + std::to_string(done.status) +
                             "): " + done.err + done.out);
}

}  // namespace

std::vector<std::string> PostgisServer::asServerUser(std::vector<std::string> command) const {
  if (geteuid() != 0) return command;
  command.insert(command.begin(), {"runuser", "-u", "postgres", "--"});
  return command;
}

PostgisServer::PostgisServer() : bin_(serverPrograms()) {
  char folder[] = "/tmp/kgatlas-pg-XXXXXX";  // short: a socket's path has at most 107 bytes
  if (!mkdtemp(folder)) throw std::runtime_error("PostGIS test server: cannot make a temporary folder");
  dir_ = folder;
  if (geteuid() == 0) {
    const passwd* postgres = getpwnam("postgres");
    if (!postgres || chown(dir_.c_str(), postgres->pw_uid, postgres->pw_gid) != 0)
      throw std::runtime_error("PostGIS test server: running as root needs the 'postgres' user to own " + dir_);
  }
  const std::string data = dir_ + "/data";
  mustRun("initdb", asServerUser({bin_ + "/initdb", "-D", data, "-U", "postgres", "--auth-local=trust",
                                   "--auth-host=reject", "-E", "UTF8", "--no-sync"}));
  // The reader must give its password; everyone else is trusted on this private socket.
  const std::string hba = data + "/pg_hba.conf";
  std::ofstream(hba, std::ios::trunc) << "local all reader scram-sha-256\nlocal all all trust\n";
  mustRun("starting the server",
          asServerUser({bin_ + "/pg_ctl", "-D", data, "-l", dir_ + "/server.log", "-w", "-t", "60", "-o",
                        "-k " + dir_ + " -c listen_addresses='' -c fsync=off", "start"}),
          90);
  started_ = true;
  mustRun("creating the database",
          {"psql", "-X", "-q", "-h", dir_, "-U", "postgres", "-d", "postgres", "-c", "CREATE DATABASE kgatlas"});
  sql("CREATE EXTENSION postgis");
  sql(std::string("CREATE ROLE reader LOGIN PASSWORD '") + kReaderPassword + "'");
  sql("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reader");
  sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader");
}

PostgisServer::~PostgisServer() {
  if (started_) run(asServerUser({bin_ + "/pg_ctl", "-D", dir_ + "/data", "-m", "immediate", "-w", "stop"}), {}, 60);
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

std::string PostgisServer::connection(const std::string& more) const {
  return "PG:host=" + dir_ + " dbname=kgatlas user=postgres" + (more.empty() ? "" : " " + more);
}

void PostgisServer::sql(const std::string& statement) {
  mustRun("'" + statement + "'",
          {"psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", dir_, "-U", "postgres", "-d", "kgatlas", "-c", statement});
}

void PostgisServer::load(const std::string& file, const std::vector<std::string>& ogr2ogrArgs) {
  std::vector<std::string> command{"ogr2ogr", "-f", "PostgreSQL", connection(), file};
  command.insert(command.end(), ogr2ogrArgs.begin(), ogr2ogrArgs.end());
  mustRun("loading " + file + " with ogr2ogr", command, 120);
}

}  // namespace kg::test
