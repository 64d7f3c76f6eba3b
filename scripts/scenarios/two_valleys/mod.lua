-- The manifest. The engine reads it in an environment with no functions at all, so it holds
-- nothing but one table literal: no calls, no concatenation, no variables. A long string is
-- wrapped with \z, which skips the line break and the indentation that follow it.
return {
  id = "two_valleys",
  title = "Two Valleys",
  version = "1.0.0",
  api = 1,
  authors = { "Accord contributors" },
  languages = { "en", "ru" },
  summary = "A small fictional border dispute between an upstream and a downstream republic, \z
    mediated by their security pact. The worked example for scenario authors: it uses every hook.",
}
