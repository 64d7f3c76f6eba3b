-- How the game ends (check_outcome) and what each role scores (score).
--
--   escalation               tension reaches 100: renewed fighting; the game ends at once
--   comprehensive_settlement the joint commission has delimited every unsettled sector: ends at
--                            once
--   stable_ceasefire         on the last turn, a ceasefire in force that has held STABLE_HELD
--                            months without a detected breach, and tension below STABLE_BELOW
--   frozen_conflict          on the last turn, anything else

local briefs = require("briefs")
local common = require("common")

local outcomes = {}

local ESCALATION_AT = 100
local STABLE_BELOW = 35
local STABLE_HELD = 9
local ESCALATION_DIVISOR = 4 -- renewed fighting costs every role three quarters of its score

local SETTLED = { delimited = true, demarcated = true }

local function outcome(game, id)
  local values = {
    tension = game:meter("tension"), incidents = game:incidents(), km = game:meter("demarcated_km"),
  }
  return { id = id, text = game:text("outcome." .. id, values) }
end

local function all_settled(game)
  local unsettled = common.UNSETTLED
  for i = 1, #unsettled do
    if not SETTLED[common.status(game, unsettled[i])] then
      return false
    end
  end
  return true
end

function outcomes.check(game, last)
  if game:meter("tension") >= ESCALATION_AT then
    return outcome(game, "escalation")
  end
  if all_settled(game) then
    return outcome(game, "comprehensive_settlement")
  end
  if last then
    if game:meter("tension") < STABLE_BELOW and game:meter("ceasefire_held") >= STABLE_HELD
      and common.ceasefire(game) then
      return outcome(game, "stable_ceasefire")
    end
    return outcome(game, "frozen_conflict")
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
  local objectives = role.objectives
  for i = 1, #objectives do
    local objective = objectives[i]
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
