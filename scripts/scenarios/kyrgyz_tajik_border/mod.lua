-- The manifest: one table literal, read in an environment with no functions at all.
return {
  id = "kyrgyz_tajik_border",
  title = "The Kyrgyz–Tajik Border, 2023",
  version = "0.2.0",
  api = 1,
  authors = { "Accord contributors" },
  languages = { "en", "ru" },
  summary = "March 2023: half a year after the worst fighting on the Kyrgyz–Tajik border, the \z
    two states and their security bloc, the CSTO, look for a ceasefire that holds, a pull-back of \z
    heavy weapons and a way to finish demarcating the last third of the line.",
}
