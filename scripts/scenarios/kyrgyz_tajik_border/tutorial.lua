-- The guided first game: hints that point at a panel of the window and wait for the player to act
-- there (game:add_hint, in on_setup). The window shows them, in this order, only when a game is
-- started with the tutorial on. Their words are the locale keys "tutorial.<id>".

local common = require("common")

local tutorial = {}

-- One month from briefing to results: the brief, the map, the end of a step, an offer, an answer,
-- a message, the rounds, a request to the CSTO (the states only), the orders and the report.
local HINTS = {
  { id = "brief", panel = "brief", wait_for = "brief_opened" },
  { id = "map", panel = "map", wait_for = "sector_hovered" },
  { id = "briefing_over", panel = "end_turn", wait_for = "diplomacy_phase" },
  { id = "ceasefire", panel = "propose", wait_for = "proposal_sent" },
  { id = "answer", panel = "offers", wait_for = "offer_answered" },
  { id = "message", panel = "messages", wait_for = "message_sent" },
  { id = "rounds", panel = "end_turn", wait_for = "orders_phase" },
  { id = "request", panel = "requests", wait_for = "request_ticked", roles = common.STATES },
  { id = "orders", panel = "orders", wait_for = "orders_given" },
  { id = "month_over", panel = "report", wait_for = "turn_ended" },
}

function tutorial.declare(game)
  for _, row in ipairs(HINTS) do
    game:add_hint{
      id = row.id, panel = row.panel, text = "tutorial." .. row.id, wait_for = row.wait_for, roles = row.roles,
    }
  end
end

return tutorial
