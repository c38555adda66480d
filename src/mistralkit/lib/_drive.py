"""Run a helper's logic, written once as a generator of steps, with sync or async I/O.

A helper yields what it needs done and receives the outcome:

- a callable: call it (an API method, a tool); an awaitable result is awaited;
- ``Sleep(seconds)``: wait;
- ``Gather(callables)``: call them all, concurrently under asyncio, and get the list of results
  (an exception is returned in place of its result, never raised);
- ``Next(iterator)``: the next item of a sync or async iterator, or ``END``;
- ``Emit(value)``: hand ``value`` to the caller of a streaming helper (``events``);
- ``Blocking(callable)``: a blocking call, run in a worker thread under asyncio.

``Drive`` performs them with blocking calls, ``AsyncDrive`` under asyncio. ``AsyncDrive(offload=True)``
serves async callers of a sync client: blocking calls run in a worker thread.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Sequence
from typing import (
    Any,
    NamedTuple,
    TypeVar,
)

__all__ = ["END", "AsyncDrive", "Blocking", "Drive", "Emit", "Gather", "Next", "Sleep", "Steps"]

T = TypeVar("T")
Steps = Generator[Any, Any, T]


class Sleep(NamedTuple):
    seconds: float


class Gather(NamedTuple):
    calls: Sequence[Callable[[], Any]]


class Next(NamedTuple):
    iterator: Any


class Emit(NamedTuple):
    value: Any


class Blocking(NamedTuple):
    """A blocking callable (a plain function tool): run in a worker thread under asyncio."""

    call: Callable[[], Any]

    def __call__(self) -> Any:
        return self.call()


END: Any = object()


def _run_coroutine(value: Any) -> Any:
    if inspect.isawaitable(value):
        async def wait() -> Any:
            return await value

        return asyncio.run(wait())
    return value


class Drive:
    """Blocking I/O for a steps generator."""

    @staticmethod
    def _do(step: Any) -> Any:
        if isinstance(step, Sleep):
            if step.seconds > 0:
                time.sleep(step.seconds)
            return None
        if isinstance(step, Gather):
            results: list[Any] = []
            for call in step.calls:
                try:
                    results.append(_run_coroutine(call()))
                except Exception as exc:  # noqa: BLE001  (handed back to the steps, which decide)
                    results.append(exc)
            return results
        if isinstance(step, Next):
            return next(step.iterator, END)
        if callable(step):
            return _run_coroutine(step())
        raise TypeError(f"unknown step {step!r}")

    @classmethod
    def result(cls, steps: Steps[T]) -> T:
        """Run to the end and return the generator's return value (``Emit`` values are dropped)."""
        return cls._run(steps, None)

    @classmethod
    def _run(cls, steps: Steps[T], sink: Any) -> T:
        send: Any = None
        error: Any = None
        while True:
            try:
                step = steps.throw(error) if error is not None else steps.send(send)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            error = None
            if isinstance(step, Emit):
                send = None
                if sink is not None:
                    sink(step.value)
                continue
            try:
                send = cls._do(step)
            except Exception as exc:  # noqa: BLE001  (handed back to the steps, which decide)
                error, send = exc, None

    @classmethod
    def events(cls, steps: Steps[Any]) -> Iterator[Any]:
        """Iterate the ``Emit`` values as they come; the return value is the last item."""
        send: Any = None
        error: Any = None
        try:
            while True:
                try:
                    step = steps.throw(error) if error is not None else steps.send(send)
                except StopIteration as stop:
                    if stop.value is not None:
                        yield stop.value
                    return
                error = None
                if isinstance(step, Emit):
                    send = None
                    yield step.value
                    continue
                try:
                    send = cls._do(step)
                except Exception as exc:  # noqa: BLE001  (handed back to the steps, which decide)
                    error, send = exc, None
        finally:
            steps.close()


class AsyncDrive:
    """Asyncio I/O for a steps generator."""

    def __init__(self, offload: bool = False) -> None:
        self.offload = offload

    async def _call(self, call: Callable[[], Any]) -> Any:
        value = await asyncio.to_thread(call) if self.offload or isinstance(call, Blocking) else call()
        if inspect.isawaitable(value):
            value = await value
        return value

    async def _do(self, step: Any) -> Any:
        if isinstance(step, Sleep):
            await asyncio.sleep(max(step.seconds, 0))
            return None
        if isinstance(step, Gather):
            return list(await asyncio.gather(*(self._call(c) for c in step.calls), return_exceptions=True))
        if isinstance(step, Next):
            iterator = step.iterator
            if hasattr(iterator, "__anext__"):
                try:
                    return await iterator.__anext__()
                except StopAsyncIteration:
                    return END
            if self.offload:
                return await asyncio.to_thread(next, iterator, END)
            return next(iterator, END)
        if callable(step):
            return await self._call(step)
        raise TypeError(f"unknown step {step!r}")

    @classmethod
    async def result(cls, steps: Steps[T], offload: bool = False) -> T:
        """Run to the end and return the generator's return value."""
        drive = cls(offload)
        send: Any = None
        error: Any = None
        while True:
            try:
                step = steps.throw(error) if error is not None else steps.send(send)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            error = None
            if isinstance(step, Emit):
                send = None
                continue
            try:
                send = await drive._do(step)
            except Exception as exc:  # noqa: BLE001  (handed back to the steps, which decide)
                error, send = exc, None

    @classmethod
    async def events(cls, steps: Steps[Any], offload: bool = False) -> AsyncIterator[Any]:
        """Async-iterate the ``Emit`` values; the return value is the last item."""
        drive = cls(offload)
        send: Any = None
        error: Any = None
        try:
            while True:
                try:
                    step = steps.throw(error) if error is not None else steps.send(send)
                except StopIteration as stop:
                    if stop.value is not None:
                        yield stop.value
                    return
                error = None
                if isinstance(step, Emit):
                    send = None
                    yield step.value
                    continue
                try:
                    send = await drive._do(step)
                except Exception as exc:  # noqa: BLE001  (handed back to the steps, which decide)
                    error, send = exc, None
        finally:
            steps.close()
