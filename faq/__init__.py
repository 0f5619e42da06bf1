"""The curated FAQ: data built from the help center, matching, and the domain filter."""
