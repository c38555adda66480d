"""The response checker and the tokenizer can fail; prove it."""

from __future__ import annotations

import random
import string

import httpx2
import pytest
from emulator_contract import ERRATA, ContractError, check_response

from mistralkit.emulator.tokenizer import MAX_PIECE, count_tokens, tokenize


def _response(method: str, path: str, status: int, body: object) -> httpx2.Response:
    request = httpx2.Request(method, "http://emulator" + path)
    return httpx2.Response(status, json=body, request=request)


def test_checker_rejects_a_bad_chat_completion() -> None:
    good = {
        "id": "x",
        "object": "chat.completion",
        "model": "m",
        "created": 1,
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"}],
    }
    check_response(_response("POST", "/v1/chat/completions", 200, good))
    bad = {
        **good,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "bored"}],
    }
    with pytest.raises(ContractError):
        check_response(_response("POST", "/v1/chat/completions", 200, bad))
    with pytest.raises(ContractError):
        check_response(_response("POST", "/v1/chat/completions", 200, {k: v for k, v in good.items() if k != "usage"}))


def test_checker_rejects_bad_errors() -> None:
    with pytest.raises(ContractError):
        check_response(_response("POST", "/v1/chat/completions", 422, {"detail": [{"loc": "body"}]}))
    with pytest.raises(ContractError):
        check_response(_response("GET", "/v1/models", 500, {"error": "boom"}))
    with pytest.raises(ContractError):
        check_response(_response("GET", "/v1/models", 401, {"message": "nope"}))


def test_errata_are_documented() -> None:
    assert set(ERRATA) == {"ChatCompletionResponse.required.data", "EmbeddingResponseData.embedding.base64"}


def test_tokenizer_round_trips_and_splits_long_words() -> None:
    rng = random.Random(0)
    alphabet = string.ascii_letters + string.digits + string.punctuation + " \t\n" + "éàü漢字"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 80)))
        pieces = tokenize(text)
        assert "".join(pieces) == text
        assert all(0 < len(p) <= MAX_PIECE for p in pieces)
    assert tokenize("Hello, world!") == ["Hello", ",", " world", "!"]
    assert tokenize("a  b\n\nc") == ["a", "  ", "b", "\n\n", "c"]
    assert count_tokens("") == 0 and count_tokens(None) == 0
