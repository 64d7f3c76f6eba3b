-- The joint commission's work on demarcation (on_resolve). Each month a demarcation_talks clause
-- is in force, every sector it names that is not yet demarcated may move one step toward it:
-- contested -> disputed -> delimited -> demarcated. Calm helps, and so do monitors.

local common = require("common")

local talks = {}

-- % a month, less a quarter of the tension. Set so that talks on both unsettled sectors, agreed
-- in the first months and kept up, demarcate the whole line within the 24 months in about half of
-- the games: a border is not fixed by signing a commission into being.
local BASE_CHANCE = 20
local MONITOR_BONUS = 5
local MIN_CHANCE, MAX_CHANCE = 5, 60

local function progress_chance(game, sector_id)
  local chance = BASE_CHANCE - game:meter("tension") // 4
  if common.monitors_in(game, sector_id) > 0 then
    chance = chance + MONITOR_BONUS
  end
  return common.clamp(chance, MIN_CHANCE, MAX_CHANCE)
end

function talks.advance(game)
  local tried = {} -- a sector named by two agreements still moves at most one step a month
  for _, hit in ipairs(common.in_force(game, "demarcation_talks")) do
    for _, id in ipairs(hit.clause.params.sectors) do
      local sector = game:sector(id)
      local next_status = sector and common.NEXT_STATUS[sector.status]
      if next_status and not tried[id] then
        tried[id] = true
        if game:chance(progress_chance(game, id)) then
          game:set_sector_status(id, next_status)
          game:news{
            text = game:text("news.talks_progress", {
              sector = sector.name, status = common.status_name(game, next_status),
            }),
            tag = "talks",
          }
        end
      end
    end
  end
end

return talks
