// Charts drawn with ImGui; see charts.hpp.
#include "charts.hpp"

#include <fmt/core.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace accord::ui {
namespace {

// The Okabe-Ito palette: told apart with the common colour-vision deficiencies as well. The marker
// shapes and the names by the lines carry the same information without colour.
const ImU32 kPalette[] = {IM_COL32(230, 159, 0, 255),  IM_COL32(86, 180, 233, 255), IM_COL32(0, 158, 115, 255),
                          IM_COL32(240, 228, 66, 255), IM_COL32(213, 94, 0, 255),   IM_COL32(204, 121, 167, 255),
                          IM_COL32(120, 160, 255, 255)};

ImU32 colourOf(size_t line) { return kPalette[line % std::size(kPalette)]; }
ImU32 colourOf(const Chart& c, size_t line) {
  const int own = c.lines[line].colour;
  return colourOf(own >= 0 ? static_cast<size_t>(own) : line);
}

// A whole number as it is, anything else with one decimal.
std::string number(const Texts& t, double v) {
  if (std::abs(v - std::round(v)) < 1e-6) return fmt::format("{}", static_cast<long long>(std::llround(v)));
  return t.decimal(v, 1);
}

// A step of 1, 2 or 5 times a power of ten that cuts `span` into about `parts` pieces.
double tickStep(double span, int parts) {
  const double raw = span / std::max(1, parts);
  const double p = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * p >= raw) return m * p;
  }
  return 10 * p;
}

void drawMarker(ImDrawList* dl, ImVec2 c, float r, Marker m, ImU32 col) {
  switch (m) {
    case Marker::Circle: dl->AddCircleFilled(c, r, col, 12); break;
    case Marker::Square: dl->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), col); break;
    case Marker::Triangle: dl->AddTriangleFilled(ImVec2(c.x, c.y - r * 1.2f), ImVec2(c.x + r * 1.1f, c.y + r), ImVec2(c.x - r * 1.1f, c.y + r), col); break;
    case Marker::Diamond:
      dl->AddQuadFilled(ImVec2(c.x, c.y - r * 1.3f), ImVec2(c.x + r * 1.3f, c.y), ImVec2(c.x, c.y + r * 1.3f), ImVec2(c.x - r * 1.3f, c.y), col);
      break;
    case Marker::Cross:
      dl->AddLine(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), col, 2.0f);
      dl->AddLine(ImVec2(c.x - r, c.y + r), ImVec2(c.x + r, c.y - r), col, 2.0f);
      break;
  }
}

void dashedLine(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float dash) {
  const float len = std::hypot(b.x - a.x, b.y - a.y);
  if (len <= 0) return;
  const ImVec2 d((b.x - a.x) / len, (b.y - a.y) / len);
  for (float s = 0; s < len; s += 2 * dash) {
    const float e = std::min(len, s + dash);
    dl->AddLine(ImVec2(a.x + d.x * s, a.y + d.y * s), ImVec2(a.x + d.x * e, a.y + d.y * e), col, 1.0f);
  }
}

// The legend: each line's marker and name, wrapped to the width.
void drawLegend(const Chart& c, float width, float scale) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float h = ImGui::GetTextLineHeight();
  const float gap = 14 * scale;
  const float right = ImGui::GetCursorScreenPos().x + width;
  for (size_t i = 0; i < c.lines.size(); ++i) {
    const float item = h + 4 * scale + ImGui::CalcTextSize(c.lines[i].label.c_str()).x;
    if (i > 0 && ImGui::GetItemRectMax().x + gap + item <= right) ImGui::SameLine(0, gap);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    drawMarker(dl, ImVec2(p.x + h / 2, p.y + h / 2), h * 0.28f, c.lines[i].marker, colourOf(c, i));
    ImGui::Dummy(ImVec2(h, h));
    ImGui::SameLine(0, 4 * scale);
    ImGui::TextUnformatted(c.lines[i].label.c_str());
  }
}

// The text cut to `width` with an ellipsis, so that a long name stays inside the chart.
std::string fitted(const std::string& text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  std::string cut = text;
  while (!cut.empty() && ImGui::CalcTextSize((cut + "\u2026").c_str()).x > width) {
    // One whole UTF-8 character at a time: its continuation bytes, then its first byte.
    while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
    if (!cut.empty()) cut.pop_back();
  }
  return cut + "\u2026";
}

