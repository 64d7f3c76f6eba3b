-- Helpers shared by the other modules.
--
-- What the rules read most often, the clauses in force and the status of each sector, is dear to
-- ask the engine for (it builds a fresh table of every agreement, or of a sector with its note and
-- forces, on each call) and changes rarely. So this module keeps both as a mirror of the game
-- state, and hands out the mirror instead of asking again:
--
--   * the clauses in force change only when an agreement is signed or runs out. The mirror is
--     dropped at the start of on_agreement, and at the start of a turn in which an agreement it
--     holds runs out (the engine ends an agreement with a duration when the turn reaches its
--     start plus its duration), and rebuilt from game:agreements("active") by the first hook
--     that asks;
--   * sector statuses change only in on_resolve (the joint commission, rules/talks.lua).
--     on_resolve takes the mirror out (common.take_line), works on its own copy and puts it back
--     (common.keep_line) only when it has finished. A resolution that fails is rolled back by the
--     engine and leaves no mirror behind: until the next resolution, readers ask the engine.
--
-- Like any module-level value the mirror is not part of the game state: it is never saved, and a
-- game restored from a save starts without one. It is only ever a copy of what the engine holds,
-- rebuilt whenever it might be out of date. Forces and meters are cheap to read and always come
-- straight from the engine.

local common = {}

-- The two disputants, in the engine's resolution order. Loops that change the game iterate this
-- array, never pairs() over a table keyed by actor.
common.STATES = { "kyrgyzstan", "tajikistan" }
common.BLOC = "csto"

-- The sectors whose line is not yet settled, in map order (west to east). Sectors cannot be added
-- after setup, so this list never changes (setup.lua checks it against the map); their status
-- does, and is read from the game.
common.UNSETTLED = {
  "fergana_trijunction", "leilek_foothills", "batken_isfara_road", "golovnoy_intake", "vorukh",
  "southern_ridges",
}

common.NEXT_STATUS = {
  contested = "disputed",
  disputed = "delimited",
  delimited = "demarcated",
}

-- The meter that holds the joint commission's work on each unsettled sector (setup.lua).
common.COMMISSION_METER = {}
for _, id in ipairs(common.UNSETTLED) do
  common.COMMISSION_METER[id] = "commission_" .. id
end

-- The loops the rules run many times a month (here and in the other modules) count through their
-- lists with a numeric for, which unlike ipairs calls no function for each item.
function common.contains(list, value)
  for i = 1, #list do
    if list[i] == value then
      return true
    end
  end
  return false
end

function common.clamp(value, low, high)
  return math.max(low, math.min(high, value))
end

function common.month(game)
  local _, month = game:date()
  return month
end

-- December to February: snow in the passes, little work in the fields. Takes the month (1..12).
function common.is_winter(month)
  return month == 12 or month <= 2
end

-- June to August: the irrigation season, when every litre of the Isfara counts.
function common.is_dry_season(month)
  return month >= 6 and month <= 8
end

-- What on_resolve reads once and its steps share: the month, the two states' sealed orders and,
-- once the CSTO's missions are in place (common.read_forces), each unsettled sector's heavy weapons
-- and observers. Steps add what happened: incident_in[sector id], detected (a breach was seen).
function common.month_of(game)
  local month = common.month(game)
  local orders = {}
  for _, state in ipairs(common.STATES) do
    orders[state] = game:orders(state)
  end
  return {
    month = month, winter = common.is_winter(month), dry = common.is_dry_season(month),
    orders = orders, incident_in = {}, detected = false,
  }
end

function common.read_forces(game, month)
  local heavy, observers = {}, {}
  local unsettled = common.UNSETTLED
  for i = 1, #unsettled do
    local id = unsettled[i]
    heavy[id] = common.heavy_in(game, id)
    observers[id] = common.observers_in(game, id)
  end
  month.heavy, month.observers = heavy, observers
end

function common.other_state(id)
  return id == "kyrgyzstan" and "tajikistan" or "kyrgyzstan"
end

function common.actor_name(game, id)
  local actor = game:actor(id)
  return actor and actor.name or id
end

-- A sector's name in the game's language (setup.lua declares it from the same key).
function common.sector_name(game, id)
  return game:text("sector." .. id)
end

function common.actor_names(game, ids)
  local names = {}
  for i, id in ipairs(ids) do
    names[i] = common.actor_name(game, id)
  end
  return table.concat(names, ", ")
end

function common.clause_name(game, clause_type)
  return game:text("clause." .. clause_type)
end

function common.status_name(game, status)
  return game:text("status." .. status)
end

--------------------------------------------------------------------------------------------------
-- The clauses in force
--------------------------------------------------------------------------------------------------

local agreements = nil -- the mirror: { active =, in_force =, every =, sectors = }, or nil

function common.forget_agreements()
  agreements = nil
end

-- At the start of a turn: forgets the clauses in force if an agreement among them runs out now.
function common.new_turn(game)
  if agreements == nil then
    return
  end
  local turn, active = game:turn(), agreements.active
  for i = 1, #active do
    local agreement = active[i]
    if agreement.duration > 0 and turn >= agreement.start_turn + agreement.duration then
      agreements = nil
      return
    end
  end
end

