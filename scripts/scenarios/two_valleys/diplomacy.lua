-- The table: which offers the rules refuse (on_proposal), what a signed agreement changes
-- (on_agreement), the Pact's monitors on the ground, and the requests states send the Pact with
-- their orders.

local common = require("common")
local setup = require("setup")

local diplomacy = {}

-- Clauses only the two disputants can carry out: both must be parties.
local BILATERAL = {
  ceasefire = true, withdrawal = true, demarcation_talks = true, water_sharing = true,
  hotline = true,
}

local MONITOR_TEAM = 12 -- observers the Pact sends to each sector named in a monitors clause

-- How much a signed clause eases tension.
local RELIEF = {
  ceasefire = function() return 6 end,
  withdrawal = function(params) return params.km // 5 * 2 end,
  monitors = function(params) return 2 * #params.sectors end,
  demarcation_talks = function() return 3 end,
  water_sharing = function() return 3 end,
  hotline = function(params) return params.open and 2 or 0 end,
}

-- The exclave a sector borders, if any.
local function exclave_of(sector_id)
  for _, exclave in ipairs(setup.EXCLAVES) do
    if common.contains(exclave.sectors, sector_id) then
      return exclave
    end
  end
  return nil
end

-- A refusal reason for one clause of an offer, or nil.
local function check_clause(game, clause, parties)
  local kind = clause.type
  if BILATERAL[kind] then
    for _, state in ipairs(common.STATES) do
      if not common.contains(parties, state) then
        return game:text("refuse.needs_both", {
          clause = common.clause_name(game, kind),
          state = common.actor_name(game, state),
        })
      end
    end
  end

  if kind == "monitors" or kind == "demarcation_talks" then
    local sectors = clause.params.sectors
    if #sectors == 0 then
      return game:text("refuse.no_sectors", { clause = common.clause_name(game, kind) })
    end
    for _, id in ipairs(sectors) do
      local exclave = exclave_of(id)
      if kind == "monitors" and exclave and not common.contains(parties, exclave.enclosed_by) then
        return game:text("refuse.monitors_exclave", {
          sector = common.sector_name(game, id),
          exclave = game:text(exclave.name),
          state = common.actor_name(game, exclave.enclosed_by),
        })
      end
      local sector = game:sector(id)
      if kind == "demarcation_talks" and sector and sector.status == "demarcated" then
        return game:text("refuse.already_demarcated", { sector = sector.name })
      end
    end
  end
  return nil
end

-- on_proposal: the first reason found and the position of the clause it is about, or nil to let
-- the offer stand.
function diplomacy.check_offer(game, offer)
  local parties = common.offer_parties(offer)
  for i, clause in ipairs(offer.clauses) do
    local reason = check_clause(game, clause, parties)
    if reason then
      return reason, i
    end
  end
  return nil
end

-- Puts a monitor team in every sector named by a monitors clause in force and takes it out of
-- every other. Called when an agreement is signed and at every resolution, so teams leave when
-- their mandate expires or breaks.
function diplomacy.station_monitors(game)
  local wanted = {}
  for _, hit in ipairs(common.in_force(game, "monitors")) do
    for _, id in ipairs(hit.clause.params.sectors) do
      wanted[id] = true
    end
  end
  for _, sector in ipairs(game:sectors()) do
    local troops, heavy, monitors = game:forces(sector.id, "pact")
    local target = wanted[sector.id] and MONITOR_TEAM or 0
    if monitors ~= target then
      game:set_forces(sector.id, "pact", { troops = troops, heavy = heavy, monitors = target })
      local key = target > 0 and "news.monitors_arrive" or "news.monitors_leave"
      game:news{ text = game:text(key, { sector = sector.name }), tag = "monitors" }
    end
  end
end

-- on_agreement: tension eases, each state's public reacts to the terms, the Pact gains standing.
function diplomacy.apply(game, agreement)
  local relief = 0
  local names = {}
  for i, clause in ipairs(agreement.clauses) do
    relief = relief + RELIEF[clause.type](clause.params)
    names[i] = common.clause_name(game, clause.type)

    if clause.type == "withdrawal" and clause.params.km >= 15 then
      -- pulling the guns far back looks like retreat at home
      for _, state in ipairs(common.STATES) do
        game:change_meter("approval", -2, state)
      end
    elseif clause.type == "water_sharing" then
      local split = clause.params.split
      if split ~= "50_50" then
        local winner = split == "60_40" and "highland" or "lowland"
        local loser = winner == "highland" and "lowland" or "highland"
        game:change_meter("approval", 2, winner)
        game:change_meter("approval", -3, loser)
      end
    end
  end

  game:change_meter("tension", -relief)
  for _, state in ipairs(common.STATES) do
    if common.contains(agreement.parties, state) then
      game:change_meter("approval", 2, state)
      game:change_meter("resolve", -3, state)
    end
  end
  game:change_meter("approval", 3, "pact")

  game:news{
    text = game:text("news.agreement", {
      clauses = table.concat(names, ", "),
      parties = common.actor_names(game, agreement.parties),
    }),
    tag = "agreement",
  }
  diplomacy.station_monitors(game)
end

-- Requests this scenario understands (Orders.requests holds their ids): "mediation" and
-- "monitors". They reach the Pact's player as private news; unknown ids are ignored.
local REQUESTS = { mediation = "news.request_mediation", monitors = "news.request_monitors" }
local STATEMENTS_THAT_COUNT = 2

-- on_orders, the diplomatic half: requests to the Pact, and public statements, which rally the
-- home audience a little and raise tension a little (at most two a month count).
function diplomacy.read_orders(game, actor, orders)
  if not common.contains(common.STATES, actor) then
    return
  end
  local name = common.actor_name(game, actor)
  for _, request in ipairs(orders.requests) do
    local key = REQUESTS[request]
    if key then
      game:news{ text = game:text(key, { actor = name }), to = { "pact" }, tag = "request" }
    end
  end
  local statements = math.min(#orders.statements, STATEMENTS_THAT_COUNT)
  if statements > 0 then
    game:change_meter("approval", statements, actor)
    game:change_meter("tension", statements)
  end
end

return diplomacy
