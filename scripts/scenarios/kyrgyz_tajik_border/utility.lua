-- What a package of clauses is worth to each actor (game:set_utility): the computer players bid
-- and accept by these tables, the CSTO's members vote on the bloc's deployments by them, and the
-- debrief measures agreements with them.
--
-- How the tables follow the briefs (briefs.lua), which score the players:
--
--   * Every valuation names the brief objective it serves (`objective`), and the clauses that
--     serve one objective share WEIGHT_PER_POINT times its weight. An objective therefore has the
--     same share of a role's utility as of its score. Both states' objectives weigh 3, 2, 1, 1
--     and 2, so both tables total 36; the CSTO's weigh 3, 2, 2 and 1, so its table totals 32.
--     check() asserts all of this at setup.
--   * Worths (-100..100) follow the objectives' measures: water splits keep the order and the
--     gaps of the brief's water measure, a withdrawal is worth most at briefs.WITHDRAWAL_KM (the
--     measure's cap; deeper pull-backs cost approval at home), sector worths favour the sectors
--     an objective names.
--   * Red lines are taken from briefs.lua, where they are also the brief's text: one source.
--
-- Even-handedness: the two states' tables are mirror images. Each puts 12 of its 36 on its first
-- objective and 4 on the other's first concern: Kyrgyzstan 12 on ceasefire, withdrawal and
-- hotline and 4 on the road to Vorukh, Tajikistan 12 on the road and 4 on ceasefire, withdrawal
-- and hotline. Both put 8 on the line (settlement 5, talks 3), 4 on water, 4 on prisoners and 4
-- on the CSTO's missions. Options that favour one side are valued by the same numbers with the
-- sides swapped (water, division, the sectors each side cares most about); clauses that bind
-- both alike have the same worths for both. Their reservations are the same.
--
-- The four member states not at the table vote on monitors and peacekeepers. They have no brief,
-- so their valuations name the CSTO objective a clause bears on; their interests are
-- illustrative, not taken from a source.

local briefs = require("briefs")

local utility = {}

-- Clause weight per point of objective weight.
utility.WEIGHT_PER_POINT = 4

-- No agreement is worth `base` plus `slope` per ten points of tension above 50 (on top of what is
-- already in force): at the starting tension of 70 a deal is worth more than at 50, and when the
-- border has calmed down a party asks more of one.
local function reservation(base, slope)
  return { base = base, meter = "tension", pivot = 50, slope = slope }
end

-- Per-sector worths (summed over the sectors a clause names). Each state values most the sectors
-- its objectives name; the two lists are the same numbers with the sides swapped.
local KG_SECTORS = {
  batken_isfara_road = 25, leilek_foothills = 20, vorukh = 10, golovnoy_intake = 10,
  fergana_trijunction = 5, southern_ridges = 5,
}
local TJ_SECTORS = {
  vorukh = 25, golovnoy_intake = 20, batken_isfara_road = 10, leilek_foothills = 10,
  fergana_trijunction = 5, southern_ridges = 5,
}
local EVEN_SECTORS = {
  batken_isfara_road = 5, leilek_foothills = 5, vorukh = 5, golovnoy_intake = 5,
  fergana_trijunction = 5, southern_ridges = 5,
}

-- Valuations both states share: these clauses bind both sides alike. `weight` and `objective`
-- are added per state.
local CEASEFIRE = { absent = -40, base = 40,
  params = { { id = "months", points = { { 1, 0 }, { 6, 25 }, { 12, 40 }, { 24, 50 } } } } }
local WITHDRAWAL = { absent = -30, base = 0,
  params = { { id = "km", points = { { 5, 10 }, { briefs.WITHDRAWAL_KM, 70 }, { 20, 70 }, { 30, 40 } } } } }
local HOTLINE = { absent = -10, params = { { id = "open", values = { [true] = 50, [false] = 10 } } } }
local PRISONERS = { absent = -20, base = 20,
  params = { { id = "all_for_all", values = { [true] = 40, [false] = 10 } } } }

