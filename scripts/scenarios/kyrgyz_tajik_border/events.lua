-- Events of the briefing phase (on_turn_start): the opening, trouble at the Golovnoy water
-- intake in the dry season, blockades of the road around Vorukh, pressure at home, spring
-- grazing quarrels, detainees' families, CSTO meetings, the winter lull and a last-month warning.
-- All probabilities are illustrative.

local common = require("common")

local events = {}

local WATER_CHANCE, WATER_CHANCE_DEAL = 40, 10 -- % a dry-season month, without / with a deal
local BLOCKADE_CHANCE = 6 -- % a month outside winter, plus a tenth of the tension
local BLOCKADE_CHANCE_DEAL = 3 -- ... with a road-access agreement
local PRESSURE_CHANCE = 12 -- % a month, per state
local GRAZING_MONTHS = { [4] = true, [5] = true }
local GRAZING_CHANCE = 30
local DETAINEES_CHANCE = 10 -- % a month while no prisoner exchange has been agreed
local SUMMIT_MONTHS = { [5] = true, [11] = true } -- CSTO meetings in the game's calendar
local LULL_MONTH = 12

local function opening(game)
  game:news{ text = game:text("news.opening"), tag = "briefing" }
  game:news{ text = game:text("news.minsk_proposals"), tag = "briefing" }
  game:news{ text = game:text("news.chair_belarus"), to = { common.BLOC }, tag = "briefing" }
  game:news{ text = game:text("news.kg_request"), to = { common.BLOC }, tag = "briefing" }
end

-- Farmers on both sides need the Isfara at the same weeks; the distribution point is where the
-- shortfall becomes a quarrel.
local function water_intake(game)
  local sector = common.sector_name(game, "golovnoy_intake")
  local deal = #common.in_force(game, "water_sharing") > 0
  if not game:chance(deal and WATER_CHANCE_DEAL or WATER_CHANCE) then
    if deal then
      game:news{ text = game:text("news.water_shared", { sector = sector }), tag = "water" }
    end
    return
  end
  game:add_incidents(1)
  game:change_meter("tension", deal and 2 or 5)
  for _, state in ipairs(common.STATES) do
    game:change_meter("approval", -2, state)
    game:change_meter("trust", -2, state)
  end
  game:news{ text = game:text("news.water_quarrel", { sector = sector }), tag = "water" }
end

local function road_blockade(game)
  local exclave = game:text("exclave.vorukh")
  local deal = #common.in_force(game, "exclave_road_access") > 0
  local chance = deal and BLOCKADE_CHANCE_DEAL or BLOCKADE_CHANCE + game:meter("tension") // 10
  if not game:chance(chance) then
    return
  end
  game:add_incidents(1)
  game:change_meter("tension", common.hotline_open(game) and 2 or 4)
  game:change_meter("approval", -3, "tajikistan")
  game:change_meter("trust", -3, "tajikistan")
  game:change_meter("trust", -2, "kyrgyzstan")
  game:news{ text = game:text("news.blockade", { exclave = exclave }), tag = "blockade" }
  game:news{ text = game:text("news.blockade_tj", { exclave = exclave }), to = { "tajikistan" },
    tag = "blockade" }
end

-- Opposition voices, veterans or displaced families press the government to stand firm.
local function home_pressure(game, state)
  if not game:chance(PRESSURE_CHANCE) then
    return
  end
  game:change_meter("approval", -3, state)
  game:change_meter("tension", 2)
  game:news{ text = game:text("news.pressure." .. state), tag = "politics" }
  game:news{ text = game:text("news.pressure_private"), to = { state }, tag = "politics" }
end

local function grazing(game)
  game:add_incidents(1)
  game:change_meter("tension", 3)
  game:news{ text = game:text("news.grazing"), tag = "incident" }
end

local function detainees(game)
  for _, state in ipairs(common.STATES) do
    game:change_meter("approval", -2, state)
  end
  game:news{ text = game:text("news.detainees"), tag = "politics" }
end

-- The bloc meets. With something signed to point to it gains standing and the mood eases; with
-- nothing, it is seen to talk while its members' border stays armed.
local function csto_meeting(game)
  if #game:agreements("active") > 0 then
    game:change_meter("standing", 4)
    game:change_meter("tension", -3)
    game:news{ text = game:text("news.summit_progress"), tag = "csto" }
  else
    game:change_meter("standing", -3)
    game:change_meter("tension", -1)
    game:news{ text = game:text("news.summit_empty"), tag = "csto" }
  end
  game:news{ text = game:text("news.summit_chair"), to = { common.BLOC }, tag = "csto" }
end

function events.fire(game, turn)
  local month = common.month(game)

  if turn == 1 then
    opening(game)
  end
  if common.is_dry_season(game) then
    water_intake(game)
  end
  if not common.is_winter(game) then
    road_blockade(game)
  end
  for _, state in ipairs(common.STATES) do
    home_pressure(game, state)
  end
  if GRAZING_MONTHS[month] and game:chance(GRAZING_CHANCE) then
    grazing(game)
  end
  if #common.in_force(game, "prisoner_exchange") == 0 and game:chance(DETAINEES_CHANCE) then
    detainees(game)
  end
  if SUMMIT_MONTHS[month] and turn > 1 then
    csto_meeting(game)
  end
  if month == LULL_MONTH then
    game:change_meter("tension", -4)
    game:news{ text = game:text("news.winter_lull"), tag = "season" }
  elseif common.is_winter(game) then
    game:change_meter("tension", -1)
  end
  if turn == game:max_turns() then
    game:news{ text = game:text("news.last_month"), tag = "briefing" }
  end
end

return events
