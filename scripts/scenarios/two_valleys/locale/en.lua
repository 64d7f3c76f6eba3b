-- English text. Data only: one table of key = "text"; {name} is filled in by game:text().
-- Long strings are wrapped with \z, which skips the line break and indentation after it.
return {
  -- the scenario in lists (mod.lua holds the same words for tools)
  ["scenario.title"] = "Two Valleys",
  ["scenario.summary"] = "A small fictional border dispute between an upstream and a downstream \z
    republic, mediated by their security pact. The worked example for scenario authors: it uses \z
    every hook.",

  -- meters
  ["meter.tension"] = "Tension",
  ["meter.approval"] = "Public approval",
  ["meter.resolve"] = "Resolve",

  -- actors and map
  ["actor.highland"] = "Republic of Highland",
  ["actor.lowland"] = "Lowland Republic",
  ["actor.northmark"] = "Northmark",
  ["actor.pact"] = "Tessa Valley Pact",
  ["sector.upper_ford"] = "Upper Ford",
  ["sector.upper_ford.note"] = "Marked on the ground with stone pillars long ago; the one quiet \z
    stretch of the border.",
  ["sector.mill_gorge"] = "Mill Gorge",
  ["sector.mill_gorge.note"] = "The old dam and the irrigation intake. Each side's maps draw the \z
    line along a different bank.",
  ["sector.salt_road"] = "Salt Road",
  ["sector.salt_road.note"] = "The only road from Lowland to its exclave of Vell. Both sides \z
    claim the ridge above it.",
  ["exclave.vell"] = "Vell",
  ["status.contested"] = "contested",
  ["status.disputed"] = "disputed",
  ["status.delimited"] = "delimited",
  ["status.demarcated"] = "demarcated",

  -- clause types
  ["clause.ceasefire"] = "Ceasefire",
  ["clause.ceasefire.description"] = "Both sides hold fire and bring no more heavy weapons into \z
    any sector, for the given number of months. The whole agreement it is part of ends with \z
    it.",
  ["clause.withdrawal"] = "Heavy-weapon withdrawal",
  ["clause.withdrawal.description"] = "Both sides pull their heavy weapons back from the line by \z
    the given distance.",
  ["clause.monitors"] = "Pact monitors",
  ["clause.monitors.description"] = "The Pact sends a monitor team to each named sector. The Pact \z
    must sign; next to an exclave, so must the state that surrounds it.",
  ["clause.demarcation_talks"] = "Demarcation talks",
  ["clause.demarcation_talks.description"] = "A joint commission works on the named sectors, one \z
    step at a time: contested, disputed, delimited, demarcated.",
  ["clause.water_sharing"] = "Water sharing",
  ["clause.water_sharing.description"] = "How the summer flow of the Tessa is shared, Highland's \z
    share first: 60_40 gives Highland 60 % and Lowland 40 %.",
  ["clause.hotline"] = "Hotline",
  ["clause.hotline.description"] = "A direct line between the two military commands, either open \z
    or agreed in principle but not yet open.",
  ["param.months"] = "Months",
  ["param.km"] = "Distance (km)",
  ["param.sectors"] = "Sectors",
  ["param.split"] = "Split (Highland/Lowland)",
  ["param.open"] = "Open",
  ["option.split.50_50"] = "50/50",
  ["option.split.60_40"] = "60/40 in Highland's favour",
  ["option.split.40_60"] = "40/60 in Lowland's favour",

  -- briefs
  ["brief.highland"] = "You speak for the Republic of Highland, the upstream state. Your army \z
    holds the high ground over the Mill Gorge, where the old dam and the irrigation intake stand, \z
    and your territory surrounds Lowland's exclave of Vell. Your public wants the Gorge line \z
    fixed and fears that foreign monitors on the Salt Road would make Vell a protectorate. Your \z
    economy needs calm: the river trade stalls whenever shots are fired.",
  ["brief.lowland"] = "You speak for the Lowland Republic, downstream on the Tessa. Your farms \z
    live on the water that comes through the Mill Gorge, and the Salt Road is the only way to \z
    your exclave of Vell, which Highland surrounds. Every flood and every closed checkpoint is \z
    felt at home. You want the road safe, a fair share of the river and a ceasefire that holds.",
  ["brief.pact"] = "You speak for the Tessa Valley Pact, the security bloc of Highland, Lowland \z
    and Northmark. You can send monitors, but only with the consent of your members: each \z
    disputant can veto a mission on its own soil. Your standing depends on keeping the valley \z
    quiet and on helping the two sides fix their border, without taking a side on where it runs.",
  ["objective.highland.gorge_line"] = "Get the Mill Gorge line delimited, better still demarcated.",
  ["objective.highland.water_upstream"] = "Keep Highland's share of the Tessa: a 60/40 split, or \z
    no water deal rather than a bad one.",
  ["objective.highland.no_monitors_at_vell"] = "Keep foreign monitors off the Salt Road around \z
    Vell.",
  ["objective.highland.calm"] = "Bring tension down to 30 or below.",
  ["objective.highland.home_support"] = "Keep public approval at home high.",
  ["objective.lowland.road_to_vell"] = "Make the Salt Road to Vell safe: monitors on it, or its \z
    line settled.",
  ["objective.lowland.water_downstream"] = "Win a water deal: 40/60 in Lowland's favour, at the \z
    very least 50/50.",
  ["objective.lowland.ceasefire"] = "Have a ceasefire in force.",
  ["objective.lowland.home_support"] = "Keep public approval at home high.",
  ["objective.pact.no_war"] = "Keep the valley from war: bring tension down to 30 or below.",
  ["objective.pact.mission"] = "Deploy monitor teams, ideally in two sectors.",
  ["objective.pact.border_fixed"] = "Help the joint commission delimit and demarcate the border.",
  ["objective.pact.hotline"] = "Get an open hotline between the two commands.",
  ["red_line.highland.withdrawal"] = "No withdrawal of heavy weapons deeper than 15 km: the Gorge \z
    would lie open.",
  ["red_line.highland.vell"] = "No Pact monitors on the Salt Road around Vell: Highland will not \z
    see Vell turned into a protectorate.",
  ["red_line.lowland.road"] = "The guns that cover the Salt Road to Vell stay where they are \z
    until the shooting stops: no withdrawal without a ceasefire.",
  ["red_line.lowland.water"] = "No water split that leaves Lowland less than half of the river: \z
    never 60/40.",
  ["red_line.pact.ceasefire"] = "Monitors watch a ceasefire; they do not impose one: no mission \z
    unless a ceasefire is signed with it or already in force.",
  ["red_line.pact.consent"] = "No mission on a member's soil without that member's consent.",
  ["red_line.pact.neutral"] = "The Pact does not say where the line runs; only the two states can \z
    agree on that.",
  ["reservation.highland"] = "Without a deal Highland keeps its posts in the Gorge, but incidents \z
    go on, tension climbs and every spring flood sours relations further. An escalation would \z
    cost far more than any compromise.",
  ["reservation.lowland"] = "Without a deal Vell stays reachable only at Highland's pleasure, the \z
    flood falls unmanaged on Lowland's fields, and every incident on the Salt Road is paid for at \z
    home.",
  ["reservation.pact"] = "Without a deal the Pact looks powerless: a frozen conflict on its own \z
    members' border, which may yet turn into open war.",

  -- the Pact members' votes on a mission (set_utility's `declines`)
  ["declines.highland"] = "Highland votes against: the mission as drafted does too little for \z
    Highland to put its name to it.",
  ["declines.lowland"] = "Lowland votes against: the mission as drafted leaves Lowland worse off \z
    than it is without it.",
  ["declines.northmark"] = "Northmark votes against: it will not staff and fund a mission on \z
    these terms.",

  -- refusals (on_proposal)
  ["refuse.needs_both"] = "The clause “{clause}” needs both disputants as parties. Missing: \z
    {state}.",
  ["refuse.no_sectors"] = "The clause “{clause}” must name at least one sector.",
  ["refuse.monitors_exclave"] = "The {sector} sector runs around the exclave of {exclave}. \z
    Monitors can go there only with the surrounding state as a party: {state}.",
  ["refuse.already_demarcated"] = "The {sector} sector is already demarcated; there is nothing \z
    left to negotiate there.",

  -- news
  ["news.opening"] = "Talks on the border in the Tessa valley open under the auspices of the \z
    Tessa Valley Pact. Tension along the line is high.",
  ["news.northmark_offer"] = "Confidential: Northmark will staff and fund a monitor mission if \z
    both disputants accept it.",
  ["news.flood_managed"] = "The spring flood reaches the {sector}. The joint water committee \z
    opens the sluices in time, and the lower valley stays dry.",
  ["news.flood"] = "The spring flood bursts through the {sector}. Villages downstream are under \z
    water, and each side blames the other's dam works.",
  ["news.flood_lowland"] = "Your farmers ask why there is still no water agreement. Approval at \z
    home falls.",
  ["news.brawl_hotline"] = "A brawl between traders in the market of {exclave} ends in a few \z
    arrests. Both commands use the hotline, and the matter stays local.",
  ["news.brawl"] = "A brawl between traders in the market of {exclave} spills into the street, \z
    and border guards of both sides are drawn in.",
  ["news.winter_lull"] = "Snow closes the passes. Patrols thin out and the line goes quiet for \z
    the winter.",
  ["news.last_month"] = "This is the last month of the talks. Whatever is not signed now will \z
    have to wait.",
  ["news.agreement"] = "Agreement signed. Parties: {parties}. Clauses: {clauses}.",
  ["news.monitors_arrive"] = "A Pact monitor team takes up its posts in the {sector} sector.",
  ["news.monitors_leave"] = "The Pact monitor team leaves the {sector} sector: its mandate has \z
    ended.",
  ["news.request_mediation"] = "{actor}: a request for mediation by the Pact.",
  ["news.request_monitors"] = "{actor}: a request for Pact monitors.",
  ["news.incident"] = "Exchange of fire in the {sector} sector.",
  ["news.talks_progress"] = "The joint commission agrees a new status for the {sector} sector: \z
    {status}.",
  ["news.violation_detected"] = "Ceasefire violation — {actor}: {note}.",
  ["news.violation_unseen"] = "Nobody noticed: {note}. The ceasefire still counts as kept.",
  ["violation.heavy_weapons"] = "heavy weapons in the {sector} sector raised from {from} to {to}",

  -- outcomes
  ["outcome.escalation"] = "Escalation: tension has boiled over into open fighting along the \z
    Tessa. The talks have failed.",
  ["outcome.settlement"] = "Settlement: the whole border, {km} km, is demarcated. The valley has \z
    a line both sides recognise.",
  ["outcome.stable_ceasefire"] = "Stable ceasefire: the guns are silent and tension stands at \z
    {tension}. The line is not settled yet, but it holds. Incidents during the talks: {incidents}.",
  ["outcome.frozen_conflict"] = "Frozen conflict: the talks end without a settlement, with \z
    tension at {tension}. Incidents during the talks: {incidents}. The dispute waits for another day.",
  ["statement.guns_back"] = "We are pulling our heavy guns back from the disputed valleys as a sign of good faith.",
}