// Puts labels where they cover none placed before: the first free spot among the candidates, in
// order of preference, else the first.
class LabelPlacer {
 public:
  ImVec2 place(const std::vector<ImVec2>& candidates, ImVec2 size) {
    ImVec2 at = candidates.front();
    for (const ImVec2& p : candidates) {
      if (isFree(p, size)) {
        at = p;
        break;
      }
    }
    m_taken.push_back({at, ImVec2(at.x + size.x, at.y + size.y)});
    return at;
  }
  // The wanted spot, then moved up and down by `step`, a step more each time.
  ImVec2 placeNear(ImVec2 wanted, ImVec2 size, float step) {
    std::vector<ImVec2> candidates{wanted};
    for (int i = 1; i < 8; ++i) {
      candidates.emplace_back(wanted.x, wanted.y + static_cast<float>(i) * step);
      candidates.emplace_back(wanted.x, wanted.y - static_cast<float>(i) * step);
    }
    return place(candidates, size);
  }

 private:
  bool isFree(ImVec2 p, ImVec2 size) const {
    for (const auto& [a, b] : m_taken) {
      if (p.x < b.x && p.x + size.x > a.x && p.y < b.y && p.y + size.y > a.y) return false;
    }
    return true;
  }
  std::vector<std::pair<ImVec2, ImVec2>> m_taken;
};

}  // namespace

