-- Ceasefire compliance, and the record of how long a ceasefire has held.
--
-- A party to a ceasefire (or to a heavy-weapon withdrawal) that brings more heavy weapons into a
-- sector violates it; so does a side that opens fire during a ceasefire (rules/incidents.lua
-- calls compliance.fire_breach). Whether anyone notices depends on the CSTO's monitors and
-- peacekeepers. A breach that is seen costs the violator the other side's trust and its public's
-- approval, raises tension and stops the joint commission for the month; one that is not seen
-- still raises tension a little.
--
-- The engine applies force orders before the rules see them, so this module remembers each
-- sector's heavy weapons at the start of the turn. That memory is rebuilt every turn: in a game
-- restored in the middle of a turn it is empty, and that turn reports no move.
--
-- The meter "ceasefire_held" counts the months in a row a ceasefire has been in force without a
-- detected violation; the sequencing rule in diplomacy.lua and the outcomes read it.

local common = require("common")

local compliance = {}

local DETECTION = 35 -- % chance that a violation is noticed without observers
local DETECTION_OBSERVED = 85 -- ... and with CSTO monitors or peacekeepers in the sector
local ORDER_DISTRUST = 2 -- trust the other side loses for each sector where guns are moved up
-- A breach that is seen:
local SEEN_TENSION, SEEN_TRUST, SEEN_APPROVAL, SEEN_STANDING = 6, 8, 2, 1
local UNSEEN_TENSION = 2 -- ... and one that is not

local heavy_before = {} -- heavy_before[sector][state] at the start of this turn

function compliance.remember_forces(game)
  heavy_before = {}
  local unsettled, states = common.UNSETTLED, common.STATES
  for i = 1, #unsettled do
    local id, row = unsettled[i], {}
    for j = 1, #states do
      local _, heavy = game:forces(id, states[j])
      row[states[j]] = heavy
    end
    heavy_before[id] = row
  end
end

-- The sectors where `state` ordered more heavy weapons than it had: { sector =, from =, to = }.
local function moves_up(orders, state)
  local found = {}
  local forces = orders and orders.forces or {}
  for i = 1, #forces do
    local order = forces[i]
    local before = heavy_before[order.sector] and heavy_before[order.sector][state]
    if before and order.heavy > before then
      found[#found + 1] = { sector = order.sector, from = before, to = order.heavy }
    end
  end
  return found
end

local function detection(game, sector_id)
  return game:chance(common.observers_in(game, sector_id) > 0 and DETECTION_OBSERVED or DETECTION)
end

-- The agreement to hold a move against: the ceasefire in force, else the withdrawal.
local function binding(game, state)
  for _, kind in ipairs({ "ceasefire", "heavy_weapon_withdrawal" }) do
    for _, hit in ipairs(common.every(game, kind)) do
      if common.contains(hit.agreement.parties, state) then
        return hit
      end
    end
  end
  return nil
end

local function report(game, month, hit, state, detected, note)
  if detected then
    month.detected = true
  end
  game:report_violation{
    agreement = hit.agreement.id, clause = hit.index, actor = state, detected = detected,
    note = note,
  }
end

-- on_resolve: reads the states' force orders; every sector where a state moved guns up costs it
-- some of the other side's trust (the buildup is seen across the line), and one violation is
-- reported for each such sector while an agreement binds it.
function compliance.check(game, month)
  for _, state in ipairs(common.STATES) do
    local moves = moves_up(month.orders[state], state)
    if #moves > 0 then
      game:change_meter("trust", -ORDER_DISTRUST * #moves, common.other_state(state))
      local hit = binding(game, state)
      if hit then
        for _, move in ipairs(moves) do
          report(game, month, hit, state, detection(game, move.sector),
            game:text("violation.heavy_weapons", {
              sector = common.sector_name(game, move.sector), from = move.from, to = move.to,
            }))
        end
      end
    end
  end
end

-- An exchange of fire during a ceasefire: one side fired first. Which one is drawn at random;
-- the game does not presume either side the aggressor.
function compliance.fire_breach(game, month, sector_id)
  local state = common.STATES[game:random(#common.STATES)]
  local hit = common.in_force(game, "ceasefire")
  if hit == nil or not common.contains(hit.agreement.parties, state) then
    return
  end
  report(game, month, hit, state, detection(game, sector_id),
    game:text("violation.fire", { sector = common.sector_name(game, sector_id) }))
end

function compliance.on_violation(game, violation)
  local actor = violation.actor
  if violation.detected then
    game:set_meter("ceasefire_held", 0)
    game:change_meter("tension", SEEN_TENSION)
    game:change_meter("approval", -SEEN_APPROVAL, actor)
    game:change_meter("trust", -SEEN_TRUST, common.other_state(actor))
    game:change_meter("standing", -SEEN_STANDING)
    game:news{
      text = game:text("news.violation_detected", {
        actor = common.actor_name(game, actor), note = violation.note,
      }),
      tag = "violation",
    }
  else
    game:change_meter("tension", UNSEEN_TENSION)
    game:news{
      text = game:text("news.violation_unseen", { note = violation.note }), to = { actor },
      tag = "violation",
    }
  end
end

-- on_resolve, last: one more month held, or the record starts again. A breach seen this month
-- resets the record when on_violation runs, after on_resolve.
function compliance.update_record(game, month)
  if not common.ceasefire(game) then
    game:set_meter("ceasefire_held", 0)
  elseif not month.detected then
    game:change_meter("ceasefire_held", 1)
  end
end

return compliance
