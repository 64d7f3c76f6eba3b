// The baseline policy's decisions; see baseline_policy.hpp.
#include "baseline_policy.hpp"

namespace accord::ai {

std::vector<core::Command> BaselinePolicy::decide(const core::RoleView& view) const {
  std::vector<core::Command> out;
  if (!view.waitingForMe) return out;
  auto stamp = [&](core::CommandKind kind, core::Payload payload) {
    return core::Command{view.turn, view.phase, view.role, kind, std::move(payload)};
  };
  switch (view.phase) {
    case core::Phase::Diplomacy:
      for (const auto& offer : view.offers) {
        if (offer.status != core::OfferStatus::Open || !core::contains(offer.to, view.role)) continue;
        auto it = offer.responses.find(view.role);
        if (it != offer.responses.end() && it->second == core::Response::None) {
          out.push_back(stamp(core::CommandKind::Respond, core::RespondPayload{offer.id, core::Response::Accept, {}}));
        }
      }
      out.push_back(stamp(core::CommandKind::Pass, std::monostate{}));
      break;
    case core::Phase::Orders:
      out.push_back(stamp(core::CommandKind::SubmitOrders, core::Orders{}));
      break;
    case core::Phase::Briefing:
    case core::Phase::Review:
      out.push_back(stamp(core::CommandKind::Pass, std::monostate{}));
      break;
    default:
      break;
  }
  return out;
}

}  // namespace accord::ai
