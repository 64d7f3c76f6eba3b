-- The table: which offers the rules refuse (on_proposal), what a signed agreement changes
-- (on_agreement), the CSTO's monitors and peacekeepers on the ground, and what states send with
-- their orders (statements, requests to the bloc).

local briefs = require("briefs")
local common = require("common")
local setup = require("setup")

local diplomacy = {}

-- Clauses only the two states can carry out: both must be parties.
local BILATERAL = {
  ceasefire = true, heavy_weapon_withdrawal = true, hotline = true, demarcation_talks = true,
  sector_settlement = true, water_sharing = true, exclave_road_access = true,
  prisoner_exchange = true,
}

-- Clauses that put CSTO personnel on the ground: each sector lies on both states' soil (a mission
-- works on both sides of the line), so each state's consent is needed.
local DEPLOYMENT = { monitors = true, peacekeepers = true }

-- Clauses about the line itself, held back by the sequencing option.
local LINE_CLAUSES = { demarcation_talks = true, sector_settlement = true }

-- The sequencing rule: a ceasefire in force that has held (no detected violation) for at least
-- HELD_MONTHS months in a row, and a heavy-weapon withdrawal of at least briefs.WITHDRAWAL_KM.
diplomacy.HELD_MONTHS = 3

local MONITOR_TEAM = 15 -- observers per sector named in a monitors clause
local MAX_PEACEKEEPERS_PER_SECTOR = 2000

