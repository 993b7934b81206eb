"""Use cases: each takes the opened register and the acting account, returns plain data and Changes."""
