-- The Kyrgyz–Tajik border, March 2023. Every hook hands over to the module that does the work:
--
--   setup.lua            the model: calendar, meters, actors, map, clause types, option, forces
--   briefs.lua           confidential briefs, and how each objective is measured
--   utility.lua          what a package of clauses is worth to each actor (game:set_utility)
--   events.lua           briefing events: water, blockades, home politics, CSTO summit, winter
--   diplomacy.lua        refused offers (sequencing, host consent), signed agreements, missions
--   rules/compliance.lua ceasefire violations and the "months held" record
--   rules/incidents.lua  incidents along the line and the monthly drift of the meters
--   rules/talks.lua      the joint commission's demarcation work
--   rules/outcomes.lua   how the game ends and what each role scores
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

local hooks = {}

function hooks.on_setup(game)
  setup.declare(game)
end

function hooks.on_turn_start(game, turn)
  compliance.remember_forces(game)
  events.fire(game, turn)
end

function hooks.on_proposal(game, offer)
  return diplomacy.check_offer(game, offer)
end

function hooks.on_agreement(game, agreement)
  diplomacy.apply(game, agreement)
end

function hooks.on_orders(game, actor, orders)
  compliance.read_orders(game, actor, orders)
  diplomacy.read_orders(game, actor, orders)
end

-- Missions are in place before violations are judged; incidents come before the talks, so a bad
-- month makes progress less likely; the ceasefire record is updated last.
function hooks.on_resolve(game)
  diplomacy.station_missions(game)
  compliance.check(game)
  incidents.resolve(game)
  talks.advance(game)
  compliance.update_record(game)
end

function hooks.on_violation(game, violation)
  compliance.on_violation(game, violation)
end

function hooks.check_outcome(game, _turn, last)
  return outcomes.check(game, last)
end

function hooks.score(game, actor)
  return outcomes.score(game, actor)
end

return hooks
