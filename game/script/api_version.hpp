// The Lua API version: one integer, defined here and nowhere else.
#pragma once

namespace accord::script {

inline constexpr int kApiVersion = 1;

}  // namespace accord::script
