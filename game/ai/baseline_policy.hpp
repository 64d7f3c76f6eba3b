// The baseline policy: the plain stand-in for a role nobody commands. It tables no offers,
// accepts every offer addressed to it, holds its forces where they are and ends each step.
#pragma once

#include <vector>

#include "game/core/command.hpp"
#include "game/core/role_view.hpp"

namespace accord::ai {

class BaselinePolicy {
 public:
  // The commands this role gives now, given only what it can see.
  std::vector<core::Command> decide(const core::RoleView& view) const;
};

}  // namespace accord::ai
