"""The ``letopis`` command line: one small module per command."""
