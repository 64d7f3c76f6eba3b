-- How the game ends (check_outcome) and what each role scores (score).
--
--   escalation       tension reaches its maximum: the game ends at once
--   settlement       every sector is demarcated: the game ends at once
--   stable_ceasefire on the last turn, a ceasefire is in force and tension is below 30
--   frozen_conflict  on the last turn, anything else

local briefs = require("briefs")
local common = require("common")

local outcomes = {}

local ESCALATION_AT = 100
local STABLE_BELOW = 30

local function outcome(game, id, values)
  return { id = id, text = game:text("outcome." .. id, values) }
end

-- The length of the border in km if every sector is demarcated, else nil.
local function demarcated_km(game)
  local km = 0
  for _, sector in ipairs(game:sectors()) do
    if sector.status ~= "demarcated" then
      return nil
    end
    km = km + sector.km
  end
  return km
end

function outcomes.check(game, last)
  local tension = game:meter("tension")
  if tension >= ESCALATION_AT then
    return outcome(game, "escalation")
  end

  local km = demarcated_km(game)
  if km then
    return outcome(game, "settlement", { km = km })
  end

  if last then
    local summary = { tension = tension, incidents = game:incidents() }
    if tension < STABLE_BELOW and #common.in_force(game, "ceasefire") > 0 then
      return outcome(game, "stable_ceasefire", summary)
    end
    return outcome(game, "frozen_conflict", summary)
  end
  return nil
end

-- The weighted mean of the role's objectives, an integer from 0 to 100. Northmark, which no one
-- plays, has no brief and scores 0.
function outcomes.score(game, actor)
  local role = briefs.ROLES[actor]
  if role == nil then
    return 0
  end
  local sum, weights = 0, 0
  for _, objective in ipairs(role.objectives) do
    sum = sum + objective.weight * objective.measure(game)
    weights = weights + objective.weight
  end
  return (sum + weights // 2) // weights
end

return outcomes
