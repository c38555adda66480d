"""``Mistral`` and ``AsyncMistral``: configuration, credentials and lazily built resources.

Importing this module loads the transport core (httpx2 and its connection engine, pydantic, the
request and response machinery), so that a program pays for it at start-up and not in its first
request. Each resource's types load when the resource is first used. Constructing a client does no
I/O; the connection pool is built on the first request (or taken from ``http_client``) and shared by
every copy ``with_options`` makes.
"""

from __future__ import annotations

import os
import sys
import threading
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, Union

import httpcore2  # noqa: F401 - httpx2 loads its connection engine on first use; every call needs it
import httpx2

from . import _transport
from ._errors import ClientClosedError
from ._logging import setup_from_env
from ._retry import UNCHANGED, RetryPolicy
from ._transports import new_http
from ._transports.config import TransportConfig
from ._transports.features import make_features
from ._version import __version__

if sys.version_info >= (3, 11):
    from typing import Self
else:  # pragma: no cover
    from typing_extensions import Self

if TYPE_CHECKING:
    from .resources._async.agents import AsyncAgents
    from .resources._async.chat import AsyncChat
    from .resources._async.embeddings import AsyncEmbeddings
    from .resources._async.fim import AsyncFim
    from .resources._async.models import AsyncModels
    from .resources._async.files import AsyncFiles
    from .resources._async.fine_tuning import AsyncFineTuning
    from .resources._async.batch import AsyncBatch
    from .resources._async.classifiers import AsyncClassifiers
    from .resources._async.ocr import AsyncOcr
    from .resources._async.audio import AsyncAudio
    from .resources._async.beta import AsyncBeta
    from .resources._async.events import AsyncEvents
    from .resources._async.workflows import AsyncWorkflows
    from .resources._sync.agents import Agents
    from .resources._sync.files import Files
    from .resources._sync.fine_tuning import FineTuning
    from .resources._sync.batch import Batch
    from .resources._sync.classifiers import Classifiers
    from .resources._sync.ocr import Ocr
    from .resources._sync.audio import Audio
    from .resources._sync.beta import Beta
    from .resources._sync.events import Events
    from .resources._sync.workflows import Workflows
    from .resources._sync.chat import Chat
    from .resources._sync.embeddings import Embeddings
    from .resources._sync.fim import Fim
    from .resources._sync.models import Models

__all__ = ["Mistral", "AsyncMistral", "DEFAULT_SERVER_URL", "DEFAULT_TIMEOUT"]

DEFAULT_SERVER_URL = "https://api.mistral.ai"
# Generation can take minutes; connecting should not.
DEFAULT_TIMEOUT = {"connect": 10.0, "read": 600.0, "write": 600.0, "pool": 600.0}
_UNSET: Any = object()
USER_AGENT = f"mistralkit/{__version__}"
_KEY_SOURCE = Union[str, Callable[[], str], None]


class _Pool:
    """The HTTP client shared by a client and its ``with_options`` copies.

    An async pool's connections belong to the event loop that opened them, so an async client keeps
    one HTTP client per loop (``loop``/``http`` is the last one used, ``others`` the rest): a client used
    across several ``asyncio.run()`` calls gets a fresh pool on each new loop. Pools of loops that
    have been closed are dropped without awaiting (their loop can no longer run anything).
    """

    __slots__ = ("http", "owned", "lock", "limits", "timeout", "closed", "loop", "others", "config", "features")

    def __init__(self, http: Any, limits: Any, timeout: Any) -> None:
        self.http = http
        self.owned = http is None
        self.lock = threading.Lock()
        self.limits = limits
        self.timeout = timeout
        self.closed = False
        self.loop: Any = None
        self.others: dict[Any, Any] = {}
        self.config: Any = None  # _transports.config.TransportConfig
        self.features: Any = None  # _transports.features.Features, when cache/breaker/limiter are on