local function with(shared, weight, objective, type)
  local v = { type = type, weight = weight, objective = objective }
  for field, value in pairs(shared) do -- a plain copy: the order does not matter
    v[field] = value
  end
  return v
end

utility.TABLES = {
  kyrgyzstan = {
    clauses = {
      -- security_first (3 x 4 = 12): the sequence's first step
      with(CEASEFIRE, 5, "security_first", "ceasefire"),
      with(WITHDRAWAL, 5, "security_first", "heavy_weapon_withdrawal"),
      with(HOTLINE, 2, "security_first", "hotline"),
      -- road_and_villages (2 x 4 = 8): the line along the road and in the Leilek foothills
      { type = "sector_settlement", weight = 5, objective = "road_and_villages", absent = 0, base = 0,
        params = {
          { id = "division", values = { kyrgyz_majority = 40, split_equal = 20, land_swap = 10,
            tajik_majority = -100 } },
          { id = "sectors", values = KG_SECTORS },
        } },
      { type = "demarcation_talks", weight = 3, objective = "road_and_villages", absent = -10, base = 10,
        params = { { id = "sectors", values = KG_SECTORS } } },
      -- csto_mission (1 x 4 = 4): Bishkek asked for a neutral force between the armies
      { type = "monitors", weight = 2, objective = "csto_mission", absent = -20, base = 30,
        params = { { id = "sectors", values = KG_SECTORS } } },
      { type = "peacekeepers", weight = 2, objective = "csto_mission", absent = -20, base = 10,
        params = {
          { id = "mandate", values = { buffer = 50, monitor = 10 } },
          { id = "size", points = { { 100, 0 }, { 500, 10 }, { 1000, 10 }, { 2000, -20 } } },
          { id = "sectors", values = KG_SECTORS },
        } },
      -- water (1 x 4 = 4)
      { type = "water_sharing", weight = 4, objective = "water", absent = -10,
        params = { { id = "split", values = { ["60_40_kg"] = 60, ["50_50"] = 35, ["60_40_tj"] = -40 } } } },
      -- home_support (2 x 4 = 8): detainees home, and no free transit through Kyrgyz villages
      with(PRISONERS, 4, "home_support", "prisoner_exchange"),
      { type = "exclave_road_access", weight = 4, objective = "home_support", absent = -10,
        params = { { id = "regime", values = { escorted = 30, open_daytime = 0, open = -60 } } } },
    },
    reservation = reservation(1, -2),
    declines = "declines.kyrgyzstan",
  },

  tajikistan = {
    clauses = {
      -- vorukh_access (3 x 4 = 12): the road to the exclave
      { type = "exclave_road_access", weight = 12, objective = "vorukh_access", absent = -40,
        params = { { id = "regime", values = { open = 90, open_daytime = 60, escorted = 20 } } } },
      -- line_settled (2 x 4 = 8): the commission's work on the whole line, Vorukh first
      { type = "sector_settlement", weight = 5, objective = "line_settled", absent = 0, base = 0,
        params = {
          { id = "division", values = { tajik_majority = 40, split_equal = 20, land_swap = 10,
            kyrgyz_majority = -100 } },
          { id = "sectors", values = TJ_SECTORS },
        } },
      { type = "demarcation_talks", weight = 3, objective = "line_settled", absent = -10, base = 10,
        params = { { id = "sectors", values = TJ_SECTORS } } },
      -- security (1 x 4 = 4): calm on the line
      with(CEASEFIRE, 2, "security", "ceasefire"),
      with(WITHDRAWAL, 1, "security", "heavy_weapon_withdrawal"),
      with(HOTLINE, 1, "security", "hotline"),
      -- water (1 x 4 = 4)
      { type = "water_sharing", weight = 4, objective = "water", absent = -10,
        params = { { id = "split", values = { ["60_40_tj"] = 60, ["50_50"] = 35, ["60_40_kg"] = -40 } } } },
      -- home_support (2 x 4 = 8): detainees home, and foreign personnel only with consent
      with(PRISONERS, 4, "home_support", "prisoner_exchange"),
      { type = "monitors", weight = 2, objective = "home_support", absent = 0, base = 10,
        params = { { id = "sectors", values = TJ_SECTORS } } },
      { type = "peacekeepers", weight = 2, objective = "home_support", absent = 0, base = -10,
        params = {
          { id = "mandate", values = { monitor = 10, buffer = -70 } },
          { id = "size", points = { { 100, 0 }, { 500, -10 }, { 2000, -40 } } },
        } },
    },
    reservation = reservation(1, -2),
    declines = "declines.tajikistan",
  },

  csto = {
    clauses = {
      -- no_war (3 x 4 = 12): whatever takes heat out of the line, with no side's terms preferred
      { type = "heavy_weapon_withdrawal", weight = 4, objective = "no_war", absent = -30,
        params = { { id = "km", points = { { 5, 10 }, { 15, 50 }, { 30, 80 } } } } },
      { type = "hotline", weight = 2, objective = "no_war", absent = -20,
        params = { { id = "open", values = { [true] = 60, [false] = 10 } } } },
      { type = "prisoner_exchange", weight = 2, objective = "no_war", absent = -10, base = 20,
        params = { { id = "all_for_all", values = { [true] = 30, [false] = 10 } } } },
      { type = "water_sharing", weight = 2, objective = "no_war", absent = -20,
        params = { { id = "split", values = { ["50_50"] = 50, ["60_40_kg"] = 10, ["60_40_tj"] = 10 } } } },
      { type = "exclave_road_access", weight = 2, objective = "no_war", absent = -20,
        params = { { id = "regime", values = { escorted = 20, open_daytime = 40, open = 30 } } } },
      -- standing (2 x 4 = 8): the line settled between two members, on terms they both accept
      { type = "demarcation_talks", weight = 4, objective = "standing", absent = -10, base = 30,
        params = { { id = "sectors", values = EVEN_SECTORS } } },
      { type = "sector_settlement", weight = 4, objective = "standing", absent = 0, base = 20,
        params = {
          { id = "division", values = { split_equal = 40, land_swap = 40, kyrgyz_majority = -100,
            tajik_majority = -100 } },
          { id = "sectors", values = EVEN_SECTORS },
        } },
      -- mission (2 x 4 = 8): monitors or peacekeepers, ideally in three sectors
      { type = "monitors", weight = 4, objective = "mission", absent = -20, base = 30,
        params = { { id = "sectors", otherwise = 15 } } },
      { type = "peacekeepers", weight = 4, objective = "mission", absent = -10, base = 20,
        params = {
          { id = "mandate", values = { monitor = 20, buffer = 10 } },
          { id = "size", points = { { 100, 0 }, { 500, 20 }, { 1000, 20 }, { 2000, -10 } } },
          { id = "sectors", values = EVEN_SECTORS },
        } },
      -- ceasefire (1 x 4 = 4)
      with(CEASEFIRE, 4, "ceasefire", "ceasefire"),
    },
    reservation = reservation(1, -3),
  },

  -- The members not at the table (illustrative): only deployments and calm.
  armenia = {
    -- wary of committing the bloc's troops; unarmed monitors are another matter
    clauses = {
      with(CEASEFIRE, 3, "ceasefire", "ceasefire"),
      { type = "monitors", weight = 2, objective = "mission", absent = 0, base = 20 },
      { type = "peacekeepers", weight = 3, objective = "mission", absent = 0, base = -20,
        params = {
          { id = "mandate", values = { monitor = 10, buffer = -30 } },
          { id = "size", points = { { 100, 0 }, { 500, -10 }, { 2000, -40 } } },
        } },
    },
    reservation = reservation(2, -2),
    declines = "declines.armenia",
  },
  belarus = {
    -- the chair in 2023: any deployment both hosts accept is a result
    clauses = {
      with(CEASEFIRE, 3, "ceasefire", "ceasefire"),
      { type = "monitors", weight = 4, objective = "mission", absent = -10, base = 40 },
      { type = "peacekeepers", weight = 2, objective = "mission", absent = 0, base = 20,
        params = { { id = "mandate", values = { monitor = 20, buffer = 0 } } } },
    },
    reservation = reservation(-2, -2),
    declines = "declines.belarus",
  },
  kazakhstan = {
    -- a Central Asian neighbour: calm first, a small force, no troops between two members' armies
    clauses = {
      with(CEASEFIRE, 4, "ceasefire", "ceasefire"),
      { type = "heavy_weapon_withdrawal", weight = 2, objective = "no_war", absent = -20,
        params = { { id = "km", points = { { 5, 10 }, { 15, 50 }, { 30, 60 } } } } },
      { type = "monitors", weight = 2, objective = "mission", absent = 0, base = 30 },
      { type = "peacekeepers", weight = 2, objective = "mission", absent = 0, base = 0,
        params = {
          { id = "mandate", values = { monitor = 20, buffer = -40 } },
          { id = "size", points = { { 100, 10 }, { 500, 0 }, { 2000, -40 } } },
        } },
    },
    reservation = reservation(0, -3),
    declines = "declines.kazakhstan",
  },
  russia = {
    -- the largest contributor of troops: a force on the line shows the bloc at work
    clauses = {
      with(CEASEFIRE, 3, "ceasefire", "ceasefire"),
      { type = "monitors", weight = 2, objective = "mission", absent = 0, base = 30,
        params = { { id = "sectors", otherwise = 5 } } },
      { type = "peacekeepers", weight = 4, objective = "mission", absent = -10, base = 20,
        params = {
          { id = "mandate", values = { buffer = 30, monitor = 20 } },
          { id = "size", points = { { 100, 0 }, { 1000, 20 }, { 2000, 10 } } },
        } },
    },
    reservation = reservation(0, -2),
    declines = "declines.russia",
  },
}

