// Atomic writes keep the previous file on any failure; folder hashes depend on names and bytes only.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "game/persist/file_io.hpp"
#include "persist_test_util.hpp"

namespace persist = accord::persist;
using persist::testing::entries;
using persist::testing::readAll;
using persist::testing::TempDir;
using persist::testing::writeAll;

namespace {

const std::string kPrevious = "{\"previous\": true}\n";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("[persist] an atomic write creates or replaces the file and leaves nothing else") {
  TempDir dir;
  const auto path = dir / "save.json";
  REQUIRE(persist::writeFileAtomically(path, "first").ok());
  CHECK(readAll(path) == "first");
  REQUIRE(persist::writeFileAtomically(path, "second, longer than the first").ok());
  CHECK(readAll(path) == "second, longer than the first");
  REQUIRE(persist::writeFileAtomically(path, "").ok());
  CHECK(readAll(path).empty());
  CHECK(entries(dir.path()) == std::set<std::string>{"save.json"});
}

TEST_CASE("[persist] an atomic write under a path whose parent is a file fails cleanly") {
  TempDir dir;
  writeAll(dir / "notadir", kPrevious);
  const auto path = dir / "notadir" / "save.json";
  auto r = persist::writeFileAtomically(path, "new");
  REQUIRE_FALSE(r.ok());
  CHECK(contains(r.error(), "'" + path.string() + "'"));
  CHECK(contains(r.error(), "Not a directory"));
  CHECK(r.error().find('\n') == std::string::npos);
  CHECK(readAll(dir / "notadir") == kPrevious);
  CHECK(entries(dir.path()) == std::set<std::string>{"notadir"});
}

TEST_CASE("[persist] an atomic write over a directory fails and removes its temporary file") {
  TempDir dir;
  writeAll(dir / "save.json" / "inside", kPrevious);  // the target is a non-empty directory
  auto r = persist::writeFileAtomically(dir / "save.json", "new");
  REQUIRE_FALSE(r.ok());
  CHECK(contains(r.error(), (dir / "save.json").string()));
  CHECK(contains(r.error(), "Is a directory"));
  CHECK(readAll(dir / "save.json" / "inside") == kPrevious);
  CHECK(entries(dir.path()) == std::set<std::string>{"save.json"});
}

TEST_CASE("[persist] an atomic write that fails midway leaves the previous save byte-identical") {
  TempDir dir;
  const auto path = dir / "save.json";
  const std::string previous(100000, 'p');
  REQUIRE(persist::writeFileAtomically(path, previous).ok());

  // A file size limit makes write() fail partway, as a full disk would, even when running as root.
  rlimit old{};
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
  rlimit small = old;
  small.rlim_cur = 4096;
  auto oldHandler = ::signal(SIGXFSZ, SIG_IGN);  // report EFBIG instead of killing the process
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
  auto r = persist::writeFileAtomically(path, std::string(50000, 'n'));
  ::setrlimit(RLIMIT_FSIZE, &old);
  ::signal(SIGXFSZ, oldHandler);

  REQUIRE_FALSE(r.ok());
  CHECK(contains(r.error(), "cannot write '" + path.string() + "'"));
  CHECK(contains(r.error(), "File too large"));
  CHECK(readAll(path) == previous);
  CHECK(entries(dir.path()) == std::set<std::string>{"save.json"});
}

TEST_CASE("[persist] an atomic write into a read-only directory leaves the previous save") {
  if (::geteuid() == 0) {
    WARN("running as root: directory permissions do not stop writes, so this case is not exercised");
    return;
  }
  TempDir dir;
  const auto path = dir / "save.json";
  writeAll(path, kPrevious);
  REQUIRE(::chmod(dir.path().c_str(), 0555) == 0);
  auto r = persist::writeFileAtomically(path, "new");
  ::chmod(dir.path().c_str(), 0755);
  REQUIRE_FALSE(r.ok());
  CHECK(contains(r.error(), path.string()));
  CHECK(contains(r.error(), "Permission denied"));
  CHECK(readAll(path) == kPrevious);
  CHECK(entries(dir.path()) == std::set<std::string>{"save.json"});
}

TEST_CASE("[persist] a folder's content hash follows its files, not the order they were made in") {
  TempDir a;
  TempDir b;
  const std::vector<std::pair<std::string, std::string>> files = {
      {"scenario.lua", "return {}"}, {"maps/sectors.json", "[1,2,3]"}, {"maps/z.txt", ""}, {"README", "hi"},
      {"a/b/c/deep.txt", "deep"}};
  for (const auto& [name, content] : files) writeAll(a / name, content);
  for (auto it = files.rbegin(); it != files.rend(); ++it) writeAll(b / it->first, it->second);

  const std::string hashA = persist::contentHashOfFolder(a.path());
  CHECK(hashA.size() == 16);
  CHECK(hashA.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(persist::contentHashOfFolder(b.path()) == hashA);
  CHECK(persist::contentHashOfFolder(a.path()) == hashA);

  writeAll(b / "maps/sectors.json", "[1,2,4]");
  const std::string changed = persist::contentHashOfFolder(b.path());
  CHECK(changed != hashA);
  writeAll(b / "maps/sectors.json", "[1,2,3]");
  CHECK(persist::contentHashOfFolder(b.path()) == hashA);

  std::filesystem::rename(b / "README", b / "README.md");
  CHECK(persist::contentHashOfFolder(b.path()) != hashA);
  std::filesystem::rename(b / "README.md", b / "README");

  writeAll(b / "empty", "");
  CHECK(persist::contentHashOfFolder(b.path()) != hashA);
}

TEST_CASE("[persist] a folder's content hash keeps file boundaries apart") {
  TempDir a;
  TempDir b;
  writeAll(a / "x", "ab");
  writeAll(a / "y", "c");
  writeAll(b / "x", "a");
  writeAll(b / "y", "bc");
  CHECK(persist::contentHashOfFolder(a.path()) != persist::contentHashOfFolder(b.path()));

  TempDir empty;
  CHECK(persist::contentHashOfFolder(empty.path() / "missing") == persist::contentHashOfFolder(empty.path()));
}

TEST_CASE("[persist] whole-file reads name the file and the reason") {
  TempDir dir;
  writeAll(dir / "f.txt", std::string("with\0nul", 8));
  auto r = persist::readTextFile(dir / "f.txt", "thing");
  REQUIRE(r.ok());
  CHECK(*r == std::string("with\0nul", 8));
  auto missing = persist::readTextFile(dir / "nope", "thing");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error() == "cannot open thing '" + (dir / "nope").string() + "': No such file or directory");
}

TEST_CASE("[persist] an atomic write keeps the previous file's permissions") {
  TempDir dir;
  const auto path = dir / "save.json";
  writeAll(path, kPrevious);
  REQUIRE(::chmod(path.c_str(), 0600) == 0);
  REQUIRE(persist::writeFileAtomically(path, "new").ok());
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
}
