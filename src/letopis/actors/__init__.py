"""Actors: entity mentions, their normal forms and (later) their CAMEO actor codes."""
