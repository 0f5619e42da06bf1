"""`make bench`: speed measured side by side on this machine."""
