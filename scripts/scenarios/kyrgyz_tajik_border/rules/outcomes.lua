-- How the game ends (check_outcome) and what each role scores (score).
--
--   escalation               tension reaches 100: renewed fighting; the game ends at once
--   comprehensive_settlement every unsettled sector is delimited or demarcated: ends at once
--   stable_ceasefire         on the last turn, a ceasefire in force and tension below 35
--   frozen_conflict          on the last turn, anything else

local briefs = require("briefs")
local common = require("common")

local outcomes = {}

local ESCALATION_AT = 100
local STABLE_BELOW = 35
local ESCALATION_DIVISOR = 4 -- renewed fighting costs every role three quarters of its score

local SETTLED = { delimited = true, demarcated = true }

local function outcome(game, id, values)
  return { id = id, text = game:text("outcome." .. id, values) }
end

local function all_settled(game)
  for _, sector in ipairs(game:sectors()) do
    if not SETTLED[sector.status] then
      return false
    end
  end
  return true
end

function outcomes.check(game, last)
  local tension = game:meter("tension")
  local summary = {
    tension = tension, incidents = game:incidents(), km = common.demarcated_km(game),
  }
  if tension >= ESCALATION_AT then
    return outcome(game, "escalation", summary)
  end
  if all_settled(game) then
    return outcome(game, "comprehensive_settlement", summary)
  end
  if last then
    if tension < STABLE_BELOW and #common.in_force(game, "ceasefire") > 0 then
      return outcome(game, "stable_ceasefire", summary)
    end
    return outcome(game, "frozen_conflict", summary)
  end
  return nil
end

-- The weighted mean of the role's objectives, 0..100; the members not at the table score 0.
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
  local score = (sum + weights // 2) // weights
  if game:meter("tension") >= ESCALATION_AT then
    score = score // ESCALATION_DIVISOR
  end
  return common.clamp(score, 0, 100)
end

return outcomes