-- in_force maps a clause type to the clause in force as the engine counts it for utilities and
-- the debrief (when several active agreements hold a clause of that type, the newest agreement's);
-- every maps it to all of them, oldest first. Each entry is { agreement =, clause =, index = }.
local function mirror(game)
  if agreements == nil then
    local active = game:agreements("active")
    local in_force, every = {}, {}
    for _, agreement in ipairs(active) do
      for index, clause in ipairs(agreement.clauses) do
        local hit = { agreement = agreement, clause = clause, index = index }
        local list = every[clause.type]
        if list == nil then
          every[clause.type] = { hit }
        else
          list[#list + 1] = hit
        end
        local newest = in_force[clause.type]
        if newest == nil or newest.agreement ~= agreement then
          in_force[clause.type] = hit
        end
      end
    end
    agreements = { active = active, in_force = in_force, every = every, sectors = {} }
  end
  return agreements
end

local NONE = {}

-- The clause of `clause_type` in force ({ agreement =, clause =, index = }), or nil.
function common.in_force(game, clause_type)
  return mirror(game).in_force[clause_type]
end

-- The params of the clause of `clause_type` in force, or nil.
function common.terms(game, clause_type)
  local hit = mirror(game).in_force[clause_type]
  return hit and hit.clause.params
end

-- Every clause of `clause_type` in an active agreement, oldest first (an empty list for none).
-- Clauses that name sectors (monitors, peacekeepers, talks, settlements) add up: each agreement's
-- sectors count.
function common.every(game, clause_type)
  return mirror(game).every[clause_type] or NONE
end

-- Every active agreement, oldest first.
function common.active(game)
  return mirror(game).active
end

-- The sectors named by every clause of `clause_type` in force, as a set.
function common.named_sectors(game, clause_type)
  local known = mirror(game)
  local set = known.sectors[clause_type]
  if set == nil then
    set = {}
    for _, hit in ipairs(known.every[clause_type] or NONE) do
      for _, id in ipairs(hit.clause.params.sectors) do
        set[id] = true
      end
    end
    known.sectors[clause_type] = set
  end
  return set
end

-- How many sectors CSTO monitors or peacekeepers are sent to by the clauses in force (where
-- diplomacy.station_missions puts them each month).
function common.mission_sectors(game)
  local known = mirror(game)
  if known.missions == nil then
    local count = 0
    local peacekeepers = common.named_sectors(game, "peacekeepers")
    for id in pairs(common.named_sectors(game, "monitors")) do -- a count: the order does not matter
      if not peacekeepers[id] then
        count = count + 1
      end
    end
    for _ in pairs(peacekeepers) do
      count = count + 1
    end
    known.missions = count
  end
  return known.missions
end

function common.ceasefire(game)
  return mirror(game).in_force.ceasefire ~= nil
end

function common.hotline_open(game)
  local params = common.terms(game, "hotline")
  return params ~= nil and params.open
end

-- The deepest heavy-weapon withdrawal in force, in km (0 for none).
function common.withdrawn_km(game)
  local km = 0
  local every = common.every(game, "heavy_weapon_withdrawal")
  for i = 1, #every do
    km = math.max(km, every[i].clause.params.km)
  end
  return km
end

--------------------------------------------------------------------------------------------------
-- The line: each sector's status and length
--------------------------------------------------------------------------------------------------

local line = nil -- the mirror: status by sector id, or nil
local taken = false -- on_resolve has taken the mirror out and not handed it back yet
local lengths = {} -- km by sector id; lengths never change

local function read_line(game)
  local statuses = {}
  for _, sector in ipairs(game:sectors()) do
    statuses[sector.id] = sector.status
    lengths[sector.id] = sector.km
  end
  return statuses
end

-- A sector's status. While on_resolve holds the statuses (or after it failed), the answer comes
-- from the engine and is not kept.
function common.status(game, id)
  if taken then
    local sector = game:sector(id)
    return sector and sector.status
  end
  if line == nil then
    line = read_line(game)
  end
  return line[id]
end

-- A sector's length in km.
function common.km(game, id)
  if lengths[id] == nil then
    read_line(game)
  end
  return lengths[id]
end

-- For on_resolve, which changes statuses: every sector's status in a table of its own, which the
-- hook updates as it calls game:set_sector_status, and hands back with common.keep_line when it has
-- finished. Until then there is no mirror.
function common.take_line(game)
  local statuses = (not taken and line) or read_line(game)
  line, taken = nil, true
  return statuses
end

function common.keep_line(statuses)
  line, taken = statuses, false
end

-- Kilometres of the border with the status "demarcated", from a table of statuses.
function common.demarcated_km(game, statuses)
  local km = 0
  for id, status in pairs(statuses) do -- a sum: the order does not matter
    if status == "demarcated" then
      km = km + common.km(game, id)
    end
  end
  return km
end

--------------------------------------------------------------------------------------------------
-- Forces
--------------------------------------------------------------------------------------------------

-- The CSTO's observers in a sector (monitors and peacekeepers both count: they see and report).
function common.observers_in(game, sector_id)
  local troops, _, monitors = game:forces(sector_id, common.BLOC)
  return troops + monitors
end

-- Both states' heavy weapons in a sector.
function common.heavy_in(game, sector_id)
  local _, kyrgyz = game:forces(sector_id, common.STATES[1])
  local _, tajik = game:forces(sector_id, common.STATES[2])
  return kyrgyz + tajik
end

return common