void drawChart(UiContext& ui, const Chart& c, float width, float height) {
  const float s = ui.scale;
  ImGui::PushID(c.id.c_str());
  ImGui::BeginGroup();
  const ImVec2 top = ImGui::GetCursorScreenPos();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::TextUnformatted(c.title.c_str());
  ImGui::PopTextWrapPos();
  if (c.legend) drawLegend(c, width, s);
  const float used = ImGui::GetCursorScreenPos().y - top.y;
  const float plotHeight = std::max(60.0f * s, height - used);

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##plot", ImVec2(width, plotHeight));
  ui.widgets.trackLastItem("chart." + c.id);
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float lineH = ImGui::GetTextLineHeight();

  // Margins: the y ticks' width on the left, tick labels and the axis name below, the names of the
  // lines on the right when they fit.
  const double yStep = tickStep(c.yMax - c.yMin, std::max(2, static_cast<int>(plotHeight / (lineH * 2.2f))));
  float tickWidth = 0;
  for (double y = std::ceil(c.yMin / yStep) * yStep; y <= c.yMax + 1e-9; y += yStep) {
    tickWidth = std::max(tickWidth, ImGui::CalcTextSize(number(ui.text, y).c_str()).x);
  }
  // A scatter names its points inside the plot, turning a name leftwards at the right edge.
  float endLabels = 0;
  for (const auto& line : c.lines) {
    if (line.joined && !line.points.empty() && !c.nearestPoint) endLabels = std::max(endLabels, ImGui::CalcTextSize(line.label.c_str()).x);
  }
  endLabels = std::min(endLabels + 10 * s, width * 0.3f);
  // Room for half of the last x tick's number, which is centred on the plot's right edge.
  endLabels = std::max(endLabels, ImGui::CalcTextSize(number(ui.text, c.xMax).c_str()).x * 0.5f + 4 * s);
  const float left = origin.x + tickWidth + 8 * s;
  const float right = origin.x + width - endLabels;
  const float topY = origin.y + (c.yLabel.empty() ? lineH * 0.5f : lineH * 1.2f);
  const float bottom = origin.y + plotHeight - lineH * (c.xLabel.empty() ? 1.4f : 2.4f);
  if (right - left < 20 || bottom - topY < 20) {
    ImGui::EndGroup();
    ImGui::PopID();
    return;
  }
  auto px = [&](double x) { return left + static_cast<float>((x - c.xMin) / (c.xMax - c.xMin)) * (right - left); };
  auto py = [&](double y) { return bottom - static_cast<float>((y - c.yMin) / (c.yMax - c.yMin)) * (bottom - topY); };

  const ImU32 frame = ImGui::GetColorU32(ImGuiCol_Border);
  const ImU32 grid = IM_COL32(255, 255, 255, 28);
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  dl->AddRectFilled(ImVec2(left, topY), ImVec2(right, bottom), IM_COL32(0, 0, 0, 60));
  for (double y = std::ceil(c.yMin / yStep) * yStep; y <= c.yMax + 1e-9; y += yStep) {
    const float yy = py(y);
    dl->AddLine(ImVec2(left, yy), ImVec2(right, yy), grid);
    const std::string label = number(ui.text, y);
    dl->AddText(ImVec2(left - 6 * s - ImGui::CalcTextSize(label.c_str()).x, yy - lineH / 2), muted, label.c_str());
  }
  const double xSpan = c.xMax - c.xMin;
  double xStep = tickStep(xSpan, std::max(1, static_cast<int>((right - left) / (ImGui::CalcTextSize("000").x * 2.0f))));
  if (c.integerX) xStep = std::max(1.0, std::round(xStep));
  for (double x = std::ceil(c.xMin / xStep) * xStep; x <= c.xMax + 1e-9; x += xStep) {
    const float xx = px(x);
    dl->AddLine(ImVec2(xx, topY), ImVec2(xx, bottom), grid);
    const std::string label = number(ui.text, x);
    dl->AddText(ImVec2(xx - ImGui::CalcTextSize(label.c_str()).x / 2, bottom + 2 * s), muted, label.c_str());
  }
  dl->AddRect(ImVec2(left, topY), ImVec2(right, bottom), frame);
  if (!c.xLabel.empty()) {
    dl->AddText(ImVec2((left + right) / 2 - ImGui::CalcTextSize(c.xLabel.c_str()).x / 2, bottom + lineH + 4 * s), muted, c.xLabel.c_str());
  }
  if (!c.yLabel.empty()) dl->AddText(ImVec2(left, origin.y), muted, c.yLabel.c_str());

  const float clipRight = origin.x + width;
  dl->PushClipRect(ImVec2(left - 8 * s, topY - 8 * s), ImVec2(clipRight, bottom + 8 * s), true);
  LabelPlacer labels;
  for (const auto& rule : c.rules) {
    const float yy = py(rule.y);
    dashedLine(dl, ImVec2(left, yy), ImVec2(right, yy), muted, 5 * s);
    // Names of rules close together go side by side over their lines while they fit in the plot,
    // then under the line.
    const std::string name = fitted(rule.label, right - left - 8 * s);
    const ImVec2 size = ImGui::CalcTextSize(name.c_str());
    std::vector<ImVec2> candidates;
    for (float x = left + 4 * s; x + size.x <= right - 4 * s || candidates.empty(); x += 16 * s) candidates.emplace_back(x, yy - lineH);
    const size_t above = candidates.size();
    for (float x = left + 4 * s; x + size.x <= right - 4 * s || candidates.size() == above; x += 16 * s) candidates.emplace_back(x, yy + 2 * s);
    const ImVec2 at = labels.place(candidates, size);
    dl->AddText(at, muted, name.c_str());
  }
  const float r = 3.5f * s;
  for (size_t i = 0; i < c.lines.size(); ++i) {
    const auto& line = c.lines[i];
    const ImU32 col = colourOf(c, i);
    for (size_t k = 0; line.joined && k + 1 < line.points.size(); ++k) {
      dl->AddLine(ImVec2(px(line.points[k].x), py(line.points[k].y)), ImVec2(px(line.points[k + 1].x), py(line.points[k + 1].y)), col, 2.0f * s);
    }
    // Many points close together read better as a line alone.
    const bool dense = line.joined && line.points.size() > static_cast<size_t>((right - left) / (6 * r));
    for (const auto& p : line.points) {
      if (!dense) drawMarker(dl, ImVec2(px(p.x), py(p.y)), line.joined ? r : r * 1.6f, line.marker, col);
    }
    if (line.points.empty()) continue;
    const ChartPoint& last = line.points.back();
    if (line.joined && !c.nearestPoint) {
      const std::string name = fitted(line.label, clipRight - px(last.x) - 6 * s);
      const ImVec2 at = labels.placeNear(ImVec2(px(last.x) + 6 * s, py(last.y) - lineH / 2), ImGui::CalcTextSize(name.c_str()), lineH * 0.5f);
      dl->AddText(at, col, name.c_str());
    } else {
      // A lone point (or a scatter's line, by its last point) carries its name beside it: on its
      // right, or on its left near the edge.
      const ImVec2 size = ImGui::CalcTextSize(line.label.c_str());
      float x = px(last.x) + 8 * s;
      if (x + size.x > clipRight) x = px(last.x) - 8 * s - size.x;
      const ImVec2 at = labels.placeNear(ImVec2(x, py(last.y) - lineH / 2), size, lineH);
      dl->AddText(at, line.joined ? col : text, line.label.c_str());
    }
  }
  dl->PopClipRect();

  if (hovered) {
    const ImVec2 m = ImGui::GetIO().MousePos;
    if (c.nearestPoint) {
      const ChartLine* bestLine = nullptr;
      const ChartPoint* best = nullptr;
      float bestD = 18.0f * s;
      for (const auto& line : c.lines) {
        for (const auto& p : line.points) {
          const float d = std::hypot(px(p.x) - m.x, py(p.y) - m.y);
          if (d < bestD) {
            bestD = d;
            best = &p;
            bestLine = &line;
          }
        }
      }
      if (best) {
        dl->AddCircle(ImVec2(px(best->x), py(best->y)), r * 2.5f, text, 16, 1.5f);
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        ImGui::TextUnformatted(bestLine->label.c_str());
        ImGui::TextUnformatted(fmt::format("{}: {}   {}: {}", c.xLabel, number(ui.text, best->x), c.yLabel, number(ui.text, best->y)).c_str());
        if (!best->where.empty()) ImGui::TextWrapped("%s", best->where.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
    } else {
      // The x nearest the mouse among all points, then every line's value there.
      double bestX = 0;
      float bestD = std::numeric_limits<float>::max();
      std::string where;
      for (const auto& line : c.lines) {
        for (const auto& p : line.points) {
          const float d = std::abs(px(p.x) - m.x);
          if (d < bestD) {
            bestD = d;
            bestX = p.x;
            where = p.where;
          }
        }
      }
      if (bestD < std::numeric_limits<float>::max()) {
        dl->AddLine(ImVec2(px(bestX), topY), ImVec2(px(bestX), bottom), text, 1.0f);
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(where.c_str());
        for (size_t i = 0; i < c.lines.size(); ++i) {
          for (const auto& p : c.lines[i].points) {
            if (std::abs(p.x - bestX) > 1e-9) continue;
            const ImVec2 at = ImGui::GetCursorScreenPos();
            drawMarker(ImGui::GetWindowDrawList(), ImVec2(at.x + lineH / 2, at.y + lineH / 2), lineH * 0.28f, c.lines[i].marker, colourOf(c, i));
            ImGui::Dummy(ImVec2(lineH, lineH));
            ImGui::SameLine();
            ImGui::TextUnformatted(fmt::format("{}: {}", c.lines[i].label, number(ui.text, p.y)).c_str());
            dl->AddCircle(ImVec2(px(p.x), py(p.y)), r * 2.2f, text, 16, 1.5f);
          }
        }
        ImGui::EndTooltip();
      }
    }
  }
  ImGui::EndGroup();
  ImGui::PopID();
}

void drawChartGrid(UiContext& ui, const std::vector<Chart>& charts, float columnWidth, float height) {
  const float avail = ImGui::GetContentRegionAvail().x;
  const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
  const int columns = std::max(1, static_cast<int>((avail + gap) / (columnWidth + gap)));
  const float w = (avail - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  for (size_t i = 0; i < charts.size(); ++i) {
    if (i % static_cast<size_t>(columns) != 0) ImGui::SameLine(0, gap);
    drawChart(ui, charts[i], w, height);
    if ((i + 1) % static_cast<size_t>(columns) == 0) ImGui::Spacing();
  }
}

// [SECTION] The game screen's panel

void ChartsPanel::reset() { *this = ChartsPanel(); }

void ChartsPanel::draw(UiContext& ui, const GameDriver& game, const core::ActorId& seat, float x, float y, float w, float h, bool& open) {
  const size_t log = game.session().engine().log().size();
  if (!m_built || log != m_log || seat != m_seat || ui.text.language() != m_language) {
    m_built = true;
    m_log = log;
    m_seat = seat;
    m_language = ui.text.language();
    m_problem.clear();
    m_charts.clear();
    if (auto done = m_recorder.update(game.session()); !done) {
      m_problem = done.error();
    } else {
      m_charts = timelineCharts(ui.text, chartNamesOf(game.view(seat)), m_recorder.samplesOf(seat));
    }
  }
  ImGui::SetNextWindowPos(ImVec2(x, y));
  ImGui::SetNextWindowSize(ImVec2(w, h));
  // Opaque: the map under the panel would show through the charts' lines.
  ImGui::SetNextWindowBgAlpha(1.0f);
  const std::string title = ui.text("ui.charts.title") + "###charts";
  if (!ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                              ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  mutedText(ui.text("ui.charts.help"));
  if (!m_problem.empty()) {
    ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "%s", ui.text.format("ui.charts.problem", {{"reason", m_problem}}).c_str());
  }
  ImGui::BeginChild("##charts", ImVec2(0, 0), false);
  drawChartGrid(ui, m_charts, 380.0f * ui.scale, 230.0f * ui.scale);
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace accord::ui