-- The order in which the tables are declared.
utility.ORDER = { "kyrgyzstan", "tajikistan", "armenia", "belarus", "kazakhstan", "russia", "csto" }

-- The bloc whose objectives the member states' valuations name.
local MEMBERS_OF = "csto"

local function objectives_of(role)
  local weights = {}
  for _, objective in ipairs(briefs.ROLES[role].objectives) do
    weights[objective.id] = objective.weight
  end
  return weights
end

local function total_weight(clauses)
  local total = 0
  for _, v in ipairs(clauses) do
    total = total + v.weight
  end
  return total
end

-- The link to the briefs: every objective named exists, and for the roles with a brief each
-- objective's clauses weigh WEIGHT_PER_POINT times the objective; the two states weigh the same.
function utility.check()
  for _, role in ipairs(utility.ORDER) do
    local clauses = utility.TABLES[role].clauses
    local has_brief = briefs.ROLES[role] ~= nil
    local objectives = objectives_of(has_brief and role or MEMBERS_OF)
    local sums = {}
    for _, v in ipairs(clauses) do
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
  assert(total_weight(utility.TABLES.kyrgyzstan.clauses) == total_weight(utility.TABLES.tajikistan.clauses),
    "the two states' tables must weigh the same")
end

-- Declared after the clause types and the briefs (setup.lua).
function utility.declare(game)
  utility.check()
  for _, role in ipairs(utility.ORDER) do
    local data = utility.TABLES[role]
    local red_lines = {}
    local brief = briefs.ROLES[role]
    for i, line in ipairs(brief and brief.red_lines or {}) do
      red_lines[i] = {
        id = line.id, text = briefs.red_line_text(game, line), kind = line.kind,
        clause = line.clause, param = line.param, number = line.number, value = line.value,
        needs = line.needs,
      }
    end
    game:set_utility(role, {
      clauses = data.clauses,
      red_lines = red_lines,
      reservation = data.reservation,
      declines = data.declines and game:text(data.declines),
    })
  end
end

return utility
