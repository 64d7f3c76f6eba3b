-- The confidential brief of each playable role, and how each of its objectives is measured.
-- The same objectives drive the computer players and the score (rules/outcomes.lua).
--
-- A measure(game) returns how far an objective is met right now, an integer from 0 to 100. The two
-- states get objectives of the same shape and weight: each has a line it cares most about, a
-- stake in the water, a security concern and a public at home.
--
-- Red lines are written once, here, in the form the engine checks (game:set_utility, declared in
-- utility.lua): kind 'min', 'max', 'forbid' or 'requires' on a clause type. `text` is the locale
-- key of the position in words; the brief lists each key once, so lines that share a key (both
-- halves of Kyrgyzstan's sequencing) read as one position.

local common = require("common")
local talks = require("rules.talks")

local briefs = {}

-- The withdrawal depth Kyrgyzstan asks for before talks (also used by the sequencing rule).
briefs.WITHDRAWAL_KM = 15
-- Months without a detected breach after which Kyrgyzstan counts a ceasefire as one that holds.
briefs.HELD_FULL = 12

-- A sector's status is worth this much; the commission's work on the current stage counts for its
-- share of the way to the next status, so sustained work scores before a stage is finished.
local STATUS_SCORE = { contested = 0, disputed = 25, delimited = 75, demarcated = 100 }

-- Tension at or below 30 is full marks, at or above 90 is none.
local function calm(game)
  return common.clamp((90 - game:meter("tension")) * 100 // 60, 0, 100)
end

local function home_support(actor)
  return function(game)
    return game:meter("approval", actor)
  end
end

local function sector_score(game, id)
  local status = common.status(game, id)
  local score = STATUS_SCORE[status]
  local next_status = common.NEXT_STATUS[status]
  if next_status then
    score = score + (STATUS_SCORE[next_status] - score) * talks.stage_progress(game, id, status) // 100
  end
  return score
end

-- The mean settlement score of some sectors, weighted by length.
local function lines_settled(ids)
  return function(game)
    local sum, total = 0, 0
    for i = 1, #ids do
      local id = ids[i]
      local km = common.km(game, id)
      sum = sum + sector_score(game, id) * km
      total = total + km
    end
    return sum // total
  end
end

-- The value of the clause in force of `clause_type` by its `param`, or values.none.
local function by_clause(clause_type, param, values)
  return function(game)
    local params = common.terms(game, clause_type)
    if params == nil then
      return values.none
    end
    return values[params[param]]
  end
end

-- Open at all hours is the whole of Tajikistan's ask; transit in daylight, the middle ground,
-- serves most of it.
local vorukh_road = by_clause("exclave_road_access", "regime",
  { open = 100, open_daytime = 80, escorted = 50, none = 0 })
local vorukh_line = lines_settled({ "vorukh" })

briefs.ROLES = {
  kyrgyzstan = {
    objectives = {
      -- first a ceasefire that holds and the guns pulled back, then the line: the ceasefire counts
      -- in full once it has gone HELD_FULL months without a detected breach
      { id = "security_first", weight = 3, measure = function(game)
          local months = common.ceasefire(game) and game:meter("ceasefire_held") or 0
          local held = math.min(months, briefs.HELD_FULL) * 50 // briefs.HELD_FULL
          local km = math.min(common.withdrawn_km(game), briefs.WITHDRAWAL_KM)
          return held + km * 50 // briefs.WITHDRAWAL_KM
        end },
      { id = "road_and_villages", weight = 2,
        measure = lines_settled({ "batken_isfara_road", "leilek_foothills" }) },
      { id = "csto_mission", weight = 1,
        measure = function(game) return math.min(100, common.mission_sectors(game) * 50) end },
      { id = "water", weight = 1, measure = by_clause("water_sharing", "split",
          { ["60_40_kg"] = 100, ["50_50"] = 75, ["60_40_tj"] = 15, none = 40 }) },
      { id = "home_support", weight = 2, measure = home_support("kyrgyzstan") },
    },
    red_lines = {
      -- security before borders: the line is discussed only with a ceasefire and a pull-back
      { id = "sequence_talks", text = "red_line.kyrgyzstan.sequence", kind = "requires",
        clause = "demarcation_talks", needs = { "ceasefire", "heavy_weapon_withdrawal" } },
      { id = "sequence_settlement", text = "red_line.kyrgyzstan.sequence", kind = "requires",
        clause = "sector_settlement", needs = { "ceasefire", "heavy_weapon_withdrawal" } },
      { id = "withdrawal_depth", text = "red_line.kyrgyzstan.withdrawal", kind = "min",
        clause = "heavy_weapon_withdrawal", param = "km", number = briefs.WITHDRAWAL_KM,
        values = { km = briefs.WITHDRAWAL_KM } },
      { id = "road", text = "red_line.kyrgyzstan.road", kind = "forbid",
        clause = "sector_settlement", param = "division", value = "tajik_majority" },
    },
  },
  tajikistan = {
    objectives = {
      -- the road counts most; settling the line around the exclave makes up what it leaves
      { id = "vorukh_access", weight = 3, measure = function(game)
          local road = vorukh_road(game)
          return road + (100 - road) * vorukh_line(game) // 100
        end },
      { id = "line_settled", weight = 2, measure = lines_settled(common.UNSETTLED) },
      { id = "security", weight = 1, measure = calm },
      { id = "water", weight = 1, measure = by_clause("water_sharing", "split",
          { ["60_40_tj"] = 100, ["50_50"] = 75, ["60_40_kg"] = 15, none = 40 }) },
      { id = "home_support", weight = 2, measure = home_support("tajikistan") },
    },
    red_lines = {
      { id = "consent", text = "red_line.tajikistan.consent", kind = "forbid",
        clause = "peacekeepers", param = "mandate", value = "buffer" },
      -- no settlement of the line unless the road to the exclave is agreed with it or before it
      { id = "vorukh_road", text = "red_line.tajikistan.vorukh", kind = "requires",
        clause = "sector_settlement", needs = { "exclave_road_access" } },
      { id = "land", text = "red_line.tajikistan.land", kind = "forbid",
        clause = "sector_settlement", param = "division", value = "kyrgyz_majority" },
    },
  },
  csto = {
    objectives = {
      { id = "no_war", weight = 3, measure = calm },
      { id = "standing", weight = 2, measure = function(game) return game:meter("standing") end },
      { id = "mission", weight = 2,
        measure = function(game) return math.min(100, common.mission_sectors(game) * 34) end },
      { id = "ceasefire", weight = 1,
        measure = function(game) return common.ceasefire(game) and 100 or 0 end },
    },
    red_lines = {
      -- a force is sent to keep a ceasefire both states have signed, not to impose one
      { id = "consent", text = "red_line.csto.consent", kind = "requires",
        clause = "peacekeepers", needs = { "ceasefire" } },
      { id = "neutral_kg", text = "red_line.csto.neutral", kind = "forbid",
        clause = "sector_settlement", param = "division", value = "kyrgyz_majority" },
      { id = "neutral_tj", text = "red_line.csto.neutral", kind = "forbid",
        clause = "sector_settlement", param = "division", value = "tajik_majority" },
    },
  },
}

briefs.ORDER = { "kyrgyzstan", "tajikistan", "csto" }

-- A red line's position in words, in the game's language.
function briefs.red_line_text(game, line)
  return game:text(line.text, line.values)
end

-- The brief's list of red lines: each text once, in the order of the lines.
local function red_line_texts(game, lines)
  local texts, seen = {}, {}
  for _, line in ipairs(lines) do
    if not seen[line.text] then
      seen[line.text] = true
      texts[#texts + 1] = briefs.red_line_text(game, line)
    end
  end
  return texts
end

-- Locale keys: "brief.<role>", "objective.<role>.<id>", "reservation.<role>"; red lines name
-- their keys above.
function briefs.declare(game)
  for _, role in ipairs(briefs.ORDER) do
    local data = briefs.ROLES[role]
    local objectives = {}
    for i, objective in ipairs(data.objectives) do
      objectives[i] = {
        id = objective.id,
        text = game:text("objective." .. role .. "." .. objective.id),
        weight = objective.weight,
      }
    end
    game:set_brief(role, {
      text = game:text("brief." .. role),
      objectives = objectives,
      red_lines = red_line_texts(game, data.red_lines),
      reservation = game:text("reservation." .. role),
    })
  end
end

return briefs
