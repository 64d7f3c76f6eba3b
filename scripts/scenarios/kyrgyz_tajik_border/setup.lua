-- The model of the scenario, declared in on_setup: calendar, meters, actors, map, clause types,
-- the sequencing option, briefs, utility tables and starting forces. Every name a player reads is
-- a locale key.
--
-- Facts from the source (March 2023): a border of about 980 km, of which some 625 km (63 %) are
-- demarcated; more than 140 incidents in ten years, the worst on 14–17 September 2022. How the
-- remaining 355 km are split into sectors, their lengths and the forces are illustrative.

local briefs = require("briefs")
local common = require("common")
local utility = require("utility")

local setup = {}

local START_YEAR, START_MONTH = 2023, 3

setup.BORDER_KM = 980
setup.DEMARCATED_KM = 625
setup.UNSETTLED_KM = 355

local METERS = {
  { id = "tension", name = "meter.tension", min = 0, max = 100, initial = 70 },
  { id = "demarcated_km", name = "meter.demarcated_km", min = 0, max = setup.BORDER_KM,
    initial = setup.DEMARCATED_KM },
  -- The Isfara's flow this summer, in percent of an average year (drawn each June, events.lua).
  { id = "isfara_flow", name = "meter.isfara_flow", min = 0, max = 200, initial = 100 },
  -- Months in a row that a ceasefire has been in force without a detected violation.
  { id = "ceasefire_held", name = "meter.ceasefire_held", min = 0, max = 24, initial = 0 },
  -- The CSTO's standing as the guarantor of its members' security.
  { id = "standing", name = "meter.standing", min = 0, max = 100, initial = 40 },
  { id = "approval", name = "meter.approval", min = 0, max = 100, initial = 50, per_actor = true },
  -- Confidence in the other side's word; only its owner sees it.
  { id = "trust", name = "meter.trust", min = 0, max = 100, initial = 20, per_actor = true,
    private = true },
}

-- Members come before their bloc; the order of this list is the engine's resolution order.
local ACTORS = {
  { id = "kyrgyzstan", name = "actor.kyrgyzstan", kind = "state", colour = 0xD52B1E, playable = true },
  { id = "tajikistan", name = "actor.tajikistan", kind = "state", colour = 0x2E7D32, playable = true },
  { id = "armenia", name = "actor.armenia", kind = "state", colour = 0xD98C1F, playable = false },
  { id = "belarus", name = "actor.belarus", kind = "state", colour = 0x8E3B46, playable = false },
  { id = "kazakhstan", name = "actor.kazakhstan", kind = "state", colour = 0x00A3C4, playable = false },
  { id = "russia", name = "actor.russia", kind = "state", colour = 0x3A4FA0, playable = false },
  { id = "csto", name = "actor.csto", kind = "bloc", colour = 0x24476B, playable = true,
    members = { "armenia", "belarus", "kazakhstan", "kyrgyzstan", "russia", "tajikistan" },
    chair = "belarus" }, -- Belarus holds the rotating chair in 2023
}

