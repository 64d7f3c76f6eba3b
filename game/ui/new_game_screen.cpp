// New game; see new_game_screen.hpp.
#include "new_game_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "game/ui/mods_model.hpp"

namespace accord::ui {
namespace {

const std::vector<std::string>& seatChoices() {
  static const std::vector<std::string> choices{kHuman, "pragmatist", "hardliner", "conciliator", "baseline"};
  return choices;
}

std::string seatLabel(const Texts& t, const std::string& seat) { return t("ui.seat." + seat); }

}  // namespace

std::optional<std::string> whyCannotStart(const NewGameChoice& c) {
  const auto humans = std::count_if(c.seats.begin(), c.seats.end(), [](const auto& s) { return s.second == kHuman; });
  if (humans == 0) return "ui.new.why.no_human";
  if (humans > 1 && !c.hotSeat) return "ui.new.why.hot_seat";
  return std::nullopt;
}

void NewGameScreen::enter(const std::vector<std::filesystem::path>& mods, const std::string& preferred, const std::string& language) {
  m_mods = mods;
  m_language = language;
  m_listings = script::listScenarios(script::SearchPath::standard(script::dataDir(), mods));
  m_words.clear();
  m_problems.clear();
  // Each scenario is loaded and set up once here, so that one that cannot be played is marked in
  // the list before anyone picks it.
  for (const auto& l : m_listings) {
    m_words.push_back(l.manifest ? script::scenarioWords(*l.manifest, language) : script::ScenarioWords{l.folder.filename().string(), ""});
    if (!l.manifest) {
      m_problems.push_back(l.manifest.error().headline());
      continue;
    }
    auto trial = app::Session::create(previewConfig(l));
    m_problems.push_back(trial ? std::string() : trial.error().message);
  }
  m_selected.reset();
  m_preview.reset();
  m_startProblem.clear();
  for (size_t i = 0; i < m_listings.size(); ++i) {
    const auto& l = m_listings[i];
    const bool match = (l.manifest && l.manifest->id == preferred) || l.folder.filename() == preferred || l.folder == preferred;
    if (match) select(i);
  }
  if (!m_selected && !m_listings.empty()) select(0);
}

std::string NewGameScreen::selectedId() const {
  if (!m_selected) return "";
  const auto& l = m_listings[*m_selected];
  return l.manifest ? l.manifest->id : l.folder.filename().string();
}

std::optional<bool> NewGameScreen::listedBroken(const std::string& id) const {
  for (size_t i = 0; i < m_listings.size(); ++i) {
    const auto& l = m_listings[i];
    if ((l.manifest && l.manifest->id == id) || l.folder.filename() == id) return !m_problems[i].empty();
  }
  return std::nullopt;
}

// The session a listing is previewed (and tried) with: in the interface language when the
// scenario has it, else in its first language.
app::SessionConfig NewGameScreen::previewConfig(const script::ScenarioListing& l) const {
  app::SessionConfig config;
  config.scenario = l.folder.string();
  config.mods = m_mods;
  config.language = gameLanguage(*l.manifest, m_language);
  return config;
}

void NewGameScreen::select(size_t index) {
  m_selected = index;
  m_preview.reset();
  m_previewProblem.clear();
  m_startProblem.clear();
  const auto& l = m_listings[index];
  m_choice = NewGameChoice{};
  m_choice.folder = l.folder;
  if (!m_problems[index].empty()) {
    m_previewProblem = m_problems[index];
    return;
  }
  auto made = app::Session::create(previewConfig(l));
  if (!made) {
    m_previewProblem = made.error().message;
    return;
  }
  m_preview = std::move(*made);
  const auto& s = m_preview->engine().state();
  m_choice.turns = s.maxTurns;
  m_choice.options = s.options;
  bool first = true;
  for (const auto& id : core::playableActors(s)) {
    const core::Actor* a = core::findActor(s, id);
    // The first state is the player's by default; the computer plays the rest.
    const bool human = first && a && a->kind == core::ActorKind::State;
    m_choice.seats[id] = human ? kHuman : "pragmatist";
    if (human) first = false;
  }
}

void NewGameScreen::draw(UiContext& ui) {
  const float margin = 24.0f * ui.scale;
  ImGui::SetNextWindowPos(ImVec2(margin, margin));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(ui.size.x) - 2 * margin, static_cast<float>(ui.size.y) - 2 * margin));
  ImGui::Begin(ui.text.label("ui.new.title").c_str(), nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
  const float listWidth = 300.0f * ui.scale;
  const float footer = ImGui::GetFrameHeightWithSpacing() * 2.6f;
  ImGui::BeginChild("##list", ImVec2(listWidth, -footer), true);
  drawList(ui);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##details", ImVec2(0, -footer), true);
  drawDetails(ui);
  ImGui::EndChild();

  // The tutorial is a setting, remembered as soon as it is ticked or cleared.
  bool tutorial = ui.settings.tutorial;
  if (ImGui::Checkbox(ui.text.label("ui.tutorial.checkbox").c_str(), &tutorial)) {
    Settings next = ui.settings;
    next.tutorial = tutorial;
    ui.nav.applySettings(next);
  }
  ui.widgets.trackLastItem("new.tutorial");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.text("ui.tutorial.checkbox.help").c_str());
  ImGui::SameLine(0, 24.0f * ui.scale);
  // Hot-seat sits by Start: it decides whether several human roles can start at all.
  ImGui::Checkbox(ui.text.label("ui.new.hot_seat").c_str(), &m_choice.hotSeat);
  ui.widgets.trackLastItem("new.hot_seat");
  ImGui::SameLine();
  mutedText(ui.text("ui.new.hot_seat.help"));
  if (trackedButton(ui, "ui.common.back", "new.back")) ui.nav.goTo(ScreenId::MainMenu);
  ImGui::SameLine();
  const auto why = m_preview ? whyCannotStart(m_choice) : std::optional<std::string>("ui.new.why.broken");
  if (why) {
    ImGui::BeginDisabled();
    ImGui::Button(ui.text.label("ui.new.start").c_str());
    ImGui::EndDisabled();
    ui.widgets.trackLastItem("new.start");
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(1.0f, 0.7f, 0.4f, 1.0f), "%s", ui.text(*why).c_str());
  } else {
    if (trackedButton(ui, "ui.new.start", "new.start")) start(ui);
  }
  if (!m_startProblem.empty()) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "%s", m_startProblem.c_str());
  }
  ImGui::End();
}

