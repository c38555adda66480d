"""mistralkit.tokens.count: Mistral's own tokenizer (mistral-common), offline, cached."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mistral_common")

from mistral_common.protocol.instruct.request import ChatCompletionRequest  # noqa: E402
from mistral_common.tokens.tokenizers.mistral import MistralTokenizer  # noqa: E402

from mistralkit import tokens  # noqa: E402
from mistralkit.types import UserMessage  # noqa: E402

DATA = Path(__import__("mistral_common").__file__).parent / "data"
TOOL = {
    "type": "function",
    "function": {
        "name": "retrieve_payment_status",
        "description": "Get payment status of a transaction",
        "parameters": {"type": "object", "properties": {"transaction_id": {"type": "string"}}},
    },
}


@pytest.fixture(scope="module")
def tekken() -> MistralTokenizer:  # type: ignore[type-arg]
    return MistralTokenizer.from_file(str(DATA / "tekken_240911.json"))


def test_a_text_counts_its_tokens(tekken) -> None:  # type: ignore[no-untyped-def]
    text = "Bonjour, comment ça va ? Explain photosynthesis in one line."
    assert tokens.count(text) == len(tekken.instruct_tokenizer.tokenizer.encode(text, bos=False, eos=False))
    assert tokens.count("") == 0


def test_a_chat_prompt_counts_like_the_instruct_template(tekken) -> None:  # type: ignore[no-untyped-def]
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "My transaction ID is T1001"},
        {
            "role": "assistant",
            "content": "",
            "tool_calls": [
                {
                    "id": "abcdefghi",
                    "type": "function",
                    "function": {"name": "retrieve_payment_status", "arguments": '{"transaction_id": "T1001"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "abcdefghi", "name": "retrieve_payment_status", "content": "paid"},
    ]
    expected = len(tekken.encode_chat_completion(ChatCompletionRequest.from_openai(messages, [TOOL])).tokens)
    assert tokens.count(messages, model="mistral-large-latest", tools=[TOOL]) == expected
    assert tokens.count(messages, tools=[TOOL]) > tokens.count(messages[:2]) > tokens.count(messages[1:2])


def test_models_and_dicts_count_the_same() -> None:
    as_dicts = [{"role": "user", "content": "What is the capital of France?"}]
    as_models = [UserMessage(content="What is the capital of France?")]
    assert tokens.count(as_models) == tokens.count(as_dicts)
    with pytest.raises(TypeError, match="dict or a mistralkit model"):
        tokens.count([42])


def test_each_model_maps_to_a_shipped_tokenizer() -> None:
    assert tokens.tokenizer_name("open-mistral-nemo") == tokens.tokenizer_name("mistral-tiny") == "tekken_240718"
    assert tokens.tokenizer_name("mistral-small-latest") == "tekken_240911"
    assert tokens.tokenizer_name("ft:open-mistral-nemo:abc:20250101:1234") == "tekken_240718"
    for name in ("tekken_240718", "tekken_240911"):
        assert (DATA / f"{name}.json").is_file()
    nemo = MistralTokenizer.from_file(str(DATA / "tekken_240718.json"))
    messages = [{"role": "user", "content": "Hello Nemo"}]
    expected = len(nemo.encode_chat_completion(ChatCompletionRequest.from_openai(messages)).tokens)
    assert tokens.count(messages, model="open-mistral-nemo") == expected


def test_images_count_a_fixed_number_of_tokens() -> None:
    text_only = [{"role": "user", "content": [{"type": "text", "text": "What is this?"}]}]
    with_image = [
        {"role": "user", "content": [{"type": "text", "text": "What is this?"}, {"type": "image_url", "image_url": "x"}]}
    ]
    assert tokens.count(with_image) == tokens.count(text_only) + tokens.IMAGE_TOKENS


def test_without_the_extra_the_error_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['mistral_common'] = None\n"
        "from mistralkit import tokens\n"
        "try:\n    tokens.count('hi')\n"
        "except ModuleNotFoundError as exc:\n    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "pip install 'mistralkit[tokens]'" in out.stdout, out.stderr


def test_a_fim_prompt_counts_like_the_fim_template(tekken) -> None:  # type: ignore[no-untyped-def]
    from mistral_common.protocol.fim.request import FIMRequest

    expected = len(tekken.encode_fim(FIMRequest(prompt="def add(a, b):\n", suffix="print(add(1, 2))")).tokens)
    assert tokens.count_fim("def add(a, b):\n", suffix="print(add(1, 2))") == expected
    assert tokens.count_fim("x = 1") < tokens.count_fim("x = 1", suffix="y = 2")
