-- Ceasefire compliance, and the record of how long a ceasefire has held.
--
-- A party to a ceasefire (or to a heavy-weapon withdrawal) that brings more heavy weapons into a
-- sector violates it; so does a side that opens fire during a ceasefire (rules/incidents.lua
-- calls compliance.fire_breach). Whether anyone notices depends on the CSTO's monitors and
-- peacekeepers. The engine applies force orders before on_orders runs, so this module remembers
-- each sector's heavy weapons at the start of the turn. That memory is rebuilt every turn: in a
-- game restored in the middle of a turn it is empty, and that turn reports no move.
--
-- The meter "ceasefire_held" counts the months in a row a ceasefire has been in force without a
-- detected violation; the sequencing rule in diplomacy.lua reads it.

local common = require("common")

local compliance = {}

local DETECTION = 35 -- % chance that a violation is noticed without observers
local DETECTION_OBSERVED = 85 -- ... and with CSTO monitors or peacekeepers in the sector

local heavy_before = {} -- heavy_before[sector][state] at the start of this turn
local raised = {} -- raised[state]: { sector =, from =, to = } for each increase ordered this turn
local detected_this_turn = false

function compliance.remember_forces(game)
  heavy_before, raised, detected_this_turn = {}, {}, false
  for _, sector in ipairs(game:sectors()) do
    local row = {}
    for _, state in ipairs(common.STATES) do
      local _, heavy = game:forces(sector.id, state)
      row[state] = heavy
    end
    heavy_before[sector.id] = row
  end
end

function compliance.read_orders(game, actor, orders)
  if not common.contains(common.STATES, actor) then
    return
  end
  local found = {}
  for _, order in ipairs(orders.forces) do
    local before = heavy_before[order.sector] and heavy_before[order.sector][actor]
    if before and order.heavy > before then
      found[#found + 1] = { sector = order.sector, from = before, to = order.heavy }
      game:change_meter("trust", -2, common.other_state(actor))
    end
  end
  raised[actor] = found
end

local function detection(game, sector_id)
  return game:chance(common.observers_in(game, sector_id) > 0 and DETECTION_OBSERVED or DETECTION)
end

-- The agreement to hold a move against: the oldest ceasefire, else the oldest withdrawal.
local function binding(game, state)
  return common.in_force(game, "ceasefire", state)[1]
    or common.in_force(game, "heavy_weapon_withdrawal", state)[1]
end

-- on_resolve: one violation for each sector where a party added heavy weapons.
function compliance.check(game)
  for _, state in ipairs(common.STATES) do
    local hit = binding(game, state)
    if hit then
      for _, move in ipairs(raised[state] or {}) do
        game:report_violation{
          agreement = hit.agreement.id, clause = hit.index, actor = state,
          detected = detection(game, move.sector),
          note = game:text("violation.heavy_weapons", {
            sector = common.sector_name(game, move.sector), from = move.from, to = move.to,
          }),
        }
      end
    end
  end
end

-- An exchange of fire during a ceasefire: one side fired first. Which one is drawn at random;
-- the game does not presume either side the aggressor.
function compliance.fire_breach(game, sector)
  local state = common.STATES[game:random(#common.STATES)]
  local hit = common.in_force(game, "ceasefire", state)[1]
  if hit == nil then
    return
  end
  game:report_violation{
    agreement = hit.agreement.id, clause = hit.index, actor = state,
    detected = detection(game, sector.id),
    note = game:text("violation.fire", { sector = sector.name }),
  }
end

function compliance.on_violation(game, violation)
  local actor = violation.actor
  if violation.detected then
    detected_this_turn = true
    game:set_meter("ceasefire_held", 0)
    game:change_meter("tension", 5)
    game:change_meter("approval", -2, actor)
    game:change_meter("trust", -6, common.other_state(actor))
    game:change_meter("standing", -1)
    game:news{
      text = game:text("news.violation_detected", {
        actor = common.actor_name(game, actor), note = violation.note,
      }),
      tag = "violation",
    }
  else
    game:change_meter("tension", 2)
    game:news{
      text = game:text("news.violation_unseen", { note = violation.note }), to = { actor },
      tag = "violation",
    }
  end
end

-- on_resolve, last: one more month held, or the record starts again.
function compliance.update_record(game)
  if #common.in_force(game, "ceasefire") == 0 then
    game:set_meter("ceasefire_held", 0)
  elseif not detected_this_turn then
    game:change_meter("ceasefire_held", 1)
  end
  detected_this_turn = false
end

return compliance
