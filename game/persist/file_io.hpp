// Whole-file reads, crash-safe writes and folder content hashes, with errors that name the file.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "game/core/result.hpp"

namespace accord::persist {

// Reads a file into memory. `what` names it in errors: "cannot open save 'x': No such file or directory".
Result<std::string, std::string> readTextFile(const std::filesystem::path& path, std::string_view what);

// Replaces `path` with `content` so that a crash or a failure at any point leaves either the old file
// or the new one, never a mix: writes `<path>.tmp-<pid>` beside it, fsyncs, then renames over the
// target. On failure the temporary file is removed and the previous file is untouched; the error
// names the path and the system's reason. Not safe for two threads writing the same path at once.
Result<void, std::string> writeFileAtomically(const std::filesystem::path& path, std::string_view content);

// A 16-hex-digit FNV-1a hash over every regular file under `folder`, in order of relative path
// ('/'-separated), mixing each path and its bytes. It depends only on names and contents, so the same
// scenario hashes the same on every machine. A missing folder hashes like an empty one; a file that
// cannot be read is mixed in as unreadable, so the hash still differs from the readable file's.
std::string contentHashOfFolder(const std::filesystem::path& folder);

}  // namespace accord::persist