-- Schematic lines on the 0..1000 grid, west to east along the southern rim of the Fergana
-- valley, then into the mountains. The map endorses no claim; lengths are illustrative except the
-- demarcated 625 km and the 355 km total.
setup.SECTORS = {
  { id = "fergana_trijunction", name = "sector.fergana_trijunction",
    note = "sector.fergana_trijunction.note", km = 40, status = "disputed",
    line = { { 40, 360 }, { 110, 390 }, { 170, 420 } } },
  { id = "leilek_foothills", name = "sector.leilek_foothills",
    note = "sector.leilek_foothills.note", km = 70, status = "disputed",
    line = { { 170, 420 }, { 240, 450 }, { 300, 465 } } },
  { id = "batken_isfara_road", name = "sector.batken_isfara_road",
    note = "sector.batken_isfara_road.note", km = 45, status = "contested",
    line = { { 300, 465 }, { 350, 450 }, { 400, 455 } } },
  { id = "golovnoy_intake", name = "sector.golovnoy_intake",
    note = "sector.golovnoy_intake.note", km = 30, status = "contested",
    line = { { 400, 455 }, { 430, 475 }, { 455, 490 } } },
  { id = "vorukh", name = "sector.vorukh", note = "sector.vorukh.note", km = 60,
    status = "contested",
    line = { { 455, 490 }, { 470, 545 }, { 515, 570 }, { 550, 525 } } },
  { id = "southern_ridges", name = "sector.southern_ridges",
    note = "sector.southern_ridges.note", km = 110, status = "disputed",
    line = { { 550, 525 }, { 610, 560 }, { 670, 580 } } },
  { id = "demarcated_line", name = "sector.demarcated_line",
    note = "sector.demarcated_line.note", km = setup.DEMARCATED_KM, status = "demarcated",
    line = { { 670, 580 }, { 780, 615 }, { 880, 650 }, { 970, 690 } } },
}

-- The API has add_exclave but nothing to read it back, so this table is the one definition.
setup.EXCLAVES = {
  { id = "vorukh_exclave", name = "exclave.vorukh", belongs_to = "tajikistan",
    enclosed_by = "kyrgyzstan", sectors = { "vorukh" }, at = { 505, 535 } },
}

-- Locale keys: "clause.<id>", "clause.<id>.description", "param.<param id>"; an enum's `labels`
-- (what the player reads for each option, in the order of `options`) are keys too.
local CLAUSE_TYPES = {
  { id = "ceasefire", duration_param = "months",
    params = { { id = "months", kind = "int", min = 1, max = 24, step = 1 } } },
  { id = "heavy_weapon_withdrawal",
    params = { { id = "km", kind = "int", min = 5, max = 30, step = 5 } } },
  { id = "monitors", signers = { "csto" },
    params = { { id = "sectors", kind = "sectors" } } },
  { id = "peacekeepers", signers = { "csto" },
    params = {
      { id = "size", kind = "int", min = 100, max = 2000, step = 100 },
      { id = "mandate", kind = "enum", options = { "monitor", "buffer" },
        labels = { "option.mandate.monitor", "option.mandate.buffer" } },
      { id = "sectors", kind = "sectors" },
    } },
  { id = "hotline", params = { { id = "open", kind = "bool" } } },
  { id = "demarcation_talks", params = { { id = "sectors", kind = "sectors" } } },
  { id = "sector_settlement",
    params = {
      { id = "sectors", kind = "sectors" },
      { id = "division", kind = "enum",
        options = { "split_equal", "kyrgyz_majority", "tajik_majority", "land_swap" },
        labels = { "option.division.split_equal", "option.division.kyrgyz_majority",
          "option.division.tajik_majority", "option.division.land_swap" } },
    } },
  { id = "water_sharing",
    params = { { id = "split", kind = "enum", options = { "50_50", "60_40_kg", "60_40_tj" },
      labels = { "option.split.50_50", "option.split.60_40_kg", "option.split.60_40_tj" } } } },
  { id = "exclave_road_access",
    params = { { id = "regime", kind = "enum", options = { "escorted", "open_daytime", "open" },
      labels = { "option.regime.escorted", "option.regime.open_daytime", "option.regime.open" } } } },
  { id = "prisoner_exchange", params = { { id = "all_for_all", kind = "bool" } } },
}

-- Troops and heavy weapons of each state per sector at the start (illustrative): both armies
-- reinforced the disputed sectors after September 2022.
local FORCES = {
  fergana_trijunction = { kyrgyzstan = { 300, 2 }, tajikistan = { 300, 2 } },
  leilek_foothills = { kyrgyzstan = { 500, 3 }, tajikistan = { 450, 3 } },
  batken_isfara_road = { kyrgyzstan = { 700, 5 }, tajikistan = { 650, 5 } },
  golovnoy_intake = { kyrgyzstan = { 500, 4 }, tajikistan = { 550, 4 } },
  vorukh = { kyrgyzstan = { 800, 5 }, tajikistan = { 700, 5 } },
  southern_ridges = { kyrgyzstan = { 300, 2 }, tajikistan = { 300, 2 } },
  demarcated_line = { kyrgyzstan = { 200, 0 }, tajikistan = { 200, 0 } },
}

