-- The Kyrgyz–Tajik border, March 2023. Every hook hands over to the module that does the work:
--
--   setup.lua            the model: calendar, meters, actors, map, clause types, option, forces
--   briefs.lua           confidential briefs, and how each objective is measured
--   utility.lua          what a package of clauses is worth to each actor (game:set_utility)
--   events.lua           briefing events: water, blockades, home politics, CSTO summit, winter
--   diplomacy.lua        refused offers (sequencing, host consent), signed agreements, missions,
--                        the requests states may send the CSTO with their orders
--   tutorial.lua         the guided first game: hints that point at the window's panels
--   rules/compliance.lua ceasefire violations and the "months held" record
--   rules/incidents.lua  incidents along the line and the monthly drift of the meters
--   rules/talks.lua      the joint commission's work, sector by sector, month by month
--   rules/outcomes.lua   how the game ends and what each role scores
--   common.lua           small shared helpers
--
-- Player-facing text lives in locale/en.lua and locale/ru.lua and is fetched with game:text().

local common = require("common")
local setup = require("setup")
local events = require("events")
local diplomacy = require("diplomacy")
local tutorial = require("tutorial")
local compliance = require("rules.compliance")
local incidents = require("rules.incidents")
local talks = require("rules.talks")
local outcomes = require("rules.outcomes")

local hooks = {}

function hooks.on_setup(game)
  setup.declare(game)
  diplomacy.declare_requests(game)
  tutorial.declare(game)
end

-- Agreements may have run out since the last turn (see common.lua).
function hooks.on_turn_start(game, turn)
  common.new_turn(game)
  compliance.remember_forces(game)
  events.fire(game, turn)
end

function hooks.on_proposal(game, offer)
  return diplomacy.check_offer(game, offer)
end

function hooks.on_agreement(game, agreement)
  common.forget_agreements()
  diplomacy.apply(game, agreement)
end

-- There is no on_orders hook: on_resolve reads the two states' orders with game:orders(), so the
-- rules run once a month rather than once per actor.
--
-- Missions are in place before violations are judged; incidents come before the commission's
-- work, so an incident or a breach seen this month stops it; the ceasefire record is updated last.
-- `statuses` is this hook's own table of sector statuses (see common.lua), handed back at the end;
-- `month` holds what the steps read once and share, and what happened this month.
function hooks.on_resolve(game)
  local statuses = common.take_line(game)
  local month = common.month_of(game)
  diplomacy.station_missions(game)
  common.read_forces(game, month)
  diplomacy.read_orders(game, month)
  compliance.check(game, month)
  incidents.resolve(game, statuses, month)
  talks.advance(game, statuses, month)
  compliance.update_record(game, month)
  common.keep_line(statuses)
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
