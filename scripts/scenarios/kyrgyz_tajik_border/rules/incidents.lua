-- Incidents along the line, and the monthly drift of the meters (on_resolve).
--
-- Each unsettled sector risks one incident a month. The chance grows with tension, with how
-- unsettled the line is and with heavy weapons in range of it; CSTO observers, winter and a
-- ceasefire cut it, and peacekeepers with a buffer mandate cut it most. Near the brink an
-- incident where guns are in range can turn into a serious clash.
--
-- Tension drifts down in a quiet month, but not below a floor set by the line itself: villages,
-- pastures and canals on a line nobody has agreed make quarrels of their own, which push tension
-- back up towards the floor when it has fallen below it. The floor falls only as the joint
-- commission settles sectors. Without a ceasefire in force the two armies face
-- each other with nothing to hold them back, and tension climbs every month, faster while heavy
-- weapons are within range of the line.

local common = require("common")
local compliance = require("rules.compliance")

local incidents = {}

local STATUS_RISK = { demarcated = 0, delimited = 1, disputed = 2, contested = 4 }
local MAX_CHANCE = 80 -- % a month in one sector
local DRY_RISK = 5 -- more risk at the Golovnoy intake in summer, more still in a dry year
local RANGE_KM = 30 -- a withdrawal this deep takes the guns out of range of the line
local CLASH_FROM = 80 -- tension from which an incident may become a serious clash
local CLASH_CHANCE = 30 -- % of incidents in range of guns, above CLASH_FROM
local PER_INCIDENT, PER_INCIDENT_HOTLINE, PER_CLASH = 3, 2, 7
local QUIET_MONTH, QUIET_CEASEFIRE = -4, -5
local COOLING = -1 -- every month: both capitals work to keep incidents local
local FIRE_BREACH_CHANCE = 50 -- % of incidents under a ceasefire counted as a breach
-- The floor of tension: per 100 km of line with each status.
local FLOOR_PER_100KM = { contested = 10, disputed = 8, delimited = 4, demarcated = 0 }
local FLOOR_PULL = 2 -- a month's rise towards the floor from below
-- Without a ceasefire: a month's rise of one for every STANDOFF_GUNS heavy weapons in range.
local STANDOFF_GUNS = 40

-- Heavy weapons that still reach the line after the withdrawal in force.
local function guns_in_range(heavy, km)
  return heavy * (RANGE_KM - math.min(km, RANGE_KM)) // RANGE_KM
end

-- The chance, in percent, of an incident this month in sector `id`, at `status`, with `guns`
-- heavy weapons in range.
function incidents.chance(game, id, status, guns, context)
  if status == "demarcated" then
    return 0
  end
  local chance = context.tension // 10 + STATUS_RISK[status] + guns // 3
  if context.dry and id == "golovnoy_intake" then
    chance = chance + DRY_RISK + context.shortfall // 5
  end
  if context.buffer[id] then
    chance = chance // 3
  elseif context.observers[id] > 0 then
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

-- The tension the line's own quarrels keep up, from a table of sector statuses.
function incidents.floor(game, statuses)
  local floor = 0
  local unsettled = common.UNSETTLED
  for i = 1, #unsettled do
    local id = unsettled[i]
    floor = floor + common.km(game, id) * FLOOR_PER_100KM[statuses[id]]
  end
  return floor // 100
end

local function buffer_sectors(game)
  local set = {}
  for _, hit in ipairs(common.every(game, "peacekeepers")) do
    if hit.clause.params.mandate == "buffer" then
      for _, id in ipairs(hit.clause.params.sectors) do
        set[id] = true
      end
    end
  end
  return set
end

-- Lowers tension by `amount`, but not below `floor` (nor raises it when already below).
local function ease(game, amount, floor)
  local tension = game:meter("tension")
  if tension > floor then
    game:set_meter("tension", math.max(floor, tension - amount))
  end
end

-- on_resolve. `statuses` is the hook's table of sector statuses; records in month.incident_in the
-- sectors that had an incident.
function incidents.resolve(game, statuses, month)
  local ceasefire = common.ceasefire(game)
  local context = {
    km = common.withdrawn_km(game), winter = month.winter,
    dry = month.dry, ceasefire = ceasefire, buffer = buffer_sectors(game), observers = month.observers,
    shortfall = math.max(0, 100 - game:meter("isfara_flow")), tension = game:meter("tension"),
  }
  local count, clashes, in_range = 0, 0, 0
  local unsettled = common.UNSETTLED
  for i = 1, #unsettled do
    local id = unsettled[i]
    local guns = guns_in_range(month.heavy[id], context.km)
    in_range = in_range + guns
    local chance = incidents.chance(game, id, statuses[id], guns, context)
    if chance > 0 and game:chance(chance) then
      count = count + 1
      month.incident_in[id] = true
      local name = common.sector_name(game, id)
      local clash = context.tension >= CLASH_FROM and guns > 0 and game:chance(CLASH_CHANCE)
      if clash then
        clashes = clashes + 1
        game:news{ text = game:text("news.clash", { sector = name }), tag = "incident" }
      else
        game:news{ text = game:text("news.incident", { sector = name }), tag = "incident" }
      end
      if ceasefire and game:chance(FIRE_BREACH_CHANCE) then
        compliance.fire_breach(game, month, id)
      end
    end
  end
  game:add_incidents(count)

  local floor = incidents.floor(game, statuses)
  local before = game:meter("tension")
  if before < floor then
    game:set_meter("tension", math.min(floor, before + FLOOR_PULL))
  end
  ease(game, -COOLING, floor)
  if not ceasefire then
    game:change_meter("tension", in_range // STANDOFF_GUNS)
  end
  if count > 0 then
    local per_incident = common.hotline_open(game) and PER_INCIDENT_HOTLINE or PER_INCIDENT
    game:change_meter("tension", count * per_incident + clashes * PER_CLASH)
    for _, state in ipairs(common.STATES) do
      game:change_meter("approval", -count - clashes, state)
      game:change_meter("trust", -count, state)
    end
    game:change_meter("standing", -clashes)
  else
    ease(game, -(ceasefire and QUIET_CEASEFIRE or QUIET_MONTH), floor)
    if ceasefire then
      for _, state in ipairs(common.STATES) do
        game:change_meter("approval", 1, state)
        game:change_meter("trust", 1, state)
      end
    end
  end
end

return incidents