void NewGameScreen::drawList(UiContext& ui) {
  ImGui::TextUnformatted(ui.text("ui.new.scenarios").c_str());
  ImGui::Separator();
  for (size_t i = 0; i < m_listings.size(); ++i) {
    const auto& l = m_listings[i];
    const std::string id = l.manifest ? l.manifest->id : l.folder.filename().string();
    const std::string& title = m_words[i].title;
    // Marked in words, not by colour alone.
    const std::string label = m_problems[i].empty() ? title : title + "  (" + ui.text("ui.new.broken") + ")";
    if (wrappedSelectable(ui, label, m_selected && *m_selected == i, "new.scenario." + id)) select(i);
    mutedText(l.folder.parent_path().string());
  }
  if (m_listings.empty()) mutedText(ui.text("ui.new.none"));
}

void NewGameScreen::drawDetails(UiContext& ui) {
  if (!m_selected) return;
  const auto& l = m_listings[*m_selected];
  if (l.manifest) {
    ImGui::SetWindowFontScale(1.25f);
    ImGui::TextUnformatted(m_words[*m_selected].title.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::TextWrapped("%s", m_words[*m_selected].summary.c_str());
    std::string langs;
    for (const auto& lang : l.manifest->languages) langs += (langs.empty() ? "" : ", ") + lang;
    mutedText(ui.text.format("ui.new.languages", {{"languages", langs}, {"version", l.manifest->version}}));
  }
  if (!m_previewProblem.empty()) {
    ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "%s", ui.text("ui.new.problems").c_str());
    ImGui::TextWrapped("%s", m_previewProblem.c_str());
    return;
  }
  if (!m_preview) return;
  const auto& s = m_preview->engine().state();
  mutedText(ui.text("ui.new.no_problems"));
  ImGui::Separator();

  ImGui::TextUnformatted(ui.text("ui.new.roles").c_str());
  const float comboWidth = 220.0f * ui.scale;
  for (const auto& id : core::playableActors(s)) {
    const core::Actor* a = core::findActor(s, id);
    std::string& seat = m_choice.seats[id];
    ImGui::PushID(id.c_str());
    ImGui::SetNextItemWidth(comboWidth);
    const std::string name = a ? a->name : id;
    if (ImGui::BeginCombo((name + "##seat").c_str(), seatLabel(ui.text, seat).c_str())) {
      for (const auto& choice : seatChoices()) {
        if (ImGui::Selectable((seatLabel(ui.text, choice) + "##" + choice).c_str(), seat == choice)) seat = choice;
        ui.widgets.trackLastItem("new.seat." + id + "." + choice);
      }
      ImGui::EndCombo();
    }
    ui.widgets.trackLastItem("new.seat." + id);
    ImGui::SameLine();
    mutedText(ui.text(a && a->kind == core::ActorKind::Bloc ? "ui.new.kind.bloc" : "ui.new.kind.state"));
    ImGui::PopID();
  }

  if (!s.optionDefs.empty()) {
    ImGui::Separator();
    ImGui::TextUnformatted(ui.text("ui.new.options").c_str());
  }
  for (const auto& def : s.optionDefs) {
    std::string& value = m_choice.options[def.id];
    ImGui::PushID(def.id.c_str());
    if (def.kind == core::ParamKind::Bool) {
      bool on = value == "true";
      if (ImGui::Checkbox(def.name.c_str(), &on)) value = on ? "true" : "false";
    } else if (def.kind == core::ParamKind::Int) {
      int v = value.empty() ? static_cast<int>(def.min) : std::stoi(value);
      ImGui::SetNextItemWidth(comboWidth);
      if (ImGui::SliderInt(def.name.c_str(), &v, static_cast<int>(def.min), static_cast<int>(def.max))) value = std::to_string(v);
    } else {
      ImGui::SetNextItemWidth(comboWidth);
      if (ImGui::BeginCombo(def.name.c_str(), value.c_str())) {
        for (const auto& c : def.choices) {
          if (ImGui::Selectable(c.c_str(), c == value)) value = c;
        }
        ImGui::EndCombo();
      }
    }
    ui.widgets.trackLastItem("new.option." + def.id);
    if (!def.description.empty()) {
      ImGui::Indent();
      mutedText(def.description);
      ImGui::Unindent();
    }
    ImGui::PopID();
  }

  ImGui::Separator();
  ImGui::SetNextItemWidth(comboWidth);
  ImGui::InputInt(ui.text.label("ui.new.seed").c_str(), &m_choice.seed);
  ui.widgets.trackLastItem("new.seed");
  m_choice.seed = std::max(0, m_choice.seed);
  ImGui::SetNextItemWidth(comboWidth);
  ImGui::SliderInt(ui.text.label("ui.new.turns").c_str(), &m_choice.turns, 1, 60);
  ui.widgets.trackLastItem("new.turns");
}

void NewGameScreen::start(UiContext& ui) {
  app::SessionConfig config;
  config.scenario = m_choice.folder.string();
  config.mods = m_mods;
  config.seed = static_cast<uint64_t>(m_choice.seed);
  config.turns = m_choice.turns;
  config.language = m_preview ? m_preview->config().language : m_language;
  config.options = m_choice.options;
  auto made = app::Session::create(config);
  if (!made) {
    m_startProblem = made.error().message;
    return;
  }
  auto driver = std::make_unique<GameDriver>(std::move(*made), m_choice.seats, m_choice.hotSeat);
  driver->advance();
  ui.nav.startGame(std::move(driver));
}

}  // namespace accord::ui
