-- Incidents along the line, and the monthly drift of the meters (on_resolve).
--
-- Each unsettled sector risks one incident a month. The chance grows with tension, with how
-- unsettled the line is and with heavy weapons in range of it; CSTO observers, winter and a
-- ceasefire cut it, and peacekeepers with a buffer mandate cut it most. Near the brink an
-- incident where guns are in range can turn into a serious clash. A quiet month lowers tension.

local common = require("common")
local compliance = require("rules.compliance")

local incidents = {}

local STATUS_RISK = { demarcated = 0, delimited = 1, disputed = 2, contested = 4 }
local MAX_CHANCE = 80 -- % a month in one sector
local RANGE_KM = 30 -- a withdrawal this deep takes the guns out of range of the line
local CLASH_FROM = 80 -- tension from which an incident may become a serious clash
local CLASH_CHANCE = 30 -- % of incidents in range of guns, above CLASH_FROM
local PER_INCIDENT, PER_INCIDENT_HOTLINE, PER_CLASH = 3, 2, 7
local QUIET_MONTH, QUIET_CEASEFIRE = -4, -5
local COOLING = -1 -- every month: both capitals work to keep incidents local
local FIRE_BREACH_CHANCE = 50 -- % of incidents under a ceasefire counted as a breach

local function buffer_in(game, sector_id)
  for _, hit in ipairs(common.in_force(game, "peacekeepers")) do
    if hit.clause.params.mandate == "buffer" and common.contains(hit.clause.params.sectors, sector_id) then
      return true
    end
  end
  return false
end

-- Heavy weapons that still reach the line after the withdrawal in force.
local function guns_in_range(game, sector_id, km)
  return common.heavy_in(game, sector_id) * (RANGE_KM - km) // RANGE_KM
end

-- The chance, in percent, of an incident in `sector` this month.
function incidents.chance(game, sector, context)
  if sector.status == "demarcated" then
    return 0
  end
  local chance = game:meter("tension") // 10 + STATUS_RISK[sector.status]
    + guns_in_range(game, sector.id, context.km) // 3
  if context.dry and sector.id == "golovnoy_intake" then
    chance = chance + 5
  end
  if buffer_in(game, sector.id) then
    chance = chance // 3
  elseif common.observers_in(game, sector.id) > 0 then
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
    km = common.withdrawn_km(game), winter = common.is_winter(game),
    dry = common.is_dry_season(game), ceasefire = ceasefire,
  }
  local tension = game:meter("tension")
  local count, clashes = 0, 0
  for _, sector in ipairs(game:sectors()) do
    if game:chance(incidents.chance(game, sector, context)) then
      count = count + 1
      local clash = tension >= CLASH_FROM and guns_in_range(game, sector.id, context.km) > 0
        and game:chance(CLASH_CHANCE)
      if clash then
        clashes = clashes + 1
        game:news{ text = game:text("news.clash", { sector = sector.name }), tag = "incident" }
      else
        game:news{ text = game:text("news.incident", { sector = sector.name }), tag = "incident" }
      end
      if ceasefire and game:chance(FIRE_BREACH_CHANCE) then
        compliance.fire_breach(game, sector)
      end
    end
  end
  game:add_incidents(count)
  game:change_meter("tension", COOLING)

  if count > 0 then
    local per_incident = common.hotline_open(game) and PER_INCIDENT_HOTLINE or PER_INCIDENT
    game:change_meter("tension", count * per_incident + clashes * PER_CLASH)
    for _, state in ipairs(common.STATES) do
      game:change_meter("approval", -count - clashes, state)
      game:change_meter("trust", -count, state)
    end
    game:change_meter("standing", -clashes)
  else
    game:change_meter("tension", ceasefire and QUIET_CEASEFIRE or QUIET_MONTH)
    if ceasefire then
      for _, state in ipairs(common.STATES) do
        game:change_meter("approval", 1, state)
        game:change_meter("trust", 1, state)
      end
    end
  end
end

return incidents