class _BaseClient:
    _is_async = False
    # Replaceable for tests: how retries measure time and wait.
    _clock: Optional[Callable[[], float]] = None
    _sleep: Optional[Callable[[float], Any]] = None

    def __init__(
        self,
        *,
        api_key: _KEY_SOURCE = None,
        server_url: Optional[str] = None,
        timeout: Union[float, "httpx2.Timeout", None] = _UNSET,
        max_retries: int = 2,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Any = None,
        retry_policy: Optional[RetryPolicy] = None,
        deadline: Optional[float] = UNCHANGED,
        timeout_ms: Optional[int] = None,
        limits: Any = None,
        retry_unsafe: Optional[bool] = None,
        strict: bool = False,
        http2: bool = False,
        proxy: Optional[str] = None,
        verify: Any = True,
        cert: Any = None,
        trust_env: bool = True,
        max_response_bytes: Optional[int] = None,
        stream_timeout: Optional[float] = 30.0,
        http_backend: str = "auto",
        cache: Any = False,
        cache_ttl: Optional[float] = None,
        circuit_breaker: Any = None,
        rate_limit: Any = None,
        async_client: Any = None,
        client: Any = None,
        server: Optional[str] = None,
        retry_config: Any = None,
        url_params: Optional[Mapping[str, str]] = None,
        debug_logger: Any = None,
    ) -> None:
        """Create a client.

        - ``api_key``: a string, or a callable returning one (asked before each request, for
          rotating keys); defaults to the ``MISTRAL_API_KEY`` environment variable. A missing key
          is reported at the first request, so a client can be built before the key exists.
        - ``server_url``: defaults to ``MISTRAL_BASE_URL``, else ``https://api.mistral.ai``.
        - ``timeout``: seconds or an ``httpx2.Timeout`` for each attempt (``timeout_ms`` is the
          official SDK's spelling). Default: 10 s to connect, 600 s to read.
        - ``max_retries``: retries after the first attempt (default 2); ``retry_policy`` tunes the
          backoff; ``deadline`` bounds a whole call, retries included, in seconds (see docs/client.md).
        - ``retry_unsafe``: also retry operations that change state after failures that may have
          reached the server (by default only failures proving nothing was processed are retried for them).
        - ``strict``: raise ``APIResponseValidationError`` when a response does not match its type,
          instead of keeping it as received (with a warning).
        - ``default_headers``: sent with every request.
        - ``http_client``: your own ``httpx2.Client`` (``httpx2.AsyncClient`` for ``AsyncMistral``);
          its settings are used as they are, and closing this client leaves it open.
        - Connection options (docs/client.md, "Connections"): ``http2``, ``limits``, ``proxy``,
          ``verify``, ``cert``, ``trust_env``, ``max_response_bytes``, ``stream_timeout`` (30 s of
          silence ends a stream), ``http_backend`` (``"auto"``: aiohttp under ``AsyncMistral`` when
          installed).
        - ``cache``/``cache_ttl``, ``circuit_breaker``, ``rate_limit``: see ``mistralkit.lib.cache``,
          ``mistralkit.lib.breaker`` and ``mistralkit.lib.ratelimit``.
        - ``async_client``: for ``Mistral``, the ``httpx2.AsyncClient`` its ``*_async`` methods use
          (default: their own pool, one per event loop).
        - ``client``, ``server`` (``"global"``, ``"eu"``, ``"us"``) and ``retry_config`` (a
          ``mistralkit.client.utils.RetryConfig``) are the official SDK's spellings of
          ``http_client``, ``server_url`` and ``retry_policy``; ``url_params`` fills ``{name}``
          placeholders of the server URL; ``debug_logger`` receives mistralkit's debug log lines.
        """
        if url_params or debug_logger is not None:
            from ._official_options import forward_debug_logs, template_url

            if url_params and server_url is not None:
                server_url = template_url(server_url, url_params)
            if debug_logger is not None:
                forward_debug_logs(debug_logger)
        if client is not None or server is not None or retry_config is not None:
            from ._official_options import client_options

            http_client, server_url, retry_policy, max_retries = client_options(
                client, server, retry_config, http_client, server_url, retry_policy, max_retries
            )
        if api_key is None:
            api_key = os.environ.get("MISTRAL_API_KEY") or None
        if server_url is None:
            server_url = os.environ.get("MISTRAL_BASE_URL") or DEFAULT_SERVER_URL
        if not isinstance(server_url, str) or not server_url.startswith(("http://", "https://")):
            raise ValueError(f"server_url must be an http(s) URL, not {server_url!r}")
        if timeout_ms is not None and timeout is _UNSET:
            timeout = timeout_ms / 1000.0
        if timeout is not _UNSET:
            _check_timeout(timeout)
        # Our own pool carries the timeout; a user's client keeps its own unless one is passed here.
        pool_timeout = DEFAULT_TIMEOUT if timeout is _UNSET else timeout
        request_timeout = timeout if (http_client is not None and timeout is not _UNSET) else _UNSET
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError("max_retries must be an integer >= 0")
        policy = (retry_policy or RetryPolicy()).with_changes(
            max_retries=max_retries, deadline=deadline, retry_unsafe=retry_unsafe
        )
        if http_client is not None:
            self._check_http_client(http_client)
            if not self._is_async:
                from ._deadline import install

                install(http_client)
        self._api_key = api_key
        self._server_url = server_url.rstrip("/")
        self._timeout = request_timeout
        self._policy = policy
        self._headers = dict(default_headers or {})
        self._pool = _Pool(http_client, limits, pool_timeout)
        self._strict = bool(strict)
        self._closed = False
        self._owner = True
        self._pool.config = TransportConfig(
            http2=http2, proxy=proxy, verify=verify, cert=cert, trust_env=trust_env,
            max_response_bytes=max_response_bytes, stream_timeout=stream_timeout, backend=http_backend,
        )
        self._pool.features = make_features(cache, cache_ttl, circuit_breaker, rate_limit)
        self._async_http_client = async_client
        self.__settings: Any = None
        setup_from_env()
        if self._is_async and http_client is None and self._pool.config.uses_aiohttp():
            # aiohttp takes about 100 ms to import: paid here, when the program sets up, rather than
            # by its first request.
            from ._transports import aiohttp  # noqa: F401

    def _check_http_client(self, http_client: Any) -> None:
        expected = httpx2.AsyncClient if self._is_async else httpx2.Client
        if not isinstance(http_client, expected):
            raise TypeError(f"http_client must be an {expected.__module__}.{expected.__name__}, not {type(http_client).__name__}")

    @property
    def server_url(self) -> str:
        return self._server_url

    @property
    def max_retries(self) -> int:
        return self._policy.max_retries

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._policy

    @property
    def timeout(self) -> Any:
        """The timeout in force: this client's own, else the one its connection pool was built with."""
        if self._timeout is not _UNSET:
            return self._timeout
        return self._pool.timeout if self._pool.owned else getattr(self._pool.http, "timeout", None)

    def with_options(
        self,
        *,
        timeout: Union[float, "httpx2.Timeout", None] = _UNSET,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, str]] = None,
        retry_policy: Optional[RetryPolicy] = None,
        deadline: Optional[float] = UNCHANGED,
        api_key: _KEY_SOURCE = None,
        retry_unsafe: Optional[bool] = None,
        strict: Optional[bool] = None,
    ) -> Self:
        """A copy of this client with some settings changed; it shares the connection pool.

        ``deadline=None`` removes the deadline; leaving it out keeps this client's. Closing the copy
        does not close the shared pool (closing the original does, for every copy).
        """
        if self._closed or self._pool.closed:
            raise ClientClosedError(f"This {type(self).__name__} is closed; create a new client")
        clone = object.__new__(type(self))
        clone._api_key = api_key if api_key is not None else self._api_key
        clone._server_url = self._server_url
        if timeout is not _UNSET:
            _check_timeout(timeout)
        clone._timeout = self._timeout if timeout is _UNSET else timeout
        policy = retry_policy or self._policy
        clone._policy = policy.with_changes(max_retries=max_retries, deadline=deadline, retry_unsafe=retry_unsafe)
        clone._headers = {**self._headers, **(default_headers or {})}
        clone._pool = self._pool
        clone._strict = self._strict if strict is None else bool(strict)
        clone._closed = False
        clone._owner = False
        clone.__settings = None
        clone._async_http_client = self._async_http_client
        if "_clock" in self.__dict__ or "_sleep" in self.__dict__:
            clone._clock, clone._sleep = self._clock, self._sleep
        return clone

    def copy(self, **changes: Any) -> Self:
        """Alias of ``with_options``."""
        return self.with_options(**changes)

    def _settings(self) -> Any:
        settings = self.__settings
        if settings is None:
            timeout = _transport._USE_CLIENT if self._timeout is _UNSET else self._timeout
            settings = self.__settings = _transport.Settings(
                base_url=self._server_url,
                api_key=self._api_key,
                headers=self._headers,
                timeout=timeout,
                policy=self._policy,
                **({"clock": self._clock} if self._clock is not None else {}),
                sleep=self._sleep,
                strict=self._strict,
            )
        return settings

    def _new_http(self) -> Any:
        # Static headers live on our own pool, where they cost nothing per request.
        return new_http(
            is_async=self._is_async,
            config=self._pool.config,
            base_url=self._server_url,
            timeout=self._pool.timeout,
            limits=self._pool.limits,
            headers={"User-Agent": USER_AGENT},
        )

    def _http(self) -> Any:
        pool = self._pool
        http = pool.http
        if http is None or self._closed:
            with pool.lock:
                if self._closed or pool.closed:
                    raise ClientClosedError(
                        f"This {type(self).__name__} is closed; create a new client (or use it in a `with` block)"
                    )
                if pool.http is None:
                    pool.http = self._new_http()
                http = pool.http
        return http

    def _mark_closed(self) -> list[tuple[Any, Any]]:
        """Mark this client closed; returns the (event loop or None, HTTP client) pairs to close: none
        for a copy or for a client you passed, and each one to exactly one caller of close()."""
        pool = self._pool
        with pool.lock:
            self._closed = True
            if not self._owner:
                return []
            pool.closed = True
            pairs = [(pool.loop, pool.http), *pool.others.items()] if pool.owned else []
            pool.http = None
            pool.others = {}
            return [(loop, http) for loop, http in pairs if http is not None]

    @property
    def is_closed(self) -> bool:
        return self._closed or self._pool.closed

    def __repr__(self) -> str:
        key = "<callable>" if callable(self._api_key) else ("<set>" if self._api_key else None)
        return f"{type(self).__name__}(server_url={self._server_url!r}, api_key={key}, max_retries={self.max_retries})"


