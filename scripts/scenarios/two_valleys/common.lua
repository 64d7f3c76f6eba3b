-- Helpers shared by the other modules. Nothing here keeps any state between calls.

local common = {}

-- The two disputants, in the engine's resolution order. Loops that change the game iterate this
-- array (never pairs() over a table keyed by actor), so every run with one seed plays the same.
common.STATES = { "highland", "lowland" }

-- A sector's status one step closer to a settled border.
common.NEXT_STATUS = {
  contested = "disputed",
  disputed = "delimited",
  delimited = "demarcated",
}

function common.contains(list, value)
  for _, item in ipairs(list) do
    if item == value then
      return true
    end
  end
  return false
end

function common.clamp(value, low, high)
  return math.max(low, math.min(high, value))
end

-- December to February: snow on the passes.
function common.is_winter(game)
  local _, month = game:date()
  return month == 12 or month <= 2
end

-- The parties of an offer: its sender and its addressees.
function common.offer_parties(offer)
  local parties = { offer.from }
  for _, id in ipairs(offer.to) do
    parties[#parties + 1] = id
  end
  return parties
end

-- Display names, in the language of the game.
function common.actor_name(game, id)
  local actor = game:actor(id)
  return actor and actor.name or id
end

function common.sector_name(game, id)
  local sector = game:sector(id)
  return sector and sector.name or id
end

function common.actor_names(game, ids)
  local names = {}
  for i, id in ipairs(ids) do
    names[i] = common.actor_name(game, id)
  end
  return table.concat(names, ", ")
end

-- Locale keys follow one pattern: "clause.<type>" names a clause type, "status.<status>" a status.
function common.clause_name(game, clause_type)
  return game:text("clause." .. clause_type)
end

function common.status_name(game, status)
  return game:text("status." .. status)
end

-- Every clause of `clause_type` in force now, optionally only those `actor` is party to, in
-- agreement order: a list of { agreement = ..., clause = ..., index = <position in clauses> }.
-- game:active_clause() gives just one. Every clause of an active agreement is in force: a
-- ceasefire's months are its `duration_param` (setup.lua), so the engine lets the agreement
-- expire when they run out.
function common.in_force(game, clause_type, actor)
  local found = {}
  for _, agreement in ipairs(game:agreements("active")) do
    if actor == nil or common.contains(agreement.parties, actor) then
      for index, clause in ipairs(agreement.clauses) do
        if clause.type == clause_type then
          found[#found + 1] = { agreement = agreement, clause = clause, index = index }
        end
      end
    end
  end
  return found
end

-- Is a hotline agreed and open? One agreement is enough, so game:active_clause() will do.
function common.hotline_open(game)
  local _, clause = game:active_clause("hotline")
  return clause ~= nil and clause.params.open
end

-- Observers of every actor in a sector.
function common.monitors_in(game, sector_id)
  local total = 0
  for _, actor in ipairs(game:actors()) do
    local _, _, monitors = game:forces(sector_id, actor.id)
    total = total + monitors
  end
  return total
end

-- Heavy weapons of both disputants in a sector.
function common.heavy_in(game, sector_id)
  local total = 0
  for _, id in ipairs(common.STATES) do
    local _, heavy = game:forces(sector_id, id)
    total = total + heavy
  end
  return total
end

return common
