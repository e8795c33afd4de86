"""A local web of username-check sites, and the runs of footprint, Sherlock and Maigret against it.

Used by ``bench/username_checks.py`` (issues #15/#16) and its test. ``sites``
says what each site is, ``server`` answers for it, ``formats`` writes the
same sites as a WhatsMyName list, a Sherlock ``data.json`` and a Maigret
database, ``peers`` installs and runs Sherlock and Maigret, ``scoring``
turns each tool's output into per-site verdicts.
"""