def _check_timeout(value: Any) -> None:
    if value is None or (isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0):
        return
    if type(value).__name__ == "Timeout" and hasattr(value, "as_dict"):
        return
    raise ValueError(f"timeout must be a positive number of seconds, an httpx2.Timeout or None, not {value!r}")


class Mistral(_BaseClient):
    """The synchronous Mistral API client. See ``_BaseClient.__init__`` for the options."""

    def _request(self, call: Any) -> Any:
        features = self._pool.features
        if features is not None:
            # A rate limiter's wait counts against the deadline: the call's clock starts now.
            call.started = self._settings().clock()
            return features.run_sync(self, call, self._send)
        return self._send(call)

    def _send(self, call: Any) -> Any:
        settings = self._settings()
        # The deadline runs from here: building the pool on a first call is part of the call.
        started = settings.clock() if call.started is None else call.started
        return _transport.run_sync(settings, self._http(), call, started)

    def _new_http(self) -> Any:
        http = super()._new_http()
        from ._deadline import install

        install(http)
        return http

    @cached_property
    def chat(self) -> "Chat":
        from .resources._sync.chat import Chat

        return Chat(self)

    @cached_property
    def fim(self) -> "Fim":
        from .resources._sync.fim import Fim

        return Fim(self)

    @cached_property
    def agents(self) -> "Agents":
        from .resources._sync.agents import Agents

        return Agents(self)

    @cached_property
    def embeddings(self) -> "Embeddings":
        from .resources._sync.embeddings import Embeddings

        return Embeddings(self)

    @cached_property
    def models(self) -> "Models":
        from .resources._sync.models import Models

        return Models(self)

    @cached_property
    def files(self) -> "Files":
        from .resources._sync.files import Files

        return Files(self)

    @cached_property
    def fine_tuning(self) -> "FineTuning":
        from .resources._sync.fine_tuning import FineTuning

        return FineTuning(self)

    @cached_property
    def batch(self) -> "Batch":
        from .resources._sync.batch import Batch

        return Batch(self)

    @cached_property
    def classifiers(self) -> "Classifiers":
        from .resources._sync.classifiers import Classifiers

        return Classifiers(self)

    @cached_property
    def ocr(self) -> "Ocr":
        from .resources._sync.ocr import Ocr

        return Ocr(self)

    @cached_property
    def audio(self) -> "Audio":
        from .resources._sync.audio import Audio

        return Audio(self)

    @cached_property
    def beta(self) -> "Beta":
        from .resources._sync.beta import Beta

        return Beta(self)

    # Namespaces generated from the spec (tools/generate_resources.py).
    @cached_property
    def workflows(self) -> "Workflows":
        from .resources._sync.workflows import Workflows

        return Workflows(self)

    @cached_property
    def events(self) -> "Events":
        from .resources._sync.events import Events

        return Events(self)

    def close(self) -> None:
        """Close this client; later calls raise ``ClientClosedError``. Thread-safe; idempotent.

        Closes the connection pool if this client created it (a ``with_options`` copy leaves the shared
        pool open; an ``http_client`` you passed stays open).
        """
        for _, http in self._mark_closed():
            http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    # `async with Mistral() as client:` is the official SDK's form for programs using the `*_async`
    # methods: leaving it closes the async twins' pools on this loop, then the client (see _twin.py).
    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        from ._twin import close_twins

        await close_twins(self)
        self.close()


