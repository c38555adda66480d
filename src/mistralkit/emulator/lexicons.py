"""Keyword lexicons for the moderation categories.

Each category has a list of lower-case terms (matched on word boundaries; a
term may span several words) and, for ``pii``, regular expressions for
e-mail addresses, phone numbers, card numbers and similar identifiers.
Scores are computed in :mod:`.classifiers`.  These lists are deliberately
small and obvious: they exist so tests can trigger each category on purpose.
"""

from __future__ import annotations

import re

CATEGORIES = (
    "sexual",
    "hate_and_discrimination",
    "violence_and_threats",
    "dangerous_and_criminal_content",
    "selfharm",
    "health",
    "financial",
    "law",
    "pii",
)

TERMS: dict[str, tuple[str, ...]] = {
    "sexual": ("sex", "sexual", "porn", "pornography", "nude", "nudes", "naked", "erotic", "explicit content", "xxx"),
    "hate_and_discrimination": (
        "hate",
        "hateful",
        "racist",
        "racism",
        "bigot",
        "slur",
        "inferior race",
        "subhuman",
        "xenophobic",
        "discriminate against",
    ),
    "violence_and_threats": (
        "kill",
        "killing",
        "murder",
        "attack",
        "assault",
        "stab",
        "shoot",
        "shooting",
        "threaten",
        "threat",
        "beat you",
        "hurt you",
        "bomb",
    ),
    "dangerous_and_criminal_content": (
        "explosive",
        "explosives",
        "meth",
        "cocaine",
        "heroin",
        "steal",
        "stealing",
        "launder",
        "money laundering",
        "hack into",
        "malware",
        "counterfeit",
        "weapon",
        "weapons",
        "smuggle",
    ),
    "selfharm": (
        "suicide",
        "suicidal",
        "kill myself",
        "self-harm",
        "self harm",
        "cut myself",
        "end my life",
        "overdose",
        "want to die",
    ),
    "health": (
        "diagnosis",
        "symptom",
        "symptoms",
        "medication",
        "medicine",
        "dosage",
        "disease",
        "doctor",
        "cancer",
        "diabetes",
        "prescription",
        "treatment",
        "fever",
    ),
    "financial": (
        "invest",
        "investment",
        "stock",
        "stocks",
        "shares",
        "loan",
        "mortgage",
        "crypto",
        "bitcoin",
        "portfolio",
        "retirement savings",
        "interest rate",
        "tax return",
    ),
    "law": (
        "lawsuit",
        "lawyer",
        "attorney",
        "legal advice",
        "court",
        "sue",
        "contract",
        "custody",
        "divorce",
        "litigation",
        "legally",
    ),
    "pii": (
        "social security number",
        "passport number",
        "credit card number",
        "home address",
        "date of birth",
        "bank account number",
    ),
}

PII_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),  # e-mail address
    re.compile(r"(?<!\w)\+?\d[\d\s().-]{7,}\d(?!\w)"),  # phone-like number
    re.compile(r"\b(?:\d[ -]?){13,19}\b"),  # card-like number
    re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),  # SSN-like
    re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}\b"),  # IBAN-like
)

COMPILED: dict[str, re.Pattern[str]] = {
    category: re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")(?!\w)"
    )
    for category, terms in TERMS.items()
}


def hits(text: str) -> dict[str, int]:
    """How many lexicon matches each category has in ``text``."""
    low = text.lower()
    out = {category: len(COMPILED[category].findall(low)) for category in CATEGORIES}
    out["pii"] += sum(len(p.findall(text)) for p in PII_PATTERNS)
    return out
