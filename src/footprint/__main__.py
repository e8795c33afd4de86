from footprint.cli import entry

entry()
