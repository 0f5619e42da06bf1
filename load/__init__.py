"""`make load`: a bounded load test of the whole service on loopback."""
