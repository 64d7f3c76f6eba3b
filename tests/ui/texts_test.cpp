// The window's words and numbers in each language.
#include <catch2/catch.hpp>

#include "game/ui/texts.hpp"

namespace {

accord::ui::Texts texts(const std::string& lang) {
  auto t = accord::ui::Texts::load(lang);
  REQUIRE(t);
  return std::move(*t);
}

}  // namespace

TEST_CASE("[ui] a number with decimals takes a decimal comma in Russian and a point in English") {
  const auto en = texts("en");
  const auto ru = texts("ru");
  CHECK(en.decimal(12.5, 1) == "12.5");
  CHECK(ru.decimal(12.5, 1) == "12,5");
  CHECK(ru.decimal(-0.25, 2) == "-0,25");
  CHECK(ru.decimal(1234.56, 1) == "1234,6");
  SECTION("without decimals there is nothing to separate") {
    CHECK(en.decimal(12.5, 0) == "12");
    CHECK(ru.decimal(13.0, 0) == "13");
  }
}
