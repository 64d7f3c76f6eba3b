-- Helpers shared by the other modules. Nothing here keeps any state between calls.

local common = {}

-- The two disputants, in the engine's resolution order. Loops that change the game iterate this
-- array, never pairs() over a table keyed by actor.
common.STATES = { "kyrgyzstan", "tajikistan" }
common.BLOC = "csto"

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

function common.month(game)
  local _, month = game:date()
  return month
end

-- December to February: snow in the passes, little work in the fields.
function common.is_winter(game)
  local month = common.month(game)
  return month == 12 or month <= 2
end

-- June to August: the irrigation season, when every litre of the Isfara counts.
function common.is_dry_season(game)
  local month = common.month(game)
  return month >= 6 and month <= 8
end

function common.offer_parties(offer)
  local parties = { offer.from }
  for _, id in ipairs(offer.to) do
    parties[#parties + 1] = id
  end
  return parties
end

function common.other_state(id)
  return id == "kyrgyzstan" and "tajikistan" or "kyrgyzstan"
end

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

function common.clause_name(game, clause_type)
  return game:text("clause." .. clause_type)
end

function common.status_name(game, status)
  return game:text("status." .. status)
end

-- Every clause of `clause_type` in an active agreement, optionally only those `actor` is party
-- to, in agreement order: a list of { agreement =, clause =, index = }. The engine ends an
-- agreement when its ceasefire's months run out (duration_param), so "active" is enough.
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

function common.hotline_open(game)
  for _, hit in ipairs(common.in_force(game, "hotline")) do
    if hit.clause.params.open then
      return true
    end
  end
  return false
end

-- The deepest heavy-weapon withdrawal in force, in km (0 for none).
function common.withdrawn_km(game)
  local km = 0
  for _, hit in ipairs(common.in_force(game, "heavy_weapon_withdrawal")) do
    km = math.max(km, hit.clause.params.km)
  end
  return km
end

-- The CSTO's observers in a sector (monitors and peacekeepers both count: they see and report).
function common.observers_in(game, sector_id)
  local troops, _, monitors = game:forces(sector_id, common.BLOC)
  return troops + monitors
end

function common.heavy_in(game, sector_id)
  local total = 0
  for _, id in ipairs(common.STATES) do
    local _, heavy = game:forces(sector_id, id)
    total = total + heavy
  end
  return total
end

-- Kilometres of the border with the status "demarcated".
function common.demarcated_km(game)
  local km = 0
  for _, sector in ipairs(game:sectors()) do
    if sector.status == "demarcated" then
      km = km + sector.km
    end
  end
  return km
end

return common
