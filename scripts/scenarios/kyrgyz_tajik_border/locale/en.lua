-- English text. Data only: one table of key = "text"; {name} is filled in by game:text().
-- Long strings are wrapped with \z, which skips the line break and indentation after it.
return {
  -- the scenario in lists (mod.lua holds the same words for tools)
  ["scenario.title"] = "The Kyrgyz–Tajik Border, 2023",
  ["scenario.summary"] = "March 2023: half a year after the worst fighting on the Kyrgyz–Tajik \z
    border, the two states and their security bloc, the CSTO, look for a ceasefire that holds, a \z
    pull-back of heavy weapons and a way to finish demarcating the last third of the line.",

  -- option
  ["option.sequenced_talks"] = "Security before borders",
  ["option.sequenced_talks.description"] = "When on, the rules follow the order Kyrgyzstan asks \z
    for: talks on the line itself (demarcation talks, sector settlements) can be tabled only once \z
    a ceasefire has held for three months in a row without a detected violation and heavy \z
    weapons have been pulled back at least 15 km. When off, the line can be negotiated at any time.",

  -- meters
  ["meter.tension"] = "Tension",
  ["meter.demarcated_km"] = "Border demarcated (km)",
  ["meter.ceasefire_held"] = "Months the ceasefire has held",
  ["meter.standing"] = "CSTO standing",
  ["meter.approval"] = "Public approval",
  ["meter.trust"] = "Trust in the other side",
  ["meter.isfara_flow"] = "Isfara flow this summer (% of an average year)",
  ["meter.commission"] = "Joint commission, {sector}: km of the current stage done",

  -- actors and map
  ["actor.kyrgyzstan"] = "Kyrgyzstan",
  ["actor.tajikistan"] = "Tajikistan",
  ["actor.armenia"] = "Armenia",
  ["actor.belarus"] = "Belarus",
  ["actor.kazakhstan"] = "Kazakhstan",
  ["actor.russia"] = "Russia",
  ["actor.csto"] = "Collective Security Treaty Organization (CSTO)",
  ["sector.fergana_trijunction"] = "Fergana tri-junction",
  ["sector.fergana_trijunction.note"] = "Where the Kyrgyz, Tajik and Uzbek borders meet on the \z
    valley floor. Canals, fields and villages of three countries lie side by side, so any change \z
    here touches a third neighbour. Length illustrative.",
  ["sector.leilek_foothills"] = "Leilek foothills",
  ["sector.leilek_foothills.note"] = "Dry hills and pastures at the western end of Batken region. \z
    Herders of both sides have used the same slopes since Soviet times. Length illustrative.",
  ["sector.batken_isfara_road"] = "Batken–Isfara road",
  ["sector.batken_isfara_road.note"] = "The road between the Kyrgyz town of Batken and the Tajik \z
    town of Isfara runs in and out of both countries. For villages on either side it is the way \z
    to markets, schools and hospitals, and both armies watch it. Length illustrative.",
  ["sector.golovnoy_intake"] = "Isfara valley (Golovnoy intake)",
  ["sector.golovnoy_intake.note"] = "The Golovnoy water distribution point divides the Isfara \z
    river between canals that feed fields on both sides. Who controls the works decides who gets \z
    water in a dry summer. Length illustrative.",
  ["sector.vorukh"] = "Vorukh perimeter",
  ["sector.vorukh.note"] = "Vorukh is a Tajik exclave, a populated enclave of villages \z
    surrounded by Kyrgyz territory. Its only links to the rest of Tajikistan cross Kyrgyz land, \z
    and the villages around it are Kyrgyz. Length illustrative.",
  ["sector.southern_ridges"] = "Southern ridges",
  ["sector.southern_ridges.note"] = "High ground and summer pastures east of the Isfara valley. \z
    Few people live here, but the heights overlook the roads below. Length illustrative.",
  ["sector.demarcated_line"] = "Demarcated line",
  ["sector.demarcated_line.note"] = "About 625 km of the roughly 980 km border (63 %) is \z
    demarcated, according to the Tajik president. Shown here as one stretch; in reality it is \z
    made of many pieces.",
  ["exclave.vorukh"] = "Vorukh",
  ["status.contested"] = "contested",
  ["status.disputed"] = "disputed",
  ["status.delimited"] = "delimited",
  ["status.demarcated"] = "demarcated",

  -- clause types
  ["clause.ceasefire"] = "Ceasefire",
  ["clause.ceasefire.description"] = "Both sides hold fire and bring no more heavy weapons to the \z
    line for the given number of months. The whole agreement lasts that long.",
  ["clause.heavy_weapon_withdrawal"] = "Heavy-weapon withdrawal",
  ["clause.heavy_weapon_withdrawal.description"] = "Both sides pull artillery, armour and \z
    rocket launchers back from the line by the given distance. At 30 km they are out of range.",
  ["clause.monitors"] = "CSTO monitors",
  ["clause.monitors.description"] = "The CSTO sends an unarmed monitoring team to each named \z
    sector. The CSTO must sign, and so must both states, on whose soil the teams work.",
  ["clause.peacekeepers"] = "CSTO peacekeepers",
  ["clause.peacekeepers.description"] = "A CSTO force of the given size, shared among the named \z
    sectors. A monitor mandate watches and reports; a buffer mandate stands between the two \z
    armies. The CSTO and both host states must sign.",
  ["clause.hotline"] = "Hotline",
  ["clause.hotline.description"] = "A direct line between the two border commands, either open \z
    or agreed in principle only.",
  ["clause.demarcation_talks"] = "Demarcation talks",
  ["clause.demarcation_talks.description"] = "The joint commission takes up the named sectors \z
    and works through them stage by stage: contested, disputed, delimited (agreed on paper), \z
    demarcated (marked on the ground). Each stage takes months, more on a long sector. Without \z
    agreed principles the commission moves at half the pace of a sector settlement.",
  ["clause.sector_settlement"] = "Sector settlement",
  ["clause.sector_settlement.description"] = "The two states agree on the principles for drawing \z
    the line in the named sectors, and the joint commission starts work on them at full pace. \z
    The line is not drawn on the day of signing: each sector takes months, longer ones longer, \z
    and incidents, detected breaches and high tension hold the work up. The division says who \z
    gains more land, or whether land is swapped.",
  ["clause.water_sharing"] = "Water sharing",
  ["clause.water_sharing.description"] = "How the Isfara's water at the Golovnoy distribution \z
    point is shared: equally, or 60/40 in favour of Kyrgyzstan or of Tajikistan.",
  ["clause.exclave_road_access"] = "Road access to Vorukh",
  ["clause.exclave_road_access.description"] = "Tajik traffic to and from Vorukh across Kyrgyz \z
    territory: under escort, freely in daylight, or freely at all hours.",
  ["clause.prisoner_exchange"] = "Prisoner exchange",
  ["clause.prisoner_exchange.description"] = "Both sides release people detained in connection \z
    with the clashes: everyone, or named cases only.",
  ["param.months"] = "Months",
  ["param.km"] = "Distance (km)",
  ["param.sectors"] = "Sectors",
  ["param.size"] = "Strength",
  ["param.mandate"] = "Mandate",
  ["param.open"] = "Open",
  ["param.division"] = "Division",
  ["param.split"] = "Split",
  ["param.regime"] = "Regime",
  ["param.all_for_all"] = "All for all",
  ["option.mandate.monitor"] = "Monitoring: watch and report",
  ["option.mandate.buffer"] = "Buffer: stand between the two armies",
  ["option.division.split_equal"] = "Disputed land divided equally",
  ["option.division.kyrgyz_majority"] = "Larger share to Kyrgyzstan",
  ["option.division.tajik_majority"] = "Larger share to Tajikistan",
  ["option.division.land_swap"] = "Land swap",
  ["option.split.50_50"] = "50/50",
  ["option.split.60_40_kg"] = "60/40 in Kyrgyzstan's favour",
  ["option.split.60_40_tj"] = "60/40 in Tajikistan's favour",
  ["option.regime.escorted"] = "Under escort",
  ["option.regime.open_daytime"] = "Open in daylight",
  ["option.regime.open"] = "Open at all hours",

  -- briefs
  ["brief.kyrgyzstan"] = "You speak for Kyrgyzstan. The fighting of September 2022 hit villages \z
    in Batken region hard, and your public wants to know it cannot happen again. Your government's \z
    position is a sequence: first a ceasefire that holds and heavy weapons pulled back from the \z
    border, with a small CSTO contingent placed between the two armies as a neutral party; \z
    only then the political work of delimitation and demarcation. You have asked the CSTO to send \z
    peacekeepers. You need the Batken–Isfara road and the villages around Vorukh safe, and water \z
    from the Isfara for your fields.",
  ["brief.tajikistan"] = "You speak for Tajikistan. Some 625 of roughly 980 km of the border are \z
    already demarcated, and you want the commission to keep going on the rest. Vorukh, your \z
    exclave, can be reached only across Kyrgyz land: every closed road cuts your citizens there \z
    off. Your farmers in the Isfara valley depend on the same water as the Kyrgyz \z
    side. You want calm on the line, but foreign troops on your soil only with your consent.",
  ["brief.csto"] = "You speak for the Collective Security Treaty Organization. Both disputants are \z
    members, with Armenia, Belarus, Kazakhstan and Russia; Belarus holds the rotating chair in \z
    2023. Your military-cooperation chiefs met in Minsk and drafted proposals for the defence \z
    ministers on easing tension on the disputed stretches, and your Secretary-General said in \z
    Yerevan in November 2022 that the organization is ready to help. The bloc decides by \z
    consensus: nothing is deployed on a member's soil against its will. Your standing rests on \z
    calming the border without taking sides on where it runs.",
  ["objective.kyrgyzstan.security_first"] = "Get a ceasefire that holds and heavy weapons pulled \z
    back at least 15 km from the line. The ceasefire counts in full once it has gone a year \z
    without a detected breach.",
  ["objective.kyrgyzstan.road_and_villages"] = "Settle the line along the Batken–Isfara road and \z
    the Leilek foothills.",
  ["objective.kyrgyzstan.csto_mission"] = "Have CSTO monitors or peacekeepers on the line, ideally \z
    in two sectors.",
  ["objective.kyrgyzstan.water"] = "A water deal at the Golovnoy intake at least as good as an \z
    equal split.",
  ["objective.kyrgyzstan.home_support"] = "Keep public approval at home high.",
  ["objective.tajikistan.vorukh_access"] = "Secure the road to Vorukh: open access counts most, \z
    and settling the line around the exclave makes up the rest.",
  ["objective.tajikistan.line_settled"] = "Move the commission forward on all the unsettled \z
    sectors.",
  ["objective.tajikistan.security"] = "Bring tension down to 30 or below.",
  ["objective.tajikistan.water"] = "A water deal at the Golovnoy intake at least as good as an \z
    equal split.",
  ["objective.tajikistan.home_support"] = "Keep public approval at home high.",
  ["objective.csto.no_war"] = "Keep the border from war: bring tension down to 30 or below.",
  ["objective.csto.standing"] = "Raise the organization's standing as a guarantor.",
  ["objective.csto.mission"] = "Deploy monitors or peacekeepers with both states' consent, \z
    ideally in three sectors.",
  ["objective.csto.ceasefire"] = "Have a ceasefire in force.",
  ["red_line.kyrgyzstan.sequence"] = "Security before borders: no talks on the line and no \z
    settlement of it unless a ceasefire and a pull-back of heavy weapons are signed with them or \z
    already in force.",
  ["red_line.kyrgyzstan.withdrawal"] = "Any pull-back of heavy weapons must reach at least {km} km \z
    from the line.",
  ["red_line.kyrgyzstan.road"] = "No settlement that gives Tajikistan the larger share of the \z
    land: the Batken–Isfara road must not end up at the other side's mercy.",
  ["red_line.tajikistan.consent"] = "No foreign troops between the two armies on Tajik soil: no \z
    peacekeepers with a buffer mandate, and no mission of any kind without Tajikistan's signature.",
  ["red_line.tajikistan.vorukh"] = "No settlement of the line that leaves Vorukh cut off: an \z
    agreed road regime to the exclave must come with it or already be in force.",
  ["red_line.tajikistan.land"] = "No settlement that gives Kyrgyzstan the larger share of the \z
    land, least of all around Vorukh.",
  ["red_line.csto.consent"] = "No mission on a member's soil without that member's consent; the \z
    bloc acts by consensus and sends peacekeepers only to keep a ceasefire the two states have \z
    signed.",
  ["red_line.csto.neutral"] = "The CSTO does not say where the line runs: it backs no settlement \z
    that gives either state the larger share of the land.",
  ["reservation.kyrgyzstan"] = "Without a deal both armies stay dug in along the disputed \z
    sectors, Batken's villages live under the guns, and the next incident could repeat September \z
    2022.",
  ["reservation.tajikistan"] = "Without a deal Vorukh stays hostage to every closed road, the \z
    commission stalls on the last third of the border and the Isfara's water remains a quarrel \z
    each summer.",
  ["reservation.csto"] = "Without a deal the organization looks unable to keep the peace between \z
    its own members, and a frozen conflict may turn into open war on its watch.",

  -- what a member says when it votes against one of the bloc's deployments
  ["declines.kyrgyzstan"] = "Kyrgyzstan votes against: the package does too little for the \z
    safety of Batken's border villages to be worth signing now.",
  ["declines.tajikistan"] = "Tajikistan votes against: it does not consent to a mission on its \z
    soil in this form.",
  ["declines.armenia"] = "Armenia votes against: it will not commit the bloc to this mission \z
    while the two states have not done more themselves.",
  ["declines.belarus"] = "Belarus, as chair, votes against: this is not a proposal it can put to \z
    consensus.",
  ["declines.kazakhstan"] = "Kazakhstan votes against: a mission on this border needs terms that \z
    keep the bloc out of the quarrel, and these do not.",
  ["declines.russia"] = "Russia votes against: the mission as drafted would tie the bloc's hands \z
    without making the ceasefire any safer.",

  -- refusals (on_proposal)
  ["refuse.needs_both"] = "The clause “{clause}” needs both states as parties. Missing: {state}.",
  ["refuse.no_sectors"] = "The clause “{clause}” must name at least one sector.",
  ["refuse.already_demarcated"] = "The {sector} sector is already demarcated.",
  ["refuse.host_consent"] = "“{clause}” in the {sector} sector would put CSTO personnel on the \z
    soil of {state}, which is not a party to the offer.",
  ["refuse.host_consent_exclave"] = "“{clause}” in the {sector} sector, around the exclave of \z
    {exclave}, would put CSTO personnel on the soil of {state}, which is not a party to the offer.",
  ["refuse.sequence_both"] = "“{clause}” must wait (security before borders): no ceasefire has \z
    held for {months} months, and heavy weapons have not been withdrawn {km} km from the line.",
  ["refuse.sequence_ceasefire"] = "“{clause}” must wait (security before borders): no ceasefire \z
    has yet held for {months} months in a row without a detected violation.",
  ["refuse.sequence_withdrawal"] = "“{clause}” must wait (security before borders): heavy weapons \z
    have not been withdrawn at least {km} km from the line.",

  -- agreements and missions
  ["news.agreement"] = "Agreement signed by {parties}: {clauses}.",
  ["news.mission_arrives"] = "CSTO personnel take up positions in the {sector} sector.",
  ["news.mission_leaves"] = "CSTO personnel leave the {sector} sector.",
  ["news.sector_delimited"] = "The line in the {sector} sector is agreed on paper and now awaits \z
    marking on the ground.",
  ["news.commission_mandate"] = "The joint commission receives its mandate and begins work on \z
    these sectors: {sectors}.",
  ["news.request_mediation"] = "{actor} asks the CSTO to mediate.",
  ["news.request_monitors"] = "{actor} asks the CSTO for monitors on the line.",
  ["news.request_peacekeepers"] = "{actor} asks the CSTO to deploy peacekeepers on the line.",

  -- compliance
  ["violation.heavy_weapons"] = "heavy weapons in the {sector} sector rose from {from} to {to}",
  ["violation.fire"] = "fire was opened first in the {sector} sector",
  ["news.violation_detected"] = "Ceasefire breach by {actor}: {note}.",
  ["news.violation_unseen"] = "Nobody noticed the breach: {note}. It will not stay hidden forever.",

  -- talks
  ["news.talks_progress"] = "The joint commission reports progress: the {sector} sector is now \z
    {status}.",
  ["news.km_demarcated"] = "Border demarcated so far, in km: {km}.",
  ["news.commission_breach"] = "After a ceasefire breach was reported, the joint commission \z
    cancels this month's sittings.",
  ["news.commission_tension"] = "With the line this tense, the joint commission's surveyors stay \z
    away from the border this month.",

  -- incidents
  ["news.incident"] = "Shots exchanged between border posts in the {sector} sector.",
  ["news.clash"] = "Mortars and armour join a firefight in the {sector} sector; civilians flee \z
    nearby villages.",

  -- events
  ["news.opening"] = "Spring 2023. Six months after the fighting of 14–17 September 2022, the \z
    worst of more than 140 border incidents in a decade, troops and heavy weapons of both states \z
    still face each other on the disputed stretches.",
  ["news.minsk_proposals"] = "CSTO military-cooperation chiefs meeting in Minsk have prepared \z
    proposals for the bloc's defence ministers on easing tension on the Kyrgyz–Tajik border.",
  ["news.chair_belarus"] = "Belarus chairs the CSTO this year and wants a visible result on the \z
    Kyrgyz–Tajik border before the autumn meetings.",
  ["news.kg_request"] = "Bishkek's request stands: a limited CSTO force between the two armies to \z
    keep a ceasefire and see heavy weapons withdrawn. Dushanbe has not agreed to it.",
  ["news.flow_low"] = "Little snow fell in the mountains last winter: the Isfara is expected to \z
    carry only {flow} % of its usual summer flow. Farmers on both sides fear for their crops.",
  ["news.flow_fair"] = "Hydrologists expect the Isfara to run a little below normal this summer: \z
    {flow} % of an average year.",
  ["news.flow_good"] = "A snowy winter fills the Isfara: this summer's flow is forecast at {flow} % \z
    of an average year.",
  ["news.water_quarrel"] = "Too little water reaches the canals in the {sector} sector. Farmers from both \z
    sides gather at the distribution works, and border guards come to blows.",
  ["news.water_shared"] = "The joint schedule in the {sector} sector holds: both sides' canals get their \z
    share of the summer flow.",
  ["news.blockade"] = "The road around {exclave} is blocked: residents of nearby villages stop \z
    traffic after a quarrel, and the police of both sides face off.",
  ["news.blockade_tj"] = "Families in {exclave} report shortages while the road is closed. \z
    Pressure on the government to act is rising.",
  ["news.pressure.kyrgyzstan"] = "In Bishkek, families displaced from Batken's border villages \z
    demand guarantees before any concession on the line.",
  ["news.pressure.tajikistan"] = "In Dushanbe, critics of the talks say the government must not \z
    yield an inch near Vorukh or the Isfara.",
  ["news.pressure_private"] = "Your advisers warn that a concession now would be costly at home.",
  ["news.grazing"] = "Herders from both sides drive their flocks onto the same spring pastures; \z
    border guards fire warning shots.",
  ["news.detainees"] = "Relatives of people held since the clashes call for their release on both \z
    sides of the border.",
  ["news.summit_progress"] = "CSTO defence officials meet and welcome the steps agreed on the \z
    Kyrgyz–Tajik border.",
  ["news.summit_empty"] = "CSTO defence officials meet, but have nothing signed on the \z
    Kyrgyz–Tajik border to point to.",
  ["news.summit_chair"] = "The Belarusian chair asks for a concrete proposal it can put to \z
    consensus at the next meeting.",
  ["news.winter_lull"] = "Snow closes the high passes. Patrols thin out and the line quietens \z
    for the winter.",
  ["news.last_month"] = "The last month of this round of talks begins.",

  -- outcomes
  ["outcome.escalation"] = "Escalation: fighting breaks out again along the disputed sectors, \z
    with heavy losses on both sides and the CSTO unable to stop it. Incidents during the talks: \z
    {incidents}.",
  ["outcome.comprehensive_settlement"] = "Comprehensive settlement: the joint commission has \z
    agreed the line in every disputed sector. Border demarcated, in km: {km}. Tension: {tension}.",
  ["outcome.stable_ceasefire"] = "Stable ceasefire: the guns are quiet, the ceasefire has held \z
    for months without a breach anyone saw, and tension is down to {tension}. The line is not \z
    settled yet, but talks can go on. Incidents during the talks: {incidents}.",
  ["outcome.frozen_conflict"] = "Frozen conflict: the talks end without a settlement, with \z
    tension at {tension}. Incidents during the talks: {incidents}. Border demarcated, in km: {km}.",
  -- requests to the CSTO, sent with the orders (diplomacy.lua)
  ["request.mediation"] = "Ask the CSTO to mediate",
  ["request.mediation.description"] = "The bloc's chair is asked to sit between the two delegations. \z
    The CSTO's player learns of it, and the bloc's standing as a guarantor rises a little.",
  ["request.monitors"] = "Ask for CSTO monitors on the line",
  ["request.monitors.description"] = "A request for unarmed observers. They deploy only under a \z
    monitors clause that both states and the CSTO sign; the request tells the CSTO you would sign one.",
  ["request.peacekeepers"] = "Ask for CSTO peacekeepers",
  ["request.peacekeepers.description"] = "A request for a force between the two armies. It needs a \z
    peacekeepers clause signed by both states and the CSTO; the other side may well refuse.",

  -- the guided first game (tutorial.lua)
  ["tutorial.brief"] = "Start with your confidential brief, on the right. It says what your \z
    government wants from these talks, which lines it will not cross and what failure would cost \z
    it. Your score follows these objectives. Open it now.",
  ["tutorial.map"] = "The map is schematic: it draws the unsettled sectors of the border and takes \z
    no side on where the line should run. Point at a sector to see its length, its status and the \z
    forces each side keeps there. Tension, at the top, rises with every incident.",
  ["tutorial.briefing_over"] = "Each month opens with a briefing, then come diplomacy, orders and \z
    the results. When you have read the news, click End step. Diplomacy begins once every side has \z
    done the same.",
  ["tutorial.ceasefire"] = "Now table a ceasefire. Open the negotiation table and its Propose tab, \z
    tick the side you are writing to, tick Ceasefire and choose how many months it should last, \z
    then click Propose. If the rules would refuse the package, the reason shows before you send it.",
  ["tutorial.answer"] = "Offers addressed to you wait under Offers, with the sender's explanation. \z
    Accept, reject, or counter with a version of your own. A package binds only when every party \z
    named in it has accepted.",
  ["tutorial.message"] = "Not everything belongs in a package. Open Messages to write to everyone, \z
    or privately to the sides you choose: a public word of goodwill, or a quiet signal before your \z
    next offer.",
  ["tutorial.rounds"] = "Diplomacy runs in rounds. When you have nothing more to table this round, \z
    click End step. After a round with no new offer, or after the last round, the orders phase \z
    begins.",
  ["tutorial.request"] = "With your orders you can send the CSTO a request: mediation, monitors on \z
    the line, or peacekeepers. Open your orders and tick the one that would help you most. The \z
    CSTO hears of it when the month is resolved.",
  ["tutorial.orders"] = "Orders are sealed and given by everyone at once. Set troops and heavy \z
    weapons sector by sector: pulling heavy weapons back calms the line, and breaking a signed \z
    withdrawal may be seen. Check the summary, then click End turn with these orders.",
  ["tutorial.month_over"] = "The month is resolved. The turn report lists what changed: meters, \z
    agreements, breaches and news. Click End step to begin the next month. That is the whole \z
    cycle, and the end of the tutorial.",
}
