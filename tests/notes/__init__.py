"""A content kind that exists only in the tests: the proof that a kind is a model, a
card builder and templates. The package is not edited to serve it; its lists, cards,
details, search, embeds, oEmbed, engagement and schema come from the registry."""
