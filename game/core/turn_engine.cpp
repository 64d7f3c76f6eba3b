// The turn engine: five phases a turn, validation with reasons, sealed orders, rules at fixed points.
#include "turn_engine.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <utility>

#include "engine_text.hpp"
#include "state_hash.hpp"
#include "utility.hpp"

namespace accord::core {
namespace {

constexpr int kMaxForce = 1'000'000;
constexpr size_t kMaxMessageBytes = 4000;
constexpr size_t kMaxClauses = 32;

// A refusal in the engine's words: the code and its arguments, with the English filled in.
Unexpected<Refusal> refuse(std::string_view code, TextArgs args = {}) {
  std::string english = englishText(code, args);
  return fail(Refusal{std::move(english), std::string(code), std::move(args)});
}

// A refusal in the rules' own words, which are shown as they are.
Unexpected<Refusal> refuseInRulesWords(std::string reason) { return fail(Refusal{std::move(reason), {}, {}}); }

// Whether `actor` may still answer (or counter) offer `o`.
Result<void, Refusal> checkAnswerable(const Offer& o, const ActorId& actor) {
  const std::string id = std::to_string(o.id);
  if (o.status != OfferStatus::Open) return refuse("offer_closed", {{"offer", id}, {"status", toString(o.status)}});
  if (!contains(o.to, actor)) return refuse("offer_not_to", {{"offer", id}, {"actor", actor}});
  if (o.responses.at(actor) != Response::None) return refuse("already_answered", {{"offer", id}, {"actor", actor}});
  return {};
}

// What is wrong with one parameter's value: a code of kEngineTexts and its own arguments (the
// caller adds the clause and the parameter).
std::optional<EngineText> checkParam(const GameState& s, const ParamDef& def, const ParamValue& v) {
  switch (def.kind) {
    case ParamKind::Int: {
      const auto* i = std::get_if<int64_t>(&v);
      if (!i) return EngineText{"param_not_integer", {}};
      if (*i < def.min || *i > def.max) {
        return EngineText{"param_out_of_range", {{"value", std::to_string(*i)}, {"min", std::to_string(def.min)}, {"max", std::to_string(def.max)}}};
      }
      if (def.step > 1 && (*i - def.min) % def.step != 0) {
        return EngineText{"param_not_multiple", {{"step", std::to_string(def.step)}, {"min", std::to_string(def.min)}}};
      }
      return std::nullopt;
    }
    case ParamKind::Bool:
      if (!std::holds_alternative<bool>(v)) return EngineText{"param_not_bool", {}};
      return std::nullopt;
    case ParamKind::Enum: {
      const auto* e = std::get_if<std::string>(&v);
      if (!e) return EngineText{"param_not_named", {}};
      if (std::find(def.options.begin(), def.options.end(), *e) == def.options.end()) {
        std::string opts;
        for (const auto& o : def.options) opts += (opts.empty() ? "" : ", ") + o;
        return EngineText{"param_not_option", {{"value", *e}, {"options", opts}}};
      }
      return std::nullopt;
    }
    case ParamKind::Sectors: {
      const auto* list = std::get_if<std::vector<std::string>>(&v);
      if (!list) return EngineText{"param_not_sectors", {}};
      if (list->empty()) return EngineText{"param_no_sector", {}};
      // Each id is a known sector named once, so the list seen is never longer than the map.
      std::vector<std::string_view> seen;
      for (const auto& id : *list) {
        if (!findSector(s, id)) return EngineText{"param_unknown_sector", {{"sector", id}}};
        if (std::find(seen.begin(), seen.end(), id) != seen.end()) return EngineText{"param_sector_twice", {{"sector", id}}};
        seen.push_back(id);
      }
      return std::nullopt;
    }
  }
  return std::nullopt;
}

Clause canonical(Clause c) {
  for (auto& [name, value] : c.params) {
    if (auto* list = std::get_if<std::vector<std::string>>(&value)) std::sort(list->begin(), list->end());
  }
  return c;
}

// A utility figure as a player reads it: one decimal, none when it is whole.
std::string figure(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string out = buf;
  if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
  return out == "-0" ? "0" : out;
}

// The blocs a package commits: those named among the signers of its clause types, in actor order.
std::vector<const Actor*> committedBlocs(const GameState& s, const std::vector<Clause>& package) {
  std::vector<const Actor*> out;
  for (const auto& actor : s.actors) {
    if (actor.kind != ActorKind::Bloc) continue;
    const bool signs = std::any_of(package.begin(), package.end(), [&](const Clause& c) {
      const ClauseType* type = findClauseType(s, c.type);
      return type && contains(type->signers, actor.id);
    });
    if (signs) out.push_back(&actor);
  }
  return out;
}

// One member's vote: no when the package crosses one of its red lines or is worth less to it than
// no new agreement; yes when it has no utility table to judge by.
BlocVote memberVote(const GameState& s, const ActorId& member, const std::vector<Clause>& inForce, const std::vector<Clause>& package) {
  auto it = s.utilities.find(member);
  if (it == s.utilities.end()) return {};
  const UtilitySpec& spec = it->second;
  // The scenario's own words come as they are; the engine's fallbacks come with their code.
  auto inEngineWords = [](std::string_view code, TextArgs args) {
    std::string english = englishText(code, args);
    return BlocVote{false, std::move(english), std::string(code), std::move(args)};
  };
  if (auto crossing = crossedRedLine(spec, inForce, package)) {
    if (!crossing->line->text.empty()) return {false, crossing->line->text};
    return inEngineWords("red_line", {{"line", crossing->line->id}});
  }
  const double worth = utilityOf(spec, inForce, package);
  const double reservation = reservationOf(spec, inForce, s.meters);
  if (worth >= reservation) return {};
  if (!spec.declines.empty()) return {false, spec.declines};
  const Actor* a = findActor(s, member);
  return inEngineWords("worth_less", {{"worth", figure(worth)}, {"member", a ? a->name : member}, {"reservation", figure(reservation)}});
}

// The veto of `member` for its no vote: "vetoed by <member>: <reason>", with the vote's own
// sentence nested under "reason" when the reason is the engine's.
EngineText vetoText(const GameState& s, const ActorId& member, const BlocVote& vote) {
  const Actor* a = findActor(s, member);
  EngineText veto{"bloc_veto", {{"member", a ? a->name : member}, {"reason", vote.reason}}};
  if (!vote.code.empty()) nestText(veto.args, "reason", vote.code, vote.args);
  return veto;
}

// A bloc's consensus on a package: every member votes, and the first no in member order vetoes.
struct Ballot {
  std::map<ActorId, BlocVote> votes;
  std::optional<EngineText> veto;  // "vetoed by <member>: <reason>"
};

// Every member votes, unless `untilVeto`: then the ballot ends at the first no, which is all a
// check needs (the votes after it are left out).
Ballot holdBallot(const GameState& s, const Actor& bloc, const std::vector<Clause>& package, bool untilVeto = false) {
  Ballot b;
  const std::vector<Clause> inForce = clausesInForce(s.agreements);
  for (const auto& member : bloc.members) {
    BlocVote vote = memberVote(s, member, inForce, package);
    if (!vote.yes && !b.veto) b.veto = vetoText(s, member, vote);
    b.votes[member] = std::move(vote);
    if (b.veto && untilVeto) break;
  }
  return b;
}

// The ballot of the bloc proposing `package`, when the package commits it.
std::optional<Ballot> proposerBallot(const GameState& s, const ActorId& proposer, const std::vector<Clause>& package,
                                     bool untilVeto = false) {
  for (const Actor* bloc : committedBlocs(s, package)) {
    if (bloc->id == proposer) return holdBallot(s, *bloc, package, untilVeto);
  }
  return std::nullopt;
}

}  // namespace

std::string RuleError::headline() const {
  std::string out = "mod '" + mod + "', hook '" + hook + "', turn " + std::to_string(turn) + ": ";
  if (!file.empty()) out += file + ":" + std::to_string(line) + ": ";
  return out + message;
}

TurnEngine::TurnEngine(Rules& rules, EngineConfig config) : m_rules(rules), m_config(config), m_rng(config.seed) {
  m_state.maxTurns = config.maxTurns;
  m_state.maxRounds = std::max(1, config.maxRounds);
}

namespace {
// What a snapshot leaves out, lifted off a state and put back: the history, and once setup is
// over the model the scenario declared (setup-only bindings cannot change it afterwards).
struct Unchanging {
  std::vector<Offer> offers;
  std::vector<Agreement> agreements;
  std::vector<Message> messages;
  std::vector<NewsItem> news;
  bool model = false;
  std::vector<MeterDef> meterDefs;
  std::vector<Exclave> exclaves;
  std::vector<ClauseType> clauseTypes;
  std::map<ActorId, Brief> briefs;
  std::map<ActorId, UtilitySpec> utilities;
  std::vector<OptionDef> optionDefs;
  std::vector<RequestDef> requestDefs;
  std::vector<Hint> hints;
  std::map<std::string, std::string> options;
  // No binding writes the orders, the scores or who has passed: only the engine does, between hooks.
  std::map<ActorId, Orders> orders;
  std::map<ActorId, Orders> lastOrders;
  std::map<ActorId, int> scores;
  std::set<ActorId> passed;

