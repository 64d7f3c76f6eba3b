-- Events of the briefing phase (on_turn_start): the opening, the spring flood in the Mill Gorge,
-- brawls in the market of Vell, the winter lull and a warning before the last month.

local common = require("common")

local events = {}

local FLOOD_MONTH, FLOOD_CHANCE = 4, 60 -- April, in 60 % of years
local LULL_MONTH = 12
local BRAWL_CHANCE = 8 -- % a month outside winter, plus a tenth of the tension

local function opening(game)
  game:news{ text = game:text("news.opening"), tag = "briefing" }
  -- Private news: only the Pact's player learns what Northmark is ready to do.
  game:news{ text = game:text("news.northmark_offer"), to = { "pact" }, tag = "briefing" }
end

-- The Tessa floods the Gorge. With a water-sharing deal the joint committee opens the sluices in
-- time; without one, the lower valley pays for it and blames its neighbour.
local function spring_flood(game)
  local gorge = common.sector_name(game, "mill_gorge")
  local _, deal = game:active_clause("water_sharing")
  if deal then
    game:change_meter("tension", -2)
    game:news{ text = game:text("news.flood_managed", { sector = gorge }), tag = "flood" }
  else
    game:change_meter("tension", 6)
    game:change_meter("approval", -3, "lowland")
    game:news{ text = game:text("news.flood", { sector = gorge }), tag = "flood" }
    game:news{ text = game:text("news.flood_lowland"), to = { "lowland" }, tag = "flood" }
  end
end

-- A quarrel between traders from both sides turns into a fight. An open hotline keeps it local.
local function market_brawl(game)
  local vell = game:text("exclave.vell")
  game:add_incidents(1)
  if common.hotline_open(game) then
    game:change_meter("tension", 1)
    game:news{ text = game:text("news.brawl_hotline", { exclave = vell }), tag = "incident" }
  else
    game:change_meter("tension", 4)
    game:news{ text = game:text("news.brawl", { exclave = vell }), tag = "incident" }
  end
end

function events.fire(game, turn)
  local _, month = game:date()

  if turn == 1 then
    opening(game)
  end
  if month == FLOOD_MONTH and game:chance(FLOOD_CHANCE) then
    spring_flood(game)
  end
  if not common.is_winter(game)
      and game:chance(BRAWL_CHANCE + game:meter("tension") // 10) then
    market_brawl(game)
  end
  if month == LULL_MONTH then
    game:change_meter("tension", -4)
    game:news{ text = game:text("news.winter_lull"), tag = "season" }
  end
  if turn == game:max_turns() then
    game:news{ text = game:text("news.last_month"), tag = "briefing" }
  end
end

return events
