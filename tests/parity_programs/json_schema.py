import json
import os

from mistralkit.client import Mistral

SCHEMA = {
    "type": "object",
    "properties": {"steps": {"type": "array", "items": {"type": "string"}}, "final_answer": {"type": "string"}},
    "required": ["steps", "final_answer"],
    "additionalProperties": False,
}
FORMAT = {
    "type": "json_schema",
    "json_schema": {"name": "MathDemonstration", "schema_definition": SCHEMA, "description": None, "strict": True},
}


def main() -> None:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    messages = [{"role": "user", "content": "How can I solve 8x + 7 = -23?"}]
    response = client.chat.complete(model="mistral-large-latest", messages=messages, response_format=FORMAT)
    answer = json.loads(response.choices[0].message.content)
    assert set(answer) == {"steps", "final_answer"}
    text = ""
    with client.chat.stream(model="mistral-large-latest", messages=messages, response_format=FORMAT) as stream:
        for chunk in stream:
            text += chunk.data.choices[0].delta.content or ""
    assert json.loads(text) == answer
    print(answer["final_answer"])


if __name__ == "__main__":
    main()
