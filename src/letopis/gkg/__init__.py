"""Global-knowledge layers beyond events: quotes with their speakers (``gkg.quotes``)."""
