"""The per-call features a client may have: response cache, circuit breaker, rate limiter.

A client with none of them never calls into this module; with any, each call passes through
``run_sync``/``run_async`` around the core's own.
"""

from __future__ import annotations

import time
from typing import Any, Awaitable, Callable, Optional

from .._errors import APIStatusError

__all__ = ["Features", "make_features"]

_NO_CACHE = object()


class Features:
    __slots__ = ("cache", "breaker", "limiter")

    def __init__(self, cache: Any, breaker: Any, limiter: Any) -> None:
        self.cache = cache
        self.breaker = breaker
        self.limiter = limiter

    def _cache_key(self, client: Any, call: Any) -> Optional[str]:
        cache = self.cache
        if cache is None or call.raw or call.stream is not None or call.binary:
            return None
        options = call.options or {}
        if options.get("cache", True) is False:
            return None
        from ..lib.cache import cacheable

        if not cacheable(call.method, call.path):
            return None
        from .._models import dump_request
        from .._transport import _resolve_key

        settings = client._settings()
        extra = {k: options[k] for k in ("extra_headers", "http_headers", "extra_query", "extra_body") if options.get(k)}
        return str(cache.key(
            api_key=_resolve_key(settings),
            base_url=settings.base_url,
            method=call.method,
            path=call.path,
            query=dict(call.query or {}),
            body=dump_request(call.body) if call.body is not None else None,
            extra=dump_request(extra) if extra else None,
        ))

    def _cached(self, key: Optional[str], call: Any) -> Any:
        if key is None:
            return _NO_CACHE
        body = self.cache.get(key)
        if body is None:
            return _NO_CACHE
        from .._models import parse_json

        return parse_json(call.cast, body)

    def _before(self, call: Any) -> tuple[bool, float]:
        if self.breaker is not None:
            self.breaker.before(f"{call.method} {call.path}")
        tokens = 0.0
        limiter = self.limiter
        if limiter is not None and limiter.uses_tokens() and call.body is not None and call.files is None:
            from .._models import dump_request

            tokens = limiter.estimate_tokens(dump_request(call.body))
        user_raw = call.raw
        if limiter is not None or self.cache is not None:
            call.raw = True  # the answer's headers and body are needed, the caller still gets what it asked for
        return user_raw, tokens

    def _check_deadline(self, client: Any, call: Any, wait: float) -> None:
        # A wait that would outlast the call's deadline fails the call now, without sending it.
        from .._transport import deadline_for_wait

        settings = client._settings()
        try:
            deadline_for_wait(settings, call, settings.clock() if call.started is None else call.started, wait)
        except BaseException:
            # Nothing reached the API: no outcome to count, only a half-open trial slot to give back.
            if self.breaker is not None:
                self.breaker.release()
            raise

    def _failed(self, call: Any, exc: BaseException) -> None:
        if self.breaker is not None:
            self.breaker.record(exc)
        if self.limiter is not None:
            if isinstance(exc, APIStatusError):
                self.limiter.observe(exc.headers, exc.status_code)
            else:
                self.limiter.observe(None)

    def _succeeded(self, call: Any, result: Any, key: Optional[str], user_raw: bool) -> Any:
        if self.breaker is not None:
            self.breaker.record(None)
        if not call.raw:
            return result
        # A RawResponse: ours to look at, the caller's only if it asked for one.
        if self.limiter is not None:
            self.limiter.observe(result.headers, result.status_code)
        if self.cache is not None:
            from ..lib.cache import invalidates

            if key is not None and result.status_code == 200:
                self.cache.set(key, result.content)
            elif invalidates(call.method, call.path):
                self.cache.clear()
        return result if user_raw else result.parse()

    def run_sync(self, client: Any, call: Any, send: Callable[[Any], Any]) -> Any:
        key = self._cache_key(client, call)
        hit = self._cached(key, call)
        if hit is not _NO_CACHE:
            return hit
        user_raw, tokens = self._before(call)
        if self.limiter is not None:
            while True:
                wait = self.limiter.reserve(tokens)
                if wait <= 0:
                    break
                self._check_deadline(client, call, wait)
                time.sleep(wait)
        try:
            result = send(call)
        except BaseException as exc:
            self._failed(call, exc)
            raise
        return self._succeeded(call, result, key, user_raw)

    async def run_async(self, client: Any, call: Any, send: Callable[[Any], Awaitable[Any]]) -> Any:
        key = self._cache_key(client, call)
        hit = self._cached(key, call)
        if hit is not _NO_CACHE:
            return hit
        user_raw, tokens = self._before(call)
        if self.limiter is not None:
            while True:
                wait = self.limiter.reserve(tokens)
                if wait <= 0:
                    break
                self._check_deadline(client, call, wait)
                import asyncio

                await asyncio.sleep(wait)
        try:
            result = await send(call)
        except BaseException as exc:
            self._failed(call, exc)
            raise
        return self._succeeded(call, result, key, user_raw)


def make_features(cache: Any, cache_ttl: Any, circuit_breaker: Any, rate_limit: Any) -> Optional[Features]:
    """The features object for these client options, or None when none is on."""
    if cache is None or cache is False:
        response_cache = None
    else:
        from ..lib.cache import ResponseCache

        if cache is True:
            response_cache = ResponseCache(ttl=300.0 if cache_ttl is None else cache_ttl)
        elif isinstance(cache, ResponseCache):
            response_cache = cache
        elif all(hasattr(cache, name) for name in ("get", "set", "clear")):
            response_cache = ResponseCache(ttl=300.0 if cache_ttl is None else cache_ttl, store=cache)
        else:
            raise TypeError("cache must be True, False, a ResponseCache or a store with get/set/clear")
    if circuit_breaker is not None:
        from ..lib.breaker import CircuitBreaker

        if not isinstance(circuit_breaker, CircuitBreaker):
            raise TypeError("circuit_breaker must be a mistralkit.lib.breaker.CircuitBreaker")
    limiter = None
    if rate_limit is not None and rate_limit is not False:
        from ..lib.ratelimit import RateLimiter

        if rate_limit is True:
            limiter = RateLimiter()
        elif isinstance(rate_limit, RateLimiter):
            limiter = rate_limit
        else:
            raise TypeError("rate_limit must be True or a mistralkit.lib.ratelimit.RateLimiter")
    if response_cache is None and circuit_breaker is None and limiter is None:
        return None
    return Features(response_cache, circuit_breaker, limiter)
