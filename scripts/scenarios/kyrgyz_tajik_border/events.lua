-- Events of the briefing phase (on_turn_start): the opening, the Isfara's flow each summer and
-- trouble at the Golovnoy water intake in the dry season, blockades of the road around Vorukh,
-- pressure at home, spring grazing quarrels, detainees' families, CSTO meetings, the winter lull
-- and a last-month warning. All probabilities are illustrative.

local common = require("common")

local events = {}

-- Each June the summer's flow of the Isfara is drawn, in percent of an average year; every point
-- short of 100 adds a point to the chance of a quarrel at the intake in June, July and August.
local FLOW_MIN, FLOW_MAX = 55, 110
local WATER_CHANCE, WATER_CHANCE_DEAL = 25, 5 -- % a dry-season month in an average year
local WATER_TENSION, WATER_TENSION_DEAL = 5, 3
local BLOCKADE_CHANCE = 6 -- % a month outside winter, plus a tenth of the tension
local BLOCKADE_CHANCE_DEAL = 3 -- ... with a road-access agreement
local BLOCKADE_APPROVAL, BLOCKADE_TRUST = 2, 2 -- lost by each state
-- Pressure at home: % a month per state, plus one for every two points of approval below
-- PRESSURE_APPROVAL. It raises tension, and the delegation reopens points the commission had
-- settled: every sector under work loses PRESSURE_SETBACK km of the current stage.
local PRESSURE_CHANCE, PRESSURE_APPROVAL = 8, 60
local PRESSURE_TENSION, PRESSURE_SETBACK = 2, 5
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

-- The snow of the winter before decides the summer's flow, announced at the start of June.
local function summer_flow(game)
  local flow = game:set_meter("isfara_flow", game:random(FLOW_MIN, FLOW_MAX))
  local key = flow < 80 and "news.flow_low" or flow < 100 and "news.flow_fair" or "news.flow_good"
  game:news{ text = game:text(key, { flow = flow }), tag = "water" }
end

-- Farmers on both sides need the Isfara at the same weeks; the distribution point is where the
-- shortfall becomes a quarrel, all the more in a dry year.
local function water_intake(game)
  local sector = common.sector_name(game, "golovnoy_intake")
  local deal = common.in_force(game, "water_sharing") ~= nil
  local shortfall = math.max(0, 100 - game:meter("isfara_flow"))
  if not game:chance((deal and WATER_CHANCE_DEAL or WATER_CHANCE) + shortfall) then
    if deal then
      game:news{ text = game:text("news.water_shared", { sector = sector }), tag = "water" }
    end
    return
  end
  game:add_incidents(1)
  game:change_meter("tension", deal and WATER_TENSION_DEAL or WATER_TENSION)
  for _, state in ipairs(common.STATES) do
    game:change_meter("approval", -2, state)
    game:change_meter("trust", -2, state)
  end
  game:news{ text = game:text("news.water_quarrel", { sector = sector }), tag = "water" }
end

local function road_blockade(game)
  local deal = common.in_force(game, "exclave_road_access") ~= nil
  local chance = deal and BLOCKADE_CHANCE_DEAL or BLOCKADE_CHANCE + game:meter("tension") // 10
  if not game:chance(chance) then
    return
  end
  local exclave = game:text("exclave.vorukh")
  game:add_incidents(1)
  game:change_meter("tension", common.hotline_open(game) and 2 or 4)
  for _, state in ipairs(common.STATES) do
    -- both publics blame the other side, and both governments look unable to keep the road open
    game:change_meter("approval", -BLOCKADE_APPROVAL, state)
    game:change_meter("trust", -BLOCKADE_TRUST, state)
  end
  game:news{ text = game:text("news.blockade", { exclave = exclave }), tag = "blockade" }
  game:news{ text = game:text("news.blockade_tj", { exclave = exclave }), to = { "tajikistan" },
    tag = "blockade" }
end

-- Opposition voices, veterans or displaced families press the government to stand firm; the less
-- popular the government, the more often.
local function home_pressure(game, state)
  local unpopular = math.max(0, PRESSURE_APPROVAL - game:meter("approval", state)) // 2
  if not game:chance(PRESSURE_CHANCE + unpopular) then
    return
  end
  game:change_meter("approval", -2, state)
  game:change_meter("tension", PRESSURE_TENSION)
  game:change_meter("trust", -2, state)
  for _, id in ipairs(common.UNSETTLED) do
    game:change_meter(common.COMMISSION_METER[id], -PRESSURE_SETBACK)
  end
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
  if #common.active(game) > 0 then
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
  if month == 6 then
    summer_flow(game)
  end
  if common.is_dry_season(month) then
    water_intake(game)
  end
  if not common.is_winter(month) then
    road_blockade(game)
  end
  for _, state in ipairs(common.STATES) do
    home_pressure(game, state)
  end
  if GRAZING_MONTHS[month] and game:chance(GRAZING_CHANCE) then
    grazing(game)
  end
  if common.in_force(game, "prisoner_exchange") == nil and game:chance(DETAINEES_CHANCE) then
    detainees(game)
  end
  if SUMMIT_MONTHS[month] and turn > 1 then
    csto_meeting(game)
  end
  if month == LULL_MONTH then
    game:change_meter("tension", -4)
    game:news{ text = game:text("news.winter_lull"), tag = "season" }
  elseif common.is_winter(month) then
    game:change_meter("tension", -1)
  end
  if turn == game:max_turns() then
    game:news{ text = game:text("news.last_month"), tag = "briefing" }
  end
end

return events
