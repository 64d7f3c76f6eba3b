-- Two Valleys: the example scenario for authors. Every hook the engine knows is defined here,
-- and each only hands over to the module that does the work:
--
--   setup.lua            the model: calendar, meters, actors, map, clause types, forces
--   briefs.lua           confidential briefs, and how each objective is measured
--   utility.lua          what packages of clauses are worth to each actor (set_utility)
--   events.lua           briefing events: flood, market brawl, winter lull
--   diplomacy.lua        refused offers, signed agreements, monitors, requests to the Pact
--   rules/compliance.lua ceasefire violations
--   rules/incidents.lua  incidents along the line and the monthly drift of the meters
--   rules/talks.lua      progress of demarcation talks
--   rules/outcomes.lua   how the game ends and what each role scores
--   ai.lua               the computer players' order policy (ai_orders)
--   common.lua           small shared helpers
--
-- Player-facing text lives in locale/en.lua and locale/ru.lua and is fetched with game:text().

local setup = require("setup")
local events = require("events")
local diplomacy = require("diplomacy")
local compliance = require("rules.compliance")
local incidents = require("rules.incidents")
local talks = require("rules.talks")
local outcomes = require("rules.outcomes")
local ai = require("ai")

local hooks = {}

function hooks.on_setup(game)
  setup.declare(game)
end

function hooks.on_turn_start(game, turn)
  compliance.remember_forces(game) -- before anything can move a gun this turn
  events.fire(game, turn)
end

-- nil lets the offer stand; a string refuses it and is shown to the proposer.
function hooks.on_proposal(game, offer)
  return diplomacy.check_offer(game, offer)
end

function hooks.on_agreement(game, agreement)
  diplomacy.apply(game, agreement)
end

-- Called once per actor, in the fixed actor order, after the engine has applied the orders.
function hooks.on_orders(game, actor, orders)
  compliance.read_orders(game, actor, orders)
  diplomacy.read_orders(game, actor, orders)
end

-- The order matters: monitors are in place before violations are judged, and incidents are
-- rolled before the talks, so a bad month makes progress less likely. (The hook also receives
-- the turn number; these rules do not need it.)
function hooks.on_resolve(game)
  diplomacy.station_monitors(game)
  compliance.check(game)
  incidents.resolve(game)
  talks.advance(game)
end

function hooks.on_violation(game, violation)
  compliance.on_violation(game, violation)
end

-- nil lets the game go on; on the last turn (`last` is true) it always names an outcome.
function hooks.check_outcome(game, _turn, last)
  return outcomes.check(game, last)
end

function hooks.score(game, actor)
  return outcomes.score(game, actor)
end

function hooks.ai_orders(game, actor, persona)
  return ai.orders(game, actor, persona)
end

return hooks
