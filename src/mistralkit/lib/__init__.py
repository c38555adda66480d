"""Hand-written helpers built on the client: caching, circuit breaking, rate limiting and more."""
