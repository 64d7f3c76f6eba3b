// Tests of the per-turn state hash and the cache that lets it read only the new history.
#include <catch2/catch.hpp>

#include "game/core/model.hpp"
#include "game/core/state_hash.hpp"

using namespace accord::core;

namespace {

Offer offerAt(int id, int turn, OfferStatus status) {
  Offer o;
  o.id = id;
  o.from = "a";
  o.to = {"b"};
  o.turn = turn;
  o.status = status;
  o.clauses = {Clause{"ceasefire", {{"months", ParamValue{int64_t{6}}}}}};
  o.responses = {{"b", Response::None}};
  return o;
}

}  // namespace

TEST_CASE("[core] the state hash with its history cache equals the hash read in full, turn after turn") {
  GameState s;
  HistoryHashCache cache;
  int id = 0;
  for (int turn = 1; turn <= 6; ++turn) {
    s.turn = turn;
    // Last month's offers are settled before this month's are made.
    for (auto& o : s.offers) {
      if (o.status == OfferStatus::Open) o.status = OfferStatus::Expired;
    }
    s.offers.push_back(offerAt(++id, turn, OfferStatus::Open));
    s.news.push_back(NewsItem{turn, "news of month " + std::to_string(turn) + ", long enough to take several words", {}, "t"});
    s.messages.push_back(Message{turn, "a", {"b"}, "hello"});
    CHECK(hashState(s, &cache) == hashState(s));
    // This month's items may still change, and the cached hash sees it.
    s.offers.back().responses["b"] = Response::Accept;
    s.news.back().text += ".";
    CHECK(hashState(s, &cache) == hashState(s));
    CHECK(cache.news.count == static_cast<size_t>(turn - 1));
  }
}

TEST_CASE("[core] the history cache starts again on a state with less history") {
  GameState big;
  big.turn = 5;
  for (int i = 1; i <= 4; ++i) big.news.push_back(NewsItem{i, "item", {}, ""});
  HistoryHashCache cache;
  (void)hashState(big, &cache);
  REQUIRE(cache.news.count == 4);
  GameState small;
  small.turn = 3;
  small.news.push_back(NewsItem{1, "other", {}, ""});
  CHECK(hashState(small, &cache) == hashState(small));
}

TEST_CASE("[core] the state hash tells apart states that differ in an old news item") {
  GameState a;
  a.turn = 3;
  a.news = {NewsItem{1, "first words", {}, ""}, NewsItem{2, "second", {}, ""}};
  GameState b = a;
  b.news[0].text = "first word";
  CHECK(hashState(a) != hashState(b));
}
