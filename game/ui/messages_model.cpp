// The messages feed and the draft; see messages_model.hpp.
#include "messages_model.hpp"

#include <algorithm>

namespace accord::ui {
namespace {

std::string nameOf(const core::RoleView& v, const core::ActorId& id) {
  for (const auto& a : v.actors) {
    if (a.id == id) return a.name;
  }
  return id;
}

std::string trimmed(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

}  // namespace

std::vector<FeedLine> feedOf(const core::RoleView& v, FeedFilter filter) {
  std::vector<FeedLine> out;
  for (auto it = v.messages.rbegin(); it != v.messages.rend(); ++it) {
    const core::Message& m = *it;
    const bool isPublic = m.to.empty();
    if ((filter == FeedFilter::Public && !isPublic) || (filter == FeedFilter::Private && isPublic)) continue;
    FeedLine line;
    line.turn = m.turn;
    line.from = m.from;
    line.fromName = nameOf(v, m.from);
    line.to = m.to;
    for (const auto& id : m.to) line.toNames += (line.toNames.empty() ? "" : ", ") + nameOf(v, id);
    line.text = m.text;
    line.isPublic = isPublic;
    line.mine = m.from == v.role;
    out.push_back(std::move(line));
  }
  return out;
}

int unreadCount(const core::RoleView& v, size_t seen) {
  int n = 0;
  for (size_t i = seen; i < v.messages.size(); ++i) {
    if (v.messages[i].from != v.role) ++n;
  }
  return n;
}

std::vector<core::ActorId> recipientsFor(const core::RoleView& v) {
  std::vector<core::ActorId> out;
  for (const auto& a : v.actors) {
    if (a.playable && a.id != v.role) out.push_back(a.id);
  }
  return out;
}

std::optional<std::string> whyCannotSend(const MessageDraft& d) {
  if (trimmed(d.text).empty()) return "ui.messages.why.empty";
  if (!d.isPublic && d.to.empty()) return "ui.messages.why.no_recipient";
  return std::nullopt;
}

core::Command commandOf(const core::GameState& s, const core::ActorId& role, const MessageDraft& d) {
  std::vector<core::ActorId> to;
  if (!d.isPublic) to.assign(d.to.begin(), d.to.end());
  return core::makeMessage(s, role, std::move(to), trimmed(d.text));
}

}  // namespace accord::ui
