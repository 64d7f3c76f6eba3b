-- The joint commission's work (on_resolve).
--
-- Neither clause about the line moves it at once. A sector named by a demarcation_talks or a
-- sector_settlement clause in force goes to the joint commission of the two states, which works
-- through it one stage at a time: contested -> disputed (the two sides agree which maps and
-- documents count), disputed -> delimited (the line is agreed on paper), delimited -> demarcated
-- (the line is marked on the ground). Each stage is measured in km of the sector, so a long sector
-- takes longer; the work done so far is kept in the sector's "commission_<id>" meter.
--
-- Each month the commission sits on every sector it has been given; a sitting gets somewhere with
-- a chance that grows with the trust between the two states and with CSTO observers on the spot.
-- A sitting that gets somewhere adds a month's pace of work: a settlement gives the commission
-- agreed principles, so it works at the full pace; talks alone go at half that. Marking the line
-- on the ground is slower than drawing it and stops in winter. An incident in the sector stops the
-- work there for the month, a detected breach of the ceasefire stops it everywhere, high tension
-- halves the chance and very high tension stops the work, and so does the absence of a ceasefire
-- in force (half the chance).

local common = require("common")

local talks = {}

-- Share of the sector's length (in percent) each stage needs.
local STAGE_WORK = { contested = 50, disputed = 100, delimited = 100 }
local PAPER_PACE = 12 -- km a good month towards delimitation under a settlement (talks: half)
local GROUND_PACE = 6 -- km a good month of marking on the ground under a settlement (talks: half)
local BASE_CHANCE = 50 -- % a sitting gets somewhere, plus a quarter of the states' mean trust
local OBSERVER_BONUS = 10 -- ... and this much more where CSTO monitors or peacekeepers are
local MIN_CHANCE, MAX_CHANCE = 10, 90
local SLOW_FROM, STALL_FROM = 40, 60 -- tension from which the chance halves, and the work stops
local DEMARCATION_RELIEF = -3 -- a sector marked on the ground takes heat out of the line

-- The km of work a sector of `km` needs at `status`.
function talks.work_needed(status, km)
  local share = STAGE_WORK[status]
  return share and (km * share + 99) // 100 or 0
end

-- Sectors the commission works on, and at which pace: "settlement" or "talks".
local function mandates(game)
  local out = {}
  for id in pairs(common.named_sectors(game, "demarcation_talks")) do -- a set: order is irrelevant
    out[id] = "talks"
  end
  for id in pairs(common.named_sectors(game, "sector_settlement")) do
    out[id] = "settlement"
  end
  return out
end

-- Km of work a good month brings in a sector at `status`.
local function pace(winter, status, mode)
  local km
  if status == "delimited" then
    if winter then
      return 0
    end
    km = GROUND_PACE
  else
    km = PAPER_PACE
  end
  if mode == "talks" then
    km = km // 2
  end
  return km
end

local function finish_stage(game, statuses, id)
  local next_status = common.NEXT_STATUS[statuses[id]]
  game:set_sector_status(id, next_status)
  statuses[id] = next_status
  game:set_meter(common.COMMISSION_METER[id], 0)
  local key = next_status == "delimited" and "news.sector_delimited" or "news.talks_progress"
  game:news{
    text = game:text(key, {
      sector = common.sector_name(game, id), status = common.status_name(game, next_status),
    }),
    tag = "talks",
  }
  if next_status == "demarcated" then
    local km = game:set_meter("demarcated_km", common.demarcated_km(game, statuses))
    game:news{ text = game:text("news.km_demarcated", { km = km }), tag = "talks" }
    game:change_meter("tension", DEMARCATION_RELIEF)
  end
end

-- on_resolve. `statuses` is the hook's own table of sector statuses (common.take_line), kept in
-- step here; `month` holds what happened this month: month.incident_in[sector id], month.detected
-- (a breach of the ceasefire was seen).
function talks.advance(game, statuses, month)
  local work = mandates(game)
  if next(work) == nil then
    return
  end
  local tension = game:meter("tension")
  local stalled
  if month.detected then
    stalled = "news.commission_breach"
  elseif tension >= STALL_FROM then
    stalled = "news.commission_tension"
  end
  if stalled then
    game:news{ text = game:text(stalled), tag = "talks" }
    return
  end
  local trust = 0
  for _, state in ipairs(common.STATES) do
    trust = trust + game:meter("trust", state)
  end
  local chance = BASE_CHANCE + trust // (4 * #common.STATES)
  local halve = (tension >= SLOW_FROM and 1 or 0) + (common.ceasefire(game) and 0 or 1)
  local unsettled = common.UNSETTLED
  for i = 1, #unsettled do
    local id = unsettled[i]
    local mode = work[id]
    local status = statuses[id]
    if mode and STAGE_WORK[status] and not month.incident_in[id] then
      local km = pace(month.winter, status, mode)
      local odds = chance + (month.observers[id] > 0 and OBSERVER_BONUS or 0)
      if km > 0 and game:chance(common.clamp(odds, MIN_CHANCE, MAX_CHANCE) >> halve) then
        local done = game:change_meter(common.COMMISSION_METER[id], km)
        if done >= talks.work_needed(status, common.km(game, id)) then
          finish_stage(game, statuses, id)
        end
      end
    end
  end
end

-- How far the commission is through a sector's current stage, in percent.
function talks.stage_progress(game, id, status)
  local need = talks.work_needed(status, common.km(game, id))
  if need == 0 then
    return 0
  end
  return game:meter(common.COMMISSION_METER[id]) * 100 // need
end

return talks
