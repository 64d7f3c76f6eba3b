// The Messages panel; see messages_panel.hpp.
#include "messages_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "game/ui/engine_text.hpp"

namespace accord::ui {
namespace {

constexpr ImGuiWindowFlags kPanel = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse |
                                    ImGuiWindowFlags_NoResize;
const ImVec4 kPrivateColour(0.95f, 0.75f, 0.4f, 1.0f);
const ImVec4 kMineColour(0.6f, 0.8f, 1.0f, 1.0f);
const ImVec4 kRefusedColour(1.0f, 0.45f, 0.4f, 1.0f);

std::string nameOf(const core::RoleView& v, const core::ActorId& id) {
  for (const auto& a : v.actors) {
    if (a.id == id) return a.name;
  }
  return id;
}

// A multi-line text field over a std::string, with a fixed capacity.
bool textBox(const char* label, std::string& value, size_t capacity, float height) {
  std::vector<char> buf(capacity, '\0');
  std::memcpy(buf.data(), value.data(), std::min(value.size(), capacity - 1));
  const bool changed = ImGui::InputTextMultiline(label, buf.data(), buf.size(), ImVec2(-1, height));
  if (changed) value = buf.data();
  return changed;
}

}  // namespace

void MessagesPanel::reset() { *this = MessagesPanel(); }

int MessagesPanel::unread(const core::RoleView& v) const {
  auto it = m_seen.find(v.role);
  return unreadCount(v, it == m_seen.end() ? 0 : it->second);
}

void MessagesPanel::draw(UiContext& ui, GameDriver& game, const core::RoleView& v, float x, float y, float w, float h, bool& open) {
  if (m_role != v.role) {
    // Another seat in hot-seat: nothing of the last role's draft stays on the screen.
    m_draft = MessageDraft();
    m_status.clear();
    m_refused = false;
    m_role = v.role;
  }
  const int step = v.turn * 100 + static_cast<int>(v.phase) * 10 + v.round;
  if (step != m_statusStep) {
    m_status.clear();
    m_refused = false;
    m_statusStep = step;
  }
  m_seen[v.role] = v.messages.size();

  ImGui::SetNextWindowPos(ImVec2(x, y));
  ImGui::SetNextWindowSize(ImVec2(w, h));
  ImGui::SetNextWindowBgAlpha(0.98f);
  const std::string title = ui.text("ui.messages.title") + "###messages";
  if (!ImGui::Begin(title.c_str(), &open, kPanel)) {
    ImGui::End();
    return;
  }
  auto filterButton = [&](FeedFilter f, const char* key, const char* name) {
    if (ImGui::RadioButton(ui.text.label(key).c_str(), m_filter == f)) m_filter = f;
    ui.widgets.trackLastItem(name);
  };
  filterButton(FeedFilter::All, "ui.messages.filter.all", "messages.filter.all");
  ImGui::SameLine();
  filterButton(FeedFilter::Public, "ui.messages.filter.public", "messages.filter.public");
  ImGui::SameLine();
  filterButton(FeedFilter::Private, "ui.messages.filter.private", "messages.filter.private");

  // The compose box takes the height it took in the last frame (recipients' names may wrap); the
  // feed takes the rest and scrolls.
  const float line = ImGui::GetFrameHeightWithSpacing();
  const float compose = m_composeHeight > 0 ? m_composeHeight : line * 7.5f;
  drawFeed(ui, v, std::max(line * 2.0f, ImGui::GetContentRegionAvail().y - compose - ImGui::GetStyle().ItemSpacing.y * 2));
  ImGui::Separator();
  const float top = ImGui::GetCursorPosY();
  drawCompose(ui, game, v);
  m_composeHeight = ImGui::GetCursorPosY() - top;
  ImGui::End();
}

void MessagesPanel::drawFeed(UiContext& ui, const core::RoleView& v, float height) {
  ImGui::BeginChild("##feed", ImVec2(0, height), true);
  ui.widgets.trackLastItem("messages.feed");
  const auto feed = feedOf(v, m_filter);
  if (feed.empty()) mutedText(ui.text("ui.messages.none"));
  int index = 0;
  for (const auto& m : feed) {
    ImGui::PushID(index++);
    const std::string from = m.mine ? ui.text("ui.messages.you") : m.fromName;
    const std::string to = m.isPublic ? ui.text("ui.messages.everyone") : m.toNames;
    const std::string head = ui.text.format("ui.messages.header", {{"turn", std::to_string(m.turn)}, {"from", from}, {"to", to}});
    ImGui::PushStyleColor(ImGuiCol_Text, m.mine ? kMineColour : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", head.c_str());
    ImGui::PopStyleColor();
    if (!m.isPublic) {
      ImGui::SameLine();
      ImGui::TextColored(kPrivateColour, "%s", ui.text("ui.messages.private_tag").c_str());
    }
    ImGui::TextWrapped("%s", m.text.c_str());
    ImGui::Spacing();
    ImGui::PopID();
  }
  ImGui::EndChild();
}

void MessagesPanel::drawCompose(UiContext& ui, GameDriver& game, const core::RoleView& v) {
  ImGui::TextUnformatted(ui.text("ui.messages.compose").c_str());
  // What the last Send did no longer applies once the draft changes.
  bool changed = false;
  if (ImGui::RadioButton(ui.text.label("ui.messages.public").c_str(), m_draft.isPublic)) {
    m_draft.isPublic = true;
    changed = true;
  }
  ui.widgets.trackLastItem("messages.public");
  ImGui::SameLine();
  if (ImGui::RadioButton(ui.text.label("ui.messages.private").c_str(), !m_draft.isPublic)) {
    m_draft.isPublic = false;
    changed = true;
  }
  ui.widgets.trackLastItem("messages.private");
  if (!m_draft.isPublic) {
    ImGui::Indent();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    float lastRight = -1.0f;  // the previous checkbox's right edge, on screen
    for (const auto& id : recipientsFor(v)) {
      const std::string name = nameOf(v, id);
      // A name that would run off the panel's edge starts a line of its own, and one longer than
      // the panel (the bloc's, in Russian) wraps beside its box.
      const float width = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(name.c_str()).x;
      if (lastRight >= 0 && lastRight + style.ItemSpacing.x + width <= right) ImGui::SameLine();
      bool on = m_draft.to.count(id) > 0;
      bool toggled = ImGui::Checkbox(("##to." + id).c_str(), &on);
      ui.widgets.trackLastItem("messages.to." + id);
      ImGui::SameLine(0, style.ItemInnerSpacing.x);
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(name.c_str());
      ImGui::PopTextWrapPos();
      if (ImGui::IsItemClicked()) {
        on = !on;
        toggled = true;
      }
      if (toggled) {
        if (on) m_draft.to.insert(id);
        else m_draft.to.erase(id);
        changed = true;
      }
      lastRight = ImGui::GetItemRectMax().x;
    }
    ImGui::Unindent();
  }
  if (textBox("##message", m_draft.text, kMessageCapacity, ImGui::GetTextLineHeight() * 2.5f)) changed = true;
  ui.widgets.trackLastItem("messages.text");
  if (changed && !m_refused) m_status.clear();

  const auto why = whyCannotSend(m_draft);
  ImGui::BeginDisabled(why.has_value() || m_refused);
  const bool send = trackedButton(ui, "ui.messages.send", "messages.send");
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (m_refused) {
    ImGui::PushStyleColor(ImGuiCol_Text, kRefusedColour);
    ImGui::TextWrapped("%s", m_status.c_str());
    ImGui::PopStyleColor();
  } else if (why) {
    mutedText(ui.text(*why));
  } else if (!m_status.empty()) {
    ImGui::TextWrapped("%s", m_status.c_str());
  } else {
    mutedText(ui.text(m_draft.isPublic ? "ui.messages.help.public" : "ui.messages.help.private"));
  }
  ui.widgets.trackLastItem("messages.status");
  if (send && !why && !m_refused) {
    if (auto no = game.submit(commandOf(game.state(), v.role, m_draft))) {
      m_status = ui.text.format("ui.messages.refused", {{"reason", refusalText(ui.text, v, *no)}});
      m_refused = true;
    } else {
      m_status = ui.text(m_draft.isPublic ? "ui.messages.sent.public" : "ui.messages.sent.private");
      m_draft.text.clear();
    }
  }
}

}  // namespace accord::ui
