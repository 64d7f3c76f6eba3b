// The messages a role may read and the one it is writing, as plain data: the Messages panel draws
// these and the tests check them without a window.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "game/core/command.hpp"
#include "game/core/role_view.hpp"

namespace accord::ui {

// Which messages the feed lists.
enum class FeedFilter { All, Public, Private };

// One message as the feed shows it. Names are the actors' display names.
struct FeedLine {
  int turn = 0;
  core::ActorId from;
  std::string fromName;
  std::vector<core::ActorId> to;  // empty: public
  std::string toNames;            // ", "-joined; empty when public
  std::string text;
  bool isPublic = true;
  bool mine = false;  // sent by the role reading the feed
};

// The role's messages under the filter, newest first. The view already holds only what the role
// may read (public, sent by it, sent to it).
std::vector<FeedLine> feedOf(const core::RoleView& v, FeedFilter filter = FeedFilter::All);

// How many messages from others arrived after the role had read `seen` of its view's messages.
int unreadCount(const core::RoleView& v, size_t seen);

// The message being written.
struct MessageDraft {
  bool isPublic = true;
  std::set<core::ActorId> to;  // private recipients
  std::string text;
};

// Who a role may write to privately: the other playable actors, in the scenario's order.
std::vector<core::ActorId> recipientsFor(const core::RoleView& v);

// Why the draft cannot be sent yet, as an i18n key ("ui.messages.why.*"); nothing when it can.
// The engine has the last word (the phase, the recipients): its refusal is shown when it refuses.
std::optional<std::string> whyCannotSend(const MessageDraft& d);

// The draft as the engine takes it: public, or the recipients sorted; the text trimmed.
core::Command commandOf(const core::GameState& s, const core::ActorId& role, const MessageDraft& d);

// Messages longer than this are cut by the compose box; the engine refuses longer ones.
inline constexpr size_t kMessageCapacity = 1000;

}  // namespace accord::ui
