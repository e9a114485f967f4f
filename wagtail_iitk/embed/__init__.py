"""Embedding the toolkit in other sites: iframe embeds, the oEmbed provider, the framing
policy that says who may frame them, and the snippets partners copy into their pages.

Nothing is imported here, so the models can use ``embed.headers`` without a cycle.
"""
