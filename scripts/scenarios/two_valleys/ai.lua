-- The computer players' order policy, written for this scenario (the ai_orders hook). A
-- conciliator pulls every heavy weapon back from the unsettled sectors; the other personas keep
-- the engine's built-in policy, which returning nil asks for.

local common = require("common")

local ai = {}

function ai.orders(game, actor, persona)
  if persona ~= "conciliator" or not common.contains(common.STATES, actor) then
    return nil
  end
  local forces = {}
  for _, sector in ipairs(game:sectors()) do
    local troops, heavy = game:forces(sector.id, actor)
    if sector.status ~= "demarcated" and heavy > 0 then
      forces[#forces + 1] = { sector = sector.id, troops = troops, heavy = 0 }
    end
  end
  return { forces = forces, statements = { game:text("statement.guns_back") } }
end

return ai
