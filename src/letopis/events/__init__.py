"""Events: CAMEO coding of sentences from predicates, their arguments and the actor layer."""
