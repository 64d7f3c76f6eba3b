-- Incidents along the line, and the monthly drift of the meters (on_resolve).
--
-- Each sector risks one incident a month. The chance grows with tension, with how unsettled the
-- line is, with heavy weapons near it and with the disputants' resolve; monitors, winter and a
-- ceasefire in force cut it. Incidents raise tension; a quiet month lowers it.

local common = require("common")

local incidents = {}

local STATUS_RISK = { demarcated = 0, delimited = 2, disputed = 5, contested = 9 }
local MAX_CHANCE = 90 -- % a month in one sector
local WITHDRAWAL_MAX_KM = 20 -- a withdrawal this deep takes the guns out of range of the line

-- The deepest heavy-weapon withdrawal in force, in km.
local function withdrawn_km(game)
  local km = 0
  for _, hit in ipairs(common.in_force(game, "withdrawal")) do
    km = math.max(km, hit.clause.params.km)
  end
  return km
end

local function average_resolve(game)
  local total = 0
  for _, state in ipairs(common.STATES) do
    total = total + game:meter("resolve", state)
  end
  return total // #common.STATES
end

-- The chance, in percent, of an incident in `sector` this month.
function incidents.chance(game, sector, context)
  local chance = game:meter("tension") // 5 + STATUS_RISK[sector.status]
  -- heavy weapons count only as far as a withdrawal leaves them in range
  local in_range = common.heavy_in(game, sector.id) * (WITHDRAWAL_MAX_KM - context.km) // WITHDRAWAL_MAX_KM
  chance = chance + in_range + (context.resolve - 50) // 10
  if common.monitors_in(game, sector.id) > 0 then
    chance = chance // 2
  end
  if context.winter then
    chance = chance // 2
  end
  if context.ceasefire then
    chance = chance * 2 // 3
  end
  return common.clamp(chance, 0, MAX_CHANCE)
end

function incidents.resolve(game)
  local ceasefire = #common.in_force(game, "ceasefire") > 0
  local context = {
    km = withdrawn_km(game),
    resolve = average_resolve(game),
    winter = common.is_winter(game),
    ceasefire = ceasefire,
  }

  local count = 0
  for _, sector in ipairs(game:sectors()) do
    if game:chance(incidents.chance(game, sector, context)) then
      count = count + 1
      game:news{ text = game:text("news.incident", { sector = sector.name }), tag = "incident" }
    end
  end
  game:add_incidents(count)

  if count > 0 then
    -- an open hotline lets the commanders talk before an exchange of fire spreads
    local per_incident = common.hotline_open(game) and 2 or 3
    game:change_meter("tension", count * per_incident)
    for _, state in ipairs(common.STATES) do
      game:change_meter("approval", -count, state)
      game:change_meter("resolve", count, state)
    end
  else
    game:change_meter("tension", ceasefire and -3 or -2)
    if ceasefire then
      for _, state in ipairs(common.STATES) do
        game:change_meter("approval", 1, state)
        game:change_meter("resolve", -1, state)
      end
    end
  end
end

return incidents
