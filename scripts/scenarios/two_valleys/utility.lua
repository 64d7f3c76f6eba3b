-- What a package of clauses is worth to each actor (game:set_utility): the computer players bid
-- and accept by these tables, the Pact's members vote on its missions by them, and the debrief
-- measures the deal with them. Declared in on_setup, after the clause types and the briefs.
--
-- How the tables follow the briefs (briefs.lua), which score the players:
--
--   * Every valuation names the objective it serves (`objective`), and the clauses that serve one
--     objective weigh WEIGHT_PER_POINT times its weight, so an objective has the same share of a
--     role's utility as of its score. utility.check() asserts it at setup.
--   * Worths (-100..100) follow the objectives' measures. The water splits are the brief's water
--     measure less its value for no deal, doubled for Highland, whose measure starts at 50.
--     Sector worths favour the sector an objective names (the Gorge for Highland, the Salt Road
--     for Lowland); the Pact's monitors are worth its mission measure, 50 a team. A ceasefire is
--     worth more the longer it binds, an open hotline more than one agreed in principle. The
--     states value a withdrawal most at 10 km: a pull-back of 15 km or more costs approval at
--     home (diplomacy.lua), and Highland's red line stops at 15. The Pact, which answers to no
--     public, values it the deeper the better.
--   * Red lines come from briefs.lua, where they are the brief's text too: one source.
--
-- A ceasefire counts under different objectives for different roles: Lowland's brief asks for it
-- outright, Highland gains it at home (every quiet month under a ceasefire raises approval, see
-- rules/incidents.lua), the Pact counts it as keeping the valley from war.
--
-- Northmark is not at the table but votes on the Pact's missions. It has no brief, so its
-- valuations name the Pact objective they bear on.

local briefs = require("briefs")

local utility = {}

-- Clause weight per point of objective weight.
utility.WEIGHT_PER_POINT = 4

-- No agreement is worth `base` plus `slope` per ten points of tension above 50, on top of what is
-- already in force: the hotter the line, the more any deal is worth.
local function reservation(base, slope)
  return { base = base, meter = "tension", pivot = 50, slope = slope }
end

-- A ceasefire is worth more the longer it binds; both states and the Pact read the months alike.
local MONTHS = { id = "months", points = { { 1, 0 }, { 6, 30 }, { 12, 50 } } }

