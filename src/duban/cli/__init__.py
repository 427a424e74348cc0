"""The `duban` command line: each command forwards to the Python API of the same name."""