class AsyncMistral(_BaseClient):
    """The asyncio Mistral API client; every method is a coroutine. Options as for ``Mistral``."""

    _is_async = True

    async def _request(self, call: Any) -> Any:
        features = self._pool.features
        if features is not None:
            call.started = self._settings().clock()
            return await features.run_async(self, call, self._send)
        return await self._send(call)

    async def _send(self, call: Any) -> Any:
        settings = self._settings()
        started = settings.clock() if call.started is None else call.started
        return await _transport.run_async(settings, self._http(), call, started)

    def _http(self) -> Any:
        pool = self._pool
        if not pool.owned:
            return super()._http()
        import asyncio

        loop = asyncio.get_running_loop()
        if pool.loop is loop and pool.http is not None and not self._closed:
            return pool.http
        with pool.lock:
            if self._closed or pool.closed:
                raise ClientClosedError(
                    f"This {type(self).__name__} is closed; create a new client (or use it in an `async with` block)"
                )
            if pool.loop is not loop:
                if pool.http is not None and pool.loop is not None:
                    pool.others[pool.loop] = pool.http
                # Connections of a closed loop cannot be closed any more; let them go.
                pool.others = {old: http for old, http in pool.others.items() if not old.is_closed()}
                pool.http = pool.others.pop(loop, None)
                pool.loop = loop
            if pool.http is None:
                pool.http = self._new_http()
            return pool.http

    @cached_property
    def chat(self) -> "AsyncChat":
        from .resources._async.chat import AsyncChat

        return AsyncChat(self)

    @cached_property
    def fim(self) -> "AsyncFim":
        from .resources._async.fim import AsyncFim

        return AsyncFim(self)

    @cached_property
    def agents(self) -> "AsyncAgents":
        from .resources._async.agents import AsyncAgents

        return AsyncAgents(self)

    @cached_property
    def embeddings(self) -> "AsyncEmbeddings":
        from .resources._async.embeddings import AsyncEmbeddings

        return AsyncEmbeddings(self)

    @cached_property
    def models(self) -> "AsyncModels":
        from .resources._async.models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def files(self) -> "AsyncFiles":
        from .resources._async.files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def fine_tuning(self) -> "AsyncFineTuning":
        from .resources._async.fine_tuning import AsyncFineTuning

        return AsyncFineTuning(self)

    @cached_property
    def batch(self) -> "AsyncBatch":
        from .resources._async.batch import AsyncBatch

        return AsyncBatch(self)

    @cached_property
    def classifiers(self) -> "AsyncClassifiers":
        from .resources._async.classifiers import AsyncClassifiers

        return AsyncClassifiers(self)

    @cached_property
    def ocr(self) -> "AsyncOcr":
        from .resources._async.ocr import AsyncOcr

        return AsyncOcr(self)

    @cached_property
    def audio(self) -> "AsyncAudio":
        from .resources._async.audio import AsyncAudio

        return AsyncAudio(self)

    @cached_property
    def beta(self) -> "AsyncBeta":
        from .resources._async.beta import AsyncBeta

        return AsyncBeta(self)

    # Namespaces generated from the spec (tools/generate_resources.py).
    @cached_property
    def workflows(self) -> "AsyncWorkflows":
        from .resources._async.workflows import AsyncWorkflows

        return AsyncWorkflows(self)

    @cached_property
    def events(self) -> "AsyncEvents":
        from .resources._async.events import AsyncEvents

        return AsyncEvents(self)

    async def close(self) -> None:
        """Close this client; later calls raise ``ClientClosedError``. Safe from any thread; idempotent.

        Closes the connection pool if this client created it (a ``with_options`` copy leaves the shared
        pool open; an ``http_client`` you passed stays open). Pools opened on other event loops that
        are still running are closed on their loop; those of closed loops are dropped.
        """
        import asyncio

        try:
            current = asyncio.get_running_loop()
        except RuntimeError:
            current = None
        for loop, http in self._mark_closed():
            if loop is None or loop.is_closed():
                continue
            if loop is current:
                await http.aclose()
            elif loop.is_running():
                asyncio.run_coroutine_threadsafe(http.aclose(), loop)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.close()
