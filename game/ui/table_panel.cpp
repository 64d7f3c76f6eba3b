// The negotiation table, the orders and the turn report; see table_panel.hpp.
#include "table_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <sstream>

#include "game/ai/phrasebook.hpp"
#include "game/app/i18n.hpp"
#include "game/ui/engine_text.hpp"

namespace accord::ui {
namespace {

constexpr ImGuiWindowFlags kPanel = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse |
                                    ImGuiWindowFlags_NoResize;

std::string nameOf(const core::RoleView& v, const core::ActorId& id) {
  for (const auto& a : v.actors) {
    if (a.id == id) return a.name;
  }
  return id;
}

std::string namesOf(const core::RoleView& v, const std::vector<core::ActorId>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + nameOf(v, id);
  return out;
}

std::string clauseText(const Texts& t, const core::RoleView& v, const core::Clause& c) {
  return ai::describeClause(app::phrasebook(t.language()), v.clauseTypes, v.sectors, c);
}

std::string statusKey(core::OfferStatus s) { return std::string("ui.offer_status.") + core::toString(s); }

std::string responseKey(core::Response r) {
  switch (r) {
    case core::Response::Accept: return "ui.response.accept";
    case core::Response::Reject: return "ui.response.reject";
    case core::Response::None: break;
  }
  return "ui.response.none";
}

std::string agreementStatusKey(core::AgreementStatus s) {
  switch (s) {
    case core::AgreementStatus::Active: return "ui.agreement_status.active";
    case core::AgreementStatus::Expired: return "ui.agreement_status.expired";
    case core::AgreementStatus::Broken: return "ui.agreement_status.broken";
  }
  return "ui.agreement_status.active";
}

bool awaitsMyAnswer(const core::Offer& o, const core::ActorId& role) {
  if (o.status != core::OfferStatus::Open) return false;
  auto it = o.responses.find(role);
  return it != o.responses.end() && it->second == core::Response::None;
}

// A text field over a std::string, with a fixed capacity.
bool textField(const char* label, std::string& value, size_t capacity, bool multiline, float height = 0.0f) {
  std::vector<char> buf(capacity, '\0');
  std::memcpy(buf.data(), value.data(), std::min(value.size(), capacity - 1));
  const bool changed = multiline ? ImGui::InputTextMultiline(label, buf.data(), buf.size(), ImVec2(-1, height))
                                 : ImGui::InputText(label, buf.data(), buf.size());
  if (changed) value = buf.data();
  return changed;
}

void labelled(const std::string& text) { ImGui::TextWrapped("%s", text.c_str()); }

}  // namespace

core::ProposePayload payloadOf(const ProposalDraft& d, const std::vector<core::ClauseType>& types) {
  core::ProposePayload p;
  p.to.assign(d.to.begin(), d.to.end());
  for (const auto& type : types) {
    if (!d.included.count(type.id)) continue;
    core::Clause c;
    c.type = type.id;
    auto it = d.params.find(type.id);
    for (const auto& def : type.params) {
      if (it != d.params.end()) {
        auto v = it->second.find(def.id);
        if (v != it->second.end()) c.params[def.id] = v->second;
      }
    }
    p.clauses.push_back(std::move(c));
  }
  p.replyTo = d.replyTo;
  p.note = d.note;
  return p;
}

void fillDefaults(ProposalDraft& d, const std::vector<core::ClauseType>& types) {
  for (const auto& type : types) {
    auto& params = d.params[type.id];
    for (const auto& def : type.params) {
      if (params.count(def.id)) continue;
      switch (def.kind) {
        case core::ParamKind::Int: params[def.id] = def.min; break;
        case core::ParamKind::Bool: params[def.id] = false; break;
        case core::ParamKind::Enum: params[def.id] = def.options.empty() ? std::string() : def.options.front(); break;
        case core::ParamKind::Sectors: params[def.id] = std::vector<std::string>{}; break;
      }
    }
  }
}

void TablePanel::reset() { *this = TablePanel(); }

void TablePanel::observe(const core::RoleView& v) {
  if (v.phase != core::Phase::Briefing && v.phase != core::Phase::Diplomacy && v.phase != core::Phase::Orders) return;
  // The last view of each turn before it was resolved; only this turn's and the one before are kept.
  auto& turns = m_before[v.role];
  turns[v.turn] = v;
  while (!turns.empty() && turns.begin()->first < v.turn - 1) turns.erase(turns.begin());
}

void TablePanel::draw(UiContext& ui, GameDriver& game, const core::RoleView& v, float x, float y, float w, float h, bool& open) {
  if (m_role != v.role) {
    // Another seat: nothing of the last role's draft or orders stays on the screen.
    m_draft = ProposalDraft();
    m_draftChanged = true;
    m_orders.clear();
    m_ordersTurn = -1;
    m_statements.clear();
    m_requests.clear();
    m_message.clear();
    m_answerNote.clear();
    m_role = v.role;
  }
  // What the last button did stays on the screen until the step moves on.
  const int step = v.turn * 100 + static_cast<int>(v.phase) * 10 + v.round;
  if (step != m_messageStep) {
    m_message.clear();
    m_messageStep = step;
  }
  ImGui::SetNextWindowPos(ImVec2(x, y));
  ImGui::SetNextWindowSize(ImVec2(w, h));
  ImGui::SetNextWindowBgAlpha(0.98f);
  const std::string title = ui.text("ui.table.title") + "###table";
  if (!ImGui::Begin(title.c_str(), &open, kPanel)) {
    ImGui::End();
    return;
  }
  if (ImGui::BeginTabBar("##tabs")) {
    auto tab = [&](Tab t, const char* key, const char* name) {
      const ImGuiTabItemFlags flags = m_select == t ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
      const bool shown = ImGui::BeginTabItem(ui.text.label(key).c_str(), nullptr, flags);
      ui.widgets.trackLastItem(name);
      if (m_select == t) m_select.reset();
      if (shown) m_shown = t;
      return shown;
    };
    if (tab(Tab::Offers, "ui.table.tab.offers", "table.tab.offers")) {
      ImGui::BeginChild("##offers", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
      drawOffers(ui, game, v);
      ImGui::Separator();
      drawHistory(ui, v);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    if (tab(Tab::Propose, "ui.table.tab.propose", "table.tab.propose")) {
      drawBuilder(ui, game, v);
      ImGui::EndTabItem();
    }
    if (tab(Tab::Orders, "ui.table.tab.orders", "table.tab.orders")) {
      drawOrders(ui, game, v);
      ImGui::EndTabItem();
    }
    if (tab(Tab::Report, "ui.table.tab.report", "table.tab.report")) {
      ImGui::BeginChild("##report", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
      drawReport(ui, v);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::End();
}

void TablePanel::drawOffers(UiContext& ui, GameDriver& game, const core::RoleView& v) {
  ImGui::TextUnformatted(ui.text("ui.table.incoming").c_str());
  const bool canAnswer = v.phase == core::Phase::Diplomacy && v.waitingForMe;
  bool first = true;
  for (const auto& o : v.offers) {
    if (!awaitsMyAnswer(o, v.role)) continue;
    ImGui::PushID(o.id);
    ImGui::Separator();
    labelled(ui.text.format("ui.table.offer_from", {{"id", std::to_string(o.id)}, {"from", nameOf(v, o.from)}, {"to", namesOf(v, o.to)}}));
    if (o.replyTo) labelled(ui.text.format("ui.table.counters", {{"id", std::to_string(o.replyTo)}}));
    for (const auto& c : o.clauses) ImGui::BulletText("%s", clauseText(ui.text, v, c).c_str());
    if (!o.note.empty()) labelled(ui.text.format("ui.table.note_says", {{"note", o.note}}));
    for (const auto& [member, vote] : o.votes) {
      ImGui::BulletText("%s", ui.text.format(vote.yes ? "ui.table.vote_yes" : "ui.table.vote_no", {{"member", nameOf(v, member)}, {"reason", voteReason(ui.text, v, vote)}}).c_str());
    }
    const std::string suffix = "." + std::to_string(o.id);
    if (canAnswer) {
      auto answer = [&](core::Response r) {
        if (auto refused = game.submit(core::makeRespond(game.state(), v.role, o.id, r, m_answerNote))) {
          m_message = ui.text.format("ui.table.refused", {{"reason", refusalText(ui.text, v, *refused)}});
        } else {
          m_message = ui.text.format(r == core::Response::Accept ? "ui.table.accepted" : "ui.table.rejected", {{"id", std::to_string(o.id)}});
          m_answerNote.clear();
        }
      };
      const bool accept = trackedButton(ui, "ui.table.accept", "table.accept" + suffix);
      if (first) ui.widgets.trackLastItem("table.accept");
      ImGui::SameLine();
      const bool reject = trackedButton(ui, "ui.table.reject", "table.reject" + suffix);
      if (first) ui.widgets.trackLastItem("table.reject");
      ImGui::SameLine();
      const bool counter = trackedButton(ui, "ui.table.counter", "table.counter" + suffix);
      if (first) ui.widgets.trackLastItem("table.counter");
      if (counter) {
        ProposalDraft d;
        d.to = {o.from};
        for (const auto& c : o.clauses) {
          d.included.insert(c.type);
          for (const auto& [k, val] : c.params) d.params[c.type][k] = val;
        }
        d.replyTo = o.id;
        m_draft = std::move(d);
        m_draftChanged = true;
        m_select = Tab::Propose;
      }
      if (accept) answer(core::Response::Accept);
      else if (reject) answer(core::Response::Reject);
      first = false;
    } else {
      mutedText(ui.text("ui.table.answer_later"));
    }
    ImGui::PopID();
  }
  if (first) mutedText(ui.text("ui.table.no_incoming"));
  if (canAnswer) {
    ImGui::SetNextItemWidth(-1);
    textField(("##" + std::string("answer_note")).c_str(), m_answerNote, 400, false);
    ui.widgets.trackLastItem("table.answer_note");
    mutedText(ui.text("ui.table.answer_note"));
  }
  if (!m_message.empty()) labelled(m_message);
}

void TablePanel::drawHistory(UiContext& ui, const core::RoleView& v) {
  if (!ImGui::CollapsingHeader(ui.text.label("ui.table.history").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
  ui.widgets.trackLastItem("table.history");
  if (v.offers.empty()) mutedText(ui.text("ui.table.no_offers"));
  for (auto it = v.offers.rbegin(); it != v.offers.rend(); ++it) {
    const core::Offer& o = *it;
    ImGui::PushID(o.id);
    const std::string head = ui.text.format("ui.table.history_line", {{"id", std::to_string(o.id)}, {"turn", std::to_string(o.turn)},
                                                                      {"from", nameOf(v, o.from)}, {"to", namesOf(v, o.to)},
                                                                      {"status", ui.text(statusKey(o.status))}});
    if (ImGui::TreeNode("##offer", "%s", head.c_str())) {
      for (const auto& c : o.clauses) ImGui::BulletText("%s", clauseText(ui.text, v, c).c_str());
      if (o.replyTo) labelled(ui.text.format("ui.table.counters", {{"id", std::to_string(o.replyTo)}}));
      if (!o.note.empty()) labelled(ui.text.format("ui.table.note_says", {{"note", o.note}}));
      for (const auto& [who, r] : o.responses) {
        const std::string why = responseNote(ui.text, v, o, who);
        ImGui::BulletText("%s", ui.text.format("ui.table.answered", {{"who", nameOf(v, who)}, {"answer", ui.text(responseKey(r))}, {"note", why}}).c_str());
      }
      for (const auto& [member, vote] : o.votes) {
        ImGui::BulletText("%s", ui.text.format(vote.yes ? "ui.table.vote_yes" : "ui.table.vote_no", {{"member", nameOf(v, member)}, {"reason", voteReason(ui.text, v, vote)}}).c_str());
      }
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  ImGui::Spacing();
  ImGui::TextUnformatted(ui.text("ui.table.agreements").c_str());
  if (v.agreements.empty()) mutedText(ui.text("ui.game.no_agreements"));
  for (const auto& a : v.agreements) {
    std::string clauses;
    for (const auto& c : a.clauses) clauses += (clauses.empty() ? "" : "; ") + clauseText(ui.text, v, c);
    ImGui::BulletText("%s", ui.text.format("ui.table.agreement_line", {{"id", std::to_string(a.id)}, {"turn", std::to_string(a.startTurn)},
                                                                        {"parties", namesOf(v, a.parties)}, {"status", ui.text(agreementStatusKey(a.status))},
                                                                        {"clauses", clauses}}).c_str());
  }
}

void TablePanel::refreshRefusal(UiContext& ui, GameDriver& game, const core::RoleView& v) {
  const size_t log = game.session().engine().log().size();
  if (!m_draftChanged && log == m_checkedLog) return;
  m_draftChanged = false;
  m_checkedLog = log;
  const core::ProposePayload p = payloadOf(m_draft, v.clauseTypes);
  if (v.phase != core::Phase::Diplomacy || !v.waitingForMe) {
    m_refusal = ui.text("ui.table.why.not_now");
  } else if (p.to.empty()) {
    m_refusal = ui.text("ui.table.why.no_addressee");
  } else if (p.clauses.empty()) {
    m_refusal = ui.text("ui.table.why.no_clause");
  } else {
    auto refused = game.checkProposal(v.role, p);
    m_refusal = refused ? std::optional(refusalText(ui.text, v, *refused)) : std::nullopt;
  }
}

void TablePanel::drawBuilder(UiContext& ui, GameDriver& game, const core::RoleView& v) {
  fillDefaults(m_draft, v.clauseTypes);
  const float footer = ImGui::GetFrameHeightWithSpacing() * 4.5f;
  ImGui::BeginChild("##builder", ImVec2(0, -footer), false, ImGuiWindowFlags_NavFlattened);
  if (m_draft.replyTo) labelled(ui.text.format("ui.table.countering", {{"id", std::to_string(m_draft.replyTo)}}));
  ImGui::TextUnformatted(ui.text("ui.table.addressees").c_str());
  for (const auto& a : v.actors) {
    if (!a.playable || a.id == v.role) continue;
    bool on = m_draft.to.count(a.id) > 0;
    if (ImGui::Checkbox((a.name + "##to." + a.id).c_str(), &on)) {
      if (on) m_draft.to.insert(a.id);
      else m_draft.to.erase(a.id);
      m_draftChanged = true;
    }
    ui.widgets.trackLastItem("table.to." + a.id);
    ImGui::SameLine();
  }
  ImGui::NewLine();
  ImGui::Separator();
  ImGui::TextUnformatted(ui.text("ui.table.clauses").c_str());
  for (const auto& type : v.clauseTypes) {
    ImGui::PushID(type.id.c_str());
    bool on = m_draft.included.count(type.id) > 0;
    if (ImGui::Checkbox((type.name + "##include").c_str(), &on)) {
      if (on) m_draft.included.insert(type.id);
      else m_draft.included.erase(type.id);
      m_draftChanged = true;
    }
    ui.widgets.trackLastItem("table.clause." + type.id);
    if (!type.description.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", type.description.c_str());
    if (on) {
      ImGui::Indent();
      if (!type.description.empty()) mutedText(type.description);
      auto& params = m_draft.params[type.id];
      for (const auto& def : type.params) {
        ImGui::PushID(def.id.c_str());
        core::ParamValue& value = params[def.id];
        const std::string name = "table.param." + type.id + "." + def.id;
        switch (def.kind) {
          case core::ParamKind::Int: {
            auto* n = std::get_if<int64_t>(&value);
            if (!n) break;
            ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
            int64_t lo = def.min;
            int64_t hi = std::max(def.max, def.min);
            if (ImGui::SliderScalar((def.name + "##slider").c_str(), ImGuiDataType_S64, n, &lo, &hi, "%lld", ImGuiSliderFlags_AlwaysClamp)) {
              const int64_t step = std::max<int64_t>(1, def.step);
              *n = std::clamp(lo + ((*n - lo + step / 2) / step) * step, lo, hi);
              m_draftChanged = true;
            }
            ui.widgets.trackLastItem(name);
            break;
          }
          case core::ParamKind::Bool: {
            auto* b = std::get_if<bool>(&value);
            if (b && ImGui::Checkbox((def.name + "##bool").c_str(), b)) m_draftChanged = true;
            ui.widgets.trackLastItem(name);
            break;
          }
          case core::ParamKind::Enum: {
            auto* s = std::get_if<std::string>(&value);
            if (!s) break;
            auto labelOf = [&](size_t i) { return i < def.labels.size() && !def.labels[i].empty() ? def.labels[i] : def.options[i]; };
            std::string current = *s;
            for (size_t i = 0; i < def.options.size(); ++i) {
              if (def.options[i] == *s) current = labelOf(i);
            }
            ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
            if (ImGui::BeginCombo((def.name + "##combo").c_str(), current.c_str())) {
              for (size_t i = 0; i < def.options.size(); ++i) {
                if (ImGui::Selectable((labelOf(i) + "##" + def.options[i]).c_str(), def.options[i] == *s)) {
                  *s = def.options[i];
                  m_draftChanged = true;
                }
              }
              ImGui::EndCombo();
            }
            ui.widgets.trackLastItem(name);
            break;
          }
          case core::ParamKind::Sectors: {
            auto* set = std::get_if<std::vector<std::string>>(&value);
            if (!set) break;
            ImGui::TextUnformatted(def.name.c_str());
            for (const auto& sector : v.sectors) {
              if (sector.status == core::SectorStatus::Demarcated) continue;
              bool in = std::find(set->begin(), set->end(), sector.id) != set->end();
              if (ImGui::Checkbox((sector.name + "##" + sector.id).c_str(), &in)) {
                if (in) set->push_back(sector.id);
                else set->erase(std::remove(set->begin(), set->end(), sector.id), set->end());
                std::sort(set->begin(), set->end());
                m_draftChanged = true;
              }
              ui.widgets.trackLastItem(name + "." + sector.id);
            }
            break;
          }
        }
        ImGui::PopID();
      }
      ImGui::Unindent();
    }
    ImGui::PopID();
  }
  ImGui::EndChild();

  ImGui::Separator();
  ImGui::SetNextItemWidth(-1);
  if (textField("##note", m_draft.note, 600, false)) m_draftChanged = true;
  ui.widgets.trackLastItem("table.note");
  mutedText(ui.text("ui.table.note_help"));
  refreshRefusal(ui, game, v);
  const bool refused = m_refusal.has_value();
  ImGui::BeginDisabled(refused);
  const bool propose = trackedButton(ui, "ui.table.propose", "table.propose");
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (refused) {
    ImGui::TextWrapped("%s", ui.text.format("ui.table.blocked", {{"reason", *m_refusal}}).c_str());
  } else {
    ImGui::TextWrapped("%s", ui.text("ui.table.ready").c_str());
  }
  ui.widgets.trackLastItem("table.refusal");
  if (propose && !refused) {
    if (auto no = game.submit(core::makePropose(game.state(), v.role, payloadOf(m_draft, v.clauseTypes)))) {
      m_message = ui.text.format("ui.table.refused", {{"reason", refusalText(ui.text, v, *no)}});
    } else {
      m_message = ui.text("ui.table.proposed");
      m_draft.replyTo = 0;
      m_draft.note.clear();
      m_draftChanged = true;
    }
  }
  if (!m_message.empty()) labelled(m_message);
}

void TablePanel::drawOrders(UiContext& ui, GameDriver& game, const core::RoleView& v) {
  if (m_ordersTurn != v.turn) {
    m_orders.clear();
    m_statements.clear();
    m_requests.clear();
    m_ordersTurn = v.turn;
    for (const auto& s : v.sectors) {
      if (s.status == core::SectorStatus::Demarcated) continue;
      auto f = s.forces.find(v.role);
      core::ForceOrder o;
      o.sector = s.id;
      if (f != s.forces.end()) {
        o.troops = f->second.troops;
        o.heavy = f->second.heavy;
      }
      m_orders[s.id] = o;
    }
  }
  const bool canOrder = v.phase == core::Phase::Orders && v.waitingForMe;
  if (!canOrder) {
    mutedText(ui.text(v.phase == core::Phase::Orders ? "ui.orders.sent_already" : "ui.orders.not_now"));
    if (!m_message.empty()) labelled(m_message);
    return;
  }
  // The summary in the footer has a line for each request ticked.
  const float footer = ImGui::GetFrameHeightWithSpacing() * (8.0f + static_cast<float>(m_requests.size()));
  ImGui::BeginChild("##orders", ImVec2(0, -footer), false, ImGuiWindowFlags_NavFlattened);
  mutedText(ui.text("ui.orders.help"));
  std::vector<std::string> changes;
  for (const auto& s : v.sectors) {
    auto it = m_orders.find(s.id);
    if (it == m_orders.end()) continue;
    core::ForceOrder& o = it->second;
    auto f = s.forces.find(v.role);
    const core::Forces now = f == s.forces.end() ? core::Forces{} : f->second;
    ImGui::PushID(s.id.c_str());
    ImGui::TextUnformatted(ui.text.format("ui.orders.sector", {{"sector", s.name}, {"troops", std::to_string(now.troops)}, {"heavy", std::to_string(now.heavy)}}).c_str());
    const float gap = ImGui::GetStyle().ItemInnerSpacing.x + ImGui::GetStyle().ItemSpacing.x;
    const float labels = ImGui::CalcTextSize(ui.text("ui.orders.troops").c_str()).x + ImGui::CalcTextSize(ui.text("ui.orders.heavy").c_str()).x;
    const float sliders = std::max(60.0f, ImGui::GetContentRegionAvail().x - labels - 3 * gap);
    ImGui::SetNextItemWidth(sliders * 0.55f);
    ImGui::SliderInt(ui.text.label("ui.orders.troops").c_str(), &o.troops, 0, now.troops * 2 + 50, "%d", ImGuiSliderFlags_AlwaysClamp);
    ui.widgets.trackLastItem("orders.troops." + s.id);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(sliders * 0.45f);
    ImGui::SliderInt(ui.text.label("ui.orders.heavy").c_str(), &o.heavy, 0, now.heavy * 2 + 10, "%d", ImGuiSliderFlags_AlwaysClamp);
    ui.widgets.trackLastItem("orders.heavy." + s.id);
    ImGui::PopID();
    if (o.troops != now.troops || o.heavy != now.heavy) {
      changes.push_back(ui.text.format("ui.orders.change", {{"sector", s.name}, {"troops_from", std::to_string(now.troops)}, {"troops_to", std::to_string(o.troops)},
                                                            {"heavy_from", std::to_string(now.heavy)}, {"heavy_to", std::to_string(o.heavy)}}));
    }
  }
  std::vector<std::string> requests;  // ids, in the scenario's order
  if (!v.requests.empty()) {
    ImGui::Separator();
    ImGui::TextUnformatted(ui.text("ui.requests.title").c_str());
    ui.widgets.trackLastItem("orders.requests");
    mutedText(ui.text("ui.requests.help"));
    for (const auto& r : v.requests) {
      bool on = m_requests.count(r.id) > 0;
      if (ImGui::Checkbox((r.name + "##request." + r.id).c_str(), &on)) {
        if (on) m_requests.insert(r.id);
        else m_requests.erase(r.id);
      }
      ui.widgets.trackLastItem("orders.request." + r.id);
      if (!r.description.empty()) {
        ImGui::Indent();
        mutedText(r.description);
        ImGui::Unindent();
      }
      if (m_requests.count(r.id)) requests.push_back(r.id);
    }
  }
  ImGui::EndChild();
  ImGui::Separator();
  ImGui::TextUnformatted(ui.text("ui.orders.statements").c_str());
  textField("##statements", m_statements, 2000, true, ImGui::GetTextLineHeight() * 2.5f);
  ui.widgets.trackLastItem("orders.statements");
  std::vector<std::string> statements;
  {
    std::istringstream in(m_statements);
    for (std::string line; std::getline(in, line);) {
      if (line.find_first_not_of(" \t\r") != std::string::npos) statements.push_back(line);
    }
  }
  ImGui::TextUnformatted(ui.text("ui.orders.summary").c_str());
  ui.widgets.trackLastItem("orders.summary");
  if (changes.empty()) mutedText(ui.text("ui.orders.no_change"));
  for (const auto& c : changes) ImGui::BulletText("%s", c.c_str());
  if (!statements.empty()) ImGui::BulletText("%s", ui.text.format("ui.orders.statement_count", {{"count", std::to_string(statements.size())}}).c_str());
  for (const auto& r : v.requests) {
    if (m_requests.count(r.id)) ImGui::BulletText("%s", ui.text.format("ui.requests.summary", {{"request", r.name}}).c_str());
  }
  if (trackedButton(ui, "ui.orders.submit", "orders.submit")) {
    core::Orders orders;
    std::map<std::string, core::ForceOrder> ordered;
    for (const auto& s : v.sectors) {
      auto it = m_orders.find(s.id);
      if (it == m_orders.end()) continue;
      auto f = s.forces.find(v.role);
      const core::Forces now = f == s.forces.end() ? core::Forces{} : f->second;
      if (it->second.troops == now.troops && it->second.heavy == now.heavy) continue;
      orders.forces.push_back(it->second);
      ordered[s.id] = it->second;
    }
    orders.statements = statements;
    orders.requests = requests;
    if (auto no = game.submit(core::makeOrders(game.state(), v.role, std::move(orders)))) {
      m_message = ui.text.format("ui.table.refused", {{"reason", refusalText(ui.text, v, *no)}});
    } else {
      m_lastOrdered = std::move(ordered);
      m_message = ui.text("ui.orders.sent");
      m_select = Tab::Report;
    }
  }
  ImGui::SameLine();
  mutedText(ui.text("ui.orders.submit_help"));
}

TurnReport TablePanel::reportOf(const Texts& t, const core::RoleView& now, const core::RoleView* before) {
  TurnReport r;
  const bool resolved = now.phase == core::Phase::Resolution || now.phase == core::Phase::Review || now.phase == core::Phase::Ended;
  r.turn = resolved ? now.turn : now.turn - 1;
  if (r.turn < 1) return r;
  for (const auto& n : now.news) {
    if (n.turn == r.turn) r.news.push_back(n.audience.empty() ? n.text : t.format("ui.report.private_news", {{"text", n.text}}));
  }
  for (const auto& a : now.agreements) {
    if (a.startTurn == r.turn) {
      std::string clauses;
      for (const auto& c : a.clauses) clauses += (clauses.empty() ? "" : "; ") + clauseText(t, now, c);
      r.agreements.push_back(t.format("ui.report.agreement", {{"id", std::to_string(a.id)}, {"parties", namesOf(now, a.parties)}, {"clauses", clauses}}));
    }
    for (const auto& viol : a.violations) {
      if (viol.turn == r.turn && viol.detected) {
        r.violations.push_back(t.format("ui.report.violation", {{"id", std::to_string(a.id)}, {"actor", nameOf(now, viol.actor)}, {"note", viol.note}}));
      }
    }
  }
  if (before && before->turn == r.turn) {
    auto meterLine = [&](const std::string& name, int from, int to) {
      const int d = to - from;
      if (d == 0) return;
      r.meters.push_back(t.format("ui.report.meter", {{"name", name}, {"from", std::to_string(from)}, {"to", std::to_string(to)},
                                                      {"change", (d > 0 ? "+" : "") + std::to_string(d)}}));
    };
    for (const auto& def : now.meterDefs) {
      if (def.perActor) continue;
      auto a = before->meters.find(def.id);
      auto b = now.meters.find(def.id);
      if (a != before->meters.end() && b != now.meters.end()) meterLine(def.name, a->second, b->second);
    }
    const core::ActorView* mineBefore = nullptr;
    for (const auto& a : before->actors) {
      if (a.id == now.role) mineBefore = &a;
    }
    for (const auto& a : now.actors) {
      if (a.id != now.role || !mineBefore) continue;
      for (const auto& def : now.meterDefs) {
        auto x = mineBefore->meters.find(def.id);
        auto y = a.meters.find(def.id);
        if (def.perActor && x != mineBefore->meters.end() && y != a.meters.end()) meterLine(def.name, x->second, y->second);
      }
    }
  }
  return r;
}

void TablePanel::drawReport(UiContext& ui, const core::RoleView& v) {
  const core::RoleView* before = nullptr;
  if (auto it = m_before.find(v.role); it != m_before.end()) {
    const int reported = reportOf(ui.text, v, nullptr).turn;
    if (auto t = it->second.find(reported); t != it->second.end()) before = &t->second;
  }
  const TurnReport r = reportOf(ui.text, v, before);
  if (r.turn < 1) {
    mutedText(ui.text("ui.report.none"));
    return;
  }
  ImGui::TextUnformatted(ui.text.format("ui.report.title", {{"turn", std::to_string(r.turn)}}).c_str());
  ui.widgets.trackLastItem("report.title");
  auto section = [&](const char* key, const std::vector<std::string>& lines, const char* emptyKey) {
    ImGui::Spacing();
    ImGui::TextUnformatted(ui.text(key).c_str());
    if (lines.empty()) mutedText(ui.text(emptyKey));
    for (const auto& l : lines) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", l.c_str());
    }
  };
  section("ui.report.meters", r.meters, "ui.report.no_meters");
  section("ui.report.agreements", r.agreements, "ui.report.no_agreements");
  section("ui.report.violations", r.violations, "ui.report.no_violations");
  section("ui.report.news", r.news, "ui.report.no_news");
}

}  // namespace accord::ui
