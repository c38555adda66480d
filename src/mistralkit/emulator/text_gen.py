"""Deterministic text generation.

Everything the emulator "writes" comes from a :class:`random.Random` seeded by
:func:`request_seed`: a 64-bit BLAKE2b digest of the request's canonical JSON
(sorted keys), leaving out what only limits or delivers the answer --
``stream``, ``max_tokens``, ``min_tokens``, ``stop``, ``n`` and ``metadata`` -- so
a streamed request gets the same answer as a plain one, and ``max_tokens`` or
``stop`` cut the very answer the request would otherwise get.  ``random_seed`` is part of the request, so changing it changes
the answer; sending the same request twice gives the same answer.

Answers are assembled from the phrase bank below, with the key words of the
last user message (longest-first, stop words removed) dropped into the slots,
so an answer visibly relates to its question.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from typing import Any

_WORD_RE = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)

STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing done down during each either else ever every few for
    from further get got had has have having he her here hers herself him himself his how however i if in
    into is it its itself just let like make many may me might more most much must my myself need no nor
    not now of off often on once only or other our ours ourselves out over own please quite rather really
    same say says she should show so some such tell than that the their theirs them themselves then there
    these they this those through to too under until up upon us very want was we were what when where
    which while who whom whose why will with within without would yes yet you your yours yourself
    yourselves give explain write describe list thing things something anything one two three use using
    used know think thanks thank hello hi hey okay ok sure
    """.split()
)


SEED_EXCLUDED = ("stream", "max_tokens", "min_tokens", "stop", "n", "metadata")


def request_seed(payload: Any, *, exclude: tuple[str, ...] = SEED_EXCLUDED) -> int:
    """A stable 64-bit seed for a request body."""
    if isinstance(payload, dict):
        payload = {k: v for k, v in payload.items() if k not in exclude}
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def rng_for(seed: int, *salt: Any) -> random.Random:
    if salt:
        data = repr((seed, salt)).encode()
        seed = int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")
    return random.Random(seed)


def keywords(text: str, limit: int = 4) -> list[str]:
    """Key words of ``text``: no stop words, longest first, ties in text order."""
    seen: dict[str, tuple[int, str]] = {}
    for index, match in enumerate(_WORD_RE.finditer(text)):
        word = match.group(0).strip("'-")
        low = word.lower()
        if len(low) < 3 or low in STOP_WORDS or low in seen:
            continue
        keep = word if (word[:1].isupper() and match.start() > 0 and not _sentence_start(text, match.start())) else low
        if word.isupper() and len(word) > 1:
            keep = word
        seen[low] = (index, keep)
    ranked = sorted(seen.values(), key=lambda item: (-len(item[1]), item[0]))[:limit]
    ranked.sort(key=lambda item: item[0])
    return [w for _, w in ranked]


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?\n"


OPENERS = (
    "Here is a short answer about {k}.",
    "Good question about {k}.",
    "Let us look at {k} step by step.",
    "In short, {k} depends on the context you give it.",
    "{K} is a topic worth a careful look.",
    "When it comes to {k}, a few points stand out.",
    "There are a few things to know about {k}.",
    "{K} can be explained in a few sentences.",
)
BODY = (
    "First, {k} should be considered together with {k2}.",
    "A practical view of {k} starts with clear goals.",
    "The main idea behind {k} is simple to state and harder to apply.",
    "Many people find that {k} becomes easier with small examples.",
    "It helps to compare {k} with {k2} before deciding.",
    "Keep in mind that {k} can change over time.",
    "A common mistake with {k} is to skip the basics.",
    "Evidence about {k} is mixed, so check the details.",
    "One useful habit is to write down what you already know about {k}.",
    "The trade-offs around {k} are usually about cost, time and quality.",
    "Looking at {k} from the point of view of {k2} often clarifies things.",
    "Experts tend to agree that {k} rewards patience.",
    "Start with the simplest approach that works.",
    "Test each assumption before you rely on it.",
    "Small, steady steps tend to work best.",
    "Context matters more than any single rule.",
    "Clear definitions avoid most misunderstandings.",
    "A concrete example usually makes the idea obvious.",
)
CLOSERS = (
    "I hope this helps with {k}.",
    "Let me know if you want more detail on {k}.",
    "That is the gist of it.",
    "Feel free to ask a follow-up question.",
    "Happy to go deeper on {k2} if useful.",
)


def _fill(template: str, rng: random.Random, words: list[str]) -> str:
    k = words[rng.randrange(len(words))]
    others = [w for w in words if w != k] or ["the details"]
    k2 = others[rng.randrange(len(others))]
    text = template.replace("{K}", k[:1].upper() + k[1:]).replace("{k}", k).replace("{k2}", k2)
    return text


def answer(question: str, rng: random.Random, *, min_sentences: int = 3, max_sentences: int = 6) -> str:
    """A plausible multi-sentence answer to ``question``."""
    words = keywords(question) or ["your question"]
    count = rng.randint(min_sentences, max_sentences)
    sentences = [_fill(rng.choice(OPENERS), rng, words)]
    body = list(BODY)
    rng.shuffle(body)
    sentences.extend(_fill(t, rng, words) for t in body[: max(0, count - 2)])
    sentences.append(_fill(rng.choice(CLOSERS), rng, words))
    return " ".join(sentences)


def summarize_tool_output(name: str | None, content: str, rng: random.Random) -> str:
    """An answer built from a tool's output."""
    label = name or "the tool"
    facts: list[str] = []
    try:
        data = json.loads(content)
    except (TypeError, ValueError):
        data = None
    if isinstance(data, dict):
        for key, value in list(data.items())[:6]:
            if isinstance(value, (dict, list)):
                value = json.dumps(value, ensure_ascii=False)
            facts.append(f"{str(key).replace('_', ' ')} is {value}")
    elif isinstance(data, list):
        facts.append(f"it returned {len(data)} items")
    text = content.strip()
    if facts:
        body = "According to {}, {}.".format(label, "; ".join(facts))
    elif text:
        snippet = text if len(text) <= 280 else text[:277] + "..."
        body = f"According to {label}: {snippet}"
        if not body.endswith((".", "!", "?")):
            body += "."
    else:
        body = f"{label} returned no content."
    closer = rng.choice(
        (
            "Let me know if you need anything else.",
            "I can look into more details if needed.",
            "Tell me if you want me to check something else.",
        )
    )
    return f"{body} {closer}"
