// Saved games on disk for the window: the saves folder, the list of saves, autosave rotation and
// the seats sidecar, and turning a save file back into a game.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "game/core/result.hpp"
#include "game/persist/save.hpp"
#include "game/ui/game_driver.hpp"

namespace accord::ui {

// Autosaves kept per scenario; the oldest goes when another is written.
inline constexpr int kAutosavesKept = 3;

// $XDG_DATA_HOME/accord/saves, else ~/.local/share/accord/saves (as settings.cpp finds the
// config folder); nothing when neither variable is set.
std::optional<std::filesystem::path> standardSavesFolder();

// What a save file does not hold but the window needs: who sits at each role, and what to show in
// the list without replaying the game. Kept beside the save as "<save>.seats.json", so the save
// format itself stays the one `accord run` and `accord replay` read.
struct SaveNotes {
  Seats seats;
  bool hotSeat = false;
  std::string title;  // the scenario's title in the game's language
  int turn = 0;
  int maxTurns = 0;
  bool operator==(const SaveNotes&) const = default;
};

std::filesystem::path notesFileOf(const std::filesystem::path& save);
// The notes of a game in the window, as they would be saved now.
SaveNotes notesOf(const GameDriver& game);

// One file in the saves folder, as the Load screen lists it.
struct SaveEntry {
  std::filesystem::path file;
  std::string name;  // the file name without ".json"
  bool autosave = false;
  std::string scenarioId;
  std::string title;  // from the notes, else the scenario id; empty when the file cannot be read
  int turn = 0;
  int maxTurns = 0;
  bool finished = false;
  std::filesystem::file_time_type modified;
  std::string problem;  // why it cannot be loaded, naming the file; empty when it can
};

struct LoadedSave {
  persist::SaveGame game;
  std::optional<SaveNotes> notes;  // absent or unreadable notes are not an error
};

class SaveStore {
 public:
  // Without a folder nothing is listed and saving fails with a reason: a scripted run that has
  // no XDG_DATA_HOME of its own must not touch the player's saves.
  explicit SaveStore(std::optional<std::filesystem::path> folder) : m_folder(std::move(folder)) {}

  const std::optional<std::filesystem::path>& folder() const { return m_folder; }

  // Every save in the folder, each read to check it, newest first.
  std::vector<SaveEntry> list() const;
  // One save file read to check it, as the list shows it.
  SaveEntry describe(const std::filesystem::path& file) const;
  // The newest autosave by modification time, without reading any save.
  std::optional<std::filesystem::path> latestAutosave() const;

  // A save the player names; a save of the same name is replaced. Returns the file written.
  Result<std::filesystem::path, std::string> save(const std::string& name, const persist::SaveGame& game, const SaveNotes& notes);
  // "autosave-<scenario>-1.json", the earlier ones moved down to -2 and -3 and the oldest removed.
  Result<std::filesystem::path, std::string> autosave(const persist::SaveGame& game, const SaveNotes& notes);
  // The file a save of this name goes to.
  Result<std::filesystem::path, std::string> fileFor(const std::string& name) const;

  Result<LoadedSave, std::string> load(const std::filesystem::path& file) const;
  // Removes a save and its notes.
  Result<void, std::string> remove(const std::filesystem::path& file) const;

 private:
  Result<std::filesystem::path, std::string> ensureFolder() const;

  std::optional<std::filesystem::path> m_folder;
};

// When a save was written, as "2025-03-14 09:26" in local time.
std::string savedAtText(std::filesystem::file_time_type when);

// A player's save name as a file name: separators and control characters become '_', the rest
// (spaces, any script) stays; never empty, never hidden, never taken for an autosave.
std::string fileStemFor(const std::string& name);

// The seats a loaded game starts with: its notes' seats for the roles the scenario has, else the
// first playable role for the human and the computer ("pragmatist") for the others. Several
// humans mean hot-seat.
Seats seatsFor(const core::GameState& s, const std::optional<SaveNotes>& notes, bool& hotSeat);

// A save file made a game in the window again: read, seated, and played again from its start with
// its computer players so that they remember it (GameDriver::playedAgain); else replayed by
// app::Session::fromSave, the computer players starting afresh.
// Every error names the file; `mods` are the extra scenario folders of this run.
Result<std::unique_ptr<GameDriver>, std::string> openSave(const SaveStore& store, const std::filesystem::path& file,
                                                          const std::vector<std::filesystem::path>& mods);

}  // namespace accord::ui