-- Starting approval and trust where they differ from the meters' initial values.
local APPROVAL = { kyrgyzstan = 55, tajikistan = 55, csto = 40 }

local function localized(game, row, keys)
  local copy = {}
  for field, value in pairs(row) do -- a plain copy: the order does not matter
    copy[field] = value
  end
  for _, field in ipairs(keys) do
    copy[field] = game:text(row[field])
  end
  return copy
end

local function texts(game, keys)
  if keys == nil then
    return nil
  end
  local out = {}
  for i, key in ipairs(keys) do
    out[i] = game:text(key)
  end
  return out
end

local function declare_clause_types(game)
  for _, row in ipairs(CLAUSE_TYPES) do
    local params = {}
    for i, param in ipairs(row.params) do
      params[i] = {
        id = param.id, name = game:text("param." .. param.id), kind = param.kind,
        min = param.min, max = param.max, step = param.step, options = param.options,
        labels = texts(game, param.labels),
      }
    end
    game:add_clause_type{
      id = row.id,
      name = game:text("clause." .. row.id),
      description = game:text("clause." .. row.id .. ".description"),
      signers = row.signers,
      duration_param = row.duration_param,
      params = params,
    }
  end
end

local function check_lengths()
  local unsettled, demarcated = 0, 0
  for i, row in ipairs(setup.SECTORS) do
    if row.status == "demarcated" then
      demarcated = demarcated + row.km
    else
      unsettled = unsettled + row.km
      assert(common.UNSETTLED[i] == row.id, "common.UNSETTLED must list the unsettled sectors in map order")
    end
  end
  assert(unsettled == setup.UNSETTLED_KM, "the unsettled sectors must add up to 355 km")
  assert(demarcated == setup.DEMARCATED_KM, "the demarcated line must be 625 km")
  assert(unsettled + demarcated == setup.BORDER_KM, "the border must be 980 km")
end

function setup.declare(game)
  check_lengths()
  game:set_calendar(START_YEAR, START_MONTH)
  game:add_option{
    id = "sequenced_talks", name = game:text("option.sequenced_talks"), type = "bool",
    default = true, description = game:text("option.sequenced_talks.description"),
  }

  for _, row in ipairs(METERS) do
    game:add_meter(localized(game, row, { "name" }))
  end
  -- The joint commission's work on each unsettled sector, in km of the stage it is at (see
  -- rules/talks.lua): no stage needs more than the sector's length.
  for _, row in ipairs(setup.SECTORS) do
    if row.status ~= "demarcated" then
      game:add_meter{
        id = common.COMMISSION_METER[row.id],
        name = game:text("meter.commission", { sector = game:text(row.name) }),
        min = 0, max = row.km, initial = 0,
      }
    end
  end
  for _, row in ipairs(ACTORS) do
    game:add_actor(localized(game, row, { "name" }))
  end
  for _, id in ipairs({ "kyrgyzstan", "tajikistan", "csto" }) do
    game:set_meter("approval", APPROVAL[id], id)
  end
  for _, row in ipairs(setup.SECTORS) do
    game:add_sector(localized(game, row, { "name", "note" }))
  end
  for _, row in ipairs(setup.EXCLAVES) do
    game:add_exclave(localized(game, row, { "name" }))
  end
  declare_clause_types(game)
  briefs.declare(game)
  utility.declare(game)

  for _, sector in ipairs(setup.SECTORS) do
    for _, id in ipairs(common.STATES) do
      local f = FORCES[sector.id][id]
      game:set_forces(sector.id, id, { troops = f[1], heavy = f[2], monitors = 0 })
    end
  end
end

return setup
