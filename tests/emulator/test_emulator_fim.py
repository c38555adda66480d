"""/v1/fim/completions."""

from __future__ import annotations

import json

from emulator_contract import parse_sse

from mistralkit.emulator.tokenizer import count_tokens

PROMPT = "def add_numbers(a: int, b: int) -> int:\n    "
SUFFIX = "\n\nprint(add_numbers(1, 2))\n"


def fim(**extra):  # type: ignore[no-untyped-def]
    return {"model": "codestral-latest", "prompt": PROMPT, "suffix": SUFFIX, **extra}


async def test_middle_joins_prompt_and_suffix(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post("/v1/fim/completions", json=fim())
    assert r.status_code == 200, r.text
    body = r.json()
    middle = body["choices"][0]["message"]["content"]
    assert middle.endswith("\n") and middle.strip()
    assert "return" in middle and ("a" in middle or "b" in middle)
    code = PROMPT + middle + SUFFIX
    compile(code.replace("logger.debug", "print"), "<fim>", "exec")  # it is valid Python
    assert body["usage"]["prompt_tokens"] == _mistral_fim_count(PROMPT, SUFFIX)
    assert body["usage"]["completion_tokens"] == count_tokens(middle)
    again = await client.post("/v1/fim/completions", json=fim())
    assert again.json()["choices"][0]["message"]["content"] == middle


async def test_limits(client) -> None:  # type: ignore[no-untyped-def]
    short = (await client.post("/v1/fim/completions", json=fim(max_tokens=4))).json()
    assert short["choices"][0]["finish_reason"] == "length" and short["usage"]["completion_tokens"] == 4
    long = (await client.post("/v1/fim/completions", json=fim(min_tokens=80))).json()
    assert long["usage"]["completion_tokens"] >= 80
    stopped = (await client.post("/v1/fim/completions", json=fim(stop=["\n"]))).json()
    assert "\n" not in stopped["choices"][0]["message"]["content"]
    assert stopped["choices"][0]["finish_reason"] == "stop"
    r = await client.post("/v1/fim/completions", json=fim(min_tokens=10, max_tokens=2))
    assert r.status_code == 400


async def test_only_fim_models(client) -> None:  # type: ignore[no-untyped-def]
    r = await client.post("/v1/fim/completions", json={**fim(), "model": "mistral-large-latest"})
    assert r.status_code == 400 and "does not support FIM" in r.json()["message"]
    r = await client.post("/v1/fim/completions", json={**fim(), "model": "codestral-9999"})
    assert r.status_code == 400 and r.json()["code"] == "1500"


async def test_stream(client) -> None:  # type: ignore[no-untyped-def]
    plain = (await client.post("/v1/fim/completions", json=fim())).json()
    r = await client.post("/v1/fim/completions", json=fim(stream=True))
    events = parse_sse(r.text)
    assert events[-1] == (None, "[DONE]")
    chunks = [json.loads(d) for _, d in events[:-1]]
    assert "".join(c["choices"][0]["delta"]["content"] for c in chunks) == plain["choices"][0]["message"]["content"]
    assert chunks[-1]["usage"] == plain["usage"]


async def test_javascript_style_prompt(client) -> None:  # type: ignore[no-untyped-def]
    body = {"model": "codestral-latest", "prompt": "function total(items, tax) {\n", "suffix": "}\n"}
    middle = (await client.post("/v1/fim/completions", json=body)).json()["choices"][0]["message"]["content"]
    assert middle.startswith("  ") and middle.rstrip().endswith(";")


def _mistral_fim_count(prompt: str, suffix: str) -> int:
    """What Mistral's tokenizer (mistral-common, used directly) counts for a FIM prompt."""
    from pathlib import Path

    import mistral_common
    from mistral_common.protocol.fim.request import FIMRequest
    from mistral_common.tokens.tokenizers.mistral import MistralTokenizer

    tokenizer = MistralTokenizer.from_file(str(Path(mistral_common.__file__).parent / "data" / "tekken_240911.json"))
    return len(tokenizer.encode_fim(FIMRequest(prompt=prompt, suffix=suffix)).tokens)