utility.TABLES = {
  highland = {
    clauses = {
      -- gorge_line (3 x 4 = 12): talks that take in the Mill Gorge (the Salt Road's line is no
      -- objective of Highland's, either way)
      { type = "demarcation_talks", weight = 12, objective = "gorge_line", absent = 0, base = 10,
        params = { { id = "sectors", values = { mill_gorge = 70, salt_road = 0 } } } },
      -- water_upstream (2 x 4 = 8): the measure is 100, 60 and 10 against 50 for no deal
      { type = "water_sharing", weight = 8, objective = "water_upstream", absent = 0,
        params = { { id = "split", values = { ["60_40"] = 100, ["50_50"] = 20, ["40_60"] = -80 } } } },
      -- no_monitors_at_vell (1 x 4 = 4): a team in the Gorge is tolerable, one at Vell is not
      { type = "monitors", weight = 4, objective = "no_monitors_at_vell", absent = 0,
        params = { { id = "sectors", values = { mill_gorge = 10, salt_road = -100 } } } },
      -- calm (2 x 4 = 8): guns out of range, and a line to the other command
      { type = "withdrawal", weight = 4, objective = "calm", absent = 0,
        params = { { id = "km", points = { { 0, 0 }, { 5, 30 }, { 10, 50 }, { 15, 40 }, { 20, -60 } } } } },
      { type = "hotline", weight = 4, objective = "calm", absent = -10,
        params = { { id = "open", values = { [true] = 60, [false] = 20 } } } },
      -- home_support (2 x 4 = 8): quiet months under a ceasefire win approval back
      { type = "ceasefire", weight = 8, objective = "home_support", absent = -30, base = 30,
        params = { MONTHS } },
    },
    reservation = reservation(5, -2),
    declines = "declines.highland",
  },

  lowland = {
    clauses = {
      -- road_to_vell (3 x 4 = 12): the Salt Road settled, or watched
      { type = "demarcation_talks", weight = 6, objective = "road_to_vell", absent = 0, base = 10,
        params = { { id = "sectors", values = { salt_road = 70, mill_gorge = 0 } } } },
      { type = "monitors", weight = 6, objective = "road_to_vell", absent = 0,
        params = { { id = "sectors", values = { salt_road = 70, mill_gorge = 10 } } } },
      -- water_downstream (2 x 4 = 8): the measure is 100, 70 and 20 against 0 for no deal
      { type = "water_sharing", weight = 8, objective = "water_downstream", absent = 0,
        params = { { id = "split", values = { ["40_60"] = 100, ["50_50"] = 70, ["60_40"] = 20 } } } },
      -- ceasefire (2 x 4 = 8)
      { type = "ceasefire", weight = 8, objective = "ceasefire", absent = -40, base = 40,
        params = { MONTHS } },
      -- home_support (1 x 4 = 4): brawls in Vell kept local; a deep pull-back looks like retreat
      { type = "hotline", weight = 2, objective = "home_support", absent = -10,
        params = { { id = "open", values = { [true] = 50, [false] = 10 } } } },
      { type = "withdrawal", weight = 2, objective = "home_support", absent = 0,
        params = { { id = "km", points = { { 0, 0 }, { 10, 30 }, { 15, 10 }, { 20, -20 } } } } },
    },
    reservation = reservation(0, -2),
    declines = "declines.lowland",
  },

  pact = {
    clauses = {
      -- no_war (3 x 4 = 12): whatever takes heat out of the line, no side's terms preferred
      { type = "ceasefire", weight = 6, objective = "no_war", absent = -40, base = 40,
        params = { MONTHS } },
      { type = "withdrawal", weight = 4, objective = "no_war", absent = -20,
        params = { { id = "km", points = { { 0, 0 }, { 5, 20 }, { 10, 40 }, { 20, 70 } } } } },
      { type = "water_sharing", weight = 2, objective = "no_war", absent = -20,
        params = { { id = "split", values = { ["50_50"] = 60, ["60_40"] = 10, ["40_60"] = 10 } } } },
      -- mission (2 x 4 = 8): the measure, 50 a team
      { type = "monitors", weight = 8, objective = "mission", absent = 0,
        params = { { id = "sectors", otherwise = 50 } } },
      -- border_fixed (2 x 4 = 8): the commission at work, on either unsettled sector
      { type = "demarcation_talks", weight = 8, objective = "border_fixed", absent = -10, base = 30,
        params = { { id = "sectors", values = { mill_gorge = 35, salt_road = 35 } } } },
      -- hotline (1 x 4 = 4)
      { type = "hotline", weight = 4, objective = "hotline", absent = 0,
        params = { { id = "open", values = { [true] = 100, [false] = 20 } } } },
    },
    reservation = reservation(0, -3),
  },

  -- Not at the table: it staffs and funds the monitors, and wants the valley quiet.
  northmark = {
    clauses = {
      { type = "ceasefire", weight = 4, objective = "no_war", absent = -30, base = 30,
        params = { MONTHS } },
      { type = "hotline", weight = 2, objective = "no_war", absent = 0,
        params = { { id = "open", values = { [true] = 40, [false] = 10 } } } },
      -- a team is worth sending; each further one costs Northmark more
      { type = "monitors", weight = 4, objective = "mission", absent = 0, base = 50,
        params = { { id = "sectors", otherwise = -15 } } },
    },
    reservation = reservation(0, -2),
    declines = "declines.northmark",
  },
}

-- The order in which the tables are declared.
utility.ORDER = { "highland", "lowland", "northmark", "pact" }

-- The bloc whose objectives the valuations of members without a brief name.
local MEMBERS_OF = "pact"

local function objective_weights(role)
  local weights = {}
  for _, objective in ipairs(briefs.ROLES[role].objectives) do
    weights[objective.id] = objective.weight
  end
  return weights
end

-- The link to the briefs: every objective named exists, and for the roles with a brief each
-- objective's clauses weigh WEIGHT_PER_POINT times the objective.
function utility.check()
  for _, role in ipairs(utility.ORDER) do
    local has_brief = briefs.ROLES[role] ~= nil
    local objectives = objective_weights(has_brief and role or MEMBERS_OF)
    local sums = {}
    for _, v in ipairs(utility.TABLES[role].clauses) do
      assert(objectives[v.objective], role .. ": '" .. v.type .. "' serves no objective of the brief")
      sums[v.objective] = (sums[v.objective] or 0) + v.weight
    end
    if has_brief then
      for _, objective in ipairs(briefs.ROLES[role].objectives) do
        assert(sums[objective.id] == objective.weight * utility.WEIGHT_PER_POINT,
          role .. ": the clauses of '" .. objective.id .. "' must weigh " .. utility.WEIGHT_PER_POINT
            .. " times its weight")
      end
    end
  end
end

-- The brief's red lines that have a kind, in the form set_utility takes; the others are enforced
-- by the engine or by on_proposal and are only read.
local function red_lines(game, role)
  local out = {}
  local brief = briefs.ROLES[role]
  for _, line in ipairs(brief and brief.red_lines or {}) do
    if line.kind then
      out[#out + 1] = {
        id = line.id, text = game:text(line.text), kind = line.kind, clause = line.clause,
        param = line.param, number = line.number, value = line.value, needs = line.needs,
      }
    end
  end
  return out
end

function utility.declare(game)
  utility.check()
  for _, role in ipairs(utility.ORDER) do
    local data = utility.TABLES[role]
    game:set_utility(role, {
      clauses = data.clauses,
      red_lines = red_lines(game, role),
      reservation = data.reservation,
      declines = data.declines and game:text(data.declines),
    })
  end
end

return utility
