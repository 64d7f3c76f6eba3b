// The Messages panel of the game screen: the feed of the messages the role may read (public, sent
// by it, sent to it) and a compose box for a public message or a private one to chosen actors.
#pragma once

#include <map>
#include <string>

#include "game/ui/game_driver.hpp"
#include "game/ui/messages_model.hpp"
#include "game/ui/ui_context.hpp"

namespace accord::ui {

class MessagesPanel {
 public:
  // Forgets everything of the game before.
  void reset();
  // Draws the panel in the given rectangle; `open` is cleared when the player closes it.
  void draw(UiContext& ui, GameDriver& game, const core::RoleView& v, float x, float y, float w, float h, bool& open);
  // Messages from others that arrived since the role last had the panel open.
  int unread(const core::RoleView& v) const;

 private:
  void drawFeed(UiContext& ui, const core::RoleView& v, float height);
  void drawCompose(UiContext& ui, GameDriver& game, const core::RoleView& v);

  core::ActorId m_role;
  FeedFilter m_filter = FeedFilter::All;
  MessageDraft m_draft;
  // What the last Send did. The engine's refusal holds for the rest of the step, since it
  // depends on the phase, and Send waits until the step moves on.
  std::string m_status;
  bool m_refused = false;
  int m_statusStep = -1;
  std::map<core::ActorId, size_t> m_seen;
  float m_composeHeight = 0;  // in the last frame  // per role: how many of its view's messages it has seen
};

}  // namespace accord::ui
