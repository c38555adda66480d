"""Checked by mypy in tests/test_typing.py (never run): the static types users see."""

from __future__ import annotations

from typing_extensions import assert_type

from mistralkit import AsyncMistral, AsyncStream, Mistral, RawResponse, Stream
from mistralkit._binary import AsyncBinaryResponse, BinaryResponse
from mistralkit._response import AsyncResponseContextManager, AsyncStreamedResponse, ResponseContextManager, StreamedResponse
from mistralkit.types import ChatCompletionResponse, CompletionEvent, ConversationResponse, EmbeddingResponse

client = Mistral(api_key="k")
MESSAGES = [{"role": "user", "content": "Hi"}]

assert_type(client.chat.complete(model="m", messages=MESSAGES), ChatCompletionResponse)
raw = client.chat.with_raw_response.complete(model="m", messages=MESSAGES)
assert_type(raw, RawResponse[ChatCompletionResponse])
assert_type(raw.parse(), ChatCompletionResponse)
assert_type(client.chat.with_raw_response.stream(model="m", messages=MESSAGES), RawResponse[Stream[CompletionEvent]])
assert_type(client.embeddings.with_raw_response.create(model="m", inputs=["a"]).parse(), EmbeddingResponse)
assert_type(client.files.with_raw_response.download(file_id="f"), RawResponse[BinaryResponse])
assert_type(client.with_options(max_retries=1), Mistral)
assert_type(client.copy(), Mistral)

streamed = client.chat.with_streaming_response.complete(model="m", messages=MESSAGES)
assert_type(streamed, ResponseContextManager[ChatCompletionResponse])
with streamed as response:
    assert_type(response, StreamedResponse[ChatCompletionResponse])
    assert_type(response.parse(), ChatCompletionResponse)
client.chat.with_raw_response.complete(model="m", messages=MESSAGES, not_a_parameter=1)  # E: call-arg


async def main() -> None:
    aclient = AsyncMistral(api_key="k")
    assert_type(aclient.with_options(), AsyncMistral)
    araw = await aclient.chat.with_raw_response.complete(model="m", messages=MESSAGES)
    assert_type(araw, RawResponse[ChatCompletionResponse])
    astream = await aclient.chat.with_raw_response.stream(model="m", messages=MESSAGES)
    assert_type(astream, RawResponse[AsyncStream[CompletionEvent]])
    assert_type(await aclient.files.with_raw_response.download(file_id="f"), RawResponse[AsyncBinaryResponse])
    manager = aclient.chat.with_streaming_response.complete(model="m", messages=MESSAGES)
    assert_type(manager, AsyncResponseContextManager[ChatCompletionResponse])
    async with manager as aresponse:
        assert_type(aresponse, AsyncStreamedResponse[ChatCompletionResponse])
        assert_type(await aresponse.parse(), ChatCompletionResponse)
    started = await aclient.beta.with_raw_response.conversations.start(inputs="Hi", model="m")
    assert_type(started, RawResponse[ConversationResponse])
    assert_type(client.chat.with_raw_response.complete(model="m", messages=MESSAGES), ChatCompletionResponse)  # E: assert-type
