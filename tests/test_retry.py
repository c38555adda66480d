from email.utils import formatdate

import pytest

from mistralkit import RetryPolicy
from mistralkit._retry import retry_after_seconds


def test_backoff_is_full_jitter_between_zero_and_exponential_bound():
    assert RetryPolicy(random=lambda: 1.0).backoff(1) == 0.5
    assert RetryPolicy(random=lambda: 1.0).backoff(2) == 1.0
    assert RetryPolicy(random=lambda: 1.0).backoff(3) == 2.0
    assert RetryPolicy(random=lambda: 0.0).backoff(3) == 0.0
    assert RetryPolicy(random=lambda: 0.5).backoff(2) == 0.5


def test_backoff_is_capped():
    policy = RetryPolicy(backoff_base=1.0, backoff_cap=3.0, random=lambda: 1.0)
    assert policy.backoff(10) == 3.0


def test_backoff_draws_vary():
    policy = RetryPolicy()
    draws = {policy.backoff(3) for _ in range(50)}
    assert len(draws) > 40
    assert all(0 <= d <= 2.0 for d in draws)


@pytest.mark.parametrize(
    "headers, expected",
    [
        ({"retry-after-ms": "150"}, 0.15),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": "-4"}, 0.0),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "junk", "retry-after": "2"}, 2.0),
        ({"retry-after": "soon"}, None),
        ({"retry-after": "nan"}, None),
        ({}, None),
    ],
)
def test_retry_after_parsing(headers, expected):
    assert retry_after_seconds(headers) == expected


def test_retry_after_http_date():
    now = 1_700_000_000.0
    header = formatdate(now + 30, usegmt=True)
    assert retry_after_seconds({"retry-after": header}, now=now) == pytest.approx(30, abs=1)
    past = formatdate(now - 30, usegmt=True)
    assert retry_after_seconds({"retry-after": past}, now=now) == 0.0


def test_delay_prefers_server_and_caps_it():
    policy = RetryPolicy(max_retry_after=10, random=lambda: 1.0)
    assert policy.delay(1, {"retry-after": "4"}) == 4.0
    assert policy.delay(1, {"retry-after": "400"}) == 10.0
    assert policy.delay(2, {}) == 1.0
    assert policy.delay(2, None) == 1.0


def test_status_rule_and_override():
    policy = RetryPolicy()
    for status in (408, 409, 429, 500, 502, 503, 504):
        assert policy.should_retry_status(status, {})
    for status in (400, 401, 403, 404, 422, 501):
        assert not policy.should_retry_status(status, {})
    assert not policy.should_retry_status(503, {"x-should-retry": "false"})
    assert policy.should_retry_status(400, {"x-should-retry": "true"})
    assert policy.should_retry_status(503, {"x-should-retry": "maybe"})


def test_policy_rejects_nonsense():
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError):
        RetryPolicy(deadline=0)
