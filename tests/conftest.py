"""Suite-wide pytest configuration: markers only; fixtures live next to the tests that use them."""

from __future__ import annotations


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "contract: runs against the Stoplight Prism mock of spec/openapi.yaml (needs Node; skipped without it "
        "unless CI=true). Select with -m contract, leave out with -m 'not contract'.",
    )
    config.addinivalue_line("markers", "slow: large-file memory tests (run by default; leave out with -m 'not slow').")