-- How much a signed clause eases tension. A signature calms the capitals more than the villages:
-- one agreement eases tension by at most RELIEF_CAP, however many clauses it holds.
local RELIEF_CAP = 15
local RELIEF = {
  ceasefire = function() return 6 end,
  heavy_weapon_withdrawal = function(params) return params.km // 5 * 2 end,
  monitors = function(params) return math.min(6, 2 * #params.sectors) end,
  peacekeepers = function(params) return 3 + params.size // 500 + (params.mandate == "buffer" and 2 or 0) end,
  hotline = function(params) return params.open and 3 or 1 end,
  demarcation_talks = function() return 3 end,
  sector_settlement = function() return 4 end,
  water_sharing = function() return 3 end,
  exclave_road_access = function() return 3 end,
  prisoner_exchange = function(params) return params.all_for_all and 4 or 2 end,
}

local function exclave_of(sector_id)
  local exclaves = setup.EXCLAVES
  for i = 1, #exclaves do
    local exclave = exclaves[i]
    if common.contains(exclave.sectors, sector_id) then
      return exclave
    end
  end
  return nil
end

-- Is the sequencing condition met now? Returns two booleans: ceasefire held, guns withdrawn.
function diplomacy.sequence_met(game)
  local held = common.ceasefire(game) and game:meter("ceasefire_held") >= diplomacy.HELD_MONTHS
  local withdrawn = common.withdrawn_km(game) >= briefs.WITHDRAWAL_KM
  return held, withdrawn
end

-- The refusal key of the sequencing rule now, or false when talks on the line may be tabled; with
-- a key, the months the refusal stands while the agreements in force stay the same. The record
-- grows by at most a month a month; a ceasefire and a withdrawal come only with an agreement.
local function sequence_refusal(game)
  if not game:option("sequenced_talks") then
    return false
  end
  local held, withdrawn = diplomacy.sequence_met(game)
  local wait = math.huge
  if withdrawn and common.ceasefire(game) then
    wait = diplomacy.HELD_MONTHS - game:meter("ceasefire_held")
  end
  if not held and not withdrawn then
    return "refuse.sequence_both", wait
  elseif not held then
    return "refuse.sequence_ceasefire", wait
  elseif not withdrawn then
    return "refuse.sequence_withdrawal", wait
  end
  return false
end

-- The first of the two states that is not a party to the offer, or nil.
local function missing_state(offer)
  local states = common.STATES
  for i = 1, #states do
    local state = states[i]
    if offer.from ~= state and not common.contains(offer.to, state) then
      return state
    end
  end
  return nil
end

local function check_sectors(game, kind, sectors, missing)
  if #sectors == 0 then
    return game:text("refuse.no_sectors", { clause = common.clause_name(game, kind) })
  end
  for i = 1, #sectors do
    local id = sectors[i]
    if common.status(game, id) == "demarcated" then
      return game:text("refuse.already_demarcated", { sector = common.sector_name(game, id) })
    end
    if missing and DEPLOYMENT[kind] then
      local exclave = exclave_of(id)
      local key = exclave and "refuse.host_consent_exclave" or "refuse.host_consent"
      return game:text(key, {
        clause = common.clause_name(game, kind), sector = common.sector_name(game, id),
        state = common.actor_name(game, missing), exclave = exclave and game:text(exclave.name),
      })
    end
  end
  return nil
end

-- on_proposal: the first reason found and the clause type it is about, or nil to let the offer
-- stand; for the sequencing rule also the months it stands, so that the computer players do not
-- ask again before then. Called often (the computer players ask before they table anything), so
-- it reads each condition once and builds a text only for the reason it returns.
function diplomacy.check_offer(game, offer)
  local missing = missing_state(offer)
  local sequence, wait = nil, nil -- the sequencing rule's refusal key, looked up at the first line clause
  local clauses = offer.clauses
  for i = 1, #clauses do
    local clause = clauses[i]
    local kind = clause.type
    if missing and BILATERAL[kind] then
      return game:text("refuse.needs_both", {
        clause = common.clause_name(game, kind), state = common.actor_name(game, missing),
      }), kind
    end
    local sectors = clause.params.sectors
    if sectors then
      local reason = check_sectors(game, kind, sectors, missing)
      if reason then
        return reason, kind
      end
    end
    if LINE_CLAUSES[kind] then
      if sequence == nil then
        sequence, wait = sequence_refusal(game)
      end
      if sequence then
        return game:text(sequence, {
          clause = common.clause_name(game, kind), months = diplomacy.HELD_MONTHS,
          km = briefs.WITHDRAWAL_KM,
        }), kind, wait
      end
    end
  end
  return nil
end

-- Puts CSTO monitors and peacekeepers where the agreements in force send them, and takes them out
-- of every other sector.
function diplomacy.station_missions(game)
  local monitors, troops = {}, {}
  for _, hit in ipairs(common.every(game, "monitors")) do
    for _, id in ipairs(hit.clause.params.sectors) do
      monitors[id] = MONITOR_TEAM
    end
  end
  for _, hit in ipairs(common.every(game, "peacekeepers")) do
    local params = hit.clause.params
    local share = params.size // #params.sectors
    for _, id in ipairs(params.sectors) do
      troops[id] = math.min(MAX_PEACEKEEPERS_PER_SECTOR, (troops[id] or 0) + share)
    end
  end
  local sectors = setup.SECTORS
  for i = 1, #sectors do
    local id = sectors[i].id
    local had_troops, heavy, had_monitors = game:forces(id, common.BLOC)
    local want_troops, want_monitors = troops[id] or 0, monitors[id] or 0
    if had_troops ~= want_troops or had_monitors ~= want_monitors then
      local forces = { troops = want_troops, heavy = heavy, monitors = want_monitors }
      game:set_forces(id, common.BLOC, forces)
      local arriving = want_troops + want_monitors > had_troops + had_monitors
      game:news{
        text = game:text(arriving and "news.mission_arrives" or "news.mission_leaves",
          { sector = common.sector_name(game, id) }),
        tag = "mission",
      }
    end
  end
end

-- The public's reaction to how a sector settlement divides the land.
local function division_reaction(game, division)
  if division == "kyrgyz_majority" then
    game:change_meter("approval", 3, "kyrgyzstan")
    game:change_meter("approval", -4, "tajikistan")
  elseif division == "tajik_majority" then
    game:change_meter("approval", 3, "tajikistan")
    game:change_meter("approval", -4, "kyrgyzstan")
  elseif division == "land_swap" then
    -- a swap lets each side keep what matters most, but moving villages is hard to sell at home
    for _, state in ipairs(common.STATES) do
      game:change_meter("trust", 3, state)
      game:change_meter("approval", -1, state)
    end
  else
    for _, state in ipairs(common.STATES) do
      game:change_meter("approval", -1, state)
    end
  end
end

local function water_reaction(game, split)
  if split == "60_40_kg" then
    game:change_meter("approval", 2, "kyrgyzstan")
    game:change_meter("approval", -3, "tajikistan")
  elseif split == "60_40_tj" then
    game:change_meter("approval", 2, "tajikistan")
    game:change_meter("approval", -3, "kyrgyzstan")
  end
end

-- The one clause-specific effect of each type, beyond the relief in tension.
local function clause_effect(game, clause)
  local params = clause.params
  if clause.type == "heavy_weapon_withdrawal" and params.km >= 20 then
    -- a deep pull-back reads as retreat at home
    for _, state in ipairs(common.STATES) do
      game:change_meter("approval", -2, state)
    end
  elseif clause.type == "sector_settlement" then
    -- the line is not drawn yet: the joint commission takes the sectors on (rules/talks.lua)
    local names = {}
    for i, id in ipairs(params.sectors) do
      names[i] = common.sector_name(game, id)
    end
    game:news{ text = game:text("news.commission_mandate", { sectors = table.concat(names, ", ") }),
      tag = "talks" }
    division_reaction(game, params.division)
  elseif clause.type == "water_sharing" then
    water_reaction(game, params.split)
  elseif clause.type == "exclave_road_access" and params.regime == "open" then
    -- fully open transit through Kyrgyz villages worries their residents
    game:change_meter("approval", -2, "kyrgyzstan")
  elseif clause.type == "prisoner_exchange" then
    for _, state in ipairs(common.STATES) do
      game:change_meter("approval", params.all_for_all and 3 or 1, state)
    end
  end
end

-- on_agreement: tension eases, trust grows, each public reacts to the terms, the bloc gains
-- standing when it signs, and a little when its members agree among themselves.
function diplomacy.apply(game, agreement)
  local relief = 0
  local names = {}
  for i, clause in ipairs(agreement.clauses) do
    relief = relief + RELIEF[clause.type](clause.params)
    names[i] = common.clause_name(game, clause.type)
    clause_effect(game, clause)
  end
  game:change_meter("tension", -math.min(relief, RELIEF_CAP))
  for _, state in ipairs(common.STATES) do
    if common.contains(agreement.parties, state) then
      game:change_meter("trust", 4, state)
      game:change_meter("approval", 1, state)
    end
  end
  game:change_meter("standing", common.contains(agreement.parties, common.BLOC) and 5 or 2)

  game:news{
    text = game:text("news.agreement", {
      clauses = table.concat(names, ", "), parties = common.actor_names(game, agreement.parties),
    }),
    tag = "agreement",
  }
  diplomacy.station_missions(game)
end

-- Requests this scenario understands (ids in Orders.requests); they reach the CSTO's player.
local REQUESTS = {
  mediation = "news.request_mediation", monitors = "news.request_monitors",
  peacekeepers = "news.request_peacekeepers",
}
-- The order the orders panel lists them in; their names and descriptions are "request.<id>" and
-- "request.<id>.description". Only the two states send them: the CSTO does not petition itself.
local REQUEST_ORDER = { "mediation", "monitors", "peacekeepers" }

function diplomacy.declare_requests(game)
  for _, id in ipairs(REQUEST_ORDER) do
    assert(REQUESTS[id], "every listed request needs its news text")
    game:add_request{
      id = id, name = game:text("request." .. id), description = game:text("request." .. id .. ".description"),
      from = common.STATES,
    }
  end
end
local STATEMENTS_THAT_COUNT = 2

local function read_requests(game, actor, orders)
  for _, request in ipairs(orders.requests) do
    local key = REQUESTS[request]
    if key then
      game:news{ text = game:text(key, { actor = common.actor_name(game, actor) }), to = { common.BLOC },
        tag = "request" }
      game:change_meter("standing", 1)
    end
  end
  local statements = math.min(#orders.statements, STATEMENTS_THAT_COUNT)
  if statements > 0 then
    game:change_meter("approval", statements, actor)
    game:change_meter("tension", statements)
    game:change_meter("trust", -statements, common.other_state(actor))
  end
end

-- In resolution, the diplomatic half of each state's orders: requests to the bloc, and public
-- statements, which rally the home audience a little and raise tension a little (at most two a
-- month count).
function diplomacy.read_orders(game, month)
  for _, actor in ipairs(common.STATES) do
    local orders = month.orders[actor]
    if orders then
      read_requests(game, actor, orders)
    end
  end
end

return diplomacy
