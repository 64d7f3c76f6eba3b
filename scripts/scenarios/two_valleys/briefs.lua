-- The confidential brief of each playable role, how each of its objectives is measured, and its
-- red lines. The objectives are what a role is scored on (rules/outcomes.lua), and utility.lua
-- turns them and the red lines into the tables the computer players bargain by, so what a brief
-- promises is what both a player and a computer player pursue.
--
-- A measure returns how far an objective is met right now, an integer from 0 to 100. A red line
-- with a `kind` is also a line of the role's utility table (see game:set_utility).

local common = require("common")

local briefs = {}

-- Tension at or below 30 is full marks, at or above 90 is none.
local function calm(game)
  local tension = game:meter("tension")
  return common.clamp((90 - tension) * 100 // 60, 0, 100)
end

local function home_support(actor)
  return function(game)
    return game:meter("approval", actor)
  end
end

-- How settled a sector's line is.
local STATUS_SCORE = { contested = 0, disputed = 25, delimited = 75, demarcated = 100 }

local function line_settled(sector_id)
  return function(game)
    return STATUS_SCORE[game:sector(sector_id).status]
  end
end

-- The water split in force ("60_40" gives Highland, upstream, 60 %), with a value for no deal.
local function water(values)
  return function(game)
    local _, clause = game:active_clause("water_sharing")
    if clause == nil then
      return values.none
    end
    return values[clause.params.split]
  end
end

local function has_monitors(game, sector_id)
  return common.monitors_in(game, sector_id) > 0
end

briefs.ROLES = {
  highland = {
    objectives = {
      { id = "gorge_line", weight = 3, measure = line_settled("mill_gorge") },
      { id = "water_upstream", weight = 2,
        measure = water{ ["60_40"] = 100, ["50_50"] = 60, ["40_60"] = 10, none = 50 } },
      { id = "no_monitors_at_vell", weight = 1,
        measure = function(game) return has_monitors(game, "salt_road") and 0 or 100 end },
      { id = "calm", weight = 2, measure = calm },
      { id = "home_support", weight = 2, measure = home_support("highland") },
    },
    red_lines = {
      { id = "withdrawal_depth", text = "red_line.highland.withdrawal", kind = "max",
        clause = "withdrawal", param = "km", number = 15 },
      { id = "vell", text = "red_line.highland.vell", kind = "forbid",
        clause = "monitors", param = "sectors", value = "salt_road" },
    },
  },
  lowland = {
    objectives = {
      { id = "road_to_vell", weight = 3, measure = function(game)
          local settled = STATUS_SCORE[game:sector("salt_road").status]
          return math.max(settled, has_monitors(game, "salt_road") and 70 or 0)
        end },
      { id = "water_downstream", weight = 2,
        measure = water{ ["40_60"] = 100, ["50_50"] = 70, ["60_40"] = 20, none = 0 } },
      { id = "ceasefire", weight = 2,
        measure = function(game) return #common.in_force(game, "ceasefire") > 0 and 100 or 0 end },
      { id = "home_support", weight = 1, measure = home_support("lowland") },
    },
    red_lines = {
      -- the guns that cover the road to Vell stay until the shooting stops
      { id = "road", text = "red_line.lowland.road", kind = "requires",
        clause = "withdrawal", needs = { "ceasefire" } },
      { id = "water", text = "red_line.lowland.water", kind = "forbid",
        clause = "water_sharing", param = "split", value = "60_40" },
    },
  },
  pact = {
    objectives = {
      { id = "no_war", weight = 3, measure = calm },
      { id = "mission", weight = 2, measure = function(game)
          local teams = 0
          for _, sector in ipairs(game:sectors()) do
            if has_monitors(game, sector.id) then
              teams = teams + 1
            end
          end
          return math.min(100, teams * 50)
        end },
      { id = "border_fixed", weight = 2, measure = function(game)
          -- kilometres demarcated count in full, delimited ones by half
          local done, total = 0, 0
          for _, sector in ipairs(game:sectors()) do
            total = total + sector.km
            if sector.status == "demarcated" then
              done = done + sector.km * 2
            elseif sector.status == "delimited" then
              done = done + sector.km
            end
          end
          return done * 50 // total
        end },
      { id = "hotline", weight = 1, measure = function(game)
          local _, clause = game:active_clause("hotline")
          return (clause and clause.params.open) and 100 or 0
        end },
    },
    red_lines = {
      -- monitors watch a ceasefire both states have signed; they are not sent to impose one
      { id = "ceasefire_first", text = "red_line.pact.ceasefire", kind = "requires",
        clause = "monitors", needs = { "ceasefire" } },
      -- Lines without a kind are positions the engine and the rules already enforce (the
      -- members' votes, on_proposal); they appear in the brief only.
      { id = "consent", text = "red_line.pact.consent" },
      { id = "neutral", text = "red_line.pact.neutral" },
    },
  },
}

-- The order in which briefs are declared and roles are scored.
briefs.ORDER = { "highland", "lowland", "pact" }

-- Locale keys: "brief.<role>", "objective.<role>.<id>", "reservation.<role>"; red lines name
-- their keys above. The same red lines, with their kind, go into the utility tables
-- (utility.lua), so what the brief says is what the computer players and the votes hold to.
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
    local red_lines = {}
    for i, line in ipairs(data.red_lines) do
      red_lines[i] = game:text(line.text)
    end
    game:set_brief(role, {
      text = game:text("brief." .. role),
      objectives = objectives,
      red_lines = red_lines,
      reservation = game:text("reservation." .. role),
    })
  end
end

return briefs
