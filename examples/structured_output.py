"""Structured output: the answer parsed into a pydantic model, whole or streamed.

    MISTRAL_API_KEY=... python examples/structured_output.py
    # or against the emulator: mistralkit serve --port 8000 & MISTRAL_BASE_URL=http://127.0.0.1:8000 MISTRAL_API_KEY=x python ...
"""

from pydantic import BaseModel

from mistralkit import Mistral


class Step(BaseModel):
    explanation: str
    output: str


class MathDemonstration(BaseModel):
    steps: list[Step]
    final_answer: str


messages = [
    {"role": "system", "content": "Solve the problem step by step."},
    {"role": "user", "content": "How can I solve 8x + 7 = -23"},
]

with Mistral() as client:
    reply = client.chat.parse(model="mistral-small-latest", messages=messages, response_format=MathDemonstration)
    demo = reply.choices[0].message.parsed  # a MathDemonstration
    print("final answer:", demo.final_answer, f"({len(demo.steps)} steps)")

    with client.chat.parse_stream(model="mistral-small-latest", messages=messages, response_format=MathDemonstration) as stream:
        for event in stream:
            if event.partial:  # the JSON parsed so far
                print("so far:", sorted(event.partial))
            if event.parsed:  # the validated object, on the last event
                print("parsed:", type(event.parsed).__name__, event.parsed.final_answer)
