-- The model of the scenario, declared in on_setup: calendar, meters, actors, map, clause types,
-- briefs, utility tables and starting forces. Everything a player reads is a locale key,
-- resolved by game:text().
--
-- The story (fictional): the river Tessa runs from the Republic of Highland down into the Lowland
-- Republic. Their border has three sectors: the Upper Ford, demarcated long ago; the Mill Gorge,
-- where the old dam and the irrigation intake stand and the line is disputed; and the Salt Road,
-- contested, the only road from Lowland to its exclave of Vell, which Highland surrounds. Both
-- belong to the Tessa Valley Pact with Northmark, which is not at the table.

local briefs = require("briefs")
local common = require("common")
local utility = require("utility")

local setup = {}

-- Turn 1 is March: the spring flood comes in the first weeks, the winter lull in the tenth month.
local START_YEAR, START_MONTH = 2031, 3

local METERS = {
  { id = "tension", name = "meter.tension", min = 0, max = 100, initial = 55 },
  { id = "approval", name = "meter.approval", min = 0, max = 100, initial = 50, per_actor = true },
  -- How far a leadership is ready to go; only its owner sees it.
  { id = "resolve", name = "meter.resolve", min = 0, max = 100, initial = 50, per_actor = true,
    private = true },
}

-- Starting resolve where it differs from the meter's initial value.
local RESOLVE = { highland = 65, lowland = 55 }

-- Members come before their bloc; the order of this list is the engine's resolution order.
local ACTORS = {
  { id = "highland", name = "actor.highland", kind = "state", colour = 0x3D7A4F, playable = true },
  { id = "lowland", name = "actor.lowland", kind = "state", colour = 0xC8873A, playable = true },
  { id = "northmark", name = "actor.northmark", kind = "state", colour = 0x6B6F8C, playable = false },
  { id = "pact", name = "actor.pact", kind = "bloc", colour = 0x2F5D8A, playable = true,
    members = { "highland", "lowland", "northmark" } },
}

-- Schematic lines on the 0..1000 grid, north-west to south-east. The map endorses no claim.
local SECTORS = {
  { id = "upper_ford", name = "sector.upper_ford", note = "sector.upper_ford.note", km = 14,
    status = "demarcated", line = { { 120, 180 }, { 240, 250 }, { 330, 330 } } },
  { id = "mill_gorge", name = "sector.mill_gorge", note = "sector.mill_gorge.note", km = 23,
    status = "disputed", line = { { 330, 330 }, { 410, 450 }, { 470, 600 } } },
  { id = "salt_road", name = "sector.salt_road", note = "sector.salt_road.note", km = 9,
    status = "contested", line = { { 470, 600 }, { 560, 690 }, { 650, 710 } } },
}

-- Other modules need the exclave too (the API has add_exclave but nothing to read it back), so
-- this table is the one place it is defined.
setup.EXCLAVES = {
  { id = "vell", name = "exclave.vell", belongs_to = "lowland", enclosed_by = "highland",
    sectors = { "salt_road" }, at = { 600, 760 } },
}

-- Their text follows a pattern of locale keys: "clause.<id>" (name), "clause.<id>.description"
-- and "param.<param id>"; an enum's `labels` (what the player reads for each option, in the
-- order of `options`) are keys too.
local CLAUSE_TYPES = {
  { id = "ceasefire", duration_param = "months",
    params = { { id = "months", kind = "int", min = 1, max = 12, step = 1 } } },
  { id = "withdrawal",
    params = { { id = "km", kind = "int", min = 0, max = 20, step = 5 } } },
  { id = "monitors", signers = { "pact" },
    params = { { id = "sectors", kind = "sectors" } } },
  { id = "demarcation_talks",
    params = { { id = "sectors", kind = "sectors" } } },
  { id = "water_sharing",
    params = { { id = "split", kind = "enum", options = { "50_50", "60_40", "40_60" },
      labels = { "option.split.50_50", "option.split.60_40", "option.split.40_60" } } } },
  { id = "hotline",
    params = { { id = "open", kind = "bool" } } },
}

-- Troops and heavy weapons of each disputant in each sector at the start.
local FORCES = {
  upper_ford = { highland = { troops = 300, heavy = 2 }, lowland = { troops = 250, heavy = 1 } },
  mill_gorge = { highland = { troops = 600, heavy = 4 }, lowland = { troops = 500, heavy = 3 } },
  salt_road = { highland = { troops = 400, heavy = 3 }, lowland = { troops = 450, heavy = 4 } },
}

-- A copy of a data row with its locale keys (the fields named in `keys`) turned into text.
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

-- The text of each key in a list, or nil for no list.
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

function setup.declare(game)
  game:set_calendar(START_YEAR, START_MONTH)

  for _, row in ipairs(METERS) do
    game:add_meter(localized(game, row, { "name" }))
  end
  for _, row in ipairs(ACTORS) do
    game:add_actor(localized(game, row, { "name" }))
  end
  for _, id in ipairs(common.STATES) do
    game:set_meter("resolve", RESOLVE[id], id)
  end
  for _, row in ipairs(SECTORS) do
    game:add_sector(localized(game, row, { "name", "note" }))
  end
  for _, row in ipairs(setup.EXCLAVES) do
    game:add_exclave(localized(game, row, { "name" }))
  end
  declare_clause_types(game)
  briefs.declare(game)
  utility.declare(game) -- values clause types and takes red lines from the briefs

  for _, sector in ipairs(SECTORS) do
    for _, id in ipairs(common.STATES) do
      local f = FORCES[sector.id][id]
      game:set_forces(sector.id, id, { troops = f.troops, heavy = f.heavy, monitors = 0 })
    end
  end
end

return setup