  explicit Unchanging(GameState& s)
      : offers(std::move(s.offers)), agreements(std::move(s.agreements)), messages(std::move(s.messages)), news(std::move(s.news)) {
    model = s.phase != Phase::Setup;
    if (!model) return;
    meterDefs = std::move(s.meterDefs);
    exclaves = std::move(s.exclaves);
    clauseTypes = std::move(s.clauseTypes);
    briefs = std::move(s.briefs);
    utilities = std::move(s.utilities);
    optionDefs = std::move(s.optionDefs);
    requestDefs = std::move(s.requestDefs);
    hints = std::move(s.hints);
    options = std::move(s.options);
    orders = std::move(s.orders);
    lastOrders = std::move(s.lastOrders);
    scores = std::move(s.scores);
    passed = std::move(s.passed);
  }
  void putBack(GameState& s) {
    s.offers = std::move(offers);
    s.agreements = std::move(agreements);
    s.messages = std::move(messages);
    s.news = std::move(news);
    if (!model) return;
    s.meterDefs = std::move(meterDefs);
    s.exclaves = std::move(exclaves);
    s.clauseTypes = std::move(clauseTypes);
    s.briefs = std::move(briefs);
    s.utilities = std::move(utilities);
    s.optionDefs = std::move(optionDefs);
    s.requestDefs = std::move(requestDefs);
    s.hints = std::move(hints);
    s.options = std::move(options);
    s.orders = std::move(orders);
    s.lastOrders = std::move(lastOrders);
    s.scores = std::move(scores);
    s.passed = std::move(passed);
  }
};
}  // namespace

TurnEngine::Snapshot TurnEngine::snapshot() {
  Unchanging history(m_state);
  // Copied over the last snapshot's state, so that its strings, lists and map nodes are reused.
  Snapshot s{std::move(m_spare), history.news.size(), m_rng};
  s.state = m_state;
  history.putBack(m_state);
  return s;
}

void TurnEngine::recycle(std::optional<Snapshot>& before) {
  if (before) m_spare = std::move(before->state);
  before.reset();
}

void TurnEngine::restore(Snapshot&& s) {
  Unchanging history(m_state);
  if (!history.model) {
    // During setup everything the hook declared goes: the snapshot has the whole state.
    m_state = std::move(s.state);
    m_rng = std::move(s.rng);
    return;
  }
  m_state = std::move(s.state);
  history.news.resize(std::min(history.news.size(), s.news));
  history.putBack(m_state);
  m_rng = std::move(s.rng);
}

World TurnEngine::lazyWorld(std::optional<Snapshot>& before) {
  if (!m_rules.reportsChanges()) before = snapshot();
  return World{m_state, m_rng, [this, &before] {
                 if (!before) before = snapshot();
               }};
}

// Calls one hook into `result`. When it fails, the state and the random streams go back to
// `before` (taken at the hook's first change, and used up), the error is recorded, and false is
// returned. A hook that changed nothing needs no snapshot and none is taken.
template <class R, class F>
bool TurnEngine::callHook(std::optional<Snapshot>& before, R& result, F&& call) {
  World world = lazyWorld(before);
  result = call(world);
  if (!result.error) return true;
  if (before) restore(std::move(*before));
  before.reset();
  result.error->turn = m_state.turn;
  m_errors.push_back(std::move(*result.error));
  return false;
}

// Runs one hook; on failure the state and the random streams return to what they were before it.
template <class T, class F>
std::optional<T> TurnEngine::runHook(F&& call) {
  std::optional<Snapshot> before;
  HookResult<T> r;
  const bool ok = callHook(before, r, call);
  recycle(before);
  if (!ok) return std::nullopt;
  return std::move(r.value);
}

template <class F>
bool TurnEngine::runVoidHook(F&& call) {
  std::optional<Snapshot> before;
  HookResult<void> r;
  const bool ok = callHook(before, r, call);
  recycle(before);
  return ok;
}

Result<void, RuleError> TurnEngine::start() {
  m_state.phase = Phase::Setup;
  if (!runVoidHook([&](World& w) { return m_rules.onSetup(w); })) return fail(m_errors.back());
  if (m_config.maxTurns > 0) m_state.maxTurns = m_config.maxTurns;
  if (m_state.maxTurns <= 0) m_state.maxTurns = 24;
  if (playableActors(m_state).empty()) {
    return fail(RuleError{m_rules.modId(), "on_setup", 0, "", 0, "the scenario declares no playable role", "", ""});
  }
  // Meters the scenario declared but did not set start at their declared initial value.
  for (const auto& def : m_state.meterDefs) {
    if (def.perActor) {
      for (auto& a : m_state.actors) a.meters.try_emplace(def.id, def.initial);
    } else {
      m_state.meters.try_emplace(def.id, def.initial);
    }
  }
  beginTurn();
  return {};
}

namespace {

bool waits(const GameState& s, const Actor& a) {
  if (!a.playable) return false;
  switch (s.phase) {
    case Phase::Briefing:
    case Phase::Diplomacy:
    case Phase::Review:
      return !s.passed.count(a.id);
    case Phase::Orders:
      return !s.orders.count(a.id);
    default:
      return false;
  }
}

}  // namespace

std::vector<ActorId> TurnEngine::waitingFor() const {
  std::vector<ActorId> out;
  for (const auto& a : m_state.actors) {
    if (waits(m_state, a)) out.push_back(a.id);
  }
  return out;
}

bool TurnEngine::waitsFor(const ActorId& actor) const {
  const Actor* a = findActor(m_state, actor);
  return a && waits(m_state, *a);
}

bool TurnEngine::waitsForAnyone() const { return firstWaiting() != nullptr; }

const ActorId* TurnEngine::firstWaiting() const {
  for (const auto& a : m_state.actors) {
    if (waits(m_state, a)) return &a.id;
  }
  return nullptr;
}

SharedParts TurnEngine::sharedParts(const ActorId& role, ViewScope scope) const {
  SharedParts shared;
  if (m_state.phase != Phase::Setup) {
    auto it = m_sharedUtilities.find(role);
    if (it == m_sharedUtilities.end()) {
      auto spec = m_state.utilities.find(role);
      it = m_sharedUtilities.emplace(role, spec == m_state.utilities.end() ? nullptr : std::make_shared<const UtilitySpec>(spec->second)).first;
    }
    shared.utility = it->second;
    if (!m_sharedClauseTypes) m_sharedClauseTypes = std::make_shared<const std::vector<ClauseType>>(m_state.clauseTypes);
    shared.clauseTypes = m_sharedClauseTypes;
  }
  if (scope == ViewScope::Decision) {
    m_decisionSectors = decisionSectors(m_state, std::move(m_decisionSectors));
    shared.decisionSectors = m_decisionSectors;
    m_decisionAgreements = decisionAgreements(m_state, std::move(m_decisionAgreements));
    shared.decisionAgreements = m_decisionAgreements;
  }
  return shared;
}

RoleView TurnEngine::view(const ActorId& role, ViewScope scope) const {
  return makeRoleView(m_state, role, waitsFor(role), scope, sharedParts(role, scope));
}

const RoleView& TurnEngine::decisionView(const ActorId& role) const {
  RoleView& v = m_decisionViews[role];
  fillRoleView(v, m_state, role, waitsFor(role), ViewScope::Decision, sharedParts(role, ViewScope::Decision));
  return v;
}

Result<void, Refusal> TurnEngine::submit(const Command& c) {
  // A proposal of the very package the dry run just checked, in this very state, was validated
  // then: only who sends it, and when, is left to check.
  const auto* p = c.kind == CommandKind::Propose ? std::get_if<ProposePayload>(&c.payload) : nullptr;
  const bool checked = p && m_lastCheck && m_lastCheck->log == m_log.size() && m_lastCheck->actor == c.actor && m_lastCheck->payload == *p;
  if (auto ok = checked ? validateSender(c.turn, c.phase, c.actor) : validate(c); !ok) return ok;
  if (checked) m_lastCheck->confirmed = true;
  m_log.push_back(c);
  return apply(c);
}

std::optional<std::string> TurnEngine::checkProposal(const ActorId& actor, const ProposePayload& p) {
  auto refusal = proposalRefusal(actor, p);
  if (!refusal) return std::nullopt;
  return std::move(refusal->reason);
}

std::optional<ProposalRefusal> TurnEngine::proposalRefusal(const ActorId& actor, const ProposePayload& p) {
  auto engineRefusal = [](const Refusal& r) { return ProposalRefusal{r.reason, {}, r.code, r.args}; };
  if (auto ok = validateSender(m_state.turn, m_state.phase, actor); !ok) return engineRefusal(ok.error());
  std::optional<std::map<ActorId, BlocVote>> votes;
  if (auto ok = validatePropose(actor, p, &votes); !ok) return engineRefusal(ok.error());
  Offer offer = draftOffer(actor, p, std::move(votes));
  // The hook runs on the game itself, which is put back as it was whatever the hook did.
  std::optional<Snapshot> before;
  World world = lazyWorld(before);
  HookResult<std::optional<ProposalRefusal>> verdict = m_rules.onProposal(world, offer);
  m_lastCheck.reset();
  if (before) {
    restore(std::move(*before));
  } else if (!verdict.error) {
    // The hook changed nothing, so its verdict is a function of this state: a proposal of exactly
    // this package submitted next, before anything else happens, is judged by it.
    m_lastCheck = CheckedProposal{m_log.size(), actor, p, verdict.value, false, std::move(offer)};
  }
  if (verdict.error) return std::nullopt;
  return std::move(verdict.value);
}

std::optional<Orders> TurnEngine::suggestOrders(const ActorId& actor, const std::string& persona) {
  std::optional<Snapshot> before;
  World world = lazyWorld(before);
  HookResult<std::optional<Orders>> r = m_rules.aiOrders(world, actor, persona);
  if (before) restore(std::move(*before));
  if (r.error) {
    r.error->turn = m_state.turn;
    m_errors.push_back(std::move(*r.error));
    return std::nullopt;
  }
  return std::move(r.value);
}

Result<void, Refusal> TurnEngine::validateSender(int turn, Phase phase, const ActorId& actor) const {
  const GameState& s = m_state;
  if (s.phase == Phase::Ended) return refuse("game_over");
  if (s.phase == Phase::Setup) return refuse("not_started");
  if (turn != s.turn || phase != s.phase) {
    return refuse("wrong_step", {{"turn", std::to_string(turn)}, {"phase", toString(phase)}, {"now_turn", std::to_string(s.turn)},
                                 {"now_phase", toString(s.phase)}});
  }
  const Actor* a = findActor(s, actor);
  if (!a) return refuse("unknown_actor", {{"actor", actor}});
  if (!a->playable) return refuse("not_playable", {{"actor", actor}});
  return {};
}

Result<void, Refusal> TurnEngine::validate(const Command& c) const {
  const GameState& s = m_state;
  if (auto ok = validateSender(c.turn, c.phase, c.actor); !ok) return ok;

  switch (c.kind) {
    case CommandKind::Pass:
      if (!std::holds_alternative<std::monostate>(c.payload)) return refuse("pass_payload");
      if (s.phase == Phase::Orders) {
        if (s.orders.count(c.actor)) return refuse("orders_given", {{"actor", c.actor}});
      } else if (s.passed.count(c.actor)) {
        return refuse("step_finished", {{"actor", c.actor}});
      }
      return {};
    case CommandKind::Propose: {
      const auto* p = std::get_if<ProposePayload>(&c.payload);
      if (!p) return refuse("proposal_payload");
      return validatePropose(c.actor, *p);
    }
    case CommandKind::Respond: {
      const auto* r = std::get_if<RespondPayload>(&c.payload);
      if (!r) return refuse("response_payload");
      if (s.phase != Phase::Diplomacy) return refuse("answer_phase");
      if (s.passed.count(c.actor)) return refuse("round_ended", {{"actor", c.actor}});
      const Offer* o = findOffer(s, r->offerId);
      if (!o) return refuse("no_offer", {{"offer", std::to_string(r->offerId)}});
      if (auto ok = checkAnswerable(*o, c.actor); !ok) return ok;
      if (r->response == Response::None) return refuse("response_none");
      return {};
    }
    case CommandKind::Message: {
      const auto* m = std::get_if<MessagePayload>(&c.payload);
      if (!m) return refuse("message_payload");
      if (s.phase != Phase::Diplomacy && s.phase != Phase::Orders && s.phase != Phase::Briefing) return refuse("message_phase");
      if (m->text.empty()) return refuse("message_empty");
      if (m->text.size() > kMaxMessageBytes) return refuse("message_long", {{"max", std::to_string(kMaxMessageBytes)}});
      for (const auto& to : m->to) {
        const Actor* a = findActor(s, to);
        if (!a || !a->playable) return refuse("unknown_recipient", {{"recipient", to}});
        if (to == c.actor) return refuse("message_self");
      }
      return {};
    }
    case CommandKind::SubmitOrders: {
      const auto* o = std::get_if<Orders>(&c.payload);
      if (!o) return refuse("orders_payload");
      if (s.phase != Phase::Orders) return refuse("orders_phase");
      if (s.orders.count(c.actor)) return refuse("orders_given", {{"actor", c.actor}});
      return validateOrders(*o);
    }
  }
  return refuse("unknown_command");
}

Result<void, Refusal> TurnEngine::validatePropose(const ActorId& actor, const ProposePayload& p,
                                                  std::optional<std::map<ActorId, BlocVote>>* votes) const {
  const GameState& s = m_state;
  if (s.phase != Phase::Diplomacy) return refuse("offer_phase");
  if (s.passed.count(actor)) return refuse("round_ended", {{"actor", actor}});
  if (p.to.empty()) return refuse("no_addressee");
  // A package names a handful of parties and clauses: short lists of names beat sets here.
  std::vector<std::string_view> parties{actor};
  for (const auto& to : p.to) {
    const Actor* a = findActor(s, to);
    if (!a) return refuse("unknown_addressee", {{"addressee", to}});
    if (!a->playable) return refuse("addressee_no_seat", {{"addressee", to}});
    if (std::find(parties.begin(), parties.end(), to) != parties.end()) return refuse("addressee_twice", {{"addressee", to}});
    parties.push_back(to);
  }
  if (p.clauses.empty()) return refuse("no_clauses");
  if (p.clauses.size() > kMaxClauses) return refuse("too_many_clauses", {{"max", std::to_string(kMaxClauses)}});
  std::vector<std::string_view> types;
  for (size_t i = 0; i < p.clauses.size(); ++i) {
    const Clause& clause = p.clauses[i];
    // Every refusal about one clause names it by its place in the package and its type.
    auto about = [&](std::string_view code, TextArgs args = {}) {
      args["index"] = std::to_string(i + 1);
      args["clause"] = clause.type;
      return refuse(code, std::move(args));
    };
    const ClauseType* type = findClauseType(s, clause.type);
    if (!type) return about("unknown_clause_type");
    if (std::find(types.begin(), types.end(), clause.type) != types.end()) return about("clause_twice");
    types.push_back(clause.type);
    for (const auto& def : type->params) {
      auto it = clause.params.find(def.id);
      if (it == clause.params.end()) return about("param_missing", {{"param", def.id}});
      if (auto problem = checkParam(s, def, it->second)) {
        problem->args["param"] = def.id;
        return about(problem->code, std::move(problem->args));
      }
    }
    for (const auto& [name, value] : clause.params) {
      const bool known = std::any_of(type->params.begin(), type->params.end(), [&](const ParamDef& d) { return d.id == name; });
      if (!known) return about("param_unknown", {{"param", name}});
    }
    for (const auto& signer : type->signers) {
      if (std::find(parties.begin(), parties.end(), signer) == parties.end()) return about("signer_missing", {{"signer", signer}});
    }
  }
  if (p.replyTo != 0) {
    const Offer* o = findOffer(s, p.replyTo);
    if (!o) return refuse("no_offer_to_counter", {{"offer", std::to_string(p.replyTo)}});
    if (auto ok = checkAnswerable(*o, actor); !ok) return ok;
  }
  // A bloc tabling a package that commits it needs its members' consent first. A veto is decided
  // by the state alone, so like the checks above it is refused before the log.
  if (auto ballot = proposerBallot(s, actor, p.clauses, true)) {
    if (ballot->veto) return refuse(ballot->veto->code, ballot->veto->args);
    if (votes) *votes = std::move(ballot->votes);
  }
  return {};
}

Result<void, Refusal> TurnEngine::validateOrders(const Orders& o) const {
  std::set<std::string> seen;
  for (const auto& f : o.forces) {
    if (!findSector(m_state, f.sector)) return refuse("orders_unknown_sector", {{"sector", f.sector}});
    if (!seen.insert(f.sector).second) return refuse("orders_sector_twice", {{"sector", f.sector}});
    if (f.troops < 0 || f.heavy < 0) return refuse("orders_negative", {{"sector", f.sector}});
    if (f.troops > kMaxForce || f.heavy > kMaxForce) return refuse("orders_too_large", {{"sector", f.sector}, {"max", std::to_string(kMaxForce)}});
  }
  for (const auto& st : o.statements) {
    if (st.size() > kMaxMessageBytes) return refuse("statement_long", {{"max", std::to_string(kMaxMessageBytes)}});
  }
  return {};
}

Result<void, Refusal> TurnEngine::apply(const Command& c) {
  switch (c.kind) {
    case CommandKind::Pass:
      applyPass(c.actor);
      return {};
    case CommandKind::Propose:
      return applyPropose(c, std::get<ProposePayload>(c.payload));
    case CommandKind::Respond:
      applyRespond(c.actor, std::get<RespondPayload>(c.payload));
      return {};
    case CommandKind::Message:
      applyMessage(c.actor, std::get<MessagePayload>(c.payload));
      return {};
    case CommandKind::SubmitOrders:
      applyOrders(c.actor, std::get<Orders>(c.payload));
      return {};
  }
  return {};
}

void TurnEngine::applyPass(const ActorId& actor) {
  if (m_state.phase == Phase::Orders) {
    applyOrders(actor, Orders{});
    return;
  }
  m_state.passed.insert(actor);
  if (waitsForAnyone()) return;
  m_state.passed.clear();
  switch (m_state.phase) {
    case Phase::Briefing:
      m_state.phase = Phase::Diplomacy;
      m_state.round = 1;
      m_state.roundActive = false;
      break;
    case Phase::Diplomacy:
      endRound();
      break;
    case Phase::Review:
      finishTurn();
      break;
    default:
      break;
  }
}

// The offer a valid proposal tables, with the proposing bloc's votes when the package commits it.
Offer TurnEngine::draftOffer(const ActorId& actor, const ProposePayload& p, std::optional<std::map<ActorId, BlocVote>> votes) const {
  Offer offer;
  offer.id = m_state.nextOfferId;
  offer.from = actor;
  offer.to = p.to;
  std::vector<Clause> clauses;
  clauses.reserve(p.clauses.size());
  for (const auto& clause : p.clauses) clauses.push_back(canonical(clause));
  offer.clauses = std::move(clauses);
  offer.turn = m_state.turn;
  offer.round = m_state.round;
  offer.replyTo = p.replyTo;
  offer.note = p.note;
  for (const auto& to : p.to) offer.responses[to] = Response::None;
  if (votes && offer.clauses.get() == p.clauses) {
    offer.votes = std::move(*votes);
  } else if (auto ballot = proposerBallot(m_state, actor, offer.clauses)) {
    offer.votes = std::move(ballot->votes);
  }
  return offer;
}

Result<void, Refusal> TurnEngine::applyPropose(const Command& c, const ProposePayload& p) {
  // The rules see the offer before it stands; a refusal leaves the state as it was. The command
  // stays in the log so a replay runs the rules exactly as the game did.
  std::optional<CheckedProposal> checked = std::move(m_lastCheck);
  m_lastCheck.reset();
  Offer offer;
  if (checked && checked->confirmed && checked->log + 1 == m_log.size()) {
    // The dry run just before saw this very package in this very state and changed nothing.
    if (checked->verdict) return refuseInRulesWords(std::move(checked->verdict->reason));
    offer = std::move(checked->offer);
  } else {
    offer = draftOffer(c.actor, p);
    std::optional<Snapshot> before;
    HookResult<std::optional<ProposalRefusal>> verdict;
    const bool ran = callHook(before, verdict, [&](World& w) { return m_rules.onProposal(w, offer); });
    if (ran && verdict.value) {
      if (before) restore(std::move(*before));
      return refuseInRulesWords(std::move(verdict.value->reason));
    }
    recycle(before);
  }

  m_state.nextOfferId++;
  m_state.roundActive = true;
  m_state.offers.push_back(std::move(offer));
  if (p.replyTo != 0) {
    // A counter-offer withdraws the earlier offer for the party that counters it.
    Offer* earlier = findOffer(m_state, p.replyTo);
    earlier->responses[c.actor] = Response::Reject;
    EngineText note{"countered", {{"offer", std::to_string(m_state.offers.back().id)}}};
    earlier->responseNotes[c.actor] = englishText(note.code, note.args);
    earlier->engineNotes[c.actor] = std::move(note);
    settleOffer(*earlier);
  }
  return {};
}

void TurnEngine::applyRespond(const ActorId& actor, const RespondPayload& r) {
  Offer* offer = findOffer(m_state, r.offerId);
  offer->responses[actor] = r.response;
  if (!r.note.empty()) offer->responseNotes[actor] = r.note;
  m_state.roundActive = true;
  settleOffer(*offer);
}

// An offer binds when every addressee has accepted; one rejection ends it. A package that commits
// a bloc binds only with the consent of the bloc's members, asked at that moment: their votes
// follow from the package and the state alone, so a ballot the proposing bloc already held is
// simply held again, and gives the same answer unless the state changed since.
void TurnEngine::settleOffer(Offer& offer) {
  bool all = true;
  for (const auto& [who, response] : offer.responses) {
    if (response == Response::Reject) {
      offer.status = OfferStatus::Rejected;
      return;
    }
    all = all && response == Response::Accept;
  }
  if (!all) return;

  std::optional<std::pair<ActorId, EngineText>> veto;
  offer.votes.clear();
  for (const Actor* bloc : committedBlocs(m_state, offer.clauses)) {
    Ballot ballot = holdBallot(m_state, *bloc, offer.clauses);
    for (auto& [member, vote] : ballot.votes) offer.votes[member] = std::move(vote);
    if (ballot.veto && !veto) veto.emplace(bloc->id, std::move(*ballot.veto));
  }
  if (veto) {
    offer.status = OfferStatus::Rejected;
    offer.responseNotes[veto->first] = englishText(veto->second.code, veto->second.args);
    offer.engineNotes[veto->first] = std::move(veto->second);
    return;
  }
  offer.status = OfferStatus::Agreed;

  Agreement a;
  a.id = m_state.nextAgreementId++;
  a.offerId = offer.id;
  for (const auto& actor : m_state.actors) {
    if (actor.id == offer.from || contains(offer.to, actor.id)) a.parties.push_back(actor.id);
  }
  a.clauses = offer.clauses;
  a.startTurn = m_state.turn;
  for (const auto& clause : a.clauses) {
    const ClauseType* type = findClauseType(m_state, clause.type);
    if (!type || type->durationParam.empty()) continue;
    auto it = clause.params.find(type->durationParam);
    if (it == clause.params.end()) continue;
    if (const auto* months = std::get_if<int64_t>(&it->second)) a.duration = std::max(a.duration, static_cast<int>(*months));
  }
  m_state.agreements.push_back(a);
  runVoidHook([&](World& w) { return m_rules.onAgreement(w, a); });
}

void TurnEngine::applyMessage(const ActorId& actor, const MessagePayload& m) {
  m_state.messages.push_back(Message{m_state.turn, actor, m.to, m.text});
}

void TurnEngine::applyOrders(const ActorId& actor, const Orders& o) {
  m_state.orders[actor] = o;
  if (!waitsForAnyone()) resolve();
}

void TurnEngine::beginTurn() {
  m_state.turn++;
  m_state.phase = Phase::Briefing;
  m_state.round = 0;
  m_state.roundActive = false;
  m_state.passed.clear();
  for (auto& a : m_state.agreements) {
    if (a.status == AgreementStatus::Active && a.duration > 0 && m_state.turn >= a.startTurn + a.duration) {
      a.status = AgreementStatus::Expired;
    }
  }
  runVoidHook([&](World& w) { return m_rules.onTurnStart(w); });
}

void TurnEngine::endRound() {
  if (m_state.round >= m_state.maxRounds || !m_state.roundActive) {
    closeDiplomacy();
    return;
  }
  m_state.round++;
  m_state.roundActive = false;
}

void TurnEngine::closeDiplomacy() {
  for (auto& o : m_state.offers) {
    if (o.status == OfferStatus::Open) o.status = OfferStatus::Expired;
  }
  m_state.phase = Phase::Orders;
}

void TurnEngine::resolve() {
  m_state.phase = Phase::Resolution;
  m_state.pendingViolations.clear();
  // Sealed orders take effect together, in the fixed actor order.
  for (const auto& actor : m_state.actors) {
    auto it = m_state.orders.find(actor.id);
    if (it == m_state.orders.end()) continue;
    for (const auto& f : it->second.forces) {
      Forces& forces = findSector(m_state, f.sector)->forces[actor.id];
      forces.troops = f.troops;
      forces.heavy = f.heavy;
    }
  }
  for (const auto& actor : m_state.actors) {
    auto it = m_state.orders.find(actor.id);
    if (it == m_state.orders.end()) continue;
    const Orders orders = it->second;
    runVoidHook([&](World& w) { return m_rules.onOrders(w, actor.id, orders); });
  }
  runVoidHook([&](World& w) { return m_rules.onResolve(w); });

  const std::vector<Violation> violations = std::move(m_state.pendingViolations);
  m_state.pendingViolations.clear();
  for (const auto& v : violations) {
    Agreement* a = findAgreement(m_state, v.agreementId);
    if (!a) continue;
    a->violations.push_back(v);
    runVoidHook([&](World& w) { return m_rules.onViolation(w, v); });
  }
  m_state.lastOrders = std::move(m_state.orders);
  m_state.orders.clear();
  review();
}

void TurnEngine::review() {
  m_state.phase = Phase::Review;
  m_state.passed.clear();
  for (const auto& id : playableActors(m_state)) {
    if (auto score = runHook<int>([&](World& w) { return m_rules.score(w, id); })) m_state.scores[id] = *score;
  }
  const bool lastTurn = m_state.turn >= m_state.maxTurns;
  auto outcome = runHook<std::optional<Outcome>>([&](World& w) { return m_rules.checkOutcome(w, lastTurn); });
  if (outcome && *outcome) {
    m_state.outcome = **outcome;
  } else if (lastTurn) {
    m_state.outcome = Outcome{"time_out", ""};
  }
  if (m_state.outcome) m_state.phase = Phase::Ended;
  m_turnHashes.push_back(hashState(m_state, &m_hashCache));
}

void TurnEngine::finishTurn() { beginTurn(); }

}  // namespace accord::core
