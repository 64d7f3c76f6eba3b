-- Ceasefire compliance. A party to a ceasefire in force that brings more heavy weapons into a
-- sector violates it; whether anyone notices depends on the Pact's monitors.
--
-- The engine applies force orders before on_orders and on_resolve run, so game:forces() already
-- shows the new levels then. This module therefore remembers each sector's heavy weapons at the
-- start of the turn (on_turn_start), compares every actor's orders with that (on_orders) and
-- reports what it found (on_resolve). The memory is taken afresh each turn, so nothing stale
-- survives a hook that failed and was rolled back; in a game restored in the middle of a turn it
-- is simply empty, and that turn reports no violation.

local common = require("common")

local compliance = {}

local DETECTION = 35 -- % chance that a violation is noticed without monitors
local DETECTION_MONITORED = 85 -- ... and with a monitor team in the sector

local heavy_before = {} -- heavy_before[sector][state]: heavy weapons at the start of this turn
local raised = {} -- raised[state]: { sector =, from =, to = } for each increase ordered this turn

-- on_turn_start
function compliance.remember_forces(game)
  heavy_before, raised = {}, {}
  for _, sector in ipairs(game:sectors()) do
    local row = {}
    for _, state in ipairs(common.STATES) do
      local _, heavy = game:forces(sector.id, state)
      row[state] = heavy
    end
    heavy_before[sector.id] = row
  end
end

-- on_orders: note every sector where `actor` ordered more heavy weapons than it had.
function compliance.read_orders(game, actor, orders)
  if not common.contains(common.STATES, actor) then
    return
  end
  local found = {}
  for _, order in ipairs(orders.forces) do
    local before = heavy_before[order.sector] and heavy_before[order.sector][actor]
    if before and order.heavy > before then
      found[#found + 1] = { sector = order.sector, from = before, to = order.heavy }
      game:change_meter("resolve", 2, actor) -- moving guns up hardens the leadership's stance
    end
  end
  raised[actor] = found
end

-- on_resolve: one violation for each sector where a party to a ceasefire in force added guns,
-- held against the oldest such ceasefire (two ceasefires do not make one move two violations).
function compliance.check(game)
  for _, state in ipairs(common.STATES) do
    local ceasefire = common.in_force(game, "ceasefire", state)[1]
    if ceasefire then
      for _, move in ipairs(raised[state] or {}) do
        local watched = common.monitors_in(game, move.sector) > 0
        game:report_violation{
          agreement = ceasefire.agreement.id,
          clause = ceasefire.index,
          actor = state,
          detected = game:chance(watched and DETECTION_MONITORED or DETECTION),
          note = game:text("violation.heavy_weapons", {
            sector = common.sector_name(game, move.sector), from = move.from, to = move.to,
          }),
        }
      end
    end
  end
end

-- on_violation: a detected violation is public and costly; an unseen one still strains the line,
-- and only the violator is told it went unnoticed.
function compliance.on_violation(game, violation)
  local actor = violation.actor
  if violation.detected then
    game:change_meter("tension", 8)
    game:change_meter("approval", -3, actor)
    for _, state in ipairs(common.STATES) do
      if state ~= actor then
        game:change_meter("resolve", 3, state)
      end
    end
    game:news{
      text = game:text("news.violation_detected", {
        actor = common.actor_name(game, actor), note = violation.note,
      }),
      tag = "violation",
    }
  else
    game:change_meter("tension", 2)
    game:news{
      text = game:text("news.violation_unseen", { note = violation.note }),
      to = { actor },
      tag = "violation",
    }
  end
end

return compliance
