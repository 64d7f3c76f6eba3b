// Whole-file reads, crash-safe writes and folder content hashes over POSIX calls.
#include "game/persist/file_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "game/core/state_hash.hpp"

namespace accord::persist {

namespace {

// std::generic_category() gives strerror's text without strerror's shared buffer.
std::string systemReason(int err) { return std::generic_category().message(err); }

// Lengths first, so that ("ab", "c") and ("a", "bc") never hash alike whatever Hasher::str does.
void mixString(core::Hasher& h, std::string_view s) {
  h.u64(s.size());
  h.bytes(s.data(), s.size());
}

}  // namespace

Result<std::string, std::string> readTextFile(const std::filesystem::path& path, std::string_view what) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    return fail(fmt::format("cannot open {} '{}': {}", what, path.string(), systemReason(err)));
  }
  std::string content;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      return fail(fmt::format("cannot read {} '{}': {}", what, path.string(), systemReason(err)));
    }
    if (n == 0) break;
    content.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);  // read-only: a close error cannot lose data
  return content;
}

Result<void, std::string> writeFileAtomically(const std::filesystem::path& path, std::string_view content) {
  const std::string target = path.string();
  // Same directory as the target: rename() is only atomic within one filesystem.
  const std::string temp = fmt::format("{}.tmp-{}", target, ::getpid());

  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    const int err = errno;  // nothing was created, so there is nothing to clean up
    return fail(fmt::format("cannot write '{}': cannot create '{}': {}", target, temp, systemReason(err)));
  }
  // Keep the previous file's permissions: a save its owner made private must stay private.
  struct stat previous {};
  if (::stat(target.c_str(), &previous) == 0) ::fchmod(fd, previous.st_mode & 07777);  // best effort

  auto abandon = [&](std::string_view step, int err, bool open) -> Result<void, std::string> {
    if (open) ::close(fd);
    ::unlink(temp.c_str());
    return fail(fmt::format("cannot write '{}': {} '{}': {}", target, step, temp, systemReason(err)));
  };

  const char* data = content.data();
  size_t left = content.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return abandon("writing", n < 0 ? errno : EIO, true);  // 0 would loop forever
    data += n;
    left -= static_cast<size_t>(n);
  }
  // Without fsync a crash after the rename could leave the new name pointing at empty blocks.
  if (::fsync(fd) != 0) return abandon("syncing", errno, true);
  if (::close(fd) != 0) return abandon("closing", errno, false);
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    return fail(fmt::format("cannot write '{}': cannot replace it with '{}': {}", target, temp, systemReason(err)));
  }

  // Make the rename itself durable. Best effort: the new file is already complete and in place, and
  // some filesystems refuse fsync on directories.
  const std::filesystem::path parent = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  const int dirFd = ::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirFd >= 0) {
    ::fsync(dirFd);
    ::close(dirFd);
  }
  return {};
}

std::string contentHashOfFolder(const std::filesystem::path& folder) {
  namespace fs = std::filesystem;
  // Directory iteration order depends on the filesystem, so collect and sort before hashing.
  std::vector<std::pair<std::string, fs::path>> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code typeEc;
    if (!it->is_regular_file(typeEc)) continue;
    files.emplace_back(it->path().lexically_relative(folder).generic_string(), it->path());
  }
  std::sort(files.begin(), files.end());

  core::Hasher h;
  h.u64(files.size());
  for (const auto& [relative, full] : files) {
    mixString(h, relative);
    auto content = readTextFile(full, "file");
    h.u64(content.ok() ? 1 : 0);
    if (content.ok()) mixString(h, *content);
  }
  return core::hashHex(h.digest());
}

}  // namespace accord::persist
